#!/bin/bash
# T020-readonly-db - with the database read-only, mail still arrives; the
# captures appear once it is writable again, each once.
#
# The worker runs as root here, and root ignores file modes, so the
# database is made read-only the way a filesystem is: a read-only bind
# mount (writes fail with EROFS whatever the user), in two ways:
#   - of its directory: SQLite cannot even create its -wal/-shm files, the
#     open fails (SQLITE_CANTOPEN);
#   - of the database file alone: SQLite falls back to opening it read-only
#     and every write fails with SQLITE_READONLY.
# Linux refuses to remount read-only while a file on the mount is open for
# writing, so the daemon is stopped for the switch and started again on the
# read-only database; the switch back to writable is done under the running
# worker, which must notice it by itself.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/e2e-lib.sh"
e2e_require

DB_DIR=$(dirname "$E2E_DB")
mounted=
e2e_local_cleanup() {
	[ -n "$mounted" ] && { umount "$mounted" 2>/dev/null || umount -l "$mounted"; }
	mounted=
	return 0
}

# read_count - messages in the database; on a read-only directory, where
# SQLite cannot create the -shm file, read the file as it is (the daemon
# was stopped cleanly before the switch, so it holds everything)
read_count() {
	sqlite3 -batch -noheader "$E2E_DB" "SELECT count(*) FROM messages" 2>/dev/null ||
		sqlite3 -batch -noheader "file:$E2E_DB?immutable=1" "SELECT count(*) FROM messages"
}

# send_orders FIRST LAST - inbound messages FIRST..LAST over SMTP; queue ids
send_orders() {
	local i
	for i in $(seq "$1" "$2"); do
		{
			printf 'From: Ann Lee <ann@acme.com>\nTo: Claire Martin <claire@northwind-analytics.com>\n'
			printf 'Subject: Order %s\nDate: Tue, 24 Nov 2026 10:00:00 +0100\n' "$i"
			printf 'Message-ID: <order-%s@acme.com>\n\nPlease confirm order %s.\n' "$i" "$i"
		} >"$TMP/order-$i.eml"
		printf 'ann@acme.com\tclaire@northwind-analytics.com\t%s\n' "$TMP/order-$i.eml"
	done | send_list | cut -f1
}

milter_start
postfix_start
all=$(send_orders 1 3)
sent=3
pf_wait_queue "$E2E_PF" 30
wait_drained 30

begin_subtest "before: three messages captured into a writable database"
expect_equal "$(stored_count)" 3

N=10
# readonly_round WHAT TARGET REASON - TARGET (the directory or the file)
# read-only, N messages sent, the worker's reason must match REASON;
# then writable again under the running worker
readonly_round() {
	local what=$1 target=$2 reason_re=$3
	local first=$(( sent + 1 ))
	local stored_before=$sent
	sent=$(( sent + N ))
	milter_stop
	e2e_local_cleanup  # the previous round's mount
	begin_subtest "$what read-only: even root cannot write"
	if ! { mount --bind "$target" "$target" && mounted=$target &&
		mount -o remount,ro,bind "$target"; } 2>"$TMP/mount.err"; then
		skip_subtest "cannot make a read-only bind mount here: $(cat "$TMP/mount.err")"
		milter_start
		return 0
	fi
	if [ -d "$target" ] && touch "$target/probe" 2>/dev/null; then
		_fail "root could write in $target: the read-only bind mount did not work"
		rm -f "$target/probe"
	fi
	[ -f "$target" ] && (: >>"$target") 2>/dev/null && _fail "root could write $target"
	milter_start
	local log_start
	log_start=$(wc -l <"$MILTER_LOG")

	local during
	during=$(send_orders "$first" $(( first + N - 1 )))
	all="$all $during"
	pf_wait_queue "$E2E_PF" 30
	# until the worker has failed twice (so it has backed off and retried)
	# and says so in its state file; read that file once, whole (it is
	# replaced atomically), for both the state and the reason
	local i state_text= backoffs=
	for i in $(seq 600); do
		backoffs=$(tail -n +"$log_start" "$MILTER_LOG" | sed -n 's/.*; retrying in \([0-9]*\)s .*/\1/p' | paste -sd' ')
		state_text=$(cat "$TMP/spool/worker.0.state" 2>/dev/null)
		[ "$(wc -w <<<"$backoffs")" -ge 2 ] && grep -q -x 'state backoff' <<<"$state_text" && break
		sleep 0.1
	done

	begin_subtest "$what read-only: every message is delivered and captured into the spool"
	local q
	for q in $during; do
		maillog | grep -q " $q: to=<.*status=sent" || _fail "$q not delivered"
		grep -q ": $q: captured, eom " "$MILTER_LOG" || _fail "$q: no capture logged"
	done
	expect_equal "$(grep -c . <<<"$during")" "$N"
	expect_equal "$(spool_count new)" "$N"

	begin_subtest "$what read-only: nothing stored, the worker backs off and says why"
	expect_equal "$(read_count)" "$stored_before"
	expect_match "$state_text" '^state backoff$'
	local reason
	reason=$(sed -n 's/^detail //p' <<<"$state_text")
	expect_match "$reason" "$reason_re"
	# `mailpulse status` reads the same file: it says backoff too (polled:
	# for a moment during each retry the worker is draining)
	local status_out=
	for i in $(seq 300); do
		status_out=$("$ROOT/build/mailpulse" -c "$TMP/milter.conf" status 2>&1)
		grep -q backoff <<<"$status_out" && break
		sleep 0.1
	done
	expect_match "$status_out" 'backoff'
	# the back-off doubles (1 s, 2 s, 4 s ...): a database that opens but
	# refuses writes is not retried, a batch parsed, every second
	expect_equal "$(awk '{ ok = $1 == 1; for (i = 2; i <= NF; i++) ok = ok && $i == 2 * $(i - 1)
		print (NF >= 2 && ok) ? "doubling from 1 s" : "not doubling: " $0 }' <<<"$backoffs")" \
		"doubling from 1 s"

	mount -o remount,rw,bind "$target"
	local t_rw t_done
	t_rw=$(date +%s.%N)
	wait_drained 90
	t_done=$(date +%s.%N)

	begin_subtest "$what writable again: the captures appear, each once, the spool empties"
	local stored
	stored=$(stored_qids)
	for q in $all; do
		expect_equal "$(grep -c "^$q\$" <<<"$stored")" 1
	done
	expect_equal "$(stored_count)" $(( stored_before + N ))
	expect_equal "$(spool_count new)" 0
	expect_equal "$(spool_count quarantine)" 0
	echo "# read-only $what: $N messages sent, $N delivered, $N spooled, 0 stored while" \
		"read-only (the worker: \"${reason#"$E2E_DB: "}\", retrying after $backoffs s);" \
		"writable again: $(( $(stored_count) - stored_before )) captured" \
		"$(awk -v a="$t_rw" -v b="$t_done" 'BEGIN { printf "%.1f", b - a }') s later"
}

readonly_round "database directory" "$DB_DIR" 'Read-only file system'
readonly_round "database file" "$E2E_DB" 'Read-only file system|readonly database'
