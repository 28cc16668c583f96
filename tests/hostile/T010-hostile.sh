#!/bin/bash
# T010-hostile.sh - hostile inputs through `inspect` and `ingest`, each under
# the time and memory bound written for it in tests/hostile/bounds.
#
# generate.py writes the inputs into $TMP (nothing large lives in git).
# Each row of bounds runs one input through one command under
# /usr/bin/time -v: the command must end (a watchdog kills it at ten times
# its bound, or at HOSTILE_WATCHDOG seconds), must not die of a signal or a sanitizer report, and must stay
# within the seconds (elapsed) and megabytes (peak RSS) of its row.  The
# figures measured go to tests/out/hostile-table.txt, the table the
# release notes quote.  HOSTILE_MP=build/mailpulse by default (the
# optimised build: the bounds are for what an admin runs).
. "$(dirname "$0")/../lib.sh"
HMP=${HOSTILE_MP:-$ROOT/build/mailpulse}
TABLE=${HOSTILE_TABLE:-$ROOT/tests/out/hostile-table.txt}
mkdir -p "$(dirname "$TABLE")"

python3 "$ROOT/tests/hostile/generate.py" "$TMP/in"
printf '%-14s %-8s %8s %8s  %s\n' input command seconds MB exit >"$TABLE"

# measure INPUT COMMAND LIMIT_S - run one input, set secs, mb, status
measure() {
	local input=$1 command=$2 limit=$3 db="$TMP/db-$1-$2"
	mkdir -p "$db"
	new_config "$db/conf"
	sed -i "s|^Database .*|Database $db/mailpulse.db|" "$db/conf"
	local args=(-c "$db/conf" "$command")
	[ "$command" = inspect ] && args+=(--json)
	/usr/bin/time -v -o "$db/time" timeout --foreground -s KILL "$limit" \
		"$HMP" "${args[@]}" "$TMP/in/$input" >"$db/out" 2>"$db/err" </dev/null
	status=$?
	secs=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$db/time" |
		awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }')
	mb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$db/time" | awk '{ printf "%.0f", $1 / 1024 }')
	[ -n "$secs" ] || secs=$limit
	[ -n "$mb" ] || mb=0
	if grep -q 'Command terminated by signal' "$db/time"; then
		status=$((128 + $(sed -n 's/.*Command terminated by signal //p' "$db/time")))
	fi
	printf '%-14s %-8s %8s %8s  %s\n' "$input" "$command" "$secs" "$mb" "$status" >>"$TABLE"
}

while read -r input command seconds megabytes _; do
	case $input in ''|'#'*) continue ;; esac
	begin_subtest "$input: $command within ${seconds}s and ${megabytes} MB"
	limit=${HOSTILE_WATCHDOG:-$(awk -v s="$seconds" 'BEGIN { printf "%d", s * 10 + 1 }')}
	measure "$input" "$command" "$limit"
	db="$TMP/db-$input-$command"
	if [ "$status" -ge 124 ]; then
		_fail "ended with status $status (124/137: killed by the watchdog after ${limit}s; >128: a signal); stderr: $(head -c 400 "$db/err")"
	fi
	expect_no_match "$(cat "$db/err")" "AddressSanitizer|runtime error:"
	if ! awk -v a="$secs" -v b="$seconds" 'BEGIN { exit !(a <= b) }'; then
		_fail "took ${secs}s, bound ${seconds}s"
	fi
	if [ "$mb" -gt "$megabytes" ]; then
		_fail "peak RSS ${mb} MB, bound ${megabytes} MB"
	fi
done <"$ROOT/tests/hostile/bounds"
end_subtest
sed 's/^/    /' "$TABLE"
