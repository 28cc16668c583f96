#!/usr/bin/env python3
"""dev-7 scenario set: Kestrel Ledger Ltd. Writes accounts.csv, *.mbox, expected.yaml and validates.
Deterministic: no randomness beyond a fixed seed, no clock reads."""
import os, sys, csv, random, datetime as dt, email, email.policy, mailbox, re
from email.message import EmailMessage
from email.utils import format_datetime
import yaml

random.seed(7)
OUT = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 30)
VENDOR = 'kestrelledger.co.uk'
INTERNAL = ['kestrelledger.co.uk', 'kestrelledger.de']
DST_END = dt.datetime(2026, 10, 25, 1, 0)  # UTC switch

def offset(zone, local):
    base = 0 if zone in ('UK', 'IE') else 1
    # compare roughly in local time; good enough away from 25 Oct 01:00-03:00
    summer = local < dt.datetime(2026, 10, 25, 2, 0)
    return base + (1 if summer else 0)

PEOPLE = {}
def P(addr, name, title, zone):
    PEOPLE[addr] = dict(name=name, title=title, zone=zone)

ACCOUNTS = []   # dicts
MSGS = []       # dicts in insertion order
BYKEY = {}
CUR = None

def A(**kw):
    global CUR
    kw.setdefault('alerts', []); kw.setdefault('status', {})
    ACCOUNTS.append(kw); CUR = kw

def dom(a): return a.split('@')[1].lower()
def is_vendor(a): return dom(a) in INTERNAL

def M(key, when, frm, to, subj, body, **kw):
    """when: 'YYYY-MM-DD HH:MM' in sender's local time."""
    assert key not in BYKEY, key
    m = dict(key=key, when=when, frm=frm, to=to if isinstance(to, list) else [to], subj=subj,
             body=body.strip('\n') + '\n', acct=CUR['name'])
    m.update(kw)
    zone = m.get('zone') or PEOPLE.get(frm, {}).get('zone', 'UK')
    local = dt.datetime.strptime(when, '%Y-%m-%d %H:%M')
    off = offset(zone, local)
    m['tz'] = dt.timezone(dt.timedelta(hours=off))
    m['dt'] = local.replace(tzinfo=m['tz'])
    m['utc'] = m['dt'].astimezone(dt.timezone.utc)
    d = dom(frm)
    if m.get('notes'):
        h = ''.join('0123456789ABCDEF'[(sum(map(ord, key)) * (i + 3)) % 16] for i in range(8))
        m['mid'] = '<OF%s.%s-ON%s@%s>' % (h, h[::-1], str(len(MSGS)).zfill(6), d)
    else:
        m['mid'] = '<%s.%s.%s@%s>' % (local.strftime('%Y%m%d%H%M'), key.lower(), 'k7', d)
    MSGS.append(m); BYKEY[key] = m
    return m

# ---------------- quoting -----------------
def fmt_name(a):
    p = PEOPLE.get(a); return ('%s <%s>' % (p['name'], a)) if p else a

def quote_block(parent, style):
    pb = parent['body'] + parent.get('_quoted', '')
    d = parent['dt']
    if style == 'outlook':
        return ('\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s' %
                (fmt_name(parent['frm']), d.strftime('%d %B %Y %H:%M'), '; '.join(parent['to']), parent['subj'], pb))
    if style == 'outlook_de':
        return ('\n-----Ursprüngliche Nachricht-----\nVon: %s\nGesendet: %s\nAn: %s\nBetreff: %s\n\n%s' %
                (fmt_name(parent['frm']), d.strftime('%d.%m.%Y %H:%M'), '; '.join(parent['to']), parent['subj'], pb))
    if style == 'notes_de':
        n = PEOPLE.get(parent['frm'], {}).get('name', parent['frm'])
        return ('\n\n\n\nVon:\t%s <%s>\nAn:\t%s\nDatum:\t%s\nBetreff:\t%s\n\n%s' %
                (n, parent['frm'], ', '.join(parent['to']), d.strftime('%d.%m.%Y %H:%M'), parent['subj'], pb))
    if style == 'notes_en':
        n = PEOPLE.get(parent['frm'], {}).get('name', parent['frm'])
        return ('\n\n\n\n%s <%s>\n%s\n\nTo\n%s\ncc\n\nSubject\n%s\n\n%s' %
                (n, parent['frm'], d.strftime('%d/%m/%Y %H:%M'), ', '.join(parent['to']), parent['subj'], pb))
    n = PEOPLE.get(parent['frm'], {}).get('name', parent['frm'])
    q = '\n'.join(('> ' + l) if l else '>' for l in pb.rstrip('\n').split('\n')) + '\n'
    if style == 'gmail':
        return '\nOn %s, %s <%s> wrote:\n%s' % (d.strftime('%a, %-d %b %Y at %H:%M'), n, parent['frm'], q)
    if style == 'apple':
        return '\n> On %s, %s <%s> wrote:\n>\n%s' % (d.strftime('%-d %b %Y, at %H:%M'), n, parent['frm'], q)
    if style == 'tb_de':
        return '\nAm %s schrieb %s:\n%s' % (d.strftime('%d.%m.%y um %H:%M'), n, q)
    if style == 'fr':
        return '\nLe %s, %s <%s> a écrit :\n%s' % (d.strftime('%d.%m.%Y à %H:%M'), n, parent['frm'], q)
    if style == 'de':
        return '\nAm %s schrieb %s <%s>:\n%s' % (d.strftime('%d.%m.%Y um %H:%M'), n, parent['frm'], q)
    raise ValueError(style)

def fwd_block(style, src):
    f, date, to, subj, text = src['from'], src['date'], src.get('to', ''), src['subj'], src['text'].strip('\n') + '\n'
    if style == 'outlook':
        return '\n________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s' % (f, date, to, subj, text)
    if style == 'outlook_de':
        return '\n-----Ursprüngliche Nachricht-----\nVon: %s\nGesendet: %s\nAn: %s\nBetreff: %s\n\n%s' % (f, date, to, subj, text)
    if style == 'gmail':
        return '\n---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s' % (f, date, subj, to, text)
    if style == 'apple':
        return '\nBegin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: %s\nTo: %s\n\n%s' % (f, subj, date, to, text)
    if style == 'tb_de':
        return '\n-------- Weitergeleitete Nachricht --------\nBetreff: \t%s\nDatum: \t%s\nVon: \t%s\nAn: \t%s\n\n%s' % (subj, date, f, to, text)
    if style == 'notes_de':
        return '\n----- Weitergeleitet von %s am %s -----\n\n%s' % (src['notes_by'], date, text)
    if style == 'notes_en':
        return '\n----- Forwarded by %s on %s -----\n\n%s' % (src['notes_by'], date, text)
    if style == 'apple_de':
        return '\nAnfang der weitergeleiteten Nachricht:\n\nVon: %s\nBetreff: %s\nDatum: %s\nAn: %s\n\n%s' % (f, subj, date, to, text)
    if style == 'fr':
        return '\n-------- Message transféré --------\nSujet : %s\nDate : %s\nDe : %s\nPour : %s\n\n%s' % (subj, date, f, to, text)
    raise ValueError(style)

# ======================= CAST =======================
HP='harriet.pell@kestrelledger.co.uk'; OT='owen.thackeray@kestrelledger.co.uk'
JB='jana.brinkmann@kestrelledger.de'; RD='rory.devlin@kestrelledger.co.uk'
SUP='support@kestrelledger.co.uk'; ACC='accounts@kestrelledger.co.uk'; REN='renewals@kestrelledger.co.uk'
P(HP,'Harriet Pell','Account Manager','UK'); P(OT,'Owen Thackeray','Account Manager','UK')
P(JB,'Jana Brinkmann','Account Managerin DACH','DE'); P(RD,'Rory Devlin','Account Manager','UK')
P(SUP,'Kestrel Ledger Support','shared mailbox','UK'); P(ACC,'Kestrel Ledger Accounts','shared mailbox','UK')
P(REN,'Kestrel Ledger Renewals','shared mailbox','UK')
P('dan.okoro@kestrelledger.co.uk','Dan Okoro','Support Engineer','UK')
P('lukas.hein@kestrelledger.de','Lukas Hein','Solution Engineer','DE')
P('maeve.quinn@kestrelledger.co.uk','Maeve Quinn','Head of Customer Success','UK')

# ======================= 1. HALYARD =======================
A(name='Halyard Marine Brokers', mbox='halyard_marine.mbox', domains=['halyardmarine.co.uk'], owner=HP,
  arr=310000, segment='enterprise', renewal='2027-03-31', scenario='champion_departed_interim_owner_not_engaged',
  health='mixed')
GA='giles.ashcroft@halyardmarine.co.uk'; PR='priya.raman@halyardmarine.co.uk'; NB='nick.brand@halyardmarine.co.uk'
FC='fiona.chadwick@halyardmarine.co.uk'; HAP='ap@halyardmarine.co.uk'
P(GA,'Giles Ashcroft','Head of Broking Systems','UK'); P(PR,'Priya Raman','Claims Operations Manager','UK')
P(NB,'Nick Brand','Senior Placing Broker','UK'); P(FC,'Fiona Chadwick','Chief Operating Officer','UK')
P(HAP,'Halyard Accounts Payable','shared mailbox','UK')
P('kate.morrow@brightwater-talent.co.uk','Kate Morrow','Senior Consultant, Brightwater Talent','UK')
CUR['status'] = {GA:'left', FC:'new'}

M('H01','2026-08-04 09:12',HP,GA,'Q3 check-in - roadmap and the war-risk clause fields',
"""Morning Giles,

Hope the summer is being kind. Could we find an hour in the next fortnight to run through the Q3 roadmap?
The main item for you is the new war-risk clause fields on the marine schedule, which I know Nick has been asking about.

Thursday or Friday next week work well my end.

Best,
Harriet

Harriet Pell | Account Manager | Kestrel Ledger Ltd
2 Hardman Boulevard, Manchester M3 3AQ""", awaits=True)
M('H02','2026-08-04 13:47',GA,HP,'RE: Q3 check-in - roadmap and the war-risk clause fields',
"""Harriet - Thursday 13th, 2pm, our office. I'll bring Priya. G.""", re='H01', q='outlook')
M('H03','2026-08-05 10:02',HP,[GA,PR],'Invitation: Kestrel / Halyard Q3 review @ Thu 13 Aug 2026 14:00 - 15:00',
"""Kestrel / Halyard Q3 review
When: Thursday 13 August 2026 14:00-15:00 (BST)
Where: Halyard Marine Brokers, 1 Lime Street, London EC3
Agenda: roadmap, war-risk clause fields, bordereaux exports""", kind='calendar',
  neg='calendar invitation; agenda words are not signals')
M('H04','2026-08-05 10:31',PR,HP,'Accepted: Kestrel / Halyard Q3 review @ Thu 13 Aug 2026 14:00 - 15:00',
"""Priya Raman has accepted this invitation.""", kind='calendar_reply', neg='calendar acceptance', re='H03')
M('H05','2026-08-18 08:40',PR,SUP,'Bordereaux export failing - syndicate 2791 format',
"""Hello,

Since last night's update the monthly bordereaux export to the Lloyd's syndicate 2791 template is failing with "column map invalid".
We submit to three syndicates on Friday. Not ideal. We need this fixed before Friday's submission, or we go back to doing it by hand.

Priya Raman
Claims Operations Manager, Halyard Marine Brokers""", cc=[HP], sig=[('escalation',"We need this fixed before Friday's submission")])
M('H06','2026-08-18 08:41',SUP,PR,'[KL-20417] Bordereaux export failing - syndicate 2791 format',
"""This is an automated acknowledgement. Your request has been logged as KL-20417 with priority Normal.
Our support team will respond within your contracted response time. Please do not change the subject line.""",
  kind='ticket', neg='ticketing auto-acknowledgement', re='H05')
M('H07','2026-08-18 11:15','dan.okoro@kestrelledger.co.uk',PR,'RE: [KL-20417] Bordereaux export failing - syndicate 2791 format',
"""Hi Priya,

Reproduced - the update renamed two columns in the 2791 template. We will have a fix deployed by 10:00 tomorrow, 19 August, and I'll confirm when it's live.
In the meantime the 2790 and 4444 exports are unaffected.

Dan Okoro
Kestrel Ledger Support""", cc=[HP], re='H05', q='outlook',
  sig=[('commitment','We will have a fix deployed by 10:00 tomorrow, 19 August','2026-08-19')])
M('H08','2026-08-19 09:38','dan.okoro@kestrelledger.co.uk',PR,'RE: [KL-20417] Bordereaux export failing - syndicate 2791 format',
"""Priya - fix is live (release 7.14.2). Could you re-run the 2791 export and let me know?

Dan""", cc=[HP], re='H07', q='outlook', awaits=True)
M('H09','2026-08-19 10:05',PR,'dan.okoro@kestrelledger.co.uk','RE: [KL-20417] Bordereaux export failing - syndicate 2791 format',
"""Ran it, all three syndicates go through. Thanks for the quick turnaround.
Priya""", cc=[HP], re='H08', q='outlook')
M('H10','2026-09-02 07:55',GA,HP,'FW: Marine Market Weekly - broker consolidation',
"""FYI - the bit about Thames & Tyne is doing the rounds here. Nothing for you to do.""",
  fwd=('outlook', dict(**{'from':'Marine Market Weekly <editor@marinemarketweekly.co.uk>','date':'01 September 2026 18:00',
  'to':'Giles Ashcroft','subj':'Marine Market Weekly - broker consolidation',
  'text':"""BROKER CONSOLIDATION CONTINUES
Thames & Tyne Brokers announced plans to expand into Singapore and Dubai and will open a cargo desk in Rotterdam.
Rival broker Harbourline is said to be reviewing its platforms after switching carriers for its hull book.
Premium rates for war risks rose 12% over the quarter; several underwriters say they expect to renew capacity at higher prices.
Unsubscribe | Manage preferences"""})),
  neg='customer forwards a market newsletter about other brokers expanding and switching; not about Kestrel')
M('H11','2026-09-09 14:20',HP,GA,'Claims intake module - a thought for 2027',
"""Giles,

Now that the bordereaux is settled, I wanted to put the claims intake module on your radar for 2027. Brokers of your size
typically save a day a month on FNOL triage, and as an existing customer you'd get the first year at 20% off list.
Brochure attached - happy to arrange a demo whenever suits.

Harriet""", neg='vendor-written upsell; expansion words written by the vendor')
M('H12','2026-09-10 08:03',GA,HP,'RE: Claims intake module - a thought for 2027',
"""Not this year, Harriet - budget's spoken for. We're not unhappy, it's simply a queue. Try me again in the spring.
G.""", re='H11', q='outlook', neg='polite deferral of an upsell; not churn')
M('H13','2026-09-22 16:40',HP,NB,'War-risk clause fields - ready for you to try',
"""Nick,

The war-risk clause fields are switched on in your UAT environment. Could you check they cover the JWC listed areas
the way your placing slips need them?

Thanks,
Harriet""", awaits=True)
M('H14','2026-09-23 07:12',NB,HP,'RE: War-risk clause fields - ready for you to try',
"""Fields fine. Ship it.""", re='H13', q='outlook')
M('H15','2026-10-01 17:05',GA,HP,'Some news',
"""Harriet,

Before you hear it on the Street: I'm leaving Halyard at the end of October. I've taken a role at another broker and my last day is the 30th.
Fiona Chadwick, our COO, will hold the systems brief in the interim until they hire my replacement.

For what it's worth, the bordereaux work has been the smoothest project I've run here, and if anyone at my next shop asks about
policy admin I'll happily put you forward.

Giles""", sig=[('advocacy',"I'll happily put you forward")])
M('H16','2026-10-01 17:52',HP,GA,'RE: Some news',
"""Giles - congratulations, and thank you. Sorry to be losing you. Could we do a handover session with Fiona before the 30th?

Harriet""", re='H15', q='outlook', awaits=True, neg='vendor reply; quoted mail repeats the advocacy sentence')
M('H17','2026-10-02 09:10',GA,HP,'RE: Some news',
"""Will try - Fiona's diary is the problem, not mine. I'll send you my handover notes either way.""", re='H16', q='outlook')
M('H18','2026-11-03 10:00',HP,GA,'Release 7.16 - marine schedule changes',
"""Hi Giles,

Just a heads-up on the marine schedule changes in 7.16, landing on 14 November.

Harriet""")
M('H19','2026-11-03 10:01',GA,HP,'Automatic reply: Release 7.16 - marine schedule changes',
"""Giles Ashcroft has left Halyard Marine Brokers. Please direct enquiries to operations@halyardmarine.co.uk.
This mailbox is no longer monitored.""", kind='auto', re='H18', neg='auto-reply (departure evidence, not a phrase signal)')
M('H20','2026-11-05 15:26',FC,HP,'Kestrel contract',
"""Dear Harriet,

I have picked up Giles's systems responsibilities for the time being. Before our budget round in December I'd like to
understand the contract terms and what we are paying per seat, and who at Kestrel I should be talking to.

Could you send me a summary?

Regards,
Fiona Chadwick
Chief Operating Officer
Halyard Marine Brokers Ltd, 1 Lime Street, London EC3M 7HA
Halyard Marine Brokers Ltd is an Appointed Representative. This e-mail is confidential and may be legally privileged.""",
  cc=[PR], sig=[('pricing','what we are paying per seat')])
