#!/bin/sh
# build-deb.sh - build the mailpulse Debian package from a copy of the tree.
#
#   sh packaging/build-deb.sh OUTDIR
#
# Copies the tree (from git: tracked files and new files not ignored, as
# they are in the working tree; else everything but build output) to
# OUTDIR/mailpulse-VERSION, makes packaging/debian/ its debian/, runs
# dpkg-buildpackage -us -uc -b there and leaves mailpulse_VERSION_ARCH.deb
# (and the .buildinfo/.changes) in OUTDIR; the copy is removed.  The build
# log is OUTDIR/build.log.  DEB_BUILD_OPTIONS is honoured (nocheck skips
# the unit tests, parallel=N).  Exits with dpkg-buildpackage's status.
set -eu
out=${1:?usage: build-deb.sh OUTDIR}
cd "$(dirname "$0")/.."
version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version)
rm -rf "$out"
mkdir -p "$out"
out=$(cd "$out" && pwd)
src=$out/mailpulse-$version
mkdir "$src"

# list_tree - the files of the source tree, one per line
list_tree() {
	if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
		git ls-files -c -o --exclude-standard | while IFS= read -r f; do
			[ -e "$f" ] && printf '%s\n' "$f"  # not a file deleted but not yet committed
		done
	else
		find . -path ./build -prune -o -path ./build-asan -prune -o -path ./build-fuzz -prune \
			-o -path ./tests/out -prune -o -path ./.git -prune -o -type f -print
	fi
}

list_tree | tar -cf - -T - | tar -xf - -C "$src"
mv "$src/packaging/debian" "$src/debian"
echo "build-deb: building mailpulse $version in $src (log: $out/build.log)"
if ! (cd "$src" && dpkg-buildpackage -us -uc -b) >"$out/build.log" 2>&1; then
	tail -30 "$out/build.log"
	echo "build-deb: dpkg-buildpackage failed; the tree is kept in $src" >&2
	exit 1
fi
rm -rf "$src"
ls "$out"/*.deb
