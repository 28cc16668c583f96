#!/bin/bash
# T093-feedback.sh - the Account Manager tells mailpulse when it is wrong.
#
# The sample company as of 2026-11-25 with FeedbackAddress set: claire's
# digest carries Useful/Wrong mailto: links; a reply is built from a link
# the way a mail client does (To and Subject from the URL, From the AM)
# and piped into `mailpulse feedback` as Postfix's pipe(8) would.  The
# verdicts show in `feedback --list`, forged and automated replies are
# refused with exit 0 (no bounce to a forged sender), a busy database
# gives 75 (Postfix retries), the next day's digest and the brief no
# longer raise the item judged wrong, and `report` shows the precision
# per alert kind.
. "$(dirname "$0")/../lib.sh"
CHECK=$ROOT/tests/cli/digest-check.py
FB=feedback@northwind-analytics.com
CLAIRE=claire@northwind-analytics.com
new_config "$TMP/mp.conf" "FeedbackAddress $FB" "Syslog no"
mp() { "$MP" -c "$TMP/mp.conf" "$@"; }

# links MESSAGE - every mailto: link of the HTML part, one a line:
# "VERDICT<TAB>TO<TAB>SUBJECT" (the URL decoded as a mail client does)
links() { python3 "$ROOT/tests/cli/feedback-links.py" "$1"; }

# reply FROM SUBJECT FILE [HEADER...] - the message a mail client sends
reply() {
	local from=$1 subject=$2 file=$3
	shift 3
	{
		printf 'From: %s\nTo: %s\nSubject: %s\nMessage-ID: <%s@client.test>\n' \
			"$from" "$FB" "$subject" "$RANDOM$RANDOM"
		printf 'Date: Wed, 25 Nov 2026 09:00:00 +0100\n'
		for h in "$@"; do printf '%s\n' "$h"; done
		printf '\n\n-- \nSent from my phone\n'
	} >"$file"
}

# alert_ids DAY - the ids of claire's alerts in the digest of DAY
alert_ids() {
	mp --as-of "$1" digest --am "$CLAIRE" --json |
		python3 -c 'import json,sys; print(" ".join(a["id"] for d in json.load(sys.stdin) for c in d["accounts"] for a in c["alerts"]))'
}

sample_history "$TMP/mp.conf"

begin_subtest "no verdict yet"
expect_equal "$(mp feedback --list)" "no verdict yet"
expect_equal "$(mp feedback --list --json | tr -d ' \n')" "[]"

begin_subtest "every item of the digest carries a Useful and a Wrong link to FeedbackAddress"
mp --as-of 2026-11-25 digest --am "$CLAIRE" >"$TMP/d1.eml"
mp --as-of 2026-11-25 digest --am "$CLAIRE" --json | python3 -c 'import json,sys; json.dump(json.load(sys.stdin)[0], sys.stdout)' >"$TMP/d1.json"
expect_equal "$(python3 "$CHECK" "$TMP/d1.eml" "$TMP/d1.json")" ""
links "$TMP/d1.eml" >"$TMP/links"
items=$(python3 -c 'import json,sys; print(sum(len(c["alerts"]) for c in json.load(open(sys.argv[1]))["accounts"]))' "$TMP/d1.json")
expect_match "$items" "^[2-9]$"
expect_equal "$(cut -f1 "$TMP/links" | sort | uniq -c | tr -s ' ')" " $items Useful
 $items Wrong"
expect_equal "$(cut -f2 "$TMP/links" | sort -u)" "$FB"
wrong_subject=$(grep -P '^Wrong\t.*Churn risk' "$TMP/links" | cut -f3)
useful_subject=$(grep -P '^Useful\t.*Champion departed' "$TMP/links" | cut -f3)
expect_match "$wrong_subject" '^Wrong: Churn risk \[mp-[a-z2-7]{10}-[a-z2-7]{10}\]$'
expect_match "$useful_subject" '^Useful: Champion departed \[mp-[a-z2-7]{10}-[a-z2-7]{10}\]$'
code=$(printf '%s' "$wrong_subject" | grep -o 'mp-[a-z2-7-]*')
expect_match "$(grep -c -F "Feedback: $code (useful or wrong? see the end)" "$TMP/d1.eml")" "^[1-9]"