M('H21','2026-11-12 11:30',HP,PR,'Release 7.16 - marine schedule changes',
"""Hi Priya,

Resending the 7.16 note to you as Giles's address now bounces to an auto-reply. Nothing needed from your side except a
quick check of the claims screens after 14 November.

Harriet""")
M('H22','2026-11-13 09:02',PR,HP,'RE: Release 7.16 - marine schedule changes',
"""Will do, thanks Harriet.""", re='H21', q='outlook')
M('H23','2026-11-19 08:15','kate.morrow@brightwater-talent.co.uk',HP,'Confidential - Head of Client Services opportunity',
"""Hi Harriet,

I'm working with a fast-growing insurtech in London that is expanding its broker client base and looking for a
Head of Client Services. Your experience with Lloyd's brokers such as Halyard stood out. Open to a confidential chat?

Kate Morrow | Brightwater Talent""", neg='recruiter (outsider) writing to the AM; mentions the customer by name')
M('H24','2026-11-24 06:00',ACC,HAP,'Kestrel Ledger invoice KL-INV-88412',
"""Dear Customer,

Please find attached invoice KL-INV-88412 for the period 01/12/2026 - 28/02/2027, amount GBP 77,500.00, due within 30 days.
This is an automatically generated message from Kestrel Ledger Accounts.""", kind='bill', neg='e-bill from vendor shared mailbox')
CUR['alerts'] = [
 dict(type='contact_departed', severity='high', date='2026-11-03', keys=['H15','H19'],
      note='Champion Giles Ashcroft announced departure (last day 30 Oct); auto-reply confirms on 3 Nov.'),
 dict(type='new_contacts', severity='low', date='2026-11-05', keys=['H20'], note='COO Fiona Chadwick appears.'),
 dict(type='new_senior_contact_not_engaged', severity='high', date='2026-11-19', keys=['H20'],
      note='COO Fiona Chadwick took over the relationship on 5 Nov; the AM wrote to Priya instead and never replied to Fiona (14 days).'),
 dict(type='unanswered_customer_message', severity='high', date='2026-11-09', keys=['H20'],
      note='Fiona\'s request for contract terms and per-seat price has had no reply (due after 2 business days).'),
 dict(type='escalation', severity='medium', date='2026-08-18', keys=['H05'], note='Bordereaux export failure before syndicate deadline; fixed next day.'),
 dict(type='advocacy', severity='low', date='2026-10-01', keys=['H15'], note='Departing champion offers to recommend Kestrel.'),
]

# ======================= 2. AIRE =======================
A(name='Aire Commercial Brokers', mbox='aire_commercial.mbox', domains=['airecommercial.co.uk'], owner=OT,
  arr=64000, segment='mid', renewal='2027-01-15', scenario='latency_degrading_after_migration_incident', health='risk')
SH='sandra.holt@airecommercial.co.uk'; MP='mark.pickering@airecommercial.co.uk'; BW='bev.walsh@airecommercial.co.uk'
P(SH,'Sandra Holt','Operations Director','UK'); P(MP,'Mark Pickering','IT Lead','UK'); P(BW,'Bev Walsh','Finance & Commissions','UK')
CUR['status'] = {MP:'silent'}
M('A01','2026-08-03 09:30',OT,SH,'Commission ledger migration - proposed weekend',
"""Hi Sandra,

As discussed, we'd like to move your broker commission statements onto the new ledger over the weekend of 5-6 September.
Downtime would be Saturday 08:00 to Sunday 18:00. Does that weekend suit Aire?

Kind regards,
Owen Thackeray
Account Manager, Kestrel Ledger Ltd""", awaits=True)
M('A02','2026-08-03 14:02',SH,OT,'RE: Commission ledger migration - proposed weekend',
"""Owen, fine by us. Mark will be your point of contact for the technical side.
Sandra""", re='A01', q='outlook')
M('A03','2026-08-10 10:15',OT,MP,'Cut-over checklist for 5-6 Sept',
"""Mark,

Attached is the cut-over checklist. The one thing we need from you is a frozen export of the 2025/26 rate tables by 28 August.

Owen""", awaits=True)
M('A04','2026-08-10 13:20',MP,OT,'RE: Cut-over checklist for 5-6 Sept',
"""No problem, will have it to you by the 26th.
Mark
Sent from my iPhone""", re='A03', q='outlook')
M('A05','2026-08-21 11:00',MP,[OT,'lukas.hein@kestrelledger.de'],'Invitation: Cutover dry run @ Thu 27 Aug 2026 10:00 - 12:00',
"""Cutover dry run - Teams
Thu 27 Aug 2026 10:00-12:00 (BST)
Join Microsoft Teams meeting""", kind='calendar', neg='customer-sent calendar invitation')
M('A06','2026-08-24 15:45',BW,OT,'Sub-broker split from October',
"""Hi Owen,

From 1 October we're increasing our sub-broker commission split to 22.5% (from 20%) and cutting our own fee on fleet
business to 7.5%. Can the new statements show the old and new rates side by side for October?

Thanks
Bev""", neg="customer talking about its OWN commission rates and fees, not Kestrel's prices")
M('A07','2026-08-25 09:10',OT,BW,'RE: Sub-broker split from October',
"""Bev - yes, the new ledger can show both. I've asked the team to add a comparison column to the October run.
Owen""", re='A06', q='outlook')
M('A08','2026-09-07 08:05',MP,SUP,'URGENT - September commission statements wrong after migration',
"""Support,

Since the weekend migration the September commission statements for about 40 of our brokers are showing LAST year's rates.
Statements went out automatically at 06:00 and brokers have been paid the wrong amounts. Please escalate this immediately.

Mark Pickering, IT Lead, Aire Commercial Brokers""", cc=[OT],
  sig=[('escalation','Please escalate this immediately')])
M('A09','2026-09-07 08:06',SUP,MP,'[KL-20655] URGENT - September commission statements wrong after migration',
"""Thank you for contacting Kestrel Ledger Support. Your request has been logged as KL-20655 (priority: Urgent).""",
  kind='ticket', re='A08', neg='ticketing auto-acknowledgement (quotes the word URGENT from the subject)')
M('A10','2026-09-07 12:40',OT,[SH,MP],'September statements - apology and plan',
"""Sandra, Mark,

I'm very sorry. The migration mapped the 2025/26 rate table onto September. We have stopped the scheduled runs.
We will have corrected statements to you, and a recalculation file for the overpaid and underpaid brokers, by Friday 11 September.

Owen""", cc=['maeve.quinn@kestrelledger.co.uk'], re='A08',
  sig=[('commitment','We will have corrected statements to you','2026-09-11')], awaits=True)
M('A11','2026-09-08 08:20',SH,OT,'RE: September statements - apology and plan',
"""Owen,

This is not ideal. Our brokers have been on the phone all morning and two have asked whether we are still solvent.
Friday, please, and no later. If this happens again we may need to have a conversation about the contract.

Sandra""", re='A10', q='outlook',
  sig=[('churn_risk','we may need to have a conversation about the contract'), ('escalation','Friday, please, and no later')])
M('A12','2026-09-11 16:55',OT,SH,'Corrected September statements',
"""Sandra,

Corrected statements for all 41 affected brokers are in your portal, with the recalculation file. Maeve and I would like to
walk you through the root cause once we have it written up.

Owen""", awaits=True)
M('A13','2026-09-15 17:30',SH,OT,'RE: Corrected September statements',
"""Received.

-----Original Message-----
From: Owen Thackeray [mailto:owen.thackeray@kestrelledger.co.uk]
Sent: 11 September 2026 16:55
To: Sandra Holt
Subject: Corrected September statements

Sandra, corrected statements for all 41 affected brokers are in your portal...""", parent='A12', noirt=True)
M('A14','2026-09-28 10:00',OT,MP,'Post-incident review - could you join?',
"""Mark,

We're holding a post-incident review on 6 October. Your view of the cut-over would be really useful - could you join?

Owen""", awaits=True)
M('A15','2026-10-07 09:20',OT,SH,'Root cause report - September statements',
"""Sandra,

The root cause report is attached. In short: a mapping script took the wrong effective date. We've added a reconciliation
check that blocks any run where rates differ from the previous month by more than 2%.

Happy to talk it through whenever suits.
Owen""", awaits=True)
M('A16','2026-10-13 18:05',SH,OT,'RE: Root cause report - September statements',
"""Read it. Will come back to you.

-----Original Message-----
From: Owen Thackeray
Sent: 07 October 2026 09:20
Subject: Root cause report - September statements""", parent='A15', noirt=True)
M('A17','2026-10-20 07:00',REN,SH,'Your Kestrel Ledger subscription renews on 15 January 2027',
"""Dear Sandra Holt,

Your Kestrel Ledger subscription (Policy Admin + Commission Statements) renews on 15 January 2027.
Renew early before 30 November to lock in 2026 pricing, or expand your plan with the claims intake module.
Kestrel Ledger Renewals""", neg='vendor-written renewal reminder from shared mailbox')
M('A18','2026-11-02 09:40',OT,BW,'October statements - comparison column',
"""Bev, did the October comparison column come out the way you wanted? Anything to change for November?
Owen""", awaits=True)
M('A19','2026-11-08 20:12',BW,OT,'RE: October statements - comparison column',
"""Sorry for the delay Owen, month end. It's fine.
Bev""", re='A18', q='outlook')
M('A20','2026-11-04 11:00',OT,SH,'Renewal 2027 - proposal',
"""Sandra,

Ahead of the renewal on 15 January I've attached our proposal for 2027. Given September, we've held the price flat and
added three months of the reconciliation service at no charge. Could we find 30 minutes to go through it?

Owen""", awaits=True)
M('A21','2026-11-16 19:40',SH,OT,'RE: Renewal 2027 - proposal',
"""Owen, we'll look at it after our partners' meeting. No decision yet.
Sandra

-----Original Message-----
From: Owen Thackeray
Sent: 04 November 2026 11:00
To: Sandra Holt
Subject: Renewal 2027 - proposal""", parent='A20', noirt=True,
  sig=[('renewal',"we'll look at it after our partners' meeting. No decision yet")])
M('A22','2026-11-23 10:30',OT,SH,'RE: Renewal 2027 - proposal',
"""Sandra, just checking in - do you have a date for the partners' meeting? I'd like to make sure you have everything you need.
Owen""", re='A21', q='outlook', awaits=True, neg='vendor chaser; the quoted customer mail repeats the renewal words')
M('A23','2026-11-25 07:30','newsletter@kestrelledger.co.uk',SH,'Kestrel Quarterly - winter edition',
"""KESTREL QUARTERLY
New: claims intake for commercial lines. Case study: how a Lloyd's broker cut bordereaux time by half.
Expand your plan today - speak to your account manager.
You receive this because you are a Kestrel Ledger customer. Unsubscribe.""", neg='vendor marketing newsletter')
P('newsletter@kestrelledger.co.uk','Kestrel Ledger','newsletter','UK')
CUR['alerts'] = [
 dict(type='escalation', severity='high', date='2026-09-07', keys=['A08','A11'], note='Migration put last year\'s rates on September statements.'),
 dict(type='churn_risk', severity='high', date='2026-09-08', keys=['A11'], note='"conversation about the contract" after the incident.'),
 dict(type='latency_degradation', severity='high', date='2026-11-16', keys=['A19','A21'],
      note='Customer replies went from hours (Aug) to 7-12 days (Nov) after the incident.'),
 dict(type='contacts_going_silent', severity='medium', date='2026-10-28', keys=['A14'], note='Mark Pickering, technical lead, has not written since 7 Sep; post-incident invite unanswered.'),
 dict(type='renewal_at_risk', severity='high', date='2026-11-16', keys=['A21','A11'], note='Renewal 15 Jan 2027 (46 days); "No decision yet", slow replies, churn language.'),
]

# ======================= 3. TARTAN PAWS =======================
A(name='Tartan Paws Insurance', mbox='tartan_paws.mbox', domains=['tartanpaws.co.uk'], owner=RD,
  arr=18000, segment='smb', renewal='2027-05-31', scenario='expansion_and_case_study', health='healthy')
CM='callum.mcneish@tartanpaws.co.uk'; AR='aisha.rahman@tartanpaws.co.uk'; EB='euan.baird@tartanpaws.co.uk'
P(CM,'Callum McNeish','Founder & CEO','UK'); P(AR,'Aisha Rahman','Head of Claims','UK'); P(EB,'Euan Baird','Operations Analyst','UK')
CUR['status'] = {EB:'new'}
P(AR,'Aisha Rahman','Chief Operating Officer (until Oct: Head of Claims)','UK')
M('T01','2026-08-04 08:50',CM,RD,'More broker logins',
"""Rory,

Good news our end - we've signed two vet-group partners in Edinburgh and Aberdeen. We'll need six more broker logins from September.
Can you send over what that looks like?

Callum
(yesterday was a bank holiday up here so apologies if this is a day late)""",
  sig=[('expansion',"We'll need six more broker logins from September")])
