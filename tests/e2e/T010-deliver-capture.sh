#!/bin/bash
# T010-deliver-capture - through a real Postfix: mail arrives unchanged, and
# what crosses the company boundary is captured.
#
# Real messages from the corpora (a fixed sample of each set) and a few
# constructed ones (inbound, outbound, internal, a digest of ours) go over
# SMTP into a private Postfix with mailpulse-milter in its mail path and
# are delivered into a Maildir.  Postfix's own header rewriting is turned
# off (local_header_rewrite_clients, message_drop_headers), so the only
# change Postfix makes is the lines its delivery agent puts on top; any
# other difference would be the milter's doing.
. "$(dirname "$0")/../lib.sh"
. "$(dirname "$0")/e2e-lib.sh"
. "$(dirname "$0")/delivery-checks.sh"
e2e_require

PF_MAIN_EXTRA="local_header_rewrite_clients =
message_drop_headers ="
milter_start
postfix_start

pf_wait() { pf_wait_queue "$E2E_PF" 60; }
send_and_check Postfix pf_wait Return-Path: X-Original-To: Delivered-To: Received:

begin_subtest "stopping Postfix and the daemon leaves no process behind"
children="$(milter_pid_of milter) $(milter_pid_of "worker 0")"
expect_match "$(processes_of_instance)" '[0-9]'
pf_stop "$E2E_PF"
postfix_up=
expect_equal "$(kill -0 "$pf_master_pid" 2>/dev/null && echo "master $pf_master_pid alive")" ""
# The master signals its children and exits without waiting for them: each
# is gone a moment later (the bound only turns a hang into a failure)
for i in $(seq 100); do [ -z "$(processes_of_instance)" ] && break; sleep 0.1; done
expect_equal "$(processes_of_instance)" ""
milter_stop
for pid in $children; do
	if kill -0 "$pid" 2>/dev/null; then _fail "mailpulse-milter child $pid still running"; fi
done
