#!/bin/bash
# T070-imap - `mailpulse ingest imaps://...` against a real Dovecot.
#
# A private Dovecot (tests/e2e/dovecot-instance.sh: Debian's
# dovecot-imapd, its own config, certificate and log under $TMP, loopback
# ports, no system service) serves a Maildir of ../shared/corpora
# messages readdressed as customer mail (generated mail when the corpora
# are absent).  Every message is stored once; a second run stores nothing
# new; a password or an OAuth 2 token (XOAUTH2, a JWT Dovecot validates
# itself) logs in; a run killed between committing messages and recording its
# position (a test hook, so the moment is certain) and a run killed by a
# plain SIGKILL both resume and store nothing twice; the messages stay
# unread; --all-folders reads Sent and not Trash; a renumbered folder
# (new UIDVALIDITY) is read anew without storing anything twice; a wrong password, a
# refused TLS handshake and an untrusted certificate are clear errors.
# The closing lines give the IMAP rate beside `ingest` of the same
# Maildir.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/dovecot-instance.sh"

why=
if [ "$(id -u)" != 0 ]; then
	why="needs root (Dovecot drops privileges)"
elif ! command -v dovecot >/dev/null || ! command -v openssl >/dev/null; then
	why="dovecot-imapd or openssl is not installed (make deps)"
elif [ ! -x "$MP" ]; then
	why="$MP is not built (make all)"
fi
if [ -n "$why" ]; then
	echo "SKIP $(basename "$0"): $why"
	exit 0
fi

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
DV=$TMP/dovecot
IMAPS_PORT=$(free_port)
IMAP_PORT=$(free_port)
USER_NAME=claire@northwind-analytics.com
N=300
trap 'dv_stop "$DV"; end_subtest; if [ -n "${E2E_KEEP:-}" ]; then echo "# kept $TMP"; else rm -rf "$TMP"; fi' EXIT
chmod 0755 "$TMP"

dv_fill_maildir "$DV" "$N"
dv_fill_maildir "$DV" 20 .Sent
dv_fill_maildir "$DV" 7 .Trash
# .Big: a 3 MB message (fetched in parts) and one whose single line is
# longer than libcurl's line buffer (fetched whole, its \Seen put back)
mkdir -p "$DV/Maildir/.Big/cur" "$DV/Maildir/.Big/new" "$DV/Maildir/.Big/tmp"
{
	printf 'From: Ann Lee <ann@acme.com>\nTo: claire@northwind-analytics.com\nSubject: big\n'
	printf 'Message-ID: <big-1@acme.com>\nMIME-Version: 1.0\n'
	printf 'Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nThe deck.\n'
	printf -- '--b\nContent-Type: application/pdf; name=deck.pdf\nContent-Transfer-Encoding: base64\n\n'
	head -c 2300000 /dev/urandom | base64 -w 76
	printf -- '--b--\n'
} >"$DV/Maildir/.Big/cur/1.big:2,"
{
	printf 'From: Ann Lee <ann@acme.com>\nTo: claire@northwind-analytics.com\nSubject: long line\n'
	printf 'Message-ID: <long-1@acme.com>\nContent-Type: text/html\n\n<p>'
	head -c 700000 /dev/zero | tr '\0' 'x'
	printf '</p>\n'
} >"$DV/Maildir/.Big/cur/2.long:2,"
chown -R nobody:nogroup "$DV/Maildir/.Big"
if ! dv_start "$DV" "$IMAPS_PORT" "$IMAP_PORT" "$USER_NAME" 's3cret pass'; then
	echo "FAIL dovecot did not start"
	exit 1
fi
printf 's3cret pass\n' >"$TMP/password"
new_config "$TMP/mp.conf" "ImapBytesPerDay 2500M"
URL="imaps://$USER_NAME@127.0.0.1:$IMAPS_PORT/INBOX"
KEY="$USER_NAME@127.0.0.1:$IMAPS_PORT/INBOX"

