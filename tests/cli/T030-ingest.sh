#!/bin/bash
# T030-ingest.sh - ingest: Maildir/mbox/eml, idempotency, bad files skipped.
. "$(dirname "$0")/../lib.sh"
new_config "$TMP/mp.conf"

# msg FILE FROM TO ID SUBJECT BODY - write one message (FILE "-": stdout)
msg() {
	if [ "$1" != - ]; then
		msg - "${@:2}" >"$1"
		return
	fi
	cat <<MSG
From: $2
To: $3
Message-ID: <$4>
Date: Tue, 01 Sep 2026 10:00:00 +0000
Subject: $5

$6
MSG
}

mkdir -p "$TMP/mail/cur" "$TMP/mail/new" "$TMP/mail/tmp" "$TMP/mail/.Sent/cur" \
	"$TMP/mail/.Sent/new" "$TMP/mail/.Sent/tmp"
msg "$TMP/mail/cur/1:2,S" "Ann Lee <ann@acme.com>" "claire@northwind-analytics.com" 1@acme.com \
	"Seats" "How many more seats would we need for the finance team?"
msg "$TMP/mail/new/2" "bob@acme.com" "claire@northwind-analytics.com" 2@acme.com "Hi" "Hello"
msg "$TMP/mail/tmp/3" "x@acme.com" "claire@northwind-analytics.com" 3@acme.com "tmp" "never read"
msg "$TMP/mail/.Sent/cur/4:2,S" "Claire <claire@northwind-analytics.com>" "ann@acme.com" \
	4@northwind-analytics.com "Re: Seats" "Twenty more seats."
msg "$TMP/mail/cur/5:2,S" "claire@northwind-analytics.com" "mark@northwind-analytics.com" \
	5@northwind-analytics.com "internal" "lunch?"
{
	echo "From ann@acme.com Tue Sep  1 10:00:00 2026"
	msg - "ann@acme.com" "claire@northwind-analytics.com" 6@acme.com "mbox one" \
		">From the mbox, quoted"
	echo
	echo "From ann@acme.com Tue Sep  1 11:00:00 2026"
	msg - "ann@acme.com" "claire@northwind-analytics.com" 7@acme.com "mbox two" "two"
} >"$TMP/archive.mbox"
msg "$TMP/one.eml" "carl@brightwave-health.com" "claire@northwind-analytics.com" 8@bw.com \
	"eml" "single file"

begin_subtest "ingest reads Maildir (cur, new, Maildir++ folders; not tmp), mbox and .eml"
out=$("$MP" -c "$TMP/mp.conf" ingest "$TMP/mail" "$TMP/archive.mbox" "$TMP/one.eml")
expect_match "$out" "^ingest: 7 messages in .*: 6 stored, 0 already stored, 1 skipped \(all internal 1\), 0 unparseable, 0 unreadable files$"
expect_equal "$(sql "SELECT count(*) FROM messages")" "6"
expect_equal "$(sql "SELECT count(*) FROM messages WHERE subject = 'tmp'")" "0"

begin_subtest "mbox >From quoting is undone"
expect_match "$(sql "SELECT text FROM messages WHERE message_id = '6@acme.com'")" "^From the mbox, quoted$"

begin_subtest "direction, account and thread are stored"
expect_equal "$(sql "SELECT direction FROM messages WHERE message_id = '4@northwind-analytics.com'")" "outbound"
expect_equal "$(sql "SELECT a.name FROM messages m JOIN accounts a ON a.id = m.account_id WHERE message_id = '1@acme.com'")" "acme.com"
expect_equal "$(sql "SELECT count(*) FROM messages WHERE account_id IS NULL")" "1"

begin_subtest "ingesting the same mail again stores nothing twice"
out=$("$MP" -c "$TMP/mp.conf" ingest "$TMP/mail" "$TMP/archive.mbox" "$TMP/one.eml")
expect_match "$out" ": 0 stored, 6 already stored, 1 skipped"
expect_equal "$(sql "SELECT count(*) FROM messages")" "6"
expect_equal "$(sql "SELECT count(*) FROM messages_fts")" "6"
expect_equal "$(sql "SELECT count(*) FROM participants")" "12"

begin_subtest "an unreadable file in the middle is reported and skipped, the rest stored"
mkdir -p "$TMP/more"
msg "$TMP/more/a.eml" "ann@acme.com" "claire@northwind-analytics.com" a@acme.com "a" "a"
ln -s "$TMP/nowhere" "$TMP/more/b.eml"
: >"$TMP/more/c.eml"
msg "$TMP/more/d.eml" "ann@acme.com" "claire@northwind-analytics.com" d@acme.com "d" "d"
expect_status 1 "$MP" -c "$TMP/mp.conf" ingest "$TMP/more"
expect_match "$(cat "$TMP/.err")" "ingest: $TMP/more/b.eml: .*skipped"
expect_match "$(cat "$TMP/.err")" "ingest: $TMP/more/c.eml: cannot parse"
expect_match "$(cat "$TMP/.out")" ": 2 stored, .* 1 unparseable, 1 unreadable files$"
expect_equal "$(sql "SELECT count(*) FROM messages WHERE message_id IN ('a@acme.com', 'd@acme.com')")" "2"

begin_subtest "-v says why each message was skipped"
out=$("$MP" -c "$TMP/mp.conf" ingest -v "$TMP/mail/cur" 2>&1)
expect_match "$out" "5:2,S: skipped: all internal"

begin_subtest "a missing path is reported, exit 1"
expect_status 1 "$MP" -c "$TMP/mp.conf" ingest "$TMP/absent"
expect_match "$(cat "$TMP/.err")" "absent"

