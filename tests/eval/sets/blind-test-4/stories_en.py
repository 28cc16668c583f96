# -*- coding: utf-8 -*-
from core import person, account, M, alert, contact_meta

# =====================================================================  Cedar Valley ISD (US, TX)
person('denise', 'Denise Holloway', 'dholloway@cedarvalleyisd.org', 'Payroll Director', client='outlook',
       sig="Denise Holloway, CPP\nPayroll Director | Cedar Valley ISD\n2200 Ranch Rd 12, San Marcos, TX 78666\n\nCONFIDENTIALITY NOTICE: This e-mail may contain information protected under FERPA. If you received it in error, notify the sender and delete it.")
person('marcus', 'Marcus Bell', 'mbell@cedarvalleyisd.org', 'Assistant Superintendent for Business Services', client='outlook',
       sig="Marcus Bell, Ed.D.\nAssistant Superintendent for Business Services\nCedar Valley ISD")
person('tanya', 'Tanya Ruiz', 'truiz@cedarvalleyisd.org', 'Payroll Specialist', client='outlook',
       sig="Tanya Ruiz\nPayroll Specialist | Cedar Valley ISD")
account(account='Cedar Valley ISD', mbox='cedar_valley_isd.mbox', domains=['cedarvalleyisd.org'], owner='megan.whitfield@solanopayroll.com',
        arr=185000, segment='enterprise', renewal_date='2027-06-30', scenario='seasonal_quiet_healthy_contact_on_leave', risk=False, region='us', lang='en', country='US')

