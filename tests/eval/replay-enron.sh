#!/bin/bash
# replay-enron.sh - mailpulse on the judged Enron mail, set up as the judges' run was.
#
#   tests/eval/replay-enron.sh CORPORA WORKDIR
#
# Reproduces the setup of CORPORA/enron-judged/README.md ("Setup that
# produced it") in WORKDIR (created, emptied first):
#   - config: InternalDomains enron.com, AutoCreateAccounts yes, the
#     shipped rules, default thresholds; digests "sent" through
#     SendmailPath = a sink script (the mail is thrown away; the digest
#     table and the ledger's last_sent record it, so "new" behaves as live);
#   - accounts.csv of enron-judged imported, CORPORA/enron/maildir ingested
#     (all 45 mailboxes, in one run);
#   - snapshots daily from 2001-12-01 to 2002-03-31; on 2001-12-10, 12-17,
#     2002-01-14, 02-11, 03-04, 03-18 and 03-29 the digests of kim.ward,
#     rick.buy, joe.stepenovitch and joe.parks (`digest --json` saved, then
#     `digest --send`); the `account --json` briefs of the 10 largest
#     accounts (by ARR) as of 2002-01-14 and 2002-03-31;
#   - `signals --json` over the whole set.
# Nothing is cut: the whole replay takes about a minute and a half.
# Writes digest-DAY-AM.json, brief-DAY-N.json, signals.json, mp.db and
# replay.log into WORKDIR.
set -u
CORPORA=$1
WORK=$2
WHAT=enron
. "$(dirname "$0")/replay-lib.sh"
DIGEST_DAYS="2001-12-10 2001-12-17 2002-01-14 2002-02-11 2002-03-04 2002-03-18 2002-03-29"
BRIEF_DAYS="2002-01-14 2002-03-31"
AMS=(kim.ward@enron.com rick.buy@enron.com joe.stepenovitch@enron.com joe.parks@enron.com)
FIRST=2001-12-01
LAST=2002-03-31

real_mail_conf
A accounts import "$CORPORA/enron-judged/accounts.csv" >>"$LOG" 2>&1 || fail "accounts import"
A ingest "$CORPORA/enron/maildir" >>"$LOG" 2>&1 || fail "ingest"

# The 10 largest accounts by ARR.
mapfile -t LARGEST < <(python3 -c '
import csv, sys
rows = sorted(csv.DictReader(open(sys.argv[1])), key=lambda r: -float(r["arr"]))
print("\n".join(r["account"] for r in rows[:10]))' "$CORPORA/enron-judged/accounts.csv")

replay_days "$FIRST" "$LAST" "$DIGEST_DAYS" "$BRIEF_DAYS"
A signals --json >"$WORK/signals.json" 2>>"$LOG" || fail "signals --json"
exit 0
