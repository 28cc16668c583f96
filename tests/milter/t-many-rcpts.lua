-- t-many-rcpts.lua - one message to 500 recipients: it passes and is
-- captured once, with every recipient in the envelope.
local mp = dofile(MTLIB)
local rcpt = {}
for i = 1, 500 do
	rcpt[i] = string.format("user%03d@northwind-analytics.com", i)
end
local conn = mp.connect()
mp.message(conn, {
	qid = "QMANY1",
	from = "alice@customer.example",
	rcpt = rcpt,
	headers = mp.headers("alice@customer.example", "all-staff@northwind-analytics.com",
	                     "many-1@customer.example", "To everyone"),
})
mt.disconnect(conn)
