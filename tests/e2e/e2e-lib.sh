# e2e-lib.sh - what the end-to-end tests share (sourced after tests/lib.sh).
#
# Each test runs a real MTA with mailpulse-milter in its mail path, both
# living entirely under $TMP: a private Postfix (bench/postfix-instance.sh:
# own main.cf, queue, maillog file, smtpd on a free loopback port, every
# recipient delivered into the Maildir $TMP/pf/mail/inbox/) and the daemon
# in the foreground (own SpoolDir, Database and log, $TMP/milter.log).
#
#   e2e_require [sendmail]      SKIP the whole script unless root + Postfix
#   milter_start [LINE...]      write $TMP/milter.conf (extra config lines
#                               appended) and start the daemon on $MILTER_PORT
#                               (or $MILTER_SOCKET)
#   postfix_start               the private Postfix on $SMTP_PORT, milter in
#   milter_pid_of NAME          pid of the daemon's "milter" or "worker 0"
#   send_list                   smtp-send.py: messages over SMTP, queue ids
#   send_message FROM TO FILE   one message over SMTP; prints Postfix's
#                               queue id
#   wait_drained [SECONDS]      until the worker has committed every capture
#   delivered_qids, stored_qids, captured_qids  (sorted, one a line)
#
# The EXIT trap stops everything this script started, waits for Postfix's
# master (its pid file) and the daemon to exit, and removes $TMP.
E2E_DB=$TMP/db/mailpulse.db
E2E_PF=$TMP/pf
MILTER_LOG=$TMP/milter.log
MAILDIR=$E2E_PF/mail/inbox
milter_pid=
postfix_up=
pf_master_pid=
. "$ROOT/bench/postfix-instance.sh"
# the tests read deliveries from Postfix's log: pf_wait_queue waits for it
PF_SYNC_LOG=1

# e2e_cleanup - stop the daemon and Postfix; runs from the EXIT trap
e2e_cleanup() {
	[ -n "$postfix_up" ] && pf_stop "$E2E_PF"
	postfix_up=
	# the master's pid as read at start: stopped even if its directory is gone
	if [ -n "$pf_master_pid" ] && kill -0 "$pf_master_pid" 2>/dev/null; then
		kill "$pf_master_pid"
		local i
		for i in $(seq 50); do kill -0 "$pf_master_pid" 2>/dev/null || break; sleep 0.1; done
		kill -9 "$pf_master_pid" 2>/dev/null
	fi
	pf_master_pid=
	milter_stop
	declare -F e2e_local_cleanup >/dev/null && e2e_local_cleanup
	return 0
}
# E2E_KEEP=1 keeps $TMP (logs, Maildir, spool, database) for a post-mortem.
trap 'e2e_cleanup; end_subtest; if [ -n "${E2E_KEEP:-}" ]; then echo "# kept $TMP"; else rm -rf "$TMP"; fi' EXIT
chmod 0755 "$TMP"  # Postfix's own user traverses it

# e2e_require [sendmail] - exit with one SKIP line unless the tests can run
# here (Postfix unless told sendmail: that test brings its own)
e2e_require() {
	local why=
	if [ "$(id -u)" != 0 ]; then
		why="needs root (a private MTA drops privileges, mounts, namespaces)"
	elif [ "${1:-postfix}" = postfix ] && { ! command -v postfix >/dev/null ||
		! command -v smtp-source >/dev/null; }; then
		why="Postfix is not installed (make deps)"
	elif [ ! -x "$ROOT/build/mailpulse-milter" ]; then
		why="build/mailpulse-milter is not built (make all)"
	fi
	[ -z "$why" ] && return 0
	echo "SKIP $(basename "$0"): $why"
	exit 0
}

# free_port - a TCP port nobody listens on now
free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
SMTP_PORT=$(free_port)
MILTER_PORT=$(free_port)

# wait_port PORT - until something accepts on 127.0.0.1:PORT (5 s)
wait_port() {
	local i
	for i in $(seq 50); do
		(exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

# wait_milter - until the daemon listens on its socket (5 s)
wait_milter() {
	case ${MILTER_SOCKET:-} in
	local:*)
		local i
		for i in $(seq 50); do
			[ -S "${MILTER_SOCKET#local:}" ] && return 0
			sleep 0.1
		done
		return 1 ;;
	*) wait_port "$MILTER_PORT" ;;
	esac
}

