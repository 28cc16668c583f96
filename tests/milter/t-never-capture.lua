-- t-never-capture.lua - NeverCapture (an address and a domain in its .conf):
-- such mail is let through at DATA and never touched, whatever the case of the
-- address; other mail on the same connection is captured.
local mp = dofile(MTLIB)
local conn = mp.connect()
mp.message(conn, {
	qid = "QNC1",
	from = "alice@customer.example",
	rcpt = { "bob@northwind-analytics.com", "CEO@Northwind-Analytics.COM" },
	headers = mp.headers("alice@customer.example", "ceo@northwind-analytics.com",
	                     "nc-1@customer.example", "Confidential"),
})
mp.message(conn, {
	qid = "QNC2",
	from = "counsel@legal.example",
	rcpt = { "bob@northwind-analytics.com" },
	headers = mp.headers("counsel@legal.example", "bob@northwind-analytics.com",
	                     "nc-2@legal.example", "Privileged"),
})
mp.message(conn, {
	qid = "QNC3",
	from = "alice@customer.example",
	rcpt = { "bob@northwind-analytics.com" },
	headers = mp.headers("alice@customer.example", "bob@northwind-analytics.com",
	                     "nc-3@customer.example", "Ordinary"),
})
mt.disconnect(conn)
