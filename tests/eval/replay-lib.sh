# replay-lib.sh - what the replay scripts share (sourced; WHAT and WORK set).
#
# Sets ROOT, MP (the CLI, build/mailpulse unless MP is set), HERE
# (tests/eval), makes WORK a fresh, absolute directory with an empty
# replay.log (LOG), and defines A (the CLI on WORK/mp.conf), fail, and
# for the real-mail replays real_mail_conf and replay_days.
ROOT=${MAILPULSE_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
MP=${MP:-$ROOT/build/mailpulse}
HERE=$ROOT/tests/eval
rm -rf "$WORK"
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
LOG=$WORK/replay.log
: >"$LOG"

# fail STEP - name the step that failed (not its output) and stop
fail() {
	echo "replay of $WHAT failed at: $1 (details in $LOG)" >&2
	exit 1
}

# A ARGS... - the CLI with the replay's config
A() { "$MP" -c "$WORK/mp.conf" "$@"; }

# real_mail_conf - WORK/mp.conf for Enron's real mail: the judged run's
# setup (InternalDomains enron.com, AutoCreateAccounts yes, the shipped
# rules, default thresholds), digests "sent" through SendmailPath = a sink
# script that keeps nothing (the digest table and the ledger's last_sent
# record them, so "new" behaves as live)
real_mail_conf() {
	printf '#!/bin/sh\n# the digest sink: reads the message, keeps nothing\ncat >/dev/null\n' >"$WORK/sink.sh"
	chmod +x "$WORK/sink.sh"
	{
		echo "Database $WORK/mp.db"
		echo "InternalDomains enron.com"
		echo "AutoCreateAccounts yes"
		echo "RulesDir $ROOT/rules"
		echo "DigestTransport sendmail"
		echo "SendmailPath $WORK/sink.sh"
		echo "DigestFrom mailpulse@enron.com"
	} >"$WORK/mp.conf"
}

# replay_days FIRST LAST DIGEST_DAYS BRIEF_DAYS - snapshots of every day
# from FIRST to LAST; on each of DIGEST_DAYS (blank-separated) the digest
# of each AM of the array AMS (`digest --json` saved as
# digest-DAY-AM.json, then `digest --send`), on each of BRIEF_DAYS the
# `account --json` brief of each account of the array LARGEST
# (brief-DAY-N.json, N its place in LARGEST)
replay_days() {
	local from=$1 last=$2 digest_days=$3 brief_days=$4 day am name n
	for day in $(printf '%s\n' $digest_days $brief_days "$last" | sort -u); do
		A snapshot --from "$from" --to "$day" >>"$LOG" 2>&1 || fail "snapshot to $day"
		from=$(date -u -d "$day + 1 day" +%F)
		case " $digest_days " in *" $day "*)
			for am in "${AMS[@]}"; do
				A --as-of "$day" digest --am "$am" --json >"$WORK/digest-$day-$am.json" 2>>"$LOG" ||
					fail "digest --json $day $am"
				A --as-of "$day" digest --am "$am" --send >>"$LOG" 2>&1 || fail "digest --send $day $am"
			done ;;
		esac
		case " $brief_days " in *" $day "*)
			n=0
			for name in "${LARGEST[@]}"; do
				n=$((n + 1))
				A --as-of "$day" account --json "$name" >"$WORK/brief-$day-$n.json" 2>>"$LOG" ||
					fail "account --json $day $name"
			done ;;
		esac
	done
}
