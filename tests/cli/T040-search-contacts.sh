#!/bin/bash
# T040-search-contacts.sh - search (ranking, snippets, filters) and contacts.
. "$(dirname "$0")/../lib.sh"
new_config "$TMP/mp.conf"
cat >"$TMP/a.csv" <<CSV
account,domains,owner,arr,renewal_date,segment
Acme Logistics,acme.com,claire@northwind-analytics.com,120000,2027-01-20,enterprise
Brightwave Health,brightwave-health.com,mark@northwind-analytics.com,80000,2027-02-01,mid
CSV
"$MP" -c "$TMP/mp.conf" accounts import "$TMP/a.csv" >/dev/null

# msg N FROM TO DATE SUBJECT BODY
msg() {
	cat >"$TMP/mail/$1.eml" <<MSG
From: $2
To: $3
Message-ID: <$1@test>
Date: $4
Subject: $5

$6
MSG
}
mkdir -p "$TMP/mail"
msg 1 "Ann Lee <ann@acme.com>" "claire@northwind-analytics.com" "Tue, 01 Sep 2026 10:00:00 +0000" \
	"Forecasting module" "We would like to try the forecasting module for finance."
msg 2 "Dr. Carl Maier <carl@brightwave-health.com>" "mark@northwind-analytics.com" \
	"Tue, 15 Sep 2026 10:00:00 +0000" "Renewal" "Our renewal is coming; forecasting is not used much."
msg 3 "claire@northwind-analytics.com" "Ann <ann@acme.com>, Dan Roe <dan@acme.com>" \
	"Wed, 02 Sep 2026 09:00:00 +0000" "Re: Forecasting module" "Happy to set it up."
"$MP" -c "$TMP/mp.conf" ingest "$TMP/mail" >/dev/null

begin_subtest "search ranks a subject hit first and highlights the match"
out=$("$MP" -c "$TMP/mp.conf" search forecasting)
expect_match "$(echo "$out" | head -1)" "^2026-09-0[12] .*(Acme Logistics)"
expect_match "$out" "\[forecasting\]"
expect_equal "$("$MP" -c "$TMP/mp.conf" search --json forecasting | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" "3"

begin_subtest "search filters by account and dates"
expect_equal "$("$MP" -c "$TMP/mp.conf" search --json --account 'brightwave health' forecasting | python3 -c 'import json,sys; print([r["account"] for r in json.load(sys.stdin)])')" "['Brightwave Health']"
expect_equal "$("$MP" -c "$TMP/mp.conf" search --json --since 2026-09-02 --until 2026-09-02 forecasting | python3 -c 'import json,sys; print([r["message_id"] for r in json.load(sys.stdin)])')" "['3@test']"

begin_subtest "search --json is valid JSON with the documented fields"
"$MP" -c "$TMP/mp.conf" search --json forecasting >"$TMP/s.json"
expect_equal "$(json_check "$TMP/s.json")" ""
expect_equal "$(python3 -c 'import json,sys; print(sorted(json.load(open(sys.argv[1]))[0].keys()))' "$TMP/s.json")" \
	"['account', 'date', 'direction', 'from', 'message_id', 'rank', 'snippet', 'subject', 'thread']"

begin_subtest "search with no hit says so"
expect_equal "$("$MP" -c "$TMP/mp.conf" search zeppelin)" "no match"

begin_subtest "search: what FTS5 cannot parse is searched as words, else a usage error (64), never 74"
for q in 'forecasting:x' '"forecasting' 'col:forecasting' '*'; do
	expect_status 0 "$MP" -c "$TMP/mp.conf" search "$q"
done
expect_match "$("$MP" -c "$TMP/mp.conf" search 'forecasting:' 2>&1)" "forecasting"
expect_status 64 "$MP" -c "$TMP/mp.conf" search ' '
expect_match "$(cat "$TMP/.err")" '^mailpulse: search: cannot search for " ": fts5: syntax error'
expect_status 64 "$MP" -c "$TMP/mp.conf" search $'\n\t'
expect_match "$(cat "$TMP/.err")" 'cannot search for "\\x0A\\x09"'

begin_subtest "contacts --account lists that account's people with their best names"
out=$("$MP" -c "$TMP/mp.conf" contacts --account "Acme Logistics" --json)
expect_equal "$(echo "$out" | python3 -c 'import json,sys; print([(c["address"], c["name"], c["account"]) for c in json.load(sys.stdin)])')" \
	"[('ann@acme.com', 'Ann Lee', 'Acme Logistics'), ('dan@acme.com', 'Dan Roe', 'Acme Logistics')]"

begin_subtest "contacts JSON carries the fixed fields"
expect_equal "$(echo "$out" | python3 -c 'import json,sys; c=json.load(sys.stdin)[0]; print(all(k in c for k in ["address","name","title","account","status","first_seen","last_seen"]))')" "True"

begin_subtest "contacts: our own people only with --all"
expect_no_match "$("$MP" -c "$TMP/mp.conf" contacts)" "northwind-analytics.com"
expect_match "$("$MP" -c "$TMP/mp.conf" contacts --all)" "claire@northwind-analytics.com"

begin_subtest "contacts status is derived as of a date"
expect_equal "$("$MP" -c "$TMP/mp.conf" --as-of 2026-09-20 contacts --account 'Brightwave Health' --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["status"])')" "active"
expect_equal "$("$MP" -c "$TMP/mp.conf" --as-of 2026-12-20 contacts --account 'Brightwave Health' --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["status"])')" "silent"

begin_subtest "an unknown account is a clear error"
expect_status 1 "$MP" -c "$TMP/mp.conf" contacts --account Nobody
expect_match "$(cat "$TMP/.err")" "no account named \"Nobody\""

begin_subtest "listings show U+202E and the other bidi and C1 controls as '?', never raw"
mkdir -p "$TMP/bidi"
rlo=$(printf '\342\200\256') lri=$(printf '\342\201\246') csi=$(printf '\302\233')
name=$(printf 'Eve %sevE %s2J' "$rlo" "$csi" | base64 -w0)
subject=$(printf 'Invoice %sgpj.exe %sx' "$rlo" "$lri" | base64 -w0)
cat >"$TMP/bidi/1.eml" <<MSG
From: =?utf-8?b?$name?= <eve@acme.com>
To: claire@northwind-analytics.com
Message-ID: <bidi@test>
Date: Thu, 03 Sep 2026 10:00:00 +0000
Subject: =?utf-8?b?$subject?=

Please pay the invoice $(printf '%s' "$rlo")gpj.exe today.
MSG
"$MP" -c "$TMP/mp.conf" ingest "$TMP/bidi" >/dev/null
out="$("$MP" -c "$TMP/mp.conf" contacts --account 'acme logistics')
$("$MP" -c "$TMP/mp.conf" search invoice)
$("$MP" -c "$TMP/mp.conf" signals --account 'acme logistics' 2>&1)
$("$MP" -c "$TMP/mp.conf" inspect --internal northwind-analytics.com "$TMP/bidi/1.eml" 2>&1)"
expect_match "$out" 'Eve \?evE \?2J'
expect_match "$out" 'Invoice \?gpj\.exe \?x'
expect_match "$out" 'invoice\]? \?gpj\.exe today'
expect_no_match "$out" "$rlo|$lri|$csi"
