#!/usr/bin/env python3
"""score.py - score one replayed scenario set against its expected.yaml.

usage: score.py SETDIR WORKDIR OUT.json [--test]

SETDIR is the set (format: ../shared/EVAL.md), WORKDIR what replay-set.sh
left there (signals.json, health.jsonl, accounts.json, mp.db).  Prints the
set's tables and writes the same figures as JSON to OUT.json.  With
--test (the set has a TEST-SET file) only scores are printed and written:
no message text, no subject, no account or person name, no Message-ID.

How each figure is counted (EVAL.md, "How a score is counted"):

Phrase signals.  A signal is (message, category); several rules or
phrases of one category on one message count once.  Recall: expected
pairs found / expected pairs.  Precision is strict: found / every phrase
signal mailpulse stored up to as_of (a signal the set does not list counts
false; the sets list what an AM should be told, so this is the precision
the AM sees).  False alarms: phrase signals on a must_not_alert message
whose expected signals do not include that category.  Language of a
message: the set's own `language` (or `lang`) on the signal, message or
account when given, else a crude stop-word guess over the message's new
text (en, fr, de, es, nl; "?" when nothing fits); the report says how
many of each.

Alerts.  Every alert in the ledger (the alerts table) first raised on or
before as_of, on any account (one the set does not name, made by
AutoCreateAccounts, included).  KIND_MAP below maps mailpulse's own kinds
to EVAL's types: `recalls` are the types a kind can satisfy, `supports`
the types of a story on which the kind is true but not what the AM was to
be told (a health drop on an account going dark): such an alert counts
neither for recall nor as false.  An expected alert is recalled by a
raised alert of a mapped kind on its account that is tied to it:
  unanswered_customer_message, commitment_overdue, open_commitment: the
      alert names one of its evidence messages;
  new_senior_contact_not_engaged, contact_departed, contact_bounced,
      single_threaded: the alert names an evidence message or an address
      of its evidence (when the expected alert has evidence);
  every other type: the alert names an evidence message, or was still
      open on or after the first evidence date.
A commitment_overdue whose due date ("Promise due YYYY-MM-DD") differs
from the set's (the alert's `due`/`due_date`, else that of the commitment
signal on the evidence message) is false and recalls nothing.  Raised
alerts: matched (recalls an expected alert), repeat (a second ledger row
for an expected alert already matched: the same story raised again),
supporting, or false.  An open commitment alert on a message that carries
one of the set's commitment signals is supporting when no expected alert
takes it: the set records the promise, and some writers file only those
still open at as_of.

Health.  Each account is at risk, healthy or mixed: at risk when its
scenario names a risk (churn, at risk, latency, dark, silent, degrading,
declining, cancel) or its expected alerts
include churn_risk, renewal_at_risk, latency_degradation or
account_going_silent; healthy when not at risk and its scenario says so
(healthy, happy, stable, steady, hard negative ...) or it expects only
positive alerts (expansion_opportunity, advocacy, open_commitment,
new_contacts); mixed otherwise (shown, not judged).  The verdict: every
at-risk account scores below 60 and below every healthy account at as_of
(an unscored account fails).
"""
import collections
import datetime as dt
import email
import email.policy
import email.utils
import json
import os
import re
import sqlite3
import sys

import yaml