M('T02','2026-08-04 11:30',RD,CM,'Re: More broker logins',
"""Callum, congratulations! Six additional broker seats on your plan come to GBP 2,160 a year, pro-rated to your May renewal.
I can have them live by 1 September. Shall I send the order form?

Rory""", re='T01', q='gmail', neg='vendor quoting its own price for an add-on; vendor-written')
M('T03','2026-08-04 12:02',CM,RD,'Re: More broker logins',
"""Yes go ahead.
C
Sent from my phone""", re='T02', q='gmail')
M('T04','2026-08-20 14:10',AR,RD,'Claims module trial?',
"""Hi Rory,

Our claims volume has trebled since spring and the spreadsheet is creaking. We'd like to trial the claims module for a month -
is that possible?

Aisha Rahman
Head of Claims, Tartan Paws""", sig=[('expansion','We\'d like to trial the claims module')])
M('T05','2026-08-20 16:35',RD,AR,'Re: Claims module trial?',
"""Hi Aisha,

Absolutely. I'll have a trial environment with your last three months of claims loaded by Tuesday 1 September.

Rory""", re='T04', q='gmail', sig=[('commitment',"I'll have a trial environment with your last three months of claims loaded by Tuesday 1 September",'2026-09-01')])
M('T06','2026-08-26 10:00',RD,[AR,CM],'Invitation: Claims module trial kick-off @ Tue 1 Sep 2026 10:00 - 10:45',
"""Claims module trial kick-off (Google Meet)
Tuesday 1 September 2026, 10:00-10:45 BST""", kind='calendar', neg='calendar invitation')
M('T07','2026-09-01 10:58',RD,AR,'Trial environment is live',
"""Aisha - as promised, the trial is live with June-August claims loaded. Login details in a separate mail.
Rory""")
M('T08','2026-09-14 17:22',AR,RD,'Two weeks in',
"""Rory,

Two weeks in: the claims module has cut our first-notice handling from two days to an afternoon. I showed it to Callum and
the board on Friday and the vet partners have noticed too.

Aisha""", sig=[('advocacy','cut our first-notice handling from two days to an afternoon')])
M('T09','2026-09-26 09:15',CM,RD,'Fwd: Scottish Insurtech Digest - September',
"""thought you'd enjoy this, we're in paragraph 3 :)""",
  fwd=('gmail', {'from':'Scottish Insurtech Digest <digest@scotinsurtech.org>','date':'Fri, 25 Sept 2026 at 18:00',
  'to':'callum.mcneish@tartanpaws.co.uk','subj':'Scottish Insurtech Digest - September','text':
"""Pet cover price war: WaggleCover cut premiums for puppies by 10% and is expanding into Northern Ireland.
Tartan Paws says it will not follow on price and is instead adding cover for dental accidents.
Competitor Fetchly raised GBP 4m and plans to switch its claims platform next year.
Events: Insurtech Edinburgh, 22 October."""}),
  neg='forwarded industry digest about the customer\'s own competitors and prices')
M('T10','2026-10-05 10:20',RD,CM,'Would you do a case study with us?',
"""Callum,

Aisha's numbers on the claims module are the best we've seen from a start-up. Would Tartan Paws be open to a short case study -
a page and a quote?

Rory""", awaits=True)
M('T11','2026-10-05 21:48',CM,RD,'Re: Would you do a case study with us?',
"""Yes to the case study - happy for you to use our name and numbers. Aisha can do the quote.
C""", re='T10', q='gmail', sig=[('advocacy','Yes to the case study - happy for you to use our name and numbers')])
M('T12','2026-10-08 12:40',CM,RD,'Tynecastle Saturday?',
"""Unrelated - I've a spare ticket for Hearts v Celtic on Saturday if you're up in Glasgow... well, Edinburgh. Pie's on me.""",
  neg='personal mail (football) between customer and AM')
M('T13','2026-10-08 13:05',RD,CM,'Re: Tynecastle Saturday?',
"""Ha, you're on. I'll wear a neutral scarf.""", re='T12', q='gmail', neg='personal reply')
M('T14','2026-10-19 15:00',AR,RD,'Claims module - going live properly',
"""Rory,

We'd like to convert the claims trial into a full licence from 1 November. Can you send the paperwork?

Aisha""", sig=[('expansion','convert the claims trial into a full licence from 1 November')])
M('T15','2026-10-19 16:20',RD,AR,'Re: Claims module - going live properly',
"""Aisha, brilliant. Order form attached: claims module, 5 handler seats, GBP 6,000 a year, co-terminous with your May renewal.
Rory""", re='T14', q='gmail', neg='vendor order form with its own prices')
M('T16','2026-10-20 09:05',AR,RD,'Re: Claims module - going live properly',
"""Signed and back to you. Thanks Rory.""", re='T15', q='gmail', neg='acknowledgement; quoted older mail repeats expansion words and prices')
M('T17','2026-11-10 11:30',EB,RD,'Introduction + a reporting question',
"""Hi Rory,

I joined Tartan Paws last month as operations analyst and Aisha has asked me to own our Kestrel reporting.
Is there a way to export claims by vet partner?

Thanks,
Euan""")
M('T18','2026-11-10 14:45',RD,EB,'Re: Introduction + a reporting question',
"""Welcome Euan! Yes - Reports > Claims > group by "Introducer". I'll send a short video too.
Rory""", re='T17', q='gmail')
M('T19','2026-11-20 13:00',SUP,EB,'[KL-21877] Resolved: export by introducer',
"""Your request KL-21877 has been marked Resolved. If you need further help, reply to this message within 7 days to reopen it.
How did we do? Rate us: ★★★★★""", kind='ticket', neg='ticket resolved notification')
M('T21','2026-11-24 09:20',AR,RD,'Small news',
"""Hi Rory,

Small bit of news - I've been made Chief Operating Officer from this month, so I'll still be your contact for claims and now
for the broker side too. Euan keeps the reporting.

Aisha Rahman
Chief Operating Officer, Tartan Paws""")
M('T20','2026-11-27 17:10',CM,RD,'quiet week',
"""Rory - we've gone quiet because it's board week and Black Friday promos. Nothing wrong, all good. Speak in December.
C""")
CUR['alerts'] = [
 dict(type='expansion_opportunity', severity='medium', date='2026-08-04', keys=['T01'], note='Six more broker logins.'),
 dict(type='expansion_opportunity', severity='medium', date='2026-10-19', keys=['T04','T14'], note='Claims module trial converted to licence.'),
 dict(type='advocacy', severity='low', date='2026-10-05', keys=['T08','T11'], note='Praise to the board; case study agreed.'),
 dict(type='new_contacts', severity='low', date='2026-11-10', keys=['T17'], note='Euan Baird introduced himself and was answered the same day.'),
 dict(type='title_change', severity='low', date='2026-11-24', keys=['T21'], note='Aisha Rahman moves from Head of Claims to COO.'),
]

# ======================= 4. LIFFEY LIFE =======================
A(name='Liffey Life Partners', mbox='liffey_life.mbox', domains=['liffeylife.ie'], owner=RD,
  arr=52000, segment='mid', renewal='2027-02-10', scenario='escalation_resolved_well_reference_offered', health='healthy')
SK='siobhan.kelleher@liffeylife.ie'; DM='declan.moran@liffeylife.ie'; NBy='niamh.byrne@liffeylife.ie'; CW='ciaran.walsh@liffeylife.ie'
P(SK,'Siobhán Kelleher','Head of Compliance','IE'); P(DM,'Declan Moran','Managing Director','IE')
P(NBy,'Niamh Byrne','Customer Portal Lead','IE'); P(CW,'Ciarán Walsh','Digital Officer','IE')
P('events@insurtechireland.ie','Insurtech Ireland Events','conference organiser','IE')
CUR['status'] = {NBy:'on_leave', CW:'new'}
DISC = """
Liffey Life Partners Ltd is regulated by the Central Bank of Ireland. This email and any attachments are confidential and
intended solely for the addressee. If you are not the intended recipient please notify the sender and delete it. Any views
expressed are those of the author and do not constitute advice, a recommendation to switch or a commitment to renew any policy."""
M('L01','2026-08-06 10:10',RD,NBy,'Portal branding refresh - timings',
"""Hi Niamh,

The new portal theme with your green palette is ready in test. Would you like it live before or after the pension switch season?

Rory""", awaits=True)
M('L02','2026-08-06 15:31',NBy,RD,'RE: Portal branding refresh - timings',
"""Before, please - first week of September would be ideal.
Niamh"""+DISC, re='L01', q='outlook', neg='short reply; the legal disclaimer mentions "switch" and "renew"')
M('L03','2026-08-17 09:00',RD,NBy,'Portal theme - go-live 2 September?',
"""Niamh, shall we pencil in 2 September for go-live?
Rory""")
M('L04','2026-08-17 09:01',NBy,RD,'Out of Office: Portal theme - go-live 2 September?',
"""Thank you for your email. I am on annual leave until Monday 24 August with limited access to email.
For urgent portal matters please contact digital@liffeylife.ie.""", kind='auto', re='L03', neg='out-of-office auto-reply')
M('L05','2026-09-08 08:45',SK,SUP,'Portal rejecting KYC uploads - regulatory deadline',
"""Dear Support,

Since yesterday morning the client portal is rejecting signed KYC documents (error "file type not permitted") for PDFs over 5MB.
We have a Central Bank return due on 30 September that depends on these documents.

I need a named person on this today and a clear time for a fix.

Siobhán Kelleher
Head of Compliance"""+DISC, cc=[RD], sig=[('escalation','I need a named person on this today and a clear time for a fix')])
M('L06','2026-09-08 08:46',SUP,SK,'[KL-20702] Portal rejecting KYC uploads - regulatory deadline',
"""We have received your request (KL-20702). A member of our team will be in touch. Priority: High.""",
  kind='ticket', re='L05', neg='ticketing auto-acknowledgement')
M('L07','2026-09-08 10:05',RD,SK,'RE: Portal rejecting KYC uploads - regulatory deadline',
"""Siobhán,

I'm your named person, and Dan Okoro in engineering is on it now. A new upload filter went out on Monday with the wrong size limit.
You will have a fix in production by 12:00 tomorrow, Wednesday 9 September. I'll ring you at 12:15 to confirm.

Rory Devlin
Account Manager, Kestrel Ledger""", re='L05', q='outlook',
  sig=[('commitment','You will have a fix in production by 12:00 tomorrow, Wednesday 9 September','2026-09-09')])
M('L08','2026-09-09 11:40',RD,SK,'RE: Portal rejecting KYC uploads - fixed',
"""Siobhán - fix deployed at 11:32. Uploads up to 25MB accepted again. The 14 rejected files from Monday are in the queue and have now
been processed. Could you ask a colleague to test one?

Rory""", re='L07', q='outlook', awaits=True)
M('L09','2026-09-09 14:02',SK,RD,'RE: Portal rejecting KYC uploads - fixed',
"""Rory,

Confirmed working, and the queued documents are all there. Thank you for how this was handled - a named person, a time, and
a phone call when you said. I've copied Declan.

Siobhán"""+DISC, cc=[DM], re='L08', q='outlook',
  sig=[('advocacy','Thank you for how this was handled')])
M('L10','2026-09-10 08:30',DM,RD,'RE: Portal rejecting KYC uploads - fixed',
"""Rory,

Siobhán doesn't hand out compliments lightly. If it's any use to you, I'd be glad to take a reference call from any prospect
in Ireland.

Declan Moran
Managing Director""", cc=[SK], re='L09', q='outlook',
  sig=[('advocacy',"I'd be glad to take a reference call from any prospect")])
M('L11','2026-09-22 12:00','events@insurtechireland.ie',[DM],'Speaker invitation - Insurtech Ireland Summit, 19 November',
"""Dear Declan,

We would be delighted if you would join our panel "Digital journeys in life and pensions" at the Insurtech Ireland Summit in the
Convention Centre Dublin on 19 November. Vendors exhibiting this year include Kestrel Ledger, Brokerstar and Policyworks.

Kind regards,
Insurtech Ireland Events""", cc=[RD], neg='conference organiser (outsider); names vendors including rivals')
M('L12','2026-10-01 16:20',NBy,RD,'Handover before my leave',
"""Hi Rory,

A heads-up: I'm going on maternity leave from 16 October until 1 March 2027. Ciarán Walsh will look after the portal while
I'm away - I'll introduce you properly.

Niamh"""+DISC)
M('L13','2026-10-01 17:05',RD,NBy,'RE: Handover before my leave',
"""Niamh, wonderful news - congratulations! Thanks for setting up Ciarán. See you in March.
Rory""", re='L12', q='outlook', neg='congratulations; quoted mail about leave')
M('L14','2026-10-20 09:30',RD,CW,'Hello from Kestrel',
"""Hi Ciarán,

Niamh mentioned you're covering the portal until March. Would a 30-minute walkthrough of the admin screens help?

Rory""", awaits=True)
M('L15','2026-10-20 13:12',CW,RD,'RE: Hello from Kestrel',
"""Hi Rory, yes please - Thursday afternoon?
Ciarán"""+DISC, re='L14', q='outlook')
M('L16','2026-11-02 07:00',REN,DM,'Your Kestrel Ledger subscription renews on 10 February 2027',
"""Dear Declan Moran,

Your subscription renews on 10 February 2027. Renew before 15 December to keep 2026 pricing. Reply to this email or contact
your account manager to discuss upgrades.""", neg='vendor-written renewal reminder')
M('L17','2026-11-03 09:15',DM,RD,'RE: Your Kestrel Ledger subscription renews on 10 February 2027',
"""Rory - we'll be renewing in February on the same terms. Please send the paperwork to Siobhán for the compliance file.
Declan""", re='L16', q='outlook', sig=[('renewal',"we'll be renewing in February on the same terms")])
M('L18','2026-11-04 10:00',RD,SK,'Renewal paperwork 2027',
"""Siobhán, renewal order form and the updated DPA attached, as Declan asked.
Rory""", awaits=True)
M('L19','2026-11-06 15:44',SK,RD,'RE: Renewal paperwork 2027',
"""Rory,

Signed and filed. For the avoidance of doubt, we are not considering any other provider at this point, whatever some of your
competitors have been telling brokers at the summit circuit.

Siobhán"""+DISC, re='L18', q='outlook', neg='negation: not considering other providers; the renewal was already filed on L17')
M('L20','2026-11-18 10:00',RD,[NBy,CW],'Portal 7.16 release notes',
"""Hi both, release notes for 7.16 attached - no action needed.
Rory""")
M('L21','2026-11-18 10:01',NBy,RD,'Out of Office: Portal 7.16 release notes',
"""I am on maternity leave until 1 March 2027. Please contact Ciarán Walsh (ciaran.walsh@liffeylife.ie).""",
  kind='auto', re='L20', neg='auto-reply: contact on leave until a stated date (not departed)')
M('L22','2026-11-26 06:00',ACC,'accounts.payable@liffeylife.ie','Kestrel Ledger invoice KL-INV-88907',
"""Invoice KL-INV-88907, EUR 13,000.00, due 26 December 2026. Automatically generated - please do not reply.""",
  kind='bill', neg='e-bill')
CUR['alerts'] = [
 dict(type='escalation', severity='high', date='2026-09-08', keys=['L05'], note='KYC uploads rejected before a Central Bank return; resolved next day with thanks.'),
 dict(type='advocacy', severity='low', date='2026-09-10', keys=['L09','L10'], note='Compliance head thanks; MD offers reference calls.'),
 dict(type='new_contacts', severity='low', date='2026-10-20', keys=['L15'], note='Ciarán Walsh covering the portal; engaged.'),
]

# ======================= 5. ELBE =======================
A(name='Elbe Industrieversicherungsmakler GmbH', mbox='elbe_industrie.mbox', domains=['elbe-makler.de'], owner=JB,
  arr=240000, segment='enterprise', renewal='2026-12-31', scenario='churn_merger_review_precautionary_notice', health='risk')
HV='henrik.voss@elbe-makler.de'; BC='birte.claussen@elbe-makler.de'; UP='uwe.petersen@elbe-makler.de'
CUR['status'] = {'uwe.petersen@elbe-makler.de':'new'}
P(HV,'Dr. Henrik Voss','Geschäftsführer','DE'); P(BC,'Birte Claußen','Leiterin IT/Organisation','DE'); P(UP,'Uwe Petersen','Einkauf','DE')
LH='lukas.hein@kestrelledger.de'
M('E01','2026-08-05 10:20',JB,BC,'SAP-Schnittstelle Provisionsdaten - Zeitplan',
"""Liebe Frau Claußen,

vielen Dank für das gute Gespräch gestern. Wie besprochen: Wir liefern die SAP-Schnittstelle für die Provisionsdaten bis zum 30.09.2026 aus,
inklusive Testlauf in Ihrer Abnahmeumgebung.

Viele Grüße
Jana Brinkmann
Kestrel Ledger Ltd, Niederlassung Hamburg, Großer Burstah 21, 20457 Hamburg""",
  sig=[('commitment','Wir liefern die SAP-Schnittstelle für die Provisionsdaten bis zum 30.09.2026 aus','2026-09-30')], awaits=True)
