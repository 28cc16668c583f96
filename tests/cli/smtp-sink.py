#!/usr/bin/env python3
"""smtp-sink.py - a scripted SMTP server for one or more test sessions.

usage: smtp-sink.py PORT_FILE TRANSCRIPT [--sessions N] [--reply VERB=CODE]...
                    [--no-ehlo]

Listens on 127.0.0.1 (a free port, written to PORT_FILE once listening),
serves N sessions (default 1) one after the other and appends everything
the client sent, byte for byte, to TRANSCRIPT.  --reply RCPT=550 answers
that verb with that code (DATA=451, MAIL=421 ...); --no-ehlo answers EHLO
with 502 so the client must fall back to HELO.  Multi-line replies are
used for EHLO, as real servers do.  Exits after the sessions, or after 30
seconds without a client.
"""
import socket
import sys


def main():
    args = sys.argv[1:]
    port_file, transcript = args[0], args[1]
    sessions, replies, no_ehlo = 1, {}, False
    i = 2
    while i < len(args):
        if args[i] == "--sessions":
            sessions = int(args[i + 1]); i += 2
        elif args[i] == "--reply":
            verb, code = args[i + 1].split("="); replies[verb.upper()] = code; i += 2
        elif args[i] == "--no-ehlo":
            no_ehlo = True; i += 1
        else:
            sys.exit(f"smtp-sink: unknown argument {args[i]}")
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    srv.settimeout(30)
    with open(port_file + ".tmp", "w") as f:
        f.write(str(srv.getsockname()[1]))
    import os
    os.rename(port_file + ".tmp", port_file)
    log = open(transcript, "ab")
    for _ in range(sessions):
        try:
            conn, _addr = srv.accept()
        except socket.timeout:
            break
        serve(conn, log, replies, no_ehlo)
        conn.close()
    log.close()


def serve(conn, log, replies, no_ehlo):
    conn.settimeout(30)
    f = conn.makefile("rb")
    send = lambda s: conn.sendall(s.encode() + b"\r\n")
    send("220 sink.test ESMTP")
    in_data = False
    for line in f:
        log.write(line)
        log.flush()
        if in_data:
            if line == b".\r\n":
                in_data = False
                send(replies.get("DOT", "250") + " 2.0.0 queued as SINK1")
            continue
        verb = line.split(b":")[0].split(b" ")[0].strip().upper().decode(errors="replace")
        if verb in replies and verb != "DOT":
            send(replies[verb] + " scripted reply")
            if replies[verb].startswith("421"):
                return
            continue
        if verb == "EHLO":
            if no_ehlo:
                send("502 5.5.2 EHLO not implemented")
            else:
                send("250-sink.test")
                send("250-PIPELINING")
                send("250 8BITMIME")
        elif verb in ("HELO", "MAIL", "RCPT", "RSET", "NOOP"):
            send("250 2.0.0 ok")
        elif verb == "DATA":
            send("354 go ahead")
            in_data = True
        elif verb == "QUIT":
            send("221 2.0.0 bye")
            return
        else:
            send("500 5.5.1 unknown command")


if __name__ == "__main__":
    main()
