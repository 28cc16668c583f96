#!/bin/bash
# T010-corpus.sh - real public mail through the pipeline under ASan+UBSan.
#
# Every message of ../shared/corpora goes through `mailpulse ingest` built
# with AddressSanitizer and UndefinedBehaviorSanitizer: no report, no
# crash, every file accounted for.  For the SpamAssassin and Enron sets the
# stored direction counts are compared with an independent oracle
# (oracle.py, Python's own email parser): the two must agree on at least
# AGREEMENT_FLOOR of the messages, and the disagreements are printed.
. "$(dirname "$0")/../lib.sh"
MP=${MP_ASAN:-$ROOT/build-asan/mailpulse}
AGREEMENT_FLOOR=0.995

# ingest_corpus NAME INTERNAL PATH... - ingest under ASan; sets $out
ingest_corpus() {
	local name=$1 internal=$2
	shift 2
	printf 'Database %s/%s.db\nInternalDomains %s\n' "$TMP" "$name" "$internal" >"$TMP/$name.conf"
	"$MP" -c "$TMP/$name.conf" ingest "$@" >"$TMP/$name.out" 2>"$TMP/$name.err"
	status=$?
	out=$(cat "$TMP/$name.out")
}

# expect_clean NAME - no sanitizer report, exit 0, no unparseable message
expect_clean() {
	if grep -q -E 'AddressSanitizer|LeakSanitizer|runtime error' "$TMP/$1.err"; then
		_fail "sanitizer report: $(grep -m3 -E 'ERROR|runtime error' "$TMP/$1.err")"
	fi
	expect_equal "$status" "0"
	expect_match "$out" " 0 unparseable, 0 unreadable files$"
}

# compare_oracle NAME INTERNAL PATH... - stored directions vs oracle.py
compare_oracle() {
	local name=$1 internal=$2
	shift 2
	python3 "$ROOT/tests/corpus/oracle.py" "$internal" "$@" | sort -k2 >"$TMP/$name.oracle"
	sqlite3 -separator ' ' "$TMP/$name.db" "SELECT direction, origin FROM messages" | sort -k2 >"$TMP/$name.stored"
	# every file the oracle stores must be stored with the same direction
	total=$(grep -c -E '^(inbound|outbound) ' "$TMP/$name.oracle")
	agree=$(join -1 2 -2 2 <(grep -E '^(inbound|outbound) ' "$TMP/$name.oracle") "$TMP/$name.stored" |
		awk '$2 == $3' | wc -l)
	# a file the oracle stores that the pipeline judged a copy of a stored
	# message under another Message-ID (src/store_copy.c: same sender and
	# subject, dates within minutes) is stored once: it agrees
	copies=$(join -v 1 -1 2 -2 2 <(grep -E '^(inbound|outbound) ' "$TMP/$name.oracle") "$TMP/$name.stored" |
		cut -d' ' -f1 | python3 "$ROOT/tests/corpus/copies.py" "$TMP/$name.db")
	echo "$name: $copies of the oracle's files stored once as copies"
	agree=$((agree + copies))
	extra=$(join -v 2 -1 2 -2 2 <(grep -E '^(inbound|outbound) ' "$TMP/$name.oracle") "$TMP/$name.stored" | wc -l)
	echo "$name: oracle stores $total, pipeline stores $(wc -l <"$TMP/$name.stored"), agree on $agree, $extra stored that the oracle skips"
	join -v 1 -1 2 -2 2 <(grep -E '^(inbound|outbound) ' "$TMP/$name.oracle") "$TMP/$name.stored" | head -5 | sed 's/^/  oracle only: /'
	join -v 2 -1 2 -2 2 <(grep -E '^(inbound|outbound) ' "$TMP/$name.oracle") "$TMP/$name.stored" | head -5 | sed 's/^/  pipeline only: /'
	if ! awk -v a="$agree" -v e="$extra" -v t="$total" -v f="$AGREEMENT_FLOOR" \
		'BEGIN { exit !(t > 0 && a / t >= f && e / t <= 1 - f) }'; then
		_fail "agreement $agree/$total (+$extra extra) below $AGREEMENT_FLOOR"
	fi
}

begin_subtest "SpamAssassin corpus (6,046 messages): no fault under ASan+UBSan"
if need_corpus spamassassin; then
	ingest_corpus sa spamassassin.taint.org "$CORPORA"/spamassassin/*-[0-9]
	expect_clean sa
	expect_match "$out" "^ingest: 6046 messages "
fi

begin_subtest "SpamAssassin corpus: stored directions agree with the oracle"
if need_corpus spamassassin; then
	compare_oracle sa spamassassin.taint.org "$CORPORA"/spamassassin/*-[0-9]
fi

begin_subtest "Enron corpus (14,547 messages): no fault under ASan+UBSan"
if need_corpus enron; then
	ingest_corpus enron enron.com "$CORPORA/enron/maildir"
	expect_clean enron
	expect_match "$out" "^ingest: 14547 messages "
fi

begin_subtest "Enron corpus: stored directions agree with the oracle"
if need_corpus enron; then
	compare_oracle enron enron.com "$CORPORA/enron/maildir"
fi

begin_subtest "Enron corpus: ingesting again stores nothing new"
if need_corpus enron; then
	before=$(sqlite3 "$TMP/enron.db" "SELECT count(*) FROM messages")
	ingest_corpus enron enron.com "$CORPORA/enron/maildir"
	expect_match "$out" ": 0 stored, [0-9]+ already stored"
	expect_equal "$(sqlite3 "$TMP/enron.db" "SELECT count(*) FROM messages")" "$before"
fi

begin_subtest "bounces and MIME torture sets: no fault, every file read"
if need_corpus bounces && need_corpus mime; then
	ingest_corpus odd example.com "$CORPORA/bounces" "$CORPORA/mime"
	if grep -q -E 'AddressSanitizer|LeakSanitizer|runtime error' "$TMP/odd.err"; then
		_fail "sanitizer report: $(grep -m3 -E 'ERROR|runtime error' "$TMP/odd.err")"
	fi
	expect_match "$out" "^ingest: [0-9]+ messages "
	expect_no_match "$(cat "$TMP/odd.err")" "Segmentation|Aborted"
fi
