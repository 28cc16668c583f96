#!/usr/bin/env python3
"""timeline.py - simulated account histories as .eml files (analysis scenarios).

usage: timeline.py OUTDIR [--end YYYY-MM-DD] [--seed N]

Writes OUTDIR/accounts.csv, OUTDIR/days/YYYY-MM-DD/NNN.eml (one directory
per day, so a test can ingest the history a day or a week at a time and
snapshot as it goes) and OUTDIR/facts.json (the names and dates the test
checks against).  The company is northwind-analytics.com; Claire is the AM
of every account.  Twelve accounts, each seven months of ordinary mail
(a customer question every few days, our answer within hours, their
substantive reply, our short close; replies quote what they answer, as
real mail does) and then its story, ending on END:

1. Larchmont Logistics (mid): from END-35 the customer only acknowledges
   ("Will check.") and from END-21 their reply time goes from ~4 h to
   ~120 h (about three weekdays once weekends are left out): health
   falls, renewal END+80.
2. Quillfield Foods (smb, base plan): twelve questions about the
   Forecasting module from two people in the last ten days.
3. Brookline Health (enterprise): the champion's "no longer with the
   company, please contact James Ortiz" auto-reply, then a 5.1.1 bounce.
4. Tidemark Retail (mid): "the new dashboards saved us $400K last quarter".
5. Cedar Row Partners (mid): healthy and quiet (a thread every twelve
   days, answered within hours) and full of hard negatives: negated churn
   words, cancelled meetings, churn language only in quoted text and in
   a legal footer; and a request to hold off ("please do not call")
   that asks for no answer.
6. Oakridge Media (mid, renewal END+60): everything else at once, so that
   every alert kind is seen firing: an angry message (unacceptable,
   cancel, another vendor's quote) copying a new VP nobody answers, our
   promise "by Friday" never kept, a question left unanswered for days, a
   new head of finance who writes and is answered, and the main contact's
   signature showing a new title.
7. Sunmill Solar (smb): seasonal.  Two months of ordinary mail, then
   the installers' high season: our "no need to reply" note and an offer
   that asks nothing, four months without a word on either side, and the
   customer back at END-4 with a cheerful message.  A lull on both sides
   is the account's rhythm: its health stays above every account at risk
   and no health_drop or quiet alert is raised.  At END-2 the lead
   installer's auto-reply says he has left: contact_departed (he is not
   the champion).
8. Fernlea Dental (mid): healthy, and it has always run through one
   person (a question every four days, answered): its shape, not news,
   so no single_threaded (that is for an account that lost a person).
   At the end one quotation answered after a week, twice in its thread:
   one matter that takes time, not a latency_drift.
9. Harwick Mills (mid): two people who always answered.  From END-38 only
   Hana writes; Omar, who answered within hours, leaves our two questions
   of END-30 and END-20 unanswered: contact_silent names him and asks
   Hana.  Lucy, asked twice too, said in her out-of-office that she is on
   leave until END+20: not silent.  Piotr, copied on a thank-you that
   does not name him, and Greta, whom we wrote to first and who answered,
   are no new stakeholders waiting on us.
10. Juniper Freight (mid, renewal END+85): Ana, the champion, leaves our
   two renewal questions of END-30 and END-20 unanswered while Ben still
   writes: contact_silent (high), the health held below HealthRiskCap,
   and renewal_window names it.
11. Kestrel Print (mid): answers within hours, except a reply that takes
   a week now and then (three in the seven months, six weeks apart); in
   the last three weeks two conversations answered after five days each,
   no slower than before: the account's own rhythm, not a latency_drift.
12. Brenton Glass (mid): answers within a day for seven months; in the
   last month two conversations answered after six days each, and
   nothing else wrong: latency_drift, and the drift alone holds the
   health below HealthRiskCap.

Python standard library only; the output is the same for the same seed.
"""
import argparse
import datetime as dt
import email.utils
import json
import os
import random

US = "northwind-analytics.com"
AM = ("Claire Martin", "claire@" + US)
SUPPORT = ("Northwind Support", "support@" + US)

