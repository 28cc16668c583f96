#!/bin/bash
# T040-kill-milter - kill -9 of the milter process in the middle of a run.
#
# 2,000 messages over 20 parallel SMTP sessions; the milter child (the mail
# path) is killed with SIGKILL twice while they flow, once a third and
# once two thirds of the messages have been handled.  Postfix has
# milter_default_action = accept: the messages whose milter conversation
# the kill cut pass uncaptured, and Postfix logs it for each.  The
# supervisor keeps the listening socket, answers on it until the new
# milter runs (each message it lets through is logged "QUEUEID: passed
# without capture"), and starts a new milter.
#
# Checked: every message whose end-of-message the milter answered (its log
# line "QUEUEID: captured") is in the database exactly once; Postfix
# delivered every message; every delivered message that is not captured is
# one Postfix logged as having passed without the milter, or one the
# supervisor passed.  Printed: those counts (the price of a dead milter).
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/e2e-lib.sh"
e2e_require

MESSAGES=${E2E_MESSAGES:-2000}
SESSIONS=20
KILLS=2
milter_start
postfix_start
load_message "$TMP/msg.txt"

smtp-source -s "$SESSIONS" -m "$MESSAGES" -N -f ann@acme.com -t claire@northwind-analytics.com \
	-F "$TMP/msg.txt" "127.0.0.1:$SMTP_PORT" >"$TMP/smtp-source.out" 2>&1 &
source_pid=$!
e2e_local_cleanup() { [ -n "$source_pid" ] && kill "$source_pid" 2>/dev/null; return 0; }

# fallback_qids - queue ids the supervisor passed without capture
fallback_qids() {
	sed -n 's/.*: \([0-9A-F]*\): passed without capture.*/\1/p' "$MILTER_LOG" | sort
}

# handled - messages the milter captured or the supervisor passed so far
handled() { echo $(( $(captured_qids | wc -l) + $(fallback_qids | wc -l) )); }

killed=0 early=
for k in $(seq "$KILLS"); do
	want=$(( MESSAGES * k / (KILLS + 1) ))
	for i in $(seq 1200); do  # the bound only turns a hang into a failure
		[ "$(handled)" -ge "$want" ] && break
		sleep 0.1
	done
	[ "$(handled)" -ge "$want" ] || early="$early $k"
	pid=$(milter_pid_of milter)
	if kill -9 "$pid" 2>/dev/null; then
		killed=$((killed + 1))
		echo "# killed milter pid $pid after $(captured_qids | wc -l) captures"
	fi
	for i in $(seq 600); do
		[ "$(milter_pid_of milter)" != "$pid" ] && break
		sleep 0.1
	done
done
wait "$source_pid"
source_status=$?
source_pid=
pf_wait_queue "$E2E_PF" 120
wait_drained 120

# passed_without_milter - queue ids of the messages Postfix let pass after
# a milter failure ("warning: milter ...", which names no queue id).  The
# warning comes from the process handling the message: smtpd talks to the
# milter from CONNECT to DATA (a failure before MAIL has no queue id yet: it
# is the next "QID: client=" of that connection), cleanup from the headers
# to end-of-message, after it logged "QID: message-id=" for that message.
passed_without_milter() {
	maillog | awk '
		match($0, / postfix\/(smtpd|cleanup)\[[0-9]+\]: /) {
			proc = substr($0, RSTART + 9, RLENGTH - 11)
			rest = substr($0, RSTART + RLENGTH)
			if (rest ~ /^connect from /) { qid[proc] = ""; pending[proc] = 0 }
			else if (rest ~ /^warning: milter /) {
				if (qid[proc] != "") print qid[proc]; else pending[proc] = 1
			} else if (rest ~ /^[0-9A-F]+: (client|message-id)=/) {
				qid[proc] = rest; sub(/:.*/, "", qid[proc])
				if (pending[proc]) { print qid[proc]; pending[proc] = 0 }
			}
		}' | sort -u
}

delivered=$(delivered_qids)
stored=$(stored_qids)
answered=$(captured_qids)
bypassed=$(passed_without_milter)
fallback=$(fallback_qids)
n_fallback=$(grep -c . <<<"$fallback")
n_delivered=$(grep -c . <<<"$delivered")
n_stored=$(sort -u <<<"$stored" | grep -c .)
n_answered=$(grep -c . <<<"$answered")
n_bypassed=$(grep -c . <<<"$bypassed")
n_duplicates=$(uniq -d <<<"$stored" | grep -c .)
n_lost=$(comm -23 <(echo "$answered") <(sort -u <<<"$stored") | grep -c .)
uncaptured=$(comm -23 <(echo "$delivered") <(sort -u <<<"$stored"))
n_uncaptured=$(grep -c . <<<"$uncaptured")
unexplained=$(comm -23 <(echo "$uncaptured") <(sort -u <(echo "$bypassed") <(echo "$fallback")))
echo "# milter kill -9 x$killed during $MESSAGES messages over $SESSIONS sessions:" \
	"delivered $n_delivered, end-of-message answered $n_answered, captured $n_stored," \
	"duplicates $n_duplicates, answered but lost $n_lost;" \
	"passed without the milter (Postfix's log, milter_default_action = accept): $n_bypassed," \
	"passed by the supervisor while the milter was down: $n_fallback;" \
	"not captured in all: $n_uncaptured;" \
	"unfinished captures of the dead milter removed: $(sed -n 's/.*removed \([0-9]*\) unfinished captures of pid.*/\1/p' "$MILTER_LOG" | awk '{ n += $1 } END { print n + 0 }')"

begin_subtest "Postfix delivered every message while the milter was killed"
expect_equal "$source_status" 0
expect_equal "$n_delivered" "$MESSAGES"

begin_subtest "the milter was killed $KILLS times, each after its share of the messages, and restarted each time"
expect_equal "$killed" "$KILLS"
expect_equal "${early:-none}" none
expect_equal "$(grep -c 'milter died of signal 9' "$MILTER_LOG")" "$KILLS"
expect_equal "$(grep -c ' milter started' "$MILTER_LOG")" "$(( KILLS + 1 ))"

begin_subtest "every message whose end-of-message the milter answered is captured exactly once"
expect_equal "$n_lost" 0
expect_equal "$n_duplicates" 0

begin_subtest "every uncaptured message is one Postfix or the supervisor logged as passed without the milter"
expect_equal "$unexplained" ""
# and none passed twice: the supervisor answers only while no milter runs
expect_equal "$(comm -12 <(echo "$answered") <(echo "$fallback"))" ""

begin_subtest "the dead milter's unfinished captures are removed, nothing is quarantined"
expect_equal "$(spool_count tmp)" 0
expect_equal "$(spool_count quarantine)" 0
