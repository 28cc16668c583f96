#!/bin/bash
# T100-journal - hosted mail: Exchange journal reports and Google routing
# copies (fixtures from journal-fixtures.py, built from the documented
# formats) are inspected and stored as the original message with the
# report's envelope; each message once, with the union of its recipients;
# a broken report is refused with its reason, never stored.
. "$(dirname "$0")/../lib.sh"

python3 "$ROOT/tests/cli/journal-fixtures.py" "$TMP/fx"
new_config "$TMP/mp.conf" "JournalAddresses journal@journal.northwind-analytics.com" \
	"JournalHeader X-Mailpulse-Journal"
FX=$TMP/fx

# inspect_field FILE KEY - one field of `inspect --json`
inspect_field() {
	"$MP" -c "$TMP/mp.conf" inspect --json "$1" 2>/dev/null |
		python3 -c 'import json,sys; v=json.load(sys.stdin)[0]
for k in sys.argv[1].split("."): v = v[k] if isinstance(v, dict) else v
print(v if not isinstance(v, (list, dict)) else json.dumps(v, sort_keys=True))' "$2"
}

begin_subtest "inspect: an outbound report is the original, To/Cc/Bcc from its envelope"
out=$("$MP" -c "$TMP/mp.conf" inspect "$FX/exchange/outbound.eml")
expect_match "$out" 'message_id +renewal-1@northwind-analytics.com$'
expect_match "$out" 'subject +Renouvellement du contrat — échéance$'
expect_match "$out" 'direction +outbound$'
expect_match "$out" 'customer_domain +acme.com$'
expect_match "$out" 'from +claire@northwind-analytics.com \(Claire Martin\) internal'
expect_match "$out" 'bcc +carol@acme.com$'
expect_match "$out" 'journal +Exchange journal report <rep-out-1@northwindanalytics.onmicrosoft.com>'
expect_match "$out" 'envelope +bcc carol@acme.com$'
expect_no_match "$out" '^  (from|to|cc|bcc) +[^ ]*(microsoftexchange|journal@)'

begin_subtest "inspect: an inbound report keeps its expansions and forwards"
out=$("$MP" -c "$TMP/mp.conf" inspect "$FX/exchange/inbound.eml")
expect_match "$out" 'direction +inbound$'
expect_match "$out" 'envelope +recipient claire@northwind-analytics.com \(expanded from sales@northwind-analytics.com\)'
expect_match "$out" 'envelope +recipient gina@northwind-analytics.com \(forwarded from frank@northwind-analytics.com\)'
expect_equal "$(inspect_field "$FX/exchange/inbound.eml" journal.recipients)" \
'[{"address": "claire@northwind-analytics.com", "expanded": "sales@northwind-analytics.com", "field": "recipient", "forwarded": null}, {"address": "dave@northwind-analytics.com", "expanded": "sales@northwind-analytics.com", "field": "recipient", "forwarded": null}, {"address": "gina@northwind-analytics.com", "expanded": null, "field": "recipient", "forwarded": "frank@northwind-analytics.com"}]'

begin_subtest "inspect --json: the original's id, direction and account side, never the report's"
expect_equal "$(inspect_field "$FX/exchange/split-1.eml" message_id) $(inspect_field "$FX/exchange/split-1.eml" direction) $(inspect_field "$FX/exchange/split-1.eml" customer_domain) $(inspect_field "$FX/exchange/split-1.eml" subject)" \
	"split-3@acme.com inbound acme.com Über die Rechnung"
expect_equal "$(inspect_field "$FX/exchange/split-1.eml" journal.kind)" "exchange"

begin_subtest "inspect: Google copies, with the header (and its direction) and by envelope recipient"
out=$("$MP" -c "$TMP/mp.conf" inspect "$FX/google/header-2.eml" "$FX/google/outbound.eml" "$FX/google/no-header.spool")
expect_match "$out" 'journal +Google routing copy from \(no sender\), says inbound'
expect_match "$out" 'bcc +henry@northwind-analytics.com internal'
expect_match "$out" 'subject +Preise für 2027$'
expect_match "$out" 'journal +Google routing copy from ann@acme.com$'
expect_no_match "$out" 'journal@journal.northwind-analytics.com'

