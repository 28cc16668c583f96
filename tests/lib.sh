# lib.sh - the shell test library (sourced by tests/*/T*.sh), notmuch style.
#
# Each script sources this file, then runs subtests:
#   begin_subtest "what it checks"
#   ... commands ...
#   expect_equal "$got" "$want"        # or expect_success CMD..., expect_match
# Every subtest prints exactly one line: "PASS what", "FAIL what" (followed
# by the difference) or "SKIP what: reason".  A script never stops at the
# first failure.  MP (the mailpulse binary under test, the ASan build when
# present for corpus tests), TMP (a private temporary directory removed at
# exit) and new_config are provided.
set -u
ROOT=${MAILPULSE_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
CORPORA=${MAILPULSE_CORPORA:-$ROOT/../shared/corpora}
MP=${MP:-$ROOT/build/mailpulse}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/mailpulse-test.XXXXXX")
_subtest=""
_subtest_failed=0

# begin_subtest - start a subtest, closing the previous one
begin_subtest() {
	end_subtest
	_subtest=$1
	_subtest_failed=0
	_subtest_reason=""
}

# end_subtest - print the verdict of the open subtest (called automatically)
end_subtest() {
	[ -z "$_subtest" ] && return 0
	if [ "$_subtest_failed" -eq 0 ]; then
		echo "PASS $_subtest"
	else
		echo "FAIL $_subtest"
		printf '%s\n' "$_subtest_reason" | sed 's/^/    /'
	fi
	_subtest=""
}
trap 'end_subtest; rm -rf "$TMP"' EXIT

_fail() {
	_subtest_failed=1
	_subtest_reason="${_subtest_reason}$1
"
}

# expect_equal GOT WANT - compare two strings, show a diff when they differ
expect_equal() {
	if [ "$1" != "$2" ]; then
		_fail "$(diff -u <(printf '%s\n' "$2") <(printf '%s\n' "$1") | tail -n +3 | head -40)"
	fi
}

# expect_match TEXT REGEX - TEXT matches the extended regex
expect_match() {
	if ! printf '%s\n' "$1" | grep -q -E -- "$2"; then
		_fail "no match for /$2/ in: $(printf '%s' "$1" | head -c 600)"
	fi
}

# expect_no_match TEXT REGEX
expect_no_match() {
	if printf '%s\n' "$1" | grep -q -E -- "$2"; then
		_fail "unexpected match for /$2/ in: $(printf '%s' "$1" | head -c 600)"
	fi
}

# expect_status WANT CMD... - run CMD, compare its exit status
expect_status() {
	local want=$1
	shift
	"$@" >"$TMP/.out" 2>"$TMP/.err"
	local got=$?
	if [ "$got" != "$want" ]; then
		_fail "exit status $got, want $want: $* ; stderr: $(head -c 600 "$TMP/.err")"
	fi
}

# skip_subtest REASON - mark the open subtest skipped
skip_subtest() {
	echo "SKIP $_subtest: $1"
	_subtest=""
}

# new_config FILE [extra lines] - a config with a database under $TMP and
# the project's phrase rules (and a PidFile there: a daemon started with
# it leaves the machine's /run/mailpulse alone)
new_config() {
	local file=$1
	shift
	{
		echo "Database $TMP/mailpulse.db"
		echo "PidFile $TMP/milter.pid"
		echo "InternalDomains northwind-analytics.com"
		echo "AutoCreateAccounts yes"
		echo "RulesDir $ROOT/rules"
		echo "Competitors Looker, Power BI"
		for line in "$@"; do echo "$line"; done
	} >"$file"
}

# sql QUERY - run a query on the test database
sql() {
	sqlite3 -batch -noheader "$TMP/mailpulse.db" "$1"
}

# json_check FILE - FILE is valid JSON (python3's parser, not ours)
json_check() {
	python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" 2>&1
}

# need_corpus NAME - SKIP the open subtest unless $CORPORA/NAME exists
need_corpus() {
	if [ ! -d "$CORPORA/$1" ]; then
		skip_subtest "corpus folder $CORPORA/$1 is absent (set MAILPULSE_CORPORA)"
		return 1
	fi
	return 0
}

# sample_history CONF [EML...] - the sample company (sample/) as of
# 2026-11-25: accounts imported, sample/mail and sample/live (and EML...)
# ingested, every day from the first mail snapshotted
sample_history() {
	local conf=$1
	shift
	"$MP" -c "$conf" accounts import "$ROOT/sample/accounts.csv" >/dev/null &&
		"$MP" -c "$conf" ingest "$ROOT/sample/mail" "$ROOT/sample/live" "$@" >/dev/null &&
		"$MP" -c "$conf" snapshot --from 2026-08-26 --to 2026-11-25 >/dev/null
}

# model_of JSON AM - the digest model of AM from `digest --json` output
model_of() {
	python3 -c 'import json,sys; print(json.dumps([d for d in json.load(open(sys.argv[1])) if d["am"] == sys.argv[2]][0]))' "$1" "$2"
}
