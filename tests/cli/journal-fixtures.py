#!/usr/bin/env python3
"""journal-fixtures.py DIR - write journal report and routing copy fixtures.

Built from the documented formats (docs/admin-guide.md, "Hosted mail"):
an Exchange envelope journal report is a multipart/mixed message with the
header X-MS-Journal-Report (empty), a text/plain envelope part (Sender:,
Subject:, Message-Id:, then To:/Cc:/Bcc: or Recipient: lines, maybe with
", Expanded: GROUP" or ", Forwarded: ADDRESS") and the original attached
unaltered as message/rfc822.  A Google routing copy is the original
itself, maybe with a custom header and X-Gm-Original-To.

Files written (the company is northwind-analytics.com, the customer
acme.com, the journal address journal@journal.northwind-analytics.com):
  exchange/outbound.eml      outbound, To/Cc/Bcc lines, non-ASCII subject
  exchange/inbound.eml       from the internet: Recipient lines, a group
                             expanded to two members, a forwarded recipient
  exchange/split-1.eml       one message in two reports (split delivery):
  exchange/split-2.eml       the second names a Bcc recipient only
  broken/no-attachment.eml   a report without its message/rfc822 part
  broken/garbage.eml         a report whose attachment is not a message
  broken/wrong-id.eml        envelope and attachment name different messages
  broken/foreign-sender.eml  a report from outside JournalSenderDomains
  google/header-1.eml        inbound routing copies with the custom header
  google/header-2.eml        and X-Gm-Original-To, one per recipient (the
                             second for a Bcc recipient)
  google/no-header.spool     a copy known only by its envelope recipient
                             (a spool file: message + envelope trailer)
  google/outbound.eml        an outbound copy with the header, UTF-8 subject
"""
import os
import sys

JOURNAL = "journal@journal.northwind-analytics.com"
REPORTER = ("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"
            "@northwindanalytics.onmicrosoft.com>")
CRLF = "\r\n"


def original(msgid, sender, to, cc, subject, date, body, extra=""):
    """An original message as its author's client wrote it."""
    lines = [f"From: {sender}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines += [f"Subject: {subject}", f"Date: {date}", f"Message-ID: <{msgid}>",
              "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
              "Content-Transfer-Encoding: 8bit"]
    if extra:
        lines += extra.strip("\n").split("\n")
    return CRLF.join(lines) + CRLF + CRLF + body.replace("\n", CRLF)


def report(report_id, envelope, attached, date="Tue, 03 Nov 2026 09:15:02 +0000",
           reporter=REPORTER, subject="Journal report", attach_type="message/rfc822"):
    """An envelope journal report around an original (attached may be None)."""
    b = "_000_journal_boundary_" + report_id.split("@")[0]
    head = [f"From: {reporter}", f"To: {JOURNAL}", f"Subject: {subject}", f"Date: {date}",
            f"Message-ID: <{report_id}>", "MIME-Version: 1.0",
            f'Content-Type: multipart/mixed; boundary="{b}"', "X-MS-Journal-Report:",
            "X-MS-Exchange-Organization-SCL: -1"]
    out = CRLF.join(head) + CRLF + CRLF
    out += f"--{b}{CRLF}Content-Type: text/plain; charset=\"utf-8\"{CRLF}"
    out += f"Content-Transfer-Encoding: 8bit{CRLF}{CRLF}"
    out += CRLF.join(envelope) + CRLF + CRLF
    if attached is not None:
        out += f"--{b}{CRLF}Content-Type: {attach_type}{CRLF}"
        out += f"Content-Disposition: attachment{CRLF}{CRLF}{attached}{CRLF}"
    out += f"--{b}--{CRLF}"
    return out


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(text.encode("utf-8"))


def spool_file(message, sender, rcpts, queue_id):
    """A capture as the milter writes it: message, then the envelope trailer."""
    data = message.encode("utf-8")
    trailer = "\n--MAILPULSE-ENVELOPE--\n"
    trailer += f"sender {sender}\n" + "".join(f"rcpt {r}\n" for r in rcpts)
    trailer += f"queue_id {queue_id}\nreceived 1793697302\nmessage_bytes {len(data)}\n"
    return data + trailer.encode() + b"MAILPULSE-TRAILER %012d\n" % len(data)


