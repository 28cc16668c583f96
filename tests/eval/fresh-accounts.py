#!/usr/bin/env python3
"""fresh-accounts.py - the accounts.csv of the fresh Enron slice, made from the corpus.

usage: fresh-accounts.py MAILDIR JUDGED_ACCOUNTS_CSV OUT.csv [--first F] [--count N]
                         [--seed S] [--window FROM..TO] [--report FILE]

The judged run (../shared/corpora/enron-judged) took the 25 external
domains with the most correspondence with enron.com; this one takes the
next ones, so that a reader judges accounts nobody has read yet:
  - correspondence: each distinct message (by Message-ID, else by file)
    whose author is at enron.com and one of whose To/Cc is outside it, or
    whose author is outside and one of whose To/Cc is at enron.com,
    counts once for each external registrable domain among its parties
    (the public suffix list, as mailpulse computes it), unless it is bulk
    (is_bulk: more than 20 recipients, a role author such as news@ or
    info@, or newsletter wording such as "unsubscribe"): the judged
    accounts are people Enron dealt with, and so are these;
  - eligible: not enron.com (nor below it), not a freemail or consumer
    ISP domain (FREEMAIL_ISP below: mailpulse's built-in freemail list
    and the ISPs of the period), not a domain of the judged accounts.csv;
  - ranked by correspondence (most first, then by name); the judged
    accounts count as ranks 1 to 25, so the eligible domains ranked
    26th to 45th (--first 26, --count 20) are taken;
  - owner: the holder of the Enron mailbox (folder) holding the most of
    that correspondence (the holder: the enron.com address its inbox is
    most often addressed to, named like the folder), never one of the
    judged run's AMs (JUDGED_AMS); a domain only they correspond with is
    skipped without taking a rank;
  - ARR, renewal date and segment are invented with a fixed seed
    (--seed, default 20261215): ARR 60,000 to 1,800,000 in steps of
    10,000, segment by ARR (enterprise from 1,000,000, mid from 300,000,
    else smb), renewal dates spread from a month after the window's
    start to five months after its end (--window, default
    2001-05-01..2001-11-15), so that some fall within 90 days of the
    window's dates.
--report FILE writes the ranking (the chosen domains, their counts,
owners, and what was skipped and why) for the replay's log.
"""
import collections
import csv
import datetime as dt
import email
import email.policy
import email.utils
import os
import random
import re
import sys

INTERNAL = "enron.com"
JUDGED_AMS = {"kim.ward@enron.com", "rick.buy@enron.com",
              "joe.stepenovitch@enron.com", "joe.parks@enron.com"}
# mailpulse's built-in FreemailDomains, and the consumer ISPs and
# webmail of 2001 (a person's home mailbox, not a company).
FREEMAIL_ISP = set("""
gmail.com googlemail.com yahoo.com yahoo.co.uk yahoo.fr yahoo.de hotmail.com
hotmail.co.uk hotmail.fr hotmail.de outlook.com outlook.fr outlook.de live.com
live.fr live.de msn.com aol.com icloud.com me.com mac.com proton.me
protonmail.com pm.me gmx.com gmx.de gmx.net gmx.at gmx.ch web.de t-online.de
freenet.de posteo.de mailbox.org orange.fr wanadoo.fr free.fr laposte.net
sfr.fr bluewin.ch libero.it virgilio.it mail.ru yandex.ru yandex.com qq.com
163.com 126.com naver.com zoho.com mail.com fastmail.com hey.com tutanota.com
rr.com earthlink.net home.com att.net attbi.com swbell.net sbcglobal.net
pacbell.net bellsouth.net verizon.net comcast.net cox.net charter.net
mindspring.com juno.com netzero.net netzero.com prodigy.net flash.net
pdq.net ev1.net excite.com compuserve.com worldnet.att.net aol.co.uk
ameritech.net qwest.net uswest.net earthlink.com email.com usa.net
bigfoot.com lycos.com hotpop.com netscape.net iname.com ix.netcom.com
netcom.com concentric.net erols.com airmail.net sprintmail.com
peoplepc.com onebox.com altavista.com go.com cs.com wt.net neosoft.com
texas.net houston.rr.com ghg.net insync.net hal-pc.org alltel.net
mediaone.net
""".split())


