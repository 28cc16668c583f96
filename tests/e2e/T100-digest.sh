#!/bin/bash
# T100-digest.sh - digests through a real MTA into the AMs' Maildir.
#
# A private Postfix (bench/postfix-instance.sh: its own main.cf, queue and
# maillog under $TMP, smtpd on a free loopback port, every recipient
# delivered into $TMP/pf/mail/inbox/) receives `mailpulse digest --send`
# twice over: by SMTP (DigestTransport smtp, SmtpServer its port) and by
# Postfix's own sendmail(1) pointed at the instance with MAIL_CONFIG.  Each
# delivered message is parsed back (tests/cli/digest-check.py: recipients,
# parts, ranking, evidence, escaping) and must hold none of the other AM's
# accounts.  First from fixture models (--model), then computed: the sample
# company plus a hostile customer message ingested and snapshotted, sent as
# of 2026-11-25 and checked against what `digest --json` computes.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/bench/postfix-instance.sh"
PF_SYNC_LOG=1  # pf_wait_queue also waits for the log: deliveries are read there
DATA=$ROOT/tests/data/digest
CHECK=$ROOT/tests/cli/digest-check.py
PF=$TMP/pf
INBOX=$PF/mail/inbox
pf_up=

if [ "$(id -u)" != 0 ]; then
	echo "SKIP $(basename "$0"): needs root (a private Postfix drops privileges)"
	exit 0
fi
if ! command -v postfix >/dev/null || [ ! -x /usr/sbin/sendmail ]; then
	echo "SKIP $(basename "$0"): Postfix is not installed (make deps)"
	exit 0
fi
trap '[ -n "$pf_up" ] && pf_stop "$PF"; end_subtest; rm -rf "$TMP"' EXIT
chmod 0755 "$TMP"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

new_config "$TMP/mp.conf" "DigestFrom mailpulse <mailpulse@northwind-analytics.com>" \
	"DigestTransport smtp" "SmtpServer 127.0.0.1:$PORT"
mp() { "$MP" -c "$TMP/mp.conf" "$@"; }

# wait_delivered N - until the inbox holds N messages (30 s), then until
# the queue is empty and the log holds every delivery (pf_wait_queue)
wait_delivered() {
	local i
	for i in $(seq 300); do
		[ "$(ls "$INBOX/new" 2>/dev/null | wc -l)" -ge "$1" ] && { pf_wait_queue "$PF" 30; return; }
		sleep 0.1
	done
	return 1
}

