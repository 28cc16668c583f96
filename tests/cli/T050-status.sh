#!/bin/bash
# T050-status.sh - `mailpulse status`: spool depth, worker state, exit status.
. "$(dirname "$0")/../lib.sh"
new_config "$TMP/mp.conf" "SpoolDir $TMP/spool"

begin_subtest "status with no spool and no database: worker unknown, exit 1"
expect_status 1 "$MP" -c "$TMP/mp.conf" status
expect_match "$(cat "$TMP/.out")" "^worker 0 +unknown \(never started\) \(not running\)"

begin_subtest "status counts new/, quarantine/ and tmp/ and reads the worker's state"
mkdir -p "$TMP/spool/new" "$TMP/spool/quarantine" "$TMP/spool/tmp"
touch "$TMP/spool/new/a" "$TMP/spool/new/b" "$TMP/spool/quarantine/c"
printf 'pid %d\nstate idle\nsince 1\nlast_commit 1795533430\nstored_total 3\ndetail \n' $$ \
	>"$TMP/spool/worker.0.state"
"$MP" -c "$TMP/mp.conf" status --json >"$TMP/s.json"
expect_equal "$(json_check "$TMP/s.json")" ""
expect_equal "$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))[0]; print(s["spool"]["new"], s["spool"]["quarantine"], s["spool"]["tmp"], s["workers"][0]["state"], s["workers"][0]["alive"])' "$TMP/s.json")" \
	"2 1 0 idle True"

begin_subtest "a non-empty quarantine makes the exit status 1; an empty one 0"
"$MP" -c "$TMP/mp.conf" ingest /dev/null >/dev/null 2>&1 # creates the database
expect_status 1 "$MP" -c "$TMP/mp.conf" status
rm "$TMP/spool/quarantine/c"
expect_status 0 "$MP" -c "$TMP/mp.conf" status

begin_subtest "a worker backing off is reported with its reason"
printf 'pid %d\nstate backoff\nsince 1\nlast_commit 0\nstored_total 0\ndetail database is locked\n' $$ \
	>"$TMP/spool/worker.0.state"
expect_status 1 "$MP" -c "$TMP/mp.conf" status
expect_match "$(cat "$TMP/.out")" "^worker 0 +backoff: database is locked"

begin_subtest "mail passed without capture while the milter was down: counted, JSON and text"
expect_match "$("$MP" -c "$TMP/mp.conf" status 2>&1)" \
	"^milter +passed without capture 0 connections, 0 messages, last never"
printf 'passed_connections 3\npassed_messages 5\nlast_passed 1795533430\n' >"$TMP/spool/milter.state"
"$MP" -c "$TMP/mp.conf" status --json >"$TMP/s.json"
expect_equal "$(python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))[0]["milter"]; print(m["passed_connections"], m["passed_messages"], m["last_passed"])' "$TMP/s.json")" \
	"3 5 1795533430"
expect_match "$("$MP" -c "$TMP/mp.conf" status 2>&1)" \
	"^milter +passed without capture 3 connections, 5 messages, last 20[0-9-]+ [0-9:]+"