# imap_ingest DB [ARGS...] - ingest the INBOX over IMAP into DB
imap_ingest() {
	local db=$1
	shift
	"$MP" -c "$TMP/mp.conf" -d "$db" ingest --password-file "$TMP/password" \
		--ca-file "$DV/cert.pem" --rate unlimited "$@"
}
count() { sqlite3 -batch -noheader "$1" "SELECT count(*) FROM messages"; }
once() { sqlite3 -batch -noheader "$1" "SELECT count(*) FROM (SELECT message_id FROM messages GROUP BY message_id HAVING count(*) > 1)"; }
position() { sqlite3 -batch -noheader "$1" "SELECT last_uid FROM imap_mailboxes WHERE mailbox = '$KEY'" 2>/dev/null; }
unread() { find "$DV/Maildir/cur" -name '*:2,' | wc -l; }

begin_subtest "every message of the folder stored once"
unread_before=$(unread)
t0=$(date +%s.%N)
imap_ingest "$TMP/a.db" "$URL" >"$TMP/a.out" 2>"$TMP/a.err"
t1=$(date +%s.%N)
expect_equal "$?" "0"
expect_match "$(cat "$TMP/a.out")" "ingest: $KEY: $N new messages in"
expect_match "$(cat "$TMP/a.out")" ": $N stored, 0 already stored, 0 skipped, 0 unparseable"
expect_equal "$(count "$TMP/a.db") $(once "$TMP/a.db") $(position "$TMP/a.db")" "$N 0 $N"

begin_subtest "the backfill leaves every message as it was (unread stays unread)"
expect_equal "$(unread)" "$unread_before"

begin_subtest "a second run stores nothing new and says where it resumed"
imap_ingest "$TMP/a.db" "$URL" >"$TMP/a2.out" 2>&1
expect_match "$(cat "$TMP/a2.out")" "$KEY: 0 new messages in .*, resumed after UID $N"
expect_equal "$(count "$TMP/a.db")" "$N"

begin_subtest "killed after a commit, before its position: the next run resumes, nothing twice"
MAILPULSE_DEBUG_IMAP_KILL_AT=200 imap_ingest "$TMP/k.db" "$URL" >"$TMP/k.out" 2>&1
status=$?
expect_equal "$status" "137"
expect_equal "$(count "$TMP/k.db") $(position "$TMP/k.db")" "200 100"
imap_ingest "$TMP/k.db" "$URL" >"$TMP/k2.out" 2>&1
expect_match "$(cat "$TMP/k2.out")" "$KEY: $((N - 100)) new messages .*resumed after UID 100"
expect_match "$(cat "$TMP/k2.out")" ": $((N - 200)) stored, 100 already stored"
expect_equal "$(count "$TMP/k.db") $(once "$TMP/k.db") $(position "$TMP/k.db")" "$N 0 $N"

begin_subtest "killed with SIGKILL mid-run (throttled): the next run resumes, nothing twice"
# 10 GB a day (some 120 KB/s: seconds for the folder): killed once a
# position is recorded, wherever the run then is; the verdicts are on what
# the next run does from there, not on where the kill landed
"$MP" -c "$TMP/mp.conf" -d "$TMP/s.db" ingest --password-file "$TMP/password" \
	--ca-file "$DV/cert.pem" --rate 10G "$URL" >"$TMP/s.out" 2>&1 &
pid=$!
for i in $(seq 300); do
	[ -n "$(position "$TMP/s.db")" ] && break
	sleep 0.1
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
at=$(position "$TMP/s.db")
expect_match "$at" '^[0-9]+$'
imap_ingest "$TMP/s.db" "$URL" >"$TMP/s2.out" 2>&1
if [ "${at:-0}" -lt "$N" ]; then
	expect_match "$(cat "$TMP/s2.out")" "resumed after UID $at"
fi
expect_equal "$(count "$TMP/s.db") $(once "$TMP/s.db") $(position "$TMP/s.db")" "$N 0 $N"

begin_subtest "--all-folders: INBOX, Sent and Big, not Trash"
"$MP" -c "$TMP/mp.conf" -d "$TMP/f.db" ingest --password-file "$TMP/password" \
	--ca-file "$DV/cert.pem" --rate unlimited --all-folders \
	"imaps://$USER_NAME@127.0.0.1:$IMAPS_PORT/" >"$TMP/f.out" 2>&1
