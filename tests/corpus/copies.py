#!/usr/bin/env python3
"""copies.py DB < FILES - how many of the mail files named on stdin are
copies of a message stored in DB under another Message-ID: a stored
message with the same sender address and subject whose Date header is
within ten minutes of the file's (src/store_copy.c stores such a copy
once).  An independent reading for T010-corpus.sh, with Python's own
email parser; prints the count."""
import email
import email.utils
import sqlite3
import sys

db = sqlite3.connect(sys.argv[1])
n = 0
for path in sys.stdin.read().split():
    try:
        with open(path, 'rb') as f:
            msg = email.message_from_binary_file(f)
        sender = email.utils.parseaddr(str(msg.get('From', '')))[1].lower()
        subject = ' '.join(str(msg.get('Subject', '')).split())
        date = email.utils.parsedate_to_datetime(str(msg.get('Date'))).timestamp()
    except Exception:
        continue
    row = db.execute("SELECT count(*) FROM messages WHERE from_address = ? AND"
                     " abs(coalesce(header_date, date) - ?) <= 600 AND"
                     " replace(replace(subject, char(10), ' '), '  ', ' ') = ?",
                     (sender, int(date), subject)).fetchone()
    n += row[0] > 0
print(n)