begin_subtest "without FeedbackAddress the digest has no link"
new_config "$TMP/nofb.conf"
"$MP" -c "$TMP/nofb.conf" --as-of 2026-11-25 digest --am "$CLAIRE" >"$TMP/nofb.eml"
expect_equal "$(links "$TMP/nofb.eml")" ""
expect_equal "$(grep -c 'mp-[a-z2-7]\{10\}-' "$TMP/nofb.eml")" "0"

begin_subtest "a forged sender is refused, exit 0, nothing recorded"
reply "Bob Stone <bob.stone@northwind-analytics.com>" "$wrong_subject" "$TMP/forged.eml"
expect_status 0 mp feedback --sender bob.stone@northwind-analytics.com <"$TMP/forged.eml"
mp feedback <"$TMP/forged.eml" 2>"$TMP/err"
expect_match "$(cat "$TMP/err")" "refused: the tag is not the sender's: .*; from bob.stone@northwind-analytics.com, item [a-z2-7]{10}"
reply "Claire Martin <$CLAIRE>" "$wrong_subject" "$TMP/spoofed.eml"
mp feedback --sender bob.stone@northwind-analytics.com <"$TMP/spoofed.eml" 2>"$TMP/err"
expect_equal "$?" "0"
expect_match "$(cat "$TMP/err")" "refused: the envelope sender is not the From address; from $CLAIRE"
expect_equal "$(mp feedback --list)" "no verdict yet"

begin_subtest "automated mail, a missing code or verdict: refused, exit 0"
reply "Claire Martin <$CLAIRE>" "$wrong_subject" "$TMP/ooo.eml" "Auto-Submitted: auto-replied"
reply "Claire Martin <$CLAIRE>" "Wrong: Churn risk" "$TMP/nocode.eml"
reply "Claire Martin <$CLAIRE>" "$code" "$TMP/noverdict.eml"
for f in ooo nocode noverdict; do
	mp feedback <"$TMP/$f.eml" 2>>"$TMP/err-auto"
	expect_equal "$?" "0"
done
mp feedback </dev/null 2>>"$TMP/err-auto"
expect_equal "$?" "0"
expect_equal "$(grep -c 'refused' "$TMP/err-auto")" "4"
expect_match "$(cat "$TMP/err-auto")" "automated mail"
expect_equal "$(mp feedback --list)" "no verdict yet"

begin_subtest "the AM's replies are recorded; --list shows them"
reply "Claire Martin <Claire@Northwind-Analytics.com>" "$wrong_subject" "$TMP/wrong.eml"
mp feedback --sender "$CLAIRE" <"$TMP/wrong.eml" 2>"$TMP/err"
expect_equal "$?" "0"
expect_match "$(cat "$TMP/err")" "notice: feedback: recorded wrong on item [a-z2-7]{10} from $CLAIRE, Message-ID [0-9]+@client.test"
reply "$CLAIRE" "RE: $useful_subject" "$TMP/useful.eml"
expect_status 0 mp feedback <"$TMP/useful.eml"
mp feedback --list >"$TMP/list"
expect_equal "$(sed -n 1p "$TMP/list" | tr -s ' ')" "JUDGED VERDICT AM ACCOUNT KIND ITEM"
expect_equal "$(sed 1d "$TMP/list" | awk '{print $2, $3, $4, $5, $6}' | sort)" \
	"useful $CLAIRE Acme Logistics champion_departed
wrong $CLAIRE Acme Logistics churn_risk"
mp feedback --list --json >"$TMP/list.json"
expect_equal "$(json_check "$TMP/list.json")" ""
expect_equal "$(python3 -c 'import json,sys; print(sorted((r["verdict"], r["kind"], r["alert_id"].split("/")[1], len(r["item"])) for r in json.load(open(sys.argv[1]))))' "$TMP/list.json")" \
	"[('useful', 'champion_departed', 'champion_departed', 10), ('wrong', 'churn_risk', 'churn_risk', 10)]"

