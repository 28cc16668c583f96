#!/usr/bin/env python3
"""make-smoke.py - the harness's own tiny scenario set (tests/eval/sets/smoke).

usage: make-smoke.py [OUTDIR]   (default: the folder of this script)

Writes accounts.csv, one mbox per account and expected.yaml in the format
of ../shared/EVAL.md, deterministically, then validates them: every
referenced Message-ID exists, every expected phrase occurs in the new
(unquoted) text of its message, In-Reply-To targets exist.  It is a
smoke test for tests/eval (two accounts, fourteen messages), written by
the harness's author: development data, never evidence of quality.
The vendor is Tallyforge (tallyforge.com), scheduling software.
"""
import email.utils
import os
import sys
import datetime as dt

VENDOR = "tallyforge.com"
AM = ("Nora Quist", "nora.quist@" + VENDOR)
SUPPORT = ("Tallyforge Support", "support@" + VENDOR)
AS_OF = "2026-03-31"

HP = "harborpines-dental.com"
KF = "kestrelfreight.com"
GRACE = ("Grace Ollier", "grace.ollier@" + HP)
TOM = ("Tom Bexley", "tom.bexley@" + HP)
PAUL = ("Paul Renner", "paul.renner@" + KF)
AMELIE = ("Amélie Durand", "amelie.durand@" + KF)

# Each message: key, account, date (UTC offset as written), from, to,
# subject, new text, key of the message it replies to (or None).
MESSAGES = [
    ("hp1", "hp", "2026-02-03 09:12 -0500", GRACE, [AM], "Reminder templates",
     "Hi Nora,\n\nCould you tell me how to change the wording of the appointment reminder texts?\n"
     "The front desk wants to add our new address.\n\nThanks,\nGrace", None),
    ("hp2", "hp", "2026-02-03 11:40 -0500", AM, [GRACE], "Re: Reminder templates",
     "Hi Grace,\n\nSettings > Reminders > Templates; the address field is the third one.\n\n"
     "Best,\nNora", "hp1"),
    ("hp3", "hp", "2026-03-02 10:05 -0500", GRACE, [AM], "Invoice for the spring term",
     "Hi Nora,\n\nThe March invoice shows 14 chairs but we only run 11. Can you check it?\n\n"
     "Grace", None),
    ("hp4", "hp", "2026-03-02 15:30 -0500", AM, [GRACE], "Re: Invoice for the spring term",
     "Hi Grace,\n\nYou are right, sorry about that. I'll send the corrected invoice by Friday, "
     "March 6.\n\nNora", "hp3"),
    ("hp5", "hp", "2026-03-10 08:47 -0500", TOM, [AM], "Next year",
     "Nora,\n\nOur board asked us to evaluate alternatives before the renewal, and we have a "
     "demo of Dentrix Ascend booked next week. The invoice mistakes have not helped.\n\n"
     "Tom Bexley\nPractice Director", None),
    ("hp6", "hp", "2026-03-20 16:22 -0500", GRACE, [AM], "Data export",
     "Hi Nora,\n\nCan you confirm how we get a full export of all our scheduling data, "
     "including the patient history? We need it by the end of April.\n\nGrace", None),
    ("kf1", "kf", "2026-02-04 08:30 +0100", PAUL, [AM], "Route board question",
     "Hello Nora,\n\nIs there a way to show the Rotterdam depot on the same board as Antwerp?\n\n"
     "Paul", None),
    ("kf2", "kf", "2026-02-04 10:02 +0100", AM, [PAUL], "Re: Route board question",
     "Hi Paul,\n\nYes: add it under Boards > Depots; I have done it for you.\n\nNora", "kf1"),
    ("kf3", "kf", "2026-02-05 09:15 +0100", PAUL, [AM], "Re: Route board question",
     "Thanks Nora, that works. The new route dashboards saved our dispatch team hours every "
     "week.\n\nPaul", "kf2"),
    ("kf4", "kf", "2026-02-18 14:00 +0000", AM, [PAUL], "Premium seats offer",
     "Hi Paul,\n\nUpgrade to Premium before April and get 20 more seats at half price.\n\n"
     "Nora", None),
    ("kf5", "kf", "2026-02-19 09:40 +0100", PAUL, [AM], "Re: Premium seats offer",
     "Hi Nora,\n\nThanks, but no. We are not planning to cancel or change anything; the "
     "current plan suits us.\n\nPaul", "kf4"),
    ("kf6", "kf", "2026-03-04 11:20 +0100", AMELIE, [AM], "Question sur les tournées",
     "Bonjour Nora,\n\nPouvez-vous me dire comment exporter le planning des tournées de la "
     "semaine ?\n\nMerci,\nAmélie", None),
    ("kf7", "kf", "2026-03-04 13:05 +0100", AM, [AMELIE], "Re: Question sur les tournées",
     "Bonjour Amélie,\n\nBoards > Export > CSV, une fois par semaine si vous voulez.\n\n"
     "Cordialement,\nNora", "kf6"),
    ("kf8", "kf", "2026-03-05 08:55 +0100", AMELIE, [AM], "Re: Question sur les tournées",
     "Merci pour la réponse rapide, tout fonctionne.\n\nAmélie", "kf7"),
]


