# postfix-instance.sh - a private Postfix for the demo, the bench and tests.
#
# Sourced, not run.  pf_start DIR SMTP_PORT [MILTER] [TRANSPORT] starts a
# Postfix instance that lives entirely under DIR: its own main.cf and
# master.cf (every service unchrooted), queue, data directory, a maillog
# file (no syslog needed), smtpd on 127.0.0.1:SMTP_PORT, and a virtual
# mailbox for every address of every domain (see below), unless
# TRANSPORT is "discard" (load tests).  MILTER is a Postfix milter address
# such as inet:127.0.0.1:8891 (or empty).  pf_stop DIR stops it and waits
# for its master to exit.  Needs root (Postfix drops to its own user).
# PF_MAIN_EXTRA, if set, holds more main.cf settings (one "name = value"
# a line) that override the ones below (the tests turn Postfix's own
# header rewriting off with it).  PF_MASTER_EXTRA, if set, is appended to
# master.cf as it is (a test's own services, e.g. a pipe(8) transport).
#
# Facts this relies on (Debian 12, Postfix 3.7): a private instance runs
# with `postfix -c DIR`; queue_directory must exist and be root-owned;
# data_directory must not be pre-created; every parent directory must be
# traversable by the postfix user; `postfix stop` returns before the
# master exits (wait on its pid file).  Every recipient is delivered into
# one Maildir, DIR/mail/inbox/.

# pf_start DIR SMTP_PORT [MILTER] [TRANSPORT]
pf_start() {
	local dir=$1 port=$2 milter=${3:-} transport=${4:-virtual}
	mkdir -p "$dir/queue" "$dir/log" "$dir/mail"
	chmod 0755 "$dir" "$dir/queue" "$dir/log"
	chown postfix "$dir/log"
	chown nobody:nogroup "$dir/mail"
	local p=$dir
	while [ "$p" != / ]; do chmod o+x "$p" 2>/dev/null; p=$(dirname "$p"); done
	local uid gid
	uid=$(id -u nobody) gid=$(id -g nobody)
	cat >"$dir/main.cf" <<CF
compatibility_level = 3.6
queue_directory = $dir/queue
data_directory = $dir/data
mail_owner = postfix
setgid_group = postdrop
myhostname = mx.northwind-analytics.test
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mydestination =
mynetworks = 127.0.0.0/8
relay_domains =
local_recipient_maps =
alias_maps =
alias_database =
maillog_file = $dir/log/maillog
maillog_file_prefixes = $dir/log
smtpd_relay_restrictions = permit_mynetworks, reject
smtpd_recipient_restrictions = permit_mynetworks, reject
virtual_mailbox_domains = static:all
virtual_mailbox_base = $dir/mail
virtual_mailbox_maps = static:inbox/
virtual_uid_maps = static:$uid
virtual_gid_maps = static:$gid
virtual_minimum_uid = 1
virtual_transport = $transport
smtpd_milters = $milter
non_smtpd_milters = $milter
milter_default_action = accept
milter_connect_macros = j {daemon_name} {client_addr} v _
default_process_limit = 200
smtpd_client_connection_count_limit = 0
smtpd_client_message_rate_limit = 0
smtpd_client_recipient_rate_limit = 0
in_flow_delay = 0
CF
	cat >"$dir/master.cf" <<CF
127.0.0.1:$port inet n - n - - smtpd
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n -  0 cleanup
qmgr      unix  n - n 300 1 qmgr
rewrite   unix  - - n -  - trivial-rewrite
bounce    unix  - - n -  0 bounce
defer     unix  - - n -  0 bounce
trace     unix  - - n -  0 bounce
verify    unix  - - n -  1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -  - proxymap
smtp      unix  - - n -  - smtp
showq     unix  n - n -  - showq
error     unix  - - n -  - error
retry     unix  - - n -  - error
discard   unix  - - n -  - discard
virtual   unix  - n n -  - virtual
anvil     unix  - - n -  1 anvil
scache    unix  - - n -  1 scache
postlog   unix-dgram n - n - 1 postlogd
CF
	[ -n "${PF_MASTER_EXTRA:-}" ] && printf '%s\n' "$PF_MASTER_EXTRA" >>"$dir/master.cf"
	local setting
	while IFS= read -r setting; do
		[ -n "$setting" ] && postconf -c "$dir" -e "$setting"
	done <<<"${PF_MAIN_EXTRA:-}"
	postfix -c "$dir" check >"$dir/log/check.out" 2>&1 || { cat "$dir/log/check.out" >&2; return 1; }
	if ! postfix -c "$dir" start >"$dir/log/start.out" 2>&1; then
		cat "$dir/log/start.out" "$dir/log/maillog" >&2 2>/dev/null
		return 1
	fi
	local i
	for i in $(seq 50); do
		(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
		sleep 0.1
	done
	echo "postfix on port $port did not come up; maillog:" >&2
	tail -20 "$dir/log/maillog" >&2
	return 1
}

# pf_stop DIR - stop the instance and wait until its master is gone
pf_stop() {
	local dir=$1 pid=
	[ -f "$dir/queue/pid/master.pid" ] && pid=$(tr -d ' ' <"$dir/queue/pid/master.pid")
	postfix -c "$dir" stop >/dev/null 2>&1 || true  # not running: nothing to stop
	local i
	for i in $(seq 100); do
		[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
		sleep 0.1
	done
	kill -9 "$pid" 2>/dev/null
	return 0
}

# pf_wait_queue DIR [SECONDS] - until the queue is empty (default 60 s);
# with PF_SYNC_LOG set (the tests, which read deliveries from the log),
# also until the log holds every line of those deliveries (pf_sync_log)
pf_wait_queue() {
	local dir=$1 limit=${2:-60} i
	for i in $(seq $((limit * 10))); do
		if [ -z "$(find "$dir/queue/incoming" "$dir/queue/active" "$dir/queue/deferred" \
			"$dir/queue/maildrop" -type f 2>/dev/null | head -1)" ]; then
			[ -z "${PF_SYNC_LOG:-}" ] || pf_sync_log "$dir" "$limit"
			return
		fi
		sleep 0.1
	done
	return 1
}

# pf_sync_log DIR [SECONDS] - until maillog holds every line logged so far.
# Postfix's daemons log through postlogd (a datagram socket, written to the
# file asynchronously): a delivery's "status=sent" line can reach the file
# after the queue is empty.  A marker sent the same way now is written after
# every line sent before it, so once it is in the file, so are they.
pf_sync_log() {
	local dir=$1 limit=${2:-60} marker i
	marker="pf-sync-$$-$RANDOM-$(date +%s%N)"
	MAIL_CONFIG=$dir postlog -t pf-sync "$marker" || return 1
	for i in $(seq $((limit * 20))); do
		grep -q -F "$marker" "$dir/log/maillog" 2>/dev/null && return 0
		sleep 0.05
	done
	return 1
}
