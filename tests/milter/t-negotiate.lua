-- t-negotiate.lua - what the milter asks for during option negotiation: no
-- action at all (it never modifies mail), and of the protocol steps only
-- what spares round trips.  Then an MTA that offers no protocol options:
-- every step gets an answer, CONTINUE or ACCEPT, and the message is
-- captured all the same.
local mp = dofile(MTLIB)

local ACTIONS = { "SMFIF_ADDHDRS", "SMFIF_CHGBODY", "SMFIF_ADDRCPT", "SMFIF_DELRCPT",
                  "SMFIF_CHGHDRS", "SMFIF_QUARANTINE", "SMFIF_CHGFROM", "SMFIF_ADDRCPT_PAR",
                  "SMFIF_SETSYMLIST" }
local OPTIONS = { "SMFIP_NOCONNECT", "SMFIP_NOHELO", "SMFIP_NOMAIL", "SMFIP_NORCPT",
                  "SMFIP_NOBODY", "SMFIP_NOHDRS", "SMFIP_NOEOH", "SMFIP_NR_HDR",
                  "SMFIP_NOUNKNOWN", "SMFIP_NODATA", "SMFIP_SKIP", "SMFIP_RCPT_REJ",
                  "SMFIP_NR_CONN", "SMFIP_NR_HELO", "SMFIP_NR_MAIL", "SMFIP_NR_RCPT",
                  "SMFIP_NR_DATA", "SMFIP_NR_UNKN", "SMFIP_NR_EOH", "SMFIP_NR_BODY",
                  "SMFIP_HDR_LEADSPC" }

-- requested - the names of the flags the milter asked for, or "none"
local function requested(conn, names, test)
	local on = {}
	for _, name in ipairs(names) do
		if _G[name] == nil then
			mp.fail("miltertest does not know " .. name)
		end
		if test(conn, _G[name]) then
			table.insert(on, name)
		end
	end
	return #on > 0 and table.concat(on, " ") or "none"
end

local conn = mp.connect()
mt.echo("actions " .. requested(conn, ACTIONS, mt.test_action))
mt.echo("options " .. requested(conn, OPTIONS, mt.test_option))
mt.disconnect(conn)

conn = mp.connect(true)
mt.echo("options " .. requested(conn, OPTIONS, mt.test_option))
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