# mailpulse alert kind -> (EVAL types it recalls, EVAL types it supports).
# The one table the harness maps kinds with; a kind missing here counts
# false and is named in the report so the table gets extended.
KIND_MAP = {
    "unanswered": (["unanswered_customer_message"], []),
    "new_stakeholder_unanswered": (["new_senior_contact_not_engaged"], ["new_contacts"]),
    "new_contacts": (["new_contacts"], ["new_senior_contact_not_engaged"]),
    "title_change": (["title_change"], []),
    "quiet": (["account_going_silent"], ["contacts_going_silent"]),
    "latency_drift": (["latency_degradation"], ["account_going_silent"]),
    "health_drop": ([], ["churn_risk", "renewal_at_risk", "latency_degradation",
                         "account_going_silent", "contacts_going_silent", "contact_departed",
                         "escalation"]),
    "renewal_window": (["renewal_at_risk"], []),
    "single_threaded": (["single_threaded"], []),
    "champion_departed": (["contact_departed", "contact_bounced"], ["contacts_going_silent"]),
    "contact_departed": (["contact_departed", "contact_bounced"], ["contacts_going_silent"]),
    "contact_silent": (["contacts_going_silent"], ["account_going_silent"]),
    "churn_risk": (["churn_risk"], ["renewal_at_risk"]),
    "competitor": (["competitor_mention"], ["churn_risk", "renewal_at_risk"]),
    "escalation": (["escalation"], []),
    "expansion": (["expansion_opportunity"], []),
    "advocacy": (["advocacy"], []),
    "commitment_overdue": (["commitment_overdue"], []),
    "commitment_open": (["open_commitment"], []),
}
EVAL_TYPES = ["latency_degradation", "account_going_silent", "contacts_going_silent",
              "competitor_mention", "churn_risk", "new_senior_contact_not_engaged",
              "renewal_at_risk", "expansion_opportunity", "advocacy", "single_threaded",
              "escalation", "commitment_overdue", "open_commitment", "contact_departed",
              "contact_bounced", "title_change", "new_contacts", "unanswered_customer_message"]
CATEGORIES = ["expansion", "advocacy", "churn_risk", "competitor", "pricing", "escalation",
              "commitment", "renewal"]
MESSAGE_TIED = {"unanswered_customer_message", "commitment_overdue", "open_commitment"}
PERSON_TIED = {"new_senior_contact_not_engaged", "contact_departed", "contact_bounced",
               "single_threaded"}
RISK_TYPES = {"churn_risk", "renewal_at_risk", "latency_degradation", "account_going_silent"}
POSITIVE_TYPES = {"expansion_opportunity", "advocacy", "open_commitment", "new_contacts"}
RISK_WORDS = re.compile(r"churn|at.?risk|latenc|dark|silen|degrad|declin|cancel", re.I)
HEALTHY_WORDS = re.compile(r"health|happy|stable|steady|hard.?neg|negative|control|calm|loyal",
                           re.I)
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")

# ---- language ---------------------------------------------------------------
STOP = {
    "en": "the and to of we you is for that our with please thanks your this are have will can "
          "would could be it on in not as at".split(),
    "fr": "le la les et des nous vous est pour que une merci bonjour votre avec pas sur dans "
          "ce cette sont qui au aux du je".split(),
    "de": "der die das und ist wir sie nicht mit für ich danke bitte ihr ein eine den dem "
          "auf zu es sind haben noch auch".split(),
    "es": "el la los las y que es por para gracias usted con una un del nos su hola saludos "
          "estamos no se lo al".split(),
    "nl": "de het een en van ik wij we niet met voor bedankt graag dat is zijn u jullie ons "
          "ook op te naar".split(),
}
QUOTE_START = re.compile(
    r"^(On .{0,200}wrote:|Le .{0,200}a écrit ?:|Am .{0,200}schrieb .{0,100}:|El .{0,200}escribió:|"
    r"Op .{0,200}schreef .{0,100}:|-{2,} ?(Original Message|Ursprüngliche Nachricht|"
    r"Message d'origine|Mensaje original|Oorspronkelijk bericht|Forwarded)|"
    r"(From|De|Von|Van) ?: .*|_{10,})", re.I)


def guess_language(text):
    """guess_language - en/fr/de/es/nl by stop words, '?' when too little text"""
    words = re.findall(r"[a-zà-öø-ÿ]+", text.lower())
    if len(words) < 3:
        return "?"
    counts = {lang: sum(1 for w in words if w in set(stop)) for lang, stop in STOP.items()}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= 2 else "?"


def new_text(body):
    """new_text - the lines before the first quote or forward header, '>' lines dropped"""
    out = []
    for line in body.splitlines():
        if QUOTE_START.match(line.strip()):
            break
        if not line.startswith(">"):
            out.append(line)
    return "\n".join(out)


def message_body(msg):
    """message_body - the text of a message: text/plain, else text/html without tags"""
    part = msg.get_body(preferencelist=("plain", "html")) if msg.is_multipart() else msg
    if part is None:
        return ""
    try:
        text = part.get_content()
    except (LookupError, KeyError, ValueError, AssertionError):
        payload = part.get_payload(decode=True) or b""
        text = payload.decode("utf-8", "replace")
    if not isinstance(text, str):
        return ""
    if part.get_content_type() == "text/html":
        text = re.sub(r"<[^>]+>", " ", text)
    return text


