#!/bin/bash
# T010-deb.sh - the Debian package: contents and modes, the paths its
# documents name, install, the admin's first day, the daemon as the
# service runs it and as another init would, purge.
#
# Builds build/deb/mailpulse_VERSION_ARCH.deb with `make deb` unless one
# newer than every source file is there.  The install subtests need root
# and a machine without mailpulse (no package, user, group or directories):
# they install the package for real, follow the admin guide's first day
# (root imports the accounts and backfills a Maildir only its owner may
# read, before anything else wrote the database), run the daemon the way
# the systemd unit does (as the mailpulse user, socket in /run/mailpulse),
# capture a message through the socket, check who may read and write what
# (an Account Manager in the group previews a digest, read-only), start the
# daemon as root the way an init without systemd does, and purge the
# package, which must stop that daemon, say what to remove from Postfix's
# main.cf (a private Postfix configuration, MAIL_CONFIG: the machine's own
# is not touched) and leave the machine as it was.  They are skipped, with
# the reason, otherwise.  systemd itself need not be running.
. "$(dirname "$0")/../lib.sh"

ARCH=$(dpkg --print-architecture 2>/dev/null)
VERSION=$(dpkg-parsechangelog -l "$ROOT/packaging/debian/changelog" -S Version 2>/dev/null)
DEB=$ROOT/build/deb/mailpulse_${VERSION}_$ARCH.deb
SYS_PY=/usr/bin/python3   # not a per-user shim: it runs as other users here
MILTER_PID=""   # the daemon's supervisor
RUNNER_PID=""   # our child: the supervisor itself, or strace running it
INIT_PID=""     # the daemon started as root, as an init without systemd would
INSTALLED=0

# cleanup - stop our daemon and purge our package if a subtest failed midway
cleanup() {
	end_subtest
	[ -n "$MILTER_PID" ] && kill -TERM "$MILTER_PID" 2>/dev/null && sleep 1
	[ -n "$INIT_PID" ] && kill -TERM "$INIT_PID" 2>/dev/null && sleep 1
	[ "$INSTALLED" = 1 ] && dpkg --purge mailpulse >/dev/null 2>&1
	rm -rf "$TMP"
}
trap cleanup EXIT

# deb_is_stale - no package yet, or a source file changed since it was built
deb_is_stale() {
	[ -e "$DEB" ] || return 0
	[ -n "$(find "$ROOT" \( -path "$ROOT/build*" -o -path "$ROOT/tests/out" -o -path "$ROOT/.git" \) \
		-prune -o -type f -newer "$DEB" -print -quit)" ]
}

# entry PATH - "MODE OWNER/GROUP" of PATH in the package's file list
entry() {
	awk -v p="./${1#/}" '$6 == p { print $1, $2 }' "$TMP/contents"
}

# owner_mode PATH - "USER:GROUP MODE" of an installed file
owner_mode() {
	stat -c '%U:%G %a' "$1" 2>&1
}

# as_nobody [--groups G] CMD... - run CMD as nobody, with only group G
as_nobody() {
	local groups=--clear-groups
	if [ "$1" = --groups ]; then groups="--groups=$2"; shift 2; fi
	(cd / && setpriv --reuid=nobody --regid=nogroup "$groups" "$@")
}

# capture FROM_NAME FROM SUBJECT ID BODY - one message to bob@example.com
# through the daemon's socket, as the MTA (a member of the group) sends it
capture() {
	cat >"$TMP/capture.lua" <<EOF
conn = mt.connect("unix:/run/mailpulse/milter.sock")
if conn == nil then error("cannot connect") end
mt.macro(conn, SMFIC_CONNECT, "j", "mx.example.com", "{daemon_name}", "smtpd")
assert(mt.conninfo(conn, "mail.customer.test", "192.0.2.7") == nil)
mt.macro(conn, SMFIC_MAIL, "i", "4PKG$RANDOM")
assert(mt.mailfrom(conn, "<$2>") == nil)
assert(mt.rcptto(conn, "<bob@example.com>") == nil)
mt.header(conn, "From", "$1 <$2>")
mt.header(conn, "To", "Bob <bob@example.com>")
mt.header(conn, "Subject", "$3")
mt.header(conn, "Message-ID", "<$4>")
mt.header(conn, "Date", "Tue, 24 Nov 2026 10:00:00 +0000")
mt.eoh(conn)
mt.bodystring(conn, "$5\r\n")
assert(mt.eom(conn) == nil)
if mt.getreply(conn) ~= SMFIR_ACCEPT then error("not accepted") end
mt.disconnect(conn)
EOF
	chmod 0644 "$TMP/capture.lua"
	as_nobody --groups mailpulse miltertest -s "$TMP/capture.lua" 2>&1
}

