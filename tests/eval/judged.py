#!/usr/bin/env python3
"""judged.py - mailpulse's current output on real mail against items a reader judged.

usage: judged.py WORKDIR JUDGEDDIR OUT.json [--name NAME]

WORKDIR is what replay-enron.sh left (digest-*.json, brief-*.json,
signals.json); JUDGEDDIR holds alerts-judged.tsv and signals-judged.tsv
(../shared/corpora/enron-judged: n, account, kind, verdict, title,
evidence, why / n, category, rule, judgement, account, from, evidence).

Current items:
  alerts   every alert of the replayed digests and briefs, once per
           alert id (the ledger's key), as the judges saw them;
  signals  every phrase signal of `signals --json`.
An item matches a judged item of the same account and kind (category)
with the same evidence message:
  alerts   its first evidence "DATE TEXT" (the judged file's evidence
           column: a message's date and subject, or a computed fact) and
           the address its title names (new stakeholder, unanswered ...),
           else, for computed facts whose wording moves with the day
           (health_drop), the same evidence date and address;
  signals  the same sender and the same evidence sentence (blanks folded,
           its first 150 characters: what the judged file keeps).
Judged items with the same key are paired in order.  Precision per kind
and category counts the matched items only (alerts: worth acting on
= Y / matched, true = (Y + U) / matched; signals: T / matched); the
items that match nothing are "unjudged" and counted, and the judged items
no current item matches are counted as "gone" (no longer raised).  The
judged signals are a stratified sample, so most current signals are
unjudged by design: their precision is an estimate over the sample.
Also written to WORKDIR/current-alerts.json (what export.py reads).
"""
import collections
import csv
import glob
import json
import os
import re
import sys

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def fold(s):
    """fold - blanks folded, trimmed"""
    return " ".join(str(s or "").split())


def current_alerts(work):
    """current_alerts - alert id -> the alert with its account, first seen in a digest or brief"""
    out = {}
    for path in sorted(glob.glob(os.path.join(work, "digest-*.json"))):
        for model in json.load(open(path)):
            for acct in model.get("accounts") or []:
                for al in acct.get("alerts") or []:
                    out.setdefault(al["id"], dict(al, account=acct["account"],
                                                  source=os.path.basename(path)))
    for path in sorted(glob.glob(os.path.join(work, "brief-*.json"))):
        brief = json.load(open(path))
        for al in brief.get("alerts") or []:
            out.setdefault(al["id"], dict(al, account=brief["account"],
                                          source=os.path.basename(path)))
    return out


def alert_keys(account, kind, title, evidence):
    """alert_keys - the exact and the loose key of an alert"""
    addr = ",".join(sorted(set(a.lower() for a in EMAIL.findall(title or ""))))
    ev = fold(evidence)
    return (account, kind, ev, addr), (account, kind, ev[:10], addr)


def first_evidence(al):
    """first_evidence - "DATE TEXT" of an alert's first evidence"""
    ev = (al.get("evidence") or [{}])[0]
    return "%s %s" % (ev.get("date") or "", ev.get("text") or "")


