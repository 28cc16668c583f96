#!/bin/bash
# T090-privacy.sh - forget, purge, headers-only capture, NeverCapture.
#
# Each scenario ingests a few messages built here, whose bodies carry
# words that appear nowhere else (zebrafinch, ...), so that a grep of the
# raw database file proves whether a text is still in it.
. "$(dirname "$0")/../lib.sh"

# msg FILE FROM TO CC ID DATE SUBJECT BODY - one message file
msg() {
	{
		echo "From: $2"
		echo "To: $3"
		[ -n "$4" ] && echo "Cc: $4"
		echo "Message-ID: <$5>"
		echo "Date: $6"
		echo "Subject: $7"
		echo
		printf '%s\n' "$8"
	} >"$1"
}

# raw_has REGEX - how many lines of the raw database file and of its WAL
# match the extended REGEX (case-insensitive), or nothing
raw_has() {
	local f
	for f in "$TMP/mailpulse.db" "$TMP/mailpulse.db-wal"; do
		[ -s "$f" ] && grep -a -i -c -E -- "$1" "$f" | grep -v '^0$' | sed "s|^|$(basename "$f"): |"
	done
}

# raw_has_word WORD - raw_has for WORD and for its last five letters: the
# full-text index stores a term after the prefix it shares with the term
# before it, so only the tail of a word is sure to be in the file as such
raw_has_word() {
	raw_has "$1"
	[ "${#1}" -gt 5 ] && raw_has "${1: -5}"
}

# every_row - every row of every table (FTS shadow tables included), one
# line each, as sqlite3 dumps them
every_row() {
	sqlite3 "$TMP/mailpulse.db" .dump | grep '^INSERT INTO'
}

# spool_file DIR NAME FROM RCPT BODY - a capture in SpoolDir/DIR (spool.h)
spool_file() {
	local f=$TMP/spool/$1/$2 body
	mkdir -p "$TMP/spool/$1"
	body=$(printf 'From: %s\r\nTo: %s\r\nSubject: waiting\r\n\r\n%s\r\n' "$3" "$4" "$5")
	{
		printf '%s' "$body"
		printf '\n--MAILPULSE-ENVELOPE--\nsender %s\nrcpt %s\nqueue_id Q1\nreceived 1788000000\ntruncated 0\nmessage_bytes %d\n' \
			"$3" "$4" "${#body}"
		printf 'MAILPULSE-TRAILER %012d\n' "${#body}"
	} >"$f"
}

new_config "$TMP/mp.conf" "SpoolDir $TMP/spool"
mkdir -p "$TMP/mail"
D1="Tue, 01 Sep 2026 10:00:00 +0000"
D2="Tue, 01 Sep 2026 14:00:00 +0000"
msg "$TMP/mail/1" "Bob Jones <bob@acme.com>" "claire@northwind-analytics.com" "" 1@acme.com "$D1" \
	"Seats for finance" "We want twenty more seats. zebrafinch"
msg "$TMP/mail/2" "Claire Dubois <claire@northwind-analytics.com>" "Ann Lee <ann@acme.com>" \
	"Bob Jones <bob@acme.com>" 2@northwind-analytics.com "$D2" "Re: Seats for finance" \
	"Ann, Bob: sure. quokka"
msg "$TMP/mail/3" "Ann Lee <ann@acme.com>" "claire@northwind-analytics.com" "" 3@acme.com "$D2" \
	"Fwd: note" "narwhal
> On Tue, Bob Jones <bob@acme.com> wrote:
> we want seats"
msg "$TMP/mail/4" "Ann Lee <ann@acme.com>" "claire@northwind-analytics.com" "" 4@acme.com "$D2" \
	"Budget" "As Bob Jones said on the phone, we want to roll this out to our finance team. axolotl"
msg "$TMP/mail/5" "Ann Lee <ann@acme.com>" "claire@northwind-analytics.com" "" 5@acme.com "$D2" \
	"Contact" "Please write to jimbob@acme.com from now on. pangolin"
msg "$TMP/mail/6" "Carl Meyer <carl@brightwave-health.com>" "claire@northwind-analytics.com" "" \
	6@brightwave-health.com "$D1" "Pilot" "The pilot starts Monday. okapi"
msg "$TMP/mail/7" "Claire Dubois <claire@northwind-analytics.com>" "carl@brightwave-health.com" "" \
	7@northwind-analytics.com "$D2" "Re: Pilot" "Great, see you Monday. tapir"
