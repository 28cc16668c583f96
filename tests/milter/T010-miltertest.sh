#!/bin/bash
# T010-miltertest.sh - the real mailpulse-milter over the milter protocol.
#
# Each case is a miltertest(8) script tests/milter/t-CASE.lua with its own
# small t-CASE.conf, OpenDKIM style.  For each case the daemon is started in
# the foreground on a private unix socket with its spool and database under
# $TMP, its worker frozen (SIGSTOP) so that the spool can be inspected
# exactly as the milter left it at end-of-message; the script plays the MTA
# and prints the reply of every step (mtlib.lua fails it on any reply other
# than CONTINUE or ACCEPT and on any modification at end-of-message).  Then
# the worker is thawed, drains the spool into the database, and the daemon
# is stopped; no process of it may be left and its log must show no crash.
. "$(dirname "$0")/../lib.sh"
HERE=$ROOT/tests/milter
MILTER=${MILTER:-$ROOT/build/mailpulse-milter}
case_dir="" milter_pid="" worker_pid=""

if ! command -v miltertest >/dev/null; then
	begin_subtest "milter protocol tests"
	skip_subtest "miltertest is not installed (apt-get install miltertest)"
	exit 0
fi
if [ ! -x "$MILTER" ]; then
	begin_subtest "milter protocol tests"
	_fail "$MILTER is not built (make all)"
	exit 1
fi

# wait_for SECONDS CMD... - poll CMD every 50 ms until it succeeds
wait_for() {
	local tries=$(($1 * 20))
	shift
	while ! "$@" 2>/dev/null; do
		tries=$((tries - 1))
		[ "$tries" -le 0 ] && return 1
		sleep 0.05
	done
}

# ours PID - a live (not zombie) process of this case's daemon: the
# supervisor or one of its children (forks: same command line)
ours() {
	local state
	state=$(ps -o stat= -p "$1" 2>/dev/null) && [ "${state:0:1}" != Z ] &&
		[ "$(tr '\0' ' ' <"/proc/$1/cmdline")" = "$MILTER -c $case_dir/milter.conf -f " ]
}

# started - every process the supervisor started (it logs each one)
started() {
	sed -n 's/.* started (pid \([0-9]*\)).*/\1/p' "$case_dir/milter.log"
}

# worker_ready - the worker has opened the database; sets worker_pid
worker_ready() {
	local state=$case_dir/spool/worker.0.state
	grep -q '^state idle$' "$state" && worker_pid=$(sed -n 's/^pid //p' "$state") &&
		ours "$worker_pid"
}

# frozen PID - the process is stopped (SIGSTOP took effect)
frozen() {
	[ "$(ps -o stat= -p "$1" | cut -c1)" = T ]
}

# stop_milter - SIGTERM the daemon, wait for it; SIGKILL what we started if
# it hangs.  Returns 1 if anything had to be killed or is left behind.
stop_milter() {
	[ -n "$milter_pid" ] || return 0
	local ok=0 pid children
	children=$(started)
	for pid in $children; do
		ours "$pid" && kill -CONT "$pid" # a frozen worker could not stop
	done
	kill -TERM "$milter_pid" 2>/dev/null
	if ! wait_for 15 eval '! ours "$milter_pid"'; then
		ok=1
		echo "the daemon did not stop in 15 s: killed" >>"$case_dir/milter.log"
	fi
	for pid in $milter_pid $children; do
		if ours "$pid"; then
			ok=1
			kill -KILL "$pid" 2>/dev/null
		fi
	done
	wait "$milter_pid" 2>/dev/null
	milter_pid="" worker_pid=""
	return $ok
}
trap 'stop_milter; end_subtest; [ -n "${KEEP_TMP:-}" ] || rm -rf "$TMP"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# run_case CASE - start the daemon with t-CASE.conf, freeze its worker,
# run t-CASE.lua; its output goes to $case_dir/out, its status to
# $case_dir/status
run_case() {
	case_dir=$TMP/$1
	mkdir -p "$case_dir"
	{
		echo "Socket local:$case_dir/milter.sock"
		echo "SpoolDir $case_dir/spool"
		echo "Database $case_dir/mailpulse.db"
		echo "User $(id -un)"
		echo "Syslog no"
		echo "LogLevel info"
		echo "PidFile $case_dir/milter.pid"
		cat "$HERE/t-$1.conf"
	} >"$case_dir/milter.conf"
	"$MILTER" -c "$case_dir/milter.conf" -f 2>"$case_dir/milter.log" &
	milter_pid=$!
	if ! wait_for 10 worker_ready || ! wait_for 5 test -S "$case_dir/milter.sock"; then
		_fail "the daemon did not come up: $(tail -5 "$case_dir/milter.log")"
		return 1
	fi
	kill -STOP "$worker_pid"
	wait_for 5 frozen "$worker_pid" || _fail "the worker (pid $worker_pid) did not stop"
	miltertest -D SOCK="$case_dir/milter.sock" -D MTLIB="$HERE/mtlib.lua" -D CASEDIR="$case_dir" \
		-s "$HERE/t-$1.lua" >"$case_dir/out" 2>&1
	echo $? >"$case_dir/status"
}

