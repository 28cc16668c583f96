#!/bin/bash
# T110-feedback.sh - the feedback loop through a real Postfix.
#
# A private Postfix (bench/postfix-instance.sh) with the set-up of the
# admin guide: a pipe(8) transport running `mailpulse feedback --sender
# ${sender}` as an unprivileged user (here nobody, who owns the database
# as the mailpulse user does in a real install) and a transport_maps entry
# sending mail for the feedback address to it.  The sample company's
# digests go out over SMTP through that Postfix into the Maildir; claire's
# "Wrong" link is turned into a reply as a mail client does, sent over
# SMTP to the feedback address, and must land in the database.  A forged
# reply is delivered (exit 0: no bounce to a forged sender) and changes
# nothing; a reply that meets a locked database is deferred by Postfix and
# recorded once the queue is flushed; the next day's digest does not raise
# the item judged wrong.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/tests/e2e/e2e-lib.sh"
e2e_require
FB=feedback@northwind-analytics.com
CLAIRE=claire@northwind-analytics.com
BOB=bob.stone@northwind-analytics.com
DB=$TMP/db/mailpulse.db
mkdir -p "$TMP/db"
chown nobody:nogroup "$TMP/db"
new_config "$TMP/mp.conf" "Database $DB" "FeedbackAddress $FB" "Syslog no" \
	"DigestFrom mailpulse <mailpulse@northwind-analytics.com>" \
	"DigestTransport smtp" "SmtpServer 127.0.0.1:$SMTP_PORT"