def norm_id(mid):
    """norm_id - a Message-ID without brackets and blanks"""
    return str(mid or "").strip().strip("<>").strip()


def read_messages(setdir, mboxes):
    """read_messages - Message-ID -> {lang_guess, from, date} of every message of the set"""
    import mailbox
    out = {}
    for name in mboxes:
        path = os.path.join(setdir, name)
        if not os.path.exists(path):
            continue
        for raw in mailbox.mbox(path, factory=None):
            msg = email.message_from_bytes(raw.as_bytes(), policy=email.policy.default)
            mid = norm_id(msg.get("Message-ID", ""))
            if not mid:
                continue
            try:
                body = message_body(msg)
            except Exception:  # a defect a writer put there on purpose
                body = ""
            out[mid] = {"lang": guess_language(new_text(body)),
                        "from": email.utils.parseaddr(str(msg.get("From", "")))[1].lower()}
    return out


# ---- ratios and tables --------------------------------------------------------
def ratio(a, b):
    """ratio - a/b rounded, or None when b is 0"""
    return round(a / b, 2) if b else None


def fmt(x):
    """fmt - a ratio for a table ('-' for None)"""
    return "-" if x is None else "%.2f" % x


# ---- the scoring --------------------------------------------------------------
class SetScore:
    """SetScore - one replayed set and its expected.yaml"""

    def __init__(self, setdir, work, test):
        """__init__ - read the set and its messages"""
        self.setdir, self.work, self.test = setdir, work, test
        self.exp = yaml.safe_load(open(os.path.join(setdir, "expected.yaml")))
        self.as_of = str(self.exp["as_of"])
        self.accounts = self.exp.get("accounts") or []
        self.messages = read_messages(setdir, sorted({a["mbox"] for a in self.accounts
                                                      if a.get("mbox")}))
        self.lang_source = collections.Counter()
        self.given_lang = {}
        for a in self.accounts:
            acct_lang = a.get("language") or a.get("lang")
            for item in (a.get("signals") or []) + (a.get("must_not_alert") or []):
                lang = item.get("language") or item.get("lang") or acct_lang
                if lang:
                    self.given_lang[norm_id(item.get("message_id"))] = str(lang)[:2].lower()
        self.lang_cache = {}

    def lang(self, mid):
        """lang - the message's language (given by the set, else guessed)"""
        if mid not in self.lang_cache:
            if mid in self.given_lang:
                self.lang_cache[mid] = self.given_lang[mid]
                self.lang_source["given"] += 1
            elif mid in self.messages:
                self.lang_cache[mid] = self.messages[mid]["lang"]
                self.lang_source["guessed"] += 1
            else:
                self.lang_cache[mid] = "?"
                self.lang_source["unknown message"] += 1
        return self.lang_cache[mid]

    # -- signals
    def score_signals(self):
        """score_signals - phrase precision/recall per category and language, false alarms"""
        expected = {}
        nomsg = set()
        for a in self.accounts:
            for s in a.get("signals") or []:
                expected[(norm_id(s["message_id"]), s["type"])] = a["account"]
            for n in a.get("must_not_alert") or []:
                nomsg.add(norm_id(n["message_id"]))
        fired = {}
        for s in json.load(open(os.path.join(self.work, "signals.json"))):
            if s.get("type") != "phrase" or s.get("category") == "contact":
                continue
            fired.setdefault((norm_id(s["message_id"]), s["category"]), s)
        cats = CATEGORIES + sorted({c for _, c in list(expected) + list(fired)} - set(CATEGORIES))
        rows, by_lang, by_cat_lang = [], collections.defaultdict(collections.Counter), {}
        false_alarms = []
        for cat in cats:
            e = {k for k in expected if k[1] == cat}
            f = {k for k in fired if k[1] == cat}
            fa = sorted(k for k in f if k[0] in nomsg and k not in expected)
            false_alarms += fa
            rows.append({"category": cat, "expected": len(e), "found": len(e & f), "fired": len(f),
                         "recall": ratio(len(e & f), len(e)), "precision": ratio(len(e & f), len(f)),
                         "false_alarms_must_not_alert": len(fa)})
            for k in e | f:
                lang = self.lang(k[0])
                c = by_cat_lang.setdefault((cat, lang), collections.Counter())
                for counter in (c, by_lang[lang]):
                    counter["expected"] += k in e
                    counter["fired"] += k in f
                    counter["found"] += k in e and k in f
        e, f = set(expected), set(fired)
        total = {"category": "all", "expected": len(e), "found": len(e & f), "fired": len(f),
                 "recall": ratio(len(e & f), len(e)), "precision": ratio(len(e & f), len(f)),
                 "false_alarms_must_not_alert": len(false_alarms)}

        def cell(c):
            """cell - one row of the language tables"""
            return {"expected": c["expected"], "found": c["found"], "fired": c["fired"],
                    "recall": ratio(c["found"], c["expected"]),
                    "precision": ratio(c["found"], c["fired"])}
        out = {"per_category": rows, "all": total,
               "per_language": {k: cell(v) for k, v in sorted(by_lang.items())},
               "per_category_language": [dict(category=k[0], language=k[1], **cell(v))
                                         for k, v in sorted(by_cat_lang.items())],
               "must_not_alert_messages": len(nomsg)}
        if not self.test:
            out["false_alarms"] = [{"message_id": m, "category": c,
                                    "evidence": fired[(m, c)].get("evidence", "")}
                                   for m, c in false_alarms]
            out["missed"] = [{"message_id": m, "category": c, "account": expected[(m, c)]}
                             for (m, c) in sorted(set(expected) - set(fired))]
            out["unlisted"] = [{"message_id": m, "category": c, "account": s.get("account"),
                                "side": s.get("side"), "evidence": s.get("evidence", "")}
                               for (m, c), s in sorted(fired.items())
                               if (m, c) not in expected and m not in nomsg]
        self.expected_signals = expected
        self.signal_due = {}
        for a in self.accounts:
            for s in a.get("signals") or []:
                due = s.get("due") or s.get("due_date")
                if s["type"] == "commitment" and due:
                    self.signal_due[norm_id(s["message_id"])] = str(due)
        return out

    # -- alerts
    def ledger(self):
        """ledger - the alerts first raised up to as_of, with their evidence"""
        db = sqlite3.connect("file:%s?mode=ro" % os.path.join(self.work, "mp.db"), uri=True)
        rows = db.execute(
            "SELECT l.id, a.name, l.kind, l.subject, l.severity, l.title, l.detail,"
            " l.first_raised, l.last_seen, l.resolved FROM alerts l"
            " JOIN accounts a ON a.id = l.account_id WHERE l.first_raised <= ?"
            " ORDER BY l.first_raised, l.id", (self.as_of,)).fetchall()
        db.close()
        out = []
        for r in rows:
            detail = json.loads(r[6] or "{}")
            ev = detail.get("evidence") or []
            mids = {norm_id(e.get("message_id")) for e in ev if e.get("message_id")}
            if r[3] and "@" in r[3] and not EMAIL.fullmatch(r[3]):
                mids.add(norm_id(r[3]))
            addrs = {x.lower() for x in EMAIL.findall(" ".join([r[3] or "", r[5] or ""] +
                                                              [str(e.get("contact") or "") for e in ev]))}
            due = re.search(r"due (\d{4}-\d\d-\d\d)", r[5] or "")
            out.append({"id": r[0], "account": r[1], "kind": r[2], "subject": r[3],
                        "severity": r[4], "title": r[5], "first_raised": r[7], "last_seen": r[8],
                        "resolved": r[9], "mids": mids, "addrs": addrs - {""},
                        "due": due.group(1) if due else None})
        return out

    def score_alerts(self):
        """score_alerts - recall per EVAL type, raised alerts per mailpulse kind"""
        raised = self.ledger()
        names = {a["account"] for a in self.accounts}
        exp_alerts = []
        for a in self.accounts:
            for i, e in enumerate(a.get("alerts") or []):
                ev = e.get("evidence") or []
                dates = [str(x.get("date"))[:10] for x in ev if x.get("date")] + \
                        ([str(e["date"])[:10]] if e.get("date") else [])
                due = e.get("due") or e.get("due_date")
                mids = {norm_id(x.get("message_id")) for x in ev if x.get("message_id")}
                if not due:
                    for m in mids:
                        due = due or self.signal_due.get(m)
                exp_alerts.append({"n": len(exp_alerts), "account": a["account"], "type": e["type"],
                                   "mids": mids,
                                   "addrs": {str(x.get("from", "")).lower() for x in ev
                                             if x.get("from")} - {""},
                                   "first": min(dates) if dates else None,
                                   "due": str(due) if due else None})
        types_of = collections.defaultdict(set)
        for e in exp_alerts:
            types_of[e["account"]].add(e["type"])

        def tied(r, e):
            """tied - the raised alert r is about the expected alert e"""
            if e["type"] in MESSAGE_TIED:
                return bool(r["mids"] & e["mids"])
            if e["type"] in PERSON_TIED and (e["mids"] or e["addrs"]):
                return bool(r["mids"] & e["mids"] or r["addrs"] & e["addrs"])
            return bool(r["mids"] & e["mids"]) or e["first"] is None or r["last_seen"] >= e["first"]

        def wrong_due(r):
            """wrong_due - r is an overdue commitment with a due date the set does not give"""
            if r["kind"] != "commitment_overdue" or r["due"] is None:
                return False
            dues = {e["due"] for e in exp_alerts if e["type"] == "commitment_overdue"
                    and e["account"] == r["account"] and r["mids"] & e["mids"] and e["due"]}
            dues |= {self.signal_due[m] for m in r["mids"] if m in self.signal_due}
            return bool(dues) and r["due"] not in dues

        # Candidates per expected alert, then one ledger row per expected
        # alert (earliest first); further rows tied to it are repeats.
        recalled, taken, verdict = {}, {}, {}
        for r in raised:
            r["wrong_due"] = wrong_due(r)
        for e in exp_alerts:
            cands = [r for r in raised if r["account"] == e["account"] and not r["wrong_due"]
                     and e["type"] in KIND_MAP.get(r["kind"], ([], []))[0] and tied(r, e)]
            if cands:
                recalled[e["n"]] = cands
                free = [r for r in cands if r["id"] not in taken]
                if free:
                    taken[free[0]["id"]] = e["n"]
        for r in raised:
            recalls, supports = KIND_MAP.get(r["kind"], ([], []))
            if r["id"] in taken:
                verdict[r["id"]] = "matched"
            elif r["wrong_due"]:
                verdict[r["id"]] = "false"
            elif any(r in c for c in recalled.values()):
                verdict[r["id"]] = "repeat"
            elif r["account"] in names and types_of[r["account"]] & set(supports):
                verdict[r["id"]] = "supporting"
            elif "open_commitment" in recalls and any((m, "commitment") in self.expected_signals
                                                      for m in r["mids"]):
                # a promise the set records (a commitment signal on the
                # message) shown while open: true, though a writer who files
                # only the promises still open at as_of (dev-2, dev-4) does
                # not list it as an alert
                verdict[r["id"]] = "supporting"
            else:
                verdict[r["id"]] = "false"
        by_type = []
        for t in EVAL_TYPES + sorted({e["type"] for e in exp_alerts} - set(EVAL_TYPES)):
            es = [e for e in exp_alerts if e["type"] == t]
            kinds = [k for k, v in KIND_MAP.items() if t in v[0]]
            if es or kinds:
                n = sum(1 for e in es if e["n"] in recalled)
                by_type.append({"type": t, "expected": len(es), "recalled": n,
                                "recall": ratio(n, len(es)), "kinds": kinds})
        by_kind = []
        health = self.health_classes()
        for k in sorted({r["kind"] for r in raised} | set(KIND_MAP)):
            rs = [r for r in raised if r["kind"] == k]
            c = collections.Counter(verdict[r["id"]] for r in rs)
            by_kind.append({"kind": k, "raised": len(rs), "matched": c["matched"],
                            "repeat": c["repeat"], "supporting": c["supporting"],
                            "false": c["false"],
                            "false_wrong_due": sum(1 for r in rs if r["wrong_due"]),
                            "false_on_healthy": sum(1 for r in rs if verdict[r["id"]] == "false"
                                                    and health.get(r["account"]) == "healthy"),
                            "mapped": k in KIND_MAP})
        n_exp = len(exp_alerts)
        n_rec = len(recalled)
        falses = [r for r in raised if verdict[r["id"]] == "false"]
        out = {"expected": n_exp, "recalled": n_rec, "recall": ratio(n_rec, n_exp),
               "raised": len(raised), "false": len(falses),
               "false_on_healthy": sum(1 for r in falses if health.get(r["account"]) == "healthy"),
               "false_on_unlisted_accounts": sum(1 for r in falses if r["account"] not in names),
               "per_type": by_type, "per_kind": by_kind,
               "unmapped_kinds": sorted({r["kind"] for r in raised} - set(KIND_MAP))}
        if not self.test:
            out["false_alerts"] = [{"account": r["account"], "kind": r["kind"], "title": r["title"],
                                    "first_raised": r["first_raised"], "wrong_due": r["wrong_due"]}
                                   for r in falses]
            out["missed"] = [{"account": e["account"], "type": e["type"], "first": e["first"]}
                             for e in exp_alerts if e["n"] not in recalled]
            out["repeats"] = [{"account": r["account"], "kind": r["kind"], "title": r["title"],
                               "first_raised": r["first_raised"]}
                              for r in raised if verdict[r["id"]] == "repeat"]
        return out

    # -- health
    def health_classes(self):
        """health_classes - account name -> risk | healthy | mixed"""
        out = {}
        for a in self.accounts:
            types = {e["type"] for e in a.get("alerts") or []}
            scen = str(a.get("scenario") or "")
            if RISK_WORDS.search(scen) or types & RISK_TYPES:
                out[a["account"]] = "risk"
            elif HEALTHY_WORDS.search(scen) or types <= POSITIVE_TYPES:
                out[a["account"]] = "healthy"
            else:
                out[a["account"]] = "mixed"
        return out

    def score_health(self):
        """score_health - each account's health at as_of against its class"""
        classes = self.health_classes()
        got = {}
        for line in open(os.path.join(self.work, "health.jsonl")):
            m = json.loads(line)
            got[m["account"]] = m.get("health")
        rows = []
        for i, a in enumerate(self.accounts, 1):
            name = a["account"]
            rows.append({"account": "account %d" % i if self.test else name,
                         "scenario": None if self.test else a.get("scenario"),
                         "class": classes[name], "health": got.get(name)})
        healthy = [r["health"] for r in rows if r["class"] == "healthy" and r["health"] is not None]
        floor = min(healthy) if healthy else None
        for r in rows:
            if r["class"] == "risk":
                h = r["health"]
                r["below_60"] = h is not None and h < 60
                r["below_every_healthy"] = h is not None and (floor is None or h < floor)
        risk = [r for r in rows if r["class"] == "risk"]
        ok = sum(1 for r in risk if r["below_60"] and r["below_every_healthy"])
        return {"accounts": rows, "lowest_healthy": floor, "at_risk": len(risk),
                "at_risk_ok": ok, "verdict": bool(risk) and ok == len(risk)}


