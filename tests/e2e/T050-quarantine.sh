#!/bin/bash
# T050-quarantine - a message that crashes the parser lands in
# SpoolDir/quarantine; the mail is delivered and the other messages of the
# same batches are captured.
#
# The crash is the worker's test hook (MAILPULSE_DEBUG_CRASH_HEADER in
# mailpulse-milter(8)): the worker abort()s on a message carrying the
# named header, as a parser crash would.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/e2e-lib.sh"
e2e_require

MARKER=X-E2E-Crash-The-Parser
MAILPULSE_DEBUG_CRASH_HEADER=$MARKER milter_start
postfix_start

# message N [EXTRA HEADER] - an inbound message in $TMP/msg-N.eml
message() {
	{
		printf 'From: Ann Lee <ann@acme.com>\nTo: Claire Martin <claire@northwind-analytics.com>\n'
		printf 'Subject: Question %s\nDate: Tue, 24 Nov 2026 11:00:00 +0100\n' "$1"
		printf 'Message-ID: <question-%s@acme.com>\n' "$1"
		[ -n "${2:-}" ] && printf '%s\n' "$2"
		printf '\nQuestion number %s about the renewal.\n' "$1"
	} >"$TMP/msg-$1.eml"
	printf 'ann@acme.com\tclaire@northwind-analytics.com\t%s\n' "$TMP/msg-$1.eml"
}
# twelve messages in one go (so they share batches), two of them crashing
for i in $(seq 1 12); do
	case $i in
	4 | 9) message "$i" "$MARKER: yes" ;;
	*) message "$i" ;;
	esac
done | send_list >"$TMP/sent"
crash_qids=$(grep -E '/msg-(4|9)\.eml$' "$TMP/sent" | cut -f1 | sort)
good_qids=$(grep -v -E '/msg-(4|9)\.eml$' "$TMP/sent" | cut -f1 | sort)
pf_wait_queue "$E2E_PF" 30
for i in $(seq 300); do  # two crashes, two restarts (1 s, then 2 s back-off)
	[ "$(spool_count quarantine)" -ge 2 ] && wait_drained 1 && break
	sleep 0.1
done
wait_drained 30

begin_subtest "every message is delivered, the crashing ones too"
for q in $crash_qids $good_qids; do
	expect_equal "$(maillog | grep -c " $q: to=<.*status=sent")" 1
done

begin_subtest "the worker crashed on each marked message and was restarted"
expect_equal "$(grep -c 'worker 0 died of signal 6' "$MILTER_LOG")" 2
expect_equal "$(grep -c 'worker 0 started' "$MILTER_LOG")" 3

begin_subtest "the two marked messages are in quarantine/, each logged by name"
expect_equal "$(spool_count quarantine)" 2
for f in "$TMP"/spool/quarantine/*; do
	grep -q "^$MARKER: yes" "$f" || _fail "$(basename "$f") is not a marked message"
	expect_match "$(cat "$MILTER_LOG")" "worker 0: $(basename "$f"): quarantined: the worker crashed on it"
done
expect_equal "$(sed -n 's/^queue_id //p' "$TMP"/spool/quarantine/* | sort)" "$crash_qids"

begin_subtest "the other ten are captured, each once; the marked ones are not stored"
stored=$(stored_qids)
expect_equal "$stored" "$good_qids"

begin_subtest "mailpulse status reports the quarantine (exit 1), inspect reads a quarantined file"
expect_status 1 "$ROOT/build/mailpulse" -c "$TMP/milter.conf" status
out=$("$ROOT/build/mailpulse" -c "$TMP/milter.conf" inspect "$(ls "$TMP"/spool/quarantine/* | head -1)" 2>&1)
expect_match "$out" 'inbound'
echo "# quarantine: 12 messages sent, 12 delivered, 2 crashed the worker and are in quarantine/," \
	"$(grep -c . <<<"$stored") of the other 10 captured"
