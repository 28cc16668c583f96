#!/bin/bash
# run-all.sh - run the test suites and print one closing line.
#
#   tests/run-all.sh [unit|asan|cli|docs|milter|e2e|pkg|corpus|fuzz|hostile|signals|analyze]...   (default: all)
#
# Unit tests are cmocka programs (build/tests/test_*), run once optimised
# and once under ASan+UBSan (build-asan/tests/test_*); CLI, corpus and docs
# tests are shell scripts (tests/cli/T*.sh, tests/corpus/T*.sh,
# tests/docs/T*.sh, tests/signals/T*.sh, tests/analyze/T*.sh, tests/hostile/T*.sh)
# written against tests/lib.sh, which prints one
# "PASS name" or "FAIL name" line per subtest.  The closing line,
# "N passed, N failed", is what CI reads.
set -u
cd "$(dirname "$0")/.."
export MAILPULSE_ROOT=$PWD
export MAILPULSE_CORPORA=${MAILPULSE_CORPORA:-$PWD/../shared/corpora}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# GLib's slice allocator hides leaks from ASan; plain malloc shows them.
export G_SLICE=always-malloc
mkdir -p tests/out
passed=0 failed=0 skipped=0
failures=()

# run_cmocka - one cmocka program; count its tests
run_cmocka() {
	local bin=$1 label=$2 log
	log=tests/out/$(basename "$bin")-$label.log
	if "$bin" >"$log" 2>&1; then status=0; else status=$?; fi
	local p f
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -1)
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$log" | tail -1)
	p=${p:-0} f=${f:-0}
	if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi  # crashed or sanitizer report
	if grep -q -E 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$log"; then
		[ "$f" -eq 0 ] && f=1
		echo "sanitizer report in $log"
	fi
	passed=$((passed + p)) failed=$((failed + f))
	printf '%-8s %-28s %3d passed, %d failed\n' "$label" "$(basename "$bin")" "$p" "$f"
	if [ "$f" -ne 0 ]; then failures+=("$log"); sed 's/^/    /' "$log" | grep -v '^    \[ *\(RUN\|OK\) ' | tail -25; fi
}

# run_script - one shell test script; count its PASS/FAIL/SKIP lines
run_script() {
	local script=$1 label=$2 log
	log=tests/out/$(basename "$script" .sh)-$label.log
	if bash "$script" >"$log" 2>&1; then status=0; else status=$?; fi
	local p f s
	p=$(grep -c '^PASS ' "$log") f=$(grep -c '^FAIL ' "$log") s=$(grep -c '^SKIP ' "$log")
	if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; echo "FAIL $script exited $status" >>"$log"; fi
	passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
	printf '%-8s %-28s %3d passed, %d failed%s\n' "$label" "$(basename "$script")" "$p" "$f" \
		"$([ "$s" -gt 0 ] && echo ", $s skipped")"
	grep -E '^(FAIL|SKIP) ' "$log" | sed 's/^/    /'
	if [ "$f" -ne 0 ]; then failures+=("$log"); grep -v -E '^(PASS|SKIP) ' "$log" | tail -30 | sed 's/^/    /'; fi
}

suite_unit() { for b in build/tests/test_*; do [ -x "$b" ] && run_cmocka "$b" unit; done; }
suite_asan() { for b in build-asan/tests/test_*; do [ -x "$b" ] && run_cmocka "$b" asan; done; }
suite_cli() { for t in tests/cli/T*.sh; do [ -e "$t" ] && run_script "$t" cli; done; }
suite_corpus() { for t in tests/corpus/T*.sh; do [ -e "$t" ] && run_script "$t" corpus; done; }
suite_docs() { for t in tests/docs/T*.sh; do [ -e "$t" ] && run_script "$t" docs; done; }
suite_fuzz() { for t in tests/fuzz/T*.sh; do [ -e "$t" ] && run_script "$t" fuzz; done; }
suite_hostile() { for t in tests/hostile/T*.sh; do [ -e "$t" ] && run_script "$t" hostile; done; }
suite_milter() { for t in tests/milter/T*.sh; do [ -e "$t" ] && run_script "$t" milter; done; }
suite_pkg() { for t in tests/pkg/T*.sh; do [ -e "$t" ] && run_script "$t" pkg; done; }
suite_signals() { for t in tests/signals/T*.sh; do [ -e "$t" ] && run_script "$t" signals; done; }
suite_analyze() { for t in tests/analyze/T*.sh; do [ -e "$t" ] && run_script "$t" analyze; done; }
suite_e2e() { for t in tests/e2e/T*.sh; do [ -e "$t" ] && run_script "$t" e2e; done; }

suites=("$@")
[ ${#suites[@]} -eq 0 ] && suites=(unit asan cli docs milter e2e pkg corpus fuzz hostile signals analyze)
for s in "${suites[@]}"; do "suite_$s"; done

echo
if [ ${#failures[@]} -gt 0 ]; then echo "logs of failures: ${failures[*]}"; fi
if [ "$skipped" -gt 0 ]; then
	echo "$passed passed, $failed failed, $skipped skipped"
else
	echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
