#!/bin/bash
# T070-rules.sh - rules check on the shipped rules and on broken ones; rules test.
. "$(dirname "$0")/../lib.sh"
new_config "$TMP/c.conf" "Competitors Looker, Power BI" "RulesDir $ROOT/rules"

begin_subtest "rules check: the shipped rules compile and pass their examples"
out=$("$MP" -c "$TMP/c.conf" rules check)
status=$?
expect_equal "$status" "0"
for category in expansion advocacy churn_risk competitor pricing escalation commitment renewal; do
	expect_match "$out" "^  $category +[1-9][0-9]*$"
done
expect_match "$out" "^$ROOT/rules: [0-9]+ rules, [0-9]+ examples checked$"
expect_no_match "$out" "Competitors is empty"

begin_subtest "rules check without Competitors says the competitor rules cannot fire"
out=$("$MP" -c /dev/null rules check "$ROOT/rules")
expect_match "$out" "note: Competitors is empty"

begin_subtest "a broken file: every error as FILE:LINE with PCRE2's message, exit 78"
mkdir -p "$TMP/bad"
cat >"$TMP/bad/a.rules" <<'RULES'
# two rules, both wrong
rule: bad-pattern
category: churn_risk
weight: -2
applies: customer
label: unclosed group
pattern: \bcancel(led|ing

rule: bad-category
category: upsell
weight: many
applies: everyone
label: wrong fields
pattern: \bmore\b
RULES
expect_status 78 "$MP" -c /dev/null rules check "$TMP/bad"
err=$(cat "$TMP/.err")
expect_match "$err" "^$TMP/bad/a.rules:7: pattern error at offset 16: missing closing parenthesis$"
expect_match "$err" "^$TMP/bad/a.rules:10: unknown category \"upsell\""
expect_match "$err" "^$TMP/bad/a.rules:11: bad weight \"many\""
expect_match "$err" "^$TMP/bad/a.rules:12: bad applies \"everyone\""
expect_equal "$(cat "$TMP/.out")" ""

begin_subtest "an example that its rule does not fire on fails the check"
mkdir -p "$TMP/ex"
cat >"$TMP/ex/x.rules" <<'RULES'
rule: more-seats
category: expansion
weight: 3
applies: customer
label: more seats
pattern: \bmore\s+seats\b
example: We need more seats.
example: We need extra licences.
counterexample: We need no more seats.
RULES
expect_status 78 "$MP" -c /dev/null rules check "$TMP/ex"
expect_match "$(cat "$TMP/.err")" "^$TMP/ex/x.rules:8: example does not fire rule \"more-seats\"$"
expect_no_match "$(cat "$TMP/.err")" "x.rules:(7|9):"

begin_subtest "a NUL byte, a misplaced BOM, escapes: reported with FILE:LINE; no line after a NUL ignored"
mkdir -p "$TMP/nul"
# a valid rule, then a NUL, then a broken rule: the broken one must be seen
{
	printf '\357\273\277rule: more-seats\ncategory: expansion\nweight: 3\napplies: customer\n'
	printf 'label: more seats\npattern: \\bmore\\s+seats\\b\n\0\n\n'
	printf 'rule: after-nul\ncategory: upsell\nweight: 1\napplies: customer\nlabel: x\npattern: y\n\n'
	printf 'rule: bom\n\357\273\277category: renewal\n\n'
	printf 'rule: esc\ncat\033]0;owned\007egory: renewal\n'
} >"$TMP/nul/n.rules"
expect_status 78 "$MP" -c /dev/null rules check "$TMP/nul"
err=$(cat "$TMP/.err")
expect_match "$err" "^$TMP/nul/n.rules:7: a NUL byte: the file is binary or corrupt, not a text file$"
expect_match "$err" "^$TMP/nul/n.rules:10: unknown category \"upsell\""
expect_match "$err" "^$TMP/nul/n.rules:17: a byte order mark \\(U\\+FEFF\\) inside the file"
expect_match "$err" "^$TMP/nul/n.rules:20: unknown field \"cat\\\\x1B\\]0;owned\\\\x07egory\""
expect_no_match "$err" $'\033'
expect_no_match "$err" "n.rules:1:"

begin_subtest "a missing directory or one without rules is reported (exit 66)"
expect_status 66 "$MP" -c /dev/null rules check "$TMP/nowhere"
mkdir -p "$TMP/empty"
expect_status 66 "$MP" -c /dev/null rules check "$TMP/empty"
expect_match "$(cat "$TMP/.err")" "no \*\.rules file"

begin_subtest "rules test: hits with category, rule, due date and evidence"
out=$("$MP" -c "$TMP/c.conf" rules test --us --date 2026-10-15 --text "Thanks. I'll send the quote by Friday.")
expect_match "$out" "^commitment +commitment-first-person +\+0\.0 +2026-10-16 "
expect_match "$out" "^    I'll send the quote by Friday\.$"
"$MP" -c "$TMP/c.conf" rules test --json --text "We are moving to Power BI. Honestly the price is too high." >"$TMP/t.json"
expect_equal "$(json_check "$TMP/t.json")" ""
expect_equal "$(python3 -c 'import json,sys; print(sorted(h["category"] for h in json.load(open(sys.argv[1]))))' "$TMP/t.json")" \
	"['competitor', 'pricing']"

begin_subtest "rules test reads files and standard input; a negated sentence does not fire"
printf 'We are not planning to cancel.\n' >"$TMP/neg.txt"
expect_equal "$("$MP" -c "$TMP/c.conf" rules test "$TMP/neg.txt")" "no rule fires"
expect_match "$(printf 'We have decided to cancel our subscription.\n' | "$MP" -c "$TMP/c.conf" rules test -)" "^churn_risk +churn-cancel "

begin_subtest "rules with no subcommand or a bad one is a usage error (64)"
expect_status 64 "$MP" -c /dev/null rules
expect_status 64 "$MP" -c /dev/null rules frobnicate
expect_status 64 "$MP" -c /dev/null rules test