# wait_stored WORD SECONDS - until the spool is empty and a search for WORD
# finds a message (status 1 when it does not within SECONDS)
wait_stored() {
	local i
	for i in $(seq $(( $2 * 10 ))); do
		[ -z "$(ls /var/spool/mailpulse/new)" ] &&
			as_nobody --groups mailpulse mailpulse search "$1" >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	return 1
}

begin_subtest "the package builds (make deb)"
if [ -z "$VERSION" ] || ! command -v dh >/dev/null; then
	skip_subtest "debhelper or dpkg-dev is missing: run \`make deps\` as root"
	exit 0
elif deb_is_stale; then
	make -C "$ROOT" --no-print-directory deb >"$TMP/build.out" 2>&1 ||
		_fail "make deb failed: $(tail -15 "$TMP/build.out")"
fi
[ -e "$DEB" ] || _fail "no $DEB"
dpkg-deb -c "$DEB" >"$TMP/contents" 2>&1 || _fail "dpkg-deb -c: $(head -3 "$TMP/contents")"

begin_subtest "the package holds the programs, pages, configuration, rules and units, with their modes"
want="-rwxr-xr-x root/root /usr/bin/mailpulse
-rwxr-xr-x root/root /usr/sbin/mailpulse-milter
-rw-r----- root/root /etc/mailpulse/mailpulse.conf
-rw-r--r-- root/root /usr/share/man/man1/mailpulse.1.gz
-rw-r--r-- root/root /usr/share/man/man5/mailpulse.conf.5.gz
-rw-r--r-- root/root /usr/share/man/man8/mailpulse-milter.8.gz
drwxr-xr-x root/root /usr/share/mailpulse/rules/
-rw-r--r-- root/root /lib/systemd/system/mailpulse-milter.service
-rw-r--r-- root/root /lib/systemd/system/mailpulse-purge.service
-rw-r--r-- root/root /lib/systemd/system/mailpulse-purge.timer
-rw-r--r-- root/root /lib/systemd/system/mailpulse-digest.service
-rw-r--r-- root/root /lib/systemd/system/mailpulse-digest.timer
-rw-r--r-- root/root /usr/lib/tmpfiles.d/mailpulse.conf
-rw-r--r-- root/root /etc/cron.d/mailpulse
-rw-r--r-- root/root /usr/share/doc/mailpulse/admin-guide.md.gz
-rw-r--r-- root/root /usr/share/doc/mailpulse/privacy.md.gz
-rw-r--r-- root/root /usr/share/doc/mailpulse/rules.md.gz
-rw-r--r-- root/root /usr/share/doc/mailpulse/signals.md.gz"
got=$(printf '%s\n' "$want" | while read -r _ _ path; do echo "$(entry "$path") $path"; done)
expect_equal "$got" "$want"
for f in "$ROOT"/rules/*.rules; do
	[ -e "$f" ] || continue
	[ -n "$(entry "/usr/share/mailpulse/rules/$(basename "$f")")" ] || _fail "$(basename "$f") not packaged"
done

begin_subtest "the configuration and the cron file are conffiles; the package depends on adduser"
expect_equal "$(dpkg-deb --info "$DEB" conffiles 2>&1 | sort)" "/etc/cron.d/mailpulse
/etc/mailpulse/mailpulse.conf"
expect_match "$(dpkg-deb -f "$DEB" Depends)" '(^|, )adduser(,|$)'

begin_subtest "lintian finds nothing to report"
if ! command -v lintian >/dev/null; then
	skip_subtest "lintian is not installed (apt-get install lintian)"
else
	expect_equal "$(lintian "$DEB" 2>&1 | grep -v '^running with root privileges')" ""
fi

dpkg-deb -x "$DEB" "$TMP/root"

begin_subtest "every mailpulse path under /usr or /etc that the installed documents name is in the package"
# man pages, documents, configuration, cron file and units as installed
docs=$(find "$TMP/root/usr/share/man" "$TMP/root/usr/share/doc/mailpulse" "$TMP/root/etc" \
	"$TMP/root/lib/systemd/system" -type f ! -name copyright ! -name 'changelog*')
[ "$(grep -c . <<<"$docs")" -ge 12 ] || _fail "too few documents found: $docs"
# shellcheck disable=SC2086
expect_equal "$(python3 "$ROOT/tests/docs/doc-mentions.py" paths "$TMP/contents" $docs 2>&1 |
	sed "s|$TMP/root||")" ""
# and the check sees a path that is not there
printf 'See /usr/share/doc/mailpulse/privacy.md and /etc/mailpulse/mailpulse.conf:12:\n' >"$TMP/bad.md"
expect_equal "$(python3 "$ROOT/tests/docs/doc-mentions.py" paths "$TMP/contents" "$TMP/bad.md" |
	sed "s|$TMP/||")" "bad.md:1: /usr/share/doc/mailpulse/privacy.md is not in the package"

begin_subtest "the cron file runs the purge, as the mailpulse user, only where systemd does not"
cron=$TMP/root/etc/cron.d/mailpulse
expect_equal "$(grep -v '^#' "$cron" | grep -c .)" "1"
expect_match "$(cat "$cron")" '^[0-9]+ +[0-9]+ +\* +\* +\* +mailpulse +\[ -d /run/systemd/system \] \|\| /usr/bin/mailpulse purge$'
expect_match "$(cat "$cron")" '^#.* mailpulse +\[ -d /run/systemd/system \] \|\| /usr/bin/mailpulse digest --send$'

begin_subtest "tmpfiles.d creates every spool subdirectory the daemon uses, mailpulse 0750"
tmpfiles=$TMP/root/usr/lib/tmpfiles.d/mailpulse.conf
subdirs=$(sed -n 's/^#define MP_SPOOL_[A-Z]* "\([a-z]*\)"$/\1/p' "$ROOT/include/spool.h")
[ -n "$subdirs" ] || _fail "no MP_SPOOL_* directory names in include/spool.h"
for d in "" $subdirs; do
	expect_match "$(cat "$tmpfiles")" "^d /var/spool/mailpulse${d:+/$d} +0750 mailpulse mailpulse -$"
done
expect_match "$(cat "$tmpfiles")" '^d /var/lib/mailpulse +0750 mailpulse mailpulse -$'

begin_subtest "every hardening setting of the admin guide is in the milter's unit"
unit=$TMP/root/lib/systemd/system/mailpulse-milter.service
settings=$(awk '/^### Hardening/ { on = 1; next } /^#/ { on = 0 } on' "$ROOT/docs/admin-guide.md" |
	sed -n 's/^| `\([A-Za-z]*=[^`]*\)` |.*/\1/p')