M('E02','2026-08-06 08:14',BC,JB,'Antwort: SAP-Schnittstelle Provisionsdaten - Zeitplan',
"""Frau Brinkmann,
danke, das passt in unsere Planung. Wir rechnen fest damit.
B. Claußen""", parent='E01', noirt=True, q='notes_de', notes=True)
M('E03','2026-08-12 09:00',JB,[BC,LH],'Einladung: Jour fixe Schnittstelle Elbe/Kestrel @ Mi 19.08.2026 10:00 - 11:00',
"""Jour fixe Schnittstelle Elbe/Kestrel
Mittwoch, 19. August 2026, 10:00-11:00 (MESZ), Teams""", kind='calendar', neg='Kalendereinladung')
M('E04','2026-08-12 09:40',BC,JB,'Angenommen: Jour fixe Schnittstelle Elbe/Kestrel @ Mi 19.08.2026 10:00 - 11:00',
"""Birte Claußen hat die Einladung angenommen.""", kind='calendar_reply', re='E03', neg='Kalenderzusage')
M('E05','2026-09-03 14:30',HV,JB,'Geplante Fusion mit der Nordlicht Assekuranzmakler GmbH',
"""Sehr geehrte Frau Brinkmann,

wie Sie vermutlich der Presse entnommen haben, planen wir zum 1. April 2027 die Fusion mit der Nordlicht Assekuranzmakler GmbH.
Im Zuge der Fusion prüfen wir derzeit sämtliche eingesetzten Plattformen, einschließlich der Bestandsverwaltung.
Ich bitte um Verständnis, dass wir vor Abschluss dieser Prüfung keine neuen Projekte beauftragen.

Mit freundlichen Grüßen
Dr. Henrik Voss
Geschäftsführer
Elbe Industrieversicherungsmakler GmbH · Sitz Hamburg · HRB 104233 · Geschäftsführer: Dr. Henrik Voss""", cc=[BC],
  sig=[('churn_risk','Im Zuge der Fusion prüfen wir derzeit sämtliche eingesetzten Plattformen')])
M('E06','2026-09-03 17:10',JB,HV,'AW: Geplante Fusion mit der Nordlicht Assekuranzmakler GmbH',
"""Sehr geehrter Herr Dr. Voss,

vielen Dank für die offene Information und herzlichen Glückwunsch. Gern unterstützen wir Sie bei der Prüfung mit einer
Übersicht, wie Kestrel auch die Bestände der Nordlicht abbilden könnte. Darf ich einen Termin vorschlagen?

Mit freundlichen Grüßen
Jana Brinkmann""", re='E05', q='outlook_de', awaits=True)
M('E07','2026-09-21 11:05',BC,JB,'WG: Plattformvergleich Nordlicht',
"""Frau Brinkmann,
zur Info, damit Sie nicht überrascht werden: Nordlicht arbeitet mit Brokerbay. Man hat uns gebeten, Brokerbay als Alternative zu bewerten.
Gruß B. Claußen""", notes=True,
  fwd=('notes_de', {'notes_by':'Birte Claussen/IT/ELBE','date':'21.09.2026 10:58','from':'','subj':'','text':
"""Von: Jörg Sievers/IT/NORDLICHT
An: Birte Claussen/IT/ELBE
Datum: 18.09.2026 16:20
Betreff: Plattformvergleich

Hallo Frau Claußen, anbei unsere Bewertungsmatrix. Wir würden vorschlagen, dass beide Häuser Brokerbay als Zielplattform prüfen."""}),
  sig=[('competitor','Man hat uns gebeten, Brokerbay als Alternative zu bewerten')])
M('E08','2026-10-01 08:30',BC,[JB,LH],'Schnittstelle - Termin 30.09. nicht eingehalten',
"""Frau Brinkmann, Herr Hein,

die SAP-Schnittstelle war für den 30.09. fest zugesagt. Wir haben bis heute nichts erhalten, auch keine Nachricht.
Das ist für uns gerade in der jetzigen Prüfung ein ernstes Problem. Ich bitte um einen verbindlichen neuen Termin.

B. Claußen""", notes=True, cc=[HV],
  sig=[('escalation','Das ist für uns gerade in der jetzigen Prüfung ein ernstes Problem')])
M('E09','2026-10-01 12:15',LH,BC,'AW: Schnittstelle - Termin 30.09. nicht eingehalten',
"""Sehr geehrte Frau Claußen,

Sie haben recht, und ich entschuldige mich. Die Abnahme ist an einem Mapping-Fehler gescheitert.
Die Schnittstelle stellen wir bis spätestens 14.10.2026 in Ihrer Testumgebung bereit.

Mit freundlichen Grüßen
Lukas Hein, Solution Engineer""", cc=[JB, HV], re='E08', q='outlook_de',
  sig=[('commitment','Die Schnittstelle stellen wir bis spätestens 14.10.2026 in Ihrer Testumgebung bereit','2026-10-14')])
M('E10','2026-10-14 16:40',LH,BC,'Schnittstelle in Testumgebung verfügbar',
"""Sehr geehrte Frau Claußen,

die SAP-Schnittstelle ist seit heute 16:00 Uhr in Ihrer Testumgebung verfügbar. Die Testdaten für September sind eingespielt.

Mit freundlichen Grüßen
Lukas Hein""", cc=[JB], awaits=True)
M('E11','2026-10-16 09:02',BC,LH,'Antwort: Schnittstelle in Testumgebung verfügbar',
"""Erhalten, wir testen.""", parent='E10', noirt=True, q='notes_de', notes=True)
M('E12','2026-10-22 10:00',UP,JB,'Vorsorgliche Kündigung Vertrag KL-DE-2019-044',
"""Sehr geehrte Damen und Herren,

hiermit kündigen wir den Softwarevertrag KL-DE-2019-044 vorsorglich fristgerecht zum 31.12.2026.
Die Kündigung erfolgt rein vorsorglich, um uns im Rahmen der Fusion alle Optionen offen zu halten. Zu Gesprächen über eine
Fortführung zu angepassten Konditionen sind wir bereit.

Bitte bestätigen Sie den Eingang dieses Schreibens.

Mit freundlichen Grüßen
i. A. Uwe Petersen
Einkauf""", cc=[HV], sig=[('churn_risk','hiermit kündigen wir den Softwarevertrag KL-DE-2019-044 vorsorglich fristgerecht zum 31.12.2026'),
  ('renewal','Zu Gesprächen über eine\nFortführung zu angepassten Konditionen sind wir bereit')])
M('E13','2026-10-22 15:30',JB,UP,'AW: Vorsorgliche Kündigung Vertrag KL-DE-2019-044',
"""Sehr geehrter Herr Petersen,

hiermit bestätigen wir den Eingang Ihres Schreibens vom 22.10.2026. Wir würden uns freuen, die Fortführung mit Ihnen und
Herrn Dr. Voss zu besprechen, und schicken Ihnen bis zum 5. November ein Angebot.

Mit freundlichen Grüßen
Jana Brinkmann""", cc=[HV], re='E12', q='outlook_de',
  sig=[('commitment','schicken Ihnen bis zum 5. November ein Angebot','2026-11-05')])
M('E14','2026-10-28 13:00',BC,JB,'WG: Versicherungsmakler-Newsletter 44/2026',
"""Zur Kenntnis.""", notes=True,
  fwd=('notes_de', {'notes_by':'Birte Claussen/IT/ELBE','date':'28.10.2026 12:57','from':'','subj':'','text':
"""VERSICHERUNGSMAKLER-NEWSLETTER 44/2026
Fusion im Norden: Elbe und Nordlicht wollen gemeinsam zum größten unabhängigen Industriemakler Norddeutschlands wachsen.
Wettbewerber Hanse Risk expandiert nach Skandinavien; der Makler Weserkontor wechselt zu einem neuen Versicherer für Transport.
Marktpreise für Industrie-Feuer steigen 2027 um 8 bis 12 Prozent.
Abbestellen"""}), neg='weitergeleiteter Newsletter über Fusion, Expansion und Wettbewerber des Maklers selbst')
M('E15','2026-11-05 11:00',JB,HV,'Angebot Fortführung 2027-2029',
"""Sehr geehrter Herr Dr. Voss,

wie angekündigt erhalten Sie anbei unser Angebot für die Fortführung ab 1.1.2027: drei Jahre Laufzeit, 12 % Nachlass
auf die Lizenzgebühren und die Übernahme der Nordlicht-Bestände ohne Migrationskosten.

Mit freundlichen Grüßen
Jana Brinkmann""", cc=[UP], awaits=True, neg='vom Anbieter geschriebenes Angebot mit eigenen Preisen')
M('E16','2026-11-12 17:45',HV,JB,'AW: Angebot Fortführung 2027-2029',
"""Sehr geehrte Frau Brinkmann,

Ihr Angebot haben wir erhalten. Offen gesagt liegt der Preis deutlich über dem, was Brokerbay der Nordlicht anbietet.
Wir werden beide Angebote im Lenkungsausschuss am 8. Dezember bewerten.

Mit freundlichen Grüßen
Dr. Henrik Voss""", re='E15', q='outlook_de',
  sig=[('pricing','liegt der Preis deutlich über dem, was Brokerbay der Nordlicht anbietet'), ('competitor','was Brokerbay der Nordlicht anbietet')])
M('E17','2026-11-13 09:10',JB,HV,'AW: Angebot Fortführung 2027-2029',
"""Sehr geehrter Herr Dr. Voss,

vielen Dank. Darf ich Ihnen vor dem 8. Dezember eine Vergleichsrechnung inklusive Migrationsaufwand für einen Wechsel vorlegen?

Mit freundlichen Grüßen
Jana Brinkmann""", re='E16', q='outlook_de', awaits=True, neg='Anbieter-Antwort; zitierte Mail wiederholt Preis- und Wettbewerberworte')
M('E18','2026-11-20 08:00',BC,JB,'Abwesenheitsnotiz: Schnittstelle Abnahme',
"""Ich bin bis einschließlich 27.11.2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an it@elbe-makler.de.""",
  kind='auto', neg='Abwesenheitsnotiz')
M('E19','2026-11-25 10:30',JB,HV,'Vergleichsrechnung vor dem Lenkungsausschuss',
"""Sehr geehrter Herr Dr. Voss,

anbei die Vergleichsrechnung. Ich würde sie Ihnen gern in 20 Minuten erläutern - passt Ihnen der 2. oder 3. Dezember?

Mit freundlichen Grüßen
Jana Brinkmann""", awaits=True)
CUR['alerts'] = [
 dict(type='churn_risk', severity='high', date='2026-09-03', keys=['E05','E12'], note='Platform review ahead of the merger; precautionary notice to 31.12.2026.'),
 dict(type='competitor_mention', severity='high', date='2026-09-21', keys=['E07','E16'], note='Brokerbay to be evaluated; price compared with Brokerbay.'),
 dict(type='commitment_overdue', severity='high', date='2026-10-01', due='2026-09-30', keys=['E01','E08'], note='SAP interface promised for 30.09.2026, missed.'),
 dict(type='escalation', severity='high', date='2026-10-01', keys=['E08'], note='Missed interface date escalated with the MD in copy.'),
 dict(type='new_contacts', severity='low', date='2026-10-22', keys=['E12'], note='Purchasing (Uwe Petersen) appears with the precautionary notice.'),
 dict(type='renewal_at_risk', severity='high', date='2026-10-22', keys=['E12','E16'], note='Contract ends 31.12.2026 (31 days); notice given, decision 8 Dec.'),
]

# ======================= 6. ISAR =======================
A(name='Isar Versicherungsmakler GmbH', mbox='isar_vm.mbox', domains=['isar-vm.de'], owner=JB,
  arr=78000, segment='mid', renewal='2027-06-30', scenario='expansion_new_branch_promises_kept_contact_on_leave', health='healthy')
MH='maximilian.huber@isar-vm.de'; SO='sabine.obermaier@isar-vm.de'; FW='florian.wagner@isar-vm.de'
P(MH,'Maximilian Huber','Geschäftsführer','DE'); P(SO,'Sabine Obermaier','Teamleiterin Bestandsverwaltung','DE')
P(FW,'Florian Wagner','IT-Koordinator','DE')
CUR['status'] = {SO:'on_leave', FW:'new'}
M('I01','2026-08-10 09:05',MH,JB,'Niederlassung Augsburg',
"""Servus Frau Brinkmann,

wir eröffnen zum 1. Oktober eine Niederlassung in Augsburg und brauchen dafür zwölf weitere Makler-Zugänge, plus einen
eigenen Mandanten für die Provisionsabrechnung. Was würde das kosten?

Beste Grüße aus München
Maximilian Huber""", sig=[('expansion','brauchen dafür zwölf weitere Makler-Zugänge')])
M('I02','2026-08-10 14:20',JB,MH,'AW: Niederlassung Augsburg',
"""Lieber Herr Huber,

herzlichen Glückwunsch! Zwölf zusätzliche Zugänge plus Mandant kosten 9.600 EUR pro Jahr, anteilig bis zu Ihrer Verlängerung
im Juni. Die Zugänge können ab 21. September eingerichtet sein.

Viele Grüße
Jana Brinkmann""", re='I01', q='outlook_de', neg='vom Anbieter geschriebenes Preisangebot')
M('I03','2026-08-11 07:50',MH,JB,'AW: Niederlassung Augsburg',
"""Passt, bitte so beauftragen.
MH""", re='I02', q='outlook_de')
M('I04','2026-08-24 13:30',SO,JB,'Export Provisionsabrechnung',
"""Hallo Frau Brinkmann,

können wir die Provisionsabrechnung pro Makler als CSV exportieren? Bisher kopieren wir das händisch ins Excel.

Grüße
Sabine Obermaier""")
M('I05','2026-08-24 16:10',JB,SO,'AW: Export Provisionsabrechnung',
"""Liebe Frau Obermaier,

ja - der CSV-Export pro Makler kommt mit dem Release am 15.09.2026. Ich melde mich, sobald er bei Ihnen aktiv ist.

Viele Grüße
Jana Brinkmann""", re='I04', q='outlook_de',
  sig=[('commitment','der CSV-Export pro Makler kommt mit dem Release am 15.09.2026','2026-09-15')])
M('I06','2026-09-15 15:00',JB,SO,'CSV-Export ist aktiv',
"""Liebe Frau Obermaier,

wie zugesagt ist der CSV-Export seit heute in Ihrer Umgebung aktiv (Abrechnung > Export > pro Makler).

Viele Grüße
Jana Brinkmann""", awaits=True)
M('I07','2026-09-16 08:12',SO,JB,'AW: CSV-Export ist aktiv',
"""Funktioniert einwandfrei, vielen Dank! Spart uns jeden Monat einen halben Tag.
S. Obermaier""", re='I06', q='outlook_de')
M('I08','2026-09-18 12:30',MH,JB,'Wiesn',
"""Frau Brinkmann, unser Maklertisch im Schottenhamel ist am 24.9. noch nicht voll - hätten Sie Lust? Ganz privat, kein Termin.
MH""", neg='private Einladung aufs Oktoberfest')
M('I09','2026-09-18 13:02',JB,MH,'AW: Wiesn',
"""Sehr gern, ich komme mit dem Zug aus Hamburg. Danke!
JB""", re='I08', q='outlook_de', neg='private Antwort')
M('I10','2026-09-30 10:40',SO,JB,'Vertretung ab Oktober',
"""Liebe Frau Brinkmann,

ich gehe ab 9. Oktober in Elternzeit, bis einschließlich 15. Januar 2027. Meine Vertretung für alle Kestrel-Themen ist Florian Wagner.

Viele Grüße
Sabine Obermaier""")
M('I11','2026-09-30 11:25',JB,SO,'AW: Vertretung ab Oktober',
"""Liebe Frau Obermaier, alles Gute für Sie! Ich melde mich bei Herrn Wagner. Bis Januar!
Jana Brinkmann""", re='I10', q='outlook_de')
M('I12','2026-10-12 09:00',JB,SO,'Release 7.15 - Hinweise',
"""Liebe Frau Obermaier, anbei die Release-Hinweise 7.15.""")
M('I13','2026-10-12 09:01',SO,JB,'Abwesend: Release 7.15 - Hinweise',
"""Ich bin bis einschließlich 15.01.2027 in Elternzeit. Ihre Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich an
florian.wagner@isar-vm.de.""", kind='auto', re='I12', neg='Abwesenheitsnotiz: Elternzeit bis zu einem genannten Datum')
M('I14','2026-10-14 10:15',FW,JB,'DATEV-Export',
"""Hallo Frau Brinkmann,

ich vertrete Frau Obermaier. Unsere Steuerberatung fragt, ob die Provisionsdaten auch im DATEV-Format exportiert werden können.

Gruß
Florian Wagner""", cc=[LH])
M('I15','2026-10-15 11:30',LH,FW,'AW: DATEV-Export',
"""Hallo Herr Wagner,

ja, das ist in Arbeit. Den DATEV-Export liefern wir bis zum 15.12.2026 aus, zunächst als Pilot für Isar.

Viele Grüße
Lukas Hein""", cc=[JB], re='I14', q='outlook_de',
  sig=[('commitment','Den DATEV-Export liefern wir bis zum 15.12.2026 aus','2026-12-15')])
