#!/usr/bin/env python3
"""feedback-links.py - the mailto: links of a digest's HTML part, as a mail
client reads them.

usage: feedback-links.py MESSAGE

Prints one line per link: VERDICT<TAB>TO<TAB>SUBJECT, the address and the
subject decoded from the URL (VERDICT is the subject up to its first
colon: Useful or Wrong).  The CLI and end-to-end feedback tests build the
AM's reply from these lines.
"""
import email
import html.parser
import sys
import urllib.parse
from email import policy


class Links(html.parser.HTMLParser):
    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href") or ""
        if tag == "a" and href.startswith("mailto:"):
            to, _, query = href[len("mailto:"):].partition("?")
            subject = urllib.parse.parse_qs(query).get("subject", [""])[0]
            print(subject.split(":")[0], urllib.parse.unquote(to), subject, sep="\t")


def main():
    with open(sys.argv[1], "rb") as f:
        msg = email.message_from_binary_file(f, policy=policy.default)
    Links().feed(msg.get_body(("html",)).get_content())


if __name__ == "__main__":
    main()
