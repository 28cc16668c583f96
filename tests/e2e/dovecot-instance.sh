# dovecot-instance.sh - a private Dovecot IMAP server for the tests and the bench.
#
# Sourced, not run.  dv_start DIR IMAPS_PORT IMAP_PORT USER PASSWORD starts
# a Dovecot (Debian's dovecot-imapd) that lives entirely under DIR: its own
# dovecot.conf, base and state directories, log file (DIR/dovecot.log), a
# self-signed certificate for 127.0.0.1 (DIR/cert.pem: the CA to trust),
# one user USER with PASSWORD (passwd-file) or an OAuth 2 token (SASL
# XOAUTH2; Dovecot validates the JWT itself with the HS256 key in
# DIR/keys, dv_token mints one) whose mail is the Maildir DIR/Maildir,
# read as the user nobody; imaps on 127.0.0.1:IMAPS_PORT and
# plain imap (STARTTLS offered) on 127.0.0.1:IMAP_PORT.  No system service
# is touched.  dv_stop DIR stops it and waits until none of its processes
# is left.  Needs root (Dovecot drops to its own users).
#
# Facts this relies on (Debian 12, Dovecot 2.3): `dovecot -c FILE` forks
# into the background and writes base_dir/master.pid; its login processes
# run as dovenull and its auth as dovecot, so DIR and its parents must be
# traversable; a mail user needs a uid >= first_valid_uid (nobody is).

# dv_start DIR IMAPS_PORT IMAP_PORT USER PASSWORD
dv_start() {
	local dir=$1 imaps=$2 imap=$3 user=$4 pass=$5
	mkdir -p "$dir/run" "$dir/state" "$dir/home" "$dir/Maildir/cur" "$dir/Maildir/new" \
		"$dir/Maildir/tmp"
	local p=$dir
	while [ "$p" != / ]; do chmod o+x "$p" 2>/dev/null; p=$(dirname "$p"); done
	openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
		-addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
		-keyout "$dir/key.pem" -out "$dir/cert.pem" >"$dir/openssl.log" 2>&1 || return 1
	printf '%s:{PLAIN}%s\n' "$user" "$pass" >"$dir/passwd"
	# the HS256 key of the tokens, under each name Dovecot may look it up by
	local k
	for k in default/HS256/default default/hs256/default HS256/default hs256/default; do
		mkdir -p "$dir/keys/$(dirname "$k")"
		printf '%s' "$(printf 'mailpulse-test-key-%s' "$imaps" | base64 -w0)" >"$dir/keys/$k"
	done
	chmod -R o+rX "$dir/keys"
	printf 'introspection_mode = local\nlocal_validation_key_dict = fs:posix:prefix=%s/keys/\nusername_attribute = email\n' \
		"$dir" >"$dir/oauth2.conf.ext"
	chown -R nobody:nogroup "$dir/Maildir" "$dir/home"
	cat >"$dir/dovecot.conf" <<CONF
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
info_log_path = $dir/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <$dir/cert.pem
ssl_key = <$dir/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
first_valid_uid = 1
mail_location = maildir:$dir/Maildir
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $dir/oauth2.conf.ext
}
passdb {
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN $dir/passwd
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=$dir/home
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $imaps
    ssl = yes
  }
}
service auth {
  unix_listener auth-userdb {
    mode = 0666
  }
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Trash {
    special_use = \Trash
  }
}
CONF
	dovecot -c "$dir/dovecot.conf" >"$dir/start.log" 2>&1 || { cat "$dir/start.log" >&2; return 1; }
	local i
	for i in $(seq 50); do
		(exec 3<>"/dev/tcp/127.0.0.1/$imaps") 2>/dev/null && return 0
		sleep 0.1
	done
	echo "dovecot on port $imaps did not come up:" >&2
	tail -20 "$dir/dovecot.log" >&2
	return 1
}

