#!/usr/bin/python3
"""delivered-check.py - did each message arrive in the Maildir unchanged?

    delivered-check.py MAILDIR < SENT

SENT is smtp-send.py's output (QUEUE_ID<TAB>FILE).  Every file of
MAILDIR/new and MAILDIR/cur is matched to its queue id through the
Received line Postfix put on top, and what follows the lines Postfix adds
on delivery (Return-Path, X-Original-To, Delivered-To, then its own
Received with its continuation lines, exactly those and in that order) is
compared with what smtp-send.py sent from the file (LF line ends:
Postfix stores LF, the wire carries CRLF), a final newline added if the
file lacked one.

Prints one line per message that differs or is missing (with the first
differing line) and a closing "N identical, N differ, N missing"; exit 1
unless all are identical.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
smtp_send = __import__('smtp-send')

ADDED = [b'Return-Path:', b'X-Original-To:', b'Delivered-To:', b'Received:']


def strip_added(raw):
    """strip_added - (queue id, rest) after Postfix's delivery lines, or (None, why)"""
    lines = raw.split(b'\n')
    i = 0
    for name in ADDED:
        if i >= len(lines) or not lines[i].startswith(name):
            return None, 'line %d is not %s' % (i + 1, name.decode())
        i += 1
        while name == b'Received:' and i < len(lines) and lines[i][:1] in (b' ', b'\t'):
            i += 1
    received = b' '.join(lines[3:i])
    m = re.search(rb'\(Postfix\) with E?SMTP id ([0-9A-F]+)', received)
    if not m:
        return None, 'no Postfix queue id in the Received line'
    return m.group(1).decode(), b'\n'.join(lines[i:])


def expected(path):
    """expected - the sent file as Postfix stores it"""
    data = smtp_send.message_bytes(path)
    return data if data.endswith(b'\n') else data + b'\n'


def first_difference(got, want):
    """first_difference - line number and the two lines where they part"""
    g, w = got.split(b'\n'), want.split(b'\n')
    for n, (a, b) in enumerate(zip(g, w)):
        if a != b:
            return 'line %d: got %r, want %r' % (n + 1, a[:120], b[:120])
    return 'got %d lines, want %d' % (len(g), len(w))


def main():
    maildir = sys.argv[1]
    delivered = {}
    for sub in ('new', 'cur'):
        d = os.path.join(maildir, sub)
        for name in os.listdir(d) if os.path.isdir(d) else []:
            qid, rest = strip_added(open(os.path.join(d, name), 'rb').read())
            if qid is None:
                print('%s/%s: %s' % (sub, name, rest))
            else:
                delivered[qid] = rest
    same = differ = missing = 0
    for line in sys.stdin:
        qid, path = line.rstrip('\n').split('\t')
        if qid not in delivered:
            print('missing: %s (queue id %s)' % (path, qid))
            missing += 1
        elif delivered[qid] != expected(path):
            print('differs: %s (queue id %s): %s' %
                  (path, qid, first_difference(delivered[qid], expected(path))))
            differ += 1
        else:
            same += 1
    print('%d identical, %d differ, %d missing' % (same, differ, missing))
    return 0 if differ == 0 and missing == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
