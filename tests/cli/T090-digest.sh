#!/bin/bash
# T090-digest.sh - `mailpulse digest` and `mailpulse report` from model
# files (--model): output modes, sendmail and SMTP transports, one digest
# per AM and day, nothing sent when nothing is new, hostile models.
#
# Every message is checked by digest-check.py (Python's email parser:
# headers, parts, width, ranking, evidence, HTML tags).  The sendmail is a
# script recording its arguments and input; the SMTP server is
# smtp-sink.py.
. "$(dirname "$0")/../lib.sh"
DATA=$ROOT/tests/data/digest
CHECK=$ROOT/tests/cli/digest-check.py
SINK=$ROOT/tests/cli/smtp-sink.py

# a sendmail(1) stand-in: arguments to sendmail.args, input to sendmail.N.eml
cat >"$TMP/sendmail" <<EOF
#!/bin/sh
n=\$(ls "$TMP"/sendmail.*.eml 2>/dev/null | wc -l)
echo "\$*" >>"$TMP/sendmail.args"
cat >"$TMP/sendmail.\$((n + 1)).eml"
exit \${FAKE_SENDMAIL_EXIT:-0}
EOF
chmod +x "$TMP/sendmail"
new_config "$TMP/mp.conf" "SendmailPath $TMP/sendmail" \
	"DigestFrom Mailpulse <mailpulse@northwind-analytics.com>"
mp() { "$MP" -c "$TMP/mp.conf" "$@"; }
sends() { ls "$TMP"/sendmail.*.eml 2>/dev/null | wc -l; }

# sink_start [ARGS] - smtp-sink.py in the background; its port in $SINK_PORT
sink_start() {
	rm -f "$TMP/sink.port" "$TMP/sink.log"
	python3 "$SINK" "$TMP/sink.port" "$TMP/sink.log" "$@" &
	sink_pid=$!
	for _ in $(seq 50); do [ -s "$TMP/sink.port" ] && break; sleep 0.1; done
	SINK_PORT=$(cat "$TMP/sink.port")
}
sink_stop() { wait "$sink_pid" 2>/dev/null; }

begin_subtest "--model prints one digest that matches its model (headers, parts, ranking, evidence)"
mp digest --model "$DATA/claire.json" >"$TMP/claire.eml" 2>"$TMP/err"
expect_equal "$?" "0"
expect_equal "$(python3 "$CHECK" "$TMP/claire.eml" "$DATA/claire.json" --absent "$DATA/bob.json")" ""
expect_match "$(grep -i '^From:' "$TMP/claire.eml")" "mailpulse@northwind-analytics.com"

begin_subtest "hostile strings come out inert in both parts and in no header"
mp digest --model "$DATA/hostile.json" >"$TMP/hostile.eml"
expect_equal "$(python3 "$CHECK" "$TMP/hostile.eml" "$DATA/hostile.json")" ""
expect_no_match "$(grep -c -i -E '^(bcc|x-injected|subject: fake)' "$TMP/hostile.eml")" "[1-9]"

begin_subtest "an AM address carrying CRLF makes no message (exit 65)"
expect_status 65 mp digest --model "$DATA/hostile-am.json"
expect_match "$(cat "$TMP/.err")" "\"am\" is not a plain address"
expect_equal "$(wc -c <"$TMP/.out")" "0"

begin_subtest "--am picks one AM's model from a file holding several; the other's accounts are absent"
mp digest --model "$DATA/team.json" --am bob.stone@northwind-analytics.com >"$TMP/bob.eml"
expect_equal "$(python3 "$CHECK" "$TMP/bob.eml" "$DATA/bob.json" --absent "$DATA/claire.json")" ""
expect_status 65 mp digest --model "$DATA/team.json" --am nobody@northwind-analytics.com

begin_subtest "several models on stdout are separated as an mbox"
mp digest --model "$DATA/team.json" >"$TMP/team.mbox"
expect_equal "$(grep -c '^From mailpulse ' "$TMP/team.mbox")" "2"
expect_equal "$(python3 -c 'import mailbox,sys; print(len(mailbox.mbox(sys.argv[1])))' "$TMP/team.mbox")" "2"

begin_subtest "--json prints the models; --am filters them"
mp digest --model "$DATA/team.json" --json >"$TMP/models.json"
expect_equal "$(json_check "$TMP/models.json")" ""
expect_equal "$(python3 -c 'import json,sys; print([m["am"] for m in json.load(open(sys.argv[1]))])' "$TMP/models.json")" \
	"['claire@northwind-analytics.com', 'bob.stone@northwind-analytics.com']"
