#!/bin/bash
# replay-set.sh - run the real CLI over one scenario set, as it would have run live.
#
#   tests/eval/replay-set.sh SETDIR WORKDIR
#
# SETDIR holds accounts.csv, one mbox per account and expected.yaml (format:
# ../shared/EVAL.md).  In WORKDIR (created, emptied first) it writes a
# config (Database there, InternalDomains = the set's vendor_domain,
# AutoCreateAccounts yes, the shipped rules, every threshold at its
# default), imports the accounts, cuts the mboxes into one mbox per day of
# mail (mbox-days.py) and then, day by day from the first day of mail to
# the set's as_of: ingests that day's mail and snapshots the day (days
# without mail are snapshotted in one --from/--to range).  The snapshot is
# what raises alerts into the ledger (src/analyze_ledger.c); a digest only
# marks them sent, so none is sent here.  Then it collects, as of as_of:
#   signals.json    `signals --json --until AS_OF`
#   accounts.json   `accounts list --json`
#   health.json     `account --json NAME` of every account of accounts.csv
#   mp.db           the database (score.py reads the alert ledger from it)
#   replay.log      everything the CLI printed (never shown for a TEST set)
# Mail dated after as_of is not ingested.  Exit status 0, or 1 with the
# failing step named (not its output: a TEST set's text is never printed).
set -u
SET=$(cd "$1" && pwd)
WORK=$2
WHAT=$(basename "$SET")
. "$(dirname "$0")/replay-lib.sh"

# The set's facts: as_of, vendor domains, the mbox files, the account names.
python3 - "$SET/expected.yaml" "$WORK" <<'EOF' || fail "reading expected.yaml"
import sys, yaml, os
exp = yaml.safe_load(open(sys.argv[1]))
work = sys.argv[2]
vd = exp["vendor_domain"]
vd = vd if isinstance(vd, list) else [d.strip() for d in str(vd).replace(";", ",").split(",")]
# a writer may list the vendor's other mail domains (definitions:
# internal_domains or vendor_domains, or a top-level vendor_domains)
defs = exp.get("definitions") or {}
extra = (defs.get("internal_domains") or defs.get("vendor_domains") or exp.get("vendor_domains")
         or [])
vd += [d for d in (extra if isinstance(extra, list) else [extra]) if d not in vd]
with open(os.path.join(work, "facts.sh"), "w") as f:
    f.write("AS_OF=%s\n" % str(exp["as_of"]))
    f.write("VENDOR='%s'\n" % ", ".join(vd))
with open(os.path.join(work, "mboxes"), "w") as f:
    for a in exp["accounts"]:
        if a.get("mbox"):
            f.write(a["mbox"] + "\n")
EOF
. "$WORK/facts.sh"
{
	echo "Database $WORK/mp.db"
	echo "InternalDomains $VENDOR"
	echo "AutoCreateAccounts yes"
	echo "RulesDir $ROOT/rules"
} >"$WORK/mp.conf"

A accounts import "$SET/accounts.csv" >>"$LOG" 2>&1 || fail "accounts import"
mboxes=()
while IFS= read -r m; do mboxes+=("$SET/$m"); done < <(sort -u "$WORK/mboxes")
[ ${#mboxes[@]} -gt 0 ] || fail "no mbox named in expected.yaml"
days=$(python3 "$HERE/mbox-days.py" "$WORK/days" "${mboxes[@]}") || fail "cutting the mboxes by day"
first=$(echo "$days" | head -1)
[ -n "$first" ] || fail "no dated message"
[ -d "$WORK/days/undated" ] && { A ingest "$WORK/days/undated" >>"$LOG" 2>&1 || fail "ingest (undated)"; }

# next_day DAY - the day after DAY
next_day() { date -u -d "$1 + 1 day" +%F; }
pending=$first
day=$first
while [[ ! "$day" > "$AS_OF" ]]; do
	if [ -d "$WORK/days/$day" ]; then
		if [[ "$pending" < "$day" ]]; then
			A snapshot --from "$pending" --to "$(date -u -d "$day - 1 day" +%F)" >>"$LOG" 2>&1 ||
				fail "snapshot up to $day"
		fi
		A ingest "$WORK/days/$day" >>"$LOG" 2>&1 || fail "ingest of $day"
		pending=$day
	fi
	day=$(next_day "$day")
done
A snapshot --from "$pending" --to "$AS_OF" >>"$LOG" 2>&1 || fail "snapshot up to $AS_OF"
late=$(ls "$WORK/days" | awk -v a="$AS_OF" '$0 > a && $0 != "undated"' | wc -l)
echo "days with mail after as_of (not ingested): $late" >>"$LOG"

A signals --json --until "$AS_OF" >"$WORK/signals.json" 2>>"$LOG" || fail "signals --json"
A accounts list --json >"$WORK/accounts.json" 2>>"$LOG" || fail "accounts list --json"
# Health of every account of the CSV as of as_of (one JSON object per line).
: >"$WORK/health.jsonl"
while IFS= read -r -d '' name; do
	A --as-of "$AS_OF" account --json "$name" 2>>"$LOG" | python3 -c \
		'import json,sys; print(json.dumps(json.load(sys.stdin)))' >>"$WORK/health.jsonl" ||
		fail "account --json"
done < <(python3 -c 'import csv,sys; [print(r["account"], end="\0") for r in csv.DictReader(open(sys.argv[1]))]' \
	"$SET/accounts.csv")
exit 0