# milter_start [LINE...] - the daemon in the foreground, on $MILTER_SOCKET
# (default inet:$MILTER_PORT@127.0.0.1); extra config lines
milter_start() {
	{
		echo "Database $E2E_DB"
		echo "InternalDomains northwind-analytics.com"
		echo "AutoCreateAccounts yes"
		echo "SpoolDir $TMP/spool"
		echo "PidFile $TMP/milter.pid"
		echo "Socket ${MILTER_SOCKET:-inet:$MILTER_PORT@127.0.0.1}"
		echo "User root"
		echo "Syslog no"
		echo "LogLevel info"
		for line in "$@"; do echo "$line"; done
	} >"$TMP/milter.conf"
	"$ROOT/build/mailpulse-milter" -c "$TMP/milter.conf" -f 2>>"$MILTER_LOG" &
	milter_pid=$!
	if ! wait_milter; then
		echo "mailpulse-milter did not start:" >&2
		tail -20 "$MILTER_LOG" >&2
		return 1
	fi
}

# milter_stop - SIGTERM to the supervisor, wait for it (and so its children)
milter_stop() {
	[ -z "$milter_pid" ] && return 0
	kill "$milter_pid" 2>/dev/null
	wait "$milter_pid" 2>/dev/null
	milter_pid=
	return 0
}

# milter_pid_of NAME - the pid of the daemon's child NAME as last started
milter_pid_of() {
	sed -n "s/.* $1 started (pid \([0-9]*\)).*/\1/p" "$MILTER_LOG" | tail -1
}

# processes_of_instance - pids whose environment names our Postfix's
# configuration (the master passes MAIL_CONFIG to every daemon it starts)
processes_of_instance() {
	grep -l -x -z -F "MAIL_CONFIG=$E2E_PF" /proc/[0-9]*/environ 2>/dev/null |
		sed 's|/proc/\([0-9]*\)/environ|\1|'
	return 0
}

# postfix_start [MILTER] - the private Postfix, with our milter by default
postfix_start() {
	pf_start "$E2E_PF" "$SMTP_PORT" "${1-inet:127.0.0.1:$MILTER_PORT}" || return 1
	postfix_up=1
	pf_master_pid=$(tr -d ' ' <"$E2E_PF/queue/pid/master.pid")
}

# send_list - smtp-send.py: "FROM<TAB>RCPTS<TAB>FILE" lines in, "QID<TAB>FILE" out
send_list() {
	python3 "$ROOT/tests/e2e/smtp-send.py" "$SMTP_PORT"
}

# send_message FROM TO FILE - one message over SMTP; prints the queue id
send_message() {
	printf '%s\t%s\t%s\n' "$1" "$2" "$3" | send_list | cut -f1
}

# maillog - Postfix's log of this instance
maillog() { cat "$E2E_PF/log/maillog" 2>/dev/null; }

# delivered_qids - queue ids Postfix delivered into the Maildir
delivered_qids() {
	maillog | sed -n 's/.* postfix\/virtual\[[0-9]*\]: \([0-9A-F]*\): to=.*status=sent.*/\1/p' | sort -u
}

# stored_qids - queue ids of the messages in the database (duplicates kept)
stored_qids() {
	[ -f "$E2E_DB" ] || return 0
	sqlite3 -batch -noheader "$E2E_DB" "SELECT queue_id FROM messages" 2>/dev/null | sort
}

# captured_qids - queue ids the milter logged as captured (answered eom)
captured_qids() {
	sed -n 's/.*: \([0-9A-F]*\): captured.*/\1/p' "$MILTER_LOG" | sort
}

# spool_count DIR - files in SpoolDir/DIR
spool_count() {
	find "$TMP/spool/$1" -type f 2>/dev/null | wc -l
}

# stored_count - messages in the database
stored_count() {
	sqlite3 -batch -noheader "$E2E_DB" "SELECT count(*) FROM messages" 2>/dev/null || echo 0
}

# worker_state - the state of worker 0 (idle, draining, backoff ...)
worker_state() {
	sed -n 's/^state //p' "$TMP/spool/worker.0.state" 2>/dev/null
}

# wait_drained [SECONDS] - until new/ is empty and the worker idle: every
# capture renamed into new/ so far is committed (files leave new/ only
# after their batch committed, and the worker says idle after that)
wait_drained() {
	local limit=${1:-60} i
	for i in $(seq $((limit * 10))); do
		[ "$(spool_count new)" -eq 0 ] && [ "$(worker_state)" = idle ] && return 0
		sleep 0.1
	done
	return 1
}

# load_message FILE - the message of the load tests: customer mail (a real
# body from the corpus when there is one), no Message-ID: Postfix adds a
# unique one (it rewrites headers of local clients by default), so each of
# the messages smtp-source sends is a distinct capture
load_message() {
	local src
	src=$(find "$CORPORA/spamassassin/easy-ham-1" -type f 2>/dev/null | sort | sed -n 20p)
	{
		printf 'From: Ann Lee <ann@acme.com>\nTo: Claire Martin <claire@northwind-analytics.com>\n'
		printf 'Subject: load message\nDate: %s\n\n' "$(date -R)"
		if [ -n "$src" ]; then sed '1,/^$/d' "$src"; else seq 1 200 | sed 's/^/line of text /'; fi
	} >"$1"
}
