#!/bin/bash
# T010-fuzz.sh - a short libFuzzer run of parse+classify+extract in `make check`.
#
# Seeds: the sample correspondence, the journal report and routing copy
# fixtures and, when present, the MIME torture and bounce sets of
# ../shared/corpora (read in place).  The run lasts
# FUZZ_SECONDS (default 60); any crash, leak or sanitizer report fails.
. "$(dirname "$0")/../lib.sh"
FUZZ=${FUZZ:-$ROOT/build-fuzz/fuzz_parse}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}

begin_subtest "fuzz_parse runs ${FUZZ_SECONDS}s without a crash, leak or sanitizer report"
if [ ! -x "$FUZZ" ]; then
	skip_subtest "$FUZZ not built (make fuzz needs clang and libclang-rt-14-dev)"
else
	mkdir -p "$TMP/corpus" "$TMP/seeds"
	n=0
	# journal reports and routing copies (tests/cli/journal-fixtures.py)
	python3 "$ROOT/tests/cli/journal-fixtures.py" "$TMP/journal"
	for dir in "$ROOT/sample/mail" "$TMP/journal" "$CORPORA/mime" "$CORPORA/bounces/eml"; do
		[ -d "$dir" ] || continue
		while IFS= read -r f; do
			n=$((n + 1))
			cp "$f" "$TMP/seeds/$n"
		done < <(find "$dir" -type f -size -64k | sort | head -150)
	done
	"$FUZZ" -max_total_time="$FUZZ_SECONDS" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 "$TMP/corpus" "$TMP/seeds" >"$TMP/fuzz.log" 2>&1
	status=$?
	tail -5 "$TMP/fuzz.log" | sed 's/^/    /'
	expect_equal "$status" "0"
	expect_no_match "$(cat "$TMP/fuzz.log")" "ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:"
fi