begin_subtest "inspect: a broken report is refused with its reason, exit 1"
expect_status 1 "$MP" -c "$TMP/mp.conf" inspect "$FX/broken/no-attachment.eml" \
	"$FX/broken/garbage.eml" "$FX/broken/wrong-id.eml" "$FX/broken/foreign-sender.eml"
err=$(cat "$TMP/.err")
expect_match "$err" 'no-attachment.eml: journal report <rep-broken-1@northwindanalytics.onmicrosoft.com>: no attached message \(message/rfc822\)'
expect_match "$err" 'garbage.eml: journal report <rep-broken-2@[^>]*>: the attached message is broken'
expect_match "$err" 'wrong-id.eml: journal report <rep-broken-3@[^>]*>: the envelope names <lost-1@acme.com> but the attached message is <other-9@acme.com>'
expect_match "$err" 'foreign-sender.eml: journal report <rep-foreign-1@evil.example>: sent by microsoftexchange1@evil.onmicrosoft.example, outside JournalSenderDomains'

begin_subtest "ingest: each message stored once, with the union of its reports' recipients"
"$MP" -c "$TMP/mp.conf" ingest "$FX/exchange" "$FX/google" >"$TMP/ingest.out" 2>&1
expect_match "$(cat "$TMP/ingest.out")" ': 6 stored, 2 already stored, 0 skipped, 0 unparseable'
expect_equal "$(sql "SELECT message_id, count(*) FROM messages GROUP BY message_id ORDER BY 1")" \
"gcopy-5@acme.com|1
gcopy-6@northwind-analytics.com|1
gcopy-7@acme.com|1
question-7@acme.com|1
renewal-1@northwind-analytics.com|1
split-3@acme.com|1"
expect_equal "$(sql "SELECT p.role || ' ' || p.address FROM participants p JOIN messages m ON m.id = p.message_id WHERE m.message_id = 'split-3@acme.com' ORDER BY 1")" \
"bcc erin@northwind-analytics.com
cc dave@northwind-analytics.com
from bob@acme.com
to claire@northwind-analytics.com"
expect_equal "$(sql "SELECT p.role || ' ' || p.address FROM participants p JOIN messages m ON m.id = p.message_id WHERE m.message_id = 'gcopy-5@acme.com' ORDER BY 1")" \
"bcc henry@northwind-analytics.com
from ann@acme.com
to claire@northwind-analytics.com
to dave@northwind-analytics.com"
expect_equal "$(sql "SELECT direction || ' ' || coalesce(customer_domain, '-') FROM messages WHERE message_id = 'renewal-1@northwind-analytics.com'")" "outbound acme.com"
expect_equal "$(sql "SELECT count(*) FROM messages WHERE from_address LIKE '%onmicrosoft%' OR subject = 'Journal report'")" "0"

begin_subtest "ingest: the Bcc of an outbound report is a participant, a group's members keep their group"
expect_equal "$(sql "SELECT p.role FROM participants p JOIN messages m ON m.id = p.message_id WHERE m.message_id = 'renewal-1@northwind-analytics.com' AND p.address = 'carol@acme.com'")" "bcc"
expect_equal "$(sql "SELECT address || ' ' || field || ' ' || coalesce(expanded_from, '-') || ' ' || coalesce(forwarded_from, '-') FROM journal_recipients r JOIN messages m ON m.id = r.message_id WHERE m.message_id = 'question-7@acme.com' ORDER BY 1")" \
"claire@northwind-analytics.com recipient sales@northwind-analytics.com -
dave@northwind-analytics.com recipient sales@northwind-analytics.com -
gina@northwind-analytics.com recipient - frank@northwind-analytics.com"

begin_subtest "ingest again: nothing new, contacts not counted twice"
before=$(sql "SELECT sum(received_count) FROM contacts")
"$MP" -c "$TMP/mp.conf" ingest "$FX/exchange" "$FX/google" >"$TMP/ingest2.out" 2>&1
expect_match "$(cat "$TMP/ingest2.out")" ': 0 stored, 8 already stored'
expect_equal "$(sql "SELECT sum(received_count) FROM contacts")" "$before"
expect_equal "$(sql "SELECT count(*) FROM messages")" "6"

