-- mtlib.lua - what the t-*.lua miltertest scripts share (loaded with dofile).
--
-- The scripts play the MTA against the real mailpulse-milter, listening on
-- the socket given as -D SOCK=/path by T010-miltertest.sh.  Every protocol
-- step goes through step(), which fails the script (fail(): miltertest
-- exits non-zero) on a transport error or on any reply other than CONTINUE
-- or ACCEPT: the milter must never reject, tempfail or discard mail.  Each
-- message prints one line of the replies it got, for the shell to compare:
--
--     <queue id> mail=- rcpt=- data=- header=- eoh=- body=- eom=a
--
-- "c" CONTINUE, "a" ACCEPT, "-" a step the milter asked the MTA not to wait
-- for (SMFIP_NR_*, agreed during negotiation): no reply on the wire.
local mp = {}

local ALLOWED = { [SMFIR_CONTINUE] = "c", [SMFIR_ACCEPT] = "a" }

-- The no-reply option of each step, if the protocol has one.
local NO_REPLY = {
	connect = SMFIP_NR_CONN, helo = SMFIP_NR_HELO, mail = SMFIP_NR_MAIL,
	rcpt = SMFIP_NR_RCPT, data = SMFIP_NR_DATA, header = SMFIP_NR_HDR,
	eoh = SMFIP_NR_EOH, body = SMFIP_NR_BODY,
}

local ORDER = { "mail", "rcpt", "data", "header", "eoh", "body", "eom" }

-- The modifications mt.eom_check() can look for without a parameter; the
-- milter requests none.  (An added recipient cannot be looked for without
-- naming it: t-negotiate.lua checks the milter asks for no action at all,
-- without which libmilter refuses every modification.  A custom SMTP reply
-- would show in the reply code, which step() checks.)
local MODIFICATIONS = {
	MT_HDRADD = MT_HDRADD, MT_HDRINSERT = MT_HDRINSERT, MT_HDRCHANGE = MT_HDRCHANGE,
	MT_HDRDELETE = MT_HDRDELETE, MT_BODYCHANGE = MT_BODYCHANGE, MT_QUARANTINE = MT_QUARANTINE,
}

-- fail - stop the script with a message (miltertest itself exits 1 on a Lua
-- error without printing it)
function mp.fail(msg)
	mt.echo("error: " .. msg)
	error(msg)
end

-- step - check the outcome of one mt.* call and return its reply letter
function mp.step(conn, name, err)
	if err ~= nil then
		mp.fail(name .. ": " .. tostring(err))
	end
	local nr = NO_REPLY[name]
	if nr ~= nil and mt.test_option(conn, nr) then
		return "-"
	end
	local r = mt.getreply(conn)
	local letter = ALLOWED[r]
	if letter == nil then
		mp.fail(string.format("%s: reply '%s' (%d): the milter must only CONTINUE or ACCEPT",
		                    name, string.char(math.tointeger(r) or 63), math.tointeger(r) or -1))
	end
	return letter
end

-- connect - open a connection and send the connection facts (and HELO if
-- the milter wants it).  The MTA offers every protocol option and action,
-- or, when bare, none at all (an old MTA; miltertest's manual and its
-- source disagree on the order of those two arguments, hence 0 for both).
-- Prints "connect=- [helo=c]".
function mp.connect(bare)
	local conn = mt.connect("unix:" .. SOCK, 50, 0.1)
	if conn == nil then
		mp.fail("cannot connect to unix:" .. SOCK)
	end
	if bare then
		local err = mt.negotiate(conn, nil, 0, 0)
		if err ~= nil then
			mp.fail("negotiate: " .. tostring(err))
		end
	end
	mt.macro(conn, SMFIC_CONNECT, "j", "mx.northwind-analytics.com", "{daemon_name}", "smtpd-test")
	local line = "connect=" .. mp.step(conn, "connect",
	                                   mt.conninfo(conn, "mail.example.net", "192.0.2.7"))
	if not mt.test_option(conn, SMFIP_NOHELO) then
		line = line .. " helo=" .. mp.step(conn, "helo", mt.helo(conn, "mail.example.net"))
	end
	mt.echo(line)
	return conn
end

-- record - keep the reply of a step (several distinct replies: "c/a")
local function record(replies, name, letter)
	local seen = replies[name]
	if seen == nil then
		replies[name] = letter
	elseif not string.find("/" .. seen .. "/", "/" .. letter .. "/", 1, true) then
		replies[name] = seen .. "/" .. letter
	end
end

-- report - the reply line of one message
local function report(m, replies)
	local out = { m.qid }
	for _, name in ipairs(ORDER) do
		if replies[name] ~= nil then
			table.insert(out, name .. "=" .. replies[name])
		end
	end
	mt.echo(table.concat(out, " "))
end

-- send_body - the body (a string or a list of chunks), each chunk its own
-- SMFIC_BODY
local function send_body(conn, m, replies)
	local chunks = type(m.body) == "table" and m.body or { m.body or "Hello.\r\n" }
	for _, chunk in ipairs(chunks) do
		record(replies, "body", mp.step(conn, "body", mt.bodystring(conn, chunk)))
	end
end