expect_match "$(cat "$TMP/f.out")" "/INBOX: $N new messages"
expect_match "$(cat "$TMP/f.out")" "/Sent: 20 new messages"
expect_match "$(cat "$TMP/f.out")" "/Big: 2 new messages"
expect_no_match "$(cat "$TMP/f.out")" "Trash"
expect_equal "$(count "$TMP/f.db")" "$((N + 22))"

begin_subtest "a 3 MB message and one with a 700 KB line arrive whole, and stay unread"
"$MP" -c "$TMP/mp.conf" -d "$TMP/b.db" ingest --password-file "$TMP/password" \
	--ca-file "$DV/cert.pem" --rate unlimited "imaps://$USER_NAME@127.0.0.1:$IMAPS_PORT/Big" \
	>"$TMP/b.out" 2>&1
expect_match "$(cat "$TMP/b.out")" ": 2 stored"
expect_equal "$(sqlite3 -batch -noheader "$TMP/b.db" "SELECT a.size FROM attachments a JOIN messages m ON m.id = a.message_id WHERE m.message_id = 'big-1@acme.com'")" "2300000"
expect_equal "$(sqlite3 -batch -noheader "$TMP/b.db" "SELECT size > 700000 AND length(text) > 1000 FROM messages WHERE message_id = 'long-1@acme.com'")" "1"
expect_equal "$(find "$DV/Maildir/.Big/cur" -name '*:2,' | wc -l)" "2"

begin_subtest "the same Maildir ingested from disk first: IMAP stores nothing twice"
t2=$(date +%s.%N)
"$MP" -c "$TMP/mp.conf" -d "$TMP/m.db" ingest "$DV/Maildir/cur" >"$TMP/m.out" 2>&1
t3=$(date +%s.%N)
expect_match "$(cat "$TMP/m.out")" ": $N stored"
imap_ingest "$TMP/m.db" "$URL" >"$TMP/m2.out" 2>&1
expect_match "$(cat "$TMP/m2.out")" ": 0 stored, $N already stored"

begin_subtest "a wrong password is a clear error (exit 77), nothing stored"
printf 'wrong\n' >"$TMP/bad"
expect_status 77 "$MP" -c "$TMP/mp.conf" -d "$TMP/w.db" ingest --password-file "$TMP/bad" \
	--ca-file "$DV/cert.pem" "$URL"
expect_match "$(cat "$TMP/.err")" "127.0.0.1:$IMAPS_PORT: login refused for $USER_NAME \(wrong user name, password or token\)"

begin_subtest "the password from an environment variable, never from the URL"
MAILPULSE_IMAP_PASSWORD='s3cret pass' "$MP" -c "$TMP/mp.conf" -d "$TMP/e.db" ingest \
	--ca-file "$DV/cert.pem" "$URL" >"$TMP/e.out" 2>&1
expect_match "$(cat "$TMP/e.out")" ": $N stored"
expect_status 64 "$MP" -c "$TMP/mp.conf" -d "$TMP/e.db" ingest \
	"imaps://$USER_NAME:s3cret@127.0.0.1:$IMAPS_PORT/INBOX"
expect_match "$(cat "$TMP/.err")" "a password does not belong on the command line"
expect_status 64 env -u MAILPULSE_IMAP_PASSWORD "$MP" -c "$TMP/mp.conf" -d "$TMP/e.db" ingest "$URL"
expect_match "$(cat "$TMP/.err")" "no credentials: give --password-file"
expect_status 64 "$MP" -c "$TMP/mp.conf" -d "$TMP/e.db" ingest --token-command "exit 3" "$URL"
expect_match "$(cat "$TMP/.err")" 'token-command "exit 3" failed'

begin_subtest "an OAuth 2 token (SASL XOAUTH2) from a file or a command; a bad token is refused"
dv_token "$DV" "$IMAPS_PORT" "$USER_NAME" >"$TMP/token"
"$MP" -c "$TMP/mp.conf" -d "$TMP/o.db" ingest --token-file "$TMP/token" \
	--ca-file "$DV/cert.pem" --rate unlimited "imaps://$USER_NAME@127.0.0.1:$IMAPS_PORT/Sent" \
	>"$TMP/o.out" 2>&1
