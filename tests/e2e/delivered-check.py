#!/usr/bin/python3
"""delivered-check.py - did each message arrive in the Maildir unchanged?

    delivered-check.py MAILDIR ADDED... [--dropped NAME...] [--rewritten NAME...] < SENT

SENT is smtp-send.py's output (QUEUE_ID<TAB>FILE).  ADDED are the header
fields the MTA puts on top, in order, its Received last (Postfix:
Return-Path: X-Original-To: Delivered-To: Received:; Sendmail:
Return-Path: Received:).  Every file of MAILDIR/new and MAILDIR/cur is
matched to its queue id through that Received field ("with ESMTP id ID"),
and what follows those fields (exactly those, with their continuation
lines, in that order) is
compared with what smtp-send.py sent from the file (LF line ends:
Postfix stores LF, the wire carries CRLF), a final newline added if the
file lacked one, and without the header fields named after --dropped
(Sendmail replaces the sender's Return-Path with its own, removes Bcc and
Content-Length).  The fields named after --rewritten are compared by the
addresses they name (Sendmail re-folds and re-quotes every address field
it delivers: From, To, Cc ...).

Prints one line per message that differs or is missing (with the first
differing line) and a closing "N identical, N differ, N missing"; exit 1
unless all are identical.
"""
import email.utils
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
smtp_send = __import__('smtp-send')

def strip_added(raw, added):
    """strip_added - (queue id, rest) after the MTA's fields, or (None, why)"""
    lines = raw.split(b'\n')
    i = 0
    for name in added:
        if i >= len(lines) or not lines[i].startswith(name):
            return None, 'line %d is not %s' % (i + 1, name.decode())
        start = i
        i += 1
        while i < len(lines) and lines[i][:1] in (b' ', b'\t'):
            i += 1
    received = b' '.join(lines[start:i])
    m = re.search(rb' with E?SMTP id ([0-9A-Za-z]+)', received)
    if not m:
        return None, 'no queue id in the Received field'
    return m.group(1).decode(), b'\n'.join(lines[i:])


def drop_fields(data, names):
    """drop_fields - the message without the header fields called names"""
    head, sep, body = data.partition(b'\n\n')
    kept, dropping = [], False
    for line in head.split(b'\n'):
        if line[:1] not in (b' ', b'\t'):
            dropping = any(line.lower().startswith(n.lower()) for n in names)
        if not dropping:
            kept.append(line)
    return b'\n'.join(kept) + sep + body


def addresses_only(data, names):
    """addresses_only - the message with each header field called names
    reduced to the addresses it names (its folding, quoting and display
    names set aside)"""
    head, sep, body = data.partition(b'\n\n')
    fields = []
    for line in head.split(b'\n'):
        if line[:1] in (b' ', b'\t') and fields:
            fields[-1] += b'\n' + line
        else:
            fields.append(line)
    out = []
    for field in fields:
        name, colon, value = field.partition(b':')
        if colon and any(field.lower().startswith(n.lower()) for n in names):
            pairs = email.utils.getaddresses([value.decode('latin-1').replace('\n', '')])
            field = name + b': ' + ','.join(a for _, a in pairs).encode('latin-1')
        out.append(field)
    return b'\n'.join(out) + sep + body


def expected(path, dropped):
    """expected - the sent file as the MTA stores it"""
    data = drop_fields(smtp_send.message_bytes(path), dropped)
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
    added, dropped, rewritten, to = [], [], [], None
    for a in (a.encode() for a in sys.argv[2:]):
        if a in (b'--dropped', b'--rewritten'):
            to = dropped if a == b'--dropped' else rewritten
        else:
            (to if to is not None else added).append(a)
    delivered = {}
    for sub in ('new', 'cur'):
        d = os.path.join(maildir, sub)
        for name in os.listdir(d) if os.path.isdir(d) else []:
            qid, rest = strip_added(open(os.path.join(d, name), 'rb').read(), added)
            if qid is None:
                print('%s/%s: %s' % (sub, name, rest))
            else:
                delivered[qid] = addresses_only(rest, rewritten)
    same = differ = missing = 0
    for line in sys.stdin:
        qid, path = line.rstrip('\n').split('\t')
        if qid not in delivered:
            print('missing: %s (queue id %s)' % (path, qid))
            missing += 1
        elif delivered[qid] != addresses_only(expected(path, dropped), rewritten):
            print('differs: %s (queue id %s): %s' % (path, qid, first_difference(
                delivered[qid], addresses_only(expected(path, dropped), rewritten))))
            differ += 1
        else:
            same += 1
    print('%d identical, %d differ, %d missing' % (same, differ, missing))
    return 0 if differ == 0 and missing == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