-- message - play one message; m = { qid, from, rcpt = {...}, headers =
-- {{name, value}, ...}, body = string or {chunks}, auth = user, stop =
-- "body" (leave it unfinished after the first body chunk) }.  Returns
-- true when it reached end-of-message.
function mp.message(conn, m)
	local replies = {}
	local macros = { "i", m.qid }
	if m.auth then
		table.insert(macros, "{auth_authen}")
		table.insert(macros, m.auth)
	end
	mt.macro(conn, SMFIC_MAIL, table.unpack(macros))
	record(replies, "mail", mp.step(conn, "mail", mt.mailfrom(conn, "<" .. m.from .. ">")))
	for _, rcpt in ipairs(m.rcpt) do
		record(replies, "rcpt", mp.step(conn, "rcpt", mt.rcptto(conn, "<" .. rcpt .. ">")))
	end
	local data = mp.step(conn, "data", mt.data(conn))
	record(replies, "data", data)
	if data == "a" then
		-- Accepted at DATA: a real MTA sends nothing more of this message.
		report(m, replies)
		return false
	end
	for _, h in ipairs(m.headers) do
		record(replies, "header", mp.step(conn, "header", mt.header(conn, h[1], h[2])))
	end
	record(replies, "eoh", mp.step(conn, "eoh", mt.eoh(conn)))
	if m.stop == "body" then
		record(replies, "body", mp.step(conn, "body", mt.bodystring(conn, "Half a bo")))
		report(m, replies)
		return false
	end
	send_body(conn, m, replies)
	record(replies, "eom", mp.step(conn, "eom", mt.eom(conn)))
	for name, op in pairs(MODIFICATIONS) do
		if mt.eom_check(conn, op) then
			mp.fail(m.qid .. ": the milter requested a modification: " .. name)
		end
	end
	for _, rcpt in ipairs(m.rcpt) do
		if mt.eom_check(conn, MT_RCPTDELETE, "<" .. rcpt .. ">") then
			mp.fail(m.qid .. ": the milter deleted recipient " .. rcpt)
		end
	end
	report(m, replies)
	return true
end

local ACTIONS = { "SMFIF_ADDHDRS", "SMFIF_CHGBODY", "SMFIF_ADDRCPT", "SMFIF_DELRCPT",
                  "SMFIF_CHGHDRS", "SMFIF_QUARANTINE", "SMFIF_CHGFROM", "SMFIF_ADDRCPT_PAR",
                  "SMFIF_SETSYMLIST" }
local OPTIONS = { "SMFIP_NOCONNECT", "SMFIP_NOHELO", "SMFIP_NOMAIL", "SMFIP_NORCPT",
                  "SMFIP_NOBODY", "SMFIP_NOHDRS", "SMFIP_NOEOH", "SMFIP_NR_HDR",
                  "SMFIP_NOUNKNOWN", "SMFIP_NODATA", "SMFIP_SKIP", "SMFIP_RCPT_REJ",
                  "SMFIP_NR_CONN", "SMFIP_NR_HELO", "SMFIP_NR_MAIL", "SMFIP_NR_RCPT",
                  "SMFIP_NR_DATA", "SMFIP_NR_UNKN", "SMFIP_NR_EOH", "SMFIP_NR_BODY",
                  "SMFIP_HDR_LEADSPC" }

-- requested - the names of the flags the milter asked for during option
-- negotiation ("actions" or "options"), or "none"
function mp.requested(conn, kind)
	local names, test = OPTIONS, mt.test_option
	if kind == "actions" then
		names, test = ACTIONS, mt.test_action
	end
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

-- to_bob - a message from a customer (alice) to bob of the company, with
-- queue id qid, Message-ID id and subject
function mp.to_bob(qid, id, subject)
	return {
		qid = qid,
		from = "alice@customer.example",
		rcpt = { "bob@northwind-analytics.com" },
		headers = mp.headers("alice@customer.example", "bob@northwind-analytics.com", id, subject),
	}
end

-- reload - append line to the daemon's milter.conf (in CASEDIR, -D) and
-- SIGHUP the supervisor (CASEDIR/milter.pid); wait until both the
-- supervisor and the milter process have logged the reload
function mp.reload(line)
	local conf = assert(io.open(CASEDIR .. "/milter.conf", "a"))
	conf:write(line .. "\n")
	conf:close()
	local pidfile = assert(io.open(CASEDIR .. "/milter.pid"))
	local pid = pidfile:read("n")
	pidfile:close()
	if not os.execute("kill -HUP " .. math.tointeger(pid)) then
		mp.fail("cannot signal the daemon, pid " .. tostring(pid))
	end
	for _ = 1, 600 do
		local log = assert(io.open(CASEDIR .. "/milter.log"))
		local _, reloads = log:read("a"):gsub("reload: configuration reloaded", "")
		log:close()
		if reloads >= 2 then
			return
		end
		mt.sleep(0.05)
	end
	mp.fail("the daemon did not log its reload in 30 s")
end

-- headers - the usual header block; an extra {name, value} pair replaces
-- the header of that name, or is added after them.  (Values without their
-- leading space: mt.header() adds it when SMFIP_HDR_LEADSPC was agreed,
-- as an MTA does.)
function mp.headers(from, to, id, subject, extra)
	local h = {
		{ "From", from },
		{ "To", to },
		{ "Subject", subject },
		{ "Date", "Tue, 24 Nov 2026 09:30:00 +0100" },
		{ "Message-ID", "<" .. id .. ">" },
		{ "MIME-Version", "1.0" },
		{ "Content-Type", "text/plain; charset=utf-8" },
	}
	for _, e in ipairs(extra or {}) do
		local replaced = false
		for _, have in ipairs(h) do
			if have[1] == e[1] then
				have[2], replaced = e[2], true
			end
		end
		if not replaced then
			table.insert(h, e)
		end
	end
	return h
end

return mp
