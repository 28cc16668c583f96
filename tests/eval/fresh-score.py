#!/usr/bin/env python3
"""fresh-score.py - precision of mailpulse's items on the fresh slice, from a reader's verdicts.

usage: fresh-score.py EXPORTDIR [--alerts FILE] [--signals FILE] [--after DIR] [--json OUT]

EXPORTDIR is what `run.sh --fresh-export` wrote (export.py: alerts.tsv,
signals.tsv with the blank verdict/judgement and why columns).  The
verdicts are read from those two files when the reader filled them in,
or from --alerts / --signals: a TSV with a header naming the columns n,
verdict (or judgement) and why, e.g. the exported file with the two
columns filled or appended, or just "n verdict why" (a file without such
a header is read as n first, verdict and why last).  Each verdict row is
joined to the exported row of the same n; where a column name appears
twice the last one counts.

Prints, per alert kind, the judged rows and Y (true and worth the AM's
attention), U (true but useless), F (false), with worth = Y / judged and
true = (Y + U) / judged; per signal category T and F (Y and U count as
T) with precision = T / judged.  The signals are a stratified sample, so
a category's precision is an estimate of that category's alone.  Rows
without a verdict are counted as unjudged.

--after DIR  a later run of the same slice: an export (alerts.tsv,
    signals.tsv) or a replay's work directory (digest-*.json,
    brief-*.json, signals.json: all its phrase signals).  Each of its
    items is matched to a judged item of the same account, kind (or
    category) and evidence message (the message_id column; an alert with
    no evidence message by the addresses its title names), judged items
    with the same key paired in order; prints per kind and category the
    after-run's items, how many match a judged one, the precision over
    those, how many are new (unjudged) and how many judged items are no
    longer raised (gone).
--json OUT   also write the figures as JSON.
"""
import collections
import csv
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from judged import current_alerts  # noqa: E402  (the alerts as the judges saw them)

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def read_rows(path):
    """read_rows - (header, rows as lists) of a TSV"""
    with open(path, newline="", encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if r]
    return (rows[0], rows[1:]) if rows else ([], [])


def exported(path):
    """exported - the rows of an exported TSV as dicts keyed by its header"""
    header, rows = read_rows(path)
    return [dict(zip(header, r + [""] * (len(header) - len(r)))) for r in rows]


def cell(row, i):
    """cell - row[i] stripped, or "" when the row is too short"""
    return row[i].strip() if i is not None and -len(row) <= i < len(row) else ""


def verdicts(path, vname):
    """verdicts - n -> (verdict letter, why) of a judged TSV ("" when blank)"""
    header, rows = read_rows(path)
    low = [h.strip().lower() for h in header]
    if "n" in low and (vname in low or "verdict" in low):
        ni = low.index("n")
        vi = max(i for i, h in enumerate(low) if h in (vname, "verdict"))
        wi = max((i for i, h in enumerate(low) if h == "why"), default=None)
    else:  # no header: n first, verdict and why last
        rows = [header] + rows
        ni, vi, wi = 0, -2, -1
    out = {}
    for lineno, r in enumerate(rows, 2):
        if not r or not r[ni].strip():
            continue
        try:
            n = int(r[ni])
        except ValueError:
            sys.exit("fresh-score.py: %s:%d: n is not a number: %r" % (path, lineno, r[ni]))
        out[n] = (cell(r, vi).upper()[:1], cell(r, wi))
    return out


def judged_items(exportdir, alerts_file, signals_file):
    """judged_items - the exported alerts and signals with their verdicts"""
    alerts = exported(os.path.join(exportdir, "alerts.tsv"))
    signals = exported(os.path.join(exportdir, "signals.tsv"))
    for rows, path, vname in ((alerts, alerts_file or os.path.join(exportdir, "alerts.tsv"), "verdict"),
                              (signals, signals_file or os.path.join(exportdir, "signals.tsv"),
                               "judgement")):
        got = verdicts(path, vname)
        for r in rows:
            v, why = got.get(int(r["n"]), ("", ""))
            if vname == "judgement" and v in ("Y", "U"):
                v = "T"
            r["_v"], r["_why"] = v, why
    return alerts, signals


