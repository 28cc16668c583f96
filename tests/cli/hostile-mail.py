#!/usr/bin/env python3
"""hostile-mail.py - write one hostile customer message (.eml) to PATH.

usage: hostile-mail.py PATH

A message from Château Vins SA (sample/accounts.csv, Claire's account)
dated 2026-11-24 whose display name, subject and body carry HTML, a
<script>, javascript: and on* attributes, CR/LF with a would-be header
after it, terminal escapes, a BEL and a 6,000-character line, around a
churn-risk sentence ("decided to cancel our contract") so that analysis
raises an alert quoting it: the tests then check that it comes out of
the digest inert in both parts.  Python standard library only.
"""
import base64
import sys


def encoded_word(text):
    """RFC 2047 encoded word: the only way CR/LF reach a header's value"""
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="


NAME = '<script>alert("name")</script>\r\nBcc: victim@example.com\x07 <b onmouseover=x>Pierre</b>'
SUBJECT = "Contrat <img src=x onerror=alert(1)>\r\nX-Injected: yes\x1b[31m " + "S" * 300
BODY = ("Bonjour Claire,\r\n\r\n"
        "We have decided to cancel our contract at the end of the term "
        "<script>alert('body')</script> <a href=\"javascript:alert(2)\">click</a> "
        "\x1b[2J\x07 and move to another vendor.\r\n\r\n"
        + "long " * 1200 + "\r\n\r\nPierre\r\n")

with open(sys.argv[1], "w", encoding="utf-8", newline="") as out:
    out.write("From: " + encoded_word(NAME) + " <pierre.durand@chateauvins.fr>\r\n"
              "To: Claire Martin <claire@northwind-analytics.com>\r\n"
              "Subject: " + encoded_word(SUBJECT) + "\r\n"
              "Date: Tue, 24 Nov 2026 09:15:00 +0000\r\n"
              "Message-ID: <hostile.1@chateauvins.fr>\r\n"
              "MIME-Version: 1.0\r\n"
              "Content-Type: text/plain; charset=utf-8\r\n"
              "Content-Transfer-Encoding: 8bit\r\n\r\n" + BODY)
