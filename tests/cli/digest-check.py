#!/usr/bin/env python3
"""digest-check.py - check a digest message against the model it came from.

usage: digest-check.py MESSAGE MODEL.json [--absent OTHER_MODEL.json]...

Parses MESSAGE with Python's email package (not GMime, which wrote it) and
prints one line per problem (nothing when the message is right; exit 1 when
anything is wrong):
  - headers: exactly one To, the model's AM; From, Date, Message-ID,
    MIME-Version 1.0; Subject with the date and the number of new items;
    X-Mailpulse-Digest "AM DATE"; no header smuggled in (Bcc, X-Injected,
    anything whose value holds a line break);
  - structure: multipart/alternative, text/plain then text/html, UTF-8;
  - text part: no line wider than 72 columns, no control character;
  - ranking: the accounts with alerts appear as "1. NAME", "2. NAME" ... in
    the order of their stake, highest first, in the text part and in the
    HTML part;
  - evidence: every new alert's evidence date and next step are there;
  - HTML part: only the tags the renderer writes, no on* attribute, no
    script/style/iframe/img tag, while the hostile strings of the model
    are there as text;
  - feedback links: an <a> only as a mailto: link whose every character is
    percent-encoded or plain; when the model has a feedback_address, every
    new alert with a well-formed code has a Useful and a Wrong link to that
    address with the code in the subject, and the text part names the code;
    a malformed code or address makes no link at all;
  - --absent: no account name of another AM's model appears anywhere.
"""
import email
import html.parser
import urllib.parse
import json
import re
import sys
import unicodedata
from email import policy

ALLOWED_TAGS = {"html", "head", "meta", "title", "body", "div", "table", "tr", "td",
                "span", "b", "br", "wbr", "a"}
TOKEN = re.compile(r"^mp-[a-z2-7]{10}-[a-z2-7]{10}$")
HREF = re.compile(r"^mailto:[A-Za-z0-9@._~%-]+\?subject=[A-Za-z0-9._~%-]+$")
problems = []


def problem(text):
    problems.append(text)


def clean(s, limit=None):
    """The renderer's dl_clean: controls and bidi overrides to spaces, runs of
    spaces to one, stripped."""
    out = []
    for ch in s or "":
        if unicodedata.category(ch) == "Cc" or ch in "\u2028\u2029\u061c\ufeff" or \
                "\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069" or ch.isspace():
            ch = " "
        out.append(ch)
    return re.sub(" +", " ", "".join(out)).strip()


def width(line):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


class TagCollector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.bad_attrs, self.text, self.hrefs = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "a":
            self.hrefs.append(dict(attrs).get("href") or "")
        for name, value in attrs:
            if name.startswith("on") or (value and "javascript:" in value.lower()):
                self.bad_attrs.append(f"<{tag} {name}={value!r}>")

    def handle_data(self, data):
        self.text.append(data)


def check_headers(msg, model):
    am, day = model["am"], model["as_of"]
    to = msg.get_all("To") or []
    addresses = [a.addr_spec for h in to for a in h.addresses]
    if addresses != [am]:
        problem(f"To: got {addresses}, want [{am!r}]")
    for name in ("From", "Date", "Message-ID", "Subject"):
        if msg[name] is None:
            problem(f"no {name} header")
    if (msg["MIME-Version"] or "").strip() != "1.0":
        problem("MIME-Version is not 1.0")
    mark = (msg["X-Mailpulse-Digest"] or "").strip()
    if mark != f"{am} {day}":
        problem(f"X-Mailpulse-Digest: got {mark!r}, want {am} {day}")
    subject = str(msg["Subject"] or "")
    n = model.get("new_items", 0)
    if day not in subject or (n >= 1 and f"{n} item" not in subject):
        problem(f"Subject {subject!r} lacks the date or the count {n}")
    for name in ("Bcc", "Cc", "X-Injected", "Reply-To"):
        if msg[name] is not None:
            problem(f"unexpected header {name}: {msg[name]!r}")
    for name, value in msg.items():
        if "\r" in str(value) or "\n" in str(value):
            problem(f"header {name} holds a line break: {value!r}")


def parts_of(msg):
    if msg.get_content_type() != "multipart/alternative":
        problem(f"top-level type {msg.get_content_type()}, want multipart/alternative")
        return None, None
    parts = list(msg.iter_parts())
    types = [p.get_content_type() for p in parts]
    if types != ["text/plain", "text/html"]:
        problem(f"parts {types}, want text/plain then text/html")
        return None, None
    for p in parts:
        if (p.get_content_charset() or "").lower() != "utf-8":
            problem(f"{p.get_content_type()} charset {p.get_content_charset()}")
    return parts[0].get_content(), parts[1].get_content()


