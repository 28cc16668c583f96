#!/usr/bin/python3
"""smtp-send.py - send messages over SMTP, print the queue id of each.

    smtp-send.py PORT [--times] < LIST

LIST has one message a line: SENDER<TAB>RCPT[,RCPT...]<TAB>FILE.  Each
message goes over its own connection to 127.0.0.1:PORT, with CRLF line
ends as an MTA sends them (smtplib sends bytes as they are), dot stuffing,
and without the mbox "From " line a corpus file may start with; the output is QUEUE_ID<TAB>FILE per message, the queue id taken
from the server's answer to DATA (Postfix: "250 2.0.0 Ok: queued as ID",
Sendmail: "250 2.0.0 ID Message accepted for delivery").  A refused message prints
"-<TAB>FILE" and the reply on stderr, and the exit status is 1.  With
--times each line ends with a third field: the seconds the SMTP session
took, from connect to the reply to QUIT.
"""
import re
import smtplib
import sys
import time


def message_bytes(path):
    """message_bytes - the message in FILE, LF line ends, without the mbox
    "From " line some corpora start with (storage, not message)"""
    data = open(path, 'rb').read().replace(b'\r\n', b'\n')
    if data.startswith(b'From '):
        data = data[data.find(b'\n') + 1:]
    return data


def send(port, sender, rcpts, path):
    """send - one message; returns the queue id or None"""
    data = message_bytes(path).replace(b'\n', b'\r\n')
    with smtplib.SMTP('127.0.0.1', port) as s:
        s.ehlo()
        code, reply = s.mail(sender)
        for r in rcpts:
            if code == 250:
                code, reply = s.rcpt(r)
        if code in (250, 251):
            code, reply = s.data(data)
    if code != 250:
        print('%s: refused: %d %s' % (path, code, reply.decode()), file=sys.stderr)
        return None
    text = reply.decode()
    m = re.search(r'queued as (\S+)', text) or re.match(r'(?:\d\.\d\.\d )?(\S+) Message accepted', text)
    return m.group(1) if m else text


def main():
    port = int(sys.argv[1])
    times = '--times' in sys.argv[2:]
    status = 0
    for line in sys.stdin:
        sender, rcpts, path = line.rstrip('\n').split('\t')
        started = time.monotonic()
        try:
            qid = send(port, sender, rcpts.split(','), path)
        except (smtplib.SMTPException, OSError) as e:
            print('%s: %s' % (path, e), file=sys.stderr)
            qid = None
        took = time.monotonic() - started
        if qid is None:
            status = 1
        if times:
            print('%s\t%s\t%.3f' % (qid or '-', path, took), flush=True)
        else:
            print('%s\t%s' % (qid or '-', path), flush=True)
    return status


if __name__ == '__main__':
    sys.exit(main())