"$MP" -c "$TMP/mp.conf" ingest "$TMP/mail" >/dev/null
spool_file new 1.bob "bob@acme.com" "claire@northwind-analytics.com" "Still waiting. gharial"
spool_file quarantine 2.bob "claire@northwind-analytics.com" "ann@acme.com" \
	"Loop in Bob Jones please. gharial"
spool_file new 3.carl "carl@brightwave-health.com" "claire@northwind-analytics.com" "Hi. okapi"

begin_subtest "before forget: bob is in messages, participants, contacts, signals, the index and the file"
expect_equal "$(sql "SELECT count(*) FROM messages")" 7
# his own words and ann's sentence naming him are evidence of signals
expect_equal "$(sql "SELECT rule FROM signals WHERE evidence LIKE '%seats%' OR evidence LIKE '%Bob Jones%' ORDER BY rule")" \
	"expansion-more-seats
expansion-rollout"
expect_match "$("$MP" -c "$TMP/mp.conf" signals --account acme.com)" "Bob Jones said"
expect_equal "$(sql "SELECT count(*) FROM participants WHERE address = 'bob@acme.com'")" 2
expect_equal "$(sql "SELECT name FROM contacts WHERE address = 'bob@acme.com'")" "Bob Jones"
expect_match "$("$MP" -c "$TMP/mp.conf" search zebrafinch)" "Seats for finance"
expect_match "$(raw_has zebrafinch)" "mailpulse.db"

begin_subtest "what mailpulse keeps about bob: the commands of docs/privacy.md"
expect_match "$("$MP" -c "$TMP/mp.conf" contacts --all --json | grep -A8 '"bob@acme.com"')" '"name": "Bob Jones"'
out=$("$MP" -c "$TMP/mp.conf" search --json '"bob@acme.com"')
expect_equal "$(json_check <(printf '%s' "$out"))" ""
expect_match "$out" '"subject": "Fwd: note"'
# BOB - bob's address, not jimbob's (who must survive)
BOB='(^|[^a-z0-9._%+-])bob@acme\.com'
# what must survive: everything of carl's (no message shared with bob)
carl_before=$(every_row | grep -i -e carl -e brightwave -e okapi -e tapir)
expect_match "$carl_before" "okapi"
ann_msg_before=$(sql "SELECT * FROM messages WHERE message_id = '5@acme.com'")

begin_subtest "forget --dry-run counts what it would erase and changes nothing"
dump_before=$(every_row | md5sum)
out=$("$MP" -c "$TMP/mp.conf" forget --dry-run bob@acme.com)
expect_match "$out" "^forget: bob@acme.com: [0-9]+ rows would be deleted, .*dry run"
expect_match "$out" "^messages +4 +0$"
expect_match "$out" "^spool files +2 +0$"
expect_equal "$(every_row | md5sum)" "$dump_before"
expect_equal "$(ls "$TMP/spool/new" "$TMP/spool/quarantine" | grep -c bob)" 2

begin_subtest "forget ADDRESS: sender, recipient, Cc, quoted and named messages deleted, counted"
out=$("$MP" -c "$TMP/mp.conf" forget bob@acme.com)
expect_equal "$?" 0
expect_match "$out" "^forget: bob@acme.com: [0-9]+ rows deleted"
expect_match "$out" "^messages +4 +0$"
expect_match "$out" "^contacts +1 +0$"
expect_match "$out" "^signals +2 +0$"
expect_match "$out" "^participants +9 +0$"
expect_match "$out" "^spool files +2 +0$"
expect_equal "$(sql "SELECT message_id FROM messages ORDER BY message_id")" \
	"5@acme.com
6@brightwave-health.com
7@northwind-analytics.com"

begin_subtest "after forget: no row of any table names bob, by address or name"
expect_equal "$(every_row | grep -i -c -E -e "$BOB" -e 'bob jones')" 0
expect_equal "$(sql "SELECT count(*) FROM contacts WHERE address = 'bob@acme.com'")" 0

begin_subtest "after forget: signals find nothing of bob"
expect_equal "$(sql "SELECT count(*) FROM signals")" 0
expect_no_match "$("$MP" -c "$TMP/mp.conf" signals --account acme.com)" "Bob|seats|roll this out"

begin_subtest "after forget: search finds none of bob's words, the rest still"
for w in zebrafinch quokka narwhal axolotl '"bob jones"'; do
	expect_equal "$("$MP" -c "$TMP/mp.conf" search "$w")" "no match"
