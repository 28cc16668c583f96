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
# accounts.  The models are fixture files (--model); the analysis that
# computes them from mail is tested on its own.
. "$(dirname "$0")/../lib.sh"
. "$ROOT/bench/postfix-instance.sh"
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

# wait_delivered N - until the inbox holds N messages (30 s)
wait_delivered() {
	local i
	for i in $(seq 300); do
		[ "$(ls "$INBOX/new" 2>/dev/null | wc -l)" -ge "$1" ] && return 0
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
sleep 1
pf_wait_queue "$PF" 10
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
