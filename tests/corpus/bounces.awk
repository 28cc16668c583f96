# bounces.awk - score automated_driver output against the Sisimai
# expectations (../shared/corpora/bounces/expected.tsv); used by
# T030-bounces.sh.
#
#   awk -f bounces.awk expected.tsv driver-output.tsv
#
# Rows are matched by file name and recipient index (the expectations name
# no address).  Truth, mapped from Sisimai's reason names:
#   temporary  status 4.x.x, or a reason that clears by itself (mailboxfull,
#              systemfull, expired, toomanyconn, speeding), whatever the
#              code says; permanent otherwise;
#   mailbox gone  status 5.1.1 / 5.1.0 / 5.1.10 / 5.1.6, or reason
#              userunknown / hasmoved ("strict": the reason alone).
# Rows with reason vacation, delivered or feedback are not failures and are
# scored elsewhere.  Prints "metric NAME VALUE" lines, then up to 40
# disagreements ("diff ...") for a person to read.
BEGIN { FS = "\t" }
FNR == 1 && NR == 1 { next }
NR == FNR {
	key = $1 SUBSEP $2
	exp_status[key] = $3; exp_reason[key] = $5
	next
}
$1 == "M" { f = $2; sub(/.*\//, "", f); sub(/:[0-9]+$/, "", f); kind[f] = $3; next }
$1 == "B" {
	f = $2; sub(/.*\//, "", f); sub(/:[0-9]+$/, "", f)
	key = f SUBSEP $3
	got_status[key] = $5; got_perm[key] = $7; got_gone[key] = $8; got_diag[key] = $9
}
function note(s) { if (shown++ < 40) print "diff " s }
END {
	for (key in exp_status) {
		split(key, k, SUBSEP)
		r = exp_reason[key]; s = exp_status[key]
		if (r == "vacation" || r == "delivered" || r == "feedback" || r == "reason") continue
		rows++
		if (!(key in got_status)) { note("recipient not found: " k[1] " #" k[2] " (" s " " r ", read as " kind[k[1]] ")"); continue }
		found++
		if (got_status[key] == s) exact++
		if (s !~ /^[45]\.0\.9[0-9][0-9]$/) { real++; if (got_status[key] == s) real_exact++ }
		want = (s ~ /^4/ || r ~ /^(mailboxfull|systemfull|expired|toomanyconn|speeding)$/) ? "temporary" : "permanent"
		got = got_perm[key] == 1 ? "permanent" : "temporary"
		m[want, got]++
		if (want != got) note(k[1] " #" k[2] ": want " want " (" s " " r "), got " got " (" got_status[key] "): " substr(got_diag[key], 1, 120))
		truth = (r == "userunknown" || r == "hasmoved" || s ~ /^5\.1\.(1|0|10|6)$/)
		strict = (r == "userunknown" || r == "hasmoved")
		if (got_gone[key] == 1) {
			gone++; gone_ok += truth; gone_strict += strict
			if (!truth) note(k[1] " #" k[2] ": mailbox_gone but expected " s " " r ": " substr(got_diag[key], 1, 120))
		}
		if (strict) { should++; if (got_gone[key] == 1) hit++ }
	}
	printf "metric rows %d\nmetric found %d\nmetric exact %d\nmetric real %d\nmetric real_exact %d\n", rows, found, exact, real, real_exact
	printf "metric pp %d\nmetric pt %d\nmetric tp %d\nmetric tt %d\n", m["permanent","permanent"], m["permanent","temporary"], m["temporary","permanent"], m["temporary","temporary"]
	printf "metric gone %d\nmetric gone_ok %d\nmetric gone_strict %d\nmetric gone_should %d\nmetric gone_hit %d\n", gone, gone_ok, gone_strict, should, hit
}
