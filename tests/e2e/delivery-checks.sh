# delivery-checks.sh - the delivery-and-capture check of T010 (Postfix) and
# T060 (Sendmail), sourced after e2e-lib.sh.
#
#   send_and_check MTA QUEUE_WAIT ADDED...
#	sends the constructed messages and a fixed sample of the corpora over
#	SMTP to $SMTP_PORT, runs QUEUE_WAIT (a command that returns once the
#	MTA delivered everything), waits for the worker, and runs the
#	subtests: every message arrives in $MAILDIR byte for byte once the
#	header fields the MTA adds on top (ADDED, in order) are stripped, and
#	the customer mail is in the database once, the rest not at all.
#	After ADDED, "--dropped NAME..." and "--rewritten NAME..." name the
#	header fields the MTA itself removes or rewrites (delivered-check.py).
NW=northwind-analytics.com

# make_message FILE FROM TO SUBJECT [EXTRA HEADER...] - a constructed message
make_message() {
	local file=$1 from=$2 to=$3 subject=$4
	shift 4
	{
		printf 'From: %s\nTo: %s\nSubject: %s\n' "$from" "$to" "$subject"
		printf 'Date: Tue, 24 Nov 2026 09:%02d:00 +0100\n' "$(( RANDOM % 60 ))"
		printf 'Message-ID: <%s.%s@e2e.test>\n' "$(basename "$file" .eml)" "$$"
		for h in "$@"; do printf '%s\n' "$h"; done
		printf 'MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n'
		printf 'Content-Transfer-Encoding: 8bit\n\n'
		printf 'Hello,\n\nhow many more seats would the finance team need? Grüße, à bientôt.\n'
		printf '.a line that starts with a dot\n..and two dots\n.\n\n-- \nsignature\n'
	} >"$TMP/made/$file"
}

# made_messages - inbound (to two people), outbound, internal, one of our
# digests; prints smtp-send.py's list
made_messages() {
	mkdir -p "$TMP/made"
	make_message inbound.eml 'Ann Lee <ann@acme.com>' "Claire Martin <claire@$NW>" \
		'Seats for finance' 'References: <a@acme.com>
	<b@acme.com>'
	make_message outbound.eml "Claire Martin <claire@$NW>" 'Ann Lee <ann@acme.com>' \
		'Re: Seats for finance' "Cc: Bob <bob@$NW>"
	make_message internal.eml "Claire Martin <claire@$NW>" "Bob <bob@$NW>" 'Internal only'
	make_message digest.eml "mailpulse <mailpulse@$NW>" 'Claire at home <claire.m@gmail.com>' \
		'Your accounts today' 'X-Mailpulse-Digest: 2026-11-24'
	printf 'ann@acme.com\tclaire@%s,bob@%s\t%s\n' "$NW" "$NW" "$TMP/made/inbound.eml"
	printf 'claire@%s\tann@acme.com,bob@%s\t%s\n' "$NW" "$NW" "$TMP/made/outbound.eml"
	printf 'claire@%s\tbob@%s\t%s\n' "$NW" "$NW" "$TMP/made/internal.eml"
	printf 'mailpulse@%s\tclaire.m@gmail.com\t%s\n' "$NW" "$TMP/made/digest.eml"
}

# corpus_files - every Nth file of each corpus set, sorted: a fixed sample
corpus_files() {
	[ -d "$CORPORA/spamassassin" ] && find "$CORPORA/spamassassin" -path '*/cur/*' -type f | sort | awk 'NR % 100 == 1'
	[ -d "$CORPORA/enron" ] && find "$CORPORA/enron/maildir" -type f | sort | awk 'NR % 1000 == 1'
	[ -d "$CORPORA/mime" ] && find "$CORPORA/mime/mimekit/messages" -type f | sort | awk 'NR % 2 == 1'
	[ -d "$CORPORA/bounces" ] && find "$CORPORA/bounces/eml" -type f | sort | awk 'NR % 40 == 1'
	return 0
}

# corpus_sample - corpus_files, one message per identity (mailpulse stores a message sent twice once: same From, Date and
# Message-ID, or Subject when it has none); prints smtp-send.py's list
corpus_sample() {
	corpus_files | python3 -c '
import email, sys
seen = set()
for path in sys.stdin:
    m = email.message_from_binary_file(open(path.strip(), "rb"))
    key = (m["From"], m["Date"], m["Message-ID"] or m["Subject"])
    if key not in seen:
        seen.add(key)
        print(path.strip())' | awk -v nw="$NW" '{ printf "customer@acme.com\tclaire@%s\t%s\n", nw, $0 }'
}

