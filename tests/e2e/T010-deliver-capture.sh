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
