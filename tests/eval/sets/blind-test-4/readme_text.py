# -*- coding: utf-8 -*-
STORIES = {
'Brasa Norte Restaurantes': """
Monterrey restaurant group (Spanish, MX), owner Lucía Paredes. In June Claudia Garza (payroll manager) answers within
hours and announces two new restaurants in Saltillo (expansion); Lucía promises a quote by 12 June and keeps it a day early.
Then the replies slow down steadily: 22 h on 3 July with a pricing objection ("el precio por empleado se nos hace
alto"), 48 h on 8 July, 75 h in August (only one restaurant opened), a week at the start of September, six days for the
next one, which says the finance director asked to "revisar otras opciones antes de renovar". Ernesto Villarreal, the
finance director, only ever forwarded a CANIRAC report about menu prices (hard negative) and never answers; the last two
vendor mails are unanswered at as_of. Renewal 2026-11-20 is inside 90 days. Risk: latency degradation + renewal at risk.
""",
'Limpiezas Hospitalarias Cantábrico': """
Hospital cleaning contractor in Santander (Spanish, ES), owner Álvaro Benítez (Madrid). In June Carmen Solórzano (HR)
wants to extend the scheduling module to three new hospitals; the proposal is promised and delivered on 8 June. On 6 July
the finance director sends a formal letter: the board froze the budget, all new software purchases are suspended and the
renewal conditions will be reviewed. Carmen apologises ("no depende de mí"), answers once more on 21 July, then the account
goes dark: August holiday auto-reply, e-bill, a ticket auto-closing, a renewal notice, and two unanswered vendor mails
(09-01, 09-22). Javier (payroll) keeps writing — but only a private dinner invitation to a Solano consultant he used to
work with (personal hard negatives). Renewal 2026-12-15 inside 90 days. Risk: going dark after a budget freeze.
""",
'Aerolíneas del Café': """
Regional airline ground crew in Bogotá (Spanish, CO), owner Lucía Paredes. Colombia's working week drops to 42 hours on
15 July; Solano promises the configuration before 10 July and delivers on 9 July. On 17 July the ground operations manager
escalates ("Esto es inaceptable"): 183 ramp agents were underpaid night surcharge; the HR director adds that a repeat would
make them reconsider the relationship. Lucía promises fix and reliquidation file by 24 July; Greg delivers on 23 July, the
customer validates, a service credit follows and the director thanks them. In September the director refers a cargo
airline's HR head to Solano (advocacy) and payroll asks to add 90 maintenance technicians (expansion); the proposal is
promised for 2 October (open, not overdue at as_of). Personal dinner mail and a forwarded aviation tariff article are hard
negatives. Healthy: an escalation resolved well.
""",
'ConectaMás Contact Center': """
Call-centre operator in Mexico City (Spanish, MX), owner Lucía Paredes. Mixed. The vendor breaks promises repeatedly: the
Five9 connector spec promised for 19 June arrives 1 July; the formal answer to procurement promised for 31 July arrives
14 August; the updated contract promised for 18 September is still missing at as_of and procurement chased on 25 September
(unanswered). Procurement's long formal letter asks for a 15% price cut and threatens to evaluate alternatives; the
operations director later writes that they are NOT thinking of changing provider and the letter is routine (negation hard
negative). A payroll question about CFDI severance stamping (8 Sep) is never answered. Forwarded BPO benchmark, newsletters,
calendar mail, a national-holiday auto-reply and e-bills are hard negatives. Renewal 2026-12-10 inside 90 days.
""",
'FlexPlan Uitzendbureau': """
Staffing agency in Utrecht (Dutch, NL), owner Daan Verhoeven. Expansion story: three new branches and ~450 extra temp
workers from September, quote promised by 5 June and delivered on 4 June, approved by the COO. The COO recommends Solano to
another agency (advocacy). A new branch manager, Ruben Kok, appears in August (new contact). The first run for the new
branches is flawless and the customer wants the time-approval portal for its own clients (second expansion); Daan promises
and gives a demo on 17 September. Forwarded Flexmarkt Monitor report (Outlook NL), newsletter, calendar mail, holiday
auto-reply and e-bill are hard negatives. Healthy.
""",
'Versmarkt Kempen': """
Flemish supermarket chain in Turnhout (Dutch, BE; Lotus Notes, replies without In-Reply-To), owner Daan Verhoeven. In June
the till-to-timeclock interface fails for the third time (escalation). Daan promises a structural fix by 3 July, misses it,
the HR director chases on 8 July, the fix lands 17 July. On 5 August the board asks for an SD Worx quote for the renewal
(competitor); the decision moves to a new CFO, Sofie Mertens, who starts 17 August and writes to the vendor asking for a
cost overview by 4 September — nobody at Solano ever writes to her (new senior contact not engaged, unanswered customer
message). The payroll officer tips Daan off that the SD Worx demo happened; the decision falls in mid-October, "Ik kan je
niets beloven". Renewal 2026-12-01 inside 90 days. Risk. Lotus Notes forward of a Comeos retail price-war newsletter is a
hard negative.
""",
'Thuiszorg De Linde': """
Home-care provider in Zwolle (Dutch, NL), owner Daan Verhoeven. Small and happy: ORT tables promised for 26 June delivered
25 June; on the first anniversary the director offers to be a reference and to speak at the ActiZ congress; the case study is
approved in August. Daan and the director go to a football match together (personal mail, hard negatives). A new planner
appears in September. A forwarded Zorgvisie article about care providers switching HR software, and a reply saying "we zijn
niet van plan over te stappen" (the accountant's Nmbrs question) are hard negatives. Healthy: advocacy.
""",
'Cedar Valley ISD': """
Texas school district (English, US), owner Megan Whitfield. Quiet-but-healthy seasonal rhythm: busy June (summer deferred
pay, fiscal-year close in half the time — advocacy; the assistant superintendent agrees to a TASBO panel), silent July, a
burst at back-to-school in August, routine September. The payroll director Denise Holloway goes on maternity leave
10 August until 19 October (auto-reply with the return date): she is on_leave, not silent or departed; Tanya Ruiz covers.
A forwarded TASBO piece about other districts' budget cuts is explicitly "not affecting us" (hard negative). No risk alerts
should fire. Healthy.
""",
'Hollis & Reyes Construction': """
Houston general contractor (English, US), owner Megan Whitfield. June: certified payroll add-on for a TxDOT job
(expansion); Megan promised pricing by 10 June, missed it, was chased on 12 June (commitment overdue) and sent it that day.
15 July: champion Angela Duarte announces her last day (31 July) with no successor; she asks Megan for a personal job
reference (hard negative). On 4 August mail to her bounces. The controller, covering payroll, says they are studying
whether their ERP person can build time tracking into Viewpoint "so we don't need two systems" (in-house competitor, churn
risk). He answers tersely and late; the VP Operations never answers. Renewal 2026-12-20 enters the 90-day window on
21 September. Risk: champion departed, single-threaded, in-house alternative.
""",
'Lakeshore State University': """
Michigan university (English, US), owner Megan Whitfield. A small pilot (ARR 8,400) for student workers grows: the AVP HR
asks for a campus-wide proposal (promised for 2 July, delivered 1 July), procurement skips an RFP, a PO for the rollout
arrives 20 August (expansion). Jamal Price moves from Coordinator to Assistant Director (title change). The first
campus-wide payroll runs cleanly and the AVP will name Solano at a regional HR directors' meeting (advocacy). Personal mail
about football tickets, a forwarded student-paper article about tuition prices, calendar mail, tickets and an old-Outlook
payroll manager (no In-Reply-To) round it out. Healthy.
""",
}