done
expect_match "$("$MP" -c "$TMP/mp.conf" search okapi)" "Pilot"
expect_match "$("$MP" -c "$TMP/mp.conf" search pangolin)" "Contact"

begin_subtest "after forget: the raw database file and its WAL hold no copy"
for w in "$BOB" "Bob Jones"; do
	expect_equal "$(raw_has "$w")" ""
done
for w in zebrafinch quokka narwhal axolotl; do
	expect_equal "$(raw_has_word "$w")" ""
done
expect_match "$(raw_has okapi)" "mailpulse.db"

begin_subtest "after forget: other people's data is untouched"
expect_equal "$(every_row | grep -i -e carl -e brightwave -e okapi -e tapir)" "$carl_before"
expect_equal "$(sql "SELECT * FROM messages WHERE message_id = '5@acme.com'")" "$ann_msg_before"
# ann shared deleted messages: her counts follow what is left
expect_equal "$(sql "SELECT sent_count, received_count FROM contacts WHERE address = 'ann@acme.com'")" "1|0"
expect_equal "$(sql "SELECT count(*) FROM threads")" \
	"$(sql "SELECT count(DISTINCT thread_id) FROM messages")"

begin_subtest "after forget: the spool files naming bob are gone, the others stay"
expect_equal "$(cd "$TMP/spool" && ls new quarantine | grep -v ':$' | grep -v '^$')" "3.carl"

begin_subtest "forget again: nothing left to erase"
out=$("$MP" -c "$TMP/mp.conf" forget bob@acme.com)
expect_match "$out" ": 0 rows deleted, 0 changed$"

begin_subtest "forget DOMAIN: the whole customer, its account included"
expect_equal "$(sql "SELECT count(*) FROM accounts WHERE name = 'acme.com'")" 1
out=$("$MP" -c "$TMP/mp.conf" forget --json acme.com)
expect_equal "$(json_check <(printf '%s' "$out"))" ""
expect_equal "$(sql "SELECT count(*) FROM accounts WHERE name = 'acme.com'") $(sql "SELECT count(*) FROM account_domains WHERE domain = 'acme.com'")" "0 0"
expect_equal "$(every_row | grep -i -c 'acme\.com')" 0
expect_equal "$(raw_has 'acme\.com')" ""
expect_equal "$(sql "SELECT count(*) FROM messages")" 2

begin_subtest "forget refuses the company's own domain and what is not an address or domain"
expect_status 64 "$MP" -c "$TMP/mp.conf" forget northwind-analytics.com
expect_match "$(cat "$TMP/.err")" "company's own domains"
expect_status 64 "$MP" -c "$TMP/mp.conf" forget "not an address"
expect_status 64 "$MP" -c "$TMP/mp.conf" forget
expect_equal "$(sql "SELECT count(*) FROM messages")" 2

begin_subtest "forget refuses a public suffix (co.uk, github.io), even in a dry run"
for suffix in co.uk github.io CO.UK; do
	expect_status 64 "$MP" -c "$TMP/mp.conf" forget --dry-run "$suffix"
	expect_match "$(cat "$TMP/.err")" "is a public suffix \\(Public Suffix List\\)"
done
expect_status 0 "$MP" -c "$TMP/mp.conf" forget --dry-run acme.co.uk
expect_equal "$(sql "SELECT count(*) FROM messages")" 2

# ---- purge ------------------------------------------------------------------
rm -f "$TMP"/mailpulse.db*
new_config "$TMP/purge.conf" "Retention 365"
mkdir -p "$TMP/old"
msg "$TMP/old/1" "Dana Kim <dana@fabrikam.com>" "claire@northwind-analytics.com" "" 10@fabrikam.com \
	"Mon, 01 Jul 2024 09:00:00 +0000" "Renewal 2024" "We renew for 2024. wombat"
msg "$TMP/old/2" "Claire Dubois <claire@northwind-analytics.com>" "dana@fabrikam.com" "" \
	11@northwind-analytics.com "Mon, 01 Jul 2024 15:00:00 +0000" "Re: Renewal 2024" "Thanks. dingoes"
msg "$TMP/old/3" "Dana Kim <dana@fabrikam.com>" "claire@northwind-analytics.com" "" 12@fabrikam.com \
	"Tue, 01 Sep 2026 09:00:00 +0000" "Renewal 2026" "We renew for 2026. kiwibird"