expect_equal "$(mp digest --model "$DATA/team.json" --json --am claire@northwind-analytics.com | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" "1"

begin_subtest "--maildir delivers into DIR/new under a unique name and prints it"
mp digest --model "$DATA/claire.json" --maildir "$TMP/Maildir" >"$TMP/path" 2>"$TMP/err"
expect_equal "$?" "0"
expect_equal "$(ls "$TMP/Maildir/new" | wc -l) $(ls "$TMP/Maildir/tmp" | wc -l)" "1 0"
expect_equal "$(cat "$TMP/path")" "$(ls -d "$TMP"/Maildir/new/*)"
expect_equal "$(python3 "$CHECK" "$(cat "$TMP/path")" "$DATA/claire.json")" ""
mp digest --model "$DATA/claire.json" --maildir "$TMP/Maildir" >/dev/null
expect_equal "$(ls "$TMP/Maildir/new" | wc -l)" "2"

begin_subtest "--send runs sendmail -oi -f FROM -- AM with the message on its input"
mp digest --model "$DATA/claire.json" --send 2>"$TMP/err"
expect_equal "$?" "0"
expect_equal "$(cat "$TMP/sendmail.args")" "-oi -f mailpulse@northwind-analytics.com -- claire@northwind-analytics.com"
expect_equal "$(python3 "$CHECK" "$TMP/sendmail.1.eml" "$DATA/claire.json")" ""
expect_match "$(cat "$TMP/err")" "sent for 2026-11-25 \(4 new items\)"
expect_equal "$(sql "SELECT am, day, items, transport FROM digests")" \
	"claire@northwind-analytics.com|2026-11-25|4|sendmail"
expect_equal "$(sql "SELECT message_id FROM digests")" \
	"$(python3 -c 'import email,sys; print(email.message_from_file(open(sys.argv[1]))["Message-ID"].strip("<>"))' "$TMP/sendmail.1.eml")"

begin_subtest "a second --send the same day sends nothing; --force sends again"
mp digest --model "$DATA/claire.json" --send 2>"$TMP/err"
expect_equal "$?" "0"
expect_equal "$(sends)" "1"
expect_match "$(cat "$TMP/err")" "already sent for 2026-11-25"
mp digest --model "$DATA/claire.json" --send --force 2>/dev/null
expect_equal "$(sends)" "2"
expect_equal "$(sql "SELECT count(*) FROM digests")" "1"

begin_subtest "another AM the same day is sent (idempotency is per AM)"
mp digest --model "$DATA/team.json" --send 2>"$TMP/err"
expect_equal "$(sends)" "3"
expect_equal "$(tail -1 "$TMP/sendmail.args")" "-oi -f mailpulse@northwind-analytics.com -- bob.stone@northwind-analytics.com"

begin_subtest "nothing new: nothing sent (DigestWhenEmpty no), sent with DigestWhenEmpty yes"
mp digest --model "$DATA/empty.json" --send 2>"$TMP/err"
expect_equal "$?" "0"
expect_equal "$(sends)" "3"
expect_match "$(cat "$TMP/err")" "nothing new for 2026-11-27, nothing sent"
echo "DigestWhenEmpty yes" >>"$TMP/mp.conf"
mp digest --model "$DATA/empty.json" --send 2>/dev/null
expect_equal "$(sends)" "4"
expect_match "$(grep '^Subject:' "$TMP/sendmail.4.eml")" "nothing new"
sed -i '/^DigestWhenEmpty/d' "$TMP/mp.conf"

begin_subtest "sendmail failing: exit 75 for its EX_TEMPFAIL, nothing recorded"
FAKE_SENDMAIL_EXIT=75 expect_status 75 mp digest --model "$DATA/hostile.json" --send
expect_equal "$(sql "SELECT count(*) FROM digests WHERE day = '2026-11-26'")" "0"
expect_match "$(cat "$TMP/.err")" "exited with status 75"

