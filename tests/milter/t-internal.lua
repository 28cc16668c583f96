-- t-internal.lua - mail between colleagues is let through at DATA and never
-- touched; the next message on the same connection is captured as usual.
local mp = dofile(MTLIB)
local conn = mp.connect()
mp.message(conn, {
	qid = "QINT1",
	from = "bob@northwind-analytics.com",
	rcpt = { "dave@northwind-analytics.com", "erin@eu.northwind-analytics.com" },
	headers = mp.headers("bob@northwind-analytics.com", "dave@northwind-analytics.com",
	                     "internal-1@northwind-analytics.com", "Lunch"),
})
mp.message(conn, {
	qid = "QINT2",
	from = "alice@customer.example",
	rcpt = { "bob@northwind-analytics.com" },
	headers = mp.headers("alice@customer.example", "bob@northwind-analytics.com",
	                     "internal-2@customer.example", "After the internal one"),
})
mt.disconnect(conn)
