#!/bin/bash
# T040-real-signals.sh - how many signals real mail nobody here wrote raises.
#
# The labelled set (tests/data/signals) measures precision on mail written
# for the purpose; this test runs real mail through `mailpulse ingest` as
# customer mail and bounds how many signals it raises: per category, a
# ceiling on signals per 1,000 stored messages.  Most real mail that
# reaches a company from outside is newsletters, adverts and notifications,
# and most of what a person writes is no signal, so a loose rule or a
# newsletter read as a person shows up here as a jump in the rate.
#
#   enron        ../shared/corpora/enron, InternalDomains enron.com (3,158 of
#                14,547 stored: mail between Enron and outside parties)
#   spamassassin ../shared/corpora/spamassassin easy-ham-1/2, hard-ham-1,
#                InternalDomains taint.org jmason.org (1,465 of 4,150 stored)
#
# Figures of the run the ceilings come from (signals per 1,000 stored; the
# read-and-judged tally is in docs/signals.md, "Real mail check"):
#
#   category     enron (before -> after)   spamassassin (before -> after)
#   pricing      165.3 -> 63.0 -> 12.3     60.8 -> 0.7
#   commitment    15.8 -> 15.5              1.4 -> 1.4
#   escalation    17.1 ->  8.2              2.7 -> 0.7
#   advocacy      28.2 ->  7.6              4.1 -> 2.0
#   churn_risk    15.2 ->  5.4              6.1 -> 0.0
#   renewal        7.6 ->  3.5              0.7 -> 0.7
#   expansion      4.1 ->  1.3              1.4 -> 0.7
#   competitor     0.6 ->  0.0              0.0 -> 0.0
#
# The third pricing figure is after pricing-mention (English price words
# count only in a sentence that names the deal); its ceiling is 16.
# "before" is the pipeline before bulk mail without list headers was
# recognised (airline offers, shop promotions, news digests read as a
# person).  The ceilings sit about 25% above "after", and at least 2 signals
# above it, so that one more true signal in a rule edit does not fail the
# test while a rule loosened to fire on "price" or a newsletter detector
# switched off does (several times the rate).  Enron stays high on pricing
# and commitment because its traders really do discuss prices with
# counterparties and promise things to them; most of what remains there is
# still false (see docs/signals.md), so the ceiling is a guard, not a goal.
#
# Second check: no stored message that the pipeline marked automated
# (list, auto_generated, auto_reply, bounce ...) carries a phrase signal.
# Runs in about 15 s with the normal build.
. "$(dirname "$0")/../lib.sh"

# ceiling CORPUS CATEGORY - signals per 1,000 stored messages allowed
ceiling() {
	case $1:$2 in
	enron:pricing) echo 16 ;;
	enron:commitment) echo 20 ;;
	enron:escalation) echo 11 ;;
	enron:advocacy) echo 10 ;;
	enron:churn_risk) echo 7 ;;
	enron:renewal) echo 5 ;;
	enron:expansion) echo 2.5 ;;
	enron:competitor) echo 1 ;;
	spamassassin:advocacy) echo 4 ;;
	spamassassin:*) echo 3 ;;
	esac
}

CATEGORIES="expansion advocacy churn_risk competitor pricing escalation commitment renewal"

# ingest_real NAME INTERNAL PATH... - ingest as customer mail into $TMP/NAME.db
ingest_real() {
	local name=$1 internal=$2
	shift 2
	printf 'Database %s/%s.db\nInternalDomains %s\nRulesDir %s/rules\nCompetitors %s\n' \
		"$TMP" "$name" "$internal" "$ROOT" \
		"Tableau, Looker, Power BI, Qlik, Domo, Sisense, Metabase" >"$TMP/$name.conf"
	if ! "$MP" -c "$TMP/$name.conf" ingest "$@" >"$TMP/$name.out" 2>&1; then
		_fail "ingest failed: $(tail -3 "$TMP/$name.out")"
		return 1
	fi
}

# query NAME SQL - one value from the database
query() {
	python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$TMP/$1.db" "$2"
}

# check_rates NAME - every category under its ceiling
check_rates() {
	local name=$1 stored n rate c
	stored=$(query "$name" "SELECT count(*) FROM messages")
	echo "  $name: $stored messages stored"
	[ "$stored" -gt 0 ] || { _fail "nothing stored"; return; }
	for c in $CATEGORIES; do
		n=$(query "$name" "SELECT count(*) FROM signals WHERE category = '$c'")
		rate=$(awk -v n="$n" -v s="$stored" 'BEGIN { printf "%.1f", 1000 * n / s }')
		printf '    %-11s %4d signals  %6s per 1,000  (ceiling %s)\n' "$c" "$n" "$rate" "$(ceiling "$name" "$c")"
		awk -v r="$rate" -v c="$(ceiling "$name" "$c")" 'BEGIN { exit !(r <= c) }' ||
			_fail "$name: $c at $rate per 1,000 stored, ceiling $(ceiling "$name" "$c")"
	done
}

# check_automated NAME - no automated message carries a phrase signal
check_automated() {
	local n
	n=$(query "$1" "SELECT count(*) FROM signals s JOIN messages m ON m.id = s.message_id
		WHERE m.automated <> 'none'")
	echo "  $1: $n signals on automated messages; $(query "$1" "SELECT count(*) FROM messages
		WHERE automated <> 'none'") automated messages stored"
	expect_equal "$n" "0"
}

if [ ! -x "$MP" ]; then
	begin_subtest "real-mail signals"
	skip_subtest "$MP is not built (make all)"
	exit 0
fi

SA_DIRS="easy-ham-1 easy-ham-2 hard-ham-1"

begin_subtest "spamassassin ham as customer mail: signals per 1,000 stored under the ceilings"
if need_corpus spamassassin && ingest_real spamassassin "taint.org jmason.org" \
	$(for d in $SA_DIRS; do echo "$CORPORA/spamassassin/$d"; done); then
	check_rates spamassassin
fi

begin_subtest "spamassassin ham: no message marked automated carries a signal"
if need_corpus spamassassin && [ -s "$TMP/spamassassin.db" ]; then
	check_automated spamassassin
fi

begin_subtest "enron as customer mail: signals per 1,000 stored under the ceilings"
if need_corpus enron && ingest_real enron enron.com "$CORPORA/enron/maildir"; then
	check_rates enron
fi

begin_subtest "enron: no message marked automated carries a signal"
if need_corpus enron && [ -s "$TMP/enron.db" ]; then
	check_automated enron
fi
