#!/bin/bash
# T080-signals.sh - signals, contacts status and titles, latency, inspect of
# the signal stages; on a constructed thread and on the sample company.
. "$(dirname "$0")/../lib.sh"
new_config "$TMP/mp.conf"
M() { "$MP" -c "$TMP/mp.conf" "$@"; }
# py EXPR FILE - evaluate EXPR with rows = the JSON in FILE
py() { python3 -c "import json,sys; rows=json.load(open(sys.argv[1])); print($1)" "$2"; }

# msg ID FROM TO DATE SUBJECT IN-REPLY-TO BODY [EXTRA-HEADER]
msg() {
	{
		echo "From: $2"
		echo "To: $3"
		echo "Message-ID: <$1>"
		[ -n "$6" ] && printf 'In-Reply-To: <%s>\nReferences: <%s>\n' "$6" "$6"
		[ -n "${8:-}" ] && echo "$8"
		echo "Date: $4"
		echo "Subject: $5"
		echo
		printf '%s\n' "$7"
	} >"$TMP/mail/$1.eml"
}
mkdir -p "$TMP/mail"
cat >"$TMP/a.csv" <<CSV
account,domains,owner,arr,renewal_date,segment
Acme,acme.com,claire@northwind-analytics.com,120000,2027-01-20,enterprise
CSV
M accounts import "$TMP/a.csv" >/dev/null
# A thread: the customer asks, we answer 2h later; their out-of-office
# answers us; the customer answers 6h later; we answer a day later.
msg t1@acme.com "Ann Lee <ann@acme.com>" "claire@northwind-analytics.com" \
	"Tue, 01 Sep 2026 08:00:00 +0000" "Plan" "" "Can we talk about the plan?"
msg t2@nw "Claire <claire@northwind-analytics.com>" "ann@acme.com, bob@acme.com" \
	"Tue, 01 Sep 2026 10:00:00 +0000" "Re: Plan" t1@acme.com "Sure, tomorrow?"
msg t3@acme.com "Bob Roe <bob@acme.com>" "claire@northwind-analytics.com" \
	"Tue, 01 Sep 2026 10:01:00 +0000" "Out of Office: Re: Plan" t2@nw \
	"I am out of the office until September 8." "Auto-Submitted: auto-replied"
msg t4@acme.com "Ann Lee <ann@acme.com>" "claire@northwind-analytics.com" \
	"Tue, 01 Sep 2026 16:00:00 +0000" "Re: Plan" t2@nw "Tomorrow works."
msg t5@nw "Claire <claire@northwind-analytics.com>" "ann@acme.com" \
	"Wed, 02 Sep 2026 16:00:00 +0000" "Re: Plan" t4@acme.com "Invite sent."
M ingest "$TMP/mail" >/dev/null

begin_subtest "latency: medians per 30 days for both sides, auto-replies not counted"
M --as-of 2026-09-10 latency --json >"$TMP/l.json"
expect_equal "$(json_check "$TMP/l.json")" ""
expect_equal "$(py '[(r["account"], r["customer_replies"], r["customer_median_s"], r["our_replies"], r["our_median_s"]) for r in rows]' "$TMP/l.json")" \
	"[('Acme', 1, 21600, 2, 46800)]"
out=$(M --as-of 2026-09-10 latency)
expect_match "$out" "Acme +2026-08-11 +2026-09-10 +1 +6h00m +2 +13h00m"

begin_subtest "latency before the thread: nothing; unknown account: exit 1"
expect_equal "$(M --as-of 2026-09-01 latency --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')" "0"
expect_status 1 M latency --account Nobody
expect_match "$(cat "$TMP/.err")" "no account named \"Nobody\""

begin_subtest "contacts: status as of a date, JSON fields"
M --as-of 2026-09-10 contacts --json >"$TMP/c.json"
expect_equal "$(json_check "$TMP/c.json")" ""
expect_equal "$(py 'sorted(set(k for r in rows for k in ("address","name","title","account","status","first_seen","last_seen") if k in r))' "$TMP/c.json")" \
	"['account', 'address', 'first_seen', 'last_seen', 'name', 'status', 'title']"
expect_equal "$(py '{r["address"]: r["status"] for r in rows}' "$TMP/c.json")" \
	"{'ann@acme.com': 'active', 'bob@acme.com': 'active'}"
# Bob only ever sent an auto-reply: 45 days after we first wrote, silent
expect_equal "$(M --as-of 2026-10-20 contacts --json | python3 -c 'import json,sys; print({r["address"]: r["status"] for r in json.load(sys.stdin)})')" \
	"{'ann@acme.com': 'silent', 'bob@acme.com': 'silent'}"
echo "SilentDays 90" >>"$TMP/mp.conf"
expect_equal "$(M --as-of 2026-10-20 contacts --json | python3 -c 'import json,sys; print({r["address"]: r["status"] for r in json.load(sys.stdin)})')" \
	"{'ann@acme.com': 'active', 'bob@acme.com': 'active'}"