M('cv01', '2026-06-02 07:45 -0500', 'denise', ['megan'], 'Summer pay for 10-month staff', body="""
Morning Megan,

We're setting up summer deferred pay for the 10-month employees again (about 1,100 teachers and paras). Last year we did the accrual in a spreadsheet. Is there a way to run it in Solano this year so the June 30 fiscal close isn't a weekend marathon?

Thanks,""")
M('cv02', '2026-06-02 09:30 -0500', 'megan', ['denise'], re='cv01', cc=['kevin'],
  sig=[('commitment', 'Kevin will send you the configuration checklist by Friday, June 5')], body="""
Hi Denise,

Yes! The deferred-pay accrual handles exactly that. Kevin will send you the configuration checklist by Friday, June 5, and he can jump on a call Monday if that helps.

Megan""")
M('cv03', '2026-06-04 16:10 -0500', 'kevin', ['denise'], re='cv02', cc=['megan'], body="""
Hi Denise,

Checklist attached: accrual codes, the 10-month calendar, and the June 30 liability report. Three settings to flip, about 20 minutes total. Call me if anything is unclear.""")
M('cv04', '2026-06-05 06:52 -0500', 'denise', ['kevin'], re='cv03', client='iphone', sigblock=False, body="""
thx - works. ran the test last night

Sent from my iPhone""")
M('cv05', '2026-06-10 12:00 -0500', 'support', ['tanya'], '[Solano Support] Ticket #48391 updated: W-4 import error', kind='bulk', neg='ticketing notification', body="""
Ticket #48391 "W-4 import error" has been updated.

Status: Solved
Agent note: The import template had a trailing column. Fixed template attached to the ticket.

Reply to this email to reopen the ticket.""")
M('cv06', '2026-06-30 18:20 -0500', 'denise', ['megan'], 'Fiscal year close',
  sig=[('advocacy', 'the payroll close took half the time it did last year')], body="""
Megan,

Closed FY26 tonight. Marcus told the board this morning that the payroll close took half the time it did last year, and he made a point of saying it was the new accrual setup. Just wanted you to know.

Denise""")
M('cv07', '2026-07-01 08:10 -0500', 'megan', ['denise'], re='cv06', cc=['marcus'], ask=True, body="""
Denise, that made my week. Thank you for telling me.

Marcus, would you consider joining a short panel on fiscal-year close at the TASBO conference in February? Totally fine to say no.

Megan""")
M('cv08', '2026-07-01 10:40 -0500', 'marcus', ['megan'], re='cv07',
  sig=[('advocacy', 'Happy to be on the panel at TASBO')], body="""
Megan,

Happy to be on the panel at TASBO. Send me the details when you have them.

Marcus""")
M('cv09', '2026-07-02 06:00 -0500', 'mkt_us', ['denise'], 'Payroll Insider – July: year-end is coming (already)', kind='bulk', neg='vendor newsletter', body="""
SOLANO PAYROLL INSIDER | July 2026

- Upgrade to Solano Time Pro before the school year starts: 15% off through August 31.
- Webinar: ACA reporting for districts.
- Customer spotlight: how a 40-site restaurant group cut payroll errors.

Unsubscribe | Manage preferences""")
M('cv10', '2026-07-02 06:01 -0500', 'denise', ['mkt_us'], re='cv09', kind='auto', quote=False, sigblock=False,
  subj='Automatic reply: Payroll Insider – July: year-end is coming (already)', neg='out-of-office auto-reply', body="""
I am out of the office until Monday, July 13. For payroll questions please contact Tanya Ruiz at truiz@cedarvalleyisd.org.""")
M('cv11', '2026-07-20 13:05 -0500', 'denise', ['megan'], 'Heads up – leave', body="""
Hi Megan,

Personal news: I'll be on maternity leave from August 10 until October 19. Tanya Ruiz will run payroll while I'm out and Marcus handles anything contractual. I'll be back for the October 23 run.

From now on please copy Tanya on anything operational.

Denise""")
M('cv12', '2026-07-20 14:30 -0500', 'megan', ['denise'], re='cv11', body="""
Denise, congratulations!! That's wonderful news. Noted on Tanya and Marcus. Rest up and enjoy every minute.

Megan""")
M('cv13', '2026-08-11 08:25 -0500', 'tanya', ['support'], 'Substitute teacher import', cc=['megan'], body="""
Hello,

We need to load about 140 substitute teachers before the August 19 first day of school. Is there a bulk template for daily-rate employees, or do we use the regular new hire import?

Thank you,""")
M('cv14', '2026-08-11 10:50 -0500', 'support', ['tanya'], re='cv13', cc=['megan'], body="""
Hi Tanya,

Use the regular new hire import with pay type "DAILY" and the sub calendar code SUB-26. Template and a two-minute video are in the Help Center under Imports > Daily-rate staff.""")
M('cv15', '2026-08-11 11:02 -0500', 'tanya', ['support'], re='cv14', body="""
Got it, thanks!""")
M('cv16', '2026-08-14 09:00 -0500', 'megan', ['denise', 'tanya'], 'Back-to-school webinar for district payroll teams', neg='vendor marketing invitation (upsell)', body="""
Hi Denise and Tanya,

We're hosting a 30-minute back-to-school webinar on August 20 covering substitute pay, stipends and the new Time Pro add-on (15% off for districts that sign up before the end of August). Registration link below if useful.""")
M('cv17', '2026-08-14 09:01 -0500', 'denise', ['megan'], re='cv16', kind='auto', quote=False, sigblock=False,
  subj='Automatic reply: Back-to-school webinar for district payroll teams', neg='out-of-office auto-reply (leave until a stated date; not a departure)', body="""
I am on leave until October 19, 2026. Please contact Tanya Ruiz (truiz@cedarvalleyisd.org) for payroll, or Marcus Bell (mbell@cedarvalleyisd.org) for contracts.""")
M('cv18', '2026-08-28 15:40 -0500', 'tanya', ['megan'], 'FW: TASBO Daily – districts face budget cuts', sigblock=False,
  neg="customer forwards news about other districts' budget cuts; states their own payroll budget is approved (negation)", body="""
Megan – FYI since you asked about budgets last time. This isn't affecting us, our payroll software budget for 26-27 was approved in June.

Tanya""", fwd="""
-----Original Message-----
From: TASBO Daily <daily@tasbo.org>
Sent: Friday, August 28, 2026 6:00 AM
To: Tanya Ruiz <truiz@cedarvalleyisd.org>
Subject: TASBO Daily – districts face budget cuts

Several Central Texas districts announced mid-year budget cuts after lower-than-projected enrollment. Two districts froze all new technology purchases and one is cancelling its time-and-attendance contract to bring the work back in-house.""")
M('cv19', '2026-09-03 10:00 -0500', 'megan', ['tanya', 'marcus'], 'Invitation: Monthly check-in – Thu Sep 17 2:00 PM CDT', kind='calendar', ics='cv', sigblock=False,
  neg='calendar invitation', body="""
Megan Whitfield has invited you to: Monthly check-in Cedar Valley ISD / Solano
Thursday, September 17, 2026 2:00 PM - 2:30 PM (Central Time)
Microsoft Teams meeting""")
M('cv20', '2026-09-03 10:14 -0500', 'tanya', ['megan'], 'Accepted: Monthly check-in – Thu Sep 17 2:00 PM CDT', kind='calendar', sigblock=False,
  neg='calendar acceptance', body="""
Tanya Ruiz has accepted this meeting.""")
M('cv21', '2026-09-15 05:00 -0500', 'billing', ['marcus'], 'Solano Payroll invoice INV-US-2026-0915', kind='bulk', neg='e-bill', body="""
Your invoice INV-US-2026-0915 for September 2026 is available.
Amount due: $15,416.67  Due date: 10/15/2026
This is an automated message. Please do not reply.""")
M('cv22', '2026-09-21 13:30 -0500', 'tanya', ['megan'], 'TRS reporting question', body="""
Hi Megan,

Quick one: for the September TRS report, do the substitute teachers we loaded in August need the "non-member" flag, or does Solano set that from the daily-rate pay type?

Tanya""")
M('cv23', '2026-09-21 15:05 -0500', 'megan', ['tanya'], re='cv22', cc=['kevin'], body="""
Hi Tanya,

Solano sets it from the pay type, so you're covered as long as they're on DAILY. Kevin double-checked one of your subs to be sure: flag is there.

Megan""")
M('cv24', '2026-09-21 15:20 -0500', 'tanya', ['megan'], re='cv23', body="""
Perfect, thank you both.""")
M('cv25', '2026-09-16 11:40 -0500', 'marcus', ['megan'], 'TASBO panel', body="""
Megan,

The TASBO conference office confirmed our fiscal-year close session for February 9 in San Antonio. Who else is on the panel, and do you need slides from us by a certain date?

Marcus""")
M('cv26', '2026-09-16 13:10 -0500', 'megan', ['marcus'], re='cv25', body="""
Marcus, wonderful. The other panelist is the payroll director of a district near Waco; I'll send a draft outline by mid-December and we'd only need two or three slides from you in January.

Megan""")
contact_meta('denise', 'on_leave'); contact_meta('marcus', 'active'); contact_meta('tanya', 'active')
alert('open_commitment', 'low', '2026-06-02', ['cv02'], 'Checklist promised by 2026-06-05; kept by cv03.', due='2026-06-05')
alert('advocacy', 'medium', '2026-06-30', ['cv06', 'cv08'], 'Board praised the faster close; Assistant Superintendent agrees to speak on a TASBO panel.')

