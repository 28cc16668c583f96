#!/bin/bash
# T095-access.sh - the same commands whoever runs them.
#
# The database belongs to the owner of its directory (the package's
# mailpulse user; here `nobody`, with the group `nogroup`): run as root, a
# command that writes creates it theirs, -wal and -shm included; a member
# of the group (here `daemon` with the group nogroup and no other) reads it
# with no writer running, previews a digest and runs the dry runs, all
# read-only, and is told who may write; root's previews and dry runs write
# nothing, and what they deliver into a Maildir is its owner's.  A preview
# of a day nobody snapshotted is what a writer would
# store; a dry run counts what the erasure then deletes.  The phrase rules
# of a program run from this checkout are the checkout's when none are
# installed; a RulesDir that does not exist stops every command.
. "$(dirname "$0")/../lib.sh"
DAY=2026-11-25

begin_subtest "RulesDir unset: a program run from the checkout finds its rules/ (none installed)"
printf 'Database %s/r.db\nInternalDomains northwind-analytics.com\n' "$TMP" >"$TMP/norules.conf"
if [ -d /usr/local/share/mailpulse/rules ]; then
	skip_subtest "rules are installed in /usr/local/share/mailpulse/rules: they come first"
else
	expect_equal "$("$MP" -c "$TMP/norules.conf" config | tail -1)" \
		"# phrase rules: $ROOT/rules (RulesDir unset: found in the checkout this program was built in, none being installed)"
	hits=$("$MP" -c "$TMP/norules.conf" rules test --json --text "How many more seats can we add for the finance team?")
	expect_match "$hits" '"category": "expansion"'
fi

begin_subtest "RulesDir set to a directory that does not exist: every command stops, exit 78, naming it"
printf 'RulesDir %s/no-such-rules\n' "$TMP" >>"$TMP/norules.conf"
expect_status 78 "$MP" -c "$TMP/norules.conf" accounts list
expect_equal "$(cat "$TMP/.err")" \
	"mailpulse: $TMP/norules.conf:3: RulesDir: no such directory (got \"$TMP/no-such-rules\")"
expect_status 78 "$MP" -c "$TMP/norules.conf" config

if [ "$(id -u)" != 0 ] || ! command -v setpriv >/dev/null || ! getent passwd daemon >/dev/null; then
	begin_subtest "root and a group member on a database someone else owns"
	skip_subtest "needs root, setpriv and the daemon user"
	exit 0
fi

# the database directory: nobody's, read by the group nogroup
chmod 0755 "$TMP"
install -d -o nobody -g nogroup -m 0750 "$TMP/lib"
DB=$TMP/lib/mailpulse.db
new_config "$TMP/mp.conf"
sed -i "s|^Database .*|Database $DB|" "$TMP/mp.conf"
chmod 0644 "$TMP/mp.conf"
mp() { "$MP" -c "$TMP/mp.conf" --as-of "$DAY" "$@"; }
# as_member CMD... - run CMD as daemon, whose only group is nogroup
as_member() { (cd / && setpriv --reuid=daemon --regid=nogroup --clear-groups "$@"); }
owners() { for f in "$DB" "$DB-wal" "$DB-shm"; do stat -c '%U:%G %a' "$f"; done | sort -u; }
count() { sqlite3 -batch -noheader "file:$DB?mode=ro" "$1"; }

begin_subtest "run as root, the first write creates the database its directory owner's, 0640, -wal and -shm too"
(umask 022 && "$MP" -c "$TMP/mp.conf" accounts import "$ROOT/sample/accounts.csv" >/dev/null) ||
	_fail "accounts import failed"
expect_equal "$(owners)" "nobody:nogroup 640"
"$MP" -c "$TMP/mp.conf" ingest "$ROOT/sample/mail" "$ROOT/sample/live" >/dev/null 2>&1
"$MP" -c "$TMP/mp.conf" snapshot --from 2026-08-26 --to 2026-11-24 >/dev/null
expect_equal "$(owners)" "nobody:nogroup 640"