begin_subtest "the database is in WAL mode with the current schema version"
expect_equal "$(sql "PRAGMA journal_mode")" "wal"
expect_equal "$(sql "PRAGMA user_version")" "$(sed -n 's/^#define MP_SCHEMA_VERSION //p' "$ROOT/include/store.h")"

begin_subtest "a FIFO in a Maildir is reported and skipped, never opened: ingest ends (it blocked forever)"
mkdir -p "$TMP/fifo/cur" "$TMP/fifo/new"
msg "$TMP/fifo/cur/1:2,S" "ann@acme.com" "claire@northwind-analytics.com" f1@acme.com "f" "f"
mkfifo "$TMP/fifo/new/0.fifo" "$TMP/plain.fifo"
expect_status 1 timeout 60 "$MP" -c "$TMP/mp.conf" ingest "$TMP/fifo" "$TMP/plain.fifo"
expect_match "$(cat "$TMP/.err")" "^mailpulse: ingest: $TMP/fifo/new/0.fifo: a FIFO \(named pipe\), not a mail file: skipped \(skipped\)$"
expect_match "$(cat "$TMP/.err")" "plain.fifo: a FIFO"
expect_equal "$(sql "SELECT count(*) FROM messages WHERE message_id = 'f1@acme.com'")" "1"

begin_subtest "symbolic links back up the tree: every directory walked once, every message once"
# two links back up at one level: the walk used to double at every level
mkdir -p "$TMP/loop/a"
msg "$TMP/loop/a/1.eml" "ann@acme.com" "claire@northwind-analytics.com" loop1@acme.com "l" "l"
ln -s .. "$TMP/loop/a/up1"
ln -s .. "$TMP/loop/a/up2"
ln -s a "$TMP/loop/b"
mkdir -p "$TMP/mdloop/cur"
msg "$TMP/mdloop/cur/1:2,S" "ann@acme.com" "claire@northwind-analytics.com" loop2@acme.com "l" "l"
ln -s . "$TMP/mdloop/.Again"
expect_status 1 timeout 60 "$MP" -c "$TMP/mp.conf" ingest -v "$TMP/loop" "$TMP/mdloop"
expect_match "$(cat "$TMP/.out")" "^ingest: 2 messages in "
expect_match "$(cat "$TMP/.err")" "$TMP/loop/a/up1: a directory already walked \(a symbolic link back into the walk\): skipped"
expect_match "$(cat "$TMP/.err")" "$TMP/mdloop/.Again: a directory already walked"
expect_equal "$(sql "SELECT count(*) FROM messages WHERE message_id LIKE 'loop%'")" "2"

begin_subtest "a message over MaximumBodyBytes: cut for parsing, stored as truncated with its real size"
new_config "$TMP/small.conf" "MaximumBodyBytes 4k"
sed -i "s|^Database .*|Database $TMP/mailpulse.db|" "$TMP/small.conf"
big=$(head -c 20000 /dev/zero | tr '\0' 'x')
msg "$TMP/big.eml" "ann@acme.com" "claire@northwind-analytics.com" big@acme.com "big" "We need more seats. $big"
size=$(stat -c %s "$TMP/big.eml")
expect_status 0 "$MP" -c "$TMP/small.conf" ingest "$TMP/big.eml"
expect_equal "$(sql "SELECT size, truncated FROM messages WHERE message_id = 'big@acme.com'")" "$size|1"
expect_equal "$(sql "SELECT length(text) < 4096 FROM messages WHERE message_id = 'big@acme.com'")" "1"
{
	echo "From ann@acme.com Tue Sep  1 10:00:00 2026"
	msg - "ann@acme.com" "claire@northwind-analytics.com" big2@acme.com "big2" "$big"
	echo
	echo "From ann@acme.com Tue Sep  1 11:00:00 2026"
	msg - "ann@acme.com" "claire@northwind-analytics.com" small2@acme.com "small2" "small"
} >"$TMP/big.mbox"
expect_status 0 "$MP" -c "$TMP/small.conf" ingest "$TMP/big.mbox"
expect_equal "$(sql "SELECT message_id, truncated, size > 20000 FROM messages WHERE message_id IN ('big2@acme.com', 'small2@acme.com') ORDER BY 1")" "big2@acme.com|1|1
small2@acme.com|0|0"

begin_subtest "MaximumParticipants: the rest counted and logged once, not stored; no contact each"
to=$(for i in $(seq 1 3000); do printf 'u%d@acme.com, ' "$i"; done)
msg "$TMP/many.eml" "ann@acme.com" "${to}claire@northwind-analytics.com" many@acme.com "many" "hi all"
new_config "$TMP/few.conf" "MaximumParticipants 50"
sed -i "s|^Database .*|Database $TMP/mailpulse.db|" "$TMP/few.conf"
contacts_before=$(sql "SELECT count(*) FROM contacts")
expect_status 0 "$MP" -c "$TMP/few.conf" ingest "$TMP/many.eml"
expect_equal "$(grep -c 'participants past MaximumParticipants' "$TMP/.err")" "1"
expect_match "$(cat "$TMP/.err")" "many.eml: 2952 participants past MaximumParticipants \(50\) not stored"
expect_equal "$(sql "SELECT count(*) FROM participants p JOIN messages m ON m.id = p.message_id WHERE m.message_id = 'many@acme.com'")" "50"
expect_equal "$(sql "SELECT count(*) FROM participants p JOIN messages m ON m.id = p.message_id WHERE m.message_id = 'many@acme.com' AND p.address = 'claire@northwind-analytics.com'")" "1"
expect_equal "$(( $(sql "SELECT count(*) FROM contacts") - contacts_before <= 50 ))" "1"
