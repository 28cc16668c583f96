-- t-outbound.lua - an Account Manager writes to a customer (authenticated
-- submission): captured, outbound, with the MTA facts in the envelope.
local mp = dofile(MTLIB)
local conn = mp.connect()
mp.message(conn, {
	qid = "QOUT1",
	auth = "bob",
	from = "bob@northwind-analytics.com",
	rcpt = { "carol@customer.example" },
	headers = mp.headers("Bob Stone <bob@northwind-analytics.com>", "carol@customer.example",
	                     "outbound-1@northwind-analytics.com", "Your quote"),
	body = "Hi Carol,\r\n\r\nHere is the quote for the extra seats.\r\n\r\nBob\r\n",
})
mt.disconnect(conn)
