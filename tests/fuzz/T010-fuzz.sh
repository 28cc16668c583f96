#!/bin/bash
# T010-fuzz.sh - a short libFuzzer run of every target in `make check`.
#
# One subtest per build-fuzz/fuzz_* target (tests/fuzz/fuzz_*.c): mail
# (parse + classify + extract + rules), the config file, the rule files,
# the accounts CSV and address headers.  Each is seeded with real inputs of
# its kind (sample mail and, when present, the MIME and bounce sets of
# ../shared/corpora; the shipped config, rules and CSV; the address headers
# of the sample mail) and runs FUZZ_SECONDS (default 8); any crash, leak,
# sanitizer report or broken invariant fails.  Each run's executions per
# second and coverage go to tests/out/fuzz-stats.txt (the figures of
# tests/fuzz/README.md).  With FUZZ_KEEP=DIR (make fuzz), each target's
# corpus grows in DIR/<target> from one run to the next.
. "$(dirname "$0")/../lib.sh"
FUZZ_DIR=${FUZZ_DIR:-$ROOT/build-fuzz}
FUZZ_SECONDS=${FUZZ_SECONDS:-8}
STATS=$ROOT/tests/out/fuzz-stats.txt
mkdir -p "$(dirname "$STATS")"
printf '%-14s %8s %10s %10s %8s %8s\n' target seconds runs execs/s cov ft >"$STATS"

# seed_copy DIR FILE... - each FILE into DIR under a number
seed_copy() {
	local dir=$1 f
	shift
	mkdir -p "$dir"
	for f in "$@"; do
		[ -f "$f" ] && cp "$f" "$dir/$(( $(ls "$dir" | wc -l) + 1 ))"
	done
	return 0
}

# seeds TARGET DIR - the real inputs a target starts from
seeds() {
	local target=$1 dir=$2
	case $target in
	fuzz_parse)
		local d
		# journal reports and routing copies (tests/cli/journal-fixtures.py)
		python3 "$ROOT/tests/cli/journal-fixtures.py" "$TMP/journal" >/dev/null
		for d in "$ROOT/sample/mail" "$TMP/journal" "$CORPORA/mime" "$CORPORA/bounces/eml"; do
			[ -d "$d" ] || continue
			# shellcheck disable=SC2046
			seed_copy "$dir" $(find "$d" -type f -size -64k | sort | head -150)
		done ;;
	fuzz_config)
		seed_copy "$dir" "$ROOT/packaging/mailpulse.conf" "$ROOT"/tests/milter/*.conf ;;
	fuzz_rules)
		seed_copy "$dir" "$ROOT"/rules/*.rules ;;
	fuzz_csv)
		seed_copy "$dir" "$ROOT/sample/accounts.csv" ;;
	fuzz_scorer)
		# text seeds start with an even byte, a model seed with an odd one
		mkdir -p "$dir"
		head -c 4000 "$ROOT/data/training/writer-b.jsonl" | sed 's/^/0/' >"$dir/text"
		printf '0Wir werden zum 31.12. kündigen, wir prüfen Alternativen wie Personio.' >"$dir/de"
		{ printf '1'; head -c 600 "$ROOT/build/scorer.model"; } >"$dir/model" 2>/dev/null ;;
	fuzz_address)
		mkdir -p "$dir"
		grep -h -i -E '^(From|To|Cc): ' "$ROOT"/sample/mail/* 2>/dev/null | sort -u | head -200 |
			while IFS= read -r line; do
				printf '%s' "${line#*: }" >"$dir/$(( $(ls "$dir" | wc -l) + 1 ))"
			done
		printf '=?utf-8?Q?a:_ceo@acme-logistics.com_b:c?= <eve@evil.com>' >"$dir/colon"
		printf 'm..presto@enron.com, "Lee, Ann" <ANN@Acme.com>, team: a@x.com, b@y.com;' >"$dir/lenient" ;;
	esac
	mkdir -p "$dir"
}

targets=("$FUZZ_DIR"/fuzz_*)
if [ ! -x "${targets[0]}" ]; then
	begin_subtest "fuzz targets"
	skip_subtest "$FUZZ_DIR/fuzz_* not built (make fuzz-build needs clang and libclang-rt-14-dev)"
	exit 0
fi
for fuzz in "${targets[@]}"; do
	[ -x "$fuzz" ] || continue
	target=$(basename "$fuzz")
	begin_subtest "$target runs ${FUZZ_SECONDS}s without a crash, leak, sanitizer report or broken invariant"
	corpus=$TMP/corpus-$target
	[ -n "${FUZZ_KEEP:-}" ] && corpus=$FUZZ_KEEP/$target
	mkdir -p "$corpus"
	seeds "$target" "$TMP/seeds-$target"
	work=$TMP/work-$target # where a crash-* input lands
	mkdir -p "$work"
	# fuzz_address meets a leak inside GMime's address parser
	# (tests/lsan.supp): its suppression needs whole stacks, which only
	# the slow unwinder gives through GLib's frames (about 1,000 runs a
	# second instead of 30,000: still some 8,000 address lists a run)
	lsan=${LSAN_OPTIONS:-}
	[ "$target" = fuzz_address ] &&
		lsan="suppressions=$ROOT/tests/lsan.supp:fast_unwind_on_malloc=0${lsan:+:$lsan}"
	(cd "$work" && LSAN_OPTIONS=$lsan "$fuzz" -max_total_time="$FUZZ_SECONDS" -max_len=65536 \
		-timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "$corpus" "$TMP/seeds-$target") \
		>"$TMP/$target.log" 2>&1
	status=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$TMP/$target.log")
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$TMP/$target.log")
	last=$(grep -E '^#[0-9]+.*cov: ' "$TMP/$target.log" | tail -1)
	cov=$(printf '%s' "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
	ft=$(printf '%s' "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	printf '%-14s %8s %10s %10s %8s %8s\n' "$target" "$FUZZ_SECONDS" "${runs:-?}" "${rate:-?}" \
		"${cov:-?}" "${ft:-?}" >>"$STATS"
	tail -3 "$TMP/$target.log" | sed 's/^/    /'
	expect_equal "$status" "0"
	expect_no_match "$(cat "$TMP/$target.log")" "ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:"
	# a crash leaves its input in its working directory: keep it
	for crash in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*; do
		[ -e "$crash" ] && cp "$crash" "$ROOT/tests/out/$target-$(basename "$crash")" &&
			_fail "input kept as tests/out/$target-$(basename "$crash")"
	done
done
end_subtest
sed 's/^/    /' "$STATS"
