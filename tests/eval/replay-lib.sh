# replay-lib.sh - what the replay scripts share (sourced; WHAT and WORK set).
#
# Sets ROOT, MP (the CLI, build/mailpulse unless MP is set), HERE
# (tests/eval), makes WORK a fresh, absolute directory with an empty
# replay.log (LOG), and defines A (the CLI on WORK/mp.conf) and fail.
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