# qid_of NAME - the queue id of a constructed message
qid_of() { grep -F "/made/$1" "$TMP/made.sent" | cut -f1; }

# copies_of QID - how many files of the Maildir are that queue id's
copies_of() { grep -l -w "id $1" "$MAILDIR"/new/* 2>/dev/null | wc -l; }

# check_identical SENT ADDED... - delivered-check.py's subtest verdict
check_identical() {
	local sent=$1 out want
	shift
	want="$(grep -c . "$sent") identical, 0 differ, 0 missing"
	out=$(python3 "$ROOT/tests/e2e/delivered-check.py" "$MAILDIR" "$@" <"$sent")
	[ "$(tail -1 <<<"$out")" = "$want" ] || _fail "$(head -20 <<<"$out")"
}

send_and_check() {
	local mta=$1 queue_wait=$2 but=
	shift 2
	case " $* " in *" --dropped "* | *" --rewritten "*) but=" (but for $mta's own header rewriting)" ;; esac
	corpus_sample >"$TMP/corpus.list"
	local n_corpus
	n_corpus=$(grep -c . "$TMP/corpus.list")
	send_list <"$TMP/corpus.list" >"$TMP/corpus.sent" 2>"$TMP/send.err"
	made_messages | send_list >"$TMP/made.sent" 2>>"$TMP/send.err"
	$queue_wait
	wait_drained 60
	local stored
	stored=$(stored_qids)

	begin_subtest "$mta accepted every message"
	expect_equal "$(cat "$TMP/send.err")" ""
	expect_equal "$(cut -f1 "$TMP/corpus.sent" "$TMP/made.sent" | grep -c -v '^-$')" "$(( n_corpus + 4 ))"

	begin_subtest "$mta: constructed messages arrive byte for byte (headers the sender wrote, body)$but"
	check_identical "$TMP/made.sent" "$@"

	begin_subtest "$mta: the two recipients of one message both get it"
	expect_equal "$(copies_of "$(qid_of inbound.eml)")" 2

	begin_subtest "$mta: inbound and outbound mail is captured, with its direction and queue id"
	expect_equal "$(sqlite3 -batch "$E2E_DB" "SELECT direction, subject FROM messages
		WHERE queue_id IN ('$(qid_of inbound.eml)', '$(qid_of outbound.eml)') ORDER BY direction")" \
"inbound|Seats for finance
outbound|Re: Seats for finance"
	expect_match "$(cat "$MILTER_LOG")" ": $(qid_of inbound.eml): captured, eom "
	expect_match "$(cat "$MILTER_LOG")" ": $(qid_of outbound.eml): captured, eom "

	begin_subtest "$mta: internal mail and our own digest are delivered, not captured"
	local m
	for m in internal.eml digest.eml; do
		expect_equal "$(copies_of "$(qid_of $m)")" 1
		expect_no_match "$stored" "^$(qid_of $m)\$"
		expect_no_match "$(cat "$MILTER_LOG")" ": $(qid_of $m): captured"
	done
	expect_match "$(cat "$MILTER_LOG")" ": $(qid_of digest.eml): not captured: mailpulse's own digest"

	begin_subtest "$mta: real messages from the corpora arrive byte for byte ($n_corpus messages)$but"
	if [ "$n_corpus" -eq 0 ]; then
		skip_subtest "no corpus under $CORPORA (set MAILPULSE_CORPORA)"
	else
		check_identical "$TMP/corpus.sent" "$@"
	fi

	begin_subtest "$mta: real messages from the corpora are captured in the database, each once"
	if [ "$n_corpus" -eq 0 ]; then
		skip_subtest "no corpus under $CORPORA (set MAILPULSE_CORPORA)"
		return 0
	fi
	# a message the pipeline chose not to store says why in the log
	local missing= n_stored=0 n_skipped=0 qid n
	for qid in $(cut -f1 "$TMP/corpus.sent"); do
		n=$(grep -c "^$qid\$" <<<"$stored")
		if [ "$n" -eq 1 ]; then
			n_stored=$((n_stored + 1))
		elif [ "$n" -eq 0 ] && grep -q ": $qid: not stored: " "$MILTER_LOG"; then
			n_skipped=$((n_skipped + 1))
		else
			missing="$missing $qid($n)"
		fi
		grep -q ": $qid: captured, eom " "$MILTER_LOG" || missing="$missing $qid(no capture logged)"
	done
	expect_equal "$missing" ""
	echo "# corpus through $mta: $n_corpus sent, $n_stored stored, $n_skipped not stored (reason logged)"
}
