"""Gleeson's Food Halls Ltd (Dublin, IE) - champion leaves, address bounces, new senior head ignored, promise missed."""
from kw_core import *  # noqa: F401,F403
from kw_auto import *  # noqa: F401,F403

D = 'gleesons.ie'
FOOT = ('Gleeson\'s Food Halls Ltd, 21 South Anne Street, Dublin 2, D02 X462. Registered in Ireland No. 118723.\n'
        '**********************************************************************\n'
        'This e-mail and any attachment is confidential. If you are not the intended recipient please notify the '
        'sender and delete it. Gleeson\'s Food Halls Ltd does not accept liability for any statements made which '
        'are clearly the sender\'s own.\n'
        '**********************************************************************')
DECLAN = P('declan.moran@' + D, 'Declan Moran', 'Retail Systems Manager', 'gleesons', 'notes',
           sig='Regards,\nDeclan\n\nDeclan Moran\nRetail Systems Manager | Gleeson\'s Food Halls\n+353 1 671 4420\n\n' + FOOT,
           tz=1, lang='en')
SIOBHAN = P('siobhan.kearney@' + D, 'Siobhán Kearney', 'Store Operations Lead', 'gleesons', 'notes',
            sig='Thanks,\nSiobhán\n\nSiobhán Kearney\nStore Operations Lead\n+353 1 671 4433\n\n' + FOOT, tz=1, lang='en')
RUTH = P('ruth.callaghan@' + D, 'Ruth Callaghan', 'Head of Retail Technology', 'gleesons', 'notes', tz=1, lang='en')
BRENDAN = P('brendan.hayes@' + D, 'Brendan Hayes', 'Chief Financial Officer', 'gleesons', 'notes', tz=1)
STORE_MGRS = P('store.managers@' + D, 'All Store Managers', '', 'system', 'notes', tz=1)


