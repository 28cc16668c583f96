#!/bin/sh
# update-keys.sh - splice the KEYS section of mailpulse.conf(5) from the
# binary's one table of keys (`mailpulse config --man-keys`), between the
# BEGIN KEYS and END KEYS marker lines.  Run by `make docs`; tests/docs
# checks that the page and the table agree.
set -eu
page=$1 mp=$2
tmp=$page.tmp
# ENVIRON, not -v: awk would expand the roff backslashes of -v values.
KEYS=$("$mp" -c /dev/null config --man-keys) awk '
	/^\.\\" BEGIN KEYS/ { print; print ENVIRON["KEYS"]; skip = 1; next }
	/^\.\\" END KEYS/ { skip = 0 }
	!skip { print }
' "$page" >"$tmp"
mv "$tmp" "$page"