# =====================================================================  Hollis & Reyes Construction (US, Houston)
person('angela', 'Angela Duarte', 'aduarte@hollisreyes.com', 'Payroll & HR Manager', client='outlook',
       sig="Angela Duarte\nPayroll & HR Manager\nHollis & Reyes Construction, LLC | 713-555-0164")
person('brandon', 'Brandon Kilgore', 'bkilgore@hollisreyes.com', 'Controller', client='outlook',
       sig="Brandon Kilgore\nController | Hollis & Reyes Construction")
person('tom', 'Tom Reyes', 'treyes@hollisreyes.com', 'VP Operations', client='iphone', sig="Tom Reyes\nVP Operations")
person('hr_postmaster', 'Microsoft Outlook', 'postmaster@hollisreyes.com', 'NDR', client='system', sig='')
account(account='Hollis & Reyes Construction', mbox='hollis_reyes.mbox', domains=['hollisreyes.com'], owner='megan.whitfield@solanopayroll.com',
        arr=54000, segment='mid', renewal_date='2026-12-20', scenario='champion_departed_inhouse_tool', risk=True, region='us', lang='en', country='US')

M('hr01', '2026-06-03 07:05 -0500', 'angela', ['megan'], 'Certified payroll for the I-45 job',
  sig=[('expansion', "we'd want the certified payroll add-on")], body="""
Hi Megan,

We won the TxDOT I-45 frontage road job, which means Davis-Bacon certified payroll (WH-347) every week for about 85 field guys. If you can get us pricing soon, we'd want the certified payroll add-on turned on before mobilization on July 6.

Angela""")
M('hr02', '2026-06-03 09:12 -0500', 'megan', ['angela'], re='hr01',
  sig=[('commitment', "I'll get you pricing on the certified payroll add-on by Wednesday, June 10")], body="""
Congrats on the win, Angela! I'll get you pricing on the certified payroll add-on by Wednesday, June 10, along with the setup timeline so you're live before July 6.

Megan""")
M('hr03', '2026-06-12 08:40 -0500', 'angela', ['megan'], re='hr02', body="""
Megan, still waiting on that pricing. Tom is asking and mobilization is in 3 weeks.""")
M('hr04', '2026-06-12 10:15 -0500', 'megan', ['angela'], re='hr03', neg="vendor's own late quote (vendor-written pricing)", body="""
Angela, I'm sorry, that slipped on my end. Pricing for the certified payroll add-on is attached: per-employee monthly fee for active field staff only, no setup charge. Kevin can have it configured within a week of your OK.""")
M('hr05', '2026-06-15 07:30 -0500', 'angela', ['megan'], re='hr04', sig=[('expansion', 'Tom says go ahead')], body="""
Tom says go ahead. Send the order form.""")
M('hr06', '2026-06-16 05:00 -0500', 'billing', ['angela'], 'Order confirmation SO-2026-1187 – Certified Payroll add-on', kind='bulk', neg='order confirmation / e-bill', body="""
Thank you for your order.

Order SO-2026-1187
Item: Certified Payroll (WH-347) add-on, up to 100 active employees
Start date: 07/01/2026  Billing: monthly, prorated on first invoice

This is an automated message.""")
M('hr07', '2026-06-29 11:00 -0500', 'kevin', ['angela'], 'Invitation: Certified payroll training – Wed Jul 1 9:00 AM CDT', kind='calendar', ics='hr', sigblock=False,
  neg='calendar invitation', body="""
Kevin Tran has invited you to: Certified payroll training (WH-347)
Wednesday, July 1, 2026 9:00 AM - 10:00 AM (Central Time)
Zoom link in the invitation""")
M('hr08', '2026-06-29 11:20 -0500', 'angela', ['kevin'], 'Accepted: Certified payroll training – Wed Jul 1 9:00 AM CDT', kind='calendar', sigblock=False,
  neg='calendar acceptance', body="""
Angela Duarte has accepted this meeting.""")
M('hr09', '2026-07-06 06:12 -0500', 'angela', ['support'], 'Katy site clock-ins', client='iphone', sigblock=False, body="""
crew clock-ins on the Katy site not syncing again. ugh. 23 guys missing since 5am

Sent from my iPhone""")
M('hr10', '2026-07-06 07:30 -0500', 'support', ['angela'], re='hr09', body="""
Hi Angela,

The Katy kiosk lost its cellular connection overnight; punches were stored locally and have now synced (23 employees, 05:02-06:40). No action needed on your side.""")
M('hr11', '2026-07-15 16:45 -0500', 'angela', ['megan'], 'Some news',
  body="""
Megan,

Wanted you to hear it from me: my last day at H&R is July 31. I'm joining a hospital system in San Antonio. Not sure yet who takes over payroll, probably Brandon for now. It's been great working with you.

Angela""")
M('hr12', '2026-07-15 17:30 -0500', 'megan', ['angela'], re='hr11', ask=True, body="""
Angela, congratulations, and thank you for everything. Could you introduce me to whoever will own payroll before you go? I'd hate for the certified payroll work to fall through the cracks.

Megan""")
M('hr13', '2026-07-21 19:10 -0500', 'angela', ['megan'], 'Small favor', kind='personal', sigblock=False,
  neg='personal mail: job reference request', body="""
Hi Megan, small personal favor: the hospital's HR asked for a reference from a vendor I've worked with closely. Would you be OK if I listed you? They'd just call for 10 minutes.

Angela""")
M('hr14', '2026-07-21 20:02 -0500', 'megan', ['angela'], re='hr13', kind='personal', client='iphone', sigblock=False,
  neg='personal reply to a job reference request', body="""
Of course! Happy to. Give them my cell, 512-555-0147.

Sent from my iPhone""")
M('hr15', '2026-08-04 09:00 -0500', 'megan', ['angela'], 'Certified payroll – week 5 check', ask=True, body="""
Hi Angela, checking the WH-347 reports for week 5 look right before you submit. Anything I should pass to Kevin?""")
M('hr16', '2026-08-04 09:01 -0500', 'hr_postmaster', ['megan'], 'Undeliverable: Certified payroll – week 5 check', kind='bulk', body="""
Your message to aduarte@hollisreyes.com couldn't be delivered.

aduarte wasn't found at hollisreyes.com.

Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'""")
M('hr17', '2026-08-04 09:30 -0500', 'megan', ['brandon', 'tom'], 'Who owns payroll now?', ask=True, body="""
Hi Brandon, hi Tom,

Angela let me know she was leaving at the end of July. Who should I work with on payroll and the certified payroll reports for the I-45 job? Happy to come by the office for an hour to get the new owner up to speed.

Megan""")
M('hr18', '2026-08-11 17:50 -0500', 'brandon', ['megan'], re='hr17',
  sig=[('competitor', 'whether our ERP guy can build time tracking into Viewpoint'),
       ('churn_risk', "so we don't need two systems")], body="""
Megan,

I'm covering payroll for now. No plans to replace Angela's role yet. Honestly we're looking at whether our ERP guy can build time tracking into Viewpoint so we don't need two systems. No decision yet.

Brandon""")
M('hr19', '2026-08-12 08:20 -0500', 'megan', ['brandon'], re='hr18', cc=['tom'], ask=True, body="""
Brandon, thanks for being straight with me. We already have a Viewpoint Vista integration that a few GCs use; it might give you one system of record without a custom build. Could I show you in 30 minutes next week?

Megan""")
M('hr20', '2026-08-26 10:05 -0500', 'megan', ['brandon'], re='hr19', ask=True, body="""
Hi Brandon, following up on the Viewpoint integration demo. Any time next week works on my side.

Megan""")
M('hr21', '2026-09-02 16:55 -0500', 'brandon', ['megan'], re='hr20', body="""
Busy w/ quarter close. After Labor Day.""")
M('hr22', '2026-09-10 08:00 -0500', 'megan', ['brandon'], 'Your Solano renewal – December 20, 2026', neg='vendor-written renewal reminder (template)', body="""
Hi Brandon,

A friendly reminder that Hollis & Reyes' Solano subscription renews on December 20, 2026. No action is needed to renew on current terms. If you'd like to review headcount or add-ons, I'm happy to put together a renewal proposal.

Megan""")
M('hr23', '2026-09-18 14:22 -0500', 'brandon', ['megan'], 'Fwd: AGC Houston Market Update – September', client='thunderbird', sigblock=False,
  neg="customer forwards a construction market newsletter about its own bid prices and wage rates", body="""
FYI, this is why everyone is watching costs. Our bids are up 8% this year just on labor.

B.""", fwd="""
-------- Forwarded Message --------
Subject: 	AGC Houston Market Update – September
Date: 	Thu, 17 Sep 2026 07:00:00 -0500
From: 	AGC Houston <updates@agchouston.org>
To: 	bkilgore@hollisreyes.com

Craft wage rates in the Houston area rose 6.2% year over year. Several mid-size GCs report losing bids to larger competitors such as Zachry and McCarthy. Members are cutting back-office costs and consolidating software onto their ERP.""")
M('hr24', '2026-09-24 09:45 -0500', 'megan', ['tom'], 'Checking in before renewal', cc=['brandon'], ask=True, body="""
Hi Tom,

With Angela gone I want to make sure H&R is getting what it needs from us before the December renewal. Could we grab 20 minutes, either at your office or by phone? I'd especially like to hear how the I-45 certified payroll is going.

Megan""")
contact_meta('angela', 'left'); contact_meta('brandon', 'new'); contact_meta('tom', 'silent')
alert('expansion_opportunity', 'medium', '2026-06-03', ['hr01', 'hr05'], 'Certified payroll add-on for the TxDOT job; approved 06-15.')
alert('open_commitment', 'medium', '2026-06-03', ['hr02'], 'Pricing promised by 2026-06-10.', due='2026-06-10')
alert('commitment_overdue', 'high', '2026-06-11', ['hr02', 'hr03'], 'Pricing promised for 2026-06-10 was not sent; customer chased on 06-12; sent the same day.', due='2026-06-10')
alert('contact_departed', 'high', '2026-07-15', ['hr11'], 'Champion Angela Duarte leaves on 2026-07-31; no successor named.')
alert('contact_bounced', 'medium', '2026-08-04', ['hr16'], 'Mail to aduarte@hollisreyes.com bounces (550 recipient not found).')
alert('competitor_mention', 'high', '2026-08-11', ['hr18'], 'Controller evaluates an in-house build of time tracking in their Viewpoint ERP.')
alert('churn_risk', 'high', '2026-08-11', ['hr18'], "Wants to avoid two systems; no replacement for the champion.")
alert('new_contacts', 'low', '2026-08-11', ['hr18'], 'Brandon Kilgore (controller) takes over payroll temporarily.')
alert('single_threaded', 'medium', '2026-08-11', ['hr18'], 'Only the controller (covering payroll temporarily) still writes; VP Operations never replies.')
alert('renewal_at_risk', 'high', '2026-09-21', ['hr18', 'hr21', 'hr22'], 'Inside 90 days of the 2026-12-20 renewal with champion gone and an in-house alternative under study.')

