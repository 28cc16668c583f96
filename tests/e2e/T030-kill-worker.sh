#!/bin/bash
# T030-kill-worker - kill -9 of the pipeline worker in the middle of a batch
# loses nothing and stores nothing twice.
#
# 2,000 messages over 20 parallel SMTP sessions (smtp-source) go through a
# private Postfix with mailpulse-milter.  The worker runs with the test hook
# MAILPULSE_DEBUG_HOLD_BATCH (mailpulse-milter(8)): inside each batch, once
# HOLD messages have gone through the pipeline into the open transaction
# and before the commit, it names them in SpoolDir/worker.0.held and waits
# until that file is removed.  So each of the KILLS kills lands exactly
# there, whatever the load of the machine: the test waits for a batch held
# by the current worker, checks that none of its messages is in the
# database yet, and kills it with SIGKILL.  The supervisor restarts it, the
# rolled-back batch is replayed; then every later batch is let go.  In the
# end every message Postfix delivered is in the database exactly once.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/e2e-lib.sh"
e2e_require

MESSAGES=${E2E_MESSAGES:-2000}
SESSIONS=20
KILLS=3
HOLD=50
HELD=$TMP/spool/worker.0.held
MAILPULSE_DEBUG_HOLD_BATCH=$HOLD milter_start
postfix_start
load_message "$TMP/msg.txt"

t0=$(date +%s.%N)
smtp-source -s "$SESSIONS" -m "$MESSAGES" -N -f ann@acme.com -t claire@northwind-analytics.com \
	-F "$TMP/msg.txt" "127.0.0.1:$SMTP_PORT" >"$TMP/smtp-source.out" 2>&1 &
source_pid=$!
e2e_local_cleanup() { [ -n "$source_pid" ] && kill "$source_pid" 2>/dev/null; return 0; }

# held_pid - the worker that holds a batch now (worker.0.held), or nothing
held_pid() { sed -n 's/^pid //p' "$HELD" 2>/dev/null; }

# wait_held NOT_PID - until a live worker other than NOT_PID holds a batch
# (the file of a killed worker stays until its successor replaces it); the
# bound only turns a hang into a failure
wait_held() {
	local i p
	for i in $(seq 1800); do
		p=$(held_pid)
		[ -n "$p" ] && [ "$p" != "$1" ] && kill -0 "$p" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

# queue_id_of NAME - the queue id in the trailer of SpoolDir/new/NAME
queue_id_of() { sed -n 's/^queue_id //p' "$TMP/spool/new/$1"; }

killed=0 previous= held_qids= committed_when_held=
for k in $(seq "$KILLS"); do
	wait_held "$previous" || { echo "# no batch held by a new worker in 180 s"; break; }
	pid=$(held_pid)
	batch=$(sed -n 's/^file //p' "$HELD")
	qids=$(for f in $batch; do queue_id_of "$f"; done | sort)
	held_qids="$held_qids $qids"
	# held, not committed: none of them may be visible in the database
	committed_when_held="$committed_when_held$(comm -12 <(echo "$qids") <(stored_qids | sort -u))"
	kill -9 "$pid" && killed=$((killed + 1))
	echo "# killed worker pid $pid holding $(grep -c . <<<"$qids") messages uncommitted;" \
		"$(stored_count) stored, $(spool_count new) in new/"
	previous=$pid
done
wait "$source_pid"
source_status=$?
source_pid=
t1=$(date +%s.%N)
pf_wait_queue "$E2E_PF" 120

# let every later batch go until the spool is drained and the worker idle
for i in $(seq 1800); do
	rm -f "$HELD"
	[ "$(spool_count new)" -eq 0 ] && [ "$(worker_state)" = idle ] && break
	sleep 0.1
done

delivered=$(delivered_qids)
stored=$(stored_qids)
n_delivered=$(grep -c . <<<"$delivered")
n_stored_distinct=$(sort -u <<<"$stored" | grep -c .)
n_duplicates=$(uniq -d <<<"$stored" | grep -c .)
n_lost=$(comm -23 <(echo "$delivered") <(sort -u <<<"$stored") | grep -c .)
n_extra=$(comm -13 <(echo "$delivered") <(sort -u <<<"$stored") | grep -c .)
n_held=$(tr ' ' '\n' <<<"$held_qids" | grep -c .)
echo "# worker kill -9 x$killed, each holding a batch uncommitted ($n_held messages in all)," \
	"during $MESSAGES messages over $SESSIONS sessions: delivered $n_delivered," \
	"captured $n_stored_distinct, duplicates $n_duplicates, lost $n_lost;" \
	"sending took $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s"

begin_subtest "smtp-source sent every message and Postfix delivered them all"
expect_equal "$source_status" 0
expect_equal "$n_delivered" "$MESSAGES"

begin_subtest "the worker was killed $KILLS times inside a batch, before its commit, and restarted"
expect_equal "$killed" "$KILLS"
expect_equal "$committed_when_held" ""
[ "$n_held" -ge "$KILLS" ] || _fail "only $n_held messages were held"
expect_equal "$(grep -c 'worker 0 died of signal 9' "$MILTER_LOG")" "$KILLS"
expect_equal "$(grep -c 'worker 0 started' "$MILTER_LOG")" "$(( KILLS + 1 ))"

begin_subtest "every delivered message is captured exactly once"
expect_equal "$n_lost" 0
expect_equal "$n_duplicates" 0
expect_equal "$n_extra" 0

begin_subtest "the messages of the killed batches are stored, each once"
missing=
for q in $held_qids; do
	[ "$(grep -c -x "$q" <<<"$stored")" -eq 1 ] || missing="$missing $q"
done
expect_equal "$missing" ""

begin_subtest "a kill -9 is not the message's fault: nothing quarantined"
expect_equal "$(spool_count quarantine)" 0
expect_no_match "$(cat "$MILTER_LOG")" 'quarantined'
