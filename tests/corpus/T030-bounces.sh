#!/bin/bash
# T030-bounces.sh - automated-mail detection over real bounces and mail.
#
# tests/drivers/automated_driver prints what mp_automated_detect() makes of
# each message; this script compares it with ../shared/corpora:
#   bounces/eml + expected.tsv  recipients found, permanent/temporary
#                               (confusion matrix, floor PERM_FLOOR on the
#                               recipients found), status exact, precision
#                               of mailbox_gone (floor GONE_FLOOR)
#   bounces/eml (no expectation) are bounces; rfc3834-* are auto-replies;
#   bounces/feedback            ARF reports: feedback, never bounces
#   bounces/not-bounce          look-alikes: never a failed address
#   bounces/line-endings        CRLF and CR copies: the same verdicts
#   bounces/mbox                every message a bounce
#   mime/mimekit/messages       delivery-status parts read, MDNs not bounces
#   spamassassin ham            how many are read as bounces/auto-replies
# Figures are printed for a person to read (run with bash -x to see more).
. "$(dirname "$0")/../lib.sh"
DRIVER=${DRIVER:-$ROOT/build/drivers/automated_driver}
PERM_FLOOR=0.97
GONE_FLOOR=0.99
FOUND_FLOOR=0.93
HAM_CEILING=0.005

# drive OUT FILE... - run the driver, fail the subtest when it fails
drive() {
	local out=$1
	shift
	if ! "$DRIVER" "$@" >"$out" 2>"$TMP/driver.err"; then
		_fail "driver failed: $(head -3 "$TMP/driver.err")"
	fi
}

# metric NAME - a figure printed by bounces.awk
metric() { awk -v n="$1" '$1 == "metric" && $2 == n { print $3 }' "$TMP/score"; }

