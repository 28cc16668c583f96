-- t-dropped.lua - messages that never reach end-of-message: an SMTP abort
-- (RSET), a polite QUIT and a dropped socket, each mid-body.  None may
-- leave a capture behind; the milter still captures the next message.
local mp = dofile(MTLIB)

-- unfinished - a captured message left after its first body chunk
local function unfinished(conn, qid)
	mp.message(conn, {
		qid = qid,
		from = "alice@customer.example",
		rcpt = { "bob@northwind-analytics.com" },
		headers = mp.headers("alice@customer.example", "bob@northwind-analytics.com",
		                     qid .. "@customer.example", "Never finished"),
		stop = "body",
	})
end

local conn = mp.connect()
unfinished(conn, "QDROP1")
mp.step(conn, "abort", mt.abort(conn))
mt.disconnect(conn)

conn = mp.connect()
unfinished(conn, "QDROP2")
mt.disconnect(conn, true)

conn = mp.connect()
unfinished(conn, "QDROP3")
mt.disconnect(conn, false)

conn = mp.connect()
mp.message(conn, {
	qid = "QDROP4",
	from = "alice@customer.example",
	rcpt = { "bob@northwind-analytics.com" },
	headers = mp.headers("alice@customer.example", "bob@northwind-analytics.com",
	                     "drop-4@customer.example", "This one arrives"),
})
mt.disconnect(conn)
