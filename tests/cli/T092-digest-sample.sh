#!/bin/bash
# T092-digest-sample.sh - digests COMPUTED from mail: the sample company
# (sample/) plus one hostile customer message (hostile-mail.py), ingested,
# snapshotted day by day, then `digest` as of 2026-11-25.
#
# Noise: what the sample raises must be what an Account Manager would act
# on, with no false alarm and no fact told twice.  Hostile input: the
# customer's HTML, script, CR/LF, escapes and long lines come out of the
# digest inert in both parts (digest-check.py, which parses the message
# with Python's email package, checks the HTML tags and the text columns).
. "$(dirname "$0")/../lib.sh"
CHECK=$ROOT/tests/cli/digest-check.py
DAY=2026-11-25
CLAIRE=claire@northwind-analytics.com
DAVID=david.okafor@northwind-analytics.com
new_config "$TMP/mp.conf"
mp() { "$MP" -c "$TMP/mp.conf" --as-of "$DAY" "$@"; }
python3 "$ROOT/tests/cli/hostile-mail.py" "$TMP/hostile.eml"
sample_history "$TMP/mp.conf" "$TMP/hostile.eml"
mp digest --json >"$TMP/all.json"
model_of "$TMP/all.json" "$CLAIRE" >"$TMP/claire.json"
model_of "$TMP/all.json" "$DAVID" >"$TMP/david.json"
# alerts FILE - "account kind" per alert of a model, one a line
alerts() {
	python3 -c 'import json,sys; [print(a["account"], x["kind"]) for a in json.load(open(sys.argv[1]))["accounts"] for x in a["alerts"]]' "$1"
}

begin_subtest "sample: each AM's model holds only their own accounts"
expect_equal "$(python3 -c 'import json,sys; print(sorted(a["account"] for a in json.load(open(sys.argv[1]))["accounts"]))' "$TMP/claire.json")" \
	"['Acme Logistics', 'Château Vins SA']"
expect_equal "$(python3 -c 'import json,sys; print(sorted(a["account"] for a in json.load(open(sys.argv[1]))["accounts"]))' "$TMP/david.json")" \
	"['Brightwave Health', 'Kessler Maschinenbau GmbH']"

begin_subtest "sample: Acme's budget cut and departed champion are raised, highest stake first"
# Acme comes first (the stake); its high alerts lead, in any order: the
# budget cut, the departure, and the renewal they put at risk
expect_equal "$(alerts "$TMP/claire.json" | sed -n 1,3p | sort)" "Acme Logistics champion_departed
Acme Logistics churn_risk
Acme Logistics renewal_window"

# Kessler's managing director answered a meeting proposal two weeks later,
# the day after meeting us; Brightwave approved a quote eleven days after
# it.  One late reply each: no trend, no health_drop (ResponsivenessMinReplies).
begin_subtest "noise: one late answer to a proposal is not a health drop"
expect_equal "$(alerts "$TMP/david.json" | grep -c -E 'health_drop|latency_drift')" "0"

begin_subtest "noise: ResponsivenessMinReplies 1 judges on one reply (the key decides)"
sqlite3 "$TMP/mailpulse.db" ".backup '$TMP/one.db'"
sed "s|^Database .*|Database $TMP/one.db|" "$TMP/mp.conf" >"$TMP/one.conf"
echo "ResponsivenessMinReplies 1" >>"$TMP/one.conf"
"$MP" -c "$TMP/one.conf" snapshot --from 2026-11-01 --to "$DAY" >/dev/null
"$MP" -c "$TMP/one.conf" --as-of "$DAY" digest --json --am "$DAVID" >"$TMP/one.json"
expect_match "$(python3 -c 'import json,sys; print([a["components"]["responsiveness"] for a in json.load(open(sys.argv[1]))[0]["accounts"]])' "$TMP/one.json")" "[0-9]"
# by default the late answer costs nothing (not judged, or judged on the
# replies of twice the window, where it is no slower than usual) ...
expect_equal "$(python3 -c 'import json,sys; print(all(a["components"]["responsiveness"] in (None, 100) for a in json.load(open(sys.argv[1]))["accounts"]))' "$TMP/david.json")" "True"
# ... and with the key at 1 it does
expect_equal "$(python3 -c 'import json,sys; print(any((a["components"]["responsiveness"] or 100) < 100 for a in json.load(open(sys.argv[1]))[0]["accounts"]))' "$TMP/one.json")" "True"

begin_subtest "noise: no fact told twice (no message quoted by two alerts of one account)"
expect_equal "$(python3 -c '
import collections, json, sys
for f in sys.argv[1:]:
    for a in json.load(open(f))["accounts"]:
        seen = collections.Counter(e["message_id"] for x in a["alerts"] for e in x["evidence"] if e.get("message_id"))
        for mid, n in seen.items():
            if n > 1:
                print(a["account"], mid, n)' "$TMP/claire.json" "$TMP/david.json")" ""

begin_subtest "hostile: the customer message raises a churn-risk alert quoting it"
expect_match "$(alerts "$TMP/claire.json")" "^Château Vins SA churn_risk$"
expect_match "$(python3 -c 'import json,sys; print([e["text"] for a in json.load(open(sys.argv[1]))["accounts"] for x in a["alerts"] for e in x["evidence"]])' "$TMP/claire.json")" \
	"cancel our contract at the end of the term <script>"

begin_subtest "hostile: inert in both parts of the digest (--stdout, parsed back)"
mp digest --am "$CLAIRE" --stdout >"$TMP/claire.eml"
expect_equal "$(python3 "$CHECK" "$TMP/claire.eml" "$TMP/claire.json" --absent "$TMP/david.json")" ""
parts=$(python3 - "$TMP/claire.eml" <<'PY'
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
text, html = m.get_body(('plain',)).get_content(), m.get_body(('html',)).get_content()
print('text-controls', sum(1 for c in text if ord(c) < 32 and c != '\n' or ord(c) == 127))
print('text-has-sentence', 'cancel our contract' in text)
for raw in ('<script', '<img', '<a ', '<b onmouseover', 'onmouseover=x>', 'onerror=alert(1)>'):
    print('html-raw', raw, raw in html)
print('html-escaped', '&lt;script&gt;' in html.replace('<wbr>', ''))
print('headers', sorted(k for k in m.keys() if k.lower() in ('bcc', 'x-injected')))
PY
)
expect_equal "$parts" "text-controls 0
text-has-sentence True
html-raw <script False
html-raw <img False
html-raw <a  False
html-raw <b onmouseover False
html-raw onmouseover=x> False
html-raw onerror=alert(1)> False
html-escaped True
headers []"