class Suffixes:
    """Suffixes - the public suffix list (ICANN and private rules) for registrable domains"""

    PATHS = ("/usr/share/publicsuffix/public_suffix_list.dat",
             "/usr/share/publicsuffix/effective_tld_names.dat")

    def __init__(self):
        """__init__ - read the system list; without it, the last two labels"""
        self.rules, self.exceptions = set(), set()
        for path in self.PATHS:
            if os.path.exists(path):
                for line in open(path, encoding="utf-8"):
                    line = line.split("//")[0].strip()
                    if not line:
                        continue
                    if line.startswith("!"):
                        self.exceptions.add(line[1:])
                    else:
                        self.rules.add(line)
                break

    def registrable(self, host):
        """registrable - host's registrable domain (public suffix + one label), or host"""
        labels = host.lower().strip(".").split(".")
        if len(labels) < 2:
            return host.lower()
        if not self.rules:
            return ".".join(labels[-2:])
        suffix_len = 1
        for i in range(len(labels)):
            cand = ".".join(labels[i:])
            wild = ".".join(["*"] + labels[i + 1:])
            if cand in self.exceptions:
                suffix_len = len(labels) - i - 1
                break
            if cand in self.rules or wild in self.rules:
                suffix_len = len(labels) - i
                break
        if suffix_len >= len(labels):
            return host.lower()
        return ".".join(labels[-(suffix_len + 1):])


def below(host, domain):
    """below - host is domain or one of its subdomains"""
    return host == domain or host.endswith("." + domain)


def addresses(msg, *fields):
    """addresses - the lowercase addresses of some header fields"""
    vals = []
    for f in fields:
        vals += [str(v) for v in msg.get_all(f, [])]
    return [a.lower() for _, a in email.utils.getaddresses(vals) if "@" in a]


# Mail sent to many, from a role address or with newsletter wording is
# not correspondence (the judged run's accounts are the people Enron dealt
# with, not the newsletters it received).
BULK_WORDS = re.compile(r"unsubscribe|opt[- ]?out|to be removed|remove (yourself|you) from"
                        r"|mailing list|you are receiving this|subscription|newsletter"
                        r"|click here|view (this|it) (online|in your browser)", re.I)
ROLE = re.compile(r"^(news|newsletter|info|noreply|no-reply|do-not-reply|donotreply|customer"
                  r"|service|services|alert|alerts|mailer|admin|support|sales|marketing"
                  r"|webmaster|editor|announce|list|lists|bounce|owner|postmaster|updates?"
                  r"|members?|reply|help|contact|feedback|orders?|research|subscriptions?)"
                  r"[\w.-]*@", re.I)
MAX_RECIPIENTS = 20


def is_bulk(msg, frm, rcpt):
    """is_bulk - a message sent to many, by a role address or worded as a newsletter"""
    if len(rcpt) > MAX_RECIPIENTS or ROLE.match(frm):
        return True
    body = msg.get_payload()
    return isinstance(body, str) and BULK_WORDS.search(body) is not None


def holder_of(box, votes):
    """holder_of - a mailbox's holder: its most frequent enron.com recipient named like the box"""
    surname = re.sub(r"[^a-z]", "", box.split("-")[0])
    ranked = [a for a, _ in votes.most_common()]
    well_formed = [a for a in ranked if not a.startswith(".") and ".." not in a.split("@")[0]]

    def last(a):
        """last - the letters of an address's last dot-separated local part"""
        return re.sub(r"[^a-z]", "", a.split("@")[0].split(".")[-1])
    for pool, test in ((well_formed, lambda a: last(a) == surname),
                       (well_formed, lambda a: surname in re.sub(r"[^a-z]", "", a)),
                       (ranked, lambda a: surname in re.sub(r"[^a-z]", "", a))):
        for a in pool:
            if test(a):
                return a
    return (well_formed or ranked)[0]


