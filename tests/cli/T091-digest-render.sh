#!/bin/bash
# T091-digest-render.sh - the HTML parts as a mail client would show them:
# headless Chromium renders each to a PNG kept under tests/out/ (look at
# them: digest-claire.png, digest-hostile.png, report.png).  A subtest
# fails when Chromium cannot render the page or the picture is blank or
# not the asked size.  Chromium is a Debian package (make deps); without it
# the subtests SKIP.
. "$(dirname "$0")/../lib.sh"
DATA=$ROOT/tests/data/digest
OUT=$ROOT/tests/out
mkdir -p "$OUT"
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)

# html_part MESSAGE HTML - write the text/html part of MESSAGE to HTML
html_part() {
	python3 - "$1" "$2" <<'PY'
import email, sys
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=policy.default)
open(sys.argv[2], "w", encoding="utf-8").write(m.get_body(("html",)).get_content())
PY
}

# png_facts PNG - "WIDTHxHEIGHT COLOURS": IHDR size and distinct colours in
# a sample of rows (a blank page has one or two)
png_facts() {
	python3 - "$1" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, w = 8, b"", 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        w, h, depth, ctype = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
bpp = {2: 3, 6: 4}[ctype]
stride = 1 + w * bpp
colours = set()
# unfiltering needs every row; sample colours from every 16th row after it
prev = bytearray(w * bpp)
for y in range(h):
    f, row = raw[y * stride], bytearray(raw[y * stride + 1:(y + 1) * stride])
    for i in range(len(row)):
        a = row[i - bpp] if i >= bpp else 0
        b, c = prev[i], prev[i - bpp] if i >= bpp else 0
        if f == 1: row[i] = (row[i] + a) & 255
        elif f == 2: row[i] = (row[i] + b) & 255
        elif f == 3: row[i] = (row[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    if y % 16 == 0:
        colours.update(bytes(row[i:i + 3]) for i in range(0, len(row), bpp * 4))
    prev = row
print(f"{w}x{h}", len(colours))
PY
}

# render NAME MESSAGE - MESSAGE's HTML part to $OUT/NAME.html and NAME.png
render() {
	local name=$1 msg=$2
	rm -f "$OUT/$name.png"
	html_part "$msg" "$OUT/$name.html"
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars \
		--screenshot="$OUT/$name.png" --window-size=900,1600 "file://$OUT/$name.html" \
		>"$TMP/$name.chromium.log" 2>&1
	local status=$?
	if [ "$status" -ne 0 ] || [ ! -s "$OUT/$name.png" ]; then
		_fail "chromium exited $status without $OUT/$name.png: $(tail -5 "$TMP/$name.chromium.log")"
		return
	fi
	local facts
	facts=$(png_facts "$OUT/$name.png" 2>&1)
	expect_match "$facts" "^900x1600 "
	# a rendered digest has text, bars and sparklines in many colours
	if [ "${facts##* }" -lt 8 ] 2>/dev/null; then
		_fail "$OUT/$name.png looks blank ($facts)"
	fi
}

for case in claire hostile; do
	begin_subtest "the HTML part of the $case digest renders in Chromium (tests/out/digest-$case.png)"
	if [ -z "$CHROMIUM" ]; then skip_subtest "chromium is not installed (make deps)"; continue; fi
	"$MP" -c /dev/null digest --model "$DATA/$case.json" >"$TMP/$case.eml"
	render "digest-$case" "$TMP/$case.eml"
done

begin_subtest "the HTML part of the portfolio report renders in Chromium (tests/out/report.png)"
if [ -z "$CHROMIUM" ]; then
	skip_subtest "chromium is not installed (make deps)"
else
	"$MP" -c /dev/null report --model "$DATA/portfolio.json" >"$TMP/report.eml"
	render report "$TMP/report.eml"
fi

begin_subtest "the blank-page check can fail: an empty page reads as blank"
if [ -z "$CHROMIUM" ]; then
	skip_subtest "chromium is not installed (make deps)"
else
	# the check itself must be able to fail: an empty page is reported blank
	printf '<html><body style="background:#fff"></body></html>' >"$OUT/blank.html"
	timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars \
		--screenshot="$TMP/blank.png" --window-size=900,1600 "file://$OUT/blank.html" >/dev/null 2>&1
	expect_match "$(png_facts "$TMP/blank.png")" "^900x1600 [12]$"
	rm -f "$OUT/blank.html"
fi
