#!/bin/bash
# T060-sendmail - the delivery-and-capture check of T010 through a real
# Sendmail.
#
# Installing Sendmail with apt would remove Postfix, so its Debian packages
# (sendmail-bin, sendmail-cf) are fetched with `apt-get download` and
# unpacked into build/sendmail/ once (later runs reuse them; no network, no
# test: it SKIPs and says so).  The instance is private: a .mc built with
# m4 (own queue directory, a loopback port, no MSA, every test domain local
# and delivered by tests/e2e/maildir-deliver.sh into one Maildir, the
# milter as INPUT_MAIL_FILTER), run in its own UTS namespace with a dotted
# hostname (with an unqualified one Sendmail waits a minute to qualify it).
# The milter's socket is a local: socket in a root-owned 0755 directory
# under /run: Sendmail refuses a socket whose path crosses a
# world-writable directory such as /tmp.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/e2e-lib.sh"
. "$(dirname "$0")/delivery-checks.sh"
e2e_require sendmail

SM_CACHE=$ROOT/build/sendmail
SM=$SM_CACHE/root
SM_DIR=$TMP/sm
MAILDIR=$SM_DIR/mail/inbox
sm_pid=
sock_dir=

# sendmail_fetch - unpack sendmail-bin and sendmail-cf into build/sendmail
# once; FALSE (with the reason in $TMP/fetch.log) when that is impossible
sendmail_fetch() {
	[ -x "$SM/usr/libexec/sendmail/sendmail" ] && [ -d "$SM/usr/share/sendmail/cf/m4" ] && return 0
	mkdir -p "$SM_CACHE"
	local dl
	dl=$(mktemp -d "$SM_CACHE/fetch.XXXXXX")
	(
		cd "$dl" &&
		apt-get download -o APT::Sandbox::User=root sendmail-bin sendmail-cf &&
		for deb in ./*.deb; do dpkg -x "$deb" root || exit 1; done
	) >"$TMP/fetch.log" 2>&1 &&
		[ -x "$dl/root/usr/libexec/sendmail/sendmail" ] &&
		{ [ -d "$SM" ] || mv "$dl/root" "$SM"; }
	local ok=$?
	rm -rf "$dl"
	return $ok
}

# sendmail_stop - stop the instance: unshare kills its child, the init of
# the PID namespace, and with it every process of the namespace (the
# daemon's delivery children too)
sendmail_stop() {
	[ -z "$sm_pid" ] && return 0
	# unshare itself ignores SIGTERM while it waits: the daemon gets it
	pkill -TERM -P "$sm_pid"
	local i
	for i in $(seq 100); do kill -0 "$sm_pid" 2>/dev/null || break; sleep 0.1; done
	kill -9 "$sm_pid" 2>/dev/null  # --kill-child: the namespace goes with it
	wait "$sm_pid" 2>/dev/null
	sm_pid=
	return 0
}

# namespace_processes NS - pids of the processes in PID namespace NS
namespace_processes() {
	local p
	for p in /proc/[0-9]*; do
		[ "$(readlink "$p/ns/pid" 2>/dev/null)" = "$1" ] && echo "${p#/proc/}"
	done
	return 0
}

e2e_local_cleanup() {
	sendmail_stop
	[ -n "$sock_dir" ] && rm -rf "$sock_dir"
	sock_dir=
	return 0
}

# sendmail_start PORT - the private instance; the pid of its unshare in $sm_pid
sendmail_start() {
	local port=$1
	mkdir -p "$SM_DIR/mqueue" "$MAILDIR"/tmp "$MAILDIR"/new "$MAILDIR"/cur
	chmod 0700 "$SM_DIR/mqueue"
	chmod 0755 "$SM_DIR"
	printf 'hosts files\n' >"$SM_DIR/service.switch"
	: >"$SM_DIR/local-host-names"
	cat >"$SM_DIR/e2e.mc" <<MC
divert(-1)
# The private Sendmail of tests/e2e/T060-sendmail.sh
divert(0)dnl
VERSIONID(\`mailpulse e2e')dnl
OSTYPE(\`linux')dnl
define(\`confDONT_PROBE_INTERFACES', \`True')dnl
define(\`QUEUE_DIR', \`$SM_DIR/mqueue')dnl
define(\`confPID_FILE', \`$SM_DIR/sendmail.pid')dnl
define(\`STATUS_FILE', \`$SM_DIR/statistics')dnl
define(\`confHELP_FILE', \`$SM/etc/mail/helpfile')dnl
define(\`confCW_FILE', \`-o $SM_DIR/local-host-names')dnl
define(\`confDEAD_LETTER_DROP', \`$SM_DIR/dead.letter')dnl
define(\`confHOST_STATUS_DIRECTORY', \`')dnl
define(\`confSERVICE_SWITCH_FILE', \`$SM_DIR/service.switch')dnl
define(\`confTO_IDENT', \`0')dnl
dnl no MIME header length check: it re-writes the MIME structure it walks
dnl (closing boundaries, white space after a boundary)
define(\`confMAX_MIME_HEADER_LENGTH', \`0/0')dnl
undefine(\`ALIAS_FILE')dnl
FEATURE(\`no_default_msa')dnl
FEATURE(\`nocanonify')dnl
FEATURE(\`accept_unresolvable_domains')dnl
DAEMON_OPTIONS(\`Port=$port, Addr=127.0.0.1, Name=MTA')dnl
LOCAL_DOMAIN(\`northwind-analytics.com')dnl
LOCAL_DOMAIN(\`acme.com')dnl
LOCAL_DOMAIN(\`gmail.com')dnl
define(\`LOCAL_MAILER_PATH', \`$ROOT/tests/e2e/maildir-deliver.sh')dnl
define(\`LOCAL_MAILER_ARGS', \`maildir-deliver.sh $MAILDIR \$u')dnl
dnl S: run as root; P: Return-Path; n: no From_ line; 8: 8-bit data as is,
dnl no MIME conversion; no w (passwd check), no M, D, F (add Message-Id,
dnl Date or From to mail without them): the copy must be the message sent
define(\`LOCAL_MAILER_FLAGS', \`SPn8')dnl
MODIFY_MAILER_FLAGS(\`LOCAL', \`-wMDF')dnl
INPUT_MAIL_FILTER(\`mailpulse', \`S=$MILTER_SOCKET, F=, T=S:10s;R:30s;E:1m')dnl
MAILER(\`local')dnl
MAILER(\`smtp')dnl
MC
	m4 -D_CF_DIR_="$SM/usr/share/sendmail/cf/" "$SM/usr/share/sendmail/cf/m4/cf.m4" \
		"$SM_DIR/e2e.mc" >"$SM_DIR/e2e.cf" 2>"$SM_DIR/m4.err" || { cat "$SM_DIR/m4.err" >&2; return 1; }
	# In the foreground (-bD) as the init of its own PID namespace: stopping
	# it ends every process it started.  Its own UTS namespace gives it a
	# dotted hostname without touching the machine's.
	unshare --uts --pid --fork --kill-child sh -c "hostname mx.northwind-analytics.test &&
		exec '$SM/usr/libexec/sendmail/sendmail' -C'$SM_DIR/e2e.cf' -bD -q30m" \
		>"$SM_DIR/start.out" 2>&1 &
	sm_pid=$!
	local i
	for i in $(seq 50); do
		(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
		kill -0 "$sm_pid" 2>/dev/null || break
		sleep 0.1
	done
	echo "sendmail did not start:" >&2
	cat "$SM_DIR/start.out" >&2
	return 1
}

# sendmail_wait_queue - until Sendmail's queue is empty (60 s)
sendmail_wait_queue() {
	local i
	for i in $(seq 600); do
		[ -z "$(find "$SM_DIR/mqueue" -type f -name 'qf*' | head -1)" ] && return 0
		sleep 0.1
	done
	return 1
}

begin_subtest "Sendmail from Debian's packages, unpacked into build/sendmail"
if ! command -v m4 >/dev/null || ! command -v unshare >/dev/null; then
	skip_subtest "m4 and unshare are needed (make deps)"
	exit 0
fi
if ! sendmail_fetch; then
	skip_subtest "cannot download sendmail-bin and sendmail-cf with apt-get download: $(tail -2 "$TMP/fetch.log" | tr '\n' ' ')"
	exit 0
fi
if ldd "$SM/usr/libexec/sendmail/sendmail" | grep -q 'not found'; then
	skip_subtest "sendmail's libraries are missing: $(ldd "$SM/usr/libexec/sendmail/sendmail" | grep 'not found' | tr '\n' ' ')(make deps installs libwrap0)"
	exit 0
fi
# sendmail_version - "8.17.1.9"; in a UTS namespace with a dotted hostname,
# like the daemon (with the machine's unqualified one it waits a minute)
sendmail_version() {
	unshare --uts sh -c "hostname mx.northwind-analytics.test &&
		'$SM/usr/libexec/sendmail/sendmail' -d0.1 -bt </dev/null" 2>&1 | sed -n '1s/^Version //p'
}
SM_VERSION=$(sendmail_version)
expect_match "$SM_VERSION" '^8\.'

sock_dir=$(mktemp -d /run/mailpulse-e2e.XXXXXX)
chmod 0755 "$sock_dir"
MILTER_SOCKET=local:$sock_dir/milter.sock
milter_start
sendmail_start "$SMTP_PORT" || exit 1
echo "# Sendmail $SM_VERSION on 127.0.0.1:$SMTP_PORT, milter on $MILTER_SOCKET"

# Sendmail drops the sender's Return-Path (it puts its own on top), Bcc and
# Content-Length, and re-folds and re-quotes the address fields it
# delivers, whoever filters the mail
send_and_check Sendmail sendmail_wait_queue Return-Path: Received: \
	--dropped Return-Path: Bcc: Content-Length: \
	--rewritten From: To: Cc: Reply-To: Sender: Resent-From: Resent-To: Resent-Cc: \
	Resent-Sender: Apparently-To: Errors-To:

begin_subtest "Sendmail, the milter process killed: its supervisor answers at once, the message passes uncaptured"
# frozen first, so that Sendmail's connection to the milter queues on the
# socket; then killed: the supervisor answers it (mailpulse-milter(8))
pid=$(milter_pid_of milter)
kill -STOP "$pid"
make_message fallback.eml 'Ann Lee <ann@acme.com>' "Claire Martin <claire@$NW>" 'While the milter restarts'
(send_message ann@acme.com "claire@$NW" "$TMP/made/fallback.eml" >"$TMP/fallback.qid") &
sender=$!
for i in $(seq 300); do
	[ "$(ss -xlH src "${MILTER_SOCKET#local:}" | awk '{ print $3 }')" -ge 1 ] 2>/dev/null && break
	sleep 0.1
done
t_kill=$(date +%s.%N)
kill -KILL "$pid"
wait "$sender"
took=$(awk -v a="$t_kill" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
sendmail_wait_queue
fb=$(cat "$TMP/fallback.qid")
expect_match "$fb" '^[0-9A-Za-z]+$'
expect_equal "$(copies_of "$fb")" 1
expect_match "$(cat "$MILTER_LOG")" ": $fb: passed without capture"
awk -v t="$took" 'BEGIN { exit !(t < 10) }' || _fail "the message took $took s after the kill (Sendmail's R= timeout: 30 s)"
echo "# Sendmail: a message queued on the socket of a killed milter passed $took s after the kill"

begin_subtest "with the milter down, Sendmail delivers (F= empty: no filter is no error)"
milter_stop
make_message down.eml 'Ann Lee <ann@acme.com>' "Claire Martin <claire@$NW>" 'While the milter is down'
down=$(send_message ann@acme.com "claire@$NW" "$TMP/made/down.eml")
sendmail_wait_queue
expect_match "$down" '^[0-9A-Za-z]+$'
expect_equal "$(copies_of "$down")" 1

begin_subtest "stopping Sendmail leaves none of its processes behind"
ns=$(readlink "/proc/$(pgrep -P "$sm_pid" | head -1)/ns/pid")
expect_match "$ns" '^pid:'
sendmail_stop
# the kernel kills the rest of the namespace when its init dies; each is
# gone a moment later (the bound only turns a hang into a failure)
for i in $(seq 100); do [ -z "$(namespace_processes "$ns")" ] && break; sleep 0.1; done
expect_equal "$(namespace_processes "$ns")" ""