# dv_token DIR IMAPS_PORT USER [KEY] - an OAuth 2 access token (a JWT,
# HS256, valid an hour) for USER, signed with the instance's key (or KEY)
dv_token() {
	python3 - "$@" <<'PY'
import base64, hashlib, hmac, json, sys, time
port, user = sys.argv[2], sys.argv[3]
key = sys.argv[4].encode() if len(sys.argv) > 4 else b"mailpulse-test-key-" + port.encode()
b64u = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
now = int(time.time())
head = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
body = b64u(json.dumps({"sub": user, "email": user, "iat": now, "nbf": now,
                        "exp": now + 3600}).encode())
sig = b64u(hmac.new(key, (head + "." + body).encode(), hashlib.sha256).digest())
print(head + "." + body + "." + sig)
PY
}

# dv_processes DIR - pids of the instance's processes (their command line
# or environment names its configuration)
dv_processes() {
	local pid
	for pid in $(pgrep -f "dovecot" 2>/dev/null); do
		# a process may end between pgrep and here: its /proc is gone
		if { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -q -F "$1/dovecot.conf" ||
			{ tr '\0' '\n' <"/proc/$pid/environ"; } 2>/dev/null | grep -q -F "$1/dovecot.conf"; then
			echo "$pid"
		fi
	done
	return 0
}

# dv_stop DIR - stop the instance, wait until none of its processes is left
dv_stop() {
	local dir=$1 pid=
	[ -f "$dir/run/master.pid" ] && pid=$(cat "$dir/run/master.pid")
	[ -n "$pid" ] && kill "$pid" 2>/dev/null
	local i
	for i in $(seq 100); do
		[ -z "$(dv_processes "$dir")" ] && return 0
		sleep 0.1
	done
	dv_processes "$dir" | xargs -r kill -9 2>/dev/null
	return 0
}

# dv_fill_maildir DIR N [FOLDER] - N messages into the Maildir (FOLDER: a
# Maildir++ subfolder, e.g. .Sent: generated mail): the SpamAssassin ham of
# ../shared/corpora readdressed as customer mail (its From, To and Cc
# replaced, everything else kept), else generated customer mail
dv_fill_maildir() {
	local dir=$1 n=$2 sub=${3:-} i=0 f
	local md=$dir/Maildir${sub:+/$sub}
	mkdir -p "$md/cur" "$md/new" "$md/tmp"
	local src=${CORPORA:-}/spamassassin/easy-ham-1
	if [ -d "$src" ] && [ -z "$sub" ]; then
		while IFS= read -r f && [ "$i" -lt "$n" ]; do
			i=$((i + 1))
			awk -v i="$i" -v sub_="$sub" '
				NR == 1 && /^From / { next }
				!done && NR <= 2 && !started { started = 1
					printf "From: Customer %d <c%d@acme.com>\n", i, i % 40
					printf "To: Claire Martin <claire@northwind-analytics.com>\n" }
				!done && /^$/ { done = 1 }
				!done && /^(From|To|Cc):/ { skip = 1; next }
				!done && skip && /^[ \t]/ { next }
				{ skip = 0; print }' "$f" >"$md/cur/$(printf '%06d' "$i").corpus${sub}:2,"
		done < <(find "$src" -type f | sort)
	fi
	while [ "$i" -lt "$n" ]; do
		i=$((i + 1))
		{
			printf 'From: Ann Lee <ann@acme.com>\nTo: Claire Martin <claire@northwind-analytics.com>\n'
			printf 'Subject: backfill %d%s\nDate: Mon, 02 Nov 2026 %02d:%02d:00 +0000\n' "$i" "$sub" $((i / 60 % 24)) $((i % 60))
			printf 'Message-ID: <backfill-%d%s@acme.com>\n\nMessage %d of the history.\n' "$i" "$sub" "$i"
		} >"$md/cur/$(printf '%06d' "$i").gen${sub}:2,"
	done
	chown -R nobody:nogroup "$dir/Maildir"
}
