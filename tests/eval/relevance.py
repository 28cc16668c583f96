#!/usr/bin/env python3
"""relevance.py - the business-or-personal verdict on the scenario sets' mail.

usage: tests/eval/relevance.py [--mailpulse BIN] SET...

For each set (tests/eval/sets/SET), every message of its mbox files goes
through `mailpulse inspect` (the vendor's domains as --internal, no
database) and its automated verdict is compared with what the set's writer
says of it:
  personal  a must_not_alert message whose `why` says it is personal or
            private (family, sport, a wedding, a friend ...): caught when
            the verdict is `personal`;
  business  a message that is the evidence of an expected signal or
            alert: lost when the verdict is `personal`.
The word test on `why` is rough (the writers' words vary), so the counts
compare two builds on the same sets; they are not a precision.
"""
import json
import os
import re
import subprocess
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAL = re.compile(r"personal|private|privat|friend|football|rugby|golf|wedding|birthday|"
                      r"holiday|baby|funeral|sympathy|persönlich|personnel|privé", re.I)


def norm(mid):
    """norm - a Message-ID without brackets, lowercase"""
    return str(mid).strip("<> ").lower()


def vendor_domains(exp):
    """vendor_domains - the set's own domains (as replay-set.sh reads them)"""
    vd = exp["vendor_domain"]
    vd = vd if isinstance(vd, list) else [d.strip() for d in str(vd).replace(";", ",").split(",")]
    defs = exp.get("definitions") or {}
    extra = (defs.get("internal_domains") or defs.get("vendor_domains")
             or exp.get("vendor_domains") or [])
    return vd + [d for d in (extra if isinstance(extra, list) else [extra]) if d not in vd]


def main(argv):
    binary = os.path.join(HERE, "..", "..", "build", "mailpulse")
    if len(argv) > 2 and argv[1] == "--mailpulse":
        binary, argv = argv[2], argv[2:]
    sets = argv[1:]
    if not sets:
        sys.exit(__doc__)
    total = [0, 0, 0, 0]
    for name in sets:
        d = os.path.join(HERE, "sets", name)
        exp = yaml.safe_load(open(os.path.join(d, "expected.yaml")))
        mboxes = [os.path.join(d, a["mbox"]) for a in exp["accounts"] if a.get("mbox")]
        out = subprocess.run([binary, "-c", "/dev/null", "inspect", "--internal",
                              ",".join(vendor_domains(exp)), "--json"] + mboxes,
                             capture_output=True, text=True, check=False).stdout
        verdict = {norm(o.get("message_id")): o.get("automated") for o in json.loads(out)}
        personal, business = set(), set()
        for a in exp["accounts"]:
            for m in a.get("must_not_alert") or []:
                if isinstance(m, dict) and PERSONAL.search(str(m.get("why") or m.get("reason") or "")):
                    personal.add(norm(m["message_id"]))
            for s in a.get("signals") or []:
                business.add(norm(s["message_id"]))
            for al in a.get("alerts") or []:
                for ev in al.get("evidence") or []:
                    if isinstance(ev, str) and "@" in ev:
                        business.add(norm(ev))
        caught = sum(verdict.get(m) == "personal" for m in personal)
        lost = sum(verdict.get(m) == "personal" for m in business)
        print("%-8s personal caught %3d of %3d   business lost %2d of %3d"
              % (name, caught, len(personal), lost, len(business)))
        for i, v in enumerate((caught, len(personal), lost, len(business))):
            total[i] += v
    print("%-8s personal caught %3d of %3d   business lost %2d of %3d" % ("all", *total))


if __name__ == "__main__":
    main(sys.argv)