begin_subtest "signals: bad dates and unknown accounts are usage errors"
expect_status 64 M signals --since yesterday
expect_status 1 M signals --account Nobody

# ---- the sample company -----------------------------------------------------
SAMPLE=$ROOT/sample
new_config "$TMP/s.conf"
sed -i "s|$TMP/mailpulse.db|$TMP/sample.db|" "$TMP/s.conf"
S() { "$MP" -c "$TMP/s.conf" "$@"; }
S accounts import "$SAMPLE/accounts.csv" >/dev/null
S ingest "$SAMPLE/mail" "$SAMPLE/live" >/dev/null

begin_subtest "sample: new stakeholders are the people who joined, not the first contacts"
S signals --category contact --json >"$TMP/e.json"
expect_equal "$(py 'sorted(r["contact"] for r in rows if r["rule"] == "new_stakeholder")' "$TMP/e.json")" \
	"['james.wright@acme-logistics.com', 'm.weber@kessler-maschinenbau.de', 'oliver.hughes@mail.acmelogistics.co.uk']"

begin_subtest "sample: an unanswered contact goes silent, the latency per period"
expect_equal "$(S --as-of 2026-11-24 contacts --json | python3 -c 'import json,sys; print([r["status"] for r in json.load(sys.stdin) if r["address"] == "priya.nair@acme-logistics.com"])')" "['silent']"
S --as-of 2026-11-24 latency --account 'Acme Logistics' --json >"$TMP/al.json"
expect_equal "$(py 'len(rows)' "$TMP/al.json")" "3"
# Acme's last month: the customer answers in days, not hours
expect_equal "$(py 'rows[-1]["customer_median_s"] > 86400 and rows[0]["customer_median_s"] < 86400' "$TMP/al.json")" "True"

begin_subtest "sample: signals --json is a non-empty array with the documented fields"
S signals --json >"$TMP/s.json"
expect_equal "$(json_check "$TMP/s.json")" ""
expect_equal "$(py 'len(rows) > 0 and all(all(k in r for k in ("account","category","rule","date","message_id","contact","evidence","label","weight","due_date")) for r in rows)' "$TMP/s.json")" "True"
expect_equal "$(S signals --since 2026-10-01 --until 2026-10-31 --category contact --json | python3 -c 'import json,sys; print(sorted(set(r["date"][:7] for r in json.load(sys.stdin))))')" "['2026-10']"

begin_subtest "sample: Sarah left and was replaced by James; titles from signatures"
S --as-of 2026-11-24 contacts --json >"$TMP/sc.json"
expect_equal "$(py '[(r["status"], r["replaced_by"]) for r in rows if r["address"] == "sarah.chen@acme-logistics.com"]' "$TMP/sc.json")" \
	"[('replaced', 'james.wright@acme-logistics.com')]"
expect_equal "$(py '[r["title"] for r in rows if r["address"] in ("james.wright@acme-logistics.com", "oliver.hughes@mail.acmelogistics.co.uk")]' "$TMP/sc.json")" \
	"['Director of Operations', 'Head of Finance, UK']"
expect_match "$(S --as-of 2026-11-24 contacts)" "sarah.chen@acme-logistics.com .* replaced by james.wright@acme-logistics.com"
expect_match "$(S --as-of 2026-11-24 contacts --history)" "Director of Operations"
S signals --category contact --json >"$TMP/d.json"
expect_equal "$(py '[(r["date"][:10], r["rule"], r["contact"], r["other_contact"]) for r in rows if r["rule"] in ("departed", "replaced_by", "bounced")]' "$TMP/d.json")" \
	"[('2026-10-28', 'departed', 'sarah.chen@acme-logistics.com', None), ('2026-10-28', 'replaced_by', 'sarah.chen@acme-logistics.com', 'james.wright@acme-logistics.com'), ('2026-11-10', 'departed', 'sarah.chen@acme-logistics.com', None)]"
expect_equal "$(py 'all(r["evidence"] for r in rows)' "$TMP/d.json")" "True"

begin_subtest "inspect --json: automated verdict, bounces, new text, signature"
"$MP" -c "$TMP/s.conf" inspect --json "$SAMPLE/live/002.eml" >"$TMP/i.json"
expect_equal "$(json_check "$TMP/i.json")" ""
expect_equal "$(py '[(o["direction"], o["account"], o["automated"], [(b["recipient"], b["status"], b["action"], b["permanent"]) for b in o["bounces"]]) for o in rows]' "$TMP/i.json")" \
	"[('inbound', 'Acme Logistics', 'bounce', [('sarah.chen@acme-logistics.com', '5.1.1', 'failed', True)])]"