begin_subtest "a member of the group reads while no writer runs; writing is refused, naming the owner"
out=$(as_member "$MP" -c "$TMP/mp.conf" accounts list 2>&1)
expect_equal "$?" "0"
expect_match "$out" '^Acme Logistics '
out=$(as_member "$MP" -c "$TMP/mp.conf" accounts import "$ROOT/sample/accounts.csv" 2>&1)
expect_equal "$? $out" "77 mailpulse: $DB: permission denied (owned by nobody:nogroup, mode 0640: only the nobody user writes the database: run this as that user, e.g. runuser -u nobody -- mailpulse ..., or as root)"

begin_subtest "a member previews the digest of a day nobody snapshotted: what a writer would store, stored nowhere"
before=$(count "SELECT count(*) FROM snapshots WHERE day = '$DAY'")
expect_equal "$before" "0"
as_member "$MP" -c "$TMP/mp.conf" --as-of $DAY digest --json >"$TMP/member.json" 2>"$TMP/member.err" ||
	_fail "member's preview: $(cat "$TMP/member.err")"
as_member "$MP" -c "$TMP/mp.conf" --as-of $DAY digest --am claire@northwind-analytics.com --stdout \
	>"$TMP/member.eml" 2>&1 || _fail "member's --stdout: $(head -3 "$TMP/member.eml")"
expect_match "$(cat "$TMP/member.eml")" '^To: claire@northwind-analytics.com'
as_member "$MP" -c "$TMP/mp.conf" --as-of $DAY report --json >"$TMP/member-report.json" ||
	_fail "member's report preview"
expect_equal "$(count "SELECT count(*) FROM snapshots WHERE day = '$DAY'")" "0"
# root's preview writes nothing either: the database and its WAL are as they were
sums=$(md5sum "$DB" "$DB-wal")
mp digest --stdout >/dev/null 2>&1 || _fail "root's preview failed"
mp report --stdout >/dev/null 2>&1 || _fail "root's report preview failed"
expect_equal "$(md5sum "$DB" "$DB-wal")" "$sums"
# the day stored, the same models
mp snapshot >/dev/null
mp digest --json >"$TMP/stored.json"
expect_equal "$(cat "$TMP/member.json")" "$(cat "$TMP/stored.json")"
mp report --json >"$TMP/stored-report.json"
expect_equal "$(cat "$TMP/member-report.json")" "$(cat "$TMP/stored-report.json")"

begin_subtest "root's preview into someone's Maildir is delivered theirs, as an MDA would"
install -d -o daemon -g daemon -m 0700 "$TMP/am-maildir"
out=$(mp digest --am claire@northwind-analytics.com --maildir "$TMP/am-maildir" 2>&1) || _fail "$out"
expect_equal "$(find "$TMP/am-maildir" -mindepth 1 -printf '%P %u:%g\n' | sed 's/^new\/[^ ]*/new\/MESSAGE/' | sort)" \
	"cur daemon:daemon
new daemon:daemon
new/MESSAGE daemon:daemon
tmp daemon:daemon"

begin_subtest "a member's dry runs count exactly what root's forget and purge then erase; root's dry run writes nothing"
as_member "$MP" -c "$TMP/mp.conf" forget --dry-run --json chateauvins.fr >"$TMP/dry.json" ||
	_fail "member's forget --dry-run"
sums=$(md5sum "$DB" "$DB-wal")
mp forget --dry-run chateauvins.fr >/dev/null || _fail "root's dry run"
mp purge --dry-run >/dev/null || _fail "root's purge dry run"
expect_equal "$(md5sum "$DB" "$DB-wal")" "$sums"
mp forget --json chateauvins.fr >"$TMP/real.json" || _fail "forget"
expect_equal "$(cat "$TMP/dry.json")" "$(cat "$TMP/real.json")"
expect_match "$(cat "$TMP/real.json")" '"deleted": [1-9]'
# Retention (730 days) as of 2029: everything before 2027 loses its text
as_member "$MP" -c "$TMP/mp.conf" --as-of 2029-01-01 purge --dry-run --json >"$TMP/purge-dry.json" ||
	_fail "member's purge --dry-run"
"$MP" -c "$TMP/mp.conf" --as-of 2029-01-01 purge --json >"$TMP/purge.json" || _fail "purge"
expect_equal "$(cat "$TMP/purge-dry.json")" "$(cat "$TMP/purge.json")"
expect_match "$(cat "$TMP/purge.json")" '"changed": [1-9]'
expect_equal "$(owners)" "nobody:nogroup 640"