def alert_key(account, kind, message_id, title):
    """alert_key - account, kind and evidence message (else the title's addresses)"""
    if message_id:
        return (account, kind, "m", message_id)
    return (account, kind, "a", ",".join(sorted(set(a.lower() for a in EMAIL.findall(title or "")))))


def signal_key(account, category, message_id):
    """signal_key - account, category and evidence message"""
    return (account or "(no account)", category, message_id)


def after_items(path):
    """after_items - (alert keys with kind, signal keys with category) of a later run"""
    if os.path.exists(os.path.join(path, "alerts.tsv")):
        a = [(alert_key(r["account"], r["kind"], r.get("message_id"), r["title"]), r["kind"])
             for r in exported(os.path.join(path, "alerts.tsv"))]
        s = [(signal_key(r["account"], r["category"], r.get("message_id")), r["category"])
             for r in exported(os.path.join(path, "signals.tsv"))]
        return a, s, "export"
    if not os.path.exists(os.path.join(path, "signals.json")):
        sys.exit("fresh-score.py: %s holds neither alerts.tsv nor signals.json" % path)
    a = []
    for al in current_alerts(path).values():
        mid = next((e["message_id"] for e in al.get("evidence") or [] if e.get("message_id")), "")
        a.append((alert_key(al["account"], al["kind"], mid, al["title"]), al["kind"]))
    s = [(signal_key(x.get("account"), x["category"], x["message_id"]), x["category"])
         for x in json.load(open(os.path.join(path, "signals.json"))) if x.get("type") == "phrase"]
    return a, s, "work directory"


def ratio(a, b):
    """ratio - a/b rounded, or None when b is 0"""
    return round(a / b, 2) if b else None


def fmt(x):
    """fmt - a ratio for a table"""
    return "-" if x is None else "%.2f" % x


def precision(rows, field, codes):
    """precision - per value of field: rows, judged, a count per code, unjudged"""
    out = []
    for value in sorted({r[field] for r in rows}) + ["all"]:
        sel = [r for r in rows if value == "all" or r[field] == value]
        c = collections.Counter(r["_v"] for r in sel if r["_v"] and r["_v"] in codes)
        j = sum(c.values())
        row = {field: value, "rows": len(sel), "judged": j, "unjudged": len(sel) - j}
        row.update({k: c[k] for k in codes})
        out.append(row)
    return out


def match(after, judged, key_of_judged):
    """match - per kind: after items, matched, verdict counts over matched, new, gone"""
    pool = collections.defaultdict(list)
    for r in judged:
        if r["_v"]:
            pool[key_of_judged(r)].append(r)
    hits = collections.defaultdict(list)
    new = collections.Counter()
    count = collections.Counter()
    for key, kind in after:
        count[kind] += 1
        if pool.get(key):
            hits[kind].append(pool[key].pop(0)["_v"])
        else:
            new[kind] += 1
    gone = collections.Counter()
    for key, rows in pool.items():
        gone[key[1]] += len(rows)
    out = []
    for kind in sorted(set(count) | set(gone)) + ["all"]:
        h = [v for k, vs in hits.items() if kind in ("all", k) for v in vs]
        out.append({"kind": kind, "after": sum(count.values()) if kind == "all" else count[kind],
                    "matched": len(h), "new": sum(new.values()) if kind == "all" else new[kind],
                    "gone": sum(gone.values()) if kind == "all" else gone[kind],
                    "verdicts": dict(collections.Counter(h))})
    return out