def read_corpus(maildir, psl):
    """read_corpus - per external domain: distinct correspondence and messages per mailbox"""
    seen = set()
    count = collections.Counter()
    per_box = collections.defaultdict(collections.Counter)
    holder_votes = collections.defaultdict(collections.Counter)
    for box in sorted(os.listdir(maildir)):
        for dirpath, dirnames, files in os.walk(os.path.join(maildir, box)):
            dirnames.sort()
            for name in sorted(files):
                path = os.path.join(dirpath, name)
                with open(path, "rb") as fh:
                    msg = email.message_from_binary_file(fh, policy=email.policy.compat32)
                frm = addresses(msg, "From")
                rcpt = addresses(msg, "To", "Cc")
                for a in rcpt:
                    if below(a.split("@")[1], INTERNAL):
                        holder_votes[box][a] += 1
                if not frm:
                    continue
                if below(frm[0].split("@")[1], INTERNAL):
                    ext = {a for a in rcpt if not below(a.split("@")[1], INTERNAL)}
                elif any(below(a.split("@")[1], INTERNAL) for a in rcpt):
                    ext = {frm[0]}
                else:
                    continue
                if not ext or is_bulk(msg, frm[0], rcpt):
                    continue
                doms = {psl.registrable(a.split("@")[1]) for a in ext}
                key = (msg.get("Message-ID") or path).strip()
                for d in doms:
                    per_box[d][box] += 1
                    if key not in seen:
                        count[d] += 1
                seen.add(key)
    holders = {box: holder_of(box, v) for box, v in holder_votes.items() if v}
    return count, per_box, holders


def judged_domains(path):
    """judged_domains - every domain of the judged accounts.csv"""
    out = set()
    for row in csv.DictReader(open(path, newline="")):
        out |= {d.strip().lower() for d in row["domains"].split(";") if d.strip()}
    return out


def main():
    """main - write OUT.csv (and the report) from the corpus"""
    args = sys.argv[1:]
    opts = {"--first": "26", "--count": "20", "--seed": "20261215",
            "--window": "2001-05-01..2001-11-15", "--report": ""}
    for opt in list(opts):
        if opt in args:
            i = args.index(opt)
            opts[opt] = args[i + 1]
            del args[i:i + 2]
    if len(args) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    maildir, judged_csv, out = args
    first, count_wanted = int(opts["--first"]), int(opts["--count"])
    w_from, w_to = (dt.date.fromisoformat(d) for d in opts["--window"].split(".."))
    psl = Suffixes()
    count, per_box, holders = read_corpus(maildir, psl)
    judged = judged_domains(judged_csv)
    report = ["%d mailboxes; %d external registrable domains in correspondence" % (
        len(holders), len(count))]
    # The judged accounts take ranks 1..25 (their own count); every other
    # eligible domain is ranked after them.
    n_judged = sum(1 for _ in csv.DictReader(open(judged_csv, newline="")))
    position = n_judged
    chosen = []
    for dom, n in sorted(count.items(), key=lambda kv: (-kv[1], kv[0])):
        if below(dom, INTERNAL) or dom in judged:
            continue
        if dom in FREEMAIL_ISP or any(below(dom, f) for f in FREEMAIL_ISP):
            report.append("skip %-28s %5d  freemail/ISP" % (dom, n))
            continue
        position += 1
        if position < first:
            report.append("skip %-28s %5d  rank %d (before %d)" % (dom, n, position, first))
            continue
        owners = [(c, holders[b]) for b, c in per_box[dom].items()
                  if b in holders and holders[b] not in JUDGED_AMS]
        if not owners:
            report.append("skip %-28s %5d  rank %d: no mailbox holder but the judged AMs" % (
                dom, n, position))
            position -= 1
            continue
        owner = sorted(owners, key=lambda ca: (-ca[0], ca[1]))[0]
        chosen.append((position, dom, n, owner[1], owner[0]))
        report.append("take %-28s %5d  rank %d  owner %s (%d messages)" % (
            dom, n, position, owner[1], owner[0]))
        if len(chosen) == count_wanted:
            break
    rng = random.Random(int(opts["--seed"]))
    r_from = w_from + dt.timedelta(days=30)
    r_span = (w_to + dt.timedelta(days=150) - r_from).days
    rows = []
    for position, dom, n, owner, _ in chosen:
        arr = rng.randrange(6, 181) * 10000
        segment = "enterprise" if arr >= 1000000 else "mid" if arr >= 300000 else "smb"
        renewal = r_from + dt.timedelta(days=rng.randrange(r_span + 1))
        label = dom.split(".")[0]
        name = label[:1].upper() + label[1:]
        rows.append((name, dom, owner, arr, renewal.isoformat(), segment))
    names = [r[0] for r in rows]
    for i, r in enumerate(rows):
        if names.count(r[0]) > 1:  # two domains with one first label
            rows[i] = (r[1],) + r[1:]
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["account", "domains", "owner", "arr", "renewal_date", "segment"])
        w.writerows(rows)
    if opts["--report"]:
        with open(opts["--report"], "w") as f:
            f.write("\n".join(report) + "\n")


if __name__ == "__main__":
    main()
