#!/bin/bash
# bench/postfix.sh - the mail path: Postfix alone, with the no-op milter
# (the floor), with mailpulse-milter.
#
# The same messages (a real one from ../shared/corpora/spamassassin, its
# From/To set to a customer and an internal address, so every message is
# captured) are sent by smtp-source into a private Postfix (bench/
# postfix-instance.sh) that discards them after queueing, over 10 and 50
# SMTP sessions, through four setups in turn:
#   postfix     no milter
#   noop        build/bench/noop-milter: mailpulse's negotiation, no work
#               (bench/noop-milter.c); what the milter protocol costs here
#   mp sync=no  mailpulse-milter, SpoolSync no
#   mp sync=yes mailpulse-milter, SpoolSync yes (fsync grouped)
# BENCH_ROUNDS rounds (default 3) of all of them (BENCH_SESSIONS: the
# session counts, default "10 50"), interleaved, so a
# machine whose load changes during the bench hurts every setup alike; the
# summary takes the median of each.  Printed: messages/s of each setup and
# the ratios the mail path is judged by, beside their targets: mailpulse /
# no-op, mailpulse / Postfix alone, SpoolSync yes / no, the milter
# process's CPU per message and the end-of-message time (median, p99) it
# logs.  In the first round each mailpulse run also reports its peak RSS
# and how long the worker takes to drain the spool into the database; in
# later rounds the spool is recycled at once (as the worker would).
#
# BENCH_PROFILE=DIR: after the rounds, one more run each of "noop" and "mp
# sync=no" at 10 sessions, not counted in the medians, with the milter
# process profiled by perf (perf record -g, cpu-clock): the reports in
# DIR/noop/ and DIR/mp-no/, their top printed.
#
# Asserts nothing (exit 0 unless it could not run): compare the ratios.
# Needs root (a private Postfix); skipped, saying why, without it.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
CORPORA=${MAILPULSE_CORPORA:-$ROOT/../shared/corpora}
MESSAGES=${BENCH_MESSAGES:-2000}
ROUNDS=${BENCH_ROUNDS:-3}
SESSIONS=${BENCH_SESSIONS:-10 50}
PROFILE=${BENCH_PROFILE:-}
# BENCH_MILTER: another build's mailpulse-milter (an older commit's, to
# profile the mail path before a change beside after)
MILTER=${BENCH_MILTER:-$ROOT/build/mailpulse-milter}
NOOP=$ROOT/build/bench/noop-milter
POOL_MAX=$(sed -n 's/^#define MP_SPOOL_POOL_MAX \([0-9]*\).*/\1/p' "$ROOT/include/spool.h")
. "$ROOT/bench/postfix-instance.sh"
[ "$(id -u)" = 0 ] || { echo "bench/postfix.sh: needs root (a private Postfix): skipped"; exit 0; }
command -v smtp-source >/dev/null || { echo "bench/postfix.sh: smtp-source (postfix) absent: skipped"; exit 0; }
[ -x "$NOOP" ] || make --no-print-directory -C "$ROOT" build/bench/noop-milter >/dev/null
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mailpulse-pfbench.XXXXXX")
chmod 0755 "$WORK"
milter_pid=
# cleanup - stop what runs, remove the work directory; never fails (it
# runs from the EXIT trap, under set -e)
cleanup() {
	if [ -n "$milter_pid" ]; then kill "$milter_pid" 2>/dev/null; wait "$milter_pid" 2>/dev/null; fi
	pf_stop "$WORK/pf" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
SMTP_PORT=$(free_port)
TICK=$(getconf CLK_TCK)
mkdir -p "$WORK/sock" "$WORK/runs"

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

# wait_socket - until the milter's socket exists; the documented deployment
# is a socket the postfix user may open (group membership in production; a
# world-writable socket in this throwaway directory)
wait_socket() {
	local i
	for i in $(seq 100); do
		if [ -S "$WORK/sock/milter.sock" ]; then chmod 0666 "$WORK/sock/milter.sock"; return 0; fi
		sleep 0.1
	done
	echo "bench/postfix.sh: the milter did not start:"; cat "$WORK/milter.log"; exit 1
}

# start_mailpulse SYNC - the daemon in the foreground, logging captures
# (LogLevel info: the eom times are read from the log)
start_mailpulse() {
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
	"$MILTER" -c "$WORK/m.conf" -f 2>"$WORK/milter.log" &
	milter_pid=$!
	wait_socket
	# as in production a few seconds after a start: the idle worker has
	# filled the pool of recycled spool files (spool.h, RECYCLING)
	local i
	for i in $(seq 600); do
		[ "$(find "$WORK/spool/pool" -type f 2>/dev/null | wc -l)" -ge "$POOL_MAX" ] && break
		sleep 0.1
	done
}

# start_noop - the no-op milter on the same socket
start_noop() {
	rm -f "$WORK/sock/milter.sock"
	: >"$WORK/milter.log"
	"$NOOP" -p "local:$WORK/sock/milter.sock" 2>"$WORK/milter.log" &
	milter_pid=$!
	wait_socket
}

stop_milter() {
	kill "$milter_pid"; wait "$milter_pid" 2>/dev/null || true; milter_pid=
}

# milter_process - the pid that runs the milter callbacks: mailpulse's
# milter child (its supervisor logs it), or the no-op milter itself
milter_process() {
	local child
	child=$(sed -n 's/.* milter started (pid \([0-9]*\)).*/\1/p' "$WORK/milter.log" | tail -1)
	echo "${child:-$milter_pid}"
}

# cpu_ms PID - CPU time (user + system) of PID so far, in ms
cpu_ms() {
	awk -v t="$TICK" '{ printf "%.0f", ($14 + $15) * 1000 / t }' "/proc/$1/stat"
}

# wait_drained - until SpoolDir/new is empty (10 minutes at most); prints
# the seconds it took and the messages stored
wait_drained() {
	local t0 t1 i
	t0=$(date +%s.%N)
	for i in $(seq 6000); do
		[ -z "$(find "$WORK/spool/new" -type f | head -1)" ] && break
		sleep 0.1
	done
	t1=$(date +%s.%N)
	printf '%.1f s, %s stored' "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" \
		"$(sqlite3 "$WORK/db/mailpulse.db" "SELECT count(*) FROM messages" 2>/dev/null || echo 0)"
}

# recycle_spool - what the worker does with stored captures: emptied and
# moved to pool/ (spool.h), so the next run starts as after a drain
recycle_spool() {
	local f n
	n=$(find "$WORK/spool/pool" -type f | wc -l)
	for f in "$WORK"/spool/new/*; do
		[ -e "$f" ] || continue
		if [ "$n" -lt "$POOL_MAX" ]; then : >"$f" && mv "$f" "$WORK/spool/pool/"; n=$((n + 1)); else rm -f "$f"; fi
	done
}

# profile_start PID SETUP - perf record -g on PID (cpu-clock: no hardware
# counters needed), in the background, into $PROFILE/SETUP/
profile_start() {
	perf_pid=
	command -v perf >/dev/null || { echo "    (no perf: not profiled; apt-get install linux-perf)"; return 0; }
	perf_dir=$PROFILE/$2
	mkdir -p "$perf_dir"
	perf record -e cpu-clock -g -p "$1" -o "$perf_dir/perf.data" >"$perf_dir/record.log" 2>&1 &
	perf_pid=$!
	sleep 0.5 # perf attaches before the first message
}

# profile_stop - end the recording, write the reports (self time, and with
# children: the syscalls and callers), print the top of both
profile_stop() {
	[ -n "${perf_pid:-}" ] || return 0
	kill -INT "$perf_pid" 2>/dev/null; wait "$perf_pid" 2>/dev/null || true
	perf report -i "$perf_dir/perf.data" --stdio --no-children --sort symbol \
		--percent-limit 0.5 -g none >"$perf_dir/perf.txt" 2>/dev/null || true
	perf report -i "$perf_dir/perf.data" --stdio --children --sort symbol \
		--percent-limit 1 -g none >"$perf_dir/perf-children.txt" 2>/dev/null || true
	echo "    profile of the milter process (perf; $perf_dir/perf.txt): self time, top 12"
	grep -E '^ +[0-9.]+%' "$perf_dir/perf.txt" | head -12 | awk '{ printf "      %s %s %s\n", $1, $2, $3 }'
	echo "    with callees, the system calls (top 10):"
	grep -E '^ +[0-9.]+% +[0-9.]+% +\[k\] __(x64|do)_sys_' "$perf_dir/perf-children.txt" | head -10 |
		awk '{ printf "      %s %s\n", $1, $4 }'
	perf_pid=
}

# run ROUND SESSIONS SETUP - one measured run; appends a line to runs/all:
# setup sessions round msg/s cpu_ms_per_msg
run() {
	local round=$1 sessions=$2 setup=$3 secs pid cpu0 cpu1 eomfile extra=""
	case $setup in
	postfix) pf_start "$WORK/pf" "$SMTP_PORT" "" discard ;;
	noop) start_noop ;;
	mp-no) start_mailpulse no ;;
	mp-yes) start_mailpulse yes ;;
	esac
	if [ "$setup" != postfix ]; then
		pf_start "$WORK/pf" "$SMTP_PORT" "unix:$WORK/sock/milter.sock" discard
		pid=$(milter_process)
		cpu0=$(cpu_ms "$pid")
		[ "$round" = profile ] && profile_start "$pid" "$setup"
	fi
	secs=$(send "$sessions")
	pf_stop "$WORK/pf"
	local rate cpu_per_msg=-
	rate=$(awk -v s="$secs" -v n="$MESSAGES" 'BEGIN { printf "%.1f", n / s }')
	if [ "$setup" != postfix ]; then
		cpu1=$(cpu_ms "$pid")
		cpu_per_msg=$(awk -v a="$cpu0" -v b="$cpu1" -v n="$MESSAGES" 'BEGIN { printf "%.3f", (b - a) / n }')
		profile_stop
	fi
	case $setup in
	mp-*)
		eomfile=$WORK/runs/eom-$setup-$sessions
		[ "$round" = profile ] ||
			sed -n 's/.*captured.*, eom \([0-9.]*\) ms$/\1/p' "$WORK/milter.log" >>"$eomfile"
		if [ "$round" = 1 ]; then
			extra="; peak RSS $(( $(awk '/VmHWM/ { print $2 }' "/proc/$pid/status") / 1024 )) MB;"
			extra="$extra worker drained the spool in $(wait_drained)"
		fi
		stop_milter
		recycle_spool
		;;
	noop) stop_milter ;;
	esac
	printf '  round %s  %-12s %2s sessions  %6.2f s  %6.0f msg/s  milter CPU %s ms/msg%s\n' \
		"$round" "$setup" "$sessions" "$secs" "$rate" "$cpu_per_msg" "$extra"
	[ "$round" = profile ] || echo "$setup $sessions $round $rate $cpu_per_msg" >>"$WORK/runs/all"
}

echo "mailpulse-milter bench: $MESSAGES messages of $(wc -c <"$WORK/msg.txt") bytes, $ROUNDS rounds," \
	"$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
for round in $(seq "$ROUNDS"); do
	for sessions in $SESSIONS; do
		for setup in postfix noop mp-no mp-yes; do
			run "$round" "$sessions" "$setup"
		done
	done
done

if [ -n "$PROFILE" ]; then
	echo "profile (not counted above):"
	run profile 10 noop
	run profile 10 mp-no
fi

# median SETUP SESSIONS FIELD - the median of a field (4 rate, 5 cpu) of runs
median() {
	awk -v s="$1" -v n="$2" -v f="$3" '$1 == s && $2 == n { print $f }' "$WORK/runs/all" | sort -n |
		awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2); else print 0 }'
}

# eom_p PCT SETUP SESSIONS - a percentile of the eom times of all its runs
eom_p() {
	sort -n "$WORK/runs/eom-$2-$3" 2>/dev/null |
		awk -v p="$1" '{ v[NR] = $1 } END { if (!NR) { print "-"; exit } i = int(NR * p / 100) + 1; if (i > NR) i = NR; printf "%.2f", v[i] }'
}

echo
echo "== the mail path: medians of $ROUNDS rounds, msg/s; ratios against the targets =="
printf '%-9s %8s %8s %8s %8s | %8s %8s %8s | %8s %8s | %9s %9s\n' sessions postfix noop "mp no" "mp yes" \
	"mp/noop" "mp/pfix" "yes/no" "cpu noop" "cpu mp" "eom p50" "eom p99"
for sessions in $SESSIONS; do
	pf=$(median postfix "$sessions" 4) noop=$(median noop "$sessions" 4)
	no=$(median mp-no "$sessions" 4) yes=$(median mp-yes "$sessions" 4)
	awk -v n="$sessions" -v pf="$pf" -v noop="$noop" -v no="$no" -v yes="$yes" \
		-v cn="$(median noop "$sessions" 5)" -v cm="$(median mp-no "$sessions" 5)" \
		-v p50="$(eom_p 50 mp-no "$sessions")" -v p99="$(eom_p 99 mp-no "$sessions")" \
		'BEGIN { printf "%-9s %8.0f %8.0f %8.0f %8.0f | %8.2f %8.2f %8.2f | %8.3f %8.3f | %9s %9s\n",
			n, pf, noop, no, yes, no / noop, no / pf, yes / no, cn, cm, p50 " ms", p99 " ms" }'
done
printf '%-9s %8s %8s %8s %8s | %8s %8s %8s | %8s %8s | %9s %9s\n' target "" "" "" "" \
	">=0.95" ">=0.90" ">=0.90" "" "<=0.150" "" "<=2 ms"
echo "(mp = mailpulse-milter, SpoolSync no unless yes/no; cpu = ms of CPU of the milter process" \
	"per message; eom = its end-of-message time with SpoolSync no; with SpoolSync yes:" \
	"p50 $(eom_p 50 mp-yes 10) / p99 $(eom_p 99 mp-yes 10) ms at 10 sessions," \
	"$(eom_p 50 mp-yes 50) / $(eom_p 99 mp-yes 50) ms at 50)"
