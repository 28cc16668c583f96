#!/bin/bash
# T010-config.sh - the config file: errors name file and line; -c; defaults.
. "$(dirname "$0")/../lib.sh"

begin_subtest "an unknown key is an error naming file and line"
printf 'Database %s/x.db\n\nDatabse /oops\n' "$TMP" >"$TMP/bad.conf"
expect_status 78 "$MP" -c "$TMP/bad.conf" accounts list
expect_equal "$(cat "$TMP/.err")" "mailpulse: $TMP/bad.conf:3: unknown key \"Databse\""

begin_subtest "a bad value is an error naming file, line and key"
printf 'AutoCreateAccounts perhaps\n' >"$TMP/bad2.conf"
expect_status 78 "$MP" -c "$TMP/bad2.conf" config
expect_match "$(cat "$TMP/.err")" "bad2.conf:1: AutoCreateAccounts: expected yes or no"

begin_subtest "a missing -c file is an error (66)"
expect_status 66 "$MP" -c "$TMP/absent.conf" config
expect_match "$(cat "$TMP/.err")" "absent.conf: no such file"

begin_subtest "config prints the values in force"
new_config "$TMP/ok.conf" "MaximumBodyBytes 1M"
out=$("$MP" -c "$TMP/ok.conf" config)
expect_match "$out" "^MaximumBodyBytes +1048576$"
expect_match "$out" "^InternalDomains +northwind-analytics.com$"

begin_subtest "usage errors exit 64 and show the synopsis"
expect_status 64 "$MP" frobnicate
expect_status 64 "$MP" -c "$TMP/ok.conf" search
expect_match "$(cat "$TMP/.err")" "usage: mailpulse search"

begin_subtest "help COMMAND and COMMAND --help print the same text"
expect_equal "$("$MP" help ingest)" "$("$MP" ingest --help)"
expect_match "$("$MP" help ingest)" "^usage: mailpulse ingest"

begin_subtest "a NUL byte is an error on its line, never the silent end of the file"
# the NeverCapture line after the NUL used to be ignored, and -n said OK
printf 'Database %s/x.db\nLogLevel info\0\nNeverCapture ceo@northwind-analytics.com\n' "$TMP" >"$TMP/nul.conf"
expect_status 78 "$MP" -c "$TMP/nul.conf" config
expect_equal "$(cat "$TMP/.err")" "mailpulse: $TMP/nul.conf:2: a NUL byte: the file is binary or corrupt, not a text file"
expect_status 78 "$ROOT/build/mailpulse-milter" -n -c "$TMP/nul.conf"
expect_match "$(cat "$TMP/.out" "$TMP/.err")" "nul.conf:2: a NUL byte"

begin_subtest "a byte order mark: skipped at the start of the file, an error anywhere else"
printf '\357\273\277Database %s/x.db\n' "$TMP" >"$TMP/bom.conf"
expect_status 0 "$MP" -c "$TMP/bom.conf" config
expect_match "$(cat "$TMP/.out")" "^Database +$TMP/x.db$"
printf 'Database %s/x.db\n\357\273\277LogLevel info\n' "$TMP" >"$TMP/bom2.conf"
expect_status 78 "$MP" -c "$TMP/bom2.conf" config
expect_equal "$(cat "$TMP/.err")" "mailpulse: $TMP/bom2.conf:2: a byte order mark (U+FEFF) inside the file (only the very start of a file may have one)"

begin_subtest "an error echoes a terminal escape sequence escaped, never raw"
printf 'Database %s/x.db\nLog\033]0;owned\007Level info\nLogLevel \033[2Jloud\n' "$TMP" >"$TMP/esc.conf"
expect_status 78 "$MP" -c "$TMP/esc.conf" config
expect_equal "$(cat "$TMP/.err")" 'mailpulse: '"$TMP"'/esc.conf:2: unknown key "Log\x1B]0;owned\x07Level"'
expect_no_match "$(cat "$TMP/.err")" $'\033'

begin_subtest "MaximumBodyBytes: a negative value or 0 is an error, not \"no limit\""
for v in -1 0 -0 ' -5k'; do
	new_config "$TMP/mbb.conf" "MaximumBodyBytes $v"
	expect_status 78 "$MP" -c "$TMP/mbb.conf" config
	expect_match "$(cat "$TMP/.err")" "mbb.conf:6: MaximumBodyBytes: expected a size of at least 1 byte"
done