# expect_replies TEXT - the script succeeded and printed TEXT
expect_replies() {
	expect_equal "$(cat "$case_dir/status")" 0
	expect_equal "$(cat "$case_dir/out")" "$1"
}

# spool_count SUB - files in the case's SpoolDir/SUB
spool_count() {
	find "$case_dir/spool/$1" -type f | wc -l
}

# expect_spool TMP NEW - files in tmp/ and new/ right now
expect_spool() {
	expect_equal "tmp $(spool_count tmp), new $(spool_count new)" "tmp $1, new $2"
}

# spool_file TEXT - the file of new/ holding TEXT (empty if none)
spool_file() {
	grep -l -F -- "$1" "$case_dir"/spool/new/* 2>/dev/null | head -1
}

# trailer FILE - the envelope lines of a spool file (spool.h)
trailer() {
	local offset
	[ -f "$1" ] || return 0
	offset=$(tail -n 1 "$1" | sed -n 's/^MAILPULSE-TRAILER 0*\([0-9]\)/\1/p')
	tail -c +$((offset + 1)) "$1" | tail -n +3
}

# message FILE - the message bytes of a spool file
message() {
	local offset
	[ -f "$1" ] || return 0
	offset=$(tail -n 1 "$1" | sed -n 's/^MAILPULSE-TRAILER 0*\([0-9]\)/\1/p')
	head -c "$offset" "$1"
}

# spool_empty SUB - no file in SpoolDir/SUB
spool_empty() {
	[ "$(spool_count "$1")" -eq 0 ]
}

# drain - thaw the worker and wait until it (or the one that replaced it
# after a reload) has emptied new/: it recycles a file only after the
# transaction holding it has committed
drain() {
	kill -CONT "$worker_pid"
	wait_for 10 spool_empty new || _fail "the worker left $(spool_count new) files in new/"
	wait_for 5 worker_ready || _fail "no worker is running"
}

# db QUERY - on the case's database
db() {
	sqlite3 -batch -noheader "$case_dir/mailpulse.db" "$1"
}

# finish_case - stop the daemon; nothing left running, no crash logged,
# nothing quarantined, no unfinished capture left in tmp/
finish_case() {
	local pids
	pids="$milter_pid $(started | tr '\n' ' ')"
	stop_milter || _fail "processes left behind after SIGTERM: killed (of $pids)"
	expect_no_match "$(cat "$case_dir/milter.log")" "died of signal|exited with status|error:"
	expect_equal "quarantine $(spool_count quarantine), tmp $(spool_count tmp)" "quarantine 0, tmp 0"
	[ -e "$case_dir/milter.sock" ] && _fail "the socket was not removed"
	[ -e "$case_dir/milter.pid" ] && _fail "the PidFile was not removed"
	return 0
}

begin_subtest "inbound: ACCEPT, spooled with its envelope, stored as inbound"
run_case inbound
expect_replies "connect=-
QIN1 mail=- rcpt=- data=- header=- eoh=- body=- eom=a"
expect_spool 0 1
f=$(spool_file "inbound-1@customer.example")
expect_equal "$(trailer "$f" | grep -v '^received ')" "sender alice@customer.example
rcpt bob@northwind-analytics.com
queue_id QIN1
client_addr 192.0.2.7
daemon smtpd-test
truncated 0
message_bytes $(message "$f" | wc -c)
MAILPULSE-TRAILER $(printf '%012d' "$(message "$f" | wc -c)")"
expect_equal "$(message "$f" | head -2)" "$(printf 'From: Alice Martin <alice@customer.example>\r\nTo: bob@northwind-analytics.com\r')"
expect_match "$(message "$f")" "Can we talk about the renewal next week"
drain
expect_equal "$(db "SELECT direction, queue_id, truncated, subject FROM messages")" \
	"inbound|QIN1|0|Renewal next month"
finish_case

begin_subtest "outbound: ACCEPT, stored as outbound with the authenticated user"
run_case outbound
expect_replies "connect=-
QOUT1 mail=- rcpt=- data=- header=- eoh=- body=- eom=a"
expect_spool 0 1
f=$(spool_file "outbound-1@northwind-analytics.com")
expect_match "$(trailer "$f")" "^auth_user bob$"
expect_match "$(trailer "$f")" "^rcpt carol@customer.example$"
drain
expect_equal "$(db "SELECT direction, queue_id, customer_domain FROM messages")" \
	"outbound|QOUT1|customer.example"
finish_case

begin_subtest "internal: let through at DATA, nothing spooled; the next message is captured"
run_case internal
expect_replies "connect=-
QINT1 mail=- rcpt=- data=- header=- eoh=- body=- eom=a
QINT2 mail=- rcpt=- data=- header=- eoh=- body=- eom=a"
expect_spool 0 1
expect_equal "$(spool_file "internal-1@")" ""
expect_match "$(trailer "$(spool_file "internal-2@customer.example")")" "^queue_id QINT2$"
drain
expect_equal "$(db "SELECT queue_id FROM messages")" "QINT2"
finish_case

begin_subtest "over MaximumBodyBytes: ACCEPT, first 4096 bytes kept, marked truncated, stored with its real size"
run_case truncated
expect_replies "connect=-
QBIG1 mail=- rcpt=- data=- header=- eoh=- body=- eom=a"
expect_spool 0 1
f=$(spool_file "big-1@customer.example")
expect_equal "$(message "$f" | wc -c)" 4096
expect_match "$(trailer "$f")" "^truncated 1$"
# what the MTA sent: the header lines as spooled, the blank line, 64000 body bytes
expect_equal "$(trailer "$f" | sed -n 's/^message_bytes //p')" \
	"$(($(message "$f" | sed -n '1,/^\r$/p' | wc -c) + 64000))"
sent=$(trailer "$f" | sed -n 's/^message_bytes //p')
drain
# the size column is the message's, not what MaximumBodyBytes kept of it
expect_equal "$(db "SELECT direction, truncated, size FROM messages")" "inbound|1|$sent"
finish_case

begin_subtest "malformed MIME: ACCEPT, captured, stored; the worker survives"
run_case malformed
expect_replies "connect=-
QMIME1 mail=- rcpt=- data=- header=- eoh=- body=- eom=a"
expect_spool 0 1
pid_before=$worker_pid
drain
expect_equal "$(db "SELECT queue_id, subject FROM messages")" "QMIME1|Broken MIME"
expect_equal "worker pid $worker_pid" "worker pid $pid_before"
finish_case

begin_subtest "500 recipients: ACCEPT, one capture with every recipient"
run_case many-rcpts
expect_replies "connect=-
QMANY1 mail=- rcpt=- data=- header=- eoh=- body=- eom=a"
expect_spool 0 1
f=$(spool_file "many-1@customer.example")
expect_equal "$(trailer "$f" | grep -c '^rcpt user[0-9]*@northwind-analytics.com$')" 500
expect_equal "$(trailer "$f" | grep '^rcpt ' | sort -u | wc -l)" 500
drain
expect_equal "$(db "SELECT count(*), direction FROM messages")" "1|inbound"
finish_case

begin_subtest "8-bit garbage headers: ACCEPT, spooled byte for byte, stored"
run_case 8bit
expect_replies "connect=-
Q8BIT1 mail=- rcpt=- data=- header=- eoh=- body=- eom=a"
expect_spool 0 1
f=$(spool_file "8bit-1@customer.example")
expect_equal "$(message "$f" | grep -a '^Subject:' | od -An -tx1 | tr -d ' \n')" \
	"$(printf 'Subject: R\xe9sum\xe9 \xff\xfe\x80\xc3\x28 \xe2\x82\r\n' | od -An -tx1 | tr -d ' \n')"
expect_equal "$(message "$f" | grep -a '^X-Garbage:' | od -An -tx1 | tr -d ' \n')" \
	"$(printf 'X-Garbage: \x01\x02\x1b[31m\x7f\xc0\xaf tail\r\n' | od -An -tx1 | tr -d ' \n')"
drain
expect_equal "$(db "SELECT count(*), queue_id FROM messages")" "1|Q8BIT1"
finish_case

begin_subtest "dropped mid-body (abort, QUIT, closed socket): nothing left in tmp/ or new/"
run_case dropped
expect_replies "connect=-
QDROP1 mail=- rcpt=- data=- header=- eoh=- body=-
connect=-
QDROP2 mail=- rcpt=- data=- header=- eoh=- body=-
connect=-
QDROP3 mail=- rcpt=- data=- header=- eoh=- body=-
connect=-
QDROP4 mail=- rcpt=- data=- header=- eoh=- body=- eom=a"
wait_for 3 spool_empty tmp || _fail "unfinished captures still in tmp/ after 3 s"
expect_spool 0 1
expect_equal "$(grep -l -e 'QDROP[123]' "$case_dir"/spool/new/*)" ""
drain
expect_equal "$(db "SELECT queue_id FROM messages")" "QDROP4"
finish_case

begin_subtest "X-Mailpulse-Digest (any case): not captured; without it, captured"
run_case digest
expect_replies "connect=-
QDIG1 mail=- rcpt=- data=- header=- eoh=- body=- eom=a
QDIG2 mail=- rcpt=- data=- header=- eoh=- body=- eom=a
QDIG3 mail=- rcpt=- data=- header=- eoh=- body=- eom=a"
expect_spool 0 1
expect_match "$(trailer "$(spool_file "QDIG3@northwind-analytics.com")")" "^queue_id QDIG3$"
drain
expect_equal "$(db "SELECT direction, queue_id FROM messages")" "outbound|QDIG3"
finish_case

begin_subtest "NeverCapture address and domain: let through at DATA, not captured"
run_case never-capture
expect_replies "connect=-
QNC1 mail=- rcpt=- data=- header=- eoh=- body=- eom=a
QNC2 mail=- rcpt=- data=- header=- eoh=- body=- eom=a
QNC3 mail=- rcpt=- data=- header=- eoh=- body=- eom=a"
expect_spool 0 1
expect_match "$(trailer "$(spool_file "nc-3@customer.example")")" "^queue_id QNC3$"
drain
expect_equal "$(db "SELECT queue_id FROM messages")" "QNC3"
finish_case

begin_subtest "capture policy: NeverCapture in Cc, NeverCaptureSubjects, CaptureMode off: nothing spooled"
run_case privacy
expect_replies "connect=-
QPV1 mail=- rcpt=- data=- header=- eoh=- body=- eom=a
QPV2 mail=- rcpt=- data=- header=- eoh=- body=- eom=a
QPV3 mail=- rcpt=- data=- header=- eoh=- body=- eom=a
QPV4 mail=- rcpt=- data=- header=- eoh=- body=- eom=a
QPV5 mail=- rcpt=- data=- header=- eoh=- body=- eom=a
QPV6 mail=- rcpt=- data=- header=- eoh=- body=- eom=a"
expect_spool 0 2
expect_equal "$(grep -l -a chinchilla "$case_dir"/spool/*/* 2>/dev/null)" ""
expect_match "$(message "$(spool_file "QPV5@privacy.example")")" "capybara"
expect_match "$(cat "$case_dir/milter.log")" "QPV1: not captured: NeverCapture"
expect_match "$(cat "$case_dir/milter.log")" "QPV3: not captured: NeverCaptureSubjects"
drain
expect_equal "$(db "SELECT queue_id, length(text) > 0 FROM messages ORDER BY queue_id")" "QPV5|0
QPV6|1"
expect_equal "$(grep -a -c capybara "$case_dir/mailpulse.db")" 0
# LogLevel info: no subject and no body text in the log
expect_no_match "$(cat "$case_dir/milter.log")" "Payroll|Contract review|Salaryman|capybara|okapi|chinchilla"
finish_case

