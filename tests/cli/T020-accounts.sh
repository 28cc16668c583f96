#!/bin/bash
# T020-accounts.sh - accounts import: good file, re-import, bad row atomicity.
. "$(dirname "$0")/../lib.sh"
new_config "$TMP/mp.conf"
HEADER=account,domains,owner,arr,renewal_date,segment

begin_subtest "import creates accounts with their domains"
cat >"$TMP/a.csv" <<CSV
$HEADER
Acme Logistics,acme-logistics.com;acmelogistics.co.uk,claire@northwind-analytics.com,120000,2027-01-20,enterprise
"Château Vins, SA",chateauvins.fr,mark@northwind-analytics.com,45000,2027-03-01,mid
CSV
out=$("$MP" -c "$TMP/mp.conf" accounts import "$TMP/a.csv")
expect_equal "$out" "accounts: $TMP/a.csv: 2 created, 0 updated"
expect_equal "$(sql "SELECT group_concat(domain, ' ') FROM (SELECT domain FROM account_domains ORDER BY domain)")" \
	"acme-logistics.com acmelogistics.co.uk chateauvins.fr"

begin_subtest "re-import updates by name"
cat >"$TMP/b.csv" <<CSV
$HEADER
ACME LOGISTICS,acme-logistics.com,claire@northwind-analytics.com,150000,2027-01-20,enterprise
CSV
out=$("$MP" -c "$TMP/mp.conf" accounts import "$TMP/b.csv")
expect_equal "$out" "accounts: $TMP/b.csv: 0 created, 1 updated"
expect_equal "$(sql "SELECT arr FROM accounts WHERE name = 'Acme Logistics'")" "150000.0"
expect_equal "$(sql "SELECT count(*) FROM account_domains")" "2"

begin_subtest "a bad row is reported as file:line and nothing of the file is imported"
cat >"$TMP/c.csv" <<CSV
$HEADER
Good One,good.com,claire@northwind-analytics.com,1000,2027-01-01,smb
Bad Date,bad.com,claire@northwind-analytics.com,1000,2027-13-01,smb
Bad Arr,badarr.com,claire@northwind-analytics.com,\$12k,,smb
CSV
expect_status 65 "$MP" -c "$TMP/mp.conf" accounts import "$TMP/c.csv"
expect_equal "$(cat "$TMP/.err")" "mailpulse: accounts import: $TMP/c.csv:3: renewal_date: expected YYYY-MM-DD
$TMP/c.csv:4: arr: expected a plain non-negative decimal number (e.g. 120000 or 99.5; no sign, exponent, hex, inf or nan)
$TMP/c.csv: nothing imported (2 bad rows)"
expect_equal "$(sql "SELECT count(*) FROM accounts WHERE name = 'Good One'")" "0"

begin_subtest "accounts list --json is valid JSON with the CSV's fields"
"$MP" -c "$TMP/mp.conf" accounts list --json >"$TMP/list.json"
expect_equal "$(json_check "$TMP/list.json")" ""
expect_equal "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sorted(d[1]["domains"]), d[1]["account"], d[1]["segment"])' "$TMP/list.json")" \
	"['chateauvins.fr'] Château Vins, SA mid"

begin_subtest "accounts list text shows every account"
out=$("$MP" -c "$TMP/mp.conf" accounts list)
expect_match "$out" "^ACCOUNT"
expect_match "$out" "^ACME LOGISTICS +acme-logistics.com +claire@northwind-analytics.com +150000 +2027-01-20 +enterprise"

begin_subtest "ARR is a plain finite decimal: inf, nan, hex floats and exponents are refused"
# strtod() took them: an account with ARR inf vanished from accounts list
# and made account and digest fail with "unknown error" and exit 0
for arr in inf nan 0x1p4 1e3 -1 Infinity; do
	printf '%s\nHuge,huge.com,claire@northwind-analytics.com,%s,2027-01-01,mid\n' "$HEADER" "$arr" >"$TMP/arr.csv"
	expect_status 65 "$MP" -c "$TMP/mp.conf" accounts import "$TMP/arr.csv"
	expect_match "$(cat "$TMP/.err")" "arr.csv:2: arr: expected a plain non-negative decimal number"
done
expect_equal "$(sql "SELECT count(*) FROM accounts WHERE name = 'Huge'")" "0"

begin_subtest "a line break in the owner is refused at import (it becomes a mail recipient)"
printf '%s\r\nHuge,huge.com,"claire@northwind-analytics.com\r\nBcc: x@evil.com",1,2027-01-01,mid\r\n' "$HEADER" >"$TMP/crlf.csv"
expect_status 65 "$MP" -c "$TMP/mp.conf" accounts import "$TMP/crlf.csv"
expect_match "$(cat "$TMP/.err")" "crlf.csv:2: owner: a line break or control character in an email address"
expect_equal "$(sql "SELECT count(*) FROM accounts WHERE name = 'Huge'")" "0"

begin_subtest "an ARR an older import let through: listed, and account and digest fail naming it, non-zero"
sql "UPDATE accounts SET arr = 9e999 WHERE name = 'Acme Logistics'"
expect_equal "$(sql "SELECT arr FROM accounts WHERE name = 'Acme Logistics'")" "Inf"
expect_status 0 "$MP" -c "$TMP/mp.conf" accounts list
expect_match "$(cat "$TMP/.out")" "^ACME LOGISTICS +acme-logistics.com +claire@northwind-analytics.com +- "
expect_status 65 "$MP" -c "$TMP/mp.conf" account "Acme Logistics"
expect_equal "$(cat "$TMP/.err")" "mailpulse: account: account \"ACME LOGISTICS\": its ARR is not a finite non-negative number (inf): import the accounts CSV again with a plain number"
expect_status 65 "$MP" -c "$TMP/mp.conf" digest --stdout
expect_match "$(cat "$TMP/.err")" "ARR is not a finite"
printf '#!/bin/sh\ncat >>"%s/sent"\n' "$TMP" >"$TMP/sendmail"
chmod +x "$TMP/sendmail"
new_config "$TMP/send.conf" "SendmailPath $TMP/sendmail" "DigestWhenEmpty yes"
sed -i "s|^Database .*|Database $TMP/mailpulse.db|" "$TMP/send.conf"
expect_status 65 "$MP" -c "$TMP/send.conf" digest --send
expect_match "$(cat "$TMP/.err")" "ARR is not a finite"
expect_no_match "$(cat "$TMP/.err")" "unknown error"
expect_equal "$(cat "$TMP/sent" 2>/dev/null)" ""