begin_subtest "a forged reply cannot overturn the AM's verdict"
sed 's/^Subject: Wrong/Subject: Useful/' "$TMP/forged.eml" >"$TMP/forged-useful.eml"
expect_status 0 mp feedback <"$TMP/forged-useful.eml"
expect_equal "$(mp feedback --list --json | python3 -c 'import json,sys; print(sorted(r["verdict"] for r in json.load(sys.stdin)))')" \
	"['useful', 'wrong']"

begin_subtest "a busy database: exit 75, so Postfix retries; then it goes through"
mkfifo "$TMP/lock.in"
# a writer holding the lock until told: "locked" is printed once it has it
sqlite3 "$TMP/mailpulse.db" <"$TMP/lock.in" >"$TMP/lock.out" 2>&1 &
lock_pid=$!
exec 7>"$TMP/lock.in"
echo "BEGIN IMMEDIATE; SELECT 'locked';" >&7
for _ in $(seq 100); do grep -q locked "$TMP/lock.out" && break; sleep 0.1; done
expect_equal "$(cat "$TMP/lock.out")" "locked"
mp feedback <"$TMP/wrong.eml" 2>"$TMP/err"
expect_equal "$?" "75"
expect_match "$(cat "$TMP/err")" "not recorded, to be retried"
echo "ROLLBACK;" >&7
exec 7>&-
wait "$lock_pid"
expect_status 0 mp feedback <"$TMP/wrong.eml"

begin_subtest "a broken configuration: exit 75, not a bounce"
"$MP" -c "$TMP/no-such.conf" feedback <"$TMP/wrong.eml" 2>"$TMP/err"
expect_equal "$?" "75"
expect_match "$(cat "$TMP/err")" "not recorded, to be retried: the configuration"

begin_subtest "the next digest does not raise the item judged wrong; the useful one stays"
mp --as-of 2026-11-26 snapshot >/dev/null
ids=$(alert_ids 2026-11-26)
expect_no_match "$ids" "churn_risk"
expect_match "$ids" "champion_departed"
mp --as-of 2026-11-26 digest --am "$CLAIRE" >"$TMP/d2.eml"
expect_equal "$(grep -c 'Churn risk' "$TMP/d2.eml")" "0"
mp --as-of 2026-11-27 snapshot >/dev/null
expect_no_match "$(alert_ids 2026-11-27)" "churn_risk"

begin_subtest "the brief does not show it either"
expect_no_match "$(mp --as-of 2026-11-26 account --json 'Acme Logistics' | python3 -c 'import json,sys; print([a["kind"] for a in json.load(sys.stdin)["alerts"]])')" "churn_risk"

begin_subtest "report shows the precision per alert kind, with the counts"
mp --as-of 2026-11-26 report >"$TMP/report.eml"
python3 -c 'import email,sys; from email import policy; print(email.message_from_binary_file(open(sys.argv[1],"rb"), policy=policy.default).get_body(("plain",)).get_content())' "$TMP/report.eml" >"$TMP/report.txt"
expect_equal "$(sed -n '/^Alerts as the Account Managers judged them/,/^$/p' "$TMP/report.txt" | tr -s ' ')" \
	"Alerts as the Account Managers judged them (useful / judged)
 Alert kind Useful Wrong Precision
 champion_departed 1 0 100%
 churn_risk 0 1 0%"
expect_equal "$(mp --as-of 2026-11-26 report --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["alert_precision"])')" \
	"[{'kind': 'champion_departed', 'useful': 1, 'wrong': 0, 'precision': 1.0}, {'kind': 'churn_risk', 'useful': 0, 'wrong': 1, 'precision': 0.0}]"

begin_subtest "usage errors"
expect_status 64 mp feedback --json
expect_status 64 mp feedback extra
expect_match "$(mp help feedback)" "usage: mailpulse feedback"
