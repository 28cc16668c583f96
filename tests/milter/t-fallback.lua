-- t-fallback.lua - the milter process is down: T010-miltertest.sh froze it,
-- let this connection queue on its socket, then killed it.  The supervisor
-- answers instead, at once: no actions, no reply wanted before DATA, and
-- ACCEPT at DATA for each message of the connection (nothing captured).
local mp = dofile(MTLIB)

local conn = mp.connect()
mt.echo("actions " .. mp.requested(conn, "actions"))
mt.echo("options " .. mp.requested(conn, "options"))
mp.message(conn, mp.to_bob("QFB1", "QFB1@customer.example", "While the milter is down"))
mp.message(conn, mp.to_bob("QFB2", "QFB2@customer.example", "While the milter is down"))
mt.disconnect(conn)
