#!/usr/bin/env python3
"""mbox-days.py - cut a scenario set's mboxes into one mbox per day of mail.

usage: mbox-days.py OUTDIR MBOX...

Writes OUTDIR/YYYY-MM-DD/NAME (NAME: the source mbox's file name) holding
the messages whose Date header falls on that day in UTC, byte for byte as
they were (From_ line included), so the harness can ingest the mail in the
order it would have arrived and snapshot each day as it would have been
live.  A message whose Date cannot be read goes to the day of its From_
line, else to OUTDIR/undated/NAME (ingested before everything else).
Prints the first and last day, one per line.  Messages are never shown.
"""
import datetime as dt
import email.utils
import os
import re
import sys

FROM_LINE_DATE = re.compile(rb"^From \S+\s+(.*)$")


def split_mbox(data):
    """split_mbox - the messages of an mbox: a From_ line at the start or after a blank line"""
    lines = data.split(b"\n")
    msgs, cur, prev_blank = [], None, True
    for line in lines:
        if line.startswith(b"From ") and prev_blank:
            if cur is not None:
                msgs.append(cur)
            cur = [line]
        elif cur is not None:
            cur.append(line)
        prev_blank = line.strip() == b""
    if cur is not None:
        msgs.append(cur)
    return msgs


def header_date(lines):
    """header_date - the UTC day of the Date header (unfolded), or None"""
    value = None
    for i, line in enumerate(lines[1:], 1):
        if line.strip() == b"":
            break
        if line[:5].lower() == b"date:":
            value = line[5:]
            for cont in lines[i + 1:]:
                if cont[:1] in (b" ", b"\t"):
                    value += cont
                else:
                    break
            break
    for candidate in (value, from_line_date(lines[0])):
        if candidate is None:
            continue
        try:
            d = email.utils.parsedate_to_datetime(candidate.decode("ascii", "replace").strip())
        except (TypeError, ValueError, IndexError):
            continue
        if d is None:
            continue
        if d.tzinfo is None:
            d = d.replace(tzinfo=dt.timezone.utc)
        return d.astimezone(dt.timezone.utc).date().isoformat()
    return None


def from_line_date(line):
    """from_line_date - the asctime date of a From_ line as an RFC 5322-ish string"""
    m = FROM_LINE_DATE.match(line.rstrip(b"\r"))
    if not m:
        return None
    try:
        d = dt.datetime.strptime(" ".join(m.group(1).decode("ascii", "replace").split()[:5]),
                                 "%a %b %d %H:%M:%S %Y")
    except ValueError:
        return None
    return email.utils.format_datetime(d.replace(tzinfo=dt.timezone.utc)).encode()


def main():
    """main - cut every mbox, print the first and last day"""
    if len(sys.argv) < 3:
        sys.exit("usage: mbox-days.py OUTDIR MBOX...")
    out = sys.argv[1]
    days = set()
    for path in sys.argv[2:]:
        with open(path, "rb") as f:
            data = f.read()
        name = os.path.basename(path)
        per_day = {}
        for msg in split_mbox(data):
            day = header_date(msg) or "undated"
            per_day.setdefault(day, []).append(b"\n".join(msg).rstrip(b"\n") + b"\n\n")
        for day, msgs in per_day.items():
            os.makedirs(os.path.join(out, day), exist_ok=True)
            with open(os.path.join(out, day, name), "wb") as f:
                f.write(b"".join(msgs))
            if day != "undated":
                days.add(day)
    if days:
        print(min(days))
        print(max(days))


if __name__ == "__main__":
    main()
