#!/bin/bash
# T080-journal - hosted mail through a real Postfix: Microsoft 365 journal
# reports and Google Workspace routing copies sent over SMTP to the
# journal address are captured by the milter, unwrapped, stored once (the
# same message in two reports, two copies: once, with every recipient),
# and delivered nowhere (the journal domain's discard transport); a broken
# report goes to quarantine with a log line naming it; ordinary customer
# mail sent beside them is delivered and captured as before.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/e2e-lib.sh"
e2e_require

JOURNAL=journal@journal.northwind-analytics.com
python3 "$ROOT/tests/cli/journal-fixtures.py" "$TMP/fx"
FX=$TMP/fx
PF_MAIN_EXTRA="transport_maps = inline:{journal.northwind-analytics.com=discard:}"
milter_start "JournalAddresses $JOURNAL" "JournalHeader X-Mailpulse-Journal"
postfix_start

# ordinary inbound customer mail, beside the journal traffic
for i in 1 2 3; do
	{
		printf 'From: Ann Lee <ann@acme.com>\nTo: Claire Martin <claire@northwind-analytics.com>\n'
		printf 'Subject: Ordinary %d\nDate: %s\nMessage-ID: <ordinary-%d@acme.com>\n\n' "$i" "$(date -R)" "$i"
		printf 'An ordinary message, number %d.\n' "$i"
	} >"$TMP/ordinary-$i.eml"
done
{
	# Exchange sends reports from the undeliverable-reports address
	for f in outbound inbound split-1 split-2; do
		printf 'journal-ndr@northwind-analytics.com\t%s\t%s\n' "$JOURNAL" "$FX/exchange/$f.eml"
	done
	printf 'journal-ndr@northwind-analytics.com\t%s\t%s\n' "$JOURNAL" "$FX/broken/no-attachment.eml"
	for f in header-1 header-2; do
		printf 'ann@acme.com\t%s\t%s\n' "$JOURNAL" "$FX/google/$f.eml"
	done
	printf 'claire@northwind-analytics.com\t%s\t%s\n' "$JOURNAL" "$FX/google/outbound.eml"
	for i in 1 2 3; do
		printf 'ann@acme.com\tclaire@northwind-analytics.com\t%s\n' "$TMP/ordinary-$i.eml"
	done
} | send_list >"$TMP/sent"
journal_qids=$(grep -v ordinary "$TMP/sent" | cut -f1 | sort)
ordinary_qids=$(grep ordinary "$TMP/sent" | cut -f1 | sort)
broken_qid=$(grep no-attachment "$TMP/sent" | cut -f1)
pf_wait_queue "$E2E_PF" 30
wait_drained 30

begin_subtest "every report and copy was accepted and captured, the ordinary mail too"
expect_equal "$(grep -c . <<<"$journal_qids") $(grep -c . <<<"$ordinary_qids")" "8 3"
expect_equal "$(captured_qids)" "$(sort <<<"$journal_qids
$ordinary_qids")"

begin_subtest "journal traffic is delivered nowhere (discard), ordinary mail into the mailbox"
expect_equal "$(delivered_qids)" "$ordinary_qids"
for q in $journal_qids; do
	expect_match "$(maillog | grep " $q: to=<$JOURNAL>")" 'relay=none.*status=sent'
done
expect_equal "$(find "$MAILDIR" -type f -path '*/new/*' | wc -l)" "3"

begin_subtest "each journaled message stored once, as the original, with the union of its recipients"
q() { sqlite3 -batch -noheader "$E2E_DB" "$1"; }
expect_equal "$(q "SELECT message_id || ' ' || direction FROM messages ORDER BY message_id")" \
"gcopy-5@acme.com inbound
gcopy-6@northwind-analytics.com outbound
ordinary-1@acme.com inbound
ordinary-2@acme.com inbound
ordinary-3@acme.com inbound
question-7@acme.com inbound
renewal-1@northwind-analytics.com outbound
split-3@acme.com inbound"
expect_equal "$(q "SELECT group_concat(p.role || ' ' || p.address, ', ') FROM (SELECT p.* FROM participants p JOIN messages m ON m.id = p.message_id WHERE m.message_id = 'split-3@acme.com' ORDER BY p.role, p.address) p")" \
	"bcc erin@northwind-analytics.com, cc dave@northwind-analytics.com, from bob@acme.com, to claire@northwind-analytics.com"
expect_equal "$(q "SELECT p.role FROM participants p JOIN messages m ON m.id = p.message_id WHERE m.message_id = 'renewal-1@northwind-analytics.com' AND p.address = 'carol@acme.com'")" "bcc"
expect_equal "$(q "SELECT count(*) FROM messages WHERE from_address LIKE '%onmicrosoft%' OR subject = 'Journal report'")" "0"

begin_subtest "the broken report is quarantined with a line naming it, nothing of it stored"
expect_equal "$(spool_count quarantine)" "1"
expect_equal "$(sed -n 's/^queue_id //p' "$TMP"/spool/quarantine/*)" "$broken_qid"
expect_match "$(cat "$MILTER_LOG")" "quarantined: journal report <rep-broken-1@northwindanalytics.onmicrosoft.com>: no attached message \(message/rfc822\)"
expect_equal "$(q "SELECT count(*) FROM messages WHERE message_id = 'lost-1@acme.com'")" "0"

begin_subtest "status: 8 reports today, 1 unwrap failure (exit 1)"
expect_status 1 "$ROOT/build/mailpulse" -c "$TMP/milter.conf" status
expect_match "$(cat "$TMP/.out")" '^journal +8 reports today, last report .*, 1 unwrap failures today \(1 in all\)'
expect_match "$(cat "$TMP/.out")" 'last failure .*no attached message'
echo "# journal: 8 reports and copies and 3 ordinary messages sent; $(q 'SELECT count(*) FROM messages') messages stored"