M('I16','2026-10-27 18:20',MH,JB,'WG: Anfrage Kestrel',
"""Liebe Frau Brinkmann,

anbei die Anfrage von Herrn Seidl (Seidl & Partner, Rosenheim). Ich habe ihm gesagt, dass wir sehr zufrieden sind - gern stehe ich
für ein Referenzgespräch zur Verfügung.

Beste Grüße
Maximilian Huber""",
  fwd=('apple_de', {'from':'Thomas Seidl <t.seidl@seidl-partner.de>','date':'27. Oktober 2026 um 16:02:11 MEZ',
  'to':'Maximilian Huber <maximilian.huber@isar-vm.de>','subj':'Kestrel?','text':
"""Hallo Max, ihr nutzt doch Kestrel, oder? Wie zufrieden seid ihr? Wir wollen unser Maklerverwaltungsprogramm ablösen.
Gruß Thomas"""}), sig=[('advocacy','gern stehe ich\nfür ein Referenzgespräch zur Verfügung')])
M('I17','2026-11-03 08:40',MH,[JB,FW],'Servicepauschale 2027',
"""Zur Info: Wir erhöhen ab 2027 unsere Servicepauschale für Gewerbekunden um 5 % und senken die Courtage-Rückvergütung für
Kleinflotten. Bitte in den Vorlagen für die Kundenanschreiben berücksichtigen.
MH""", neg='Kunde spricht über seine EIGENEN Preise gegenüber seinen Kunden')
M('I18','2026-11-03 10:05',JB,MH,'AW: Servicepauschale 2027',
"""Lieber Herr Huber, erledigt - die Vorlagen sind angepasst. Viele Grüße, Jana Brinkmann""", re='I17', q='outlook_de')
M('I19','2026-11-16 17:30',MH,JB,'Augsburg und was danach kommt',
"""Liebe Frau Brinkmann,

Augsburg läuft besser als geplant. Im Frühjahr kommt voraussichtlich Regensburg dazu - dann mit weiteren acht Maklern.
Lassen Sie uns im Januar darüber sprechen.

MH""", sig=[('expansion','Im Frühjahr kommt voraussichtlich Regensburg dazu - dann mit weiteren acht Maklern')])
M('I20','2026-11-17 09:00',JB,MH,'AW: Augsburg und was danach kommt',
"""Lieber Herr Huber, sehr gern - ich schicke Ihnen Terminvorschläge für die zweite Januarwoche.
Jana Brinkmann""", re='I19', q='outlook_de')
M('I21','2026-11-24 12:00',SUP,FW,'[KL-21930] Gelöst: Druckvorlage Gewerbekunden',
"""Ihre Anfrage KL-21930 wurde als gelöst markiert. Antworten Sie innerhalb von 7 Tagen, um sie erneut zu öffnen.""",
  kind='ticket', neg='Ticket-Benachrichtigung')
CUR['alerts'] = [
 dict(type='expansion_opportunity', severity='medium', date='2026-08-10', keys=['I01'], note='Augsburg branch: twelve more broker logins.'),
 dict(type='expansion_opportunity', severity='medium', date='2026-11-16', keys=['I19'], note='Regensburg in spring: eight more brokers.'),
 dict(type='advocacy', severity='low', date='2026-10-27', keys=['I16'], note='MD forwards a peer enquiry and offers a reference call.'),
 dict(type='new_contacts', severity='low', date='2026-10-14', keys=['I14'], note='Florian Wagner deputises for Sabine Obermaier.'),
 dict(type='open_commitment', severity='low', date='2026-10-15', due='2026-12-15', keys=['I15'], note='DATEV export due 15.12.2026, not yet due.'),
]

# ======================= 7. LIMMAT RE =======================
A(name='Limmat Re Partners AG', mbox='limmat_re.mbox', domains=['limmatre.ch'], owner=HP,
  arr=350000, segment='enterprise', renewal='2027-04-30', scenario='seasonal_quiet_then_geneva_expansion', health='healthy')
RS='reto.schaller@limmatre.ch'; CL='claire.lambert@limmatre.ch'; UB='urs.baumann@limmatre.ch'
P(RS,'Reto Schaller','Chief Operating Officer','CH'); P(CL,'Claire Lambert','Responsable bureau de Genève','CH')
P(UB,'Urs Baumann','Senior Underwriter, Property Cat','CH')
CUR['status'] = {CL:'new'}
M('Z01','2026-08-01 09:50',RS,HP,'Sommerpause / summer break',
"""Dear Harriet,

A short note before the summer: from today (National Day) most of our team is away until 24 August, as every year.
Nothing is wrong - we'll be back in touch for the treaty renewal season in September.

Best regards / Freundliche Grüsse
Reto Schaller, COO""")
M('Z02','2026-08-03 09:10',HP,RS,'RE: Sommerpause / summer break',
"""Reto - enjoy the break. Speak in September.
Harriet""", re='Z01', q='outlook')
M('Z03','2026-08-03 10:11',RS,HP,'Abwesenheit: RE: Sommerpause / summer break',
"""Ich bin bis 24.08.2026 abwesend. / I am out of the office until 24.08.2026. / Je suis absent jusqu'au 24.08.2026.""",
  kind='auto', re='Z02', neg='trilingual out-of-office during the healthy seasonal quiet month')
M('Z04','2026-09-01 08:30',RS,HP,'Treaty season - reporting pack',
"""Dear Harriet,

Back at our desks. For the 1/1 renewals we need the cedent reporting pack by 25 September, as last year. Can you confirm?

Reto""")
M('Z05','2026-09-01 11:15',HP,RS,'RE: Treaty season - reporting pack',
"""Reto, confirmed - the reporting pack will be in your environment by Friday 25 September, same format as last year plus
the new cat-exposure tab Urs asked for.

Harriet""", re='Z04', q='outlook', sig=[('commitment','the reporting pack will be in your environment by Friday 25 September','2026-09-25')])
M('Z06','2026-09-24 17:00',HP,[RS,UB],'Reporting pack ready',
"""Reto, Urs - the reporting pack is live, a day early. The cat-exposure tab is on the last sheet.
Harriet""", awaits=True)
M('Z07','2026-09-25 07:40',UB,HP,'AW: Reporting pack ready',
"""Passt.
U.B.""", re='Z06', q='outlook_de')
M('Z08','2026-10-06 10:00',UB,HP,'AW: Cat-exposure tab',
"""Zahlen stimmen. Danke.""", re='Z06', q='outlook_de')
M('Z09','2026-10-13 14:25',RS,[HP,CL],'Genf',
"""Dear Harriet,

We are opening an office in Geneva in January for the French-speaking cedents. Claire Lambert will lead it and will need
her own team on Kestrel - four underwriters and two analysts to start. Claire, please write to Harriet directly.

Reto""", sig=[('expansion','Claire Lambert will lead it and will need\nher own team on Kestrel')])
M('Z10','2026-10-14 09:05',CL,HP,'Bureau de Genève - accès Kestrel',
"""Bonjour Madame Pell,

Suite au message de Reto, nous souhaitons ouvrir six accès Kestrel pour le bureau de Genève à partir du 4 janvier.
Serait-il possible d'avoir l'interface en français pour les analystes ?

Meilleures salutations
Claire Lambert
Responsable du bureau de Genève, Limmat Re Partners AG""",
  sig=[('expansion','nous souhaitons ouvrir six accès Kestrel pour le bureau de Genève')])
M('Z11','2026-10-14 12:30',HP,CL,'RE: Bureau de Genève - accès Kestrel',
"""Bonjour Madame Lambert,

Merci beaucoup ! Oui, l'interface existe en français. Je vous envoie l'offre pour six accès d'ici vendredi.

Bien cordialement,
Harriet Pell""", re='Z10', q='fr')
M('Z12','2026-10-21 16:45',CL,HP,'RE: Bureau de Genève - accès Kestrel',
"""Madame Pell, offre signée, merci. Ma collègue m'a dit que votre équipe support est « d'une réactivité remarquable » - j'espère
le constater moi-même !
C. Lambert""", re='Z11', q='fr')
M('Z13','2026-10-22 08:10',RS,'stefan.meier@limmatre.ch','WG: Reporting pack / Lob',
"""Stefan, zur Info - so sollte ein Dienstleister arbeiten. Einen Tag zu früh, ohne Nachfragen.
Reto""", cc=[HP], fwd=('outlook_de', {'from':'Harriet Pell','date':'Donnerstag, 24. September 2026 17:00','to':'Reto Schaller; Urs Baumann',
  'subj':'Reporting pack ready','text':'Reto, Urs - the reporting pack is live, a day early. The cat-exposure tab is on the last sheet.'}),
  sig=[('advocacy','so sollte ein Dienstleister arbeiten')])
P('stefan.meier@limmatre.ch','Stefan Meier','Head of Finance','CH')
M('Z14','2026-11-04 09:00',RS,HP,'FW: Reinsurance Market Brief - November',
"""FYI, page 2 is us.""", fwd=('outlook', {'from':'RMB Editorial <brief@reinsurancemarketbrief.com>','date':'03 November 2026 18:30',
  'to':'Reto Schaller','subj':'Reinsurance Market Brief - November','text':
"""Limmat Re expands to Geneva; rival boutiques Alpine Risk Partners and Léman Ré are said to be switching cat-modelling vendors.
Cedents expect to renew 1/1 property cat treaties at rates down 5-10%. Several brokers are reviewing their platforms ahead of Solvency II changes."""}),
  neg='forwarded market brief about the customer\'s expansion and rivals; not about Kestrel')
M('Z15','2026-11-10 10:00',HP,UB,'Treaty 1/1 - anything missing?',
"""Urs, anything missing from the pack before the 1/1 push?
Harriet""", awaits=True)
M('Z16','2026-11-10 13:12',UB,HP,'AW: Treaty 1/1 - anything missing?',
"""Nein.""", re='Z15', q='outlook_de')
M('Z17','2026-11-18 10:30',HP,[RS,CL],'Invitation: Geneva onboarding @ Mon 11 Jan 2027 09:30 - 12:00',
"""Geneva onboarding - on site, Rue du Rhône, Genève. Monday 11 January 2027, 09:30-12:00 CET""", kind='calendar', neg='calendar invitation')
M('Z18','2026-11-18 11:42',CL,HP,'Accepté: Geneva onboarding @ Mon 11 Jan 2027 09:30 - 12:00',
"""Claire Lambert a accepté cette invitation.""", kind='calendar_reply', re='Z17', neg='acceptation de calendrier')
M('Z19','2026-11-25 06:00',ACC,'kreditoren@limmatre.ch','Kestrel Ledger invoice KL-INV-89120',
"""Invoice KL-INV-89120 - Geneva office, six seats, CHF 21,400.00, due 25 December 2026.""", kind='bill', neg='e-bill')
CUR['alerts'] = [
 dict(type='expansion_opportunity', severity='medium', date='2026-10-13', keys=['Z09','Z10'], note='Geneva office, six seats, signed.'),
 dict(type='advocacy', severity='low', date='2026-10-22', keys=['Z13'], note='COO forwards praise to Head of Finance.'),
 dict(type='new_contacts', severity='low', date='2026-10-14', keys=['Z10'], note='Claire Lambert (Geneva) engaged same day.'),
]

# ======================= 8. DONAU =======================
A(name='Donau Kfz-Versicherungsagentur GmbH', mbox='donau_kfz.mbox', domains=['donau-kfz.at'], owner=JB,
  arr=8000, segment='smb', renewal='2027-01-20', scenario='renewal_at_risk_going_dark_single_contact', health='risk')
KG='karl.gruber@donau-kfz.at'; P(KG,'Ing. Karl Gruber','Geschäftsführer','AT')
P('office@donau-kfz.at','Donau Kfz Büro','shared mailbox','AT')
CUR['status'] = {KG:'silent'}
M('D01','2026-08-05 09:40',KG,JB,'Tarif Neulenker',
"""Grüß Gott Frau Brinkmann,

wir haben ab September unsere Kfz-Prämien für Neulenker um 8 % erhöht und den Bonus für Garagenparker gestrichen.
Können Sie bitte die Tariftabellen im Angebotsrechner entsprechend anpassen?

Mit besten Grüßen
Ing. Karl Gruber
Donau Kfz-Versicherungsagentur GmbH, Wien""", neg='Kunde spricht über seine EIGENEN Prämien')
M('D02','2026-08-05 14:15',JB,KG,'AW: Tarif Neulenker',
"""Lieber Herr Ing. Gruber,

gern - die Tabellen sind bis Ende nächster Woche angepasst. Ich gebe Ihnen Bescheid.

Viele Grüße
Jana Brinkmann""", re='D01', q='outlook_de')
M('D03','2026-08-14 11:20',JB,KG,'Tariftabellen angepasst',
"""Lieber Herr Ing. Gruber, die neuen Tabellen sind aktiv. Magst du - pardon, mögen Sie kurz einen Testfall rechnen?
Jana Brinkmann""", awaits=True)
M('D04','2026-08-17 08:05',KG,JB,'Re: Tariftabellen angepasst',
"""Passt, danke. Testfall stimmt.
K. Gruber""", re='D03', q='tb_de')
M('D05','2026-09-02 10:00',JB,KG,'Kundenportal für Ihre Agentur - drei Monate gratis',
"""Lieber Herr Ing. Gruber,

kennen Sie schon unser Kundenportal? Ihre Kundinnen und Kunden können Schäden online melden und Polizzen abrufen.
Für bestehende Kunden sind die ersten drei Monate gratis - danach 90 EUR im Monat. Soll ich es Ihnen zeigen?

Viele Grüße
Jana Brinkmann""", neg='vom Anbieter geschriebenes Upselling mit Preis')
M('D06','2026-09-03 07:45',KG,JB,'Re: Kundenportal für Ihre Agentur - drei Monate gratis',
"""Derzeit kein Bedarf, wir sind eine kleine Agentur mit drei Leuten. Wir haben aber nicht vor, den Anbieter zu wechseln - keine Sorge.
K. Gruber""", re='D05', q='tb_de', neg='Verneinung: nicht vor, den Anbieter zu wechseln')
M('D07','2026-09-21 13:30',KG,SUP,'Pickerl-Erinnerungen',
"""Guten Tag,

die Erinnerungsbriefe für die §57a-Begutachtung werden seit letzter Woche ohne Kennzeichen gedruckt. Bitte um Prüfung.

K. Gruber""")
M('D08','2026-09-21 15:05','dan.okoro@kestrelledger.co.uk',KG,'RE: Pickerl-Erinnerungen [KL-20811]',
"""Dear Mr Gruber,

thank you - the licence-plate field was dropped from the Austrian letter template in 7.14. Fixed now; please re-print.

Kind regards / Mit freundlichen Grüßen
Dan Okoro, Kestrel Ledger Support""", re='D07', q='outlook', awaits=True)
M('D09','2026-09-22 08:30',KG,'dan.okoro@kestrelledger.co.uk','Re: Pickerl-Erinnerungen [KL-20811]',
"""Funktioniert wieder. Danke.""", re='D08', q='tb_de')
M('D10','2026-10-07 10:10',JB,KG,'Release 7.15 - neue Felder für E-Autos',
"""Lieber Herr Ing. Gruber,

mit 7.15 gibt es eigene Felder für die motorbezogene Versicherungssteuer bei E-Autos. Sollen wir die für Sie gleich aktivieren?

Viele Grüße
Jana Brinkmann""", awaits=True)
M('D11','2026-10-08 16:55',KG,JB,'Re: Release 7.15 - neue Felder für E-Autos',
"""Ja, bitte so machen.
KG""", re='D10', q='tb_de')
M('D12','2026-10-20 09:30',JB,KG,'Verlängerung ab 20. Jänner 2027',
"""Lieber Herr Ing. Gruber,

Ihr Vertrag verlängert sich am 20. Jänner 2027. Anbei unser Angebot - unverändert zum Vorjahr. Hätten Sie in den nächsten
zwei Wochen zehn Minuten für ein kurzes Telefonat?

Viele Grüße
Jana Brinkmann""", awaits=True)
M('D13','2026-11-03 10:15',JB,KG,'AW: Verlängerung ab 20. Jänner 2027',
"""Lieber Herr Ing. Gruber, ich wollte kurz nachfragen, ob mein Angebot angekommen ist. Viele Grüße, Jana Brinkmann""",
  re='D12', q='outlook_de', awaits=True)
