"""Hartley & Finch Garden Centres Ltd (Gloucestershire, UK) - healthy advocate, two new sites, promises kept."""
from kw_core import *  # noqa: F401,F403
from kw_auto import *  # noqa: F401,F403

D = 'hartleyfinch.co.uk'
FOOT = ('Hartley & Finch Garden Centres Ltd · Registered in England & Wales No. 04417729\n'
        'Registered office: Tewkesbury Road, Cheltenham GL51 9RR\n\n'
        'This email and any files transmitted with it are confidential and intended solely for the use of the '
        'individual or entity to whom they are addressed. If you have received this email in error please notify '
        'the sender. Please consider the environment before printing this email.')
EMMA = P('emma.hartley-price@' + D, 'Emma Hartley-Price', 'Head of Retail Operations', 'hartley', 'outlook_en',
         sig='Best wishes,\nEmma\n\nEmma Hartley-Price\nHead of Retail Operations\nT: 01242 680 221 | M: 07700 918 442\n\n'
             + FOOT, tz=1, lang='en')
GARETH = P('gareth.lloyd@' + D, 'Gareth Lloyd', 'IT Manager', 'hartley', 'outlook_en',
           sig='Cheers,\nGareth\n\nGareth Lloyd | IT Manager\n\n' + FOOT, tz=1, lang='en')
PRIYA = P('priya.shah@' + D, 'Priya Shah', 'Finance Business Partner', 'hartley', 'outlook_en_old',
          sig='Kind regards,\nPriya Shah\nFinance Business Partner\n\n' + FOOT, tz=1, lang='en')
GRM = P('editor@gardenretailmonthly.co.uk', 'Garden Retail Monthly', '', 'X', 'system', tz=1)


