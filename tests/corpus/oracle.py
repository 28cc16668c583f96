#!/usr/bin/env python3
"""oracle.py - an independent count of what ingest should store.

Usage: oracle.py INTERNAL_DOMAIN PATH...

Reads every message file under PATH (Maildir cur/new, or plain files;
dotfiles and tmp/ skipped) with Python's own email parser, decides the
direction with the rules of classify.c written out again here (author =
first From address; recipients = To + Cc; internal = the domain or a parent
equals INTERNAL_DOMAIN), drops duplicates by (Message-ID, author, Date) and
prints one line per message: "<direction> <path>".  The corpus test
compares these with what the C pipeline stored: two parsers, one verdict.
"""
import email
import email.policy
import email.utils
import os
import sys


def files(path):
    if os.path.isfile(path):
        yield path
        return
    for root, dirs, names in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith('.') and d != 'tmp')
        for n in sorted(names):
            if not n.startswith('.'):
                yield os.path.join(root, n)


def internal(addr, domain):
    host = addr.rpartition('@')[2].lower()
    return host == domain or host.endswith('.' + domain)


def direction(msg, domain):
    def addrs(name):
        return [a.lower() for _, a in email.utils.getaddresses(
            [str(v) for v in msg.get_all(name, [])]) if '@' in a]
    author = addrs('From')
    if not author:
        return 'none', ''
    rcpts = addrs('To') + addrs('Cc')
    a_int = internal(author[0], domain)
    if a_int and any(not internal(r, domain) for r in rcpts):
        return 'outbound', author[0]
    if not a_int and any(internal(r, domain) for r in rcpts):
        return 'inbound', author[0]
    return 'none', author[0]


def main():
    domain = sys.argv[1].lower()
    seen = set()
    for path in sys.argv[2:]:
        for f in files(path):
            with open(f, 'rb') as fh:
                data = fh.read()
            msg = email.message_from_bytes(data, policy=email.policy.compat32)
            d, author = direction(msg, domain)
            key = (str(msg.get('Message-ID', '')).strip(), author,
                   str(msg.get('Date', '')).strip())
            if d != 'none' and key[0] and key in seen:
                d = 'duplicate'
            seen.add(key)
            print(d, f)


main()
