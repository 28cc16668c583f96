#!/bin/bash
# bench/analyze.sh - analysis at portfolio scale (issue 6): 50 AMs, 2,500
# accounts, 1,000,000 messages over two years (bench/portfolio.py writes
# them straight into the database), then:
#   snapshot   one day for every account (`mailpulse snapshot`), target < 10 s
#   digests    the digest model of all 50 AMs (tests/drivers/analyze_driver), < 10 s
#   brief      `mailpulse account NAME`, median and worst of 20, target < 200 ms
# MAILPULSE_BENCH_MESSAGES and MAILPULSE_BENCH_ACCOUNTS scale it down.
# Figures only: it asserts nothing.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
MP=$ROOT/build/mailpulse
DRIVER=$ROOT/build/drivers/analyze_driver
ACCOUNTS=${MAILPULSE_BENCH_ACCOUNTS:-2500}
MESSAGES=${MAILPULSE_BENCH_MESSAGES:-1000000}
END=2026-11-25
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mailpulse-bench-analyze.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
[ -x "$DRIVER" ] || make --no-print-directory -C "$ROOT" build/drivers/analyze_driver >/dev/null

printf 'Database %s/p.db\nInternalDomains northwind-analytics.com\n' "$WORK" >"$WORK/p.conf"
python3 bench/portfolio.py "$WORK/p.db" "$WORK/a.csv" --write-csv --accounts "$ACCOUNTS"
"$MP" -c "$WORK/p.conf" accounts import "$WORK/a.csv" >/dev/null
t0=$(date +%s.%N)
n=$(python3 bench/portfolio.py "$WORK/p.db" "$WORK/a.csv" --messages "$MESSAGES" --end "$END")
t1=$(date +%s.%N)
printf 'analysis bench: %s accounts, %s, 50 AMs (generated in %.0f s, %s MB)\n' "$ACCOUNTS" "$n" \
	"$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" "$(( $(stat -c %s "$WORK/p.db") / 1048576 ))"

# elapsed CMD... - wall seconds of CMD
elapsed() {
	local s e
	s=$(date +%s.%N)
	"$@" >"$WORK/out" 2>&1 || { echo "bench: $* failed:"; tail -5 "$WORK/out"; exit 1; }
	e=$(date +%s.%N)
	awk -v a="$s" -v b="$e" 'BEGIN { print b - a }'
}
printf '  snapshot of one day, all accounts:  %6.2f s  (target < 10 s)\n' \
	"$(elapsed "$MP" -c "$WORK/p.conf" --as-of "$END" snapshot)"
printf '  digest models of all AMs:           %6.2f s  (target < 10 s)\n' \
	"$(elapsed "$DRIVER" "$WORK/p.conf" digests "$END")"
name=$(sqlite3 "$WORK/p.db" "SELECT name FROM accounts ORDER BY id LIMIT 1 OFFSET 3")
for i in $(seq 20); do
	elapsed "$MP" -c "$WORK/p.conf" --as-of "$END" account "$name"
done | sort -n | awk '{ v[NR] = $1 } END { printf "  account NAME (20 runs):             %6.0f ms median, %.0f ms worst  (target < 200 ms)\n", v[int((NR + 1) / 2)] * 1000, v[NR] * 1000 }'