# =====================================================================  Lakeshore State University (US, MI)
person('helen', 'Helen Kowalski', 'hkowalski@lakeshorestate.edu', 'Associate Vice President, Human Resources', client='outlook',
       sig="Helen Kowalski, Ph.D.\nAssociate Vice President, Human Resources\nLakeshore State University | Traverse City, MI")
person('jamal', 'Jamal Price', 'jprice@lakeshorestate.edu', 'Student Employment Coordinator', client='apple',
       sig="Jamal Price\nStudent Employment Coordinator\nLakeshore State University")
person('linda', 'Linda Sorensen', 'lsorensen@lakeshorestate.edu', 'Payroll Manager', client='oldoutlook',
       sig="Linda Sorensen\nPayroll Manager, Office of the Controller\nLakeshore State University")
account(account='Lakeshore State University', mbox='lakeshore_state.mbox', domains=['lakeshorestate.edu'], owner='megan.whitfield@solanopayroll.com',
        arr=8400, segment='smb', renewal_date='2027-04-30', scenario='pilot_to_campus_expansion', risk=False, region='us', lang='en', country='US')

M('ls01', '2026-06-08 09:20 -0400', 'jamal', ['support'], 'Orientation leaders timesheets', body="""
Hi there,

Our summer orientation leaders (42 students) work split shifts on move-in days. Can they clock in twice on the same day in the mobile app, or will the second punch overwrite the first?

Thanks,""")
M('ls02', '2026-06-08 10:05 -0500', 'support', ['jamal'], re='ls01', body="""
Hi Jamal,

Multiple punches per day are fine; each in/out pair is stored separately and totalled on the timesheet. Supervisors see both pairs when approving.""")
M('ls03', '2026-06-08 11:30 -0400', 'jamal', ['support'], re='ls02', body="""
Perfect, thanks!""")
M('ls04', '2026-06-15 06:00 -0500', 'mkt_us', ['helen'], 'Payroll Insider – June: student workers, simplified', kind='bulk', neg='vendor newsletter (upsell language)', body="""
SOLANO PAYROLL INSIDER | June 2026

- Going campus-wide? Expand from a pilot to every department with our Higher Ed bundle.
- FICA student exemption: how Solano applies it automatically.
- Customer spotlight: a Texas school district closes its fiscal year in half the time.

Unsubscribe | Manage preferences""")
M('ls05', '2026-06-23 14:10 -0400', 'helen', ['megan'], 'Beyond the pilot',
  sig=[('expansion', 'bring all 2,300 student employees onto Solano for the fall semester')], body="""
Megan,

The pilot in Athletics and Dining Services has gone well; supervisors like the approvals and we've had no late-pay complaints. We'd like to understand what it would take to bring all 2,300 student employees onto Solano for the fall semester.

Could you send a proposal we can take to the Controller?

Best regards,""")
M('ls06', '2026-06-23 15:00 -0500', 'megan', ['helen'], re='ls05',
  sig=[('commitment', "I'll send a proposal by Thursday, July 2")], body="""
Helen, that's great to hear. I'll send a proposal by Thursday, July 2, including the Banner HR integration and a rollout plan that fits before the first fall payroll.

Megan""")
M('ls07', '2026-07-01 16:30 -0500', 'megan', ['helen'], re='ls06', cc=['linda'], neg="vendor's own proposal with prices (vendor-written upsell)", body="""
Helen,

As promised, the campus-wide proposal is attached: all student employees, Banner HR integration, two training sessions for supervisors, go-live for the September 11 payroll. Pricing uses our Higher Ed per-student rate.

Megan""")
M('ls08', '2026-07-09 10:45 -0400', 'linda', ['megan'], re='ls07', drop_irt=True, body="""
Megan,

Helen forwarded the proposal. Before the Controller signs off I need to know how the Banner feed handles students with two jobs (e.g. Dining and the Library) and different pay rates. Our current process breaks on that every semester.

Linda""")
M('ls09', '2026-07-10 09:30 -0500', 'kevin', ['linda'], re='ls08', cc=['megan'], body="""
Hi Linda,

Each Banner position comes over as a separate assignment with its own rate and cost center; the student sees one timesheet with two job lines, and payroll gets one check with both earnings. Happy to demo with two of your real test IDs.""")
M('ls10', '2026-07-10 14:20 -0400', 'linda', ['kevin'], re='ls09', drop_irt=True, body="""
That works. Thank you Kevin.""")
M('ls11', '2026-07-17 11:00 -0400', 'helen', ['megan'], 'Procurement', body="""
Megan,

Procurement has agreed to a sole-source justification based on the pilot results, so we will not be going out to RFP. Expect a PO from our purchasing office in August.

Best regards,""")
M('ls12', '2026-07-24 20:40 -0500', 'megan', ['jamal'], 'Home opener', kind='personal', client='gmail', sigblock=False,
  neg='personal mail (football tickets)', body="""
Hey Jamal! Random question: my brother-in-law is a Lakeshore alum and we're trying to get to the home opener on Sept 5. Any idea if the student section sells guest tickets? No stress if not.

Megan""")
M('ls13', '2026-07-25 09:15 -0400', 'jamal', ['megan'], re='ls12', kind='personal', client='iphone', sigblock=False,
  neg='personal reply about football tickets', body="""
Ha, yes! Guest tickets go on sale Aug 15 at the athletics box office site. Go Lakers 🏈

Sent from my iPhone""")
M('ls14', '2026-08-03 08:30 -0400', 'jamal', ['megan'], 'New role + fall onboarding', sigblock=False, body="""
Hi Megan,

Quick update: as of August 1 I've moved into the Assistant Director, Student Employment role, so I'll be the main contact for the fall rollout on our side. Could we schedule the supervisor trainings for the week of August 24?

Jamal Price
Assistant Director, Student Employment
Lakeshore State University""")
M('ls15', '2026-08-03 10:00 -0500', 'megan', ['jamal'], 'Invitation: Supervisor training (fall rollout) – Tue Aug 25 1:00 PM EDT', cc=['helen'], kind='calendar', ics='ls', sigblock=False,
  neg='calendar invitation', body="""
Megan Whitfield has invited you to: Supervisor training (fall rollout)
Tuesday, August 25, 2026 1:00 PM - 2:30 PM (Eastern Time)
Location: Student Union, Room 210 / Zoom""")
M('ls16', '2026-08-03 10:12 -0400', 'helen', ['megan'], 'Accepted: Supervisor training (fall rollout) – Tue Aug 25 1:00 PM EDT', kind='calendar', sigblock=False,
  neg='calendar acceptance', body="""
Helen Kowalski has accepted this meeting.""")
M('ls17', '2026-08-20 15:05 -0400', 'helen', ['megan'], 'PO for campus-wide rollout', cc=['linda'],
  sig=[('expansion', 'the signed purchase order for the campus-wide rollout')], body="""
Megan,

Attached is the signed purchase order for the campus-wide rollout (PO 4500187722). Please invoice against it.

Best regards,""")
M('ls18', '2026-08-21 05:00 -0500', 'billing', ['linda'], 'Solano Payroll invoice INV-US-2026-0821', kind='bulk', neg='e-bill', body="""
Your invoice INV-US-2026-0821 (PO 4500187722) is available.
Amount due: $31,050.00  Due date: 09/20/2026
This is an automated message. Please do not reply.""")
M('ls19', '2026-09-04 14:00 -0500', 'support', ['linda'], '[Solano Support] Ticket #51204 received: tax withholding for international students', kind='bulk', neg='ticketing notification', body="""
We received your request #51204 "Tax withholding for international students". An agent will respond within one business day.""")
M('ls20', '2026-09-04 15:01 -0400', 'linda', ['support'], re='ls19', kind='auto', quote=False, sigblock=False,
  subj='Automatic reply: [Solano Support] Ticket #51204 received: tax withholding for international students', neg='out-of-office auto-reply', body="""
I am out of the office Friday, September 4 and Monday, September 7 (Labor Day). I will respond when I return on September 8.""")
M('ls21', '2026-09-17 12:30 -0400', 'helen', ['megan'], 'First campus-wide payroll',
  sig=[('advocacy', 'will mention Solano by name')], body="""
Megan,

The first campus-wide student payroll ran on September 11 without a single escalation to my office, which has never happened. I'm presenting our rollout at the Great Lakes higher-ed HR directors' meeting in October and will mention Solano by name. Would you be able to share a one-page summary of the rollout timeline I can use?

Best regards,""")
M('ls22', '2026-09-17 13:15 -0500', 'megan', ['helen'], re='ls21', cc=['jamal'], body="""
Helen, thank you, this is wonderful. I'll have the one-pager to you early next week. And huge credit to Jamal and Linda.

Megan""")
M('ls23', '2026-09-22 10:10 -0500', 'megan', ['helen'], re='ls22', body="""
Helen, the one-page rollout summary is attached. Feel free to edit anything.

Megan""")
M('ls24', '2026-09-26 16:45 -0400', 'jamal', ['megan'], 'Fwd: The Lakeshore Ledger – Board approves 4.5% tuition increase', sigblock=False,
  neg="customer forwards student news about the university's own tuition prices", body="""
Thought you'd get a kick out of the student paper's headline. Students are not thrilled with us this week 😅

J.""", fwd="""
Begin forwarded message:

From: The Lakeshore Ledger <newsletter@lakeshoreledger.com>
Subject: Board approves 4.5% tuition increase
Date: September 25, 2026 at 7:00:00 AM EDT
To: jprice@lakeshorestate.edu

The Board of Trustees approved a 4.5% tuition increase for 2027, citing rising costs. Student government argued Lakeshore is now more expensive than peer institutions such as Ferris State and Grand Valley, and urged the administration to raise student wages on campus.""")
M('ls25', '2026-09-08 08:50 -0400', 'linda', ['support'], re='ls19', drop_irt=True, body="""
Back in the office. The international student withholding question is answered, our tax office had the treaty codes. You can close #51204.

Linda""")
contact_meta('helen', 'active'); contact_meta('jamal', 'active', title='Assistant Director, Student Employment'); contact_meta('linda', 'active')
alert('expansion_opportunity', 'high', '2026-06-23', ['ls05', 'ls17'], 'Pilot to campus-wide rollout (2,300 student employees); PO signed 08-20.')
alert('open_commitment', 'low', '2026-06-23', ['ls06'], 'Proposal promised by 2026-07-02; kept by ls07 on 07-01.', due='2026-07-02')
alert('title_change', 'low', '2026-08-03', ['ls14'], 'Jamal Price: Student Employment Coordinator -> Assistant Director, Student Employment.')
alert('advocacy', 'medium', '2026-09-17', ['ls21'], 'AVP HR will present the rollout and name Solano at a regional HR directors meeting.')
