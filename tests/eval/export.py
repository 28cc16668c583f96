#!/usr/bin/env python3
"""export.py - mailpulse's items on real mail, written out for a human judge.

usage: export.py WORKDIR OUTDIR [--seed N] [--per-category N] [--skip-judged TSV]
                 [--json FILE]

WORKDIR is a real-mail replay (replay-enron.sh then judged.py, which
writes current-alerts.json, or replay-fresh.sh: without that file the
alerts are read from the digest-*.json and brief-*.json as judged.py
reads them); OUTDIR (created; must be empty or absent) gets what an
independent reader needs to judge every item without seeing any code:
  README.txt    what mailpulse is for, the vocabulary, how to judge
  alerts.tsv    every current alert: n, file, account, kind, severity,
                title, evidence, message_id (of the first evidence
                message, blank for a computed fact), verdict (blank:
                Y/U/F), why (blank)
  signals.tsv   a stratified sample of the phrase signals (--per-category
                of each category, default 25, drawn with --seed, default
                20261207, from the signals sorted by message and rule, so
                the same run gives the same sample): n, file, account,
                category, label, sentence, from, date, message_id,
                judgement (blank: T/F), why (blank)
  items/A001.txt, items/S001.txt ...  one per row: what mailpulse says,
                then the thread: the evidence message, the message it
                replies to (its In-Reply-To, else the previous message of
                its thread), the messages that reply to it, and the other
                messages after it in the thread (up to three), each with
                Date, From, To, Cc, Subject and its whole stored text (cut
                at 12,000 characters).
--skip-judged TSV (a judged signals file with the columns from and
evidence, as ../shared/corpora/enron-judged/signals-judged.tsv) leaves
out, before the sample is drawn, the signals already judged there (same
sender, same sentence up to its first 150 characters): a fresh slice
asks the reader nothing twice.
--json FILE writes the counts exported, per alert kind and per signal
category (run.sh's summary line reads it).
Reads the database of the replay directly (read-only) for the text.  The
message_id columns are what fresh-score.py matches a later run's items
by (with the account and the kind or category).  No rule's name is
written (only its category and its label, the words a digest shows):
the export fails, naming the file, if one of the RulesDir's rule names
appears in what it wrote.
"""
import collections
import csv
import datetime as dt
import glob
import json
import os
import random
import re
import sqlite3
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from judged import current_alerts  # noqa: E402  (the alerts as the judges saw them)

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
  new_contacts               a new person at the customer started writing to us (news)
  title_change               a customer contact's signature shows a new title (news)
  churn_risk, competitor, escalation, expansion, advocacy   the signals above, for the account
  commitment_overdue         a promise of ours past its due date with no follow-up
  commitment_open            a dated promise of ours, still open and not yet due
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
###.  Each file starts with what the product said, then the thread: the
message, what it replies to, the replies to it and what came later in the
same thread, as far as they are stored.  The message_id column only names
the evidence message (to recognise the item in a later run): leave it, and
every other column, as it is; fill in the last two (or send back n,
verdict, why for each row).
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
        shown = {rowid}
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
            shown.add(parent)
        replies = self.db.execute("SELECT id FROM messages WHERE parent_id = ? AND id <> ?"
                                  " ORDER BY date, id LIMIT ?", (r[1], rowid, later)).fetchall()
        for i, (a,) in enumerate(replies, 1):
            parts.append(self.block(a, "A REPLY TO IT (%d)" % i))
            shown.add(a)
        after = [a for (a,) in self.db.execute(
            "SELECT id FROM messages WHERE thread_id = ? AND (date > ? OR"
            " (date = ? AND id > ?)) ORDER BY date, id LIMIT ?",
            (r[3], r[4], r[4], rowid, later + len(shown))).fetchall() if a not in shown][:later]
        for i, a in enumerate(after, 1):
            parts.append(self.block(a, "LATER IN THE SAME THREAD (%d)" % i))
        if not after and not replies:
            parts.append("(no later message of this thread is stored)\n")
        return "\n".join(parts)


def rule_names(conf):
    """rule_names - the rule names of the replay's RulesDir (none when it has none)"""
    names = set()
    rules_dir = None
    if os.path.exists(conf):
        for line in open(conf):
            if line.split(None, 1)[:1] == ["RulesDir"]:
                rules_dir = line.split(None, 1)[1].strip()
    for path in sorted(glob.glob(os.path.join(rules_dir or "", "*.rules"))):
        for line in open(path, encoding="utf-8"):
            m = re.match(r"rule:\s*(\S+)", line)
            if m:
                names.add(m.group(1))
    return names


