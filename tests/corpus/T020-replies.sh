#!/bin/bash
# T020-replies.sh - the new text of real replies against known answers.
#
# Runs mp_newtext_split() (through build/drivers/newtext_driver) over
# ../shared/corpora/replies and reports, per fixture set, the share of
# exact matches after white space is normalised (runs of white space are
# one space; the talon HTML set is compared with all white space removed,
# as its expected.tsv says):
#
#   talon/standard_replies  whole .eml messages; expected.tsv gives the
#                           reply without its quoted part (what
#                           mp_newtext keeps as body + signature)
#   talon/html_replies      HTML bodies through mp_html_to_text();
#                           expected.tsv, idem
#   talon/signature         X_body with X_sender as the display name; the
#                           signature must equal X_signature
#   email_reply_parser, crisp, willdurand, zapier
#                           plain-text bodies; no expectation ships as
#                           data, so tests/corpus/replies-expected/<set>/
#                           holds the new text (body, signature removed)
#                           written for each file by reading it
#
# Each set must reach its floor (FLOORS below).  First honest run, before
# any floor was set (see docs/signals.md, "New text"):
#   talon/standard_replies 12/12, talon/html_replies 9/9,
#   talon/signature 4/6, email_reply_parser 22/22, crisp 64/67,
#   willdurand 5/8, zapier 4/4.
# The talon figures are against expectations that ship with the fixtures;
# the others against ours, written by reading each file (and the module's
# output beside it, so they may lean its way: read them critically).
# Floors sit a little under those figures so that a regression fails but
# the test does not pin every file.  No rule in src/ knows these files.
. "$(dirname "$0")/../lib.sh"
DRIVER=${NEWTEXT_DRIVER:-$ROOT/build/drivers/newtext_driver}
EXPECTED=$ROOT/tests/corpus/replies-expected
REPLIES=$CORPORA/replies
declare -A FLOORS=(
	[talon/standard_replies]=0.90 [talon/html_replies]=0.88 [talon/signature]=0.50
	[email_reply_parser]=0.90 [crisp]=0.90 [willdurand]=0.50 [zapier]=0.75
)

# norm - white space runs to one space, trimmed (nospace: all removed)
norm() {
	if [ "${2:-}" = nospace ]; then
		printf '%s' "$1" | tr -d '[:space:]'
	else
		printf '%s' "$1" | tr -s '[:space:]' ' ' | sed 's/^ //; s/ $//'
	fi
}

# tally SET GOT WANT [nospace] - count one comparison, remember misses
tally() {
	total=$((total + 1))
	if [ "$(norm "$2" "${4:-}")" = "$(norm "$3" "${4:-}")" ]; then
		matched=$((matched + 1))
	else
		misses="$misses $1"
	fi
}

# report SET - print the share and check it against the floor
report() {
	local set=$1 floor=${FLOORS[$1]}
	local share
	share=$(awk -v m="$matched" -v t="$total" 'BEGIN { printf "%.2f", t ? m / t : 0 }')
	echo "    $set: $matched/$total exact ($share, floor $floor)${misses:+; missed:$misses}"
	if [ "$total" -eq 0 ]; then
		_fail "$set: no fixture found"
	elif awk -v s="$share" -v f="$floor" 'BEGIN { exit !(s + 0 < f + 0) }'; then
		_fail "$set: $share is below the floor $floor"
	fi
}

# expected_of DIR FILE - the reply expected.tsv gives for FILE
expected_of() {
	local want
	want=$(awk -F'\t' -v f="$2" '$1 == f { print $2 }' "$1/expected.tsv")
	case $want in
	file:*) cat "$1/${want#file:}" ;;
	*) printf '%b' "$want" ;;
	esac
}

check_talon_tsv() {
	local set=$1 mode=$2 ws=${3:-}
	local dir=$REPLIES/talon/$set
	matched=0 total=0 misses=""
	while IFS=$'\t' read -r file _; do
		[ "$file" = file ] && continue
		tally "$file" "$("$DRIVER" "--$mode" "$dir/$file" reply)" "$(expected_of "$dir" "$file")" "$ws"
	done <"$dir/expected.tsv"
	report "talon/$set"
}

check_talon_signatures() {
	local dir=$REPLIES/talon/signature/stripped
	matched=0 total=0 misses=""
	for body in "$dir"/*_body; do
		local base=${body%_body}
		tally "$(basename "$base")" "$("$DRIVER" --from "$(cat "${base}_sender")" "$body" signature)" \
			"$(cat "${base}_signature")"
	done
	report talon/signature
}

check_own_expectations() {
	local set=$1
	matched=0 total=0 misses=""
	for file in "$REPLIES/$set"/*; do
		local want=$EXPECTED/$set/$(basename "$file")
		if [ ! -e "$want" ]; then
			_fail "$set: no expectation for $(basename "$file") in tests/corpus/replies-expected"
			continue
		fi
		tally "$(basename "$file")" "$("$DRIVER" "$file" body)" "$(cat "$want")"
	done
	report "$set"
}

for set in talon/standard_replies talon/html_replies talon/signature \
           email_reply_parser crisp willdurand zapier; do
	begin_subtest "new text of replies/$set reaches its floor"
	if [ ! -x "$DRIVER" ]; then
		skip_subtest "$DRIVER not built (make build/drivers/newtext_driver)"
		continue
	fi
	need_corpus "replies/${set%%/*}" || continue
	case $set in
	talon/standard_replies) check_talon_tsv standard_replies eml ;;
	talon/html_replies) check_talon_tsv html_replies html nospace ;;
	talon/signature) check_talon_signatures ;;
	*) check_own_expectations "$set" ;;
	esac
done