QUESTIONS = [
    "Could you check why the weekly carrier report shows two missing days for the northern region?",
    "Can we move the training session for the new planners to next Tuesday afternoon?",
    "Is there a way to export the on-time delivery dashboard to a spreadsheet every Monday?",
    "Our finance lead asked whether the invoice for October can be split across two cost centres?",
    "Could someone look at the login issue two of our analysts reported this morning?",
    "Would it be possible to add the new warehouse in Leeds to the regional rollup?",
    "Can you confirm the maintenance window for the upgrade planned later this month?",
    "Could you send the notes from last week's review call so I can share them internally?",
]
ANSWERS = [
    "Thanks for flagging this. I looked into it with the team and the fix is in place now; "
    "the report will show the full week from tomorrow.",
    "Of course. I have moved the session and sent an updated invitation to everyone on the list.",
    "Yes, there is a scheduled export for that. I set it up for you and attached a short guide.",
    "That is no problem at all. I asked our billing team to reissue it as two invoices today.",
]
CUSTOMER_REPLIES = [
    "Thank you, that works well for us and the team has already started using it again today.",
    "Great, many thanks for the quick help. I shared the guide with the planners this morning.",
    "Perfect, that solves it for us. I will let the rest of the team know about the change.",
    "Thanks a lot, that was fast. Everything looks right on our side now, including the totals.",
]
CLOSES = ["Glad to hear it.", "Great, thanks for letting me know.", "Happy to help."]

# Cedar Row writes like this: negation, meetings, old servers, quoted and
# legal churn words; none of it says the customer is leaving.
HARD_NEGATIVES = [
    "We are not planning to cancel anything; the rollout is going fine and nobody is unhappy.",
    "Could we cancel Thursday's meeting and move it to Friday at ten instead?",
    "We terminated the old SFTP server last week, so please use the new endpoint from now on?",
    "No escalation needed here, it is a small question about the monthly summary layout?",
    "We have no intention of switching providers; can you send the Q3 usage summary?",
    "Nothing urgent and no complaint, just checking that the January report dates are right?",
]
LEGAL = ("\n\nThis e-mail is confidential. If you are not the intended recipient, please "
         "notify us and cancel or delete it; we may terminate access for misuse.")

FORECASTING_QUESTIONS = [
    "Does the Forecasting module handle weekly seasonality?",
    "Can the Forecasting module use our promotion calendar as an input?",
    "How does the Forecasting module deal with new products that have no history?",
    "Is the Forecasting module able to forecast per store and per SKU?",
    "What accuracy do customers usually see with the Forecasting module after a quarter?",
    "Can the Forecasting module export its forecasts back into our ERP?",
    "Does the Forecasting module let planners override a forecast and keep the reason?",
    "How long does it take to train the Forecasting module on two years of sales?",
    "Can the Forecasting module account for holidays in different countries?",
    "Would the Forecasting module work with our weekly data instead of daily data?",
    "Is there an API for the Forecasting module so our team can pull results?",
    "Can we see the Forecasting module running on our own data before deciding?",
]


class Writer:
    """Collects messages into OUTDIR/days/<date>/NNN.eml."""

    def __init__(self, outdir):
        self.outdir = outdir
        self.count = 0

    def write(self, when, headers, body):
        day = when.strftime("%Y-%m-%d")
        folder = os.path.join(self.outdir, "days", day)
        os.makedirs(folder, exist_ok=True)
        self.count += 1
        lines = ["%s: %s" % (k, v) for k, v in headers if v is not None]
        text = "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"
        with open(os.path.join(folder, "%05d.eml" % self.count), "w", encoding="utf-8") as f:
            f.write(text)


def addr(person):
    return email.utils.formataddr(person)


