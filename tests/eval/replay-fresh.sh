#!/bin/bash
# replay-fresh.sh - mailpulse on a fresh slice of real mail, for a reader to judge.
#
#   tests/eval/replay-fresh.sh CORPORA WORKDIR
#
# The judged run (CORPORA/enron-judged, replay-enron.sh) is development
# data; this one is set up like it on what nobody has read yet:
#   - config as the judged run: InternalDomains enron.com,
#     AutoCreateAccounts yes, the shipped rules, default thresholds, digests
#     "sent" to a sink (SendmailPath; "new" behaves as live);
#   - accounts.csv made in WORKDIR by fresh-accounts.py from the corpus
#     alone (the same file for any code): the external domains ranked
#     26th to 45th by correspondence with enron.com, past the judged 25,
#     owned by Enron mailbox holders other than the judged run's four AMs,
#     ARR, renewal and segment invented with a fixed seed
#     (fresh-accounts.txt in WORKDIR says what was taken and skipped);
#   - CORPORA/enron/maildir and the SpamAssassin ham (easy-ham-1,
#     easy-ham-2, hard-ham-1; never the spam folders) ingested in one run;
#     the ham has no enron.com party, so mailpulse stores none of it ("no
#     internal party"), and it is dated 2002: it is there as real mail
#     that must make no account, alert or signal;
#   - window 2001-05-01 to 2001-11-15 (the judged one is 2001-12-01 to
#     2002-03-31; 8,447 of the corpus's messages fall in this one, 1,615 of
#     the 3,158 mailpulse stores), daily
#     snapshots; on DIGEST_DAYS the digests of the 4 new AMs with the most
#     accounts (then the most ARR; `digest --json` saved, then
#     `digest --send`); on BRIEF_DAYS the `account --json` briefs of the 8
#     largest accounts (by ARR);
#   - `signals --json` over the whole set, as the judged run: the stored
#     mail is the same 3,158 messages whichever accounts are imported, so
#     the phrase signals are the judged run's; the export leaves out the
#     ones judged there (export.py --skip-judged).
# Writes accounts.csv, fresh-accounts.txt, digest-DAY-AM.json,
# brief-DAY-N.json, signals.json, mp.db and replay.log into WORKDIR.
set -u
CORPORA=$1
WORK=$2
WHAT=fresh
. "$(dirname "$0")/replay-lib.sh"
FIRST=2001-05-01
LAST=2001-11-15
DIGEST_DAYS="2001-06-04 2001-07-16 2001-08-27 2001-09-24 2001-10-22 2001-11-12"
BRIEF_DAYS="2001-08-27 2001-11-15"
HAM="easy-ham-1 easy-ham-2 hard-ham-1"

python3 "$HERE/fresh-accounts.py" "$CORPORA/enron/maildir" "$CORPORA/enron-judged/accounts.csv" \
	"$WORK/accounts.csv" --window "$FIRST..$LAST" --report "$WORK/fresh-accounts.txt" \
	>>"$LOG" 2>&1 || fail "fresh-accounts.py"
# The 4 owners with the most accounts (then the most ARR, then by name),
# and the 8 largest accounts by ARR (then by name).
read -r -a AMS < <(python3 -c '
import collections, csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
n, arr = collections.Counter(), collections.Counter()
for r in rows:
    n[r["owner"]] += 1
    arr[r["owner"]] += float(r["arr"])
print(" ".join(sorted(n, key=lambda o: (-n[o], -arr[o], o))[:4]))' "$WORK/accounts.csv")
mapfile -t LARGEST < <(python3 -c '
import csv, sys
rows = sorted(csv.DictReader(open(sys.argv[1])), key=lambda r: (-float(r["arr"]), r["account"]))
print("\n".join(r["account"] for r in rows[:8]))' "$WORK/accounts.csv")
[ ${#AMS[@]} -eq 4 ] && [ ${#LARGEST[@]} -eq 8 ] || fail "choosing the AMs and the largest accounts"
echo "AMs: ${AMS[*]}" >>"$LOG"

real_mail_conf
A accounts import "$WORK/accounts.csv" >>"$LOG" 2>&1 || fail "accounts import"
ham=()
for h in $HAM; do
	[ -d "$CORPORA/spamassassin/$h" ] || fail "ham folder $h is absent"
	ham+=("$CORPORA/spamassassin/$h")
done
A ingest "$CORPORA/enron/maildir" "${ham[@]}" >>"$LOG" 2>&1 || fail "ingest"

replay_days "$FIRST" "$LAST" "$DIGEST_DAYS" "$BRIEF_DAYS"
A signals --json >"$WORK/signals.json" 2>>"$LOG" || fail "signals --json"
exit 0
