-- t-truncated.lua - a message far over MaximumBodyBytes (4k in its .conf):
-- it passes, and the capture keeps the first 4096 bytes, marked truncated.
local mp = dofile(MTLIB)
local line = string.rep("x", 78) .. "\r\n"
local chunks = {}
for i = 1, 8 do
	chunks[i] = string.rep(line, 100) -- 8000 bytes a chunk, 64000 in all
end
local conn = mp.connect()
mp.message(conn, {
	qid = "QBIG1",
	from = "alice@customer.example",
	rcpt = { "bob@northwind-analytics.com" },
	headers = mp.headers("alice@customer.example", "bob@northwind-analytics.com",
	                     "big-1@customer.example", "The full export"),
	body = chunks,
})
mt.disconnect(conn)