chmod 0644 "$TMP/mp.conf"
# mp - the CLI as the database's owner (nobody here, mailpulse in a real install)
mp() { setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$MP" -c "$TMP/mp.conf" "$@"; }

# The admin guide's set-up, with this test's paths and user.
PF_MAIN_EXTRA="transport_maps = inline:{ $FB=mailpulse-feedback: }"
PF_MASTER_EXTRA="mailpulse-feedback unix - n n - 2 pipe
  user=nobody argv=$MP -c $TMP/mp.conf feedback --sender \${sender}"

# wait_qid QID STATUS - until Postfix logged QID's delivery with STATUS (30 s)
wait_qid() {
	local i
	for i in $(seq 300); do
		maillog | grep -q " $1: to=<.*status=$2" && return 0
		sleep 0.1
	done
	return 1
}

# qid_line QID - Postfix's delivery line(s) for QID
qid_line() { maillog | grep " $1: to=<"; }

# reply FROM SUBJECT FILE - the message a mail client makes of a mailto: link
reply() {
	printf 'From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@client.test>\n\n\n' \
		"$1" "$FB" "$2" "$(date -R)" "$RANDOM$RANDOM" >"$3"
}

# verdicts - "VERDICT KIND" of every verdict in the database, sorted
verdicts() {
	mp feedback --list --json | python3 -c 'import json,sys; print("\n".join(sorted(r["verdict"] + " " + r["kind"] for r in json.load(sys.stdin))))'
}

begin_subtest "the sample company is stored, in a database the pipe's user owns"
mp accounts import "$ROOT/sample/accounts.csv" >/dev/null &&
	mp ingest "$ROOT/sample/mail" "$ROOT/sample/live" >/dev/null &&
	mp snapshot --from 2026-08-26 --to 2026-11-25 >/dev/null
expect_equal "$?" "0"
expect_equal "$(stat -c %U "$DB")" "nobody"

begin_subtest "the private Postfix starts with the feedback pipe transport"
postfix_start "" 2>"$TMP/pf.err" || _fail "$(cat "$TMP/pf.err")"
expect_equal "$(postconf -c "$E2E_PF" -h transport_maps)" "inline:{ $FB=mailpulse-feedback: }"
expect_match "$(postconf -c "$E2E_PF" -M mailpulse-feedback/unix)" "pipe .*user=nobody argv=.* feedback --sender \\$\\{sender\\}"

begin_subtest "the digests go out through Postfix; claire's carries the links"
mp --as-of 2026-11-25 digest --send 2>"$TMP/err"
expect_equal "$?" "0"
for _ in $(seq 300); do [ "$(ls "$MAILDIR/new" 2>/dev/null | wc -l)" -ge 2 ] && break; sleep 0.1; done
digest=$(grep -l -i "^X-Mailpulse-Digest: $CLAIRE 2026-11-25" "$MAILDIR"/new/* 2>/dev/null | head -1)
[ -n "$digest" ] || _fail "claire's digest was not delivered: $(tail -5 "$E2E_PF/log/maillog")"
python3 "$ROOT/tests/cli/feedback-links.py" "$digest" >"$TMP/links"
wrong_subject=$(grep -P "^Wrong\t$FB\tWrong: Churn risk " "$TMP/links" | cut -f3)
useful_subject=$(grep -P "^Useful\t$FB\tUseful: Champion departed " "$TMP/links" | cut -f3)
expect_match "$wrong_subject" '^Wrong: Churn risk \[mp-[a-z2-7]{10}-[a-z2-7]{10}\]$'
expect_match "$useful_subject" '^Useful: Champion departed \[mp-'

begin_subtest "claire's reply over SMTP goes through the pipe into the database"
reply "Claire Martin <$CLAIRE>" "$wrong_subject" "$TMP/wrong.eml"
qid=$(send_message "$CLAIRE" "$FB" "$TMP/wrong.eml")
expect_match "$qid" "^[0-9A-F]+$"
wait_qid "$qid" sent || _fail "not delivered: $(maillog | tail -5)"
expect_match "$(qid_line "$qid")" "to=<$FB>, relay=mailpulse-feedback, .*status=sent \\(delivered via mailpulse-feedback service \\(mailpulse: notice: feedback: recorded wrong on item"
reply "$CLAIRE" "$useful_subject" "$TMP/useful.eml"
qid=$(send_message "$CLAIRE" "$FB" "$TMP/useful.eml")
wait_qid "$qid" sent || _fail "not delivered: $(maillog | tail -5)"
expect_equal "$(verdicts)" "useful champion_departed
wrong churn_risk"
expect_equal "$(sqlite3 "$DB" "SELECT am, verdict FROM feedback WHERE kind = 'churn_risk'")" "$CLAIRE|wrong"

begin_subtest "a forged reply is delivered and dropped: no bounce, nothing changes"
sed "s/^From: .*/From: Bob Stone <$BOB>/; s/^Subject: Wrong/Subject: Useful/" "$TMP/wrong.eml" >"$TMP/forged.eml"
qid=$(send_message "$BOB" "$FB" "$TMP/forged.eml")
wait_qid "$qid" sent || _fail "not delivered: $(maillog | tail -5)"
expect_match "$(qid_line "$qid")" "status=sent .*feedback: refused: the tag is not the sender's"
# envelope and From disagreeing: refused by --sender ${sender}
sed 's/^Subject: Wrong/Subject: Useful/' "$TMP/wrong.eml" >"$TMP/spoofed.eml"
qid2=$(send_message "$BOB" "$FB" "$TMP/spoofed.eml")
wait_qid "$qid2" sent || _fail "not delivered: $(maillog | tail -5)"
expect_match "$(qid_line "$qid2")" "status=sent .*feedback: refused: the envelope sender is not the From"
pf_wait_queue "$E2E_PF" 10
expect_equal "$(maillog | grep -c -E "status=bounced|sender non-delivery notification")" "0"
expect_equal "$(verdicts)" "useful champion_departed
wrong churn_risk"

begin_subtest "a locked database: Postfix defers the reply, then a queue flush records it"
reply "Claire Martin <$CLAIRE>" "Re: $useful_subject" "$TMP/again.eml"
sed -i 's/^Subject: Re: Useful: Champion departed/Subject: Re: Wrong: Champion departed/' "$TMP/again.eml"
mkfifo "$TMP/lock.in"
setpriv --reuid=nobody --regid=nogroup --clear-groups -- sqlite3 "$DB" <"$TMP/lock.in" >"$TMP/lock.out" 2>&1 &
lock_pid=$!
exec 7>"$TMP/lock.in"
echo "BEGIN IMMEDIATE; SELECT 'locked';" >&7
for _ in $(seq 100); do grep -q locked "$TMP/lock.out" && break; sleep 0.1; done
expect_equal "$(cat "$TMP/lock.out")" "locked"
qid=$(send_message "$CLAIRE" "$FB" "$TMP/again.eml")
wait_qid "$qid" deferred || _fail "not deferred: $(maillog | tail -5)"
expect_match "$(qid_line "$qid")" "status=deferred .*not recorded, to be retried"
echo "ROLLBACK;" >&7
exec 7>&-
wait "$lock_pid"
postqueue -c "$E2E_PF" -f
wait_qid "$qid" sent || _fail "not delivered after the flush: $(maillog | tail -5)"
expect_equal "$(verdicts)" "wrong champion_departed
wrong churn_risk"

begin_subtest "the next digest does not raise the items judged wrong"
mp --as-of 2026-11-26 snapshot >/dev/null
ids=$(mp --as-of 2026-11-26 digest --am "$CLAIRE" --json | python3 -c 'import json,sys; print(" ".join(a["kind"] for d in json.load(sys.stdin) for c in d["accounts"] for a in c["alerts"]))')
expect_no_match "$ids" "churn_risk|champion_departed"
expect_match "$(mp --as-of 2026-11-26 report --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["alert_precision"])')" \
	"'kind': 'churn_risk', 'useful': 0, 'wrong': 1, 'precision': 0.0"
