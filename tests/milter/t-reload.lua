-- t-reload.lua - SIGHUP while a connection is open: that connection keeps
-- the configuration it started with (bob is captured), a new connection
-- gets the new one (bob is NeverCapture).  CASEDIR (-D) holds the daemon's
-- milter.conf, milter.pid and milter.log.
local mp = dofile(MTLIB)

local before = mp.connect()
mp.reload("NeverCapture bob@northwind-analytics.com")
local after = mp.connect()
mp.message(after, mp.to_bob("QRL2", "reload-2@customer.example", "Across a reload"))
mp.message(before, mp.to_bob("QRL1", "reload-1@customer.example", "Across a reload"))
mt.disconnect(after)
mt.disconnect(before)
