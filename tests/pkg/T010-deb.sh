#!/bin/bash
# T010-deb.sh - the Debian package: contents and modes, install, access,
# the daemon as the service runs it, purge.
#
# Builds build/deb/mailpulse_VERSION_ARCH.deb with `make deb` unless one
# newer than every source file is there.  The install subtests need root
# and a machine without mailpulse (no package, user, group or directories):
# they install the package for real, run the daemon the way the systemd
# unit does (as the mailpulse user, socket in /run/mailpulse), capture one
# message through the socket, check who may read and write what, and purge
# the package, which must leave the machine as it was.  They are skipped,
# with the reason, otherwise.  systemd itself need not be running.
. "$(dirname "$0")/../lib.sh"

ARCH=$(dpkg --print-architecture 2>/dev/null)
VERSION=$(dpkg-parsechangelog -l "$ROOT/packaging/debian/changelog" -S Version 2>/dev/null)
DEB=$ROOT/build/deb/mailpulse_${VERSION}_$ARCH.deb
SYS_PY=/usr/bin/python3   # not a per-user shim: it runs as other users here
MILTER_PID=""   # the daemon's supervisor
RUNNER_PID=""   # our child: the supervisor itself, or strace running it
INSTALLED=0

# cleanup - stop our daemon and purge our package if a subtest failed midway
cleanup() {
	end_subtest
	[ -n "$MILTER_PID" ] && kill -TERM "$MILTER_PID" 2>/dev/null && sleep 1
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
-rw-r--r-- root/root /usr/lib/tmpfiles.d/mailpulse.conf"
got=$(printf '%s\n' "$want" | while read -r _ _ path; do echo "$(entry "$path") $path"; done)
expect_equal "$got" "$want"
for f in "$ROOT"/rules/*.rules; do
	[ -e "$f" ] || continue
	[ -n "$(entry "/usr/share/mailpulse/rules/$(basename "$f")")" ] || _fail "$(basename "$f") not packaged"
done

begin_subtest "the configuration is a conffile; the package depends on adduser"
expect_equal "$(dpkg-deb --info "$DEB" conffiles 2>&1)" "/etc/mailpulse/mailpulse.conf"
expect_match "$(dpkg-deb -f "$DEB" Depends)" '(^|, )adduser(,|$)'

begin_subtest "lintian finds nothing to report"
if ! command -v lintian >/dev/null; then
	skip_subtest "lintian is not installed (apt-get install lintian)"
else
	expect_equal "$(lintian "$DEB" 2>&1 | grep -v '^running with root privileges')" ""
fi

begin_subtest "tmpfiles.d creates every spool subdirectory the daemon uses, mailpulse 0750"
dpkg-deb -x "$DEB" "$TMP/root"
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
elif [ -e /etc/mailpulse ] || [ -e /var/lib/mailpulse ] || [ -e /var/spool/mailpulse ] || [ -e /run/mailpulse ]; then
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
expect_match "$status $out" "^0 mailpulse-milter: /etc/mailpulse/mailpulse.conf: configuration OK, [1-9][0-9]* phrase rules$"
[ "$nrules" -ge 8 ] || _fail "only $nrules rule files in /usr/share/mailpulse/rules"

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

begin_subtest "a message through the socket is stored; the database is 0640 mailpulse"
if ! command -v miltertest >/dev/null; then
	skip_subtest "miltertest is not installed"
else
	cat >"$TMP/capture.lua" <<'EOF'
conn = mt.connect("unix:/run/mailpulse/milter.sock")
if conn == nil then error("cannot connect") end
mt.macro(conn, SMFIC_CONNECT, "j", "mx.example.com", "{daemon_name}", "smtpd")
assert(mt.conninfo(conn, "mail.customer.test", "192.0.2.7") == nil)
mt.macro(conn, SMFIC_MAIL, "i", "4PKG1")
assert(mt.mailfrom(conn, "<ann@customer.test>") == nil)
assert(mt.rcptto(conn, "<bob@example.com>") == nil)
mt.header(conn, "From", "Ann <ann@customer.test>")
mt.header(conn, "To", "Bob <bob@example.com>")
mt.header(conn, "Subject", "seats for the finance team")
mt.header(conn, "Message-ID", "<pkg-t010@customer.test>")
mt.header(conn, "Date", "Tue, 24 Nov 2026 10:00:00 +0000")
mt.eoh(conn)
mt.bodystring(conn, "Hello Bob, how many more seats can we add?\r\n")
assert(mt.eom(conn) == nil)
if mt.getreply(conn) ~= SMFIR_ACCEPT then error("not accepted") end
mt.disconnect(conn)
EOF
	chmod 0644 "$TMP/capture.lua"
	out=$(as_nobody --groups mailpulse miltertest -s "$TMP/capture.lua" 2>&1) || _fail "miltertest: $out"
	for _ in $(seq 100); do
		[ -e /var/lib/mailpulse/mailpulse.db ] && [ -z "$(ls /var/spool/mailpulse/new)" ] && break
		sleep 0.1
	done
	expect_equal "$(owner_mode /var/lib/mailpulse/mailpulse.db)" "mailpulse:mailpulse 640"
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
expect_equal "$? $out" "77 mailpulse: /var/lib/mailpulse/mailpulse.db: permission denied (the database belongs to the mailpulse group: ask an admin to add you to it)"

begin_subtest "a member cannot write the database and is told who can; the mailpulse user can"
printf 'account,domains,owner,arr,renewal_date,segment\nCustomer,customer.test,bob@example.com,1000,2027-01-31,smb\n' \
	>"$TMP/accounts.csv"
chmod 0644 "$TMP/accounts.csv"
out=$(as_nobody --groups mailpulse mailpulse accounts import "$TMP/accounts.csv" 2>&1)
expect_equal "$?" "77"
expect_match "$out" 'only the mailpulse user writes the database'
out=$(cd / && runuser -u mailpulse -- mailpulse accounts import "$TMP/accounts.csv" 2>&1)
expect_equal "$? $out" "0 accounts: $TMP/accounts.csv: 1 created, 0 updated"

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

begin_subtest "dpkg --purge leaves the machine as it was"
out=$(dpkg --purge mailpulse 2>&1) || _fail "dpkg --purge: $out"
INSTALLED=0
left=""
for p in /etc/mailpulse /var/lib/mailpulse /var/spool/mailpulse /run/mailpulse \
	/etc/systemd/system/multi-user.target.wants/mailpulse-milter.service /usr/bin/mailpulse \
	/usr/sbin/mailpulse-milter; do
	[ -e "$p" ] || [ -L "$p" ] && left="$left $p"
done
getent passwd mailpulse >/dev/null && left="$left user"
getent group mailpulse >/dev/null && left="$left group"
dpkg-statoverride --list /etc/mailpulse/mailpulse.conf >/dev/null && left="$left statoverride"
expect_equal "${left# }" ""
expect_no_match "$out" 'could not remove'
