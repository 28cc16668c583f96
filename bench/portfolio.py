#!/usr/bin/env python3
"""portfolio.py - a generated portfolio at scale, written straight into SQLite.

usage: portfolio.py DB ACCOUNTS_CSV --write-csv  (first: the accounts CSV)
       portfolio.py DB ACCOUNTS_CSV [--messages N] [--end YYYY-MM-DD]

The first form writes the CRM import (50 AMs x ACCOUNTS/50 accounts);
`mailpulse accounts import` then creates the database with its schema and
accounts.  The second form fills messages, threads, participants,
contacts, signals and contact events over the two years before END, as the
pipeline would have stored them (new text, automated kind, parent links),
in one transaction.  Ingesting a million .eml files through the pipeline
would take hours on this machine and measure the parser, not the
analysis: this writes the same rows directly.  The FTS index is left
empty (its trigger is dropped during the load and put back): analysis
never searches.

Each account: 3 to 6 contacts, one champion; threads of a customer
question, our answer within hours, their reply, our close; about 4% of
customer messages carry a phrase-rule signal; one account in ten declines
over its last six weeks (slower replies, short answers), one in fifty
loses its champion (an auto-reply naming a successor).  Deterministic.
"""
import argparse
import datetime as dt
import random
import sqlite3

SEGMENTS = [("enterprise", 150000, 400000), ("mid", 40000, 120000), ("smb", 8000, 30000)]
FIRST = ["Ann", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jon",
         "Kira", "Liam", "Maya", "Nils", "Olga", "Paul", "Rosa", "Sam", "Tara", "Umar"]
LAST = ["Lee", "Roe", "Moss", "Nair", "Park", "Quinn", "Stone", "Vega", "Wolfe", "Young"]
TITLES = ["VP Operations", "Analyst", "Finance Manager", "Head of Data", "Planner",
          "Director of Logistics", "Engineer", "Office Manager"]
QUESTION = ("Could you check why the weekly report for the {r} region shows missing days "
            "and whether the export to our warehouse system still runs every night?")
ANSWER = ("Thanks for flagging it. The export is running again and the {r} report is "
          "complete from today; I attached a short note on what happened.")
REPLY = "Thank you, that works for us and the team is using the {r} report again today."
ACK = "Noted, thanks."
CLOSE = "Glad to hear it."
SIGNALS = [("expansion", "expansion-more-seats", 4, "We will need twenty more seats for the {r} team."),
           ("advocacy", "advocacy-praise", 3, "The team loves the new {r} dashboards."),
           ("churn_risk", "churn-cancel", -6, "We are considering to cancel our subscription."),
           ("competitor", "competitor-evaluation", -4, "We are evaluating another vendor for {r}."),
           ("escalation", "escalation-unacceptable", -4, "The {r} outage is unacceptable."),
           ("pricing", "pricing-question", -1, "Can you send the price list for {r}?")]
REGIONS = ["north", "south", "east", "west", "central", "coastal"]
US = "northwind-analytics.com"


def accounts(n):
    """(name, domain, owner, arr, renewal, segment) for n accounts."""
    rng = random.Random(1)
    out = []
    for i in range(n):
        seg, lo, hi = SEGMENTS[i % 3]
        name = "Account %04d %s" % (i, rng.choice(["Logistics", "Health", "Foods", "Retail", "Energy"]))
        domain = "acct%04d.example" % i
        owner = "am%02d@%s" % (i % 50, US)
        renewal = (dt.date(2026, 11, 25) + dt.timedelta(days=rng.randrange(10, 400))).isoformat()
        out.append((name, domain, owner, rng.randrange(lo, hi, 1000), renewal, seg))
    return out


def write_csv(path, n):
    with open(path, "w") as f:
        f.write("account,domains,owner,arr,renewal_date,segment\n")
        for a in accounts(n):
            f.write("%s,%s,%s,%d,%s,%s\n" % a)


class Loader:
    def __init__(self, db):
        self.db = db
        self.msg_id = db.execute("SELECT coalesce(max(id), 0) FROM messages").fetchone()[0]
        self.thread_id = db.execute("SELECT coalesce(max(id), 0) FROM threads").fetchone()[0]
        self.messages, self.participants, self.threads, self.ids = [], [], [], []
        self.signals, self.events = [], []

    def thread(self, account_id, subject, first, last, count):
        self.thread_id += 1
        self.threads.append((self.thread_id, subject, account_id, first, last, count))
        return self.thread_id

    def message(self, account_id, domain, thread, inbound, date, sender, to, subject, text,
                parent=None, automated="none"):
        self.msg_id += 1
        mid = "%d.%d@%s" % (date, self.msg_id, domain if inbound else US)
        self.messages.append((self.msg_id, "k%d" % self.msg_id, mid, parent, thread, account_id,
                              domain, "inbound" if inbound else "outbound", date, "date-header",
                              date, subject, sender[0], len(text) + 400, date, text, automated,
                              text))
        self.ids.append((mid, thread))
        self.participants.append((self.msg_id, "from", sender[0], sender[1], sender[2],
                                  0 if inbound else 1))
        self.participants.append((self.msg_id, "to", to[0], to[1], to[2], 1 if inbound else 0))
        return self.msg_id, mid

    def flush(self):
        db = self.db
        db.executemany("INSERT INTO threads (id, subject, account_id, first_date, last_date,"
                       " message_count) VALUES (?,?,?,?,?,?)", self.threads)
        db.executemany("INSERT INTO messages (id, dedup_key, message_id, parent_id, thread_id,"
                       " account_id, customer_domain, direction, date, date_source, header_date,"
                       " subject, from_address, size, stored_at, text, automated, new_text)"
                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self.messages)
        db.executemany("INSERT OR IGNORE INTO message_ids (message_id, thread_id) VALUES (?,?)", self.ids)
        db.executemany("INSERT OR IGNORE INTO participants (message_id, role, address, name,"
                       " contact_id, internal, robot) VALUES (?,?,?,?,?,?,0)", self.participants)
        db.executemany("INSERT OR IGNORE INTO signals (message_id, account_id, contact_id, side,"
                       " category, rule, label, weight, evidence, due_date, date)"
                       " VALUES (?,?,?,'customer',?,?,?,?,?,NULL,?)", self.signals)
        db.executemany("INSERT OR IGNORE INTO contact_events (contact_id, account_id, kind, date,"
                       " message_id, detail, other_contact_id) VALUES (?,?,?,?,?,?,?)", self.events)
        for lst in (self.messages, self.participants, self.threads, self.ids, self.signals, self.events):
            lst.clear()