M('D14','2026-11-09 07:00',REN,KG,'Ihr Kestrel-Ledger-Abonnement verlängert sich am 20.01.2027',
"""Sehr geehrter Herr Ing. Gruber,

Ihr Abonnement verlängert sich am 20.01.2027. Jetzt verlängern und den Preis von 2026 sichern.
Kestrel Ledger Renewals""", neg='automatische Verlängerungserinnerung des Anbieters')
M('D15','2026-11-17 14:00',JB,[KG,'office@donau-kfz.at'],'AW: Verlängerung ab 20. Jänner 2027',
"""Lieber Herr Ing. Gruber, liebes Büro-Team,

ich habe bisher keine Rückmeldung zur Verlängerung erhalten. Ist bei Ihnen alles in Ordnung? Über einen kurzen Rückruf
unter +49 40 8090 1123 würde ich mich freuen.

Viele Grüße
Jana Brinkmann""", re='D13', q='outlook_de', awaits=True)
M('D16','2026-11-25 07:30','newsletter@kestrelledger.co.uk',KG,'Kestrel Quarterly - Winterausgabe',
"""KESTREL QUARTERLY - Neu: Schadenmeldung für Kfz-Agenturen. Erweitern Sie Ihren Plan - sprechen Sie mit Ihrer Account Managerin.""",
  neg='Newsletter des Anbieters')
CUR['alerts'] = [
 dict(type='account_going_silent', severity='high', date='2026-11-17', keys=['D12','D13','D15'],
      note='Only contact last wrote on 8 Oct; three vendor messages since then unanswered (previously replied within 1-3 days).'),
 dict(type='single_threaded', severity='medium', date='2026-10-20', keys=['D11'], note='Karl Gruber is the only human contact.'),
 dict(type='renewal_at_risk', severity='high', date='2026-11-17', keys=['D12','D15'], note='Renewal 20 Jan 2027 (51 days); no response to the renewal offer.'),
]

# ======================= 9. SEVERN =======================
A(name='Severn Claims Solutions', mbox='severn_claims.mbox', domains=['severnclaims.co.uk'], owner=OT,
  arr=96000, segment='mid', renewal='2027-02-20', scenario='churn_benchmark_alternatives_after_champion_bounced', health='risk')
RDu='rachel.dunmore@severnclaims.co.uk'; GP='gareth.price@severnclaims.co.uk'; LO='lena.osei@severnclaims.co.uk'
P(RDu,'Rachel Dunmore','Claims Director','UK'); P(GP,'Gareth Price','Head of Finance','UK'); P(LO,'Lena Osei','Claims Team Leader','UK')
P('MAILER-DAEMON@mx1.severnclaims.co.uk','Mail Delivery System','bounce','UK')
CUR['status'] = {RDu:'left', GP:'new'}
M('S01','2026-08-06 09:00',OT,RDu,'Storm season prep',
"""Hi Rachel,

Shall we do our usual pre-storm-season check-in? I'd like to make sure intake capacity is right before October.

Owen""", awaits=True)
M('S02','2026-08-06 10:25',RDu,OT,'Re: Storm season prep',
"""Yes please - and while we're at it, we'll want 10 temporary handler seats for October to December. Last winter we were
short-handed for six weeks.

Rachel

Rachel Dunmore | Claims Director | Severn Claims Solutions Ltd, Temple Quay, Bristol BS1""", re='S01', q='apple',
  sig=[('expansion',"we'll want 10 temporary handler seats for October to December")])
M('S03','2026-08-06 14:40',OT,RDu,'Re: Storm season prep',
"""Rachel - temporary seats are GBP 95 per seat per month, so 10 seats for three months is GBP 2,850. I'll pencil them in
from 1 October.
Owen""", re='S02', q='apple', neg='vendor quoting its own price')
M('S04','2026-08-13 09:30',OT,[RDu,LO],'Invitation: Severn / Kestrel storm-season check-in @ Wed 19 Aug 2026 11:00 - 12:00',
"""Teams meeting. Agenda: intake capacity, temporary seats, escalation routes.""", kind='calendar', neg='calendar invitation')
M('S05','2026-09-14 12:10',RDu,OT,'API rate limits',
"""Owen, quick one: the intake API is throttling our FNOL web form at 20 calls a minute. Can that go up for the storm season?
R.""")
M('S06','2026-09-14 15:30',SUP,RDu,'Re: API rate limits',
"""Hi Rachel,

Owen is on leave this week so the support team is answering on his behalf. We've raised your limit to 120 calls a minute
until 31 January.

Kind regards,
Kestrel Ledger Support""", re='S05', q='apple', awaits=True)
M('S07','2026-09-14 16:02',RDu,SUP,'Re: API rate limits',
"""Perfect, thank you.""", re='S06', q='apple')
M('S08','2026-10-12 10:00',OT,RDu,'Temporary seats now active',
"""Rachel, the 10 temporary seats are live. Logins go to whoever you nominate.
Owen""")
M('S09','2026-10-12 10:01','MAILER-DAEMON@mx1.severnclaims.co.uk',OT,'Undelivered Mail Returned to Sender',
"""This is the mail system at host mx1.severnclaims.co.uk.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

<rachel.dunmore@severnclaims.co.uk>: host mx1.severnclaims.co.uk said: 550 5.1.1
    <rachel.dunmore@severnclaims.co.uk>: Recipient address rejected: User unknown in virtual mailbox table""",
  kind='bounce', re='S08', neg='bounce (evidence for contact_bounced, not a phrase signal)')
M('S10','2026-10-19 09:15',OT,RDu,'Temporary seats - who gets the logins?',
"""Rachel, trying again - who should receive the temporary logins?
Owen""")
M('S11','2026-10-19 09:16','MAILER-DAEMON@mx1.severnclaims.co.uk',OT,'Undelivered Mail Returned to Sender',
"""This is the mail system at host mx1.severnclaims.co.uk.

<rachel.dunmore@severnclaims.co.uk>: host mx1.severnclaims.co.uk said: 550 5.1.1 User unknown""",
  kind='bounce', re='S10', neg='bounce')
M('S12','2026-10-21 11:00',OT,GP,'Rachel Dunmore - new contact?',
"""Hi Gareth,

Rachel's address has started bouncing. Who should I be talking to about the claims platform, and who gets the temporary
storm-season logins?

Owen""", awaits=True)
M('S13','2026-10-29 16:45',GP,OT,'RE: Rachel Dunmore - new contact?',
"""Owen,

Rachel left us at the end of September; apologies that nobody told you. I'm your contact for now - logins to Lena Osei.

Separately, and you may as well hear it from me: ahead of the February renewal the board has asked us to benchmark
alternatives. Claimwright has been mentioned, as has building something in-house with our IT partner.

Gareth Price
Head of Finance""", re='S12', q='outlook',
  sig=[('churn_risk','the board has asked us to benchmark\nalternatives'), ('competitor','Claimwright has been mentioned'),
       ('competitor','building something in-house')])
M('S14','2026-10-30 09:20',OT,GP,'RE: Rachel Dunmore - new contact?',
"""Gareth, thank you for being straight with me. I'd welcome the chance to take part in the benchmark properly - could I
send you a pack with our costs, the storm-season figures and a reference from another claims firm?
Owen""", re='S13', q='outlook', awaits=True, neg='vendor reply; quoted mail repeats benchmark and competitor words')
M('S15','2026-11-05 08:30',GP,OT,'FW: Claims Handling Bulletin',
"""For your benchmark reading, apparently. G.""",
  fwd=('outlook', {'from':'Claims Handling Bulletin <news@claimshandlingbulletin.co.uk>','date':'04 November 2026 17:00',
  'to':'Gareth Price','subj':'Claims Handling Bulletin - November','text':
"""Motor insurer Vantage Direct expands its in-house claims team by 200 and switches its TPA panel.
Rival TPAs Westcountry Loss and Quayside Claims announce a merger; clients are said to be reviewing contracts.
Storm Ciara-2 losses estimated at GBP 480m."""}), neg='forwarded bulletin about insurers\' and TPAs\' expansion and switching, not about Kestrel')
M('S16','2026-11-11 14:05',LO,GP,'Bulk reassignment - question for Kestrel',
"""Gareth,

For the benchmark list: when a handler leaves we reassign their open claims one by one. Owen - can Kestrel bulk-reassign
open claims to another handler, and if so how? It would save us about a day each time.

Lena""", cc=[OT])
M('S17','2026-11-18 10:00',OT,GP,'Benchmark pack',
"""Gareth, the benchmark pack is attached: three-year cost, storm-season throughput and a reference contact at a Bristol TPA.
Happy to present it to the board.
Owen""", awaits=True)
M('S18','2026-11-19 12:30',GP,OT,'RE: Benchmark pack',
"""Thanks Owen. For the record we are not planning to switch in a hurry - the benchmark runs until the end of January.
G.""", re='S17', q='outlook', neg='negation ("not planning to switch"); the benchmark itself was filed on S13')
M('S19','2026-11-24 09:00',SUP,LO,'[KL-21966] Your request has been received',
"""We have received your request KL-21966 "Temporary seat logins". A member of the team will respond shortly.""",
  kind='ticket', neg='ticket notification')
CUR['alerts'] = [
 dict(type='expansion_opportunity', severity='low', date='2026-08-06', keys=['S02'], note='10 temporary storm-season seats.'),
 dict(type='contact_bounced', severity='high', date='2026-10-12', keys=['S09','S11'], note='Champion Rachel Dunmore\'s address bounces.'),
 dict(type='contact_departed', severity='high', date='2026-10-29', keys=['S13'], note='Rachel left at end of September, nobody told the AM.'),
 dict(type='new_contacts', severity='low', date='2026-10-29', keys=['S13'], note='Gareth Price becomes the contact after Rachel left.'),
 dict(type='churn_risk', severity='high', date='2026-10-29', keys=['S13'], note='Board asked to benchmark alternatives.'),
 dict(type='competitor_mention', severity='high', date='2026-10-29', keys=['S13'], note='Claimwright and an in-house build named.'),
 dict(type='renewal_at_risk', severity='high', date='2026-10-29', keys=['S13'], note='Renewal 20 Feb 2027 (82 days) under benchmark.'),
 dict(type='unanswered_customer_message', severity='medium', date='2026-11-13', keys=['S16'], note='Lena\'s question, addressed to Owen only in CC, never answered.'),
]

# ======================= 10. TAFF VALLEY =======================
A(name='Taff Valley Mutual', mbox='taff_valley_mutual.mbox', domains=['taffvalleymutual.org.uk'], owner=OT,
  arr=120000, segment='mid', renewal='2027-01-31', scenario='renewal_at_risk_after_board_cost_review_broken_promise', health='risk')
GW='gwen.pritchard@taffvalleymutual.org.uk'; RE_='rhodri.evans@taffvalleymutual.org.uk'; AJ='alun.jenkins@taffvalleymutual.org.uk'
P(GW,'Gwen Pritchard','Company Secretary','UK'); P(RE_,'Rhodri Evans','Finance Director','UK'); P(AJ,'Alun Jenkins','Compliance Officer','UK')
P('c.harding@grantfield-audit.co.uk','Clare Harding','Audit Senior, Grantfield LLP','UK')
M('W01','2026-08-06 11:30',AJ,OT,'Consumer Duty outcomes report',
"""Dear Owen

Our Board requires an annual Consumer Duty outcomes report. Could Kestrel provide a report template from the policy and claims
data that we can put in the November board pack?

Regards
Alun Jenkins
Compliance Officer
Taff Valley Mutual Society Ltd is registered under the Co-operative and Community Benefit Societies Act 2014.""", notes=True)
M('W02','2026-08-07 09:45',OT,AJ,'RE: Consumer Duty outcomes report',
"""Dear Alun,

Yes. We will deliver the Consumer Duty outcomes report template by 30 October, in time for your November board pack.

Kind regards,
Owen""", re='W01', q='notes_en', sig=[('commitment','We will deliver the Consumer Duty outcomes report template by 30 October','2026-10-30')])
M('W03','2026-08-20 10:05',GW,OT,'Audit & Risk Committee - 17 September',
"""Dear Mr Thackeray

The Audit & Risk Committee would be grateful if a representative of Kestrel Ledger could attend item 6 (outsourced systems)
on Thursday 17 September at 14:00 at the Society's registered office. Papers will be circulated seven days in advance.

Yours sincerely
Gwen Pritchard
Company Secretary""", notes=True)
M('W04','2026-08-20 15:20',OT,GW,'RE: Audit & Risk Committee - 17 September',
"""Dear Ms Pritchard, I will attend in person. Thank you for the invitation. Owen Thackeray""", re='W03', q='notes_en')
M('W05','2026-08-21 09:00',GW,[OT,AJ,RE_],'Invitation: ARC item 6 - outsourced systems @ Thu 17 Sep 2026 14:00 - 14:30',
"""Audit & Risk Committee, item 6: outsourced systems (Kestrel Ledger). Registered office, Cardiff.""",
  kind='calendar', neg='calendar invitation')
