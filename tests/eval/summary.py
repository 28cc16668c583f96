#!/usr/bin/env python3
"""summary.py - one line per evaluated set, from tests/out/eval/NAME.json.

usage: summary.py OUTDIR NAME...
"""
import json
import os
import sys


def fmt(x):
    """fmt - a ratio, or '-'"""
    return "-" if x is None else "%.2f" % x


def main():
    out = sys.argv[1]
    for name in sys.argv[2:]:
        path = os.path.join(out, name + ".json")
        if not os.path.exists(path):
            print("  %-16s no figures (skipped or failed: see %s.txt)" % (name, name))
            continue
        m = json.load(open(path))
        if "export" in m:
            print("  %-16s fresh real mail: %d alerts, %d signals (of %d; %d judged before left out)"
                  " exported for a reader to %s" % (
                      name, sum(m["alerts"].values()), sum(m["signals"].values()),
                      m["signals_total"] + m["signals_judged_before"], m["signals_judged_before"],
                      m["export"]))
            continue
        if "sample" in m:
            a, s = m["alerts"], m["signals"]
            print("  %-16s real mail: alerts worth %s true %s (%d matched, %d unjudged); "
                  "signals precision %s (%d matched, %d unjudged)" % (
                      name, fmt(a["worth"]), fmt(a["true"]), a["matched"], a["unjudged"],
                      fmt(s["precision"]), s["matched"], s["unjudged"]))
            continue
        s, a, h = m["signals"]["all"], m["alerts"], m["health"]
        print("  %-16s%s signals R %s P %s (%d/%d, %d false alarms); alerts recall %s (%d/%d), "
              "%d false (%d on healthy); at risk below 60 and healthy: %d/%d" % (
                  name, " [TEST]" if m.get("test_set") else "", fmt(s["recall"]),
                  fmt(s["precision"]), s["found"], s["expected"],
                  s["false_alarms_must_not_alert"], fmt(a["recall"]), a["recalled"],
                  a["expected"], a["false"], a["false_on_healthy"], h["at_risk_ok"],
                  h["at_risk"]))


if __name__ == "__main__":
    main()