def build():
    S = Story('gleesons', 'Gleeson\'s Food Halls Ltd', [D], NIALL.email, 132000, '2026-12-20', 'enterprise',
              'champion_departed_renewal_at_risk', 'gleesons.mbox',
              'Dublin food-hall group (7 halls) on Lotus Notes. The long-time champion leaves at the end of August, '
              'his address bounces, a new Head of Retail Technology appears but is never contacted, the renewal '
              'proposal promised before the 15th does not arrive and the customer seeks a comparison quote.')
    S.contact_overrides[DECLAN.email] = {'status': 'left', 'left_date': '2026-08-28',
                                         'note': 'announced 14 August; address bounces from 1 September'}
    S.m('g01', '2026-06-03 09:15', NIALL, to=[DECLAN], subject='Christmas readiness 2026',
        body='Hi Declan,\n\nI know it feels early, but last year taught us both a lesson - shall we put a Christmas '
             'readiness review in the diary for July? Load test, extra tills for the hampers counter, staff training.')
    S.m('g02', '2026-06-03 11:02', DECLAN, parent='g01', expects=False,
        body='Niall,\n\nGood call. Mid-July suits, send me a few dates. Siobhán should join for the staff training piece.')
    ticket(S, 'g03', '2026-06-10 13:22', DECLAN, 'KW-49160', 'Grafton St hall - scale labels misprinting', 'Resolved',
           'High', 'Your ticket has been resolved.', 'Comment (R. Doyle):\nLabel template corrected and pushed to all '
           'scales in the hall.', 'en', neg='Ticket-system notification.')
    newsletter(S, 'g04', '2026-06-15 10:00', DECLAN, 'en', '06', None)
    S.m('g05', '2026-06-17 14:40', DECLAN, to=[AOIFE], subject='Handheld scanners for Dun Laoghaire',
        body='Aoife,\n\nWe\'re replacing the handhelds in Dun Laoghaire. Are the Zebra TC22s supported with the current '
             'Kassenwerk app, or do we need the TC27?')
    S.m('g06', '2026-06-17 16:05', AOIFE, parent='g05',
        body='Hi Declan,\n\nBoth are supported from app version 8.4; the TC22 is fine if the hall has good Wi-Fi '
             'coverage. I\'d go TC27 only for the car-park collection point.')
    S.m('g07', '2026-06-18 08:30', DECLAN, parent='g06', expects=False, body='Grand, TC22 it is. Thanks a mill Aoife.')
    memo = External(BRENDAN, [STORE_MGRS], mkdt('2026-06-29 17:40', 1, 'gleesons-memo'),
                    'Cost review - store systems contracts',
                    'All,\n\nAs every year, Finance will review all store systems contracts (tills, scales, '
                    'telephony, music licensing) ahead of the 2027 budget. No decisions have been taken and this is a '
                    'standard exercise. Please send contract owners\' details to finance@gleesons.ie by 17 July.\n\n'
                    'Brendan Hayes\nCFO')
    memo.fwd_by_notes = 'Declan Moran/Retail/Gleesons'
    memo.fwd_dt = mkdt('2026-06-30 09:12', 1, 'gleesons-memo-fwd')
    S.m('g08', '2026-06-30 09:12', DECLAN, to=[NIALL], subject='Fw: Cost review - store systems contracts', fwd=memo,
        expects=False,
        body='Niall - FYI only, the annual ritual. Nothing to worry about, we\'re very happy with the platform. '
             'I\'ll send them your contract details.',
        neg='Forwarded routine finance memo ("standard exercise, no decisions"); the customer says there is nothing '
            'to worry about.')
    S.m('g09', '2026-07-01 08:45', NIALL, parent='g08', expects=False,
        body='Thanks for the heads-up Declan, appreciated.')
    calendar(S, 'g10', '2026-07-01 09:10', NIALL, [DECLAN, SIOBHAN], 'Christmas readiness review - Gleeson\'s',
             '20260716T100000', '20260716T120000', 'Gleeson\'s head office, South Anne Street',
             'Load test plan, hamper counter tills, seasonal staff training.', 'Vendor calendar invitation.', lang='en',
             tzid='Europe/Dublin')
    S.m('g11', '2026-07-22 11:30', SIOBHAN, to=[NIALL], subject='Seasonal staff training',
        body='Hi Niall,\n\nFollowing the review - could Aoife run two short till training sessions for our seasonal '
             'staff in late November? About 40 people across the halls.')
    S.m('g12', '2026-07-22 14:10', NIALL, parent='g11', expects=False,
        body='Hi Siobhán,\n\nAbsolutely - Aoife has pencilled in 24 and 26 November, morning sessions at Grafton St. '
             'She\'ll confirm closer to the time.')
    S.m('g13', '2026-08-14 10:05', DECLAN, to=[NIALL], cc=[SIOBHAN], subject='Moving on', expects=False,
        body='Niall,\n\nWanted you to hear it from me: after eleven years I\'m moving on, my last day at Gleeson\'s is '
             'Friday 28 August. Siobhán will be your main contact until my successor is appointed.\n\nIt\'s been a '
             'pleasure working with you and the team.',
        )
    S.m('g14', '2026-08-14 12:20', NIALL, parent='g13', expects=False,
        body='Declan,\n\nSorry to see you go, but congratulations - they\'re lucky to have you. Let\'s grab a coffee '
             'before the 28th.\n\nSiobhán, I\'ll make sure nothing drops in the meantime.')
    S.m('g15', '2026-08-20 15:40', NIALL, to=[DECLAN, SIOBHAN], subject='Renewal 20 December - next steps', expects=False,
        body='Hi Declan, hi Siobhán,\n\nAhead of the renewal on 20 December, I\'ll have the renewal proposal with you '
             'before the 15th of September, including the options we discussed for the hamper counter.',
        signals=[('commitment', 'I\'ll have the renewal proposal with you before the 15th of September',
                  {'due': '2026-09-14'})])
    S.m('g16', '2026-08-25 09:20', SIOBHAN, parent='g15', expects=False, body='Thanks Niall, look forward to it.')
    S.m('g17', '2026-09-01 10:00', NIALL, to=[DECLAN], subject='Hamper counter tills',
        body='Hi Declan,\n\nQuick one - do you know if the hamper counter will be in the same spot as last year?')
    bounce(S, 'g18', '2026-09-01 10:00', 'mail.gleesons.ie', 'g17', '5.1.1',
           '550 5.1.1 <declan.moran@gleesons.ie>: Recipient address rejected: User unknown in local recipient table',
           'This is the mail system at host mail.gleesons.ie.\n\nI\'m sorry to have to inform you that your message '
           'could not be delivered to one or more recipients.\n\n<declan.moran@gleesons.ie>: host mail.gleesons.ie said: '
           '550 5.1.1 User unknown\n')
    newsletter(S, 'g19', '2026-09-07 10:00', SIOBHAN, 'en', '09', None)
    S.m('g20', '2026-09-14 16:10', SIOBHAN, to=[NIALL], cc=[RUTH], subject='Introducing Ruth Callaghan',
        body='Hi Niall,\n\nIntroducing Ruth Callaghan, who joined us this month as Head of Retail Technology. Ruth takes '
             'over Declan\'s remit, including the Kassenwerk contract and renewal.\n\nCould you send Ruth an overview '
             'of our contract and your roadmap for next year?')
    S.m('g21', '2026-09-15 09:05', NIALL, parent='g20', to=[SIOBHAN], cc=[], expects=False,
        body='Thanks Siobhán, will do - the renewal proposal will cover most of that.')
    ticket(S, 'g22', '2026-09-18 07:50', SIOBHAN, 'KW-52330', 'Temple Bar hall - end of day report missing', 'Resolved',
           'Normal', 'Your ticket has been resolved.', 'Comment (R. Doyle):\nThe nightly job was re-run.', 'en',
           neg='Ticket-system notification.')
    notice(S, 'g26', '2026-09-21 11:00', SIOBHAN, [STORE_MGRS], 'Christmas trading hours 2026 - all halls',
           'All,\n\nPlease find below the Christmas trading hours for 2026. Late opening until 22:00 from 10 December; '
           'Grafton St closes at 16:00 on 24 December. All halls are closed 25-26 December and we stop taking hamper '
           'orders on 18 December.\n\nSuppliers and service partners are copied for planning purposes - please do not '
           'reply all.\n\nSiobhán Kearney\nStore Operations Lead\n',
           'Distribution-list mail to all store managers and suppliers (Bcc); closures and "stop taking orders" are '
           'the customer\'s trading hours, not about Kassenwerk.', bcc=[NIALL], kind='notice')
    S.m('g23', '2026-09-23 14:25', SIOBHAN, parent='g15', to=[NIALL], cc=[],
        body='Hi Niall,\n\nAny update on the renewal proposal? It was due before the 15th. Ruth has asked me to get a '
             'comparison quote from at least one other EPOS provider before our budget meeting on 6 October, so we '
             'need yours this week.',
        signals=[('churn_risk', 'get a comparison quote from at least one other EPOS provider'),
                 ('renewal', 'Any update on the renewal proposal?')])
    S.m('g24', '2026-09-24 08:50', NIALL, parent='g23', expects=False,
        body='Hi Siobhán,\n\nApologies - it\'s with our finance team for sign-off. You\'ll have it as soon as I get it back.')
    notice(S, 'g25', '2026-09-28 12:00', EVENTS, [EVENTS], 'Last seats: Kassenwerk Retail Summit London, 5 November',
           'Only 40 seats left for the Kassenwerk Retail Summit. Hear how food retailers renewed, expanded and '
           'switched to unified commerce.\n\nRegister: https://events.kassenwerk.com/london-2026\n',
           'Vendor event mass mailing (Bcc list).', bcc=[SIOBHAN], kind='newsletter')

    S.alert('contact_departed', 'medium', '2026-08-14', ['g13'],
            'Champion Declan Moran (Retail Systems Manager) left on 28 August.', contact=DECLAN.email)
    S.alert('contact_bounced', 'low', '2026-09-01', ['g18'],
            'declan.moran@gleesons.ie bounces permanently (550 5.1.1).', contact=DECLAN.email)
    S.alert('new_senior_contact_not_engaged', 'high', '2026-09-14', ['g20'],
            'Ruth Callaghan, new Head of Retail Technology who owns the renewal, was introduced on 14 September; the '
            'AM replied only to Siobhán and nobody at Kassenwerk has written to Ruth.', contact=RUTH.email)
    S.alert('single_threaded', 'high', '2026-09-01', ['g16', 'g20', 'g23'],
            'Since Declan left only Siobhán Kearney writes; the decision-maker is not engaged.')
    S.alert('commitment_overdue', 'high', '2026-09-15', ['g15'],
            'Renewal proposal promised "before the 15th of September"; not delivered, the customer chased on '
            '23 September.', due='2026-09-14')
    S.alert('churn_risk', 'high', '2026-09-23', ['g23'],
            'New head of technology asked for a comparison quote from another EPOS provider.')
    S.alert('renewal_at_risk', 'high', '2026-09-23', ['g13', 'g15', 'g23'],
            'Renewal 20 December (81 days): champion gone, proposal overdue, competitive quote requested.')
    return S
