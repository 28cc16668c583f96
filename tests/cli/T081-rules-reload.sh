#!/bin/bash
# T081-rules-reload.sh - mailpulse-milter compiles the phrase rules once,
# reloads them on SIGHUP, and keeps the rules in force when the new files
# are broken (every error logged as FILE:LINE).
. "$(dirname "$0")/../lib.sh"
MILTER=$ROOT/build/mailpulse-milter
mkdir -p "$TMP/rules"
cp "$ROOT"/rules/*.rules "$TMP/rules/"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
new_config "$TMP/m.conf" "RulesDir $TMP/rules" "SpoolDir $TMP/spool" "Socket inet:$port@127.0.0.1" \
	"User $(id -un)" "Syslog no" "SpoolSync no"
n_rules=$(grep -c '^rule:' "$TMP"/rules/*.rules | awk -F: '{ n += $NF } END { print n }')
milter_pid=
stop_milter() { [ -n "$milter_pid" ] && kill "$milter_pid" 2>/dev/null && wait "$milter_pid" 2>/dev/null; milter_pid=; }
trap 'stop_milter; end_subtest; rm -rf "$TMP"' EXIT
# wait_log REGEX - up to 10 s for a line in the milter's log
wait_log() {
	for _ in $(seq 100); do grep -q -E -- "$1" "$TMP/milter.log" && return 0; sleep 0.1; done
	_fail "no /$1/ in the log: $(tail -5 "$TMP/milter.log")"
	return 1
}

begin_subtest "-n counts the rules, and fails on a broken rule file with FILE:LINE"
expect_status 0 "$MILTER" -c "$TMP/m.conf" -n
expect_match "$(cat "$TMP/.out")" "configuration OK, $n_rules phrase rules"
cp -r "$TMP/rules" "$TMP/broken"
printf '\nrule: broken-one\ncategory: expansion\nweight: 1\napplies: customer\nlabel: x\npattern: (unclosed\n' \
	>>"$TMP/broken/expansion.rules"
sed "s|^RulesDir .*|RulesDir $TMP/broken|" "$TMP/m.conf" >"$TMP/broken.conf"
expect_status 78 "$MILTER" -c "$TMP/broken.conf" -n
expect_match "$(cat "$TMP/.err")" "broken/expansion.rules:[0-9]+: .*parenthesis"

begin_subtest "SIGHUP with broken rules: errors logged as FILE:LINE, the old rules stay"
: >"$TMP/milter.log"
"$MILTER" -c "$TMP/m.conf" -f 2>"$TMP/milter.log" &
milter_pid=$!
wait_log "rules: $n_rules phrase rules from $TMP/rules"
# live capture judges sentences as ingest does: rules and the scorer
wait_log "rules: sentence scorer [0-9]+ sentences"
mv "$TMP/rules/expansion.rules" "$TMP/expansion.good"
cp "$TMP/broken/expansion.rules" "$TMP/rules/"
kill -HUP "$milter_pid"
wait_log "keeping the $n_rules rules in force"
expect_match "$(cat "$TMP/milter.log")" "reload: rules: .*/rules/expansion.rules:[0-9]+: .*parenthesis"
kill -0 "$milter_pid" 2>/dev/null || _fail "the milter died"

begin_subtest "SIGHUP with good rules: the new set is in force"
cp "$TMP/expansion.good" "$TMP/rules/expansion.rules"
printf '\nrule: extra-test-rule\ncategory: expansion\nweight: 1\napplies: customer\nlabel: x\npattern: \\bzebra crossing\\b\n' \
	>>"$TMP/rules/expansion.rules"
kill -HUP "$milter_pid"
wait_log "reload: rules: $((n_rules + 1)) phrase rules from $TMP/rules"
stop_milter