def main():
    """main - read the verdicts, print precision (and the after-run's match)"""
    args = sys.argv[1:]
    opts = {"--alerts": None, "--signals": None, "--after": None, "--json": None}
    for opt in opts:
        if opt in args:
            i = args.index(opt)
            opts[opt] = args[i + 1]
            del args[i:i + 2]
    if len(args) != 1:
        sys.exit("usage: fresh-score.py EXPORTDIR [--alerts FILE] [--signals FILE] [--after DIR]"
                 " [--json OUT]")
    alerts, signals = judged_items(args[0], opts["--alerts"], opts["--signals"])
    figures = {"alerts": precision(alerts, "kind", "YUF"),
               "signals": precision(signals, "category", "TF")}
    print("== fresh slice: the reader's verdicts (%s)" % args[0])
    print("\nAlerts: %d exported" % len(alerts))
    print("  %-27s %5s %6s %4s %4s %4s %6s %6s %8s" % ("kind", "rows", "judged", "Y", "U", "F",
                                                        "worth", "true", "unjudged"))
    for r in figures["alerts"]:
        r["worth"], r["true"] = ratio(r["Y"], r["judged"]), ratio(r["Y"] + r["U"], r["judged"])
        print("  %-27s %5d %6d %4d %4d %4d %6s %6s %8d" % (r["kind"], r["rows"], r["judged"], r["Y"],
                                                            r["U"], r["F"], fmt(r["worth"]),
                                                            fmt(r["true"]), r["unjudged"]))
    print("  worth = Y / judged; true = (Y + U) / judged")
    print("\nPhrase signals (a stratified sample): %d exported" % len(signals))
    print("  %-12s %5s %6s %4s %4s %9s %8s" % ("category", "rows", "judged", "T", "F", "precision",
                                               "unjudged"))
    for r in figures["signals"]:
        r["precision"] = ratio(r["T"], r["judged"])
        print("  %-12s %5d %6d %4d %4d %9s %8d" % (r["category"], r["rows"], r["judged"], r["T"],
                                                    r["F"], fmt(r["precision"]), r["unjudged"]))
    false = [r for r in alerts if r["_v"] == "F"]
    if false:
        print("\n  judged false (first 8 of %d):" % len(false))
        for r in false[:8]:
            print("    %s %s %s: %s  -- %s" % (r["n"], r["account"], r["kind"], r["title"][:60],
                                               r["_why"][:90]))
    if opts["--after"]:
        a_after, s_after, what = after_items(opts["--after"])
        figures["after"] = {
            "alerts": match(a_after, alerts, lambda r: alert_key(r["account"], r["kind"],
                                                                 r.get("message_id"), r["title"])),
            "signals": match(s_after, signals, lambda r: signal_key(r["account"], r["category"],
                                                                    r.get("message_id")))}
        print("\nThe later run (%s, %s) against these verdicts:" % (opts["--after"], what))
        for part, codes in (("alerts", "YUF"), ("signals", "TF")):
            print("  %-27s %6s %7s %s %6s %6s %5s" % (
                "kind" if part == "alerts" else "category", "after", "matched",
                " ".join("%4s" % c for c in codes), "prec.", "new", "gone"))
            for r in figures["after"][part]:
                v = r["verdicts"]
                good = v.get("Y", 0) if part == "alerts" else v.get("T", 0)
                r["precision"] = ratio(good, r["matched"])
                print("  %-27s %6d %7d %s %6s %6d %5d" % (
                    r["kind"], r["after"], r["matched"], " ".join("%4d" % v.get(c, 0) for c in codes),
                    fmt(r["precision"]), r["new"], r["gone"]))
            print()
        print("  prec. = Y (alerts) or T (signals) / matched; new = not judged before (to be read);"
              " gone = judged before, no longer raised")
        if what == "export":
            print("  (an export holds every signal of a category up to its cap, a sample above"
                  " it: signals left out of the sample are not compared)")
    if opts["--json"]:
        with open(opts["--json"], "w") as f:
            json.dump(figures, f, indent=1, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main()