begin_subtest "ingest: broken reports are unparseable (exit 1), named, recorded as failures, never stored"
expect_status 1 "$MP" -c "$TMP/mp.conf" ingest "$FX/broken"
expect_match "$(cat "$TMP/.out")" '0 stored, 0 already stored, 0 skipped, 4 unparseable'
expect_match "$(cat "$TMP/.err")" 'no-attachment.eml: cannot parse: journal report <rep-broken-1@northwindanalytics.onmicrosoft.com>: no attached message'
expect_equal "$(sql "SELECT count(*) FROM messages")" "6"
expect_equal "$(sql "SELECT count(*) FROM journal_reports WHERE outcome = 'failed'")" "4"

begin_subtest "status: reports today, last report, unwrap failures (exit 1 while there are any)"
expect_status 1 "$MP" -c "$TMP/mp.conf" status
out=$(cat "$TMP/.out")
expect_match "$out" '^journal +18 reports today, last report [0-9-]+ [0-9:]+, 4 unwrap failures today \(4 in all\)'
expect_match "$out" 'last failure .*journal report <rep-broken-3@'
json=$("$MP" -c "$TMP/mp.conf" status --json)
expect_equal "$(printf '%s' "$json" | python3 -c 'import json,sys; j=json.load(sys.stdin)[0]["database"]["journal"]; print(j["reports_today"], j["failures_today"])')" "18 4"

begin_subtest "JournalRequireSender no: a report from any sender is unwrapped"
new_config "$TMP/open.conf" "JournalRequireSender no"
out=$("$MP" -c "$TMP/open.conf" inspect "$FX/broken/foreign-sender.eml" 2>&1)
expect_match "$out" 'message_id +lost-1@acme.com$'

begin_subtest "JournalSenderDomains names the tenant: another tenant's report is refused"
new_config "$TMP/tenant.conf" "JournalSenderDomains other.onmicrosoft.com"
expect_status 1 "$MP" -c "$TMP/tenant.conf" inspect "$FX/exchange/outbound.eml"
expect_match "$(cat "$TMP/.err")" 'outside JournalSenderDomains'

begin_subtest "forget: a journaled recipient leaves journal_recipients too"
"$MP" -c "$TMP/mp.conf" forget gina@northwind-analytics.com >/dev/null 2>&1
expect_equal "$(sql "SELECT count(*) FROM journal_recipients WHERE address = 'gina@northwind-analytics.com' OR forwarded_from = 'gina@northwind-analytics.com'")" "0"

begin_subtest "Takeout mbox: From <id>@xxx separators ingest as they are; Spam and Chat labels skipped"
{
	printf 'From 1600000000000000009@xxx Mon Nov 02 09:00:00 +0000 2026\n'
	printf 'X-Gmail-Labels: Spam,Unread\nFrom: win@acme.com\nTo: claire@northwind-analytics.com\n'
	printf 'Subject: you won\nMessage-ID: <spam-1@acme.com>\n\nclick\n\n'
	printf 'From 1600000000000000010@xxx Mon Nov 02 09:30:00 +0000 2026\n'
	printf 'X-Gmail-Labels: Chat\nFrom: Ann Lee <ann@acme.com>\nTo: claire@northwind-analytics.com\n'
	printf 'Subject: Chat with Ann Lee\nMessage-ID: <chat-1@acme.com>\n\nhi\n\n'
	for i in 1 2 3; do
		printf 'From 16%017d@xxx Mon Nov 02 10:0%d:00 +0000 2026\n' "$i" "$i"
		printf 'X-GM-THRID: 17%017d\nX-Gmail-Labels: Inbox,Important,Opened\n' "$i"
		printf 'From: Ann Lee <ann@acme.com>\nTo: claire@northwind-analytics.com\n'
		printf 'Subject: takeout %d\nDate: Mon, 02 Nov 2026 10:0%d:00 +0000\n' "$i" "$i"
		printf 'Message-ID: <takeout-%d@acme.com>\n\nFrom our side, message %d.\n\n' "$i" "$i"
	done
} >"$TMP/takeout.mbox"
"$MP" -c "$TMP/mp.conf" ingest "$TMP/takeout.mbox" >"$TMP/takeout.out" 2>&1
expect_match "$(cat "$TMP/takeout.out")" ': 3 stored, 0 already stored, 2 skipped \(.*Gmail label Spam 1'
expect_match "$(cat "$TMP/takeout.out")" 'Gmail chat, not mail 1'
expect_equal "$(sql "SELECT count(*) FROM messages WHERE message_id LIKE 'takeout-%'")" "3"