[ "$(printf '%s\n' "$settings" | grep -c .)" -ge 20 ] || _fail "hardening table not found: $settings"
while IFS= read -r setting; do
	[ -z "$setting" ] && continue
	key=${setting%%=*} value=${setting#*=}
	# a table row may name several values the unit spreads over lines
	for word in ${value:-""}; do
		grep -q -E "^$key=(.* )?${word//./\\.}( |\$)" "$unit" || _fail "$key=$word missing from the unit"
	done
	[ -z "$value" ] && ! grep -q -x "$key=" "$unit" && _fail "$key= (empty) missing from the unit"
done <<<"$settings"

begin_subtest "systemd-analyze rates the milter's unit 'OK' or better (exposure under 2.0)"
if ! command -v systemd-analyze >/dev/null; then
	skip_subtest "systemd-analyze is not installed"
else
	score=$(systemd-analyze security --offline=yes "$unit" 2>/dev/null |
		sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
	expect_match "$score" '^(0\.[0-9]|1\.[0-9])$'
fi

# ---- installed for real (root, clean machine) ------------------------------------

why_not=""
if [ "$(id -u)" != 0 ]; then
	why_not="not root: installing a package needs root"
elif dpkg-query -W -f='${Status}' mailpulse 2>/dev/null | grep -q 'installed\|config-files'; then
	why_not="the mailpulse package is already on this machine"
elif getent passwd mailpulse >/dev/null || getent group mailpulse >/dev/null; then
	why_not="a mailpulse user or group already exists: purging would not leave the machine as it was"
elif [ -e /etc/mailpulse ] || [ -e /var/lib/mailpulse ] || [ -e /var/spool/mailpulse ] || [ -e /run/mailpulse ] ||
	[ -e /var/spool/postfix/mailpulse ] || [ -e /etc/cron.d/mailpulse ]; then
	why_not="mailpulse directories already exist: purging would not leave the machine as it was"
elif ! command -v setpriv >/dev/null || ! command -v runuser >/dev/null || ! [ -x "$SYS_PY" ]; then
	why_not="setpriv, runuser or $SYS_PY is missing"
fi

begin_subtest "dpkg -i installs it"
if [ -n "$why_not" ]; then
	skip_subtest "$why_not"
	exit 0
fi
INSTALLED=1
chmod 0755 "$TMP"   # the files below are read by other users
expect_status 0 dpkg -i "$DEB"

begin_subtest "both programs report the version of the package's changelog"
expect_equal "$(mailpulse -V) / $(mailpulse-milter -V)" "mailpulse $VERSION / mailpulse-milter $VERSION"

begin_subtest "the mailpulse system user and group exist, home /var/lib/mailpulse, no login"
IFS=: read -r _ _ uid gid _ home shell <<<"$(getent passwd mailpulse)"
expect_equal "$home $shell" "/var/lib/mailpulse /usr/sbin/nologin"
[ "${uid:-1000}" -lt 1000 ] || _fail "uid $uid is not a system uid"
expect_equal "$(getent group mailpulse | cut -d: -f3)" "$gid"

begin_subtest "owners and modes: configuration, database directory, spool"
got=$(for p in /etc/mailpulse/mailpulse.conf /var/lib/mailpulse /var/spool/mailpulse \
		/var/spool/mailpulse/{tmp,new,quarantine,pool}; do echo "$p $(owner_mode "$p")"; done)
expect_equal "$got" "/etc/mailpulse/mailpulse.conf root:mailpulse 640
/var/lib/mailpulse mailpulse:mailpulse 750
/var/spool/mailpulse mailpulse:mailpulse 750
/var/spool/mailpulse/tmp mailpulse:mailpulse 750
/var/spool/mailpulse/new mailpulse:mailpulse 750
/var/spool/mailpulse/quarantine mailpulse:mailpulse 750
/var/spool/mailpulse/pool mailpulse:mailpulse 750"
# the socket's directory in Postfix's chroot, when Postfix is there
if [ -d /var/spool/postfix ]; then
	expect_equal "$(owner_mode /var/spool/postfix/mailpulse)" "mailpulse:mailpulse 750"
fi

begin_subtest "the milter service is enabled, not started; the purge timer is enabled, the digest timer not"
expect_equal "$(readlink /etc/systemd/system/multi-user.target.wants/mailpulse-milter.service)" \
	"/lib/systemd/system/mailpulse-milter.service"
expect_equal "$(find /etc/systemd/system -name 'mailpulse-*.timer' -printf '%P -> %l\n')" \
	"timers.target.wants/mailpulse-purge.timer -> /lib/systemd/system/mailpulse-purge.timer"

begin_subtest "systemd-analyze verify accepts the installed units"
if ! command -v systemd-analyze >/dev/null; then
	skip_subtest "systemd-analyze is not installed"
else
	for u in mailpulse-milter.service mailpulse-purge.service mailpulse-purge.timer \
		mailpulse-digest.service mailpulse-digest.timer; do
		out=$(cd / && systemd-analyze verify "/lib/systemd/system/$u" 2>&1)
		status=$?
		# it warns about unknown or misspelt settings but still exits 0
		[ "$status" = 0 ] && [ -z "$out" ] || _fail "$u (status $status): $out"
	done
fi

begin_subtest "mailpulse-milter -n: refuses the shipped file (no InternalDomains), accepts it once set, with the packaged rules"
out=$(mailpulse-milter -n 2>&1)
expect_equal "$? $out" "78 mailpulse-milter: InternalDomains is not set: nothing could be captured"
echo "InternalDomains example.com" >>/etc/mailpulse/mailpulse.conf
out=$(mailpulse-milter -n 2>&1)
status=$?
# the shipped rules are found where the package put them
nrules=$(ls /usr/share/mailpulse/rules/*.rules | wc -l)
expect_match "$status $out" "^0 mailpulse-milter: /etc/mailpulse/mailpulse.conf: configuration OK, [1-9][0-9]* phrase rules from /usr/share/mailpulse/rules$"
[ "$nrules" -ge 8 ] || _fail "only $nrules rule files in /usr/share/mailpulse/rules"
expect_match "$(mailpulse config)" "^# phrase rules: /usr/share/mailpulse/rules \(RulesDir unset: installed with mailpulse\)$"
# a RulesDir that is not there stops both programs, naming it
cp /etc/mailpulse/mailpulse.conf "$TMP/norules.conf"
echo "RulesDir /etc/mailpulse/rules" >>"$TMP/norules.conf"
out=$(mailpulse-milter -c "$TMP/norules.conf" -n 2>&1)
expect_match "$? $out" '^78 .*norules.conf:[0-9]+: RulesDir: no such directory \(got "/etc/mailpulse/rules"\)$'
out=$(mailpulse -c "$TMP/norules.conf" accounts list 2>&1)
expect_match "$? $out" '^78 .*RulesDir: no such directory'

# ---- the first day, as the admin guide has it: root writes first ----------------

DB=/var/lib/mailpulse/mailpulse.db
printf 'account,domains,owner,arr,renewal_date,segment\nCustomer,customer.test,bob@example.com,1000,2027-01-31,smb\n' \
	>"$TMP/accounts.csv"
chmod 0644 "$TMP/accounts.csv"

begin_subtest "root imports the accounts first: the database is created the mailpulse user's, 0640, -wal and -shm too"
out=$(cd / && umask 022 && mailpulse accounts import "$TMP/accounts.csv" 2>&1)
expect_equal "$? $out" "0 accounts: $TMP/accounts.csv: 1 created, 0 updated"
got=$(for f in $DB $DB-wal $DB-shm; do echo "$f $(owner_mode "$f")"; done)
expect_equal "$got" "$DB mailpulse:mailpulse 640
$DB-wal mailpulse:mailpulse 640
$DB-shm mailpulse:mailpulse 640"

begin_subtest "root backfills a Maildir only its owner may read; the mailpulse user is told what it cannot read"
# a mailbox of someone else's, closed to everyone but its owner (0700)
install -d -o nobody -g nogroup -m 0700 "$TMP/Maildir" "$TMP/Maildir/cur" "$TMP/Maildir/new" "$TMP/Maildir/tmp"
printf 'From: Carl <carl@customer.test>\nTo: Bob <bob@example.com>\nSubject: invoice question\nMessage-ID: <pkg-maildir@customer.test>\nDate: Mon, 23 Nov 2026 09:00:00 +0000\n\nHello Bob, a question about the November invoice.\n' \
	>"$TMP/Maildir/cur/1.pkg:2,S"
chown nobody:nogroup "$TMP/Maildir/cur/1.pkg:2,S" && chmod 0600 "$TMP/Maildir/cur/1.pkg:2,S"
out=$(cd / && runuser -u mailpulse -- mailpulse ingest "$TMP/Maildir" 2>&1)
expect_match "$out" "Permission denied"
out=$(cd / && mailpulse ingest "$TMP/Maildir" 2>&1)
expect_equal "$?" "0"
expect_equal "$(as_nobody --groups mailpulse mailpulse search --json invoice | "$SYS_PY" -c 'import json,sys; print(len(json.load(sys.stdin)))')" "1"
expect_equal "$(owner_mode $DB) $(owner_mode $DB-wal) $(owner_mode $DB-shm)" \
	"mailpulse:mailpulse 640 mailpulse:mailpulse 640 mailpulse:mailpulse 640"

# what an older mailpulse left when root wrote first: the worker, below, must say so
chown root:root $DB $DB-wal $DB-shm

begin_subtest "started as the service does (mailpulse user, no root), the daemon listens on a 0660 mailpulse socket"
# What systemd does for the unit: RuntimeDirectory=mailpulse (0750), then
# User=mailpulse Group=mailpulse; the log goes to stderr (-f).
# Under strace when there is one, for the system call subtest below.
install -d -o mailpulse -g mailpulse -m 0750 /run/mailpulse
tracer=()
command -v strace >/dev/null && tracer=(strace -f -qq -o "$TMP/syscalls")
"${tracer[@]}" setpriv --reuid=mailpulse --regid=mailpulse --init-groups \
	/usr/sbin/mailpulse-milter -f >"$TMP/milter.log" 2>&1 &
RUNNER_PID=$!
MILTER_PID=$RUNNER_PID
for _ in $(seq 50); do
	[ ${#tracer[@]} -gt 0 ] && MILTER_PID=$(pgrep -o -P "$RUNNER_PID")
	[ -S /run/mailpulse/milter.sock ] && break
	sleep 0.1
done
expect_equal "$(owner_mode /run/mailpulse/milter.sock)" "mailpulse:mailpulse 660"
expect_equal "$(ps -o user= -p "$MILTER_PID")" "mailpulse"

begin_subtest "only members of the mailpulse group reach the socket"
connect='import socket, sys
s = socket.socket(socket.AF_UNIX)
try:
    s.connect("/run/mailpulse/milter.sock"); print("connected")
except OSError as e:
    print(e.strerror)'
expect_equal "$(as_nobody "$SYS_PY" -c "$connect")" "Permission denied"
expect_equal "$(as_nobody --groups mailpulse "$SYS_PY" -c "$connect")" "connected"

begin_subtest "a database root took (as an older mailpulse left it): the worker says whose it is and the fix, keeps the mail, stores it once given back"
if ! command -v miltertest >/dev/null; then
	skip_subtest "miltertest is not installed"
else
	out=$(capture Ann ann@customer.test "seats for the finance team" pkg-t010@customer.test \
		"Hello Bob, how many more seats can we add?") || _fail "miltertest: $out"
	for _ in $(seq 100); do
		grep -q '^state backoff' /var/spool/mailpulse/worker.0.state 2>/dev/null && break
		sleep 0.1
	done
	expect_equal "$(sed -n 's/^detail //p' /var/spool/mailpulse/worker.0.state)" \
		"$DB: owned by root:root, mode 0640, but mailpulse owns /var/lib/mailpulse and writes the database: as root, run chown mailpulse:mailpulse $DB $DB-wal $DB-shm"
	expect_match "$(cat "$TMP/milter.log")" "warning: worker: $DB: owned by root:root, mode 0640, .*; retrying in [0-9]+s \\(spool kept\\)"
	expect_equal "$(ls /var/spool/mailpulse/new | wc -l)" "1"
	chown mailpulse:mailpulse $DB $DB-wal $DB-shm
	wait_stored seats 60 || _fail "not stored within 60 s of the chown: $(tail -3 "$TMP/milter.log")"
	expect_equal "$(owner_mode $DB)" "mailpulse:mailpulse 640"
fi

begin_subtest "a member of the mailpulse group reads the database"
out=$(as_nobody --groups mailpulse mailpulse search seats 2>&1)
expect_match "$out" 'seats for the finance team'

begin_subtest "a non-member gets an error naming the group, exit 77, not a crash"
out=$(runuser -u nobody -- mailpulse accounts list 2>&1)
expect_equal "$? $out" "77 mailpulse: /etc/mailpulse/mailpulse.conf: permission denied (the file is readable by the mailpulse group: ask an admin to add you to it)"
# the same when the configuration is readable but the database is not
cp /etc/mailpulse/mailpulse.conf "$TMP/readable.conf" && chmod 0644 "$TMP/readable.conf"
out=$(as_nobody mailpulse -c "$TMP/readable.conf" accounts list 2>&1)
expect_equal "$? $out" "77 mailpulse: $DB: permission denied (/var/lib/mailpulse is owned by mailpulse:mailpulse, mode 0750: the mailpulse group reads the database: ask an admin to add you to it)"

begin_subtest "an Account Manager in the group previews a digest and dry runs, read-only; root's preview writes nothing either"
counts() { sqlite3 -batch -noheader "file:$DB?mode=ro" \
	"SELECT (SELECT count(*) FROM snapshots) || ' ' || (SELECT count(*) FROM alerts) || ' ' || (SELECT count(*) FROM digests)"; }
before=$(counts)
expect_equal "$before" "0 0 0"
out=$(as_nobody --groups mailpulse mailpulse digest --am bob@example.com --json 2>&1)
expect_equal "$?" "0"
expect_match "$out" '"am": "bob@example.com"'
expect_match "$out" '"account": "Customer"'
expect_status 0 as_nobody --groups mailpulse mailpulse digest --am bob@example.com --stdout
out=$(as_nobody --groups mailpulse mailpulse forget --dry-run ann@customer.test 2>&1)
expect_equal "$?" "0"
expect_match "$out" '^forget: ann@customer.test: [1-9][0-9]* rows would be deleted.*\(dry run: nothing was changed\)$'
expect_status 0 as_nobody --groups mailpulse mailpulse purge --dry-run
expect_status 0 as_nobody --groups mailpulse mailpulse report --json
(cd / && mailpulse digest --stdout >/dev/null 2>&1) || _fail "root's preview failed"
expect_equal "$(counts)" "$before"
expect_equal "$(owner_mode $DB) $(owner_mode $DB-wal) $(owner_mode $DB-shm)" \
	"mailpulse:mailpulse 640 mailpulse:mailpulse 640 mailpulse:mailpulse 640"

begin_subtest "a member cannot write the database and is told who can; the mailpulse user can"
out=$(as_nobody --groups mailpulse mailpulse accounts import "$TMP/accounts.csv" 2>&1)
expect_equal "$? $out" "77 mailpulse: $DB: permission denied (owned by mailpulse:mailpulse, mode 0640: only the mailpulse user writes the database: run this as that user, e.g. runuser -u mailpulse -- mailpulse ..., or as root)"
out=$(cd / && runuser -u mailpulse -- mailpulse accounts import "$TMP/accounts.csv" 2>&1)
expect_equal "$? $out" "0 accounts: $TMP/accounts.csv: 0 created, 1 updated"

begin_subtest "a database the CLI creates is 0640 even with umask 022"
out=$(cd / && umask 022 && runuser -u mailpulse -- mailpulse -d /var/lib/mailpulse/cli.db \
	accounts import "$TMP/accounts.csv" 2>&1) || _fail "$out"
expect_equal "$(owner_mode /var/lib/mailpulse/cli.db)" "mailpulse:mailpulse 640"

begin_subtest "purge and forget run as the mailpulse user beside the daemon; the database stays 0640"
# what mailpulse-purge.service runs, then an erasure, with the worker up
out=$(cd / && runuser -u mailpulse -- mailpulse purge 2>&1)
expect_equal "$?" "0"
expect_match "$out" '^purge: message text dated before .*\(Retention 730 days\)'
out=$(cd / && runuser -u mailpulse -- mailpulse forget ann@customer.test 2>&1)
expect_equal "$?" "0"
expect_match "$out" '^messages +1 +0$'
expect_equal "$(as_nobody --groups mailpulse mailpulse search seats 2>&1)" "no match"
expect_equal "$(grep -a -c -i 'ann@customer.test' /var/lib/mailpulse/mailpulse.db)" "0"
expect_equal "$(owner_mode /var/lib/mailpulse/mailpulse.db)" "mailpulse:mailpulse 640"

begin_subtest "SIGHUP reloads, SIGTERM stops the daemon cleanly (exit 0) and removes its socket"
kill -HUP "$MILTER_PID"
for _ in $(seq 50); do grep -q 'configuration reloaded' "$TMP/milter.log" && break; sleep 0.1; done
expect_match "$(cat "$TMP/milter.log")" 'reload: configuration reloaded'
kill -TERM "$MILTER_PID"
status=timeout
for _ in $(seq 100); do
	# strace exits with the status of the process it runs
	if ! kill -0 "$RUNNER_PID" 2>/dev/null; then wait "$RUNNER_PID"; status=$?; break; fi
	sleep 0.1
done
MILTER_PID=""
expect_equal "$status" "0"
[ -e /run/mailpulse/milter.sock ] && _fail "socket left behind"
expect_no_match "$(cat "$TMP/milter.log")" 'error|died'

begin_subtest "every system call the daemon made is allowed by the unit's SystemCallFilter="
filter=$(sed -n 's/^SystemCallFilter=//p' "$unit")
if [ ! -s "$TMP/syscalls" ]; then
	skip_subtest "strace is not installed: the daemon ran untraced"
elif [ "$filter" != "@system-service" ]; then
	_fail "the unit's filter is \"$filter\"; this subtest knows @system-service only"
else
	# systemd-analyze lists each @group with its members, groups included
	missing=$(systemd-analyze syscall-filter 2>/dev/null | "$SYS_PY" -c '
import re, sys
groups, cur = {}, None
for line in sys.stdin:
    word = line.strip()
    if line.startswith("@"):
        cur = groups.setdefault(word, [])
    elif cur is not None and word and not word.startswith("#"):
        cur.append(word)
def expand(name):
    out = set()
    for member in groups.get(name, []):
        out |= expand(member) if member.startswith("@") else {member}
    return out
allowed = expand("@system-service")
used = set()
for line in open(sys.argv[1]):
    m = re.match(r"\d+\s+(?:<\.\.\. )?([a-z0-9_]+)[( ]", line)
    if m:
        used.add(m.group(1))
print("used %d" % len(used) if len(allowed) > 100 else "no groups read")
print(" ".join(["not allowed:"] + sorted(used - allowed)))' "$TMP/syscalls")
	expect_match "$(head -1 <<<"$missing")" '^used [0-9]+$'
	expect_equal "$(tail -1 <<<"$missing")" "not allowed:"
fi

begin_subtest "started as root by an init without systemd: the daemon makes /run/mailpulse for mailpulse, writes its PidFile, drops root, stores mail"
rm -rf /run/mailpulse   # as systemd's RuntimeDirectory= would have left it
out=$(cd / && mailpulse-milter -n 2>&1) || _fail "-n: $out"
(cd / && mailpulse-milter) || _fail "mailpulse-milter did not start"
for _ in $(seq 100); do
	[ -s /run/mailpulse/mailpulse-milter.pid ] && [ -S /run/mailpulse/milter.sock ] && break
	sleep 0.1
done
INIT_PID=$(cat /run/mailpulse/mailpulse-milter.pid 2>/dev/null)
expect_equal "$(owner_mode /run/mailpulse)" "mailpulse:mailpulse 750"
expect_equal "$(ps -o user= -p "${INIT_PID:-1}" | tr -d ' ')" "mailpulse"
if command -v miltertest >/dev/null; then
	out=$(capture Erin erin@customer.test "renewal meeting" pkg-init@customer.test \
		"Hello Bob, can we meet about the renewal?") || _fail "miltertest: $out"
	wait_stored meeting 30 || _fail "not stored within 30 s"
fi

begin_subtest "an upgrade (dpkg -i again) stops that daemon through its PidFile and starts the new binary"
old_pid=$INIT_PID
out=$(dpkg -i "$DEB" 2>&1) || _fail "dpkg -i: $out"
for _ in $(seq 100); do
	INIT_PID=$(cat /run/mailpulse/mailpulse-milter.pid 2>/dev/null)
	[ -n "$INIT_PID" ] && [ "$INIT_PID" != "$old_pid" ] && [ -S /run/mailpulse/milter.sock ] && break
	sleep 0.1
done
[ -n "$old_pid" ] && kill -0 "$old_pid" 2>/dev/null && _fail "the old daemon (pid $old_pid) still runs"
[ "$INIT_PID" != "$old_pid" ] || _fail "no new daemon: $out"
expect_equal "$(ps -o user= -p "${INIT_PID:-1}" | tr -d ' ')" "mailpulse"
[ -e /run/mailpulse/mailpulse-milter.restart ] && _fail "the restart note is left"

begin_subtest "dpkg --purge stops that daemon, removes the socket directory in Postfix's chroot, says what to remove from main.cf, edits nothing there"
# Postfix's configuration as the admin guide has it, in a directory of our
# own: postconf, which the postrm asks, reads it through MAIL_CONFIG
mkdir -p "$TMP/postfix"
printf 'smtpd_milters = unix:mailpulse/milter.sock\nnon_smtpd_milters = $smtpd_milters\nmilter_default_action = accept\n' \
	>"$TMP/postfix/main.cf"
printf 'smtp inet n - y - - smtpd\nsubmission inet n - y - - smtpd\n  -o smtpd_milters=unix:mailpulse/milter.sock\n' \
	>"$TMP/postfix/master.cf"
cp "$TMP/postfix/main.cf" "$TMP/main.cf.before"
out=$(MAIL_CONFIG=$TMP/postfix dpkg --purge mailpulse 2>&1) || _fail "dpkg --purge: $out"
INSTALLED=0
if [ -n "$INIT_PID" ] && kill -0 "$INIT_PID" 2>/dev/null; then
	_fail "the daemon started without systemd is still running (pid $INIT_PID)"
else
	INIT_PID=""
fi
if command -v postconf >/dev/null; then
	expect_match "$out" "^mailpulse: Postfix still hands mail to the removed milter.  Remove from $TMP/postfix/main.cf:$"
	expect_match "$out" '^    smtpd_milters = unix:mailpulse/milter.sock$'
	expect_match "$out" '^    non_smtpd_milters = \$smtpd_milters$'
	expect_match "$out" '^    submission/inet/smtpd_milters = unix:mailpulse/milter.sock$'
	expect_match "$out" 'then run: postfix reload'
fi
cmp -s "$TMP/postfix/main.cf" "$TMP/main.cf.before" || _fail "main.cf was changed"
[ -e /var/spool/postfix/mailpulse ] && _fail "/var/spool/postfix/mailpulse is left"

begin_subtest "dpkg --purge leaves the machine as it was"
left=""
for p in /etc/mailpulse /var/lib/mailpulse /var/spool/mailpulse /run/mailpulse \
	/var/spool/postfix/mailpulse /etc/cron.d/mailpulse \
	/etc/systemd/system/multi-user.target.wants/mailpulse-milter.service /usr/bin/mailpulse \
	/usr/sbin/mailpulse-milter; do
	[ -e "$p" ] || [ -L "$p" ] && left="$left $p"
done
getent passwd mailpulse >/dev/null && left="$left user"
getent group mailpulse >/dev/null && left="$left group"
dpkg-statoverride --list /etc/mailpulse/mailpulse.conf >/dev/null && left="$left statoverride"
expect_equal "${left# }" ""
expect_no_match "$out" 'could not remove'
