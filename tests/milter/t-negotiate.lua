-- t-negotiate.lua - what the milter asks for during option negotiation: no
-- action at all (it never modifies mail), and of the protocol steps only
-- what spares round trips.  Then an MTA that offers no protocol options:
-- every step gets an answer, CONTINUE or ACCEPT, and the message is
-- captured all the same.
local mp = dofile(MTLIB)

local conn = mp.connect()
mt.echo("actions " .. mp.requested(conn, "actions"))
mt.echo("options " .. mp.requested(conn, "options"))
mt.disconnect(conn)

conn = mp.connect(true)
mt.echo("options " .. mp.requested(conn, "options"))
mp.message(conn, {
	qid = "QNEG2",
	from = "alice@customer.example",
	rcpt = { "bob@northwind-analytics.com" },
	-- Without SMFIP_HDR_LEADSPC the MTA strips the space after the colon.
	headers = { { "From", "alice@customer.example" }, { "To", "bob@northwind-analytics.com" },
	            { "Subject", "No options offered" },
	            { "Message-ID", "<neg-2@customer.example>" } },
})
mt.disconnect(conn)