M('W06','2026-09-18 16:10',GW,OT,'ARC 17 September - minute extract',
"""Dear Mr Thackeray

For your records, the relevant extract of the draft minutes:

"6.3 The Committee noted the Board's review of costs. All third-party contracts above GBP 50,000 a year are to be re-tendered
or justified to the Board by 31 December 2026. Kestrel Ledger's contract falls within scope."

Yours sincerely
Gwen Pritchard""", notes=True, sig=[('churn_risk','All third-party contracts above GBP 50,000 a year are to be re-tendered\nor justified to the Board')])
M('W07','2026-09-18 17:00',OT,GW,'RE: ARC 17 September - minute extract',
"""Dear Ms Pritchard, thank you. We will prepare a justification paper for the Board. Kind regards, Owen""", re='W06', q='notes_en')
M('W08','2026-10-02 10:00','c.harding@grantfield-audit.co.uk',RE_,'Audit confirmation request - Kestrel Ledger Ltd',
"""Dear Mr Evans

We are the auditors of Kestrel Ledger Ltd. As part of our audit for the year ending 30 September 2026, please confirm directly
to us the balance owed by Taff Valley Mutual to Kestrel Ledger Ltd at that date. This request does not ask for payment.

Yours sincerely
Clare Harding, Audit Senior, Grantfield LLP""", cc=[ACC], neg="auditor of Kestrel itself (outsider); balances and contract words are not signals")
M('W09','2026-10-15 07:00',REN,RE_,'Your Kestrel Ledger subscription renews on 31 January 2027',
"""Dear Rhodri Evans,

Your subscription renews on 31 January 2027. Renew before 30 November to keep 2026 pricing.""", neg='vendor-written renewal reminder')
M('W10','2026-11-02 09:05',AJ,OT,'Consumer Duty template - not received',
"""Dear Owen

The template you promised for 30 October has not arrived and I have had no word. The board pack closes on Friday 6 November.
I would be grateful for an explanation and a firm date today.

Alun Jenkins

-----Original Message-----
From: Owen Thackeray
Sent: 07/08/2026 09:45
Subject: RE: Consumer Duty outcomes report

We will deliver the Consumer Duty outcomes report template by 30 October""", notes=True,
  sig=[('escalation','I would be grateful for an explanation and a firm date today')])
M('W11','2026-11-02 12:30',OT,AJ,'RE: Consumer Duty template - not received',
"""Dear Alun,

I'm sorry - the template slipped behind a regulatory release and I should have told you. You will have it by 12:00 on
Thursday 5 November, a day before the pack closes.

Owen""", re='W10', q='notes_en', sig=[('commitment','You will have it by 12:00 on\nThursday 5 November','2026-11-05')])
M('W12','2026-11-05 11:20',OT,AJ,'Consumer Duty outcomes report template',
"""Dear Alun, the template is attached with your Q3 data populated. Apologies again for the delay. Owen""", awaits=True)
M('W13','2026-11-06 08:50',AJ,OT,'Re: Consumer Duty outcomes report template',
"""Received. It will go in the pack.""", notes=True, parent='W12', noirt=True, q='notes_en')
M('W14','2026-11-12 15:00',RE_,OT,'Kestrel Ledger contract - Board decision',
"""Dear Mr Thackeray

Following the Board's review of costs at its meeting on 10 November, I must inform you that the renewal of the Kestrel Ledger
contract has not been approved at this stage. The Board has asked management to present options at its meeting on 10 December,
including a reduced scope and alternative providers.

Your justification paper was noted. We may need to have a frank conversation about the contract value before then.

Yours sincerely
Rhodri Evans
Finance Director""", notes=True, cc=[GW],
  sig=[('renewal','the renewal of the Kestrel Ledger\ncontract has not been approved at this stage'),
       ('churn_risk','including a reduced scope and alternative providers'),
       ('pricing','a frank conversation about the contract value')])
M('W15','2026-11-13 10:30',OT,RE_,'RE: Kestrel Ledger contract - Board decision',
"""Dear Mr Evans,

Thank you for letting me know. I attach two options for the Board: a core-only scope at GBP 84,000 a year, and the current
scope at a 10% reduction on a three-year term. I'd be glad to attend on 10 December if that would help.

Kind regards,
Owen Thackeray""", re='W14', q='notes_en', awaits=True, neg='vendor-written price options')
M('W16','2026-11-16 17:40',RE_,OT,'Re: Kestrel Ledger contract - Board decision',
"""Received with thanks. The Board will consider it on 10 December; attendance will not be necessary.
R. Evans""", notes=True, parent='W15', noirt=True, q='notes_en', neg='acknowledgement; the Notes quote repeats vendor price options')
M('W17','2026-11-23 19:15',RE_,OT,'Wales v New Zealand',
"""Owen - entirely separately from the above - the Society's box at the Principality has two spare seats for Saturday.
Bring your daughter if she's still mad on rugby. Rhodri""", neg='personal mail (rugby) between customer and AM')
M('W18','2026-11-24 08:00',OT,RE_,'Re: Wales v New Zealand',
"""Rhodri, that's very kind - she'll be thrilled. Thank you. Owen""", re='W17', q='notes_en', neg='personal reply')
M('W19','2026-11-27 09:30',AJ,OT,'Mutuals Bulletin - FYI',
"""FYI for the Consumer Duty section.""", notes=True,
  fwd=('notes_en', {'notes_by':'Alun Jenkins/TVM','date':'27/11/2026 09:28','from':'','subj':'','text':
"""MUTUALS BULLETIN - November
Two Welsh mutuals plan to merge and expand into the South West. Competitors among the large composites are cutting home premiums
by up to 15% to win members; several societies are reviewing their outsourced platforms after the FCA's Consumer Duty review."""}),
  neg='forwarded sector bulletin about other mutuals merging, expanding and reviewing platforms')
M('W20','2026-11-26 06:00',ACC,'purchase.ledger@taffvalleymutual.org.uk','Kestrel Ledger invoice KL-INV-89011',
"""Invoice KL-INV-89011, GBP 30,000.00, quarterly in advance, due 26 December 2026.""", kind='bill', neg='e-bill')
CUR['alerts'] = [
 dict(type='churn_risk', severity='high', date='2026-09-18', keys=['W06','W14'], note='Board cost review: contract to be re-tendered or justified; alternatives on the table.'),
 dict(type='commitment_overdue', severity='high', date='2026-10-31', due='2026-10-30', keys=['W02','W10'], note='Consumer Duty template promised for 30 Oct, delivered 5 Nov.'),
 dict(type='escalation', severity='medium', date='2026-11-02', keys=['W10'], note='Compliance officer demands explanation.'),
 dict(type='renewal_at_risk', severity='high', date='2026-11-12', keys=['W14'], note='Renewal 31 Jan 2027 (62 days) not approved; decision 10 Dec.'),
]

# ======================= BUILD =======================
MARKERS = re.compile(r'^(-----Original Message-----|-----Ursprüngliche Nachricht-----|_{20,}|---------- Forwarded|'
                     r'----- Weitergeleitet von|----- Forwarded by|Begin forwarded message|Anfang der weitergeleiteten|'
                     r'-------- Weitergeleitete Nachricht|-------- Message transféré|On .* wrote:|> On .* wrote:|'
                     r'Am .* schrieb|Le .* a écrit|>|Von:\t|\n)', re.M)

def new_text(body):
    lines = body.split('\n'); out = []
    for i, l in enumerate(lines):
        if MARKERS.match(l) and l != '':
            break
        # Notes-style quote: 4 blank lines then header
        out.append(l)
    return '\n'.join(out).rstrip('\n') + '\n'

def acct_of(name):
    return next(a for a in ACCOUNTS if a['name'] == name)

def is_personal(m): return 'personal' in m.get('neg', '') or 'privat' in m.get('neg', '')
def is_human(m): return m.get('kind') is None
def parent_of(m):
    k = m.get('re') or m.get('parent'); return BYKEY[k] if k else None

def build():
    # one-line phrases
    for m in MSGS:
        for sg in m.get('sig', []):
            if '\n' in sg[1]:
                assert sg[1] in m['body'], (m['key'], sg[1])
                m['body'] = m['body'].replace(sg[1], sg[1].replace('\n', ' '))
        m['sig'] = [(t, ph.replace('\n', ' ')) + tuple(rest) for (t, ph, *rest) in m.get('sig', [])]
    for m in sorted(MSGS, key=lambda x: x['utc']):
        m['new'] = new_text(m['body'])
        full = m['body']
        if m.get('fwd'):
            st, src = m['fwd']; full += fwd_block(st, src)
        par = parent_of(m)
        if par is not None and m.get('q'):
            full += quote_block(par, m['q'])
        m['full'] = full
        m['_quoted'] = full[len(m['body']):]

