#!/bin/bash
# T045-milter-restarts - ten kills of the milter process in a row cost the
# mail nothing: every SMTP transaction completes at once.
#
# Before the supervisor answered on the milter socket itself, a connection
# that arrived while the milter was down (killed, waiting out its restart
# back-off) waited for Postfix's milter timeout: 30 s a transaction.  Here
# the milter process is killed ten times in a row, each time as soon as it
# has been restarted (so the back-off grows: 1, 2, 4, 8 s ...), and around
# each kill two messages go over SMTP into the private Postfix (milter
# timeouts at their defaults, 30 s):
#   A  sent while the milter process is frozen (SIGSTOP), so that Postfix's
#      connection to the milter queues on the socket, unanswered; then the
#      milter is killed.  The supervisor answers it: passed uncaptured.
#      Timed from the kill.
#   B  sent right after the supervisor logged the death: answered by the
#      supervisor or, once it is back, by the new milter.  Timed from its
#      connect to the reply to its QUIT.
# Checked: all twenty accepted and delivered, each far below Postfix's
# milter timeouts (under MAX_S, a third of them: what a wait for a timeout
# would break; the measured maximum is printed beside issue 14's target of
# 1 s, which a loaded machine may miss without anything waiting), no milter
# warning or timeout in Postfix's log, each message either captured or
# logged as passed without capture (every A passed), `mailpulse status`
# counting the passes, what was captured stored once.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/e2e-lib.sh"
e2e_require

KILLS=10
MAX_S=10
milter_start
postfix_start
command -v ss >/dev/null || { begin_subtest "ss (iproute2) is needed"; skip_subtest "no ss"; exit 0; }

# message N - an inbound message in $TMP/m-N.eml
message() {
	printf 'From: Ann Lee <ann@acme.com>\nTo: Claire Martin <claire@northwind-analytics.com>\nSubject: Restart %s\nDate: %s\nMessage-ID: <restart-%s@acme.com>\n\nMessage %s.\n' \
		"$1" "$(date -R)" "$1" "$1" >"$TMP/m-$1.eml"
}

# timed_send N OUT - send message N; OUT gets "QUEUEID END_TIME SECONDS",
# SECONDS the SMTP session's (smtp-send.py --times), END_TIME when the
# sender was done
timed_send() {
	local out
	message "$1"
	out=$(printf 'ann@acme.com\tclaire@northwind-analytics.com\t%s\n' "$TMP/m-$1.eml" |
		python3 "$ROOT/tests/e2e/smtp-send.py" "$SMTP_PORT" --times)
	echo "$(cut -f1 <<<"$out") $(date +%s.%N) $(cut -f3 <<<"$out")" >"$2"
}

# queued - connections waiting, unaccepted, on the milter's socket
queued() { ss -ltnH "sport = :$MILTER_PORT" | awk '{ print $2 }'; }

# wait_log N REGEX - until the daemon's log has N lines matching REGEX (60 s)
wait_log() {
	local i
	for i in $(seq 600); do
		[ "$(grep -c -E "$2" "$MILTER_LOG")" -ge "$1" ] && return 0
		sleep 0.1
	done
	return 1
}

: >"$TMP/times"
for k in $(seq "$KILLS"); do
	wait_log "$k" ' milter started ' || { echo "# no milter process $k"; break; }
	pid=$(milter_pid_of milter)
	kill -STOP "$pid"
	timed_send "A$k" "$TMP/a$k" &
	sender=$!
	for i in $(seq 300); do [ "$(queued)" -ge 1 ] 2>/dev/null && break; sleep 0.1; done
	t_kill=$(date +%s.%N)
	kill -KILL "$pid"
	wait "$sender"
	read -r qid t_end took <"$TMP/a$k"
	echo "A$k $qid $(awk -v a="$t_kill" -v b="$t_end" 'BEGIN { printf "%.3f", b - a }')" >>"$TMP/times"
	wait_log "$k" 'milter died of signal 9' || echo "# the death of milter $k was not logged"
	timed_send "B$k" "$TMP/b$k"
	read -r qid t_end took <"$TMP/b$k"
	echo "B$k $qid $took" >>"$TMP/times"
done
wait_log $((KILLS + 1)) ' milter started ' || echo "# the milter was not restarted after the last kill"
pf_wait_queue "$E2E_PF" 60
wait_drained 60

qids=$(awk '{ print $2 }' "$TMP/times")
max=$(awk '{ if ($3 > m) m = $3 } END { printf "%.3f", m }' "$TMP/times")
max_a=$(awk '/^A/ { if ($3 > m) m = $3 } END { printf "%.3f", m }' "$TMP/times")
max_b=$(awk '/^B/ { if ($3 > m) m = $3 } END { printf "%.3f", m }' "$TMP/times")
passed=$(sed -n 's/.*: \([0-9A-F]*\): passed without capture.*/\1/p' "$MILTER_LOG" | sort)
captured=$(captured_qids)
status_out=$("$ROOT/build/mailpulse" -c "$TMP/milter.conf" status 2>&1)
echo "# $KILLS kills of the milter in a row: $(grep -c . "$TMP/times") SMTP transactions," \
	"slowest $max s, target 1 s (queued at the kill, from the kill: $max_a s; sent during the" \
	"restart: $max_b s; Postfix's milter timeouts: 30 s); passed without capture $(grep -c . <<<"$passed")," \
	"captured $(comm -12 <(sort <<<"$qids") <(echo "$captured") | grep -c .);" \
	"back-offs: $(sed -n 's/.*milter died of signal 9.*restarting in \([0-9]*\) s.*/\1/p' "$MILTER_LOG" | paste -sd' ') s"

begin_subtest "the milter was killed $KILLS times in a row and restarted each time"
expect_equal "$(grep -c 'milter died of signal 9' "$MILTER_LOG")" "$KILLS"
expect_equal "$(grep -c ' milter started ' "$MILTER_LOG")" "$((KILLS + 1))"

begin_subtest "every SMTP transaction was accepted and finished far below the milter timeouts (< $MAX_S s)"
expect_equal "$(awk '$2 == "-"' "$TMP/times")" ""
expect_equal "$(grep -c . "$TMP/times")" "$((2 * KILLS))"
expect_equal "$(awk -v m="$MAX_S" '$3 > m' "$TMP/times")" ""

begin_subtest "Postfix never waited for the milter: no milter warning, no timeout in its log"
expect_no_match "$(maillog)" 'warning: milter|timed out'

begin_subtest "every message was delivered"
delivered=$(delivered_qids)
for q in $qids; do grep -q -x "$q" <<<"$delivered" || _fail "$q not delivered"; done

begin_subtest "each message was captured or logged as passed without capture, never both"
for q in $qids; do
	n=$(( $(grep -c -x "$q" <<<"$captured") + $(grep -c -x "$q" <<<"$passed") ))
	[ "$n" -eq 1 ] || _fail "$q: captured or passed $n times"
done
for q in $(awk '/^A/ { print $2 }' "$TMP/times"); do
	grep -q -x "$q" <<<"$passed" || _fail "$q, queued when the milter was killed, not logged as passed"
done

begin_subtest "mailpulse status counts the messages passed without capture"
expect_match "$status_out" "passed without capture [0-9]+ connections, $(grep -c . <<<"$passed") messages, last [0-9]"

begin_subtest "what was captured is stored once"
stored=$(stored_qids)
for q in $(comm -12 <(sort <<<"$qids") <(echo "$captured")); do
	expect_equal "$(grep -c -x "$q" <<<"$stored")" 1
done
