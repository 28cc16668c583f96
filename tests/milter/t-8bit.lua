-- t-8bit.lua - headers with raw 8-bit bytes (no RFC 2047), invalid UTF-8
-- and control characters: the milter passes them and spools them byte for
-- byte; the worker must not crash on them.
local mp = dofile(MTLIB)
local conn = mp.connect()
mp.message(conn, {
	qid = "Q8BIT1",
	from = "alice@customer.example",
	rcpt = { "bob@northwind-analytics.com" },
	headers = mp.headers("J\xfcrgen M\xfcller <alice@customer.example>",
	                     "bob@northwind-analytics.com", "8bit-1@customer.example",
	                     "R\xe9sum\xe9 \xff\xfe\x80\xc3\x28 \xe2\x82",
	                     { { "X-Garbage", "\x01\x02\x1b[31m\x7f\xc0\xaf tail" },
	                       { "Content-Type", "text/plain; charset=\xff\xff" } }),
	body = "Gr\xfc\xdfe \xe9t\xe9\r\n",
})
mt.disconnect(conn)