"$MP" -c "$TMP/purge.conf" ingest "$TMP/old" >/dev/null
aggregates() {
	sql "SELECT count(*), sum(date), group_concat(subject) FROM messages;
	     SELECT reply_id, parent_id, latency FROM replies ORDER BY reply_id;
	     SELECT category, rule, date, contact_id FROM signals ORDER BY id;
	     SELECT kind, contact_id, date FROM contact_events ORDER BY id;
	     SELECT count(*) FROM participants; SELECT address, sent_count, received_count,
	     first_seen, last_seen FROM contacts ORDER BY address;
	     SELECT message_count, first_date, last_date FROM threads ORDER BY id"
}
aggregates_before=$(aggregates)

begin_subtest "purge --dry-run: counts the texts past Retention, changes nothing"
dump_before=$(every_row | md5sum)
out=$("$MP" -c "$TMP/purge.conf" --as-of 2026-09-10 purge --dry-run)
expect_match "$out" "^purge: message text dated before 2025-09-10 00:00 UTC \(Retention 365 days\): 0 rows would be deleted, 3 would be changed"
expect_match "$out" "^messages +0 +2$"
expect_match "$out" "^signals +0 +1$"
expect_equal "$(every_row | md5sum)" "$dump_before"

begin_subtest "purge: text older than Retention gone from the table, the index and the file"
out=$("$MP" -c "$TMP/purge.conf" --as-of 2026-09-10 purge)
expect_match "$out" "^messages +0 +2$"
expect_equal "$(sql "SELECT message_id, length(text) FROM messages ORDER BY message_id")" \
	"10@fabrikam.com|0
11@northwind-analytics.com|0
12@fabrikam.com|$(sql "SELECT length('We renew for 2026. kiwibird' || char(10))")"
expect_equal "$("$MP" -c "$TMP/purge.conf" search wombat)" "no match"
expect_equal "$(raw_has_word wombat)$(raw_has_word dingoes)" ""
expect_match "$("$MP" -c "$TMP/purge.conf" search kiwibird)" "Renewal 2026"

begin_subtest "purge: messages, dates, subjects, participants, contacts, threads, latencies, signals and events kept"
expect_equal "$(aggregates)" "$aggregates_before"
expect_equal "$(sql "SELECT latency FROM replies")" 21600
expect_equal "$(sql "SELECT rule, evidence FROM signals ORDER BY date")" "renewal-intent|
renewal-intent|We renew for 2026. kiwibird"
expect_match "$("$MP" -c "$TMP/purge.conf" search renewal)" "Renewal 2024"

begin_subtest "purge again: nothing more to remove; --before purges up to a date"
expect_match "$("$MP" -c "$TMP/purge.conf" --as-of 2026-09-10 purge)" ": 0 rows deleted, 0 changed$"
out=$("$MP" -c "$TMP/purge.conf" purge --before 2026-09-02)
expect_match "$out" "^messages +0 +1$"
expect_match "$out" "^signals +0 +1$"
expect_equal "$(raw_has_word kiwibird)" ""
expect_status 64 "$MP" -c "$TMP/purge.conf" purge --before yesterday

# ---- capture policy ---------------------------------------------------------
rm -f "$TMP"/mailpulse.db*
new_config "$TMP/policy.conf" "CaptureModeFor lawfirm.example=headers-only" \
	"NeverCapture hr.northwind-analytics.com, ceo@northwind-analytics.com" \
	"NeverCaptureSubjects \\b(payroll|salary|disciplinary)\\b"
mkdir -p "$TMP/policy"
boundary=b1
{
	echo "From: Lena Park <lena@lawfirm.example>"
	echo "To: claire@northwind-analytics.com"
	echo "Message-ID: <20@lawfirm.example>"
	echo "Date: $D1"
	echo "Subject: Contract review"
	echo "MIME-Version: 1.0"
	echo "Content-Type: multipart/mixed; boundary=$boundary"
	echo
	echo "--$boundary"
	echo "Content-Type: text/plain"
	echo
	echo "Privileged advice follows. capybara"
	echo "--$boundary"
	echo "Content-Type: application/pdf; name=\"settlement-capybara.pdf\""
	echo "Content-Disposition: attachment; filename=\"settlement-capybara.pdf\""
	echo
	echo "JVBERi0xLjQK"
	echo "--$boundary--"
} >"$TMP/policy/20"
msg "$TMP/policy/21" "Claire Dubois <claire@northwind-analytics.com>" "lena@lawfirm.example" "" \
	21@northwind-analytics.com "$D2" "Re: Contract review" "Thanks Lena. meerkat"
