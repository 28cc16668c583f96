#!/bin/bash
# T010-docs.sh - the man pages and the default config agree with the code.
#
# The KEYS section of mailpulse.conf(5) must be what the binary's one table
# of keys prints; every key must appear in packaging/mailpulse.conf; every
# command of `mailpulse help` must have its subsection in mailpulse(1); every
# exit code of include/status.h must be in its EXIT STATUS; the pages must
# render without a warning; README.md's layout map must name every source
# file of src/, milter/ and cli/ (by name or by a family such as store*.c),
# under its own directory; both programs print the changelog's version.
. "$(dirname "$0")/../lib.sh"

begin_subtest "mailpulse.conf(5) KEYS section equals \`mailpulse config --man-keys\`"
page_keys=$(awk '/^\.\\" BEGIN KEYS/ { on = 1; next } /^\.\\" END KEYS/ { on = 0 } on' "$ROOT/docs/mailpulse.conf.5")
expect_equal "$page_keys" "$("$MP" -c /dev/null config --man-keys)"

begin_subtest "every configuration key is in packaging/mailpulse.conf"
for key in $("$MP" -c /dev/null config | sed -n 's/^\(# \)\{0,1\}\([A-Z][A-Za-z]*\) .*/\2/p'); do
	grep -q -E "^#?$key( |$)" "$ROOT/packaging/mailpulse.conf" || _fail "$key missing"
done

begin_subtest "packaging/mailpulse.conf is accepted as it ships"
expect_status 0 "$MP" -c "$ROOT/packaging/mailpulse.conf" config

begin_subtest "every command of \`mailpulse help\` has its subsection in mailpulse(1)"
for cmd in $("$MP" help | sed -n 's/^  \([a-z]*\) .*/\1/p'); do
	grep -q -E "^\.SS $cmd( |$)" "$ROOT/docs/mailpulse.1" || _fail "no .SS $cmd"
done

begin_subtest "every exit code of include/status.h is in mailpulse(1) EXIT STATUS"
exit_section=$(awk '/^\.SH EXIT STATUS/ { on = 1; next } /^\.SH / { on = 0 } on' "$ROOT/docs/mailpulse.1")
for code in $(sed -n 's/^\tMP_[A-Z_]* = \([0-9]*\),.*/\1/p' "$ROOT/include/status.h"); do
	printf '%s\n' "$exit_section" | grep -q -x "\.B $code" || _fail "exit code $code undocumented"
done

begin_subtest "the man pages render without warnings"
if ! command -v man >/dev/null; then
	skip_subtest "man (man-db) is not installed"
else
	for page in mailpulse.1 mailpulse.conf.5 mailpulse-milter.8; do
		warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$ROOT/docs/$page" 2>&1 >/dev/null)
		expect_equal "$warnings" ""
	done
fi

begin_subtest "mailpulse-milter(8) documents every option of the daemon's usage"
for opt in $("$ROOT/build/mailpulse-milter" -h | sed -n 's/^  \(-[a-zA-Z]\) .*/\1/p'); do
	grep -q -F ".B \\$opt" "$ROOT/docs/mailpulse-milter.8" ||
		grep -q -F ".BI \\$opt" "$ROOT/docs/mailpulse-milter.8" || _fail "option $opt undocumented"
done

# map_names DIR - the file names and families (globs; "<command>" read as
# "*") README.md's layout map gives under DIR/, one per line
map_names() {
	awk -v dir="$1/" '
		/^## Layout/ { layout = 1; next }
		layout && /^```/ { if (inmap) exit; inmap = 1; next }
		!inmap { next }
		/^[^ ]/ { section = $1 }
		section == dir {
			line = $0
			while (match(line, /[A-Za-z0-9_*<>]+\.c/)) {
				name = substr(line, RSTART, RLENGTH)
				gsub(/<[a-z]+>/, "*", name)
				print name
				line = substr(line, RSTART + RLENGTH)
			}
		}' "$ROOT/README.md"
}

begin_subtest "README.md's layout map names every source file of src/, milter/ and cli/"
for dir in src milter cli; do
	names=$(map_names "$dir")
	[ -n "$names" ] || _fail "no $dir/ entry in the layout map"
	for file in "$ROOT/$dir"/*.c; do
		base=${file##*/}
		found=
		while IFS= read -r name; do
			# shellcheck disable=SC2053  # $name is a glob on purpose
			[[ $base == $name ]] && found=1 && break
		done <<<"$names"
		[ -n "$found" ] || _fail "$dir/$base is missing from README.md's layout map"
	done
done

begin_subtest "both programs print the version of packaging/debian/changelog"
version=$(sed -n '1{s/^[^(]*(\([^)]*\)).*/\1/;s/^[0-9]*://;s/-[^-]*$//;p;}' "$ROOT/packaging/debian/changelog")
expect_equal "$("$MP" -V)" "mailpulse $version"
expect_equal "$("$ROOT/build/mailpulse-milter" -V)" "mailpulse-milter $version"
