#!/usr/bin/env python3
"""generate.py - write the hostile inputs of tests/hostile into DIR.

usage: generate.py DIR [NAME...]

Every input is made here, on the fly, so nothing large is stored in git.
Each NAME (default: all) becomes DIR/NAME: a message (.eml), an mbox or a
directory (a Maildir with a trap in it).  The bounds each one is held to
are in tests/hostile/bounds; the inputs are:

  refs-100k        one message whose References names 100,000 messages
  to-60k           one message with 60,000 To addresses in one header
  to-40x3000       40 To headers of 3,000 addresses each (every header
                   under Postfix's header size limit: reachable over SMTP)
  line-100mb       a text/plain body that is one 100 MB line
  parts-100k       multipart/mixed with 100,000 parts
  nest-deep        multipart nested 100,000 deep
  headers-100k     100,000 header fields
  header-8mb       one 8 MB Subject
  encoded-colon    an encoded display name holding ':' and an address
  nul-body         NUL bytes in headers and body
  bidi-name        U+202E (right-to-left override) in a name and subject
  mbox-500        an mbox of 500 small messages
  maildir-loop     a Maildir whose Maildir++ folder links back to it
  dir-loop         a directory whose subdirectory links back up twice
  maildir-fifo     a Maildir whose new/ holds a FIFO beside a message

Python standard library only.
"""
import os
import sys

HEAD = ("From: Pierre Durand <pierre.durand@chateauvins.fr>\r\n"
        "To: Claire Martin <claire@northwind-analytics.com>\r\n"
        "Date: Tue, 24 Nov 2026 09:15:00 +0000\r\n"
        "MIME-Version: 1.0\r\n")
BODY = "Bonjour Claire,\r\n\r\nWe would like to add 20 seats.\r\n\r\nPierre\r\n"


def plain(msgid, subject="Hello", extra=""):
    """a small well-formed customer message"""
    return (HEAD + "Subject: " + subject + "\r\nMessage-ID: <" + msgid + ">\r\n" + extra +
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + BODY)


def write(path, text, mode="w"):
    with open(path, mode, encoding=None if "b" in mode else "utf-8", newline="" if "b" not in mode else None) as f:
        f.write(text)


def refs_100k(path):
    refs = "\r\n ".join("<ref.%d@chateauvins.fr>" % i for i in range(100000))
    write(path, plain("refs@chateauvins.fr", "Re: refs", "References: " + refs + "\r\n"))


def addresses(n, start=0):
    return ",\r\n ".join("User %d <user%d@chateauvins.fr>" % (i, i) for i in range(start, start + n))


def to_60k(path):
    text = plain("to60k@chateauvins.fr").replace(
        "To: Claire Martin <claire@northwind-analytics.com>\r\n",
        "To: Claire Martin <claire@northwind-analytics.com>,\r\n " + addresses(60000) + "\r\n")
    write(path, text)


def to_40x3000(path):
    tos = "".join("To: " + addresses(3000, k * 3000) + "\r\n" for k in range(40))
    write(path, plain("to40@chateauvins.fr", extra=tos))


def line_100mb(path):
    with open(path, "wb") as f:
        f.write(plain("line@chateauvins.fr").split("\r\n\r\n")[0].encode() + b"\r\n\r\n")
        f.write(b"We would like to add 20 seats. ")
        chunk = b"x" * (1 << 20)
        for _ in range(100):
            f.write(chunk)
        f.write(b"\r\n")


def parts_100k(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(HEAD + "Subject: parts\r\nMessage-ID: <parts@chateauvins.fr>\r\n"
                "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n")
        f.write("--b\r\nContent-Type: text/plain\r\n\r\n" + BODY)
        for i in range(100000):
            f.write("--b\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i)
        f.write("--b--\r\n")


def nest_deep(path, depth=100000):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(HEAD + "Subject: nest\r\nMessage-ID: <nest@chateauvins.fr>\r\n"
                "Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n")
        for i in range(1, depth):
            f.write("--b%d\r\nContent-Type: multipart/mixed; boundary=\"b%d\"\r\n\r\n" % (i - 1, i))
        f.write("--b%d\r\nContent-Type: text/plain\r\n\r\n%s" % (depth - 1, BODY))
        for i in range(depth - 1, -1, -1):
            f.write("--b%d--\r\n" % i)


def headers_100k(path):
    extra = "".join("X-Filler-%d: value %d\r\n" % (i, i) for i in range(100000))
    write(path, plain("headers@chateauvins.fr", extra=extra))


def header_8mb(path):
    write(path, plain("subject@chateauvins.fr", "S" * (8 << 20)))


def encoded_colon(path):
    text = plain("colon@evil.example").replace(
        "From: Pierre Durand <pierre.durand@chateauvins.fr>",
        "From: =?utf-8?Q?a:_ceo@acme-logistics.com_b:c?= <eve@evil.example>")
    write(path, text)


def nul_body(path):
    text = plain("nul@chateauvins.fr", "nul\0subject").replace(
        "We would like", "We\0would\0like")
    write(path, text.encode("utf-8"), "wb")


def bidi_name(path):
    text = plain("bidi@chateauvins.fr", "Invoice \u202egpj.exe").replace(
        "Pierre Durand", "=?utf-8?b?" + __import__("base64").b64encode(
            "Pierre \u202eDurand".encode()).decode() + "?=")
    write(path, text)


def mbox_500(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        for i in range(500):
            f.write("From pierre.durand@chateauvins.fr Tue Nov 24 09:15:00 2026\n")
            f.write(plain("mbox.%d@chateauvins.fr" % i).replace("\r\n", "\n") + "\n")


def maildir(path):
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(path, sub), exist_ok=True)
    write(os.path.join(path, "cur", "1.msg:2,S"), plain("md.1@chateauvins.fr"))


def maildir_loop(path):
    maildir(path)
    # a Maildir++ folder linking back to its parent Maildir
    os.makedirs(os.path.join(path, "archive", "cur"))
    write(os.path.join(path, "archive", "cur", "2.msg:2,S"), plain("md.2@chateauvins.fr"))
    os.symlink("..", os.path.join(path, "archive", "up1"))
    os.symlink(".", os.path.join(path, "archive", "cur", "again"))


def dir_loop(path):
    # a plain directory (not a Maildir) whose subdirectory links back up
    # twice: every level doubles the walk of a reader without memory
    os.makedirs(os.path.join(path, "a"))
    write(os.path.join(path, "a", "1.eml"), plain("loop.1@chateauvins.fr"))
    os.symlink("..", os.path.join(path, "a", "up1"))
    os.symlink("..", os.path.join(path, "a", "up2"))
    os.symlink("a", os.path.join(path, "b"))


def maildir_fifo(path):
    maildir(path)
    os.mkfifo(os.path.join(path, "new", "0.fifo"))


CASES = {
    "refs-100k": refs_100k, "to-60k": to_60k, "to-40x3000": to_40x3000,
    "line-100mb": line_100mb, "parts-100k": parts_100k, "nest-deep": nest_deep,
    "headers-100k": headers_100k, "header-8mb": header_8mb, "encoded-colon": encoded_colon,
    "nul-body": nul_body, "bidi-name": bidi_name, "mbox-500": mbox_500,
    "maildir-loop": maildir_loop, "dir-loop": dir_loop, "maildir-fifo": maildir_fifo,
}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    names = sys.argv[2:] or list(CASES)
    os.makedirs(out, exist_ok=True)
    for name in names:
        if name not in CASES:
            sys.exit("generate.py: no such input: " + name)
        CASES[name](os.path.join(out, name))


if __name__ == "__main__":
    main()