def main(out):
    # 1. outbound, addressing verified (To/Cc/Bcc), non-ASCII subject
    subj = "Renouvellement du contrat — échéance"
    orig = original("renewal-1@northwind-analytics.com",
                    "Claire Martin <claire@northwind-analytics.com>",
                    "Ann Lee <ann@acme.com>", "Bob Stone <bob@acme.com>",
                    "=?utf-8?q?Renouvellement_du_contrat_=E2=80=94_=C3=A9ch=C3=A9ance?=",
                    "Tue, 03 Nov 2026 09:14:10 +0000",
                    "Hello Ann,\n\nThe renewal is due on 1 December; shall we meet next week?\n\n"
                    "Claire\n")
    write(f"{out}/exchange/outbound.eml", report(
        "rep-out-1@northwindanalytics.onmicrosoft.com",
        ["Sender: claire@northwind-analytics.com", f"Subject: {subj}",
         "Message-Id: <renewal-1@northwind-analytics.com>",
         "To: ann@acme.com", "Cc: bob@acme.com", "Bcc: carol@acme.com"], orig, subject=subj))

    # 2. inbound from the internet: Recipient lines, group expanded, forward
    orig = original("question-7@acme.com", "Ann Lee <ann@acme.com>",
                    "Sales <sales@northwind-analytics.com>",
                    "Frank Moss <frank@northwind-analytics.com>",
                    "Question about seats", "Wed, 04 Nov 2026 14:02:00 +0100",
                    "Hi,\n\nHow many more seats can we add this quarter?\n\nAnn\n")
    write(f"{out}/exchange/inbound.eml", report(
        "rep-in-1@northwindanalytics.onmicrosoft.com",
        ["Sender: ann@acme.com", "Subject: Question about seats",
         "Message-Id: <question-7@acme.com>",
         "Recipient: claire@northwind-analytics.com, Expanded: sales@northwind-analytics.com",
         "Recipient: dave@northwind-analytics.com, Expanded: sales@northwind-analytics.com",
         "Recipient: gina@northwind-analytics.com, Forwarded: frank@northwind-analytics.com"],
        orig, date="Wed, 04 Nov 2026 13:02:05 +0000"))

    # 3. one message, two reports (split delivery), one recipient each
    orig = original("split-3@acme.com", "Bob Stone <bob@acme.com>",
                    "Claire Martin <claire@northwind-analytics.com>",
                    "Dave Wu <dave@northwind-analytics.com>",
                    "Über die Rechnung", "Thu, 05 Nov 2026 08:00:00 +0000",
                    "Hallo Claire,\n\ndie Rechnung ist angekommen, danke.\n\nBob\n")
    # (the second report names erin, Bcc'd: only the union knows her)
    for i, rcpts in enumerate([["claire@northwind-analytics.com", "dave@northwind-analytics.com"],
                               ["erin@northwind-analytics.com"]]):
        write(f"{out}/exchange/split-{i + 1}.eml", report(
            f"rep-split-{i + 1}@northwindanalytics.onmicrosoft.com",
            ["Sender: bob@acme.com", "Subject: Über die Rechnung",
             "Message-Id: <split-3@acme.com>"] + [f"Recipient: {r}" for r in rcpts], orig,
            date=f"Thu, 05 Nov 2026 08:00:0{i + 1} +0000"))

    # 4. broken reports
    env = ["Sender: ann@acme.com", "Subject: Lost", "Message-Id: <lost-1@acme.com>",
           "Recipient: claire@northwind-analytics.com"]
    write(f"{out}/broken/no-attachment.eml",
          report("rep-broken-1@northwindanalytics.onmicrosoft.com", env, None))
    write(f"{out}/broken/garbage.eml",
          report("rep-broken-2@northwindanalytics.onmicrosoft.com", env,
                 "\x00\x01 not a message at all", attach_type="message/rfc822"))
    write(f"{out}/broken/wrong-id.eml",
          report("rep-broken-3@northwindanalytics.onmicrosoft.com", env,
                 original("other-9@acme.com", "ann@acme.com", "claire@northwind-analytics.com",
                          "", "Other", "Thu, 05 Nov 2026 10:00:00 +0000", "Other.\n")))
    write(f"{out}/broken/foreign-sender.eml",
          report("rep-foreign-1@evil.example", env,
                 original("lost-1@acme.com", "ann@acme.com", "claire@northwind-analytics.com",
                          "", "Lost", "Thu, 05 Nov 2026 10:00:00 +0000", "Hi.\n"),
                 reporter="Microsoft Outlook <MicrosoftExchange1@evil.onmicrosoft.example>"))

    # 5. Google routing copies: per inbound recipient, with the header
    body = "Hi both,\n\nWe are evaluating Looker against you; can we talk pricing?\n\nAnn\n"
    # (the second copy is for henry, Bcc'd: only the union knows him)
    for i, rcpt in enumerate(["claire@northwind-analytics.com", "henry@northwind-analytics.com"]):
        write(f"{out}/google/header-{i + 1}.eml", original(
            "gcopy-5@acme.com", "Ann Lee <ann@acme.com>",
            "Claire Martin <claire@northwind-analytics.com>, dave@northwind-analytics.com", "",
            "Pricing", "Fri, 06 Nov 2026 16:30:00 +0000", body,
            extra=f"X-Mailpulse-Journal: inbound\nX-Gm-Original-To: {rcpt}\n"))
    write(f"{out}/google/outbound.eml", original(
        "gcopy-6@northwind-analytics.com", "Claire Martin <claire@northwind-analytics.com>",
        "Ann Lee <ann@acme.com>", "", "=?utf-8?b?UHJlaXNlIGbDvHIgMjAyNw==?=",
        "Fri, 06 Nov 2026 17:00:00 +0000", "Ann,\n\nattached our prices for 2027.\n\nClaire\n",
        extra="X-Mailpulse-Journal: outbound\n"))
    copy = original("gcopy-7@acme.com", "Ann Lee <ann@acme.com>",
                    "Claire Martin <claire@northwind-analytics.com>", "", "Without header",
                    "Fri, 06 Nov 2026 18:00:00 +0000", "Claire,\n\nthanks for the call.\n\nAnn\n")
    os.makedirs(f"{out}/google", exist_ok=True)
    with open(f"{out}/google/no-header.spool", "wb") as f:
        f.write(spool_file(copy, "ann@acme.com", [JOURNAL], "4JQ7Z2abc"))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: journal-fixtures.py DIR")
    main(sys.argv[1])