sed -i 's/^Subject: .*/Subject: Re: Contract review\nIn-Reply-To: <20@lawfirm.example>/' "$TMP/policy/21"
msg "$TMP/policy/22" "Ann Lee <ann@acme.com>" "boss@hr.northwind-analytics.com" "" 22@acme.com "$D1" \
	"Reference" "About a former employee. lemurs"
msg "$TMP/policy/23" "Ann Lee <ann@acme.com>" "claire@northwind-analytics.com" \
	"ceo@northwind-analytics.com" 23@acme.com "$D1" "Strategy" "Board matters. geckos"
msg "$TMP/policy/24" "Ann Lee <ann@acme.com>" "claire@northwind-analytics.com" "" 24@acme.com "$D1" \
	"=?UTF-8?B?UGF5cm9sbCBxdWVzdGlvbg==?=" "My pay slip. ibexes"
msg "$TMP/policy/25" "Ann Lee <ann@acme.com>" "claire@northwind-analytics.com" "" 25@acme.com "$D1" \
	"Salaryman film night" "Not excluded: a word boundary. hyrax"

begin_subtest "NeverCapture address, domain and subject: skipped with the reason, no row"
out=$("$MP" -c "$TMP/policy.conf" ingest -v "$TMP/policy" 2>&1)
expect_match "$out" "/22: skipped: NeverCapture"
expect_match "$out" "/23: skipped: NeverCapture"
expect_match "$out" "/24: skipped: NeverCaptureSubjects"
expect_match "$out" "3 stored, 0 already stored, 3 skipped"
expect_equal "$(sql "SELECT message_id FROM messages ORDER BY message_id")" \
	"20@lawfirm.example
21@northwind-analytics.com
25@acme.com"
for w in lemurs geckos ibexes payroll; do
	expect_equal "$(raw_has_word "$w")" ""
done
expect_equal "$(raw_has 'boss@hr')$(raw_has 'ceo@')" ""

begin_subtest "headers-only: no body text, no attachment name in the database file"
expect_equal "$(sql "SELECT message_id, length(text) FROM messages WHERE customer_domain = 'lawfirm.example' ORDER BY 1")" \
	"20@lawfirm.example|0
21@northwind-analytics.com|0"
expect_equal "$(sql "SELECT coalesce(filename, '-'), content_type FROM attachments")" "-|application/pdf"
expect_equal "$(raw_has_word capybara)$(raw_has_word meerkat)" ""
expect_equal "$("$MP" -c "$TMP/policy.conf" search capybara)" "no match"
expect_match "$(raw_has hyrax)" "mailpulse.db"

begin_subtest "headers-only: participants, contacts, subject, thread and dates kept"
expect_equal "$(sql "SELECT subject FROM messages WHERE message_id = '20@lawfirm.example'")" "Contract review"
expect_equal "$(sql "SELECT name, sent_count, received_count FROM contacts WHERE address = 'lena@lawfirm.example'")" \
	"Lena Park|1|1"
expect_equal "$(sql "SELECT count(DISTINCT thread_id) FROM messages WHERE customer_domain = 'lawfirm.example'")" 1
expect_equal "$(sql "SELECT latency FROM replies r JOIN messages m ON m.id = r.reply_id WHERE m.customer_domain = 'lawfirm.example'")" 14400
expect_equal "$(sql "SELECT kind FROM contact_events e JOIN contacts c ON c.id = e.contact_id WHERE c.address = 'lena@lawfirm.example'")" "new_stakeholder"
expect_equal "$(sql "SELECT count(*) FROM messages WHERE customer_domain = 'lawfirm.example' AND (new_text IS NOT NULL OR signature IS NOT NULL)")" 0
expect_equal "$(sql "SELECT count(*) FROM signals s JOIN messages m ON m.id = s.message_id WHERE m.customer_domain = 'lawfirm.example'")" 0
expect_equal "$(sql "SELECT count(*) FROM messages WHERE customer_domain = 'lawfirm.example' AND date IS NOT NULL")" 2

begin_subtest "inspect says which capture mode applies"
expect_match "$("$MP" -c "$TMP/policy.conf" inspect "$TMP/policy/20")" "capture_mode +headers-only"
expect_match "$("$MP" -c "$TMP/policy.conf" inspect "$TMP/policy/25")" "capture_mode +full"

