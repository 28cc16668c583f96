#!/usr/bin/env python3
"""export.py - mailpulse's items on real mail, written out for a human judge.

usage: export.py WORKDIR OUTDIR [--seed N] [--per-category N]

WORKDIR is a real-mail replay (replay-enron.sh, then judged.py, which
writes current-alerts.json); OUTDIR (created; must be empty or absent)
gets what an independent reader needs to judge every item without seeing
any code:
  README.txt    what mailpulse is for, the vocabulary, how to judge
  alerts.tsv    every current alert: n, file, account, kind, severity,
                title, evidence, verdict (blank: Y/U/F), why (blank)
  signals.tsv   a stratified sample of the phrase signals (--per-category
                of each category, default 25, drawn with --seed, default
                20261207, from the signals sorted by message and rule, so
                the same run gives the same sample): n, file, account,
                category, label, sentence, from, date, judgement (blank:
                T/F), why (blank)
  items/A001.txt, items/S001.txt ...  one per row: what mailpulse says,
                then the thread: the evidence message, the message it
                replies to (its In-Reply-To, else the previous message of
                its thread), and the messages after it in the thread (up
                to three), each with Date, From, To, Cc, Subject and its
                whole stored text (cut at 12,000 characters).
Reads the database of the replay directly (read-only) for the text.
"""
import datetime as dt
import json
import os
import random
import sqlite3
import sys

CUT = 12000
VOCABULARY = """\
Phrase signal categories (a category on one message, from the words of its new, unquoted text):
  expansion   the customer talks of using more of the vendor (more seats or users, another
              team, site, region or use case, a bigger plan)
  advocacy    the customer praises the product or its results, offers to be a reference,
              recommends the vendor to others
  churn_risk  the customer signals they may leave or shrink (cancel, not renew, budget cut on
              this tool, consolidating vendors, evaluating alternatives, a full data export)
  competitor  a rival vendor, product or an in-house alternative named as an option
  pricing     price, discount, quote, invoice amount or budget for the vendor's offering
  escalation  a problem raised to a higher level (executive, legal, formal complaint, threat)
  commitment  a promise made by us (the vendor side) with a due date
  renewal     the contract renewal itself discussed (timing, terms, intent)
Alert kinds:
  unanswered                 a question or request from the customer to us left unanswered
  new_stakeholder_unanswered a new person at the customer nobody on our side has engaged
  quiet                      the account stopped writing, against its own rhythm
  health_drop                the account's health score fell markedly
  latency_drift              the customer's replies slowed markedly against their own baseline
  renewal_window             the renewal is near and the account is at risk
  single_threaded            only one person at the customer corresponds with us
  champion_departed          a key contact left the customer
  churn_risk, competitor, escalation, expansion, advocacy   the signals above, for the account
  commitment_overdue         a promise of ours past its due date with no follow-up
"""
README = """\
Items to judge: what a product told Account Managers about real mail
=====================================================================

A product reads the mail between a company (here: {internal}) and its
customers and tells each Account Manager (AM) what needs attention.  Each
item below is one thing it said.  Please judge each one against the mail
in its file, as an experienced account manager would, and write your
verdict and a short reason in the two blank columns of the TSV.

alerts.tsv  verdict:  Y = true and worth the AM's attention
                      U = true but useless to the AM
                      F = false (say why: e.g. "answered in the next
                          message", "personal mail", "newsletter")
signals.tsv judgement: T = the sentence really is of its category
                       F = it is not (say why)

"Unanswered" can be judged false only where a reply is evidenced (quoted in
the customer's next mail, clearly implied, or shown in the file): the mail
here is not complete.

{vocabulary}
Files: items/A###.txt is alerts.tsv row ###, items/S###.txt signals.tsv row
###.  Each file starts with what the product said, then the thread.
"""


def day(ts):
    """day - a unix time as YYYY-MM-DD HH:MM UTC"""
    if ts is None:
        return "?"
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