class Thread:
    """One conversation: each message answers the previous one."""

    def __init__(self, writer, account, subject):
        self.w = writer
        self.account = account
        self.subject = subject
        self.ids = []
        self.last = None  # (when, sender, body)

    def send(self, when, sender, to, body, cc=(), extra=(), new_subject=None, sign=True):
        if sign and sender[1] in self.account.get("titles", {}) and len(body.split()) > 6:
            body += "\n\nBest regards,\n%s\n%s, %s" % (sender[0], self.account["titles"][sender[1]],
                                                     self.account["name"])
            body += self.account.get("footer", "")
        msgid = "<%d.%d@%s>" % (int(when.timestamp()), self.w.count + 1, sender[1].split("@")[1])
        subject = new_subject or (("Re: " if self.ids else "") + self.subject)
        quoted = ""
        if self.last:
            pwhen, psender, pbody = self.last
            quoted = "\n\nOn %s, %s wrote:\n%s" % (
                email.utils.format_datetime(pwhen), psender[0],
                "\n".join("> " + l for l in pbody.splitlines()))
        headers = [("From", addr(sender)), ("To", ", ".join(addr(p) for p in to)),
                   ("Cc", ", ".join(addr(p) for p in cc) if cc else None),
                   ("Subject", subject), ("Date", email.utils.format_datetime(when)),
                   ("Message-ID", msgid)]
        if self.ids:
            headers += [("In-Reply-To", self.ids[-1]), ("References", " ".join(self.ids[-5:]))]
        headers += list(extra)
        self.w.write(when, headers, body + quoted)
        self.ids.append(msgid)
        self.last = (when, sender, body)
        return msgid


def at(day, hour):
    return day + dt.timedelta(hours=hour)


def ordinary_history(w, rng, acct, start, stop, every, latency=4.0, closes=True):
    """A customer question every `every` days, answered, replied, closed."""
    day = start
    n = 0
    while day < stop:
        # the first contact asks two questions in three: the champion
        asker = acct["contacts"][0 if n % 3 != 2 else 1]
        t = Thread(w, acct, rng.choice(["Weekly report", "Dashboard question", "Training",
                                        "Invoice", "Access", "Regional rollup"]) + " #%d" % n)
        q = at(day, 9 + rng.random() * 3)
        t.send(q, asker, [AM], acct.get("question", lambda r: r.choice(QUESTIONS))(rng))
        a = q + dt.timedelta(hours=1.5 + rng.random())
        t.send(a, AM, [asker], rng.choice(ANSWERS))
        r = a + dt.timedelta(hours=latency * (0.8 + 0.4 * rng.random()))
        t.send(r, asker, [AM], rng.choice(acct.get("replies", CUSTOMER_REPLIES)))
        if closes:
            t.send(r + dt.timedelta(hours=1), AM, [asker], rng.choice(CLOSES))
        day += dt.timedelta(days=every + rng.choice([-1, 0, 0, 1]))
        n += 1
    return n


def larchmont(w, rng, acct, end):
    """Healthy until END-35, then acknowledgements only, slower and slower."""
    start = end - dt.timedelta(days=220)
    last_substantive = end - dt.timedelta(days=35)
    ordinary_history(w, rng, acct, start, last_substantive - dt.timedelta(days=3), 4)
    maya, tom = acct["contacts"]
    t = Thread(w, acct, "Depot go-live")
    t.send(at(last_substantive, 8), AM, [maya], "Hi Maya, is the new depot still planned for "
           "the first week of next month?")
    t.send(at(last_substantive, 10), maya, [AM], "Yes, the depot goes live in the first week "
           "and the planners will need the new region in the dashboards by then.")
    # From END-35 to END-21 short answers at ~4 h; then 4 h -> 120 h.
    asks = ["Could you confirm the number of planners who need access?",
            "Could you send the list of depots for the regional rollup?",
            "Is Thursday still good for the review call?",
            "Could you confirm who signs off on the renewal paperwork?",
            "Do you have ten minutes this week to look at the new depot view?"]
    acks = ["Will check.", "Noted.", "Ok.", "Will get back to you.", "Thanks, noted."]
    day = last_substantive + dt.timedelta(days=3)
    i = 0
    while day < end - dt.timedelta(days=2):
        frac = max(0.0, (day - (end - dt.timedelta(days=21))).days / 19.0)
        latency = 4 + min(1.0, frac) * 116
        who = (maya, tom)[i % 2]
        t = Thread(w, acct, "Follow-up %d" % i)
        q = at(day, 9)
        t.send(q, AM, [who], "Hi %s, %s" % (who[0].split()[0], asks[i % len(asks)]))
        reply = q + dt.timedelta(hours=latency)
        if reply < end:
            t.send(reply, who, [AM], acks[i % len(acks)])
        day += dt.timedelta(days=3)
        i += 1
    return {"last_substantive": last_substantive.strftime("%Y-%m-%d")}


