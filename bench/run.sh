#!/bin/bash
# bench/run.sh - `make bench`: ingest throughput and memory, side by side;
# then the mail path (bench/postfix.sh), IMAP backfill (bench/imap.sh) and
# analysis at scale (bench/analyze.sh).
#
# For each corpus (../shared/corpora/spamassassin, ../shared/corpora/enron)
# the same Maildir copy is indexed, in the same run, by:
#   mailpulse ingest   (this project)
#   notmuch new        (Debian's notmuch, GMime-based indexer)
#   mu index           (Debian's maildir-utils, GMime-based indexer)
# and the figures printed: messages, seconds, messages/s, peak RSS, and
# mailpulse's rate as a ratio of each peer's.  Then the latency of 100
# `mailpulse search` runs on the SpamAssassin database (median, p95).
# It asserts nothing: machines are noisy, compare the ratios.  Every part
# runs even if one before it failed; the exit status is 0 when all ran.
#
#	bench/run.sh [PART...]	only these parts (after `make`): ingest, search,
#				scorer, mail, imap, analysis; all when none
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
CORPORA=${MAILPULSE_CORPORA:-$ROOT/../shared/corpora}
MP=$ROOT/build/mailpulse
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mailpulse-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# measure NAME CMD... - run CMD, record wall seconds and peak RSS (KiB)
measure() {
	local name=$1
	shift
	/usr/bin/time -f '%e %M' -o "$WORK/$name.time" "$@" >"$WORK/$name.log" 2>&1 || {
		echo "bench: $name failed:"; tail -5 "$WORK/$name.log"; return 1; }
	read -r secs kib <"$WORK/$name.time"
	eval "${name}_secs=$secs ${name}_kib=$kib"
}

# maildir_copy SRC DEST - every message of SRC as DEST/cur/<n>:2,S
maildir_copy() {
	mkdir -p "$2/cur" "$2/new" "$2/tmp"
	python3 - "$1" "$2/cur" <<'PY'
import os, shutil, sys
src, dest = sys.argv[1], sys.argv[2]
files = []
for root, dirs, names in os.walk(src):
    dirs[:] = [d for d in dirs if d != 'tmp' and not d.startswith('.')]
    files += [os.path.join(root, n) for n in names
              if not n.startswith('.') and n != 'SOURCE.txt']
for i, f in enumerate(sorted(files), 1):
    shutil.copyfile(f, os.path.join(dest, '%06d:2,S' % i))
PY
}

# bench_corpus NAME INTERNAL - all three tools on one corpus
bench_corpus() {
	local name=$1 internal=$2 dir=$WORK/$1
	[ -d "$CORPORA/$name" ] || { echo "bench: $CORPORA/$name absent, skipped"; return 0; }
	maildir_copy "$CORPORA/$name" "$dir"
	local n
	n=$(find "$dir/cur" -type f | wc -l)
	printf 'Database %s/%s.db\nInternalDomains %s\n' "$WORK" "$name" "$internal" >"$WORK/$name.conf"
	printf '[database]\npath=%s\n[new]\ntags=new\n[search]\nexclude_tags=\n[maildir]\nsynchronize_flags=false\n' \
		"$dir" >"$WORK/$name.notmuch"
	mkdir -p "$WORK/$name.mu"
	mu init --quiet --muhome="$WORK/$name.mu" --maildir="$dir" >/dev/null

	sync
	measure mailpulse "$MP" -c "$WORK/$name.conf" ingest "$dir"
	sync
	measure notmuch env NOTMUCH_CONFIG="$WORK/$name.notmuch" notmuch new --quiet
	sync
	measure mu mu index --quiet --muhome="$WORK/$name.mu"

	echo
	echo "== $name: $n messages ($(du -sh "$dir" | cut -f1)) =="
	printf '%-18s %8s %10s %12s\n' tool seconds "msg/s" "peak RSS"
	for t in mailpulse notmuch mu; do
		eval "secs=\$${t}_secs kib=\$${t}_kib"
		awk -v t="$t" -v n="$n" -v s="$secs" -v k="$kib" \
			'BEGIN { printf "%-18s %8.2f %10.0f %9.0f MB\n", t, s, n / (s > 0 ? s : 0.01), k / 1024 }'
	done
	awk -v a="$mailpulse_secs" -v b="$notmuch_secs" -v c="$mu_secs" \
		'BEGIN { printf "mailpulse rate / notmuch rate: %.2fx   mailpulse rate / mu rate: %.2fx\n", b / a, c / a }'
	echo "mailpulse: $(tail -1 "$WORK/mailpulse.log")"
}

# bench_search DB CONF - latency of 100 searches
bench_search() {
	local conf=$1
	[ -f "$WORK/spamassassin.db" ] || return 0
	local words=(linux spam razor perl python kernel money free mailing list install
		debian redhat update server security patch email offer click remove)
	: >"$WORK/lat"
	for i in $(seq 0 99); do
		q=${words[$((i % ${#words[@]}))]}
		[ $((i % 3)) -eq 0 ] && q="$q ${words[$(((i + 7) % ${#words[@]}))]}"
		t0=$(date +%s%N)
		"$MP" -c "$conf" search --limit 20 "$q" >/dev/null
		t1=$(date +%s%N)
		echo $(((t1 - t0) / 1000)) >>"$WORK/lat"
	done
	sort -n "$WORK/lat" | awk '{ v[NR] = $1 } END {
		printf "\n== search: 100 queries on the spamassassin database (whole command, process start included) ==\n"
		printf "median %.1f ms   p95 %.1f ms\n", v[int(NR * 0.5)] / 1000, v[int(NR * 0.95)] / 1000 }'
}

# part NAME CMD... - one part of the bench, in a subshell under set -e; a
# part that fails is reported and the next one still runs (the exit status
# says so at the end)
failed_parts=
wanted=" $* "
part() {
	local name=$1 status
	shift
	# the part's first word (ingest, search, ...) is what `run.sh PART` names
	[ "$wanted" = "  " ] || case $wanted in *" ${name%% *} "*) ;; *) return 0 ;; esac
	set +e
	(set -e; "$@")
	status=$?
	set -e
	[ "$status" -eq 0 ] || { echo "bench: $name failed (exit $status)"; failed_parts="$failed_parts $name"; }
}

echo "mailpulse bench on $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
part "ingest spamassassin" bench_corpus spamassassin spamassassin.taint.org
part search bench_search "$WORK/spamassassin.conf"
part "ingest enron" bench_corpus enron enron.com

# The sentence scorer's cost per sentence (tests/drivers/scorer_bench.c).
bench_scorer() {
	echo
	echo "== sentence scorer: CPU per sentence of data/training =="
	"$ROOT/build/drivers/scorer_bench" "$ROOT/rules" "$ROOT/build/scorer.model" \
		"$ROOT"/data/training/*.jsonl
}
part scorer bench_scorer

# The mail path: Postfix alone, the no-op milter (the floor), mailpulse-milter.
part "mail path" bash -c 'echo; exec bash "$0"' "$ROOT/bench/postfix.sh"

# IMAP backfill against a local Dovecot, beside ingest of the same Maildir.
part "imap backfill" bash -c 'echo; exec bash "$0"' "$ROOT/bench/imap.sh"

# Analysis at portfolio scale: snapshot, digests, brief.
part analysis bash -c 'echo; exec bash "$0"' "$ROOT/bench/analyze.sh"

[ -z "$failed_parts" ] || { echo "bench: failed:$failed_parts"; exit 1; }