begin_subtest "SMTP transport: EHLO, MAIL, RCPT, DATA with dot-stuffing, QUIT"
sed -i '/^SmtpServer\|^DigestTransport/d' "$TMP/mp.conf"
sink_start
printf 'DigestTransport smtp\nSmtpServer 127.0.0.1:%s\n' "$SINK_PORT" >>"$TMP/mp.conf"
mp digest --model "$DATA/hostile.json" --send 2>"$TMP/err"
expect_equal "$?" "0"
sink_stop
expect_equal "$(grep -a -E '^(EHLO|MAIL|RCPT|DATA|QUIT)' "$TMP/sink.log" | sed 's/^EHLO .*/EHLO/' | tr -d '\r')" \
"EHLO
MAIL FROM:<mailpulse@northwind-analytics.com>
RCPT TO:<claire@northwind-analytics.com>
DATA
QUIT"
# the lines between DATA and "." un-stuffed give back a message that checks out
python3 - "$TMP/sink.log" "$TMP/smtp.eml" <<'PY'
import sys
raw = open(sys.argv[1], "rb").read().split(b"\r\n")
start = raw.index(b"DATA") + 1
end = raw.index(b".", start)
body = raw[start:end]
open(sys.argv[2] + ".stuffed", "w").write(str(sum(1 for l in body if l.startswith(b".."))))
open(sys.argv[2], "wb").write(b"\n".join(l[1:] if l.startswith(b".") else l for l in body) + b"\n")
PY
expect_no_match "$(cat "$TMP/smtp.eml.stuffed")" "^0$"
expect_equal "$(python3 "$CHECK" "$TMP/smtp.eml" "$DATA/hostile.json")" ""
expect_equal "$(sql "SELECT transport FROM digests WHERE day = '2026-11-26'")" "smtp"

begin_subtest "SMTP: a server without EHLO gets HELO"
sink_start --no-ehlo
sed -i "s/^SmtpServer .*/SmtpServer 127.0.0.1:$SINK_PORT/" "$TMP/mp.conf"
mp digest --model "$DATA/hostile.json" --send --force 2>"$TMP/err"
expect_equal "$?" "0"
sink_stop
expect_match "$(grep -a '^HELO' "$TMP/sink.log")" "^HELO "

begin_subtest "SMTP: 550 for the recipient is exit 65, 451 for DATA exit 75; nothing recorded"
sql "DELETE FROM digests"
sink_start --reply RCPT=550
sed -i "s/^SmtpServer .*/SmtpServer 127.0.0.1:$SINK_PORT/" "$TMP/mp.conf"
expect_status 65 mp digest --model "$DATA/claire.json" --send
sink_stop
expect_match "$(cat "$TMP/.err")" "refused RCPT TO:<claire@northwind-analytics.com>: 550"
sink_start --reply DATA=451
sed -i "s/^SmtpServer .*/SmtpServer 127.0.0.1:$SINK_PORT/" "$TMP/mp.conf"
expect_status 75 mp digest --model "$DATA/claire.json" --send
sink_stop
expect_equal "$(sql "SELECT count(*) FROM digests")" "0"

begin_subtest "SMTP: nobody listening is exit 75"
sed -i "s/^SmtpServer .*/SmtpServer 127.0.0.1:1/" "$TMP/mp.conf"
expect_status 75 mp digest --model "$DATA/claire.json" --send
expect_match "$(cat "$TMP/.err")" "cannot connect"

begin_subtest "a bad DigestTransport is a configuration error (78)"
sed -i "s/^DigestTransport .*/DigestTransport pigeon/" "$TMP/mp.conf"
expect_status 78 mp digest --model "$DATA/claire.json" --send
sed -i "s/^DigestTransport .*/DigestTransport sendmail/" "$TMP/mp.conf"

begin_subtest "usage errors: two output modes, a missing model file, a broken one"
expect_status 64 mp digest --model "$DATA/claire.json" --stdout --send
expect_status 66 mp digest --model "$TMP/absent.json"
printf '{"am": ' >"$TMP/broken.json"
expect_status 65 mp digest --model "$TMP/broken.json"
expect_match "$(cat "$TMP/.err")" "broken.json:1"

begin_subtest "computed from the database: each AM gets only their accounts, ranked, with evidence"
mp accounts import "$ROOT/sample/accounts.csv" >/dev/null 2>&1
mp ingest "$ROOT/sample/mail" "$ROOT/sample/live" >/dev/null 2>&1
mp --as-of 2026-11-25 snapshot --from 2026-10-01 --to 2026-11-25 >/dev/null 2>&1
mp --as-of 2026-11-25 digest --am claire@northwind-analytics.com --stdout >"$TMP/claire.eml"
expect_equal "$?" "0"
mp --as-of 2026-11-25 digest --am david.okafor@northwind-analytics.com --stdout >"$TMP/david.eml"
python3 - "$TMP/claire.eml" "$TMP/david.eml" >"$TMP/own.check" <<'PY'
import email, sys
from email import policy
# an account without alerts is only in the at-a-glance table, its name cut
# to 20 columns: look for the first 17 characters
for path in sys.argv[1:]:
    m = email.message_from_binary_file(open(path, "rb"), policy=policy.default)
    text = m.get_body(("plain",)).get_content()
    print(m["To"], [a for a in ("Acme Logistics", "Château Vins SA", "Brightwave Health",
                                 "Kessler Maschinenbau GmbH") if a[:17] in text])
