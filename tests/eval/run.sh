#!/bin/bash
# run.sh - `make eval`: mailpulse's judgement on mail it was not tuned on.
#
#   tests/eval/run.sh [--export DIR] [--keep] [NAME...]
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
# --keep        keep the work directories (databases, logs) and say where.
# The build is reused (make builds it first); nothing here compiles.
set -u
ROOT=${MAILPULSE_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
export MAILPULSE_ROOT=$ROOT
export MP=${MP:-$ROOT/build/mailpulse}
CORPORA=${MAILPULSE_CORPORA:-$ROOT/../shared/corpora}
HERE=$ROOT/tests/eval
OUT=$ROOT/tests/out/eval

# ---- one job (run.sh --job KIND NAME PATH WORKROOT [EXPORTDIR]) ------------
if [ "${1:-}" = --job ]; then
	kind=$2 name=$3 path=$4 workroot=$5 export_dir=${6:-}
	work=$workroot/$name
	start=$(date +%s)
	if [ "$kind" = set ]; then
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
export_dir= keep=no
names=()
while [ $# -gt 0 ]; do
	case $1 in
	--export) export_dir=$(mkdir -p "$2" && cd "$2" && pwd) || exit 64; shift 2 ;;
	--keep) keep=yes; shift ;;
	-*) echo "usage: tests/eval/run.sh [--export DIR] [--keep] [NAME...]" >&2; exit 64 ;;
	*) names+=("$1"); shift ;;
	esac
done
[ -x "$MP" ] || { echo "eval: $MP is not built (make eval builds it)" >&2; exit 1; }
python3 -c 'import yaml' 2>/dev/null || { echo "eval: python3-yaml is missing (make deps)" >&2; exit 1; }
mkdir -p "$OUT"
WORKROOT=$(mktemp -d "${TMPDIR:-/tmp}/mailpulse-eval.XXXXXX")
[ "$keep" = yes ] || trap 'rm -rf "$WORKROOT"' EXIT

# wanted NAME - NAME is to run (all when none was named)
wanted() {
	[ ${#names[@]} -eq 0 ] && return 0
	local n
	for n in "${names[@]}"; do [ "$n" = "$1" ] && return 0; done
	return 1
}
jobs=()
order=()
# The real mail takes longest: it starts first.
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
[ ${#order[@]} -gt 0 ] || { echo "eval: nothing to run" >&2; exit 64; }
start=$(date +%s)
# xargs appends each job's three words (kind, name, path) after the fixed
# arguments: $1 work root, $2 export folder.
printf '%s\0' "${jobs[@]}" |
	xargs -0 -n 3 -P "${EVAL_JOBS:-2}" sh -c 'exec bash "$0" --job "$3" "$4" "$5" "$1" "$2"' \
		"$HERE/run.sh" "$WORKROOT" "$export_dir"
elapsed=$(( $(date +%s) - start ))
for name in "${order[@]}"; do
	cat "$OUT/$name.txt"
	echo
done
echo "== summary (tests/out/eval/*.json; $elapsed s)"
python3 "$HERE/summary.py" "$OUT" "${order[@]}"
[ "$keep" = yes ] && echo "work directories kept in $WORKROOT"
exit 0
