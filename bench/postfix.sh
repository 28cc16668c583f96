#!/bin/bash
# bench/postfix.sh - Postfix throughput with and without mailpulse-milter.
#
# The same messages (a real one from ../shared/corpora/spamassassin, its
# From/To set to a customer and an internal address, so every message is
# captured) are sent by smtp-source into a private Postfix (bench/
# postfix-instance.sh) that discards them after queueing: once without a
# milter, once with mailpulse-milter (SpoolSync no, then yes), over 10 and
# 50 SMTP sessions.  Printed: messages/s of each, the ratio to Postfix
# alone, the milter's end-of-message time (median, p99, from its log),
# its peak RSS, and the worker's drain rate into the database.  Asserts
# nothing: run it on a quiet machine and compare the ratios.  Needs root.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
CORPORA=${MAILPULSE_CORPORA:-$ROOT/../shared/corpora}
MESSAGES=${BENCH_MESSAGES:-2000}
. "$ROOT/bench/postfix-instance.sh"
[ "$(id -u)" = 0 ] || { echo "bench/postfix.sh: needs root (a private Postfix)"; exit 0; }
command -v smtp-source >/dev/null || { echo "bench/postfix.sh: smtp-source (postfix) absent"; exit 0; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mailpulse-pfbench.XXXXXX")
chmod 0755 "$WORK"
milter_pid=
cleanup() {
	[ -n "$milter_pid" ] && kill "$milter_pid" 2>/dev/null && wait "$milter_pid" 2>/dev/null
	pf_stop "$WORK/pf" 2>/dev/null
	rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
SMTP_PORT=$(free_port)

mkdir -p "$WORK/sock"

# the message: a real body, headers of customer mail, no Message-ID (Postfix
# adds a unique one, so every message is a distinct capture)
src=$(find "$CORPORA/spamassassin/easy-ham-1" -type f 2>/dev/null | sort | sed -n 20p)
{
	printf 'From: Ann Lee <ann@acme.com>\nTo: Claire Martin <claire@northwind-analytics.com>\n'
	printf 'Subject: bench message\nDate: %s\n\n' "$(date -R)"
	if [ -n "$src" ]; then sed '1,/^$/d' "$src"; else seq 1 200 | sed 's/^/line of text /'; fi
} >"$WORK/msg.txt"

# send SESSIONS - MESSAGES messages over SESSIONS sessions; prints seconds
send() {
	local t0 t1
	t0=$(date +%s.%N)
	smtp-source -s "$1" -m "$MESSAGES" -f ann@acme.com -t claire@northwind-analytics.com \
		-F "$WORK/msg.txt" "127.0.0.1:$SMTP_PORT" >/dev/null 2>&1
	pf_wait_queue "$WORK/pf" 120
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'
}

# start_milter SYNC - the daemon in the foreground, logging captures
start_milter() {
	rm -f "$WORK/sock/milter.sock"
	rm -rf "$WORK/db"  # the spool (and its pool of recycled files) stays, as in production
	cat >"$WORK/m.conf" <<CONF
Database $WORK/db/mailpulse.db
InternalDomains ${BENCH_INTERNAL:-northwind-analytics.com}
SpoolDir $WORK/spool
PidFile $WORK/milter.pid
Socket local:$WORK/sock/milter.sock
User root
SpoolSync $1
Syslog no
LogLevel info
CONF
	"$ROOT/build/mailpulse-milter" -c "$WORK/m.conf" -f 2>"$WORK/milter.log" &
	milter_pid=$!
	local i
	for i in $(seq 50); do
		# The documented deployment: a unix socket the postfix user may
		# open (group membership in production; a world-writable socket in
		# this throwaway directory).
		if [ -S "$WORK/sock/milter.sock" ]; then chmod 0666 "$WORK/sock/milter.sock"; return 0; fi
		sleep 0.1
	done
	echo "milter did not start:"; cat "$WORK/milter.log"; exit 1
}

stop_milter() {
	kill "$milter_pid"; wait "$milter_pid" 2>/dev/null || true; milter_pid=
}

# eom_stats - median and p99 of "eom X ms" in the milter log
eom_stats() {
	sed -n 's/.*captured.*, eom \([0-9.]*\) ms$/\1/p' "$WORK/milter.log" | sort -n |
		awk '{ v[NR] = $1 } END { if (NR) { p = int(NR * 0.99) + 1; if (p > NR) p = NR;
			printf "median %.3f ms  p99 %.3f ms  (%d captures)", v[int(NR * 0.5) + 1], v[p], NR } }'
}

# drain_rate - seconds until SpoolDir/new is empty, messages stored per second
drain_rate() {
	local t0 n
	t0=$(date +%s.%N)
	for i in $(seq 1200); do
		n=$(find "$WORK/spool/new" -type f | wc -l)
		[ "$n" -eq 0 ] && break
		sleep 0.1
	done
	local stored
	stored=$(sqlite3 "$WORK/db/mailpulse.db" "SELECT count(*) FROM messages" 2>/dev/null || echo 0)
	echo "$stored stored"
}

echo "mailpulse-milter bench: $MESSAGES messages of $(wc -c <"$WORK/msg.txt") bytes, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-34s %9s %9s %8s\n' "setup" "seconds" "msg/s" "ratio"
for sessions in 10 50; do
	pf_start "$WORK/pf" "$SMTP_PORT" "" discard
	alone=$(send "$sessions")
	pf_stop "$WORK/pf"
	printf '%-34s %9s %9.0f %8s\n' "postfix alone, $sessions sessions" "$alone" \
		"$(awk -v s="$alone" -v n="$MESSAGES" 'BEGIN { print n / s }')" "1.00"
	for sync in no yes; do
		start_milter "$sync"
		pf_start "$WORK/pf" "$SMTP_PORT" "unix:$WORK/sock/milter.sock" discard
		with=$(send "$sessions")
		pf_stop "$WORK/pf"
		t0=$(date +%s.%N)
		drained=$(drain_rate)
		t1=$(date +%s.%N)
		printf '%-34s %9s %9.0f %8.2f\n' "with milter (SpoolSync $sync), $sessions s." "$with" \
			"$(awk -v s="$with" -v n="$MESSAGES" 'BEGIN { print n / s }')" \
			"$(awk -v a="$alone" -v b="$with" 'BEGIN { print a / b }')"
		echo "    eom: $(eom_stats)"
		milter_child=$(pgrep -P "$milter_pid" | head -1)
		for c in $(pgrep -P "$milter_pid"); do
			echo "    cpu of child $c: $(awk '{ printf "%.2f s", ($14 + $15) / 100 }' "/proc/$c/stat")"
		done
		rss=$(awk '/VmHWM/ { print $2 }' "/proc/$milter_child/status" 2>/dev/null || echo 0)
		echo "    milter process peak RSS $((rss / 1024)) MB; worker drain after the run: $drained," \
			"spool empty $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }') s after the last message"
		stop_milter
	done
done
