#!/bin/bash
# run.sh - `make eval`: mailpulse's judgement on mail it was not tuned on.
#
#   tests/eval/run.sh [--export DIR] [--keep] [NAME...]
#   tests/eval/run.sh --fresh-export DIR [--fresh-judged JUDGED] [--keep] [NAME...]
#
# Runs, two at a time (EVAL_JOBS, default 2), one job per scenario set
# (tests/eval/sets/*/ with an expected.yaml: replay-set.sh, then score.py)
# and one for the judged real mail (CORPORA/enron-judged with
# CORPORA/enron: replay-enron.sh, then judged.py; skipped, saying so, when
# the corpus is absent; CORPORA is MAILPULSE_CORPORA, default
# ../shared/corpora).  NAME... runs only those sets ("enron-judged" for the
# real mail).  Each job's report goes to tests/out/eval/NAME.txt and its
# figures to tests/out/eval/NAME.json; the reports are printed in order
# once all jobs are done, then one summary line per job.
#
# A set with a file TEST-SET in its folder is test data: score.py prints
# and writes only scores for it, and a failing replay is reported without
# its log (the CLI's output may quote the mail).
#
# --export DIR  also write the real mail's current alerts and a fixed-seed
#               stratified sample of its signals, each with its thread, to
#               DIR for an independent judge (export.py).
# --fresh-export DIR  replay the fresh slice of real mail (replay-fresh.sh:
#               other accounts, AMs and window than the judged run) and
#               write its alerts and the signals not judged before, with
#               their threads, to DIR for an independent reader (export.py,
#               up to 20 signals per category); with no NAME only this job
#               runs.  Report: tests/out/eval/fresh-slice.txt.
# --fresh-judged JUDGED  also score this run against a fresh-slice export
#               the reader judged (fresh-score.py JUDGED --after: precision
#               per kind and category over the items judged before, and how
#               many are new).
# --keep        keep the work directories (databases, logs) and say where.
# The build is reused (make builds it first); nothing here compiles.
set -u
ROOT=${MAILPULSE_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
export MAILPULSE_ROOT=$ROOT
export MP=${MP:-$ROOT/build/mailpulse}
CORPORA=${MAILPULSE_CORPORA:-$ROOT/../shared/corpora}
HERE=$ROOT/tests/eval
OUT=$ROOT/tests/out/eval

# ---- one job (run.sh --job KIND NAME PATH WORKROOT [EXPORTDIR [JUDGED]]) ----
if [ "${1:-}" = --job ]; then
	kind=$2 name=$3 path=$4 workroot=$5 export_dir=${6:-} fresh_judged=${7:-}
	work=$workroot/$name
	start=$(date +%s)
	if [ "$kind" = fresh ]; then
		rm -f "$OUT/$name.json"
		if [ ! -d "$CORPORA/enron/maildir" ] || [ ! -e "$CORPORA/enron-judged/signals-judged.tsv" ] ||
			[ ! -d "$CORPORA/spamassassin" ]; then
			echo "== $name: SKIPPED: $CORPORA/enron/maildir, enron-judged or spamassassin is absent (set MAILPULSE_CORPORA)" >"$OUT/$name.txt"
		elif bash "$HERE/replay-fresh.sh" "$CORPORA" "$work" 2>"$OUT/$name.err" &&
			python3 "$HERE/export.py" "$work" "$path" --per-category 20 \
				--skip-judged "$CORPORA/enron-judged/signals-judged.tsv" --json "$OUT/$name.json" \
				>"$OUT/$name.txt" 2>>"$OUT/$name.err"; then
			sed -i '1i == '"$name"' (fresh slice of real mail, for a reader to judge)' "$OUT/$name.txt"
			python3 -c '
import json, sys
m = json.load(open(sys.argv[1]))
for part in ("alerts", "signals"):
    print("  %s: %s" % (part, ", ".join("%s %d" % kv for kv in sorted(m[part].items())) or "none"))
print("  accounts, owners and what was skipped: fresh-accounts.txt of the work directory")' \
				"$OUT/$name.json" >>"$OUT/$name.txt"
			if [ -n "$fresh_judged" ]; then
				python3 "$HERE/fresh-score.py" "$fresh_judged" --after "$path" \
					>>"$OUT/$name.txt" 2>>"$OUT/$name.err" ||
					echo "fresh-score.py failed (see $OUT/$name.err)" >>"$OUT/$name.txt"
			fi
		else
			echo "== $name: failed; see $OUT/$name.err and $work/replay.log" >"$OUT/$name.txt"
		fi
	elif [ "$kind" = set ]; then
		test_flag=
		[ -e "$path/TEST-SET" ] && test_flag=--test
		if bash "$HERE/replay-set.sh" "$path" "$work" 2>"$OUT/$name.err"; then
			python3 "$HERE/score.py" "$path" "$work" "$OUT/$name.json" $test_flag \
				>"$OUT/$name.txt" 2>>"$OUT/$name.err" || echo "score.py failed (see $OUT/$name.err)" >>"$OUT/$name.txt"
		else
			echo "== $name: the replay failed; see $OUT/$name.err" >"$OUT/$name.txt"
			[ -n "$test_flag" ] || tail -20 "$work/replay.log" >>"$OUT/$name.txt" 2>/dev/null
		fi
	else
		if [ ! -d "$CORPORA/enron/maildir" ] || [ ! -e "$CORPORA/enron-judged/alerts-judged.tsv" ]; then
			echo "== $name: SKIPPED: $CORPORA/enron/maildir or $CORPORA/enron-judged is absent (set MAILPULSE_CORPORA)" >"$OUT/$name.txt"
			rm -f "$OUT/$name.json"
			exit 0
		fi
		if bash "$HERE/replay-enron.sh" "$CORPORA" "$work" 2>"$OUT/$name.err" &&
			python3 "$HERE/judged.py" "$work" "$CORPORA/enron-judged" "$OUT/$name.json" \
				>"$OUT/$name.txt" 2>>"$OUT/$name.err"; then
			if [ -n "$export_dir" ]; then
				python3 "$HERE/export.py" "$work" "$export_dir" >>"$OUT/$name.txt" 2>>"$OUT/$name.err" ||
					echo "export failed (see $OUT/$name.err)" >>"$OUT/$name.txt"
			fi
		else
			echo "== $name: failed; see $OUT/$name.err and $work/replay.log" >"$OUT/$name.txt"
		fi
	fi
	echo "  ($name: $(( $(date +%s) - start )) s)" >>"$OUT/$name.txt"
	exit 0
fi

# ---- the driver ---------------------------------------------------------------
export_dir= fresh_dir= fresh_judged= keep=no
names=()
usage="usage: tests/eval/run.sh [--export DIR] [--fresh-export DIR [--fresh-judged DIR]] [--keep] [NAME...]"
while [ $# -gt 0 ]; do
	case $1 in
	--export) export_dir=$(mkdir -p "$2" && cd "$2" && pwd) || exit 64; shift 2 ;;
	--fresh-export)
		fresh_dir=$(mkdir -p "$2" && cd "$2" && pwd) || exit 64
		[ -z "$(ls -A "$fresh_dir")" ] || { echo "eval: $fresh_dir is not empty" >&2; exit 64; }
		shift 2 ;;
	--fresh-judged)
		fresh_judged=$(cd "$2" && pwd) && [ -e "$fresh_judged/alerts.tsv" ] ||
			{ echo "eval: $2 holds no alerts.tsv (a fresh-slice export)" >&2; exit 64; }
		shift 2 ;;
	--keep) keep=yes; shift ;;
	-*) echo "$usage" >&2; exit 64 ;;
	*) names+=("$1"); shift ;;
	esac
