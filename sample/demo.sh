#!/bin/bash
# demo.sh - what `make demo` runs: mailpulse end to end on the sample company.
#
#   0. move the sample's calendar so that its newest mail is from the last
#      day (sample/shift-dates.py): health, renewals and the digest are
#      computed as of today
#   1. import the CRM export (sample/accounts.csv)
#   2. backfill the history (sample/mail and all but the last two days of
#      sample/live) with `mailpulse ingest`, as an admin does on day one
#   3. start a private Postfix with mailpulse-milter in its mail path and send
#      the last two days (from sample/live) through it over SMTP: captured
#      live (the milter dates live mail by its arrival, so only mail written
#      in the last day or two is sent live)
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
PidFile $WORK/milter.pid
Socket inet:$MILTER_PORT@127.0.0.1
User root
SpoolSync no
Syslog no
LogLevel info
RulesDir $ROOT/rules
Competitors Looker, Power BI
CONF

step "0. The sample company's calendar, moved so that its newest mail is from today"
days=$(python3 sample/shift-dates.py sample "$WORK/sample")
echo "sample dates shifted by $days days: the newest message is from the last day"

# live_mail older|recent - the sample/live messages older than two days, or
# the others (by their shifted Date header)
live_mail() {
	python3 - "$1" "$WORK"/sample/live/*.eml <<'PY'
import datetime as dt, email.utils, sys
cut = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=2)
for path in sys.argv[2:]:
    with open(path, 'rb') as f:
        date = next(l for l in f if l.lower().startswith(b'date:'))[5:].decode().strip()
    recent = email.utils.parsedate_to_datetime(date) >= cut
    if recent == (sys.argv[1] == 'recent'):
        print(path)
PY
}

step "1. The CRM export: four customer accounts and their Account Managers"
run accounts import "$WORK/sample/accounts.csv"

step "2. Day one: backfill the archive (Maildir with a .Sent folder) and older mail"
run ingest "$WORK/sample/mail" $(live_mail older)

step "3. From now on: live capture through Postfix + mailpulse-milter"
if [ "$(id -u)" != 0 ] || ! command -v postfix >/dev/null; then
	echo "(not root, or Postfix is not installed: ingesting the live mail instead)"
	run ingest $(live_mail recent)
else
	"$ROOT/build/mailpulse-milter" -c "$WORK/mailpulse.conf" -f 2>"$WORK/milter.log" &
	milter_pid=$!
	pf_start "$WORK/postfix" "$SMTP_PORT" "inet:127.0.0.1:$MILTER_PORT"
	postfix_up=1
	echo "private Postfix on 127.0.0.1:$SMTP_PORT, milter on 127.0.0.1:$MILTER_PORT"
	# each message over SMTP, envelope from its From/To/Cc, in date order
	python3 - "$SMTP_PORT" $(live_mail recent) <<'PY'
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
			[ "$(grep -c ': captured' "$WORK/milter.log")" -ge "$(live_mail recent | wc -w)" ] && break
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
run contacts --account "Acme Logistics"

step "Signals: what the mail says, with the sentence that says it"
run signals --category expansion
run signals --category advocacy
run signals --category churn_risk
run signals --category contact

step "How fast each side answers, per 30 days (Acme: the customer slows down)"
run latency --account "Acme Logistics"

step "Search: who talks about seats?"
run search seats

step "Search in French, one account, the last 60 days"
run search --account "Château Vins SA" --since "$(date -u -d "-60 days" +%F)" prix

step "Search in German"
run search Lizenzen

step "Every listing has --json, for other tools"
run contacts --account "Kessler Maschinenbau GmbH" --json | head -24

step "What the pipeline makes of one message (mailpulse inspect)"
run inspect "$(ls "$WORK"/sample/mail/cur/* | head -12 | tail -1)" | head -16

step "5. Health and alerts, day by day: replay the history (mailpulse snapshot)"
run snapshot --from "$(date -u -d '-90 days' +%F)" --to "$(date -u +%F)"

step "The brief of one account (mailpulse account)"
run account "Acme Logistics"

step "6. This morning's digest for Claire (mailpulse digest), its text part"
OUT=$ROOT/build/demo
mkdir -p "$OUT"
printf '$ mailpulse digest --am claire@northwind-analytics.com --stdout >digest-claire.eml\n'
"$MP" -c "$WORK/mailpulse.conf" digest --am claire@northwind-analytics.com --stdout \
	>"$OUT/digest-claire.eml"
python3 - "$OUT/digest-claire.eml" "$OUT/digest-claire.html" <<'PY'
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
print('Subject:', m['Subject'])
print('To:', m['To'])
print()
print(m.get_body(('plain',)).get_content())
open(sys.argv[2], 'w', encoding='utf-8').write(m.get_body(('html',)).get_content())
PY
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$CHROMIUM" ] && timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu \
	--hide-scrollbars --screenshot="$OUT/digest-claire.png" --window-size=900,2200 \
	"file://$OUT/digest-claire.html" >/dev/null 2>&1; then
	echo "The same digest as the AM's mail client shows it: $OUT/digest-claire.png"
else
	echo "(headless Chromium is not installed: no picture of the HTML part)"
fi
echo "The whole message: $OUT/digest-claire.eml; its HTML part: $OUT/digest-claire.html"