# delivered_to ADDRESS - the delivered file whose Delivered-To is ADDRESS
delivered_to() {
	grep -l -i "^Delivered-To: $1\$" "$INBOX"/new/* 2>/dev/null | head -1
}

begin_subtest "the private Postfix starts"
if pf_start "$PF" "$PORT" 2>"$TMP/pf.err"; then pf_up=1; else _fail "$(cat "$TMP/pf.err")"; fi

begin_subtest "digest --send over SMTP: each AM gets their digest in the Maildir"
[ -z "$pf_up" ] && skip_subtest "no Postfix" || {
	mp digest --model "$DATA/team.json" --send 2>"$TMP/err"
	expect_equal "$?" "0"
	wait_delivered 2 || _fail "not delivered: $(tail -5 "$PF/log/maillog")"
	expect_equal "$(ls "$INBOX/new" | wc -l)" "2"
	expect_equal "$(grep -c 'status=sent' "$PF/log/maillog")" "2"
}

begin_subtest "claire's digest parses back: recipients, parts, ranking, evidence; none of bob's accounts"
claire=$(delivered_to claire@northwind-analytics.com)
if [ -z "$claire" ]; then _fail "no message delivered to claire"; else
	expect_equal "$(python3 "$CHECK" "$claire" "$DATA/claire.json" --absent "$DATA/bob.json")" ""
	expect_match "$(grep -i '^Return-Path:' "$claire")" "<mailpulse@northwind-analytics.com>"
fi

begin_subtest "bob's digest holds bob's accounts and none of claire's"
bob=$(delivered_to bob.stone@northwind-analytics.com)
if [ -z "$bob" ]; then _fail "no message delivered to bob"; else
	expect_equal "$(python3 "$CHECK" "$bob" "$DATA/bob.json" --absent "$DATA/claire.json")" ""
fi

begin_subtest "a second run the same day delivers nothing"
mp digest --model "$DATA/team.json" --send 2>"$TMP/err"
expect_equal "$?" "0"
expect_equal "$(grep -c 'already sent' "$TMP/err")" "2"
# a submission is queued before `digest` returns (SMTP or postdrop), and the
# queue, maildrop included, is empty only once it is delivered
pf_wait_queue "$PF" 30
expect_equal "$(ls "$INBOX/new" | wc -l)" "2"

begin_subtest "digest --send through Postfix's sendmail(1) (MAIL_CONFIG): the hostile digest arrives inert"
[ -z "$pf_up" ] && skip_subtest "no Postfix" || {
	sed -i 's/^DigestTransport .*/DigestTransport sendmail/' "$TMP/mp.conf"
	echo "SendmailPath /usr/sbin/sendmail" >>"$TMP/mp.conf"
	MAIL_CONFIG=$PF mp digest --model "$DATA/hostile.json" --send 2>"$TMP/err"
	expect_equal "$?" "0"
	wait_delivered 3 || _fail "not delivered: $(tail -5 "$PF/log/maillog")"
	hostile=$(grep -l '^X-Mailpulse-Digest: claire@northwind-analytics.com 2026-11-26' "$INBOX"/new/* | head -1)
	if [ -z "$hostile" ]; then _fail "the hostile digest did not arrive"; else
		expect_equal "$(python3 "$CHECK" "$hostile" "$DATA/hostile.json")" ""
		expect_match "$(grep -c 'postfix.*/pickup' "$PF/log/maillog")" "^[1-9]"
	fi
	expect_equal "$(sqlite3 "$TMP/mailpulse.db" "SELECT group_concat(transport, ' ') FROM (SELECT transport FROM digests ORDER BY day, am)")" \
		"smtp smtp sendmail"
}

# Digests COMPUTED from a database: the sample company plus a hostile
# customer message, ingested and snapshotted, then `digest --send` as of
# 2026-11-25 over SMTP; each delivered message is checked against the model
# `digest --json` computes (same data, same day).
new_config "$TMP/computed.conf" "Database $TMP/computed.db" \
	"DigestFrom mailpulse <mailpulse@northwind-analytics.com>" \
	"DigestTransport smtp" "SmtpServer 127.0.0.1:$PORT"
cmp_mp() { "$MP" -c "$TMP/computed.conf" --as-of 2026-11-25 "$@"; }
python3 "$ROOT/tests/cli/hostile-mail.py" "$TMP/hostile.eml"
sample_history "$TMP/computed.conf" "$TMP/hostile.eml"
cmp_mp digest --json >"$TMP/computed.json"
model_of "$TMP/computed.json" claire@northwind-analytics.com >"$TMP/c-claire.json"
model_of "$TMP/computed.json" david.okafor@northwind-analytics.com >"$TMP/c-david.json"
before=$(ls "$INBOX/new" | wc -l)
ls "$INBOX/new" >"$TMP/fixture-digests"
# delivered_computed ADDRESS - the computed digest delivered to ADDRESS
# (the fixture models above have digests of the same AM and day)
delivered_computed() {
	local f
	for f in $(ls "$INBOX/new" | grep -v -x -F -f "$TMP/fixture-digests"); do
		grep -q -i "^X-Mailpulse-Digest: $1 2026-11-25" "$INBOX/new/$f" && echo "$INBOX/new/$f"
	done | head -1
}

begin_subtest "computed: digest --send from the sample's database reaches both AMs"
[ -z "$pf_up" ] && skip_subtest "no Postfix" || {
	cmp_mp digest --send 2>"$TMP/err"
	expect_equal "$?" "0"
	wait_delivered $((before + 2)) || _fail "not delivered: $(tail -5 "$PF/log/maillog")"
	expect_equal "$(ls "$INBOX/new" | wc -l)" "$((before + 2))"
}

begin_subtest "computed: claire's digest parses back (recipients, parts, ranking, escaping); none of david's accounts"
claire=$(delivered_computed claire@northwind-analytics.com)
if [ -z "$claire" ]; then _fail "no computed digest delivered to claire"; else
	expect_equal "$(python3 "$CHECK" "$claire" "$TMP/c-claire.json" --absent "$TMP/c-david.json")" ""
	expect_match "$(grep -i '^Delivered-To:' "$claire")" "claire@northwind-analytics.com"
	# ranking: Acme (enterprise, 240k) before Château Vins (smb, 24k)
	expect_equal "$(python3 -c 'import json,sys; print([a["account"] for a in json.load(open(sys.argv[1]))["accounts"] if a["alerts"]])' "$TMP/c-claire.json")" \
		"['Acme Logistics', 'Château Vins SA']"
	# escaping: the hostile sender's script is there, as text only
	expect_equal "$(python3 -c '
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)
t, h = m.get_body(("plain",)).get_content(), m.get_body(("html",)).get_content()
print("<script>" in t, "<script" in h, "&lt;script&gt;" in h.replace("<wbr>", ""))' "$claire")" "True False True"
fi

begin_subtest "computed: david's digest holds his accounts and none of claire's"
david=$(delivered_computed david.okafor@northwind-analytics.com)
if [ -z "$david" ]; then _fail "no computed digest delivered to david"; else
	expect_equal "$(python3 "$CHECK" "$david" "$TMP/c-david.json" --absent "$TMP/c-claire.json")" ""
fi

begin_subtest "computed: a second --send the same day sends nothing"
cmp_mp digest --send 2>"$TMP/err"
expect_equal "$?" "0"
# its alerts were marked sent: nothing is new any more (or, with
# DigestWhenEmpty, the digest is on record as sent)
expect_equal "$(grep -c -E 'already sent|nothing new for 2026-11-25, nothing sent' "$TMP/err")" "2"
expect_equal "$(sqlite3 "$TMP/computed.db" "SELECT count(*) FROM digests WHERE day = '2026-11-25'")" "2"
pf_wait_queue "$PF" 30
expect_equal "$(ls "$INBOX/new" | wc -l)" "$((before + 2))"