def check_no_rule_names(out, names):
    """check_no_rule_names - fail naming the file if a rule name was written"""
    if not names:
        return
    pattern = re.compile(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(
        re.escape(n) for n in sorted(names, key=len, reverse=True)))
    for dirpath, _, files in os.walk(out):
        for name in sorted(files):
            path = os.path.join(dirpath, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                for lineno, line in enumerate(f, 1):
                    m = pattern.search(line)
                    if m:
                        sys.exit("export.py: %s:%d holds the rule name %s" % (path, lineno, m.group(0)))


def tsv(value):
    """tsv - a value fit for one TSV cell"""
    return " ".join(str(value if value is not None else "").split())


def main():
    """main - write README.txt, the two TSVs and one file per item"""
    args = sys.argv[1:]
    seed, per, skip_judged, counts = 20261207, 25, None, None
    for opt in ("--seed", "--per-category", "--skip-judged", "--json"):
        if opt in args:
            i = args.index(opt)
            val = args[i + 1]
            del args[i:i + 2]
            if opt == "--seed":
                seed = int(val)
            elif opt == "--per-category":
                per = int(val)
            elif opt == "--skip-judged":
                skip_judged = val
            else:
                counts = val
    if len(args) != 2:
        sys.exit("usage: export.py WORKDIR OUTDIR [--seed N] [--per-category N] [--skip-judged TSV]"
                 " [--json FILE]")
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

    cur = os.path.join(work, "current-alerts.json")
    found = json.load(open(cur)) if os.path.exists(cur) else list(current_alerts(work).values())
    alerts = sorted(found, key=lambda a: (a["account"], a["kind"], a["id"]))
    with open(os.path.join(out, "alerts.tsv"), "w") as f:
        f.write("n\tfile\taccount\tkind\tseverity\ttitle\tevidence\tmessage_id\tverdict\twhy\n")
        for n, al in enumerate(alerts, 1):
            name = "A%03d.txt" % n
            ev = al.get("evidence") or []
            evs = "; ".join("%s %s" % (e.get("date") or "", e.get("text") or "") for e in ev)
            mid = next((e["message_id"] for e in ev if e.get("message_id")), "")
            f.write("\t".join(tsv(x) for x in (n, name, al["account"], al["kind"],
                                                al.get("severity"), al["title"], evs, mid,
                                                "", "")) + "\n")
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
    skipped = 0
    if skip_judged:
        def said(sender, sentence):
            return ((sender or "").lower(), " ".join(str(sentence or "").split())[:150].rstrip())
        with open(skip_judged, newline="") as f:
            seen = {said(r["from"], r["evidence"])
                    for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}
        kept = [s for s in signals if said(s.get("contact"), s.get("evidence")) not in seen]
        skipped = len(signals) - len(kept)
        signals = kept
    rng = random.Random(seed)
    sample = []
    for cat in sorted({s["category"] for s in signals}):
        pool = [s for s in signals if s["category"] == cat]
        sample += rng.sample(pool, per) if len(pool) > per else pool
    with open(os.path.join(out, "signals.tsv"), "w") as f:
        f.write("n\tfile\taccount\tcategory\tlabel\tsentence\tfrom\tdate\tmessage_id"
                "\tjudgement\twhy\n")
        for n, s in enumerate(sample, 1):
            name = "S%03d.txt" % n
            f.write("\t".join(tsv(x) for x in (n, name, s.get("account") or "(no account)",
                                                s["category"], s.get("label"), s.get("evidence"),
                                                s.get("contact"), (s.get("date") or "")[:10],
                                                s["message_id"], "", "")) + "\n")
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
    check_no_rule_names(out, rule_names(conf))
    if counts:
        with open(counts, "w") as f:
            json.dump({"export": os.path.abspath(out),
                       "alerts": dict(collections.Counter(a["kind"] for a in alerts)),
                       "signals": dict(collections.Counter(s["category"] for s in sample)),
                       "signals_total": len(signals), "signals_judged_before": skipped},
                      f, indent=1, sort_keys=True)
            f.write("\n")
    print("export: %d alerts, %d of %d signals (seed %d, up to %d per category%s) in %s" % (
        len(alerts), len(sample), len(signals), seed, per,
        ", %d judged before left out" % skipped if skip_judged else "", out))


if __name__ == "__main__":
    main()