def contact(db, address, name, title, domain, account_id, internal, first):
    db.execute("INSERT OR IGNORE INTO contacts (address, name, domain, registrable, account_id,"
               " internal, first_seen, last_seen, title) VALUES (?,?,?,?,?,?,?,?,?)",
               (address, name, domain, domain, account_id, internal, first, first, title))
    return db.execute("SELECT id FROM contacts WHERE address = ?", (address,)).fetchone()[0]


def fill(db, total, end):
    rng = random.Random(2)
    rows = db.execute("SELECT a.id, d.domain, a.owner FROM accounts a"
                      " JOIN account_domains d ON d.account_id = a.id ORDER BY a.id").fetchall()
    per = max(8, total // len(rows))
    t_end = int(dt.datetime.strptime(end, "%Y-%m-%d").replace(tzinfo=dt.timezone.utc).timestamp())
    t_start = t_end - 730 * 86400
    db.execute("DROP TRIGGER IF EXISTS messages_fts_insert")
    L = Loader(db)
    for n, (account_id, domain, owner) in enumerate(rows):
        am_id = contact(db, owner, owner.split("@")[0].upper(), None, US, None, 1, t_start)
        am = (owner, owner.split("@")[0].upper(), am_id)
        people = []
        for k in range(rng.randrange(3, 7)):
            name = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
            addr = "%s.%d@%s" % (name.split()[0].lower(), k, domain)
            people.append((addr, name, contact(db, addr, name, rng.choice(TITLES), domain,
                                               account_id, 0, t_start)))
        declining = n % 10 == 3
        base_latency = rng.uniform(2, 12) * 3600
        threads = per // 4
        for k in range(threads):
            t = t_start + int((k + rng.random()) * (730 * 86400 / threads))
            late = declining and t > t_end - 42 * 86400
            who = people[0] if rng.random() < 0.5 else rng.choice(people)
            region = rng.choice(REGIONS)
            subject = "Weekly report %s #%d" % (region, k)
            th = L.thread(account_id, subject, t, t + 86400, 4)
            q_id, q_mid = L.message(account_id, domain, th, True, t, who, am, subject,
                                    QUESTION.format(r=region))
            if rng.random() < 0.04:
                cat, rule, w, ev = rng.choice(SIGNALS)
                L.signals.append((q_id, account_id, who[2], cat, rule, rule, w, ev.format(r=region), t))
            a_t = t + rng.randrange(1800, 6 * 3600)
            a_id, a_mid = L.message(account_id, domain, th, False, a_t, am, who, "Re: " + subject,
                                    ANSWER.format(r=region), q_mid)
            lat = base_latency * (8 if late else 1) * rng.uniform(0.6, 1.4)
            r_id, r_mid = L.message(account_id, domain, th, True, a_t + int(lat), who, am,
                                    "Re: " + subject, ACK if late else REPLY.format(r=region), a_mid)
            L.message(account_id, domain, th, False, a_t + int(lat) + 3600, am, who,
                      "Re: " + subject, CLOSE, r_mid)
        if n % 50 == 7:  # the champion leaves, an auto-reply names the successor
            t = t_end - rng.randrange(2, 20) * 86400
            champ, succ = people[0], people[1]
            th = L.thread(account_id, "Automatic reply", t, t, 1)
            m_id, _ = L.message(account_id, domain, th, True, t, champ, am, "Automatic reply",
                                "%s is no longer with the company. Please contact %s." % (champ[1], succ[0]),
                                automated="auto_reply")
            L.events.append((champ[2], account_id, "departed", t, m_id, "no longer with", None))
            L.events.append((champ[2], account_id, "replaced_by", t, m_id, succ[0], succ[2]))
        if len(L.messages) > 50000:
            L.flush()
    L.flush()
    db.execute("CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
               " INSERT INTO messages_fts(rowid, subject, text) VALUES (new.id, new.subject, new.text);"
               " END")
    return L.msg_id


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("db")
    ap.add_argument("csv")
    ap.add_argument("--write-csv", action="store_true")
    ap.add_argument("--accounts", type=int, default=2500)
    ap.add_argument("--messages", type=int, default=1000000)
    ap.add_argument("--end", default="2026-11-25")
    args = ap.parse_args()
    if args.write_csv:
        write_csv(args.csv, args.accounts)
        return
    db = sqlite3.connect(args.db)
    db.execute("PRAGMA synchronous = OFF")
    with db:
        n = fill(db, args.messages, args.end)
    db.execute("ANALYZE")
    db.close()
    print("%d messages" % n)


if __name__ == "__main__":
    main()
