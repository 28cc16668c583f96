#!/bin/bash
# bench/imap.sh - IMAP backfill against a local Dovecot, beside `ingest` of
# the same Maildir from disk (part of `make bench`; root only).
#
# The SpamAssassin ham of ../shared/corpora (generated customer mail when
# it is absent), readdressed as customer mail so that every message is
# stored, is served by a private Dovecot (tests/e2e/dovecot-instance.sh:
# imaps on loopback, its own config and certificate under a temporary
# directory).  The same Maildir is ingested twice into fresh databases:
# over IMAP (`ingest imaps://...`, --rate unlimited) and from disk.
# Printed: messages, seconds and messages/s of each, and the ratio.  It
# asserts nothing: machines are noisy, compare the ratio.
set -eu
cd "$(dirname "$0")/.."
ROOT=$PWD
CORPORA=${MAILPULSE_CORPORA:-$ROOT/../shared/corpora}
MP=$ROOT/build/mailpulse
N=${IMAP_BENCH_MESSAGES:-2000}
if [ "$(id -u)" != 0 ] || ! command -v dovecot >/dev/null; then
	echo "imap: skipped (needs root and dovecot-imapd)"
	exit 0
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mailpulse-bench-imap.XXXXXX")
chmod 0755 "$WORK"
. "$ROOT/tests/e2e/dovecot-instance.sh"
trap 'dv_stop "$WORK/dv"; rm -rf "$WORK"' EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
IMAPS=$(port)
dv_fill_maildir "$WORK/dv" "$N"
dv_start "$WORK/dv" "$IMAPS" "$(port)" bench@northwind-analytics.com bench >/dev/null
printf 'bench\n' >"$WORK/pw"
printf 'InternalDomains northwind-analytics.com\nRulesDir %s/rules\n' "$ROOT" >"$WORK/mp.conf"

# rate NAME DB ARGS... - one ingest, its messages/s
rate() {
	local name=$1 db=$2 t0 t1
	shift 2
	t0=$(date +%s.%N)
	"$MP" -c "$WORK/mp.conf" -d "$db" ingest "$@" >"$WORK/$name.log" 2>&1
	t1=$(date +%s.%N)
	python3 -c 'import sys; n, a, b = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]); print("%.1f %.0f" % (b - a, n / (b - a)))' \
		"$(sqlite3 "$db" 'SELECT count(*) FROM messages')" "$t0" "$t1"
}
read -r imap_s imap_r < <(rate imap "$WORK/imap.db" --password-file "$WORK/pw" \
	--ca-file "$WORK/dv/cert.pem" --rate unlimited \
	"imaps://bench@northwind-analytics.com@127.0.0.1:$IMAPS/INBOX")
read -r disk_s disk_r < <(rate disk "$WORK/disk.db" "$WORK/dv/Maildir")
echo "imap backfill, $N messages (local Dovecot, TLS):"
printf '  %-28s %6.1f s %6d msg/s\n' "ingest imaps://" "$imap_s" "$imap_r" \
	"ingest MAILDIR (same mail)" "$disk_s" "$disk_r"
python3 -c 'import sys; print("  imap/disk %.2f" % (float(sys.argv[1]) / float(sys.argv[2])))' "$imap_r" "$disk_r"