MAILER = {'notes': 'Lotus Notes Release 9.0.1FP10 SHF68 November 1, 2018', 'outlook': 'Microsoft Outlook 14.0',
          'outlook_de': 'Microsoft Outlook 16.0', 'gmail': None, 'apple': 'Apple Mail (2.3774.300.61.1.2)',
          'tb_de': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.14.0', 'fr': 'Microsoft Outlook 16.0'}

def to_email(m):
    e = EmailMessage()
    e['From'] = fmt_name(m['frm']) if m['frm'] in PEOPLE else m['frm']
    e['To'] = ', '.join(fmt_name(a) for a in m['to'])
    if m.get('cc'): e['Cc'] = ', '.join(fmt_name(a) for a in m['cc'])
    e['Subject'] = m['subj']
    e['Date'] = format_datetime(m['dt'])
    e['Message-ID'] = m['mid']
    par = parent_of(m)
    if par is not None and m.get('re') and not m.get('noirt'):
        e['In-Reply-To'] = par['mid']
        refs = [par['mid']]; pp = parent_of(par)
        while pp is not None: refs.insert(0, pp['mid']); pp = parent_of(pp)
        e['References'] = ' '.join(refs)
    x = MAILER['notes'] if m.get('notes') else MAILER.get(m.get('q') or '')
    if x: e['X-Mailer'] = x
    k = m.get('kind')
    if k == 'auto': e['Auto-Submitted'] = 'auto-replied'; e['X-Auto-Response-Suppress'] = 'All'
    if k in ('ticket', 'bill'): e['Auto-Submitted'] = 'auto-generated'
    if 'newsletter' in m['frm']: e['Precedence'] = 'bulk'; e['List-Unsubscribe'] = '<mailto:unsubscribe@kestrelledger.co.uk>'
    e.set_content(m['full'])
    if k == 'calendar':
        st = m['utc'].strftime('%Y%m%dT%H%M%SZ')
        ics = ('BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n'
               'BEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:%s\r\nSUMMARY:%s\r\nORGANIZER:mailto:%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
               % (m['mid'].strip('<>'), st, m['subj'].split('@')[0].replace('Invitation: ', '').replace('Einladung: ', '').strip(), m['frm']))
        e.add_alternative(ics, subtype='calendar', params={'method': 'REQUEST'})
    return e

def mbox_bytes(msgs):
    out = []
    for m in msgs:
        raw = to_email(m).as_bytes(policy=email.policy.default)
        env = 'From %s %s\n' % (m['frm'], m['utc'].strftime('%a %b %d %H:%M:%S %Y'))
        lines = raw.split(b'\n')
        esc = [(b'>' + l) if re.match(rb'^>*From ', l) else l for l in lines]
        body = b'\n'.join(esc)
        if not body.endswith(b'\n'): body += b'\n'
        out.append(env.encode() + body + b'\n')
    return b''.join(out)

def d(m): return m['dt'].strftime('%Y-%m-%d')
def ev(m): return {'message_id': m['mid'], 'date': d(m), 'from': m['frm']}

def median(xs):
    xs = sorted(xs); n = len(xs)
    if not n: return None
    return round(xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2, 1)

W1 = (dt.date(2026, 8, 1), dt.date(2026, 9, 29)); W2 = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
def win(date, w): return w[0] <= date <= w[1]

def latency(a, msgs):
    cust = set(a['domains']); res = {}
    for side, who, other in (('customer_reply_hours', lambda x: dom(x) in cust, is_vendor),
                             ('vendor_reply_hours', is_vendor, lambda x: dom(x) in cust)):
        samples = []
        for m in msgs:
            p = parent_of(m)
            if p is None or not is_human(m) or not is_human(p) or is_personal(m): continue
            if PEOPLE.get(m['frm'], {}).get('title') == 'bounce': continue
            if who(m['frm']) and other(p['frm']):
                h = round((m['utc'] - p['utc']).total_seconds() / 3600, 1)
                samples.append({'reply': m['mid'], 'reply_date': d(m), 'to_message': p['mid'], 'hours': h})
        block = {}
        for wn, w in (('first_60_days', W1), ('last_30_days', W2)):
            ss = [s for s in samples if win(dt.date.fromisoformat(s['reply_date']), w)]
            b = {'n': len(ss), 'median_hours': median([s['hours'] for s in ss])}
            if side == 'customer_reply_hours': b['samples'] = ss
            block[wn] = b
        res[side] = block
    un = []
    for m in msgs:
        if not m.get('awaits'): continue
        answered = any(parent_of(x) is m and dom(x['frm']) in cust and is_human(x) for x in msgs)
        if not answered:
            un.append({'message_id': m['mid'], 'date': d(m), 'to': m['to'], 'age_days_at_as_of': (AS_OF - m['dt'].date()).days})
    res['unanswered_vendor_messages'] = un
    return res

def contacts(a, msgs):
    cust = set(a['domains']); seen = {}
    for m in msgs:
        for addr in [m['frm']] + m['to'] + m.get('cc', []):
            if dom(addr) in cust and PEOPLE.get(addr, {}).get('title') not in ('shared mailbox', 'bounce') and addr in PEOPLE:
                seen.setdefault(addr, d(m))
    out = []
    for addr, first in seen.items():
        sent = [m for m in msgs if m['frm'] == addr and is_human(m)]
        if not sent: continue
        out.append({'email': addr, 'name': PEOPLE[addr]['name'], 'title': PEOPLE[addr]['title'],
                    'status': a['status'].get(addr, 'active'), 'first_seen': first,
                    'human_messages_sent': len(sent), 'last_human_message': max(d(m) for m in sent)})
    return out

def lang(text):
    t = ' ' + text.lower() + ' '
    if any(w in t for w in (' nous ', ' pour ', ' vous ', 'accès')): return 'fr'
    if any(w in t for w in (' wir ', ' die ', ' der ', ' den ', ' uns ', ' ist ', 'für', ' ein', 'sämtliche', ' kommt ', 'kündigen', ' sollte ', ' mit ')): return 'de'
    return 'en'

STORIES = {
 'Halyard Marine Brokers': "Lloyd's marine broker. A bordereaux export breaks before a syndicate deadline and is fixed next morning as promised. The champion Giles Ashcroft announces on 1 Oct that he leaves on 30 Oct (and offers to recommend Kestrel at his next firm); from 3 Nov his mailbox auto-replies. The COO Fiona Chadwick writes on 5 Nov asking for contract terms and per-seat cost before the December budget round; the AM writes to Priya instead and never answers Fiona. A placing broker replies in one line. Newsletter, recruiter, upsell deferral, calendar, ticket and e-bill are negatives. Mixed: no phrase of churn, but the relationship is exposed.",
 'Aire Commercial Brokers': "Leeds commercial broker. A commission-ledger migration (5-6 Sep) puts last year's rates on 41 brokers' September statements. Escalation, a kept promise of corrected statements by 11 Sep, and 'we may need to have a conversation about the contract'. Replies slow from hours in August to 7-12 days in November (old Outlook, no In-Reply-To); the IT lead stops writing; the renewal on 15 Jan 2027 gets 'No decision yet' and the AM's chaser is unanswered. RISK (latency degrading, renewal at risk).",
 'Tartan Paws Insurance': "Glasgow pet-insurance start-up. Six more broker logins, a claims-module trial delivered on the promised date and converted to a licence, praise to the board and a case study agreed. Football tickets between founder and AM, a digest about their own competitors and prices, the vendor's own quotes are negatives. A new analyst is welcomed the same day. Quiet last week of November announced as healthy. HEALTHY.",
 'Liffey Life Partners': "Dublin life-assurance intermediary. The compliance head escalates rejected KYC uploads before a Central Bank return; the AM names himself, promises a fix by 12:00 next day, delivers early and calls; she thanks him and copies the MD, who offers reference calls. Portal lead goes on maternity leave until 1 March 2027 (auto-reply says so; she has not left). Renewal confirmed on the same terms; a later 'we are not considering any other provider' is a negation. Heavy legal disclaimers. HEALTHY.",
 'Elbe Industrieversicherungsmakler GmbH': "Hamburg industrial broker on Lotus Notes. The vendor promises an SAP interface by 30.09.2026 and misses it (escalation 1 Oct; new date 14.10 kept). The MD announces a merger with Nordlicht and a review of all platforms; Nordlicht uses Brokerbay, which Elbe is asked to evaluate; purchasing sends a formal 'vorsorgliche Kündigung' to 31.12.2026 (31 days after as_of) while leaving the door open; the MD says the offer is well above Brokerbay's; a steering committee decides on 8 Dec. RISK (churn, renewal at risk).",
 'Isar Versicherungsmakler GmbH': "Munich broker. New Augsburg branch (twelve logins), a CSV export promised for 15.09 and delivered that day, a DATEV export promised for 15.12.2026 (open, not overdue). The team lead goes on parental leave until 15.01.2027 and names her deputy. The MD forwards a peer broker's enquiry and offers a reference call, and plans Regensburg with eight more brokers. Oktoberfest invitation and the customer's own fee increases are negatives. HEALTHY.",
 'Limmat Re Partners AG': "Zurich reinsurance boutique. Announced summer break from 1 August to 24 August (healthy seasonal quiet). The reporting pack is promised for 25 Sep and delivered a day early; the senior underwriter replies 'Passt.', 'Nein.'. The COO forwards the AM's mail to the head of finance as the model of a supplier. A Geneva office opens with six French-speaking seats (offer signed in French). Market brief on rivals is a negative. HEALTHY.",
 'Donau Kfz-Versicherungsagentur GmbH': "Vienna car-insurance agency, one human contact. Prompt terse replies (Thunderbird) until 8 Oct, then silence without any announcement: the renewal offer (20 Oct) and two chasers (3 and 17 Nov) are unanswered, renewal on 20 Jan 2027. Earlier 'wir haben nicht vor, den Anbieter zu wechseln' is a negation; own premiums and vendor upsell are negatives. RISK (going dark before renewal).",
 'Severn Claims Solutions': "Bristol claims-handling firm. The claims director asks for temporary storm-season seats; the support mailbox answers for the AM while he is on leave. From 12 Oct her address bounces; on 29 Oct the head of finance says she left at the end of September and that the board asked to benchmark alternatives (Claimwright, an in-house build) before the February renewal. A team leader's question to Kestrel is sent with the AM only in CC and is never answered. 'Not planning to switch in a hurry' is a negation. RISK (churn, competitor, renewal at risk).",
 'Taff Valley Mutual': "Cardiff mutual society with formal board governance (company secretary, compliance officer, finance director on Lotus Notes). The vendor promises a Consumer Duty template by 30 Oct and misses it; the compliance officer escalates; delivered 5 Nov. The Audit & Risk Committee minutes put contracts over GBP 50,000 up for re-tender; the board does not approve the renewal (31 Jan 2027) and will weigh a reduced scope and alternative providers on 10 Dec. Kestrel's own auditor writes for a balance confirmation; rugby tickets are personal. RISK (renewal at risk).",
}

def main():
    build()
    errors = []
    # ---- per-account files
    exp_accounts = []; csv_rows = []
    allmids = {m['mid'] for m in MSGS}
    if len(allmids) != len(MSGS): errors.append('duplicate Message-IDs')
    for a in ACCOUNTS:
        msgs = sorted([m for m in MSGS if m['acct'] == a['name']], key=lambda x: x['utc'])
        with open(os.path.join(OUT, a['mbox']), 'wb') as f:
            f.write(mbox_bytes(msgs))
        rd = dt.date.fromisoformat(a['renewal']); days = (rd - AS_OF).days
        csv_rows.append([a['name'], ';'.join(a['domains']), a['owner'], a['arr'], a['renewal'], a['segment']])
        sigs = []
        for m in msgs:
            for t, ph, *rest in m.get('sig', []):
                s = {'type': t, 'phrase': ph, 'message_id': m['mid'], 'date': d(m), 'from': m['frm']}
                if t == 'commitment': s['due'] = rest[0]
                sigs.append(s)
        alerts = []
        for al in a['alerts']:
            x = {'type': al['type'], 'severity': al['severity'], 'date': al['date']}
            if 'due' in al: x['due'] = al['due']
            x['evidence'] = [ev(BYKEY[k]) for k in al['keys']]; x['note'] = al['note']
            alerts.append(x)
        mna = [{'message_id': m['mid'], 'date': d(m), 'from': m['frm'], 'why': m['neg']} for m in msgs if m.get('neg')]
        exp_accounts.append({'account': a['name'], 'mbox': a['mbox'], 'domains': a['domains'], 'owner': a['owner'], 'arr': a['arr'],
            'segment': a['segment'], 'renewal_date': a['renewal'],
            'renewal_window': {'days_to_renewal': days, 'status': 'inside_90_day_window' if 0 <= days <= 90 else 'outside_90_day_window'},
            'scenario': a['scenario'], 'latency': latency(a, msgs), 'contacts': contacts(a, msgs),
            'signals': sigs, 'alerts': alerts, 'must_not_alert': mna})
    with open(os.path.join(OUT, 'accounts.csv'), 'w', newline='') as f:
        w = csv.writer(f); w.writerow(['account', 'domains', 'owner', 'arr', 'renewal_date', 'segment']); w.writerows(csv_rows)
    definitions = {
        'internal_domains': INTERNAL,
        'shared_mailboxes': [SUP, ACC, REN, 'newsletter@kestrelledger.co.uk'],
        'outsiders': ['brightwater-talent.co.uk (recruiter)', 'insurtechireland.ie (conference organiser)', 'grantfield-audit.co.uk (Kestrel\'s auditor)', 'MAILER-DAEMON (bounces)'],
        'latency': 'hours from a vendor human message to the customer human reply that answers it (In-Reply-To, or the quoted header block when the client drops In-Reply-To), and vice versa; auto-replies, calendar responses, tickets, bills, bounces and personal mail excluded; bucketed by reply date',
        'windows': {'first_60_days': '2026-08-01..2026-09-29', 'last_30_days': '2026-11-01..2026-11-30'},
        'unanswered_vendor_messages': 'vendor human messages that ask the customer something and have no customer human reply by as_of',
        'unanswered_customer_message': 'a customer question (including one where the AM is only in CC) with no vendor reply within 2 business days',
        'contact_status': {'active': 'no departure, leave or silence indicated (people not written to are not silent)', 'silent': 'stopped writing without announcement while being written to',
                           'left': 'announced departure, departure auto-reply or bounce', 'on_leave': 'announced leave with a return date', 'new': 'first seen on or after 2026-10-01 (last 60 days)'},
        'renewal_window': 'days from as_of to renewal_date; inside_90_day_window when 0..90',
        'commitment': 'a dated promise by a vendor person; due is the promised date; overdue when not delivered by the end of that day',
        'health': {'risk_accounts': [a['name'] for a in ACCOUNTS if a['health'] == 'risk'],
                   'healthy_accounts': [a['name'] for a in ACCOUNTS if a['health'] == 'healthy'],
                   'mixed_accounts': [a['name'] for a in ACCOUNTS if a['health'] == 'mixed'],
                   'rule': 'at as_of every risk account scores below 60 and below every healthy account'},
        'dates': 'dates are the sender\'s local date; Date headers carry the sender office offset (UK/IE +0100/+0000, DE/AT/CH +0200/+0100, DST ends 2026-10-25)',
    }
    exp = {'as_of': AS_OF.isoformat(), 'vendor_domain': VENDOR, 'definitions': definitions, 'accounts': exp_accounts}
    with open(os.path.join(OUT, 'expected.yaml'), 'w') as f:
        yaml.safe_dump(exp, f, allow_unicode=True, sort_keys=False, width=200)
    # ---- validate
    errors += validate(exp)
    write_readme(exp)
    report(exp)
    if errors:
        for e in errors: print('ERROR:', e)
        sys.exit(1)
    print('VALIDATION PASSED')

def read_mboxrd(path):
    data = open(path, 'rb').read().split(b'\n'); msgs = []; cur = None
    for i, l in enumerate(data):
        if l.startswith(b'From ') and (i == 0 or data[i - 1] == b''):
            if cur is not None: msgs.append(cur)
            cur = []; continue
        if re.match(rb'^>+From ', l): l = l[1:]
        cur.append(l)
    if cur is not None: msgs.append(cur)
    return [b'\n'.join(m).rstrip(b'\n') + b'\n' for m in msgs]

def validate(exp):
    errs = []
    byid = {m['mid']: m for m in MSGS}
    parsed = {}
    for a in exp['accounts']:
        for b in read_mboxrd(os.path.join(OUT, a['mbox'])):
            pm = email.message_from_bytes(b, policy=email.policy.default)
            for part in pm.walk():
                if part.defects: errs.append('defect %s %s' % (pm['Message-ID'], part.defects))
            old = email.message_from_bytes(b)
            for part in old.walk():
                if part.defects: errs.append('compat32 defect %s %s' % (old['Message-ID'], part.defects))
            mid = pm['Message-ID']
            if mid in parsed: errs.append('dup ' + mid)
            parsed[mid] = pm
            irt = pm['In-Reply-To']
            if irt and irt not in byid: errs.append('In-Reply-To target missing ' + mid)
        # the stdlib mailbox reader must also accept the file
        if len(mailbox.mbox(os.path.join(OUT, a['mbox']))) != len([m for m in MSGS if m['acct'] == a['account']]):
            errs.append('mailbox.mbox count mismatch ' + a['mbox'])
    if set(parsed) != set(byid): errs.append('parsed ids differ from built ids')
    for mid, pm in parsed.items():
        m = byid[mid]
        part = pm.get_body(('plain',))
        txt = part.get_content().replace('\r\n', '\n')
        if not txt.startswith(m['new'].rstrip('\n')): errs.append('new text not at top of body ' + mid)
        if not (dt.date(2026, 8, 1) <= m['dt'].date() <= AS_OF): errs.append('date out of period ' + mid)
        p = parent_of(m)
        if p is not None and p['utc'] >= m['utc']: errs.append('reply before parent ' + mid)
        if p is not None and p['acct'] != m['acct']: errs.append('cross-account parent ' + mid)
        if m.get('noirt') and pm['In-Reply-To']: errs.append('noirt has IRT ' + mid)
    for a in exp['accounts']:
        for s in a['signals']:
            m = byid.get(s['message_id'])
            if m is None: errs.append('signal id missing'); continue
            if s['phrase'] not in m['new']: errs.append('phrase not in new text %s: %s' % (m['key'], s['phrase']))
            if m.get('neg'): errs.append('signal on a must_not_alert message ' + m['key'])
            if s['type'] == 'commitment':
                if not is_vendor(m['frm']): errs.append('commitment not by vendor ' + m['key'])
                dt.date.fromisoformat(s['due'])
        for al in a['alerts']:
            for e in al['evidence']:
                if e['message_id'] not in byid: errs.append('alert evidence missing')
            if al['date'] > exp['as_of']: errs.append('alert after as_of')
            if al['type'] == 'commitment_overdue' and not al['due'] < al['date']: errs.append('overdue before due')
            if al['type'] == 'open_commitment' and not al['due'] > exp['as_of']: errs.append('open commitment already due')
        for n in a['must_not_alert']:
            if n['message_id'] not in byid: errs.append('mna id missing')
        # folder/domain consistency
        for m in [x for x in MSGS if x['acct'] == a['account']]:
            addrs = [m['frm']] + m['to'] + m.get('cc', [])
            if not any(dom(x) in a['domains'] or any(dom(x).endswith('.' + y) for y in a['domains']) for x in addrs) and 'outsider' not in m.get('neg', ''): errs.append('message without customer address ' + m['key'])
    n = len(MSGS); neg = sum(1 for m in MSGS if m.get('neg'))
    if not 200 <= n <= 240: errs.append('message count %d' % n)
    if neg * 3 < n: errs.append('hard negatives %d < a third of %d' % (neg, n))
    sigs = [s for a in exp['accounts'] for s in a['signals']]
    if len(sigs) < 45: errs.append('only %d signals' % len(sigs))
    if sum(1 for s in sigs if lang(s['phrase']) == 'de') < 15: errs.append('fewer than 15 German signals')
    return errs

def write_readme(exp):
    L = ['# dev-7 scenario set: Kestrel Ledger Ltd', '',
         'Vendor: Kestrel Ledger Ltd (Manchester; Hamburg office), software for insurance brokers and small insurers. '
         'Vendor domains kestrelledger.co.uk and kestrelledger.de (German staff); shared mailboxes support@, accounts@, renewals@, newsletter@.',
         'Period 2026-08-01 to 2026-11-30, as_of 2026-11-30. Written by an independent writer from EVAL.md only. '
         'Everything here is produced by `python3 generate.py` (deterministic; exits non-zero when validation fails).', '',
         'AMs: Harriet Pell (Halyard, Limmat Re), Owen Thackeray (Aire, Severn, Taff Valley), Jana Brinkmann (Elbe, Isar, Donau; kestrelledger.de), Rory Devlin (Tartan Paws, Liffey).', '',
         '## Accounts and stories', '']
    for a in ACCOUNTS:
        e = next(x for x in exp['accounts'] if x['account'] == a['name'])
        L.append('### %s (%s, ARR %s, renewal %s, %d days; verdict: %s)' % (a['name'], a['segment'], a['arr'], a['renewal'],
                 e['renewal_window']['days_to_renewal'], a['health'].upper()))
        L.append(''); L.append(STORIES[a['name']]); L.append('')
        L.append('Messages: %d; signals: %d; hard negatives: %d; scenario `%s`.' % (
            sum(1 for m in MSGS if m['acct'] == a['name']), len(e['signals']), len(e['must_not_alert']), a['scenario'])); L.append('')
    L += ['## Alert table', '', '| account | alert | severity | date | due | evidence | note |', '|---|---|---|---|---|---|---|']
    for e in exp['accounts']:
        for al in e['alerts']:
            L.append('| %s | %s | %s | %s | %s | %s | %s |' % (e['account'], al['type'], al['severity'], al['date'], al.get('due', ''),
                     ' '.join(x['message_id'] for x in al['evidence']), al['note'].replace('|', '/')))
    L += ['', '## Mail realism', '',
          '- Lotus Notes (Elbe, Taff Valley) and old Outlook (Aire) replies without In-Reply-To, with "-----Original Message-----", Notes header blocks and "----- Weitergeleitet von ... -----" / "----- Forwarded by ... -----".',
          '- Forward markers from Outlook (EN/DE), Gmail, Apple Mail (EN/DE), Thunderbird (DE), Lotus Notes (EN/DE), French Outlook.',
          '- Time zones of the sender offices (UK/IE, DE/AT/CH) across the 25 Oct DST change; weekends, Scottish and Swiss holidays.',
          '- Hard negatives carry their reason in expected.yaml `must_not_alert.why`.', '',
          '## Definitions', '', 'See `definitions` in expected.yaml (latency windows, statuses, unanswered rules, health rule).', '']
    open(os.path.join(OUT, 'README.md'), 'w').write('\n'.join(L))

def report(exp):
    from collections import Counter
    sigs = [s for a in exp['accounts'] for s in a['signals']]
    print('accounts', len(exp['accounts']), 'messages', len(MSGS), 'hard negatives', sum(len(a['must_not_alert']) for a in exp['accounts']))
    print('signals', len(sigs), dict(Counter(s['type'] for s in sigs)))
    print('signal languages', dict(Counter(lang(s['phrase']) for s in sigs)))
    print('alerts', dict(Counter(al['type'] for a in exp['accounts'] for al in a['alerts'])))
    for a in exp['accounts']:
        c = a['latency']['customer_reply_hours']
        print('  %-40s cust %s/%s -> %s/%s unanswered %d' % (a['account'], c['first_60_days']['n'], c['first_60_days']['median_hours'],
              c['last_30_days']['n'], c['last_30_days']['median_hours'], len(a['latency']['unanswered_vendor_messages'])))

if __name__ == '__main__':
    main()