def ranked_accounts(model):
    accounts = [a for a in model.get("accounts", []) if a.get("alerts")]
    stakes = [a.get("stake") or 0 for a in accounts]
    if stakes != sorted(stakes, reverse=True):
        problem(f"the model itself is not ranked by stake: {stakes}")
    return sorted(accounts, key=lambda a: -(a.get("stake") or 0))


def check_text(text, model):
    for i, line in enumerate(text.split("\n"), 1):
        if width(line) > 72:
            problem(f"text line {i} is {width(line)} columns wide")
        if any(unicodedata.category(c) == "Cc" for c in line):
            problem(f"text line {i} holds a control character: {line!r}")
    flat = clean(text)
    last = -1
    for rank, acc in enumerate(ranked_accounts(model), 1):
        heading = clean(f"{rank}. {acc['account']}")[:40]
        pos = flat.find(heading)
        if pos < 0:
            problem(f"text: no heading {heading!r}")
        elif pos < last:
            problem(f"text: {heading!r} is out of rank order")
        last = max(last, pos)
        for alert in acc["alerts"]:
            if not alert.get("new"):
                continue
            for ev in alert.get("evidence") or []:
                if ev.get("date") and ev["date"] not in flat:
                    problem(f"text: evidence date {ev['date']} of {alert['id']} missing")
            step = clean(alert.get("next_step") or "")[:30]
            if step and step not in flat:
                problem(f"text: next step {step!r} of {alert['id']} missing")


def check_html(body, model):
    collector = TagCollector()
    collector.feed(body)
    collector.close()
    for tag in sorted(set(collector.tags) - ALLOWED_TAGS):
        problem(f"HTML: tag <{tag}> is not one the renderer writes")
    for bad in collector.bad_attrs:
        problem(f"HTML: dangerous attribute {bad}")
    text = clean("".join(collector.text).replace("\u00ad", ""))
    last = -1
    for rank, acc in enumerate(ranked_accounts(model), 1):
        name = clean(acc["account"])[:40]
        pos = text.find(name)
        if pos < 0:
            problem(f"HTML: account {name!r} missing as text")
        elif pos < last:
            problem(f"HTML: {name!r} is out of rank order")
        last = max(last, pos)
    return text


def address_ok(a):
    """The renderer's test of a plain address (mp_deliver_address_ok)."""
    return bool(a) and isinstance(a, str) and a[0] != "-" and len(a) <= 254 and \
        a.count("@") == 1 and not a.startswith("@") and not a.endswith("@") and \
        all(0x20 < ord(c) < 0x7f and c not in '<>()[],;:\\"' for c in a)


def check_feedback(text, collector, model):
    address = model.get("feedback_address")
    links = []
    for href in collector.hrefs:
        if not HREF.match(href):
            problem(f"HTML: link {href!r} is not a plain mailto: link")
            continue
        to, _, query = href[len("mailto:"):].partition("?")
        links.append((urllib.parse.unquote(to),
                      urllib.parse.parse_qs(query).get("subject", [""])[0]))
    if not address_ok(address):
        if links:
            problem(f"HTML: {len(links)} feedback links without a usable feedback_address")
        return
    for acc in model.get("accounts", []):
        for alert in acc.get("alerts") or []:
            code = alert.get("feedback")
            mine = [subj for to, subj in links if isinstance(code, str) and code in subj]
            if not (isinstance(code, str) and TOKEN.match(code)):
                if code and any(str(code) in subj for _, subj in links):
                    problem(f"HTML: a link carries the malformed code {code!r}")
                continue
            if any(to != address for to, subj in links if code in subj):
                problem(f"HTML: a link of {code} is not to {address}")
            if alert.get("new"):
                verdicts = sorted(subj.split(":")[0] for subj in mine)
                if verdicts != ["Useful", "Wrong"]:
                    problem(f"HTML: {alert['id']}: links {verdicts}, want Useful and Wrong")
                if code not in text:
                    problem(f"text: {alert['id']}: feedback code {code} missing")
            for subj in mine:
                if not subj.endswith(f"[{code}]"):
                    problem(f"HTML: subject {subj!r} does not end with [{code}]")


def main():
    args = sys.argv[1:]
    absent = []
    while "--absent" in args:
        i = args.index("--absent")
        absent.append(json.load(open(args[i + 1])))
        del args[i:i + 2]
    message_path, model_path = args
    with open(message_path, "rb") as f:
        raw = f.read()
    msg = email.message_from_bytes(raw, policy=policy.default)
    model = json.load(open(model_path))
    check_headers(msg, model)
    text, body = parts_of(msg)
    if text is not None:
        check_text(text, model)
        collector = TagCollector()
        collector.feed(body)
        collector.close()
        check_feedback(text, collector, model)
        html_text = check_html(body, model)
        for other in absent:
            for acc in other.get("accounts", []):
                name = acc["account"]
                if name in text or name in html_text or name.encode() in raw:
                    problem(f"account {name!r} of {other['am']} is in {model['am']}'s digest")
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
