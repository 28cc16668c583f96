-- t-reload.lua - SIGHUP while a connection is open: that connection keeps
-- the configuration it started with (bob is captured), a new connection
-- gets the new one (bob is NeverCapture).  CASEDIR (-D) holds the daemon's
-- milter.conf, milter.pid and milter.log.
local mp = dofile(MTLIB)

-- reload - add a NeverCapture line and SIGHUP the supervisor; wait until
-- both the supervisor and the milter have logged the reload
local function reload()
	local conf = assert(io.open(CASEDIR .. "/milter.conf", "a"))
	conf:write("NeverCapture bob@northwind-analytics.com\n")
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

-- to_bob - a customer's message to bob
local function to_bob(qid, id)
	return {
		qid = qid,
		from = "alice@customer.example",
		rcpt = { "bob@northwind-analytics.com" },
		headers = mp.headers("alice@customer.example", "bob@northwind-analytics.com", id,
		                     "Across a reload"),
	}
end

local before = mp.connect()
reload()
local after = mp.connect()
mp.message(after, to_bob("QRL2", "reload-2@customer.example"))
mp.message(before, to_bob("QRL1", "reload-1@customer.example"))
mt.disconnect(after)
mt.disconnect(before)