def build():
    S = Story('hartley', 'Hartley & Finch Garden Centres Ltd', [D], NIALL.email, 58000, '2027-04-30', 'mid',
              'healthy_advocate_expansion', 'hartleyfinch.mbox',
              'Family-owned chain of 9 garden centres. Very happy with stock-take, offers to be a case study, '
              'board approves two new sites; every vendor promise is kept.')
    S.m('f01', '2026-06-02 09:30', NIALL, to=[EMMA], subject='Quarterly check-in',
        body='Hi Emma,\n\nHope the bank holiday rush wasn\'t too brutal! Time for our quarterly check-in - would '
             'Thursday 11th or Friday 12th June work for an hour? Happy to come to Cheltenham.')
    S.m('f02', '2026-06-02 13:15', EMMA, parent='f01', expects=False,
        body='Hi Niall,\n\nThursday 11th at 10 works, come to Cheltenham and we\'ll do lunch in the café.\n\n'
             'From what I hear Gareth has a list of small things for you, so bring patience :)')
    calendar(S, 'f03', '2026-06-02 16:40', NIALL, [EMMA, GARETH], 'Kassenwerk quarterly check-in - Hartley & Finch',
             '20260611T100000', '20260611T113000', 'Hartley & Finch Cheltenham, Tewkesbury Road',
             'Quarterly review: stock-take results, till estate, roadmap.', 'Vendor calendar invitation.', lang='en',
             tzid='Europe/London')
    S.m('f04', '2026-06-12 08:50', EMMA, to=[NIALL], cc=[GARETH], subject='Thanks for yesterday',
        body='Hi Niall,\n\nThanks for making the trip yesterday. I didn\'t say it properly in the meeting, but the '
             'stock-take module has honestly been a game changer for us - we cut the annual count from four days '
             'to one across all nine centres.\n\nIf it\'s useful, we\'re happy to be a case study or take a reference '
             'call from another garden centre group.',
        signals=[('advocacy', 'the stock-take module has honestly been a game changer for us'),
                 ('advocacy', 'we\'re happy to be a case study or take a reference call')])
    S.m('f05', '2026-06-12 10:02', NIALL, parent='f04', expects=False,
        body='Emma, that genuinely made my week - thank you. I\'ll let our marketing team know; they\'ll be in touch '
             'about the case study, no pressure on timing.')
    newsletter(S, 'f06', '2026-06-18 10:00', EMMA, 'en', '06', None)
    ticket(S, 'f07', '2026-06-24 08:12', GARETH, 'KW-49480', 'Stroud Road till 3 - card reader not pairing', 'Resolved',
           'Normal', 'Your ticket has been resolved.', 'Comment (R. Doyle):\nPaired the reader again after a firmware '
           'update. Escalation not required.', 'en', neg='Ticket-system notification.')
    rep = External(GRM, [GARETH], mkdt('2026-07-06 07:00', 1, 'hartley-grm'),
                   'Garden Retail Monthly - July market report',
                   'GARDEN RETAIL MONTHLY - JULY MARKET REPORT\n\n'
                   'Trading: like-for-like sales down 3% on a wet June; houseplants and BBQ up.\n\n'
                   'Technology: with margins squeezed, many garden centre groups are consolidating suppliers and '
                   'switching EPOS providers to cut costs. Our survey found 1 in 4 retailers plan to review their '
                   'till contracts before 2027.\n\nPeople: new chair at the Garden Centre Association.')
    S.m('f08', '2026-07-06 11:20', GARETH, to=[NIALL], fwd=rep, expects=False,
        body='Niall - thought you\'d enjoy page 2. Not us, before you panic - we\'re not reviewing anything, just '
             'interesting to see what the others are doing.',
        neg='Forwarded market report; the switching/consolidation language is the report\'s, and the customer '
            'explicitly says they are not reviewing anything.')
    S.m('f09', '2026-07-06 12:05', NIALL, parent='f08', expects=False,
        body='Ha - thanks Gareth, pulse back to normal now. Interesting read though.', neg='Vendor chit-chat reply.')
    S.m('f10', '2026-07-20 14:30', PRIYA, to=[NIALL], subject='Invoice INV-UK-2026-0712',
        body='Hi Niall,\n\nWe\'ve received invoice INV-UK-2026-0712 for £4,833.33 but our PO only covers £4,650.00. '
             'Could you check what the difference is? I can\'t pay it until it matches.\n\nThanks',
        signals=[('pricing', 'invoice INV-UK-2026-0712 for £4,833.33 but our PO only covers £4,650.00')])
    S.m('f11', '2026-07-20 16:45', NIALL, parent='f10',
        body='Hi Priya,\n\nThe difference is the four extra handheld licences Gareth added in June for the outdoor '
             'plant areas (pro-rated). I\'ve asked our billing team to send you a breakdown, and if you can raise a '
             'PO change for £183.33 we\'re all square.')
    S.m('f12', '2026-07-21 09:10', PRIYA, parent='f11', expects=False, body='Makes sense - PO amended. Thanks Niall.')
    S.m('f13', '2026-08-03 10:05', GARETH, to=[NIALL], cc=[AOIFE], subject='Click & collect - stock reservation API',
        body='Hi Niall,\n\nWe\'re connecting the new click & collect web shop to Kassenwerk in September. Could you send '
             'me the current API spec for stock reservations? The one I have is from 2024.')
    S.m('f14', '2026-08-04 08:40', NIALL, parent='f13',
        body='Hi Gareth,\n\nGood timing - there\'s a new version with reservation expiry. Aoife will get the updated API '
             'spec over to you before the 15th, along with the sandbox credentials.',
        signals=[('commitment', 'Aoife will get the updated API spec over to you before the 15th',
                  {'due': '2026-08-14', 'kept_by': 'f15'})])
    S.m('f15', '2026-08-13 15:20', AOIFE, parent='f14',
        body='Hi Gareth,\n\nAs promised, attached is the updated stock reservation API spec (v3.1). Sandbox credentials '
             'follow in a separate mail for security.',
        attach=[('Kassenwerk_Stock_Reservation_API_v3.1.pdf', 'application/pdf', fake_pdf('Stock Reservation API v3.1'))])
    S.m('f16', '2026-08-14 09:00', GARETH, parent='f15', expects=False, body='Perfect, thansk Aoife - got both.')
    S.m('f17', '2026-08-24 09:30', NIALL, to=[EMMA], subject='Case study - quick one',
        body='Hi Emma,\n\nOur marketing team would love to do the case study interview in late September. Would the '
             'week of 28 September work for 45 minutes?')
    ooo(S, 'f18', '2026-08-24 09:30', EMMA, 'f17',
        'Thank you for your email. I\'m on annual leave until Tuesday 1 September with no access to email. For anything '
        'urgent please contact Gareth Lloyd on 01242 680 230.', 'Automatic reply: ', 'Out-of-office auto-reply.')
    S.m('f19', '2026-09-02 11:40', EMMA, to=[NIALL], cc=[PRIYA], subject='Ludlow and Stroud',
        body='Hi Niall,\n\nBack from leave with good news: the board approved two new sites, Ludlow and Stroud, opening '
             'next March. We\'ll want Kassenwerk in both from day one - 6 tills each plus handhelds.\n\nAnd yes to the '
             'case study, w/c 28 Sept is fine.',
        signals=[('expansion', 'We\'ll want Kassenwerk in both from day one - 6 tills each plus handhelds')])
    S.m('f20', '2026-09-03 08:30', NIALL, parent='f19',
        body='Emma, congratulations - that\'s brilliant news! I\'ll pull together a proposal for both sites and send it '
             'over by Friday 25 September.',
        signals=[('commitment', 'I\'ll pull together a proposal for both sites and send it over by Friday 25 September',
                  {'due': '2026-09-25', 'kept_by': 'f23'})])
    notice(S, 'f21', '2026-09-09 12:00', EVENTS, [EVENTS], 'You\'re invited: Kassenwerk Retail Summit London, 5 November',
           'Join 300 retail leaders at the Kassenwerk Retail Summit in London on 5 November.\n\n'
           'Hear how UK retailers expanded to new sites, cut stock-take time and renewed with confidence.\n\n'
           'Register: https://events.kassenwerk.com/london-2026\n', 'Vendor event mass mailing (Bcc list).',
           bcc=[EMMA, GARETH], kind='newsletter')
    S.m('f22', '2026-09-17 17:35', GARETH, to=[NIALL], subject='Well played', expects=False,
        body='Niall,\n\nJust saw the result - fair play to Ireland, we were rubbish. Pint\'s on me next time you\'re '
             'over.\n\nG',
        neg='Personal chit-chat about sport.')
    S.m('f23', '2026-09-24 14:10', NIALL, parent='f20',
        body='Hi Emma,\n\nAs promised, attached is the proposal for Ludlow and Stroud: 12 tills, 8 handhelds, licences at '
             'your current rate, installation the fortnight before opening. Happy to walk Priya through it.',
        attach=[('Kassenwerk_Proposal_Ludlow_Stroud.pdf', 'application/pdf', fake_pdf('Proposal Ludlow Stroud'))])
    S.m('f24', '2026-09-24 16:02', EMMA, parent='f23', expects=False,
        body='Thanks Niall, that was quick. Priya and I will go through it next week.')
    S.m('f25', '2026-09-18 08:15', NIALL, parent='f22', expects=False,
        body='Ha! You\'re on. Thursday at the Ship Inn if I\'m over for the case study.', neg='Personal chit-chat reply.')

    S.alert('advocacy', 'low', '2026-06-12', ['f04'],
            'Stock-take cut from four days to one; offers to be a case study and reference.')
    S.alert('expansion_opportunity', 'medium', '2026-09-02', ['f19'],
            'Two new garden centres (Ludlow, Stroud) from March 2027, 12 tills plus handhelds; proposal sent 24 September.')
    return S