def msgid(key):
    """msgid - the Message-ID (with brackets) of a message key"""
    return "<%s.smoke@%s>" % (key, "mail.example")


def date_of(text):
    """date_of - an aware datetime from "YYYY-MM-DD HH:MM +ZZZZ" """
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def render(m, by_key):
    """render - one message as RFC 5322 text with its mbox From_ line"""
    key, _acct, date, frm, to, subject, body, parent = m
    d = date_of(date)
    quoted = ""
    hdr = [("From", email.utils.formataddr(frm)), ("To", ", ".join(email.utils.formataddr(t) for t in to)),
           ("Subject", subject), ("Date", email.utils.format_datetime(d)), ("Message-ID", msgid(key))]
    if parent:
        p = by_key[parent]
        hdr += [("In-Reply-To", msgid(parent)), ("References", msgid(parent))]
        pd = date_of(p[2])
        quoted = "\n\nOn %s, %s wrote:\n%s" % (email.utils.format_datetime(pd), p[3][0],
                                              "\n".join("> " + line for line in p[6].split("\n")))
    text = body + quoted + "\n"
    ascii_only = all(ord(c) < 128 for c in text + subject + frm[0])
    lines = []
    for name, value in hdr:
        if not ascii_only or any(ord(c) > 127 for c in value):
            value = encode_header(name, value)
        lines.append("%s: %s" % (name, value))
    lines.append("MIME-Version: 1.0")
    if ascii_only:
        lines.append("Content-Type: text/plain; charset=us-ascii")
        lines.append("Content-Transfer-Encoding: 7bit")
        payload = text
    else:
        import quopri
        lines.append("Content-Type: text/plain; charset=utf-8")
        lines.append("Content-Transfer-Encoding: quoted-printable")
        payload = quopri.encodestring(text.encode("utf-8")).decode("ascii")
    envelope = "From %s %s" % (frm[1], d.astimezone(dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y"))
    body_lines = [(">" + line if line.startswith("From ") or line.startswith(">From ") else line)
                  for line in payload.split("\n")]
    return envelope + "\n" + "\n".join(lines) + "\n\n" + "\n".join(body_lines) + "\n"


def encode_header(name, value):
    """encode_header - RFC 2047 for non-ASCII display names and subjects"""
    from email.header import Header
    if name in ("From", "To"):
        out = []
        for part in value.split(", "):
            nm, addr = email.utils.parseaddr(part)
            out.append(email.utils.formataddr((nm, addr), charset="utf-8"))
        return ", ".join(out)
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, "utf-8").encode()


ACCOUNTS = [
    # name, key, domain, mbox, owner, arr, renewal, segment, scenario
    ("Harbor Pines Dental", "hp", HP, "harbor-pines.mbox", AM[1], 36000, "2026-05-15", "smb",
     "churn"),
    ("Kestrel Freight", "kf", KF, "kestrel-freight.mbox", AM[1], 84000, "2026-10-01", "mid",
     "healthy"),
]


def yq(s):
    """yq - a YAML single-quoted scalar"""
    return "'" + s.replace("'", "''") + "'"


def expected_yaml():
    """expected_yaml - the ground truth, in EVAL.md's format"""
    by_key = {m[0]: m for m in MESSAGES}

    def ref(k):
        """ref - an evidence entry"""
        m = by_key[k]
        return "{message_id: %s, date: %s, from: %s}" % (yq(msgid(k)), yq(m[2][:10]), yq(m[3][1]))

    def sig(t, phrase, k, extra=""):
        """sig - a signal entry, its phrase checked"""
        m = by_key[k]
        assert phrase in m[6], (k, phrase)
        return "  - {type: %s, phrase: %s, message_id: %s, date: %s, from: %s%s}" % (
            t, yq(phrase), yq(msgid(k)), yq(m[2][:10]), yq(m[3][1]), extra)

    out = ["# generated by make-smoke.py", "as_of: %s" % yq(AS_OF), "vendor_domain: " + VENDOR,
           "definitions: {latency: 'hours from a message to the first reply from the other side',"
           " renewal_window: '90 days before renewal_date'}", "accounts:"]
    for name, key, dom, mbox, owner, arr, renewal, seg, scen in ACCOUNTS:
        days = (dt.date.fromisoformat(renewal) - dt.date.fromisoformat(AS_OF)).days
        out += ["- account: %s" % yq(name), "  mbox: " + mbox, "  domains: [%s]" % dom,
                "  owner: " + owner, "  arr: %d" % arr, "  segment: " + seg,
                "  renewal_date: %s" % yq(renewal),
                "  renewal_window: {days_to_renewal: %d, status: %s}" % (
                    days, "inside_90_day_window" if days <= 90 else "outside_90_day_window"),
                "  scenario: " + scen]
        if key == "hp":
            out += ["  signals:",
                    sig("pricing", "The March invoice shows 14 chairs but we only run 11", "hp3"),
                    sig("commitment", "I'll send the corrected invoice by Friday, March 6", "hp4",
                        ", due: '2026-03-06', language: en"),
                    sig("churn_risk", "Our board asked us to evaluate alternatives", "hp5"),
                    sig("competitor", "we have a demo of Dentrix Ascend booked next week", "hp5"),
                    sig("renewal", "evaluate alternatives before the renewal", "hp5"),
                    sig("churn_risk", "a full export of all our scheduling data", "hp6"),
                    "  alerts:",
                    "  - {type: commitment_overdue, severity: medium, date: '2026-03-09', due: '2026-03-06', evidence: [%s]}" % ref("hp4"),
                    "  - {type: churn_risk, severity: high, date: '2026-03-10', evidence: [%s, %s]}" % (ref("hp5"), ref("hp6")),
                    "  - {type: competitor_mention, severity: high, date: '2026-03-10', evidence: [%s]}" % ref("hp5"),
                    "  - {type: renewal_at_risk, severity: high, date: '2026-03-10', evidence: [%s]}" % ref("hp5"),
                    "  - {type: unanswered_customer_message, severity: medium, date: '2026-03-12', evidence: [%s]}" % ref("hp5"),
                    "  - {type: new_senior_contact_not_engaged, severity: medium, date: '2026-03-13', evidence: [%s]}" % ref("hp5"),
                    "  - {type: unanswered_customer_message, severity: medium, date: '2026-03-24', evidence: [%s]}" % ref("hp6"),
                    "  must_not_alert: []"]
        else:
            out += ["  signals:",
                    sig("advocacy", "The new route dashboards saved our dispatch team hours every week", "kf3"),
                    "  alerts:",
                    "  - {type: advocacy, severity: low, date: '2026-02-05', evidence: [%s]}" % ref("kf3"),
                    "  must_not_alert:",
                    "  - {message_id: %s, date: '2026-02-18', from: %s, why: 'our own upsell'}" % (
                        yq(msgid("kf4")), yq(AM[1])),
                    "  - {message_id: %s, date: '2026-02-19', from: %s, why: 'negation: not planning to cancel; quotes our upsell'}" % (
                        yq(msgid("kf5")), yq(PAUL[1])),
                    "  - {message_id: %s, date: '2026-03-05', from: %s, why: 'thanks, in French'}" % (
                        yq(msgid("kf8")), yq(AMELIE[1]))]
    return "\n".join(out) + "\n"


def main():
    """main - write and check the set"""
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    by_key = {m[0]: m for m in MESSAGES}
    with open(os.path.join(outdir, "accounts.csv"), "w") as f:
        f.write("account,domains,owner,arr,renewal_date,segment\n")
        for name, _k, dom, _mb, owner, arr, renewal, seg, _s in ACCOUNTS:
            f.write("%s,%s,%s,%d,%s,%s\n" % (name, dom, owner, arr, renewal, seg))
    for name, key, _d, mbox, *_ in ACCOUNTS:
        with open(os.path.join(outdir, mbox), "w") as f:
            for m in MESSAGES:
                if m[1] == key:
                    f.write(render(m, by_key) + "\n")
    with open(os.path.join(outdir, "expected.yaml"), "w") as f:
        f.write(expected_yaml())
    # Validation: replies point at messages that exist, phrases are new text.
    for m in MESSAGES:
        assert m[7] is None or m[7] in by_key, m[0]
    print("smoke: %d accounts, %d messages" % (len(ACCOUNTS), len(MESSAGES)))


if __name__ == "__main__":
    main()