class Mail:
    """Mail - read-only access to the replay's stored messages"""

    def __init__(self, db):
        """__init__ - open the database read-only"""
        self.db = sqlite3.connect("file:%s?mode=ro" % db, uri=True)

    def by_message_id(self, mid):
        """by_message_id - the row id of a Message-ID, or None"""
        r = self.db.execute("SELECT id FROM messages WHERE message_id = ? ORDER BY id LIMIT 1",
                            (mid,)).fetchone()
        return r[0] if r else None

    def row(self, mid_rowid):
        """row - one stored message's fields"""
        return self.db.execute("SELECT id, message_id, parent_id, thread_id, date, subject,"
                               " from_address, text, direction FROM messages WHERE id = ?",
                               (mid_rowid,)).fetchone()

    def people(self, rowid, role):
        """people - the From, To or Cc of a message as text"""
        rows = self.db.execute("SELECT address, name FROM participants WHERE message_id = ?"
                               " AND role = ? ORDER BY address", (rowid, role)).fetchall()
        return ", ".join("%s <%s>" % (n, a) if n else a for a, n in rows)

    def block(self, rowid, label):
        """block - one message as the reader sees it"""
        r = self.row(rowid)
        if r is None:
            return ""
        text = r[7] or ""
        if len(text) > CUT:
            text = text[:CUT] + "\n[... %d more characters cut]" % (len(text) - CUT)
        lines = ["=" * 72, label, "=" * 72,
                 "Date: %s" % day(r[4]),
                 "From: %s" % (self.people(rowid, "from") or r[6] or "?"),
                 "To: %s" % self.people(rowid, "to")]
        cc = self.people(rowid, "cc")
        if cc:
            lines.append("Cc: %s" % cc)
        lines += ["Subject: %s" % r[5], "", text.rstrip(), ""]
        return "\n".join(lines)

    def thread(self, mid, later=3):
        """thread - the message, what it replies to, and up to `later` after it"""
        rowid = self.by_message_id(mid)
        if rowid is None:
            return "(the evidence message %s is not stored)\n" % mid
        r = self.row(rowid)
        parts = [self.block(rowid, "THE MESSAGE")]
        parent = self.by_message_id(r[2]) if r[2] else None
        label = "WHAT IT REPLIES TO"
        if parent is None:
            p = self.db.execute("SELECT id FROM messages WHERE thread_id = ? AND (date < ? OR"
                                " (date = ? AND id < ?)) ORDER BY date DESC, id DESC LIMIT 1",
                                (r[3], r[4], r[4], rowid)).fetchone()
            parent = p[0] if p else None
            label = "THE PREVIOUS MESSAGE OF ITS THREAD (no In-Reply-To)"
        if parent is not None:
            parts.append(self.block(parent, label))
        after = self.db.execute("SELECT id FROM messages WHERE thread_id = ? AND (date > ? OR"
                                " (date = ? AND id > ?)) ORDER BY date, id LIMIT ?",
                                (r[3], r[4], r[4], rowid, later)).fetchall()
        for i, (a,) in enumerate(after, 1):
            parts.append(self.block(a, "LATER IN THE SAME THREAD (%d)" % i))
        if not after:
            parts.append("(no later message of this thread is stored)\n")
        return "\n".join(parts)


def tsv(value):
    """tsv - a value fit for one TSV cell"""
    return " ".join(str(value if value is not None else "").split())


