#!/bin/bash
# demo.sh - what `make demo` runs: mailpulse end to end on the sample company.
#
#   1. import the CRM export (sample/accounts.csv)
#   2. backfill the history (sample/mail, to 2026-11-09) with `mailpulse ingest`,
#      as an admin does on day one
#   3. start a private Postfix with mailpulse-milter in its mail path and send
#      the last two weeks (sample/live) through it over SMTP: captured live
#   4. show accounts, contacts, searches and the capture status, then stop
#      everything it started
#
# Step 3 needs root (Postfix drops to its own user); without root the live
# mail is ingested instead.  MAILPULSE_DEMO_KEEP=1 keeps the database and
# prints where it is.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
MP=$ROOT/build/mailpulse
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mailpulse-demo.XXXXXX")
chmod 0755 "$WORK"
. "$ROOT/bench/postfix-instance.sh"
milter_pid=
postfix_up=

cleanup() {
	[ -n "$postfix_up" ] && pf_stop "$WORK/postfix"
	if [ -n "$milter_pid" ]; then
		kill "$milter_pid" 2>/dev/null || true
		wait "$milter_pid" 2>/dev/null || true
	fi
	if [ "${MAILPULSE_DEMO_KEEP:-0}" = 1 ]; then
		echo "The database is kept: $WORK/mailpulse.db (config $WORK/mailpulse.conf)"
	else
		rm -rf "$WORK"
	fi
}
trap cleanup EXIT

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
run() { printf '$ mailpulse %s\n' "$*"; "$MP" -c "$WORK/mailpulse.conf" "$@"; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
SMTP_PORT=$(free_port)
MILTER_PORT=$(free_port)
cat >"$WORK/mailpulse.conf" <<CONF
Database $WORK/mailpulse.db
InternalDomains northwind-analytics.com
AutoCreateAccounts yes
SpoolDir $WORK/spool
Socket inet:$MILTER_PORT@127.0.0.1
User root
SpoolSync no
Syslog no
LogLevel info
RulesDir $ROOT/rules
Competitors Looker, Power BI
CONF

step "1. The CRM export: four customer accounts and their Account Managers"
run accounts import sample/accounts.csv

step "2. Day one: backfill the archive (Maildir with a .Sent folder), 2026-08-26 to 11-09"
cp -r sample/mail "$WORK/mail"
run ingest "$WORK/mail"

step "3. From now on: live capture through Postfix + mailpulse-milter"
if [ "$(id -u)" != 0 ] || ! command -v postfix >/dev/null; then
	echo "(not root, or Postfix is not installed: ingesting the live mail instead)"
	run ingest sample/live
else
	"$ROOT/build/mailpulse-milter" -c "$WORK/mailpulse.conf" -f 2>"$WORK/milter.log" &
	milter_pid=$!
	pf_start "$WORK/postfix" "$SMTP_PORT" "inet:127.0.0.1:$MILTER_PORT"
	postfix_up=1
	echo "private Postfix on 127.0.0.1:$SMTP_PORT, milter on 127.0.0.1:$MILTER_PORT"
	# each message over SMTP, envelope from its From/To/Cc, in date order
	python3 - "$SMTP_PORT" sample/live/*.eml <<'PY'
import email, email.policy, email.utils, smtplib, sys
port = int(sys.argv[1])
for path in sys.argv[2:]:
    raw = open(path, 'rb').read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    sender = email.utils.parseaddr(str(msg['From']))[1]
    rcpts = [a for _, a in email.utils.getaddresses(
        [str(v) for k in ('To', 'Cc') for v in msg.get_all(k, [])])]
    with smtplib.SMTP('127.0.0.1', port) as s:
        s.sendmail(sender, rcpts, raw)
    print('  sent %s: %s' % (path.rsplit('/', 1)[-1], msg['Subject']))
PY
	pf_wait_queue "$WORK/postfix" 30 || true
	for i in $(seq 100); do  # until the worker has stored what was captured
		[ -z "$(ls -A "$WORK/spool/new" 2>/dev/null)" ] && \
			[ "$(grep -c ': captured' "$WORK/milter.log")" -ge "$(ls sample/live | wc -l)" ] && break
		sleep 0.1
	done
	echo "delivered to the Maildir: $(find "$WORK/postfix/mail" -type f | wc -l) messages;" \
		"the milter's log says:"
	grep -E ': (captured|stored|not stored)' "$WORK/milter.log" | sed 's/^/  /' | head -30
	echo
	run status || true
fi

step "4. The accounts, with what the mail says about them"
run accounts list

step "Contacts at Acme Logistics: titles from signatures, who left, who went silent"
run --as-of 2026-11-24 contacts --account "Acme Logistics"

step "Signals: what the mail says, with the sentence that says it"
run signals --category expansion
run signals --category advocacy
run signals --category churn_risk
run signals --category contact

step "How fast each side answers, per 30 days (Acme: the customer slows down)"
run --as-of 2026-11-24 latency --account "Acme Logistics"

step "Search: who talks about seats?"
run search seats

step "Search in French, one account, since October"
run search --account "Château Vins SA" --since 2026-10-01 prix

step "Search in German"
run search Lizenzen

step "Every listing has --json, for other tools"
run contacts --account "Kessler Maschinenbau GmbH" --json | head -24

step "What the pipeline makes of one message (mailpulse inspect)"
run inspect "$(ls "$WORK"/mail/cur/* | head -12 | tail -1)" | head -16
