#!/usr/bin/env python3
"""shift-dates.py - move the sample company's timeline so that it ends today.

The sample correspondence (sample/mail, sample/live) and the renewal dates
in sample/accounts.csv were written for a fixed calendar.  `make demo`
shows health, momentum, renewals and the digest "as of today", so it works
on copies whose dates are shifted by whole days (times of day stay as
written; weekdays move with the shift) until the newest message is less
than a day old.

    shift-dates.py SAMPLE_DIR OUT_DIR     prints the shift in days

Rewritten: the Date header, the date after ';' in Received headers (the
pipeline checks one against the other), and renewal_date in accounts.csv.
Nothing else in a message changes.
"""
import csv
import datetime as dt
import email.utils
import os
import re
import sys

DATE_LINE = re.compile(rb'^(Date:[ \t]*)(.+?)(\r?\n)$', re.I)
RECEIVED_DATE = re.compile(rb'^(Received:.*;[ \t]*)(.+?)(\r?\n)$', re.I)


def message_files(root):
    for base, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            if not name.startswith('.') and name != 'README.md':
                yield os.path.join(base, name)


def header_date(path):
    with open(path, 'rb') as f:
        for line in f:
            if line in (b'\n', b'\r\n'):
                break
            m = DATE_LINE.match(line)
            if m:
                return email.utils.parsedate_to_datetime(m.group(2).decode())
    return None


def shifted(value, days):
    when = email.utils.parsedate_to_datetime(value.decode())
    return email.utils.format_datetime(when + dt.timedelta(days=days)).encode()


def shift_message(src, dest, days):
    out, in_headers = [], True
    with open(src, 'rb') as f:
        for line in f:
            if in_headers and line in (b'\n', b'\r\n'):
                in_headers = False
            m = in_headers and (DATE_LINE.match(line) or RECEIVED_DATE.match(line))
            if m:
                line = m.group(1) + shifted(m.group(2), days) + m.group(3)
            out.append(line)
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with open(dest, 'wb') as f:
        f.writelines(out)


def shift_accounts(src, dest, days):
    with open(src, newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    col = rows[0].index('renewal_date')
    for row in rows[1:]:
        if row[col]:
            day = dt.date.fromisoformat(row[col]) + dt.timedelta(days=days)
            row[col] = day.isoformat()
    with open(dest, 'w', newline='', encoding='utf-8') as f:
        csv.writer(f, lineterminator='\n').writerows(rows)


def main():
    sample, out = sys.argv[1], sys.argv[2]
    files = [p for d in ('mail', 'live') for p in message_files(os.path.join(sample, d))]
    newest = max(d for d in map(header_date, files) if d is not None)
    now = dt.datetime.now(dt.timezone.utc)
    days = max(0, (now - newest).days)
    for path in files:
        shift_message(path, os.path.join(out, os.path.relpath(path, sample)), days)
    shift_accounts(os.path.join(sample, 'accounts.csv'), os.path.join(out, 'accounts.csv'), days)
    print(days)


if __name__ == '__main__':
    main()
