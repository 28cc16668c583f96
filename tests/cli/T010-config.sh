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