def quillfield(w, rng, acct, end):
    """Ordinary mail, then twelve Forecasting module questions in ten days."""
    ordinary_history(w, rng, acct, end - dt.timedelta(days=220), end - dt.timedelta(days=12), 5)
    qs = list(FORECASTING_QUESTIONS)
    day = end - dt.timedelta(days=10)
    i = 0
    while qs:
        asker = acct["contacts"][i % 2]
        batch = [qs.pop(0)] + ([qs.pop(0)] if i % 3 == 0 and qs else [])
        t = Thread(w, acct, "Forecasting questions (%d)" % (i + 1))
        q = at(day, 10)
        t.send(q, asker, [AM], "Hi Claire, we are looking at forecasting for next year. "
               + " ".join(batch))
        t.send(q + dt.timedelta(hours=2), AM, [asker], "Good questions; short answer: yes. "
               "I will put the details in a one-pager for your team.")
        t.send(q + dt.timedelta(hours=5), asker, [AM], "Thanks, that one-pager would help "
               "us a lot with the internal discussion next week.")
        day += dt.timedelta(days=1)
        i += 1
    return {"module": "forecasting module", "people": [c[0] for c in acct["contacts"]]}


def auto_reply(t, when, person, text):
    """person's auto-reply, a minute after our message of the thread t"""
    t.send(when + dt.timedelta(minutes=1), person, [AM], "Thank you for your email. " + text,
           new_subject="Automatic reply: " + t.subject,
           extra=[("Auto-Submitted", "auto-replied")], sign=False)


def brookline(w, rng, acct, end):
    """The champion leaves: an auto-reply names the successor, then a bounce."""
    ordinary_history(w, rng, acct, end - dt.timedelta(days=220), end - dt.timedelta(days=8), 4)
    sarah = acct["contacts"][0]
    successor = ("James Ortiz", "james.ortiz@" + acct["domain"])
    t = Thread(w, acct, "Q1 rollout plan")
    q = at(end - dt.timedelta(days=6), 9)
    t.send(q, AM, [sarah], "Hi Sarah, could we schedule the Q1 rollout review for next week?")
    auto_reply(t, q, sarah, "Sarah Kim is no longer with Brookline Health. Please contact "
               "James Ortiz at %s for anything related to our account." % successor[1])
    when = at(end - dt.timedelta(days=3), 13)
    mx = "mx." + acct["domain"]
    boundary = "bounce-%d" % int(when.timestamp())
    body = (
        "This is a MIME-encapsulated message.\n\n--%(b)s\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host %(mx)s.\n\nYour message could not be delivered.\n\n"
        "<%(rcpt)s>: host %(mx)s said: 550 5.1.1 <%(rcpt)s>: Recipient address rejected: "
        "User unknown in virtual mailbox table\n\n--%(b)s\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; %(mx)s\n\nFinal-Recipient: rfc822; %(rcpt)s\nAction: failed\n"
        "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <%(rcpt)s>: Recipient address rejected: "
        "User unknown\n\n--%(b)s\nContent-Type: text/rfc822-headers\n\nFrom: %(am)s\nTo: %(rcpt)s\n"
        "Subject: Renewal prep\n\n--%(b)s--\n") % {"b": boundary, "mx": mx, "rcpt": sarah[1],
                                                  "am": addr(AM)}
    w.write(when, [("From", "Mail Delivery System <MAILER-DAEMON@%s>" % mx), ("To", addr(AM)),
                   ("Subject", "Undelivered Mail Returned to Sender"),
                   ("Date", email.utils.format_datetime(when)),
                   ("Message-ID", "<%d.bounce@%s>" % (int(when.timestamp()), mx)),
                   ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
                   ("Content-Type", 'multipart/report; report-type=delivery-status; boundary="%s"'
                    % boundary)], body)
    return {"champion": sarah[1], "successor": successor[1]}


def tidemark(w, rng, acct, end):
    """Ordinary mail, then the $400K sentence."""
    ordinary_history(w, rng, acct, end - dt.timedelta(days=220), end - dt.timedelta(days=6), 4)
    olivia = acct["contacts"][0]
    t = Thread(w, acct, "Quarterly results")
    q = at(end - dt.timedelta(days=4), 15)
    t.send(q, olivia, [AM], "Hi Claire, a quick note before our quarterly review: the new "
           "stock-out dashboards saved us $400K last quarter by catching empty shelves early. "
           "Our CEO mentioned it at the board meeting.")
    t.send(q + dt.timedelta(hours=2), AM, [olivia], "That is wonderful news, thank you for "
           "telling me. I will bring the numbers to our review.")
    return {"contact": olivia[1]}