def read_tsv(path):
    """read_tsv - rows of a judged TSV as dicts"""
    with open(path, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def pair(items, judged, keys_of_item, keys_of_judged, tiers):
    """pair - match items to judged rows by key tiers; returns item index -> judged row"""
    matched, used = {}, set()
    for tier in range(tiers):
        pool = collections.defaultdict(list)
        for j, row in enumerate(judged):
            if j not in used:
                pool[keys_of_judged(row)[tier]].append(j)
        for i, it in enumerate(items):
            if i in matched:
                continue
            key = keys_of_item(it)[tier]
            if key is None or not pool.get(key):
                continue
            j = pool[key].pop(0)
            used.add(j)
            matched[i] = judged[j]
    return matched, len(judged) - len(used)


def tally(items, matched, judged, field, jfield, vfield, codes):
    """tally - per value of field: current, matched, a count per verdict code, unjudged, gone"""
    rows = []
    for value in sorted({it[field] for it in items} | {r[jfield] for r in judged}):
        idx = [i for i, it in enumerate(items) if it[field] == value]
        v = collections.Counter(matched[i][vfield] for i in idx if i in matched)
        m = sum(v.values())
        judged_n = sum(1 for r in judged if r[jfield] == value)
        row = {field: value, "current": len(idx), "matched": m, "unjudged": len(idx) - m,
               "judged": judged_n, "gone": judged_n - m}
        row.update({c: v[c] for c in codes})
        rows.append(row)
    return rows


def ratio(a, b):
    """ratio - a/b rounded, or None when b is 0"""
    return round(a / b, 2) if b else None


def fmt(x):
    """fmt - a ratio for a table ('-' for None)"""
    return "-" if x is None else "%.2f" % x


def main():
    """main - match, print, write the figures"""
    args = sys.argv[1:]
    name = "enron-judged"
    if "--name" in args:
        i = args.index("--name")
        name = args[i + 1]
        del args[i:i + 2]
    if len(args) != 3:
        sys.exit("usage: judged.py WORKDIR JUDGEDDIR OUT.json [--name NAME]")
    work, jdir, out = args
    alerts = list(current_alerts(work).values())
    with open(os.path.join(work, "current-alerts.json"), "w") as f:
        json.dump(alerts, f, indent=1)
    signals = [s for s in json.load(open(os.path.join(work, "signals.json")))
               if s.get("type") == "phrase"]
    ja = read_tsv(os.path.join(jdir, "alerts-judged.tsv"))
    js = read_tsv(os.path.join(jdir, "signals-judged.tsv"))

    # health_drop's evidence text is a fact of the day: loose tier only for it.
    def item_akeys(al):
        exact, loose = alert_keys(al["account"], al["kind"], al["title"], first_evidence(al))
        return exact, loose if al["kind"] in ("health_drop",) else None

    def judged_akeys(row):
        return alert_keys(row["account"], row["kind"], row["title"], row["evidence"])

    amatch, agone = pair(alerts, ja, item_akeys, judged_akeys, 2)

    # The judged file keeps the first 150 characters of a sentence and
    # writes a missing account as "None".
    def skey(account, category, sender, evidence):
        account = "" if account in (None, "None") else account
        k = (account, category, (sender or "").lower(), fold(evidence)[:150].rstrip())
        return (k,)
    smatch, sgone = pair(signals, js,
                         lambda s: skey(s.get("account"), s["category"], s.get("contact"), s.get("evidence")),
                         lambda r: skey(r["account"], r["category"], r["from"], r["evidence"]), 1)

    per_kind = [dict(r, worth=ratio(r["Y"], r["matched"]), true=ratio(r["Y"] + r["U"], r["matched"]))
                for r in tally(alerts, amatch, ja, "kind", "kind", "verdict", "YUF")]
    per_cat = [dict(r, precision=ratio(r["T"], r["matched"]))
               for r in tally(signals, smatch, js, "category", "category", "judgement", "TF")]
    tot_a = collections.Counter(amatch[i]["verdict"] for i in amatch)
    tot_s = collections.Counter(smatch[i]["judgement"] for i in smatch)
    summary = {
        "sample": name,
        "alerts": {"current": len(alerts), "matched": len(amatch), "unjudged": len(alerts) - len(amatch),
                   "judged": len(ja), "gone": agone, "Y": tot_a["Y"], "U": tot_a["U"], "F": tot_a["F"],
                   "worth": ratio(tot_a["Y"], len(amatch)),
                   "true": ratio(tot_a["Y"] + tot_a["U"], len(amatch)), "per_kind": per_kind},
        "signals": {"current": len(signals), "matched": len(smatch),
                    "unjudged": len(signals) - len(smatch), "judged": len(js), "gone": sgone,
                    "T": tot_s["T"], "F": tot_s["F"], "precision": ratio(tot_s["T"], len(smatch)),
                    "per_category": per_cat},
    }
    worst = [{"account": alerts[i]["account"], "kind": alerts[i]["kind"], "title": alerts[i]["title"],
              "why": r["why"]} for i, r in sorted(amatch.items()) if r["verdict"] == "F"]
    summary["alerts"]["still_false"] = worst
    summary["signals"]["still_false"] = [
        {"account": signals[i].get("account"), "category": signals[i]["category"],
         "evidence": signals[i].get("evidence")} for i, r in sorted(smatch.items())
        if r["judgement"] == "F"]
    with open(out, "w") as f:
        json.dump(summary, f, indent=1, sort_keys=True)
        f.write("\n")

    a, s = summary["alerts"], summary["signals"]
    print("== %s (judged real mail, development data)" % name)
    print("\nAlerts of the digests and briefs: %d current, %d match a judged item, %d unjudged; "
          "%d of %d judged no longer raised" % (a["current"], a["matched"], a["unjudged"], a["gone"],
                                                 a["judged"]))
    print("  %-27s %7s %7s %4s %4s %4s %6s %6s %8s %6s" % (
        "kind", "current", "matched", "Y", "U", "F", "worth", "true", "unjudged", "gone"))
    for r in per_kind + [dict(kind="all", current=a["current"], matched=a["matched"], Y=a["Y"],
                              U=a["U"], F=a["F"], worth=a["worth"], true=a["true"],
                              unjudged=a["unjudged"], gone=a["gone"])]:
        print("  %-27s %7d %7d %4d %4d %4d %6s %6s %8d %6d" % (
            r["kind"], r["current"], r["matched"], r["Y"], r["U"], r["F"], fmt(r["worth"]),
            fmt(r["true"]), r["unjudged"], r["gone"]))
    print("  worth = Y / matched (true and worth the AM's attention); true = (Y + U) / matched")
    print("\nPhrase signals: %d current, %d match a judged item, %d unjudged; %d of %d judged "
          "no longer raised" % (s["current"], s["matched"], s["unjudged"], s["gone"], s["judged"]))
    print("  %-12s %7s %7s %4s %4s %9s %8s %6s" % ("category", "current", "matched", "T", "F",
                                                   "precision", "unjudged", "gone"))
    for r in per_cat + [dict(category="all", current=s["current"], matched=s["matched"], T=s["T"],
                             F=s["F"], precision=s["precision"], unjudged=s["unjudged"],
                             gone=s["gone"])]:
        print("  %-12s %7d %7d %4d %4d %9s %8d %6d" % (r["category"], r["current"], r["matched"],
                                                      r["T"], r["F"], fmt(r["precision"]),
                                                      r["unjudged"], r["gone"]))
    if worst:
        print("\n  still raised and judged false (first 8 of %d):" % len(worst))
        for w in worst[:8]:
            print("    %s %s: %s  -- %s" % (w["account"], w["kind"], w["title"][:70], w["why"][:90]))
    print()


if __name__ == "__main__":
    main()