# at_least A B FLOOR - A/B >= FLOOR
at_least() { awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { exit !(b > 0 && a / b >= f) }'; }

# ratio A B - A/B with 4 decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.4f", b ? a / b : 0 }'; }

# kinds FILE - "N kind" lines of the driver output
kinds() { awk -F'\t' '$1 == "M" { print $3 }' "$1" | sort | uniq -c | sed 's/^ *//'; }

if [ ! -x "$DRIVER" ]; then
	begin_subtest "automated driver"
	skip_subtest "$DRIVER not built (make build/drivers/automated_driver)"
	exit 0
fi

begin_subtest "bounces/eml: permanent/temporary per recipient agrees with expected.tsv (floor $PERM_FLOOR)"
if need_corpus bounces; then
	drive "$TMP/eml.tsv" "$CORPORA"/bounces/eml/*.eml
	awk -f "$ROOT/tests/corpus/bounces.awk" "$CORPORA/bounces/expected.tsv" "$TMP/eml.tsv" >"$TMP/score"
	rows=$(metric rows) found=$(metric found)
	pp=$(metric pp) pt=$(metric pt) tp=$(metric tp) tt=$(metric tt)
	echo "  recipients: $rows expected, $found found ($(ratio "$found" "$rows"))"
	echo "  confusion matrix (rows: expected, columns: detected)"
	printf '    %-10s %9s %9s\n' "" permanent temporary permanent "$pp" "$pt" temporary "$tp" "$tt"
	echo "  permanent/temporary agreement: $(ratio $((pp + tt)) "$found") of recipients found, $(ratio $((pp + tt)) "$rows") of all"
	echo "  status exact: $(metric exact)/$found ($(ratio "$(metric exact)" "$found")); where Sisimai's status is not one of its own X.0.9xx codes: $(metric real_exact)/$(metric real) ($(ratio "$(metric real_exact)" "$(metric real)"))"
	grep '^diff' "$TMP/score" | sed 's/^diff /  /'
	at_least $((pp + tt)) "$found" "$PERM_FLOOR" || _fail "permanent/temporary agreement below $PERM_FLOOR"
	at_least "$found" "$rows" "$FOUND_FLOOR" || _fail "recipients found below $FOUND_FLOOR"
fi

begin_subtest "bounces/eml: precision of mailbox_gone against 5.1.1-class expectations (floor $GONE_FLOOR)"
if need_corpus bounces; then
	gone=$(metric gone) ok=$(metric gone_ok)
	echo "  mailbox_gone set on $gone recipients: $ok expected 5.1.1-class or user unknown ($(ratio "$ok" "$gone")); $(metric gone_strict) by Sisimai's reason alone ($(ratio "$(metric gone_strict)" "$gone"))"
	echo "  recall: $(metric gone_hit) of $(metric gone_should) user-unknown/has-moved recipients ($(ratio "$(metric gone_hit)" "$(metric gone_should)"))"
	at_least "$ok" "$gone" "$GONE_FLOOR" || _fail "mailbox_gone precision $(ratio "$ok" "$gone") below $GONE_FLOOR"
fi

begin_subtest "bounces/eml: every file is a bounce, auto-replies (rfc3834, vacation) are auto-replies"
if need_corpus bounces; then
	echo "  $(kinds "$TMP/eml.tsv" | tr '\n' ' ')"
	vacation=$(awk -F'\t' '$5 == "vacation" { print $1 }' "$CORPORA/bounces/expected.tsv" | sort -u)
	for f in $vacation; do
		k=$(awk -F'\t' -v f="$f" '$1 == "M" && $2 ~ "/" f "$" { print $3 }' "$TMP/eml.tsv")
		case $k in auto_reply|out_of_office) ;; *) _fail "$f: $k, want an auto-reply" ;; esac
	done
	others=$(awk -F'\t' 'NR == FNR { if ($5 == "vacation") v[$1] = 1; next }
		$1 == "M" { f = $2; sub(/.*\//, "", f); sub(/:[0-9]+$/, "", f); if (!(f in v) && $3 != "bounce") print f ": " $3 }' \
		"$CORPORA/bounces/expected.tsv" "$TMP/eml.tsv")
	n_others=$(printf '%s' "$others" | grep -c . || true)
	total=$(ls "$CORPORA"/bounces/eml/*.eml | wc -l)
	echo "  not read as bounces: $n_others of $total"
	printf '%s\n' "$others" | grep . | sed 's/^/    /'
	at_least $((total - n_others)) "$total" 0.95 || _fail "fewer than 95% of the bounces read as bounces"
	delivered=$(awk -F'\t' '$5 == "delivered" { print $1 }' "$CORPORA/bounces/expected.tsv" | sort -u)
	for f in $delivered; do
		awk -F'\t' -v f="$f" '$1 == "B" && $2 ~ "/" f "$" && $7 == 1' "$TMP/eml.tsv" | grep -q . &&
			_fail "$f: a delivery notice (2.x.x) read as a permanent failure"
	done
fi

begin_subtest "bounces/feedback: ARF reports are feedback, never bounces or failures"
if need_corpus bounces; then
	drive "$TMP/fb.tsv" "$CORPORA"/bounces/feedback/*.eml
	echo "  $(kinds "$TMP/fb.tsv" | tr '\n' ' ')"
	n=$(ls "$CORPORA"/bounces/feedback/*.eml | wc -l)
	fb=$(awk -F'\t' '$1 == "M" && $3 == "feedback"' "$TMP/fb.tsv" | wc -l)
	awk -F'\t' '$1 == "M" && $3 != "feedback" { print "    not feedback: " $2 " (" $3 ")" }' "$TMP/fb.tsv"
	expect_equal "$(awk -F'\t' '$1 == "M" && $3 == "bounce"' "$TMP/fb.tsv" | wc -l)" "0"
	at_least "$fb" "$n" 0.9 || _fail "only $fb of $n read as feedback"
fi

begin_subtest "bounces/not-bounce: look-alikes never mark an address failed"
if need_corpus bounces; then
	drive "$TMP/nb.tsv" "$CORPORA"/bounces/not-bounce/*.eml
	awk -F'\t' '$1 == "M" { print "  " $2 ": " $3 " (" $4 ")" } $1 == "B" { print "    " $4 " " $5 " permanent=" $7 " gone=" $8 }' "$TMP/nb.tsv"
	expect_equal "$(awk -F'\t' '$1 == "B" && ($7 == 1 || $8 == 1)' "$TMP/nb.tsv" | wc -l)" "0"
	# the two plain look-alikes (a mail with an attached original, a plain
	# mail) are not bounces at all
	plain=$(awk -F'\t' '$1 == "M" && $3 == "bounce" && $4 == "delivery-status part"' "$TMP/nb.tsv" | wc -l)
	expect_equal "$plain" "0"
fi

# CR-only files that start with an mbox "From " line are not split by the
# mbox reader (source.c looks for LF), so the CR floor is lower.
begin_subtest "bounces/line-endings: CRLF (floor 0.97) and CR (floor 0.9) copies get the verdicts of the LF originals"
if need_corpus bounces; then
	for le in dos mac; do
		( cd "$CORPORA/bounces/line-endings/$le" && for f in *.eml; do [ -e "../../eml/$f" ] && echo "$f"; done ) >"$TMP/$le.list"
		( cd "$CORPORA/bounces/line-endings/$le" && xargs "$DRIVER" <"$TMP/$le.list" ) >"$TMP/$le.tsv"
		( cd "$CORPORA/bounces/eml" && xargs "$DRIVER" <"$TMP/$le.list" ) >"$TMP/$le.lf.tsv"
		cut -f1,3-8 "$TMP/$le.tsv" | sort >"$TMP/$le.a"
		cut -f1,3-8 "$TMP/$le.lf.tsv" | sort >"$TMP/$le.b"
		total=$(wc -l <"$TMP/$le.b") same=$(comm -12 "$TMP/$le.a" "$TMP/$le.b" | wc -l)
		echo "  $le: $same of $total verdict lines identical ($(wc -l <"$TMP/$le.list") files with an LF twin)"
		floor=0.97
		[ "$le" = mac ] && floor=0.9
		at_least "$same" "$total" "$floor" || _fail "$le: only $same of $total identical"
	done
fi

begin_subtest "bounces/mbox: every message of the mbox files is a bounce"
if need_corpus bounces; then
	drive "$TMP/mbox.tsv" "$CORPORA"/bounces/mbox/*
	echo "  $(kinds "$TMP/mbox.tsv" | tr '\n' ' ')"
	n=$(grep -c '^M' "$TMP/mbox.tsv") b=$(awk -F'\t' '$1 == "M" && $3 == "bounce"' "$TMP/mbox.tsv" | wc -l)
	expect_equal "$b" "$n"
	expect_equal "$n" "38"
fi

begin_subtest "mime: delivery-status parts are read, an MDN is not a bounce, an ARF part is feedback"
if need_corpus mime; then
	M=$CORPORA/mime/mimekit/messages
	drive "$TMP/mime.tsv" "$M"/*
	awk -F'\t' '$1 == "M" && $3 != "none" { f = $2; sub(/.*\//, "", f); print "  " f ": " $3 ", " $5 " recipient(s)" }' "$TMP/mime.tsv"
	for f in delivery-status.txt delivery-status2.txt delivery-status-no-blank-line.txt \
		delivery-status-multiple-blank-lines.txt bounce.txt; do
		got=$(awk -F'\t' -v f="/$f" '$1 == "M" && substr($2, length($2) - length(f) + 1) == f { print $3, $5 }' "$TMP/mime.tsv")
		expect_match "$got" "^bounce [1-9]"
	done
	expect_equal "$(awk -F'\t' '$1 == "M" && $2 ~ /disposition-notification/ && $3 == "bounce"' "$TMP/mime.tsv" | wc -l)" "0"
	expect_match "$(awk -F'\t' '$1 == "M" && $2 ~ /feedback-report/ { print $3 }' "$TMP/mime.tsv")" "^feedback$"
fi

begin_subtest "spamassassin ham: few messages read as bounces or auto-replies (ceiling $HAM_CEILING)"
if need_corpus spamassassin; then
	find "$CORPORA"/spamassassin/easy-ham-1 "$CORPORA"/spamassassin/easy-ham-2 \
		"$CORPORA"/spamassassin/hard-ham-1 -type f | sort >"$TMP/ham.list"
	xargs "$DRIVER" <"$TMP/ham.list" >"$TMP/ham.tsv"
	n=$(grep -c '^M' "$TMP/ham.tsv")
	echo "  $n ham messages: $(kinds "$TMP/ham.tsv" | tr '\n' ' ')"
	awk -F'\t' '$1 == "M" && $3 ~ /^(bounce|auto_reply|out_of_office)$/ { print "    " $3 " (" $4 "): " $2 }' "$TMP/ham.tsv"
	odd=$(awk -F'\t' '$1 == "M" && $3 ~ /^(bounce|auto_reply|out_of_office)$/' "$TMP/ham.tsv" | wc -l)
	awk -v a="$odd" -v b="$n" -v c="$HAM_CEILING" 'BEGIN { exit !(b > 0 && a / b <= c) }' ||
		_fail "$odd of $n ham messages read as bounces or auto-replies"
fi