def cedar_row(w, rng, acct, end):
    """Healthy and quiet; hard negatives everywhere."""
    acct["question"] = lambda r: r.choice(HARD_NEGATIVES)
    acct["footer"] = LEGAL
    acct["replies"] = [
        "Thanks, that works for us; the reports arrive on time now.\n\n"
        "> we will cancel the contract if the reports stay late",
        "Many thanks. We are not going to terminate anything, the team uses the reports "
        "every week.",
        "Thank you, noted. We are not considering any other vendor at this point and "
        "the renewal is not in question.",
    ]
    ordinary_history(w, rng, acct, end - dt.timedelta(days=220), end - dt.timedelta(days=5), 12,
                     latency=5.0)
    # A request to hold off asks for no answer (unanswered stays silent)
    Thread(w, acct, "Renewal paperwork").send(
        at(end - dt.timedelta(days=4), 10), acct["contacts"][0], [AM], "Could you keep the "
        "renewal paperwork on hold? The partners decide in their meeting next month; until "
        "then, please do not call about it.")
    # A notice to eight of us is no question waiting on one of us (unanswered
    # counts a small conversation only: NewStakeholderMaxRecipients)
    staff = [("Staff %d" % i, "staff%d@%s" % (i, US)) for i in range(1, 8)]
    Thread(w, acct, "Charity run committee").send(
        at(end - dt.timedelta(days=3), 11), acct["contacts"][0], [AM] + staff, "Could you all "
        "confirm by Friday whether you will join the charity run committee meeting?")
    return {}


def oakridge(w, rng, acct, end):
    """Ordinary mail, then trouble: risk language, a new VP, a broken promise."""
    ordinary_history(w, rng, acct, end - dt.timedelta(days=220), end - dt.timedelta(days=14), 4)
    nora = acct["contacts"][0]
    victor = ("Victor Hale", "victor.hale@" + acct["domain"])
    t = Thread(w, acct, "Delivery delays")
    q = at(end - dt.timedelta(days=11), 9)  # a Monday when END is a Friday
    t.send(q, nora, [AM], "Honestly the delays of the last weeks are unacceptable. Fieldwise "
           "quoted us half your price, and we are considering to cancel our "
           "subscription at renewal.", cc=[victor])
    t.send(q + dt.timedelta(hours=2), AM, [nora], "I am sorry about the delays. I will send "
           "you the revised delivery plan by Friday.")
    # A new person who writes to us and is answered (new_contacts: news,
    # not risk), and Nora's signature shows a new title (title_change)
    ines = ("Ines Ward", "ines.ward@" + acct["domain"])
    acct["titles"][ines[1]] = "Head of Finance"
    t3 = Thread(w, acct, "Invoice address")
    q3 = at(end - dt.timedelta(days=7), 11)
    t3.send(q3, ines, [AM], "Hello Claire, I joined Oakridge as head of finance last month. "
            "Could you send our invoices to the finance team mailbox from now on?")
    t3.send(q3 + dt.timedelta(hours=1), AM, [ines], "Welcome, Ines. Done: from the next "
            "invoice on, they go to the finance team mailbox.")
    acct["titles"][nora[1]] = "Director of Operations"
    t2 = Thread(w, acct, "Export fix")
    t2.send(at(end - dt.timedelta(days=3), 10), nora, [AM], "Could you tell us when the "
            "export fix ships? Our finance team is waiting for it to close the month.")
    return {"new_stakeholder": victor[1], "new_contact": ines[1]}


