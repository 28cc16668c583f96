#!/bin/bash
# T060-inspect.sh - inspect: verdicts without a database, spool files too.
. "$(dirname "$0")/../lib.sh"
cat >"$TMP/in.eml" <<'MSG'
From: =?UTF-8?Q?Fran=C3=A7ois_Dupont?= <francois@mail.chateauvins.fr>
To: Claire Martin <claire@northwind-analytics.com>
Cc: noreply@chateauvins.fr
Message-ID: <abc@chateauvins.fr>
In-Reply-To: <parent@northwind-analytics.com>
Date: Tue, 01 Sep 2026 10:00:00 +0200
Subject: Re: renouvellement

Bonjour Claire, merci.
MSG

begin_subtest "inspect without config or database: direction from --internal, participants, thread"
out=$(cd "$TMP" && "$MP" -c /dev/null inspect --internal northwind-analytics.com in.eml)
expect_match "$out" "direction +inbound"
expect_match "$out" "customer_domain +chateauvins.fr"
expect_match "$out" "from +francois@mail.chateauvins.fr \(François Dupont\)"
expect_match "$out" "cc +noreply@chateauvins.fr robot"
expect_match "$out" "parent_id +parent@northwind-analytics.com"
[ -e "$TMP/mailpulse.db" ] && _fail "inspect created a database"

begin_subtest "inspect without InternalDomains says why it would skip"
out=$("$MP" -c /dev/null inspect "$TMP/in.eml")
expect_match "$out" "skip_reason +InternalDomains not configured"

begin_subtest "inspect --json is an array of objects with the documented fields"
"$MP" -c /dev/null inspect --internal northwind-analytics.com --json "$TMP/in.eml" >"$TMP/i.json"
expect_equal "$(json_check "$TMP/i.json")" ""
expect_equal "$(python3 -c 'import json,sys; o=json.load(open(sys.argv[1]))[0]; print(o["direction"], o["message_id"], len(o["participants"]))' "$TMP/i.json")" \
	"inbound abc@chateauvins.fr 3"

begin_subtest "a file that is not mail: reported, exit 1, the others still inspected"
echo "just some words" >"$TMP/not-mail.txt"
expect_status 1 "$MP" -c /dev/null inspect "$TMP/not-mail.txt" "$TMP/in.eml"
expect_match "$(cat "$TMP/.err")" "inspect: $TMP/not-mail.txt: no RFC 5322 header found"
expect_match "$(cat "$TMP/.out")" "message_id +abc@chateauvins.fr"

begin_subtest "control characters of a sender (display name, file name) never reach the terminal"
printf 'From: "Evil \033[31mRed" <evil@customer.example>\nTo: claire@northwind-analytics.com\nSubject: hi \033]0;title\007\nMessage-ID: <esc@customer.example>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nhello\n--b\nContent-Type: application/pdf; name="x\033[2Jy.pdf"\nContent-Disposition: attachment; filename="x\033[2Jy.pdf"\n\nJVBERi0=\n--b--\n' >"$TMP/esc.eml"
"$MP" -c /dev/null inspect --internal northwind-analytics.com "$TMP/esc.eml" >"$TMP/esc.out" 2>&1
expect_equal "$(grep -c "$(printf '\033')" "$TMP/esc.out")" "0"
expect_match "$(cat "$TMP/esc.out")" "Evil \\?\\[31mRed"
expect_match "$(cat "$TMP/esc.out")" "attachment .*x\\?\\[2Jy\\.pdf"

begin_subtest "an mbox: every message inspected, named path:offset (it was read as one)"
{
	echo "From a@x Tue Sep  1 10:00:00 2026"
	sed 's/abc@chateauvins.fr/m1@chateauvins.fr/' "$TMP/in.eml"
	echo
	echo "From a@x Tue Sep  1 11:00:00 2026"
	sed 's/abc@chateauvins.fr/m2@chateauvins.fr/' "$TMP/in.eml"
} >"$TMP/box.mbox"
"$MP" -c /dev/null inspect --internal northwind-analytics.com --json "$TMP/box.mbox" >"$TMP/box.json"
expect_equal "$(python3 -c 'import json,sys; print(" ".join(o["file"].rsplit("/", 1)[1] + "=" + o["message_id"] for o in json.load(open(sys.argv[1]))))' "$TMP/box.json")" \
	"box.mbox:0=m1@chateauvins.fr box.mbox:$(grep -b '^From a@x' "$TMP/box.mbox" | sed -n '2s/:.*//p')=m2@chateauvins.fr"

begin_subtest "a FIFO is reported, never opened for reading; a long message cut at MaximumBodyBytes"
mkfifo "$TMP/pipe.eml"
expect_status 1 timeout 60 "$MP" -c /dev/null inspect --internal northwind-analytics.com "$TMP/pipe.eml" "$TMP/in.eml"
expect_match "$(cat "$TMP/.err")" "inspect: $TMP/pipe.eml: a FIFO \(named pipe\), not a mail file: skipped"
expect_match "$(cat "$TMP/.out")" "message_id +abc@chateauvins.fr"
printf 'MaximumBodyBytes 2k\nInternalDomains northwind-analytics.com\n' >"$TMP/cut.conf"
{ cat "$TMP/in.eml"; head -c 100000 /dev/zero | tr '\0' 'y'; echo; } >"$TMP/long.eml"
"$MP" -c "$TMP/cut.conf" inspect --json "$TMP/long.eml" >"$TMP/long.json"
expect_equal "$(python3 -c 'import json,sys; o=json.load(open(sys.argv[1]))[0]; print(o["truncated"], len(o["new_text"]) < 2048)' "$TMP/long.json")" "True True"

begin_subtest "a short reply is judged with what it answers: personal under a personal invitation"
cat >"$TMP/thanks.eml" <<'MSG'
From: Owen Thackeray <owen@northwind-analytics.com>
To: Rhodri Evans <rhodri@chateauvins.fr>
Subject: Re: Saturday
Date: Tue, 24 Nov 2026 08:00:00 +0000
Message-ID: <r1@northwind-analytics.com>
In-Reply-To: <o1@chateauvins.fr>

Rhodri, that's very kind - she'll be thrilled. Thank you. Owen

On 23/11/2026 19:15, Rhodri Evans wrote:
> Owen - congratulations on the baby! Hope mum and the little one are doing well.
> Still on for the match on Saturday? Bring your brother, I'll bring the beers.
MSG
sed -e 's/congratulations on the baby.*/could you send the revised contract with the 40 extra licences/' \
    -e 's/Still on for the match.*/and the invoice for the migration before the board meets?/' \
    -e 's/Subject: Re: Saturday/Subject: Re: contract/' "$TMP/thanks.eml" >"$TMP/thanks-business.eml"
out=$("$MP" -c /dev/null inspect --internal northwind-analytics.com "$TMP/thanks.eml")
expect_match "$out" "automated +personal"
out=$("$MP" -c /dev/null inspect --internal northwind-analytics.com "$TMP/thanks-business.eml")
expect_match "$out" "automated +none"
