-- t-malformed.lua - broken MIME (an unclosed multipart, a boundary that
-- never appears, bad base64 and quoted-printable, a truncated nested
-- message): the milter does not parse, so it passes and is captured; the
-- worker must store it (or quarantine it) without crashing.
local mp = dofile(MTLIB)
local body = table.concat({
	"preamble\r\n",
	"--outer\r\n",
	"Content-Type: text/plain; charset=\"no-such-charset\"\r\n",
	"Content-Transfer-Encoding: quoted-printable\r\n",
	"\r\n",
	"Broken =ZZ escapes =\r\n=4 and a soft break at the end=\r\n",
	"--outer\r\n",
	"Content-Type: application/pdf; name=\"q.pdf\"\r\n",
	"Content-Transfer-Encoding: base64\r\n",
	"\r\n",
	"JVBERi0xLjQK%%%% not base64 at all ====\r\n",
	"--outer\r\n",
	"Content-Type: message/rfc822\r\n",
	"\r\n",
	"From: nested\r\n",
	"Content-Type: multipart/alternative; boundary=\r\n",
	"\r\n",
	"--\r\n",
	"--outer\r\n",
	"Content-Type: multipart/related; boundary=\"inner\"\r\n",
	"\r\n",
	"--inner\r\n",
	"Content-Type: text/html\r\n",
	"\r\n",
	"<html><body><p>unclosed <b><i><table><tr><td>\r\n",
	-- neither --inner-- nor --outer-- ever comes
})
local conn = mp.connect()
mp.message(conn, {
	qid = "QMIME1",
	from = "alice@customer.example",
	rcpt = { "bob@northwind-analytics.com" },
	headers = mp.headers("alice@customer.example", "bob@northwind-analytics.com",
	                     "mime-1@customer.example", "Broken MIME",
	                     { { "Content-Type", "multipart/mixed; boundary=\"outer\"" },
	                       { "Content-Transfer-Encoding", "8bit" } }),
	body = body,
})
mt.disconnect(conn)
