-- t-digest.lua - mailpulse's own digests (header X-Mailpulse-Digest, any
-- case) are not captured even when the envelope crosses the boundary; the
-- same message without the header is.
local mp = dofile(MTLIB)

-- digest - a digest to an AM's external address, with the header named so
local function digest(conn, qid, header)
	local extra = {}
	if header then
		extra = { { header, "2026-11-24; am=bob@northwind-analytics.com" } }
	end
	mp.message(conn, {
		qid = qid,
		from = "mailpulse@northwind-analytics.com",
		rcpt = { "bob.stone@freemail.example" },
		headers = mp.headers("mailpulse@northwind-analytics.com", "bob.stone@freemail.example",
		                     qid .. "@northwind-analytics.com", "Your accounts today", extra),
		body = "3 accounts need you today.\r\n",
	})
end

local conn = mp.connect()
digest(conn, "QDIG1", "X-Mailpulse-Digest")
digest(conn, "QDIG2", "x-mailpulse-DIGEST")
digest(conn, "QDIG3", nil)
mt.disconnect(conn)