begin_subtest "CaptureMode off with CaptureModeFor DOMAIN=full: only that customer is captured"
rm -f "$TMP"/mailpulse.db*
new_config "$TMP/optin.conf" "CaptureMode off" "CaptureModeFor lawfirm.example=full"
out=$("$MP" -c "$TMP/optin.conf" ingest -v "$TMP/policy/20" "$TMP/policy/21" "$TMP/policy/25" 2>&1)
expect_match "$out" "/25: skipped: CaptureMode off"
expect_equal "$(sql "SELECT count(*) FROM messages WHERE text <> ''")" 2

begin_subtest "a bad capture policy is a FILE:LINE error"
printf 'CaptureModeFor acme.com=sometimes\n' >"$TMP/bad.conf"
expect_status 78 "$MP" -c "$TMP/bad.conf" config
expect_match "$(cat "$TMP/.err")" "bad.conf:1: CaptureModeFor: expected ADDRESS-or-DOMAIN=MODE"
printf 'NeverCaptureSubjects (unclosed\n' >"$TMP/bad.conf"
expect_status 78 "$MP" -c "$TMP/bad.conf" config
expect_match "$(cat "$TMP/.err")" "bad.conf:1: NeverCaptureSubjects: not a valid regular expression"
printf 'Retention 0\n' >"$TMP/bad.conf"
expect_status 78 "$MP" -c "$TMP/bad.conf" config

# The sample company, analysed (snapshots, alerts) as of 2026-11-25: forget
# and purge must reach what analysis derived, not only the mail.
new_config "$TMP/sample.conf" "Database $TMP/sample.db"
S() { "$MP" -c "$TMP/sample.conf" --as-of 2026-11-25 "$@"; }
sample_history "$TMP/sample.conf"
sqlite3 "$TMP/sample.db" ".backup '$TMP/sample-purge.db'"

begin_subtest "purge: the digest for today is unchanged (Retention 30 blanks old alerts' evidence only)"
sed "s|^Database .*|Database $TMP/sample-purge.db|" "$TMP/sample.conf" >"$TMP/sp.conf"
echo "Retention 30" >>"$TMP/sp.conf"
P() { "$MP" -c "$TMP/sp.conf" --as-of 2026-11-25 "$@"; }
P digest --json >"$TMP/digest-before.json"
P purge >"$TMP/purge.out"
expect_match "$(grep '^alerts' "$TMP/purge.out")" "^alerts +0 +[1-9]"
P digest --json >"$TMP/digest-after.json"
expect_equal "$(cmp "$TMP/digest-before.json" "$TMP/digest-after.json" && echo same)" "same"
expect_match "$(python3 -c 'import json,sys; print(sum(len(a["alerts"]) for d in json.load(open(sys.argv[1])) for a in d["accounts"]))' "$TMP/digest-after.json")" "^[1-9]"

begin_subtest "forget: a person quoted by alerts is gone from account, digest, report and the alerts table"
who=james.wright@acme-logistics.com
expect_match "$(S account 'Acme Logistics')$(S digest --json)" "$who"
expect_match "$(sqlite3 "$TMP/sample.db" "SELECT count(*) FROM alerts WHERE detail LIKE '%James Wright%' OR title LIKE '%$who%'")" "^[1-9]"
S forget "$who" >/dev/null
expect_equal "$(S account 'Acme Logistics' | grep -i -c -E "$who|James Wright")" "0"
expect_equal "$(S account --json 'Acme Logistics' | grep -i -c -E "$who|James Wright")" "0"
expect_equal "$(S digest --json | grep -i -c -E "$who|James Wright")" "0"
expect_equal "$(S report --json | grep -i -c -E "$who|James Wright")" "0"
expect_equal "$(sqlite3 "$TMP/sample.db" "SELECT count(*) FROM alerts WHERE detail LIKE '%James Wright%' OR detail LIKE '%$who%' OR title LIKE '%$who%' OR title LIKE '%James Wright%' OR subject LIKE '%$who%'")" "0"
expect_equal "$(S digest --json | python3 -c 'import json,sys; print(sorted(a["account"] for d in json.load(sys.stdin) for a in d["accounts"]))')" \
	"['Acme Logistics', 'Brightwave Health', 'Château Vins SA', 'Kessler Maschinenbau GmbH']"