done
[ -x "$MP" ] || { echo "eval: $MP is not built (make eval builds it)" >&2; exit 1; }
python3 -c 'import yaml' 2>/dev/null || { echo "eval: python3-yaml is missing (make deps)" >&2; exit 1; }
mkdir -p "$OUT"
WORKROOT=$(mktemp -d "${TMPDIR:-/tmp}/mailpulse-eval.XXXXXX")
[ "$keep" = yes ] || trap 'rm -rf "$WORKROOT"' EXIT

[ -z "$fresh_judged" ] || [ -n "$fresh_dir" ] || { echo "$usage" >&2; exit 64; }

# wanted NAME - NAME is to run (all when none was named, none with --fresh-export)
wanted() {
	[ ${#names[@]} -eq 0 ] && [ -z "$fresh_dir" ] && return 0
	local n
	for n in "${names[@]}"; do [ "$n" = "$1" ] && return 0; done
	return 1
}
jobs=()
order=()
# The real mail takes longest: it starts first.
if [ -n "$fresh_dir" ]; then
	jobs+=("fresh" "fresh-slice" "$fresh_dir")
fi
if wanted enron-judged; then
	jobs+=("realmail" "enron-judged" "$CORPORA")
fi
for dir in "$HERE"/sets/*/; do
	name=$(basename "$dir")
	[ -e "$dir/expected.yaml" ] && wanted "$name" || continue
	jobs+=("set" "$name" "${dir%/}")
	order+=("$name")
done
wanted enron-judged && order+=("enron-judged")
[ -n "$fresh_dir" ] && order+=("fresh-slice")
[ ${#order[@]} -gt 0 ] || { echo "eval: nothing to run" >&2; exit 64; }
start=$(date +%s)
# xargs appends each job's three words (kind, name, path) after the fixed
# arguments: $1 work root, $2 export folder, $3 the judged fresh export.
printf '%s\0' "${jobs[@]}" |
	xargs -0 -n 3 -P "${EVAL_JOBS:-2}" sh -c 'exec bash "$0" --job "$4" "$5" "$6" "$1" "$2" "$3"' \
		"$HERE/run.sh" "$WORKROOT" "$export_dir" "$fresh_judged"
elapsed=$(( $(date +%s) - start ))
for name in "${order[@]}"; do
	cat "$OUT/$name.txt"
	echo
done
echo "== summary (tests/out/eval/*.json; $elapsed s)"
python3 "$HERE/summary.py" "$OUT" "${order[@]}"
[ "$keep" = yes ] && echo "work directories kept in $WORKROOT"
exit 0