def sunmill(w, rng, acct, end):
    """Busy, then a lull on both sides for the high season, then back."""
    ordinary_history(w, rng, acct, end - dt.timedelta(days=200), end - dt.timedelta(days=140), 5)
    kate = acct["contacts"][0]
    Thread(w, acct, "Busy months").send(
        at(end - dt.timedelta(days=124), 9), AM, [kate], "Hi Kate, no need to reply - just to "
        "say we are here if anything gets in the way during the busy months.")
    Thread(w, acct, "Monitoring connector").send(
        at(end - dt.timedelta(days=74), 9), AM, [kate], "Hi Kate, we have just released a "
        "connector that pulls inverter alerts straight into jobs; the first two months are free.")
    t = Thread(w, acct, "Back above water")
    q = at(end - dt.timedelta(days=4), 18)
    t.send(q, kate, [AM], "What a season! We fitted more roofs than ever and the scheduling "
           "board carried us through it. Yes to the monitoring connector as well.")
    t.send(q + dt.timedelta(hours=14), AM, [kate], "Congratulations, Kate! I have switched the "
           "connector trial on for you.")
    # The lead installer (not the champion) has left: contact_departed
    jory = acct["contacts"][1]
    t2 = Thread(w, acct, "Connector training")
    q2 = at(end - dt.timedelta(days=2), 9)
    t2.send(q2, AM, [jory], "Hi Jory, shall I book the connector training for your installers?")
    auto_reply(t2, q2, jory, "Jory Hicks is no longer with Sunmill Solar. Please contact "
               "Kate Penrose at %s instead." % kate[1])
    return {}


def fernlea(w, rng, acct, end):
    """One person, always: ordinary mail only."""
    acct["contacts"] = [acct["contacts"][0]] * 2
    ordinary_history(w, rng, acct, end - dt.timedelta(days=200), end - dt.timedelta(days=24), 4)
    # One matter that takes time: our quotation, weighed a week, twice
    aoife = acct["contacts"][0]
    t = Thread(w, acct, "Quotation")
    q = at(end - dt.timedelta(days=20), 9)
    t.send(q, AM, [aoife], "Hi Aoife, here is the quotation we talked about. Any questions?")
    t.send(q + dt.timedelta(days=7), aoife, [AM], "Thanks Claire, the partners are still "
           "weighing it and will come back to you after their meeting next week.")
    t.send(q + dt.timedelta(days=7, hours=1), AM, [aoife], "Of course. Shall I keep the "
           "prices as they are until the end of the month?")
    t.send(q + dt.timedelta(days=14, hours=1), aoife, [AM], "Thanks, that helps. The partners "
           "met on Monday and they are happy with the proposal as it stands.")
    return {}


def harwick(w, rng, acct, end):
    """Omar stops answering us while Hana goes on; Lucy is on leave."""
    hana, omar, lucy = acct["contacts"]
    acct["contacts"] = [hana, omar]
    ordinary_history(w, rng, acct, end - dt.timedelta(days=200), end - dt.timedelta(days=40), 4)
    t = Thread(w, acct, "Audit checklist")
    q = at(end - dt.timedelta(days=150), 10)
    t.send(q, lucy, [AM], "Hello Claire, could you send the audit checklist for the new line?")
    t.send(q + dt.timedelta(hours=2), AM, [lucy], "Here it is, Lucy: the checklist is attached.")
    t.send(q + dt.timedelta(hours=5), lucy, [AM], "Thanks, that is exactly what the auditors "
           "asked us for; I shared it with the team.")
    acct["contacts"] = [hana, hana]
    ordinary_history(w, rng, acct, end - dt.timedelta(days=38), end - dt.timedelta(days=2), 4)
    for days, text in ((30, "Hi Omar, could you send me the list of looms that need the new "
                        "sensor kit?"),
                       (20, "Hi Omar, following up on the sensor kits: could you send the list "
                        "of looms so we can ship them this month?")):
        Thread(w, acct, "Sensor kits" if days == 30 else "Re: Sensor kits").send(
            at(end - dt.timedelta(days=days), 9), AM, [omar], text)
    back = (end + dt.timedelta(days=20)).strftime("%d %B %Y")
    t = Thread(w, acct, "Quality review")
    q = at(end - dt.timedelta(days=28), 9)
    t.send(q, AM, [lucy], "Hi Lucy, could we book the quarterly quality review?")
    auto_reply(t, q, lucy, "I am on parental leave until %s. For urgent matters please "
               "contact Hana Novak." % back)
    Thread(w, acct, "Quality review dates").send(
        at(end - dt.timedelta(days=15), 9), AM, [lucy], "Hi Lucy, which week suits you for "
        "the quality review when you are back?")
    # New people who are no stakeholders waiting on us: Piotr, copied on
    # Hana's thank-you that does not speak of him; Greta, whom we wrote
    # to first and who answered us
    piotr = ("Piotr Zielinski", "piotr.zielinski@" + acct["domain"])
    Thread(w, acct, "Thanks for the visit").send(
        at(end - dt.timedelta(days=12), 16), hana, [AM], "Claire, thank you for the visit "
        "yesterday; the team enjoyed the session on the new sensor dashboards.", cc=[piotr])
    greta = ("Greta Lind", "greta.lind@" + acct["domain"])
    t = Thread(w, acct, "Certificates for the sensor gateway")
    q = at(end - dt.timedelta(days=10), 9)
    t.send(q, AM, [greta], "Hi Greta, Hana told me you look after the network: could you "
           "send the certificates for the sensor gateway?")
    t.send(q + dt.timedelta(hours=3), greta, [AM], "Hi Claire, the certificates are in the "
           "shared folder now, and the firewall rule is open as well.")
    return {"silent": omar[1], "on_leave": lucy[1], "asked": hana[0], "copied": piotr[1],
            "engaged": greta[1]}


