-- t-loglevel.lua - LogLevel is reloaded by SIGHUP: under notice the milter
-- logs no line per message (QLL1); after LogLevel info and a reload it
-- logs each capture (QLL2), and so do the workers restarted by the reload.
local mp = dofile(MTLIB)

local conn = mp.connect()
mp.message(conn, mp.to_bob("QLL1", "QLL1@customer.example", "Log levels"))
mt.disconnect(conn)
mp.reload("LogLevel info")
conn = mp.connect()
mp.message(conn, mp.to_bob("QLL2", "QLL2@customer.example", "Log levels"))
mt.disconnect(conn)
