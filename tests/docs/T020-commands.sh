#!/bin/bash
# T020-commands.sh - what the documents tell an admin to type exists.
#
# Every `mailpulse COMMAND --option` written in the man pages, the admin
# guide, the other documents, the default configuration, the cron file and
# the units, and every option of a `.SS COMMAND` section of mailpulse(1),
# is an option that `mailpulse help COMMAND` lists (or a global one, before
# the command); every `mailpulse-milter -x` one that `mailpulse-milter -h`
# lists; and every option a help text lists is accepted by the command.
# The paths the documents name are checked against the package's file list
# in tests/pkg.
. "$(dirname "$0")/../lib.sh"
CHECK=$ROOT/tests/docs/doc-mentions.py
DOCS=("$ROOT"/docs/mailpulse.1 "$ROOT"/docs/mailpulse-milter.8 "$ROOT"/docs/mailpulse.conf.5
	"$ROOT"/docs/*.md "$ROOT"/README.md "$ROOT"/packaging/mailpulse.conf
	"$ROOT"/packaging/cron.d/mailpulse "$ROOT"/packaging/systemd/*)

begin_subtest "every mailpulse and mailpulse-milter option the documents name exists"
expect_equal "$(python3 "$CHECK" options "$MP" "$ROOT/build/mailpulse-milter" "${DOCS[@]}" 2>&1)" ""

begin_subtest "the check sees a misspelt option, a wrong global one, one in the wrong section"
cat >"$TMP/bad.md" <<'DOC'
    0 7 * * *   mailpulse  /usr/bin/mailpulse digest --send --focre
Run `mailpulse --as-of 2026-01-01 contacts --jsn` or `mailpulse -q status`;
runuser -u mailpulse -- mailpulse forget --dryrun bob@example.com; mailpulse-milter -z
The mailpulse user --is prose, and so is `install -o mailpulse -g mailpulse -m 0750`.
DOC
printf '.SS purge [--before date]\n--before and --am\n.SH FILES\n--anything\n' >"$TMP/bad.1"
got=$(python3 "$CHECK" options "$MP" "$ROOT/build/mailpulse-milter" "$TMP/bad.md" "$TMP/bad.1" 2>&1 |
	sed "s|$TMP/||")
expect_equal "$got" "bad.md:1: mailpulse digest --focre: no such option
bad.md:2: mailpulse contacts --jsn: no such option
bad.md:2: mailpulse -q: no such global option
bad.md:3: mailpulse forget --dryrun: no such option
bad.md:3: mailpulse-milter -z: no such option
bad.1:2: .SS purge: --am is no option of mailpulse purge"

begin_subtest "every option a command's help lists, the command accepts"
expect_equal "$(python3 "$CHECK" accepted "$MP" 2>&1)" ""
