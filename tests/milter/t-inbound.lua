-- t-inbound.lua - a customer writes to the company: captured, inbound.
local mp = dofile(MTLIB)
local conn = mp.connect()
mp.message(conn, {
	qid = "QIN1",
	from = "alice@customer.example",
	rcpt = { "bob@northwind-analytics.com" },
	headers = mp.headers("Alice Martin <alice@customer.example>", "bob@northwind-analytics.com",
	                     "inbound-1@customer.example", "Renewal next month"),
	body = "Hi Bob,\r\n\r\nCan we talk about the renewal next week?\r\n\r\nAlice\r\n",
})
mt.disconnect(conn)