def juniper(w, rng, acct, end):
    """The champion stops answering our renewal questions; Ben goes on."""
    ana, ben = acct["contacts"]
    ordinary_history(w, rng, acct, end - dt.timedelta(days=200), end - dt.timedelta(days=40), 4)
    t = Thread(w, acct, "Renewal review")
    t.send(at(end - dt.timedelta(days=30), 9), AM, [ana], "Hi Ana, could we book an hour "
           "for the renewal review before the end of next month?")
    t.send(at(end - dt.timedelta(days=20), 9), AM, [ana], "Hi Ana, following up on the "
           "renewal review: which week would suit you?")
    for days, text in ((12, "Could you check why the pallet report misses the Dover depot?"),
                       (6, "Can you add the new Ipswich cross-dock to the weekly summary?")):
        t2 = Thread(w, acct, "Depot question %d" % days)
        q = at(end - dt.timedelta(days=days), 10)
        t2.send(q, ben, [AM], "Hi Claire, " + text)
        t2.send(q + dt.timedelta(hours=2), AM, [ben], "Done, Ben: it shows from today.")
        t2.send(q + dt.timedelta(hours=4), ben, [AM], "Thanks, that looks right now.")
    return {"silent": ana[1]}


def kestrel(w, rng, acct, end):
    """Quick replies with an occasional week; then two slow ones, no slower."""
    ordinary_history(w, rng, acct, end - dt.timedelta(days=220), end - dt.timedelta(days=30), 5)
    ivy = acct["contacts"][0]
    slow = [(160, 7, "Print run for the spring catalogue"), (115, 7, "Paper stock for the autumn"),
            (70, 7, "Binding options"), (20, 5, "Warehouse labels"), (12, 5, "Delivery slots")]
    for days, took, subject in slow:
        t = Thread(w, acct, subject)
        q = at(end - dt.timedelta(days=days), 9)
        t.send(q, AM, [ivy], "Hi Ivy, could you confirm the quantities for the %s?" % subject.lower())
        t.send(q + dt.timedelta(days=took), ivy, [AM], "Hi Claire, sorry for the wait: the "
               "quantities are confirmed as in the last order.")
    return {}


def brenton(w, rng, acct, end):
    """Replies within a day, then two conversations answered after six days."""
    ordinary_history(w, rng, acct, end - dt.timedelta(days=220), end - dt.timedelta(days=30), 5,
                     latency=20.0)
    eva = acct["contacts"][0]
    for days, subject in ((25, "Toughened panels"), (14, "Site survey dates")):
        t = Thread(w, acct, subject)
        q = at(end - dt.timedelta(days=days), 9)
        t.send(q, AM, [eva], "Hi Eva, could you confirm the figures for the %s?" % subject.lower())
        t.send(q + dt.timedelta(days=6), eva, [AM], "Hi Claire, the figures are as in the "
               "last order.")
    return {}