expect_match "$(cat "$TMP/o.out")" ": 20 stored"
expect_match "$(cat "$DV/dovecot.log")" "Login: user=<$USER_NAME>, method=XOAUTH2"
"$MP" -c "$TMP/mp.conf" -d "$TMP/o2.db" ingest --token-command "cat '$TMP/token'" \
	--ca-file "$DV/cert.pem" --rate unlimited "imaps://$USER_NAME@127.0.0.1:$IMAPS_PORT/Sent" \
	>"$TMP/o2.out" 2>&1
expect_match "$(cat "$TMP/o2.out")" ": 20 stored"
dv_token "$DV" "$IMAPS_PORT" "$USER_NAME" not-the-key >"$TMP/badtoken"
expect_status 77 "$MP" -c "$TMP/mp.conf" -d "$TMP/o3.db" ingest --token-file "$TMP/badtoken" \
	--ca-file "$DV/cert.pem" "imaps://$USER_NAME@127.0.0.1:$IMAPS_PORT/Sent"
expect_match "$(cat "$TMP/.err")" "login refused for $USER_NAME"

begin_subtest "a refused TLS handshake and an untrusted certificate are clear errors (exit 74)"
expect_status 74 "$MP" -c "$TMP/mp.conf" -d "$TMP/t.db" ingest --password-file "$TMP/password" \
	--ca-file "$DV/cert.pem" "imaps://$USER_NAME@127.0.0.1:$IMAP_PORT/INBOX"
expect_match "$(cat "$TMP/.err")" "127.0.0.1:$IMAP_PORT: TLS refused: .*imaps:// needs a TLS port"
expect_status 74 "$MP" -c "$TMP/mp.conf" -d "$TMP/t.db" ingest --password-file "$TMP/password" "$URL"
expect_match "$(cat "$TMP/.err")" "127.0.0.1:$IMAPS_PORT: TLS certificate not trusted .*give its CA with --ca-file"
expect_equal "$(count "$TMP/t.db" 2>/dev/null || echo 0)" "0"

begin_subtest "imap:// with STARTTLS works as imaps://"
"$MP" -c "$TMP/mp.conf" -d "$TMP/st.db" ingest --password-file "$TMP/password" \
	--ca-file "$DV/cert.pem" "imap://$USER_NAME@127.0.0.1:$IMAP_PORT/Sent" >"$TMP/st.out" 2>&1
expect_match "$(cat "$TMP/st.out")" ": 20 stored"

begin_subtest "a folder renumbered (new UIDVALIDITY) is read anew, nothing stored twice"
dv_stop "$DV"
rm -f "$DV/Maildir/dovecot-uidlist" "$DV/Maildir/dovecot-uidvalidity"* "$DV/Maildir/dovecot.index"*
dv_start "$DV" "$IMAPS_PORT" "$IMAP_PORT" "$USER_NAME" 's3cret pass' >/dev/null 2>&1
imap_ingest "$TMP/a.db" "$URL" >"$TMP/v.out" 2>&1
expect_match "$(cat "$TMP/v.out")" "$KEY: UIDVALIDITY changed \\([0-9]+ -> [0-9]+\\): reading the folder anew"
expect_match "$(cat "$TMP/v.out")" ": 0 stored, $N already stored"
expect_equal "$(count "$TMP/a.db") $(position "$TMP/a.db")" "$N $N"

begin_subtest "stopping Dovecot leaves no process behind"
dv_stop "$DV"
expect_equal "$(dv_processes "$DV")" ""

imap_rate=$(echo "$N / ($t1 - $t0)" | bc -l)
disk_rate=$(echo "$N / ($t3 - $t2)" | bc -l)
printf '# rate: %d messages over IMAP (local Dovecot, TLS) %.0f msg/s; the same Maildir from disk %.0f msg/s\n' \
	"$N" "$imap_rate" "$disk_rate"
