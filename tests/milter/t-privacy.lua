-- t-privacy.lua - the capture policy in its .conf, applied by the milter
-- before anything reaches the spool: a NeverCapture address named only in
-- Cc (not in the envelope), a subject matching NeverCaptureSubjects (plain
-- and RFC 2047 encoded), a domain whose CaptureMode is off; then a
-- headers-only customer (spooled whole, stored without text) and ordinary
-- mail, both captured.
local mp = dofile(MTLIB)
local conn = mp.connect()

-- send - one inbound message from `from` to bob with the given headers
local function send(qid, from, subject, extra, body)
	mp.message(conn, {
		qid = qid,
		from = from,
		rcpt = { "bob@northwind-analytics.com" },
		headers = mp.headers(from, "bob@northwind-analytics.com", qid .. "@privacy.example",
		                     subject, extra),
		body = body,
	})
end

send("QPV1", "alice@customer.example", "Board", { { "Cc", "The CEO <CEO@northwind-analytics.com>" } },
     "Cc to the CEO: chinchilla\r\n")
send("QPV2", "alice@customer.example", "Payroll for March", nil, "Pay: chinchilla\r\n")
send("QPV3", "alice@customer.example", "=?UTF-8?B?UGF5cm9sbCBxdWVzdGlvbg==?=", nil,
     "Encoded: chinchilla\r\n")
send("QPV4", "counsel@secret.example", "Advice", nil, "Off: chinchilla\r\n")
send("QPV5", "lena@lawfirm.example", "Contract review", nil, "Privileged: capybara\r\n")
send("QPV6", "alice@customer.example", "Salaryman film night", nil, "Ordinary: okapi\r\n")
mt.disconnect(conn)