PY
expect_equal "$(cat "$TMP/own.check")" "claire@northwind-analytics.com ['Acme Logistics', 'Château Vins SA']
david.okafor@northwind-analytics.com ['Brightwave Health', 'Kessler Maschinenbau GmbH']"
# Acme's champion left (auto-reply naming her successor, then a 5.1.1 bounce)
expect_match "$(cat "$TMP/claire.eml")" "Champion departed"
expect_match "$(cat "$TMP/claire.eml")" "james.wright@acme-logistics.com"

begin_subtest "computed digests: sent once a day, and what was sent is not new the next day"
sed -i "s/^DigestTransport .*/DigestTransport sendmail/" "$TMP/mp.conf"
new_items() {
	mp --as-of "$1" digest --am claire@northwind-analytics.com --json |
		python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["new_items"])'
}
new_today=$(new_items 2026-11-25)
mp --as-of 2026-11-25 digest --am claire@northwind-analytics.com --send 2>"$TMP/send1.err"
expect_equal "$?" "0"
expect_match "$(cat "$TMP/send1.err")" "sent for 2026-11-25 \\($new_today new item"
mp --as-of 2026-11-25 digest --am claire@northwind-analytics.com --send 2>"$TMP/send2.err"
expect_match "$(cat "$TMP/send2.err")" "already sent for 2026-11-25|nothing new for 2026-11-25"
new_tomorrow=$(new_items 2026-11-26)
[ "$new_today" -gt 0 ] || _fail "no new item on the first day"
[ "$new_tomorrow" -lt "$new_today" ] || _fail "new items the day after sending: $new_tomorrow (was $new_today)"

begin_subtest "report --model prints the portfolio: both parts, report header, 72 columns"
mp report --model "$DATA/portfolio.json" >"$TMP/report.eml"
expect_equal "$?" "0"
python3 - "$TMP/report.eml" >"$TMP/report.check" <<'PY'
import email, sys, unicodedata
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)
print(m["X-Mailpulse-Digest"], m.get_content_type(), [p.get_content_type() for p in m.iter_parts()])
text = m.get_body(("plain",)).get_content()
print(max(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in l) for l in text.split("\n")) <= 72)
print("<script>" not in m.get_body(("html",)).get_content(), "Gamma Grain" in text)
PY
expect_equal "$(cat "$TMP/report.check")" "portfolio 2026-11-25 multipart/alternative ['text/plain', 'text/html']
True
True True"

begin_subtest "report --send: to the addresses given, else ReportRecipients, else a usage error"
before=$(sends)
mp report --model "$DATA/portfolio.json" --send head@northwind-analytics.com,cfo@northwind-analytics.com 2>/dev/null
expect_equal "$(tail -1 "$TMP/sendmail.args")" \
	"-oi -f mailpulse@northwind-analytics.com -- head@northwind-analytics.com cfo@northwind-analytics.com"
expect_status 64 mp report --model "$DATA/portfolio.json" --send
echo "ReportRecipients vp@northwind-analytics.com" >>"$TMP/mp.conf"
mp report --model "$DATA/portfolio.json" --send 2>/dev/null
expect_equal "$(tail -1 "$TMP/sendmail.args")" "-oi -f mailpulse@northwind-analytics.com -- vp@northwind-analytics.com"
expect_equal "$(sends)" "$((before + 2))"
expect_status 65 mp report --model "$DATA/portfolio.json" --send 'x@y.example,-oQ/tmp@z.example'

begin_subtest "report from the database: UTF-8 names survive even when they would fit Latin-1"
mp --as-of 2026-11-25 report --stdout >"$TMP/portfolio-db.eml"
expect_equal "$?" "0"
got=$(python3 - "$TMP/portfolio-db.eml" <<'PY'
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)
print("Château Vins SA" in m.get_body(("plain",)).get_content(),
      "Château Vins SA" in m.get_body(("html",)).get_content())
PY
)
expect_equal "$got" "True True"