# Offered nothing, the milter asks for nothing; libmilter itself adds
# SMFIP_NOHELO, as the milter has no HELO callback.
begin_subtest "negotiation: no actions, only no-reply and skip options; an MTA without options"
run_case negotiate
expect_replies "connect=-
actions none
options SMFIP_NOHELO SMFIP_NR_HDR SMFIP_NOUNKNOWN SMFIP_NR_CONN SMFIP_NR_MAIL SMFIP_NR_RCPT SMFIP_NR_DATA SMFIP_NR_EOH SMFIP_NR_BODY SMFIP_HDR_LEADSPC
connect=c
options SMFIP_NOHELO
QNEG2 mail=c rcpt=c data=c header=c eoh=c body=c eom=a"
expect_spool 0 1
f=$(spool_file "neg-2@customer.example")
expect_equal "$(message "$f" | sed -n 3p)" "$(printf 'Subject: No options offered\r')"
drain
expect_equal "$(db "SELECT direction, queue_id FROM messages")" "inbound|QNEG2"
finish_case

begin_subtest "reload (SIGHUP): an open connection keeps its configuration, a new one gets the new"
run_case reload
expect_replies "connect=-
connect=-
QRL2 mail=- rcpt=- data=- header=- eoh=- body=- eom=a
QRL1 mail=- rcpt=- data=- header=- eoh=- body=- eom=a"
expect_spool 0 1
expect_match "$(trailer "$(spool_file "reload-1@customer.example")")" "^queue_id QRL1$"
# The worker was restarted with the new configuration, and the pipeline
# applies NeverCapture again when it stores: what the admin excluded is not
# stored from the reload on, even if captured under the old configuration.
drain
expect_equal "$(db "SELECT count(*) FROM messages")" 0
expect_match "$(cat "$case_dir/milter.log")" "QRL1: not stored: NeverCapture"
finish_case
