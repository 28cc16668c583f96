#!/bin/bash
# T030-kill-worker - kill -9 of the pipeline worker in the middle of a run
# loses nothing and stores nothing twice.
#
# 2,000 messages over 20 parallel SMTP sessions (smtp-source) go through a
# private Postfix with mailpulse-milter; while they flow, the worker is
# killed with SIGKILL three times, each time while it is draining a batch.
# The supervisor restarts it, the rolled-back batch is replayed, and in the
# end every message Postfix delivered is in the database exactly once.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/e2e-lib.sh"
e2e_require

MESSAGES=${E2E_MESSAGES:-2000}
SESSIONS=20
KILLS=3
milter_start
postfix_start
load_message "$TMP/msg.txt"

t0=$(date +%s.%N)
smtp-source -s "$SESSIONS" -m "$MESSAGES" -N -f ann@acme.com -t claire@northwind-analytics.com \
	-F "$TMP/msg.txt" "127.0.0.1:$SMTP_PORT" >"$TMP/smtp-source.out" 2>&1 &
source_pid=$!
e2e_local_cleanup() { [ -n "$source_pid" ] && kill "$source_pid" 2>/dev/null; return 0; }

# kill the worker KILLS times, each while it holds an uncommitted batch,
# spread over the run, and each after the previous one's successor
# committed something
killed=0 stored_before=0
for k in $(seq "$KILLS"); do
	want=$(( MESSAGES * k / (KILLS + 1) ))
	for i in $(seq 1200); do  # up to 2 minutes: the worker runs at nice 10
		[ "$(captured_qids | wc -l)" -ge "$want" ] && [ "$(stored_count)" -gt "$stored_before" ] &&
			[ "$(worker_state)" = draining ] && break
		sleep 0.1
	done
	stored_before=$(stored_count)
	pid=$(milter_pid_of "worker 0")
	if [ "$(worker_state)" = draining ] && kill -9 "$pid" 2>/dev/null; then
		killed=$((killed + 1))
		echo "# killed worker pid $pid with $(stored_count) stored, $(spool_count new) in new/"
	fi
	# until the supervisor has started the next one
	for i in $(seq 100); do
		[ "$(milter_pid_of "worker 0")" != "$pid" ] && break
		sleep 0.1
	done
done
wait "$source_pid"
source_status=$?
source_pid=
t1=$(date +%s.%N)
pf_wait_queue "$E2E_PF" 120
wait_drained 120

delivered=$(delivered_qids)
stored=$(stored_qids)
n_delivered=$(grep -c . <<<"$delivered")
n_stored_distinct=$(sort -u <<<"$stored" | grep -c .)
n_duplicates=$(uniq -d <<<"$stored" | grep -c .)
n_lost=$(comm -23 <(echo "$delivered") <(sort -u <<<"$stored") | grep -c .)
n_extra=$(comm -13 <(echo "$delivered") <(sort -u <<<"$stored") | grep -c .)
n_replayed=$(grep -c ': duplicate$' "$MILTER_LOG")
echo "# worker kill -9 x$killed during $MESSAGES messages over $SESSIONS sessions:" \
	"delivered $n_delivered, captured $n_stored_distinct, duplicates $n_duplicates, lost $n_lost" \
	"(replayed after a kill and skipped as already stored: $n_replayed);" \
	"sending took $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"

begin_subtest "smtp-source sent every message and Postfix delivered them all"
expect_equal "$source_status" 0
expect_equal "$n_delivered" "$MESSAGES"

begin_subtest "the worker was killed $KILLS times mid-batch and restarted each time"
expect_equal "$killed" "$KILLS"
expect_equal "$(grep -c 'worker 0 died of signal 9' "$MILTER_LOG")" "$KILLS"
expect_equal "$(grep -c 'worker 0 started' "$MILTER_LOG")" "$(( KILLS + 1 ))"

begin_subtest "every delivered message is captured exactly once"
expect_equal "$n_lost" 0
expect_equal "$n_duplicates" 0
expect_equal "$n_extra" 0

begin_subtest "a kill -9 is not the message's fault: nothing quarantined"
expect_equal "$(spool_count quarantine)" 0
expect_no_match "$(cat "$MILTER_LOG")" 'quarantined'