def main():
    """main - write README.txt, the two TSVs and one file per item"""
    args = sys.argv[1:]
    seed, per = 20261207, 25
    for opt in ("--seed", "--per-category"):
        if opt in args:
            i = args.index(opt)
            val = int(args[i + 1])
            del args[i:i + 2]
            if opt == "--seed":
                seed = val
            else:
                per = val
    if len(args) != 2:
        sys.exit("usage: export.py WORKDIR OUTDIR [--seed N] [--per-category N]")
    work, out = args
    if os.path.exists(out) and os.listdir(out):
        sys.exit("export.py: %s is not empty" % out)
    os.makedirs(os.path.join(out, "items"), exist_ok=True)
    mail = Mail(os.path.join(work, "mp.db"))
    internal = "the company"
    conf = os.path.join(work, "mp.conf")
    if os.path.exists(conf):
        for line in open(conf):
            if line.startswith("InternalDomains"):
                internal = line.split(None, 1)[1].strip()
    with open(os.path.join(out, "README.txt"), "w") as f:
        f.write(README.format(internal=internal, vocabulary=VOCABULARY))

    alerts = sorted(json.load(open(os.path.join(work, "current-alerts.json"))),
                    key=lambda a: (a["account"], a["kind"], a["id"]))
    with open(os.path.join(out, "alerts.tsv"), "w") as f:
        f.write("n\tfile\taccount\tkind\tseverity\ttitle\tevidence\tverdict\twhy\n")
        for n, al in enumerate(alerts, 1):
            name = "A%03d.txt" % n
            ev = al.get("evidence") or []
            evs = "; ".join("%s %s" % (e.get("date") or "", e.get("text") or "") for e in ev)
            f.write("\t".join(tsv(x) for x in (n, name, al["account"], al["kind"],
                                                al.get("severity"), al["title"], evs, "", "")) + "\n")
            body = ["Account: %s" % al["account"],
                    "Alert: %s (%s)" % (al["kind"], al.get("severity")),
                    "What the AM was told: %s" % al["title"]]
            if al.get("next_step"):
                body.append("Suggested next step: %s" % al["next_step"])
            body.append("Evidence given:")
            for e in ev:
                body.append("  %s %s %s" % (e.get("date") or "", e.get("contact") or "",
                                            e.get("text") or ""))
            body.append("")
            seen = set()
            for e in ev:
                mid = e.get("message_id")
                if mid and mid not in seen:
                    seen.add(mid)
                    body.append(mail.thread(mid))
            if not seen:
                body.append("(this alert is a computed fact: no message is its evidence)\n")
            with open(os.path.join(out, "items", name), "w") as g:
                g.write("\n".join(body))

    signals = sorted((s for s in json.load(open(os.path.join(work, "signals.json")))
                      if s.get("type") == "phrase"),
                     key=lambda s: (s["message_id"], s.get("rule") or "", s.get("evidence") or ""))
    rng = random.Random(seed)
    sample = []
    for cat in sorted({s["category"] for s in signals}):
        pool = [s for s in signals if s["category"] == cat]
        sample += rng.sample(pool, per) if len(pool) > per else pool
    with open(os.path.join(out, "signals.tsv"), "w") as f:
        f.write("n\tfile\taccount\tcategory\tlabel\tsentence\tfrom\tdate\tjudgement\twhy\n")
        for n, s in enumerate(sample, 1):
            name = "S%03d.txt" % n
            f.write("\t".join(tsv(x) for x in (n, name, s.get("account") or "(no account)",
                                                s["category"], s.get("label"), s.get("evidence"),
                                                s.get("contact"), (s.get("date") or "")[:10],
                                                "", "")) + "\n")
            body = ["Account: %s" % (s.get("account") or "(no account)"),
                    "Signal: %s (%s)" % (s["category"], s.get("label") or ""),
                    "Said by: %s (%s side)" % (s.get("contact"), "our" if s.get("side") == "us"
                                               else "the customer's"),
                    "The sentence: %s" % s.get("evidence"),
                    ""]
            if s.get("due_date"):
                body.insert(3, "Due date read from it: %s" % s["due_date"])
            body.append(mail.thread(s["message_id"], later=1))
            with open(os.path.join(out, "items", name), "w") as g:
                g.write("\n".join(body))
    print("export: %d alerts, %d of %d signals (seed %d, up to %d per category) in %s" % (
        len(alerts), len(sample), len(signals), seed, per, out))


if __name__ == "__main__":
    main()