# Oliver's first message (the finance team, 25 seats): thread 3, message 0
oliver=$(grep -l "^Message-ID: <[0-9]*\.3\.0@mail.acmelogistics.co.uk>" "$SAMPLE"/mail/cur/*)
"$MP" -c "$TMP/s.conf" inspect --json "$oliver" >"$TMP/o.json"
expect_equal "$(py 'rows[0]["automated"] == "none" and "Oliver Hughes" in (rows[0]["signature"] or "") and "finance team" in rows[0]["new_text"] and "Oliver Hughes" not in rows[0]["new_text"] and rows[0]["title"]' "$TMP/o.json")" "Head of Finance, UK"
cp "$SAMPLE/live/002.eml" "$TMP/bounce.eml"
out=$(cd "$TMP" && "$MP" -c /dev/null inspect --internal northwind-analytics.com --json bounce.eml 2>/dev/null)
expect_equal "$(printf '%s' "$out" | python3 -c 'import json,sys; o=json.load(sys.stdin)[0]; print(o["automated"], len(o["bounces"]))')" "bounce 1"

begin_subtest "replaying the sample adds no signal, no event, no bounce"
counts="SELECT (SELECT count(*) FROM signals) || ' ' || (SELECT count(*) FROM contact_events) || ' ' || (SELECT count(*) FROM bounces) || ' ' || (SELECT count(*) FROM contact_titles)"
before=$(sqlite3 "$TMP/sample.db" "$counts")
S ingest "$SAMPLE/mail" "$SAMPLE/live" >/dev/null
expect_equal "$(sqlite3 "$TMP/sample.db" "$counts")" "$before"
expect_match "$before" "^[1-9][0-9]* [1-9][0-9]* 1 [1-9][0-9]*$"

begin_subtest "sample: what a reader of the mail would point to, with evidence"
S signals --json >"$TMP/all.json"
# (account, category or event) pairs of what customers wrote
expect_equal "$(py 'sorted(set((r["account"], r["rule"] if r["category"] == "contact" else r["category"]) for r in rows if r["side"] == "customer" and r["category"] in ("expansion","advocacy","churn_risk","competitor","contact") and r["rule"] != "new_stakeholder"))' "$TMP/all.json")" \
	"[('Acme Logistics', 'advocacy'), ('Acme Logistics', 'churn_risk'), ('Acme Logistics', 'competitor'), ('Acme Logistics', 'departed'), ('Acme Logistics', 'expansion'), ('Acme Logistics', 'replaced_by'), ('Brightwave Health', 'advocacy'), ('Brightwave Health', 'expansion'), ('Château Vins SA', 'competitor'), ('Kessler Maschinenbau GmbH', 'advocacy'), ('Kessler Maschinenbau GmbH', 'expansion')]"
expect_equal "$(py 'all(r["evidence"] for r in rows)' "$TMP/all.json")" "True"
# nothing from the newsletter, the internal note or an auto-reply
expect_equal "$(py '[r["subject"] for r in rows if r["type"] == "phrase" and ("SaaS" in r["subject"] or "risk" in r["subject"] or "Automatic" in r["subject"])]' "$TMP/all.json")" "[]"

begin_subtest "inspect: the phrase signals of a message, on its new text only"
"$MP" -c "$TMP/s.conf" inspect --json "$oliver" >"$TMP/o.json"
expect_equal "$(py 'sorted(set(s["category"] for s in rows[0]["signals"]))' "$TMP/o.json")" "['expansion', 'pricing']"
# Oliver's second message quotes the first: the quote raises nothing
second=$(grep -l "^Message-ID: <[0-9]*\.3\.2@mail.acmelogistics.co.uk>" "$SAMPLE"/mail/cur/*)
expect_equal "$("$MP" -c "$TMP/s.conf" inspect --json "$second" | python3 -c 'import json,sys; print([s["category"] for s in json.load(sys.stdin)[0]["signals"] if s["category"] == "expansion"])')" "[]"
mkdir -p "$TMP/norules"
printf 'RulesDir %s\n' "$TMP/norules" >"$TMP/norules.conf"
expect_status 0 "$MP" -c "$TMP/norules.conf" inspect --internal northwind-analytics.com "$oliver"
expect_match "$(cat "$TMP/.err")" "no phrase rules"

begin_subtest "a broken rule file: ingest and inspect refuse with FILE:LINE"
mkdir -p "$TMP/bad"
cp "$ROOT"/rules/*.rules "$TMP/bad/"
printf '\nrule: broken-one\ncategory: expansion\nweight: 1\napplies: customer\nlabel: x\npattern: (unclosed\n' >>"$TMP/bad/expansion.rules"
new_config "$TMP/bad.conf" "RulesDir $TMP/bad"
sed -i "s|$TMP/mailpulse.db|$TMP/bad.db|" "$TMP/bad.conf"
expect_status 78 "$MP" -c "$TMP/bad.conf" ingest "$TMP/mail"
expect_match "$(cat "$TMP/.err")" "expansion.rules:[0-9]+: .*parenthesis"
[ -e "$TMP/bad.db" ] && _fail "ingest with broken rules created a database"
expect_status 78 "$MP" -c "$TMP/bad.conf" inspect "$oliver"