ACCOUNTS = [
    ("Larchmont Logistics", "larchmont-logistics.com", "mid", 90000, 80, larchmont,
     [("Maya Chen", "maya.chen", "Operations Manager"), ("Tom Price", "tom.price", "Analyst")]),
    ("Quillfield Foods", "quillfield-foods.com", "smb", 24000, 250, quillfield,
     [("Priya Nair", "priya.nair", "Planning Lead"), ("Leo Brandt", "leo.brandt", "Demand Planner")]),
    ("Brookline Health", "brookline-health.org", "enterprise", 180000, 200, brookline,
     [("Sarah Kim", "sarah.kim", "VP Operations"), ("Dan Reyes", "dan.reyes", "Data Analyst")]),
    ("Tidemark Retail", "tidemark-retail.com", "mid", 60000, 300, tidemark,
     [("Olivia Grant", "olivia.grant", "Head of Merchandising"), ("Ben Carter", "ben.carter",
                                                                  "Store Analyst")]),
    ("Cedar Row Partners", "cedarrow.com", "mid", 50000, 220, cedar_row,
     [("Ellen Park", "ellen.park", "Office Manager"), ("Raj Mehta", "raj.mehta", "Accountant")]),
    ("Oakridge Media", "oakridge-media.com", "mid", 70000, 60, oakridge,
     [("Nora Blake", "nora.blake", "Operations Lead"), ("Sam Ito", "sam.ito", "Analyst")]),
    ("Sunmill Solar", "sunmill-solar.co.uk", "smb", 7500, 230, sunmill,
     [("Kate Penrose", "kate.penrose", "Managing Director"), ("Jory Hicks", "jory.hicks",
                                                               "Lead Installer")]),
    ("Fernlea Dental", "fernlea-dental.com", "mid", 30000, 150, fernlea,
     [("Aoife Byrne", "aoife.byrne", "Practice Manager")]),
    ("Harwick Mills", "harwick-mills.com", "mid", 40000, 280, harwick,
     [("Hana Novak", "hana.novak", "Production Manager"), ("Omar Haddad", "omar.haddad",
                                                           "Maintenance Lead"),
      ("Lucy Marsh", "lucy.marsh", "Quality Manager")]),
    ("Juniper Freight", "juniper-freight.co.uk", "mid", 20000, 85, juniper,
     [("Ana Ruiz", "ana.ruiz", "Head of Operations"), ("Ben Okafor", "ben.okafor",
                                                         "Planner")]),
    ("Kestrel Print", "kestrel-print.com", "mid", 35000, 200, kestrel,
     [("Ivy Lund", "ivy.lund", "Production Planner"), ("Max Roe", "max.roe", "Buyer")]),
    ("Brenton Glass", "brenton-glass.com", "mid", 45000, 210, brenton,
     [("Eva Stone", "eva.stone", "Buyer"), ("Joe Hart", "joe.hart", "Site Manager")]),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir")
    ap.add_argument("--end", default="2026-11-20")
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args()
    end = dt.datetime.strptime(args.end, "%Y-%m-%d").replace(tzinfo=dt.timezone.utc)
    rng = random.Random(args.seed)
    w = Writer(args.outdir)
    facts = {"end": args.end, "am": AM[1], "accounts": {}}
    rows = ["account,domains,owner,arr,renewal_date,segment"]
    for name, domain, segment, arr, renew_in, story, people in ACCOUNTS:
        acct = {"name": name, "domain": domain,
                "contacts": [(n, "%s@%s" % (local, domain)) for n, local, _ in people],
                "titles": {"%s@%s" % (local, domain): t for _, local, t in people}}
        renewal = (end + dt.timedelta(days=renew_in)).strftime("%Y-%m-%d")
        rows.append("%s,%s,%s,%d,%s,%s" % (name, domain, AM[1], arr, renewal, segment))
        f = story(w, rng, acct, end)
        f.update({"renewal_date": renewal, "segment": segment})
        facts["accounts"][name] = f
    os.makedirs(args.outdir, exist_ok=True)
    with open(os.path.join(args.outdir, "accounts.csv"), "w") as f:
        f.write("\n".join(rows) + "\n")
    with open(os.path.join(args.outdir, "facts.json"), "w") as f:
        json.dump(facts, f, indent=1)
    print("%d messages" % w.count)


if __name__ == "__main__":
    main()