def print_report(name, s, sig, al, he, test):
    """print_report - the set's tables"""
    kind = "TEST set: scores only" if test else "development set"
    langs = ", ".join("%s %d" % kv for kv in sorted(s.lang_source.items())) or "none"
    print("== %s (%s; %d accounts, %d messages; as of %s)" % (
        name, kind, len(s.accounts), len(s.messages), s.as_of))
    print("\nPhrase signals (message, category); precision strict: any signal the set does not list is false")
    print("  %-12s %8s %6s %6s %7s %9s %14s" % ("category", "expected", "found", "fired",
                                              "recall", "precision", "false alarms*"))
    for r in sig["per_category"] + [sig["all"]]:
        print("  %-12s %8d %6d %6d %7s %9s %14d" % (r["category"], r["expected"], r["found"],
                                                  r["fired"], fmt(r["recall"]),
                                                  fmt(r["precision"]),
                                                  r["false_alarms_must_not_alert"]))
    print("  * phrase signals on the %d must_not_alert messages" % sig["must_not_alert_messages"])
    print("\n  by language of the message (%s)" % langs)
    print("  %-12s %8s %6s %6s %7s %9s" % ("language", "expected", "found", "fired", "recall",
                                         "precision"))
    for lang, c in sig["per_language"].items():
        print("  %-12s %8d %6d %6d %7s %9s" % (lang, c["expected"], c["found"], c["fired"],
                                             fmt(c["recall"]), fmt(c["precision"])))
    print("  by category and language")
    for c in sig["per_category_language"]:
        print("  %-12s %-3s %8d %6d %6d %7s %9s" % (c["category"], c["language"], c["expected"],
                                                  c["found"], c["fired"], fmt(c["recall"]),
                                                  fmt(c["precision"])))
    print("\nAlerts: recall by EVAL type (ledger up to as_of; kinds mapped by KIND_MAP in score.py)")
    print("  %-31s %8s %8s %7s  %s" % ("type", "expected", "recalled", "recall", "mailpulse kinds"))
    for r in al["per_type"]:
        print("  %-31s %8d %8d %7s  %s" % (r["type"], r["expected"], r["recalled"],
                                          fmt(r["recall"]), ", ".join(r["kinds"]) or "(none)"))
    print("  %-31s %8d %8d %7s" % ("all", al["expected"], al["recalled"], fmt(al["recall"])))
    print("\n  raised alerts by mailpulse kind")
    print("  %-27s %6s %7s %6s %10s %6s %9s %10s" % ("kind", "raised", "matched", "repeat",
                                                    "supporting", "false", "wrong due",
                                                    "on healthy"))
    for r in al["per_kind"]:
        if r["raised"]:
            print("  %-27s %6d %7d %6d %10d %6d %9d %10d%s" % (
                r["kind"], r["raised"], r["matched"], r["repeat"], r["supporting"], r["false"],
                r["false_wrong_due"], r["false_on_healthy"], "" if r["mapped"] else "  (unmapped)"))
    print("  false alerts: %d (on healthy accounts %d, on accounts not in accounts.csv %d)" % (
        al["false"], al["false_on_healthy"], al["false_on_unlisted_accounts"]))
    print("\nHealth at %s (at risk: below 60 and below every healthy account)" % s.as_of)
    for r in he["accounts"]:
        extra = ""
        if r["class"] == "risk":
            extra = "  below 60: %s, below every healthy (lowest %s): %s" % (
                "yes" if r["below_60"] else "no", he["lowest_healthy"],
                "yes" if r["below_every_healthy"] else "no")
        label = r["account"] if test else "%s (%s)" % (r["account"], r["scenario"])
        print("  %-8s %-50s %5s%s" % (r["class"], label[:50], r["health"], extra))
    print("  verdict: %d of %d at-risk accounts below 60 and below every healthy one: %s" % (
        he["at_risk_ok"], he["at_risk"], "yes" if he["verdict"] else "no"))
    if not test:
        if al.get("missed"):
            print("\n  missed alerts:")
            for m in al["missed"]:
                print("    %s  %s (evidence from %s)" % (m["account"], m["type"], m["first"]))
        if al.get("false_alerts"):
            print("  false alerts:")
            for f in al["false_alerts"]:
                print("    %s  %s %s: %s%s" % (f["first_raised"], f["account"], f["kind"],
                                              f["title"], "  [wrong due date]" if f["wrong_due"] else ""))
        if sig.get("false_alarms"):
            print("  signal false alarms on must_not_alert messages:")
            for f in sig["false_alarms"]:
                print("    %s <%s>: %s" % (f["category"], f["message_id"], f["evidence"][:110]))
    print()


def main():
    """main - score, print, write the figures"""
    args = [a for a in sys.argv[1:] if a != "--test"]
    test = "--test" in sys.argv[1:]
    if len(args) != 3:
        sys.exit("usage: score.py SETDIR WORKDIR OUT.json [--test]")
    setdir, work, out = args
    s = SetScore(setdir, work, test)
    sig = s.score_signals()
    al = s.score_alerts()
    he = s.score_health()
    name = os.path.basename(os.path.normpath(setdir))
    print_report(name, s, sig, al, he, test)
    summary = {"set": name, "test_set": test, "as_of": s.as_of, "accounts": len(s.accounts),
               "messages": len(s.messages), "language_source": dict(s.lang_source),
               "signals": sig, "alerts": al, "health": he,
               "computed": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
    with open(out, "w") as f:
        json.dump(summary, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
