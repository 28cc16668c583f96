#!/usr/bin/env python3
"""make-signals.py - dress the hand-written labelled messages as real mail.

The messages of the signals test set are written by hand, one by one, in
src/*.txt (see README.md for the format and the labelling rules).  This
script only turns each of them into an RFC 5322 file and writes the
expectations file:

  NAME.eml        headers (From/To/Cc/Date/Subject/Message-ID, In-Reply-To
                  and References for replies), text/plain or
                  multipart/alternative with an HTML part, 7bit / 8bit /
                  quoted-printable / base64 as the entry asks
  expected.tsv    file, direction, categories, keep, drop, note, due

It also checks the labels against the text, so a typo cannot hide: the
`keep` phrase must be in the new text (not quoted, not after the
signature marker), the `drop` phrase must be in the quoted, forwarded or
signature part and nowhere in the new text, categories must be known,
and a commitment's due date must be a real date.  The direction comes from
the addresses (InternalDomains = northwind-analytics.com), never typed.

Run: python3 tests/data/signals/make-signals.py   (rewrites *.eml and
expected.tsv; deterministic: same input, same bytes; prints the counts)
"""
import email.policy
import email.utils
import glob
import hashlib
import html
import os
import re
import sys
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
INTERNAL = 'northwind-analytics.com'
CATEGORIES = ('expansion', 'advocacy', 'churn_risk', 'competitor', 'pricing',
              'escalation', 'commitment', 'renewal')
POLICY = email.policy.default.clone(linesep='\n', max_line_length=78)
FIELDS = ('from', 'to', 'cc', 'date', 'subject', 'reply', 'fmt', 'lang', 'cats',
          'keep', 'drop', 'due', 'note', 'hard', 'h', 'dir')


def parse_sources():
    """parse_sources - every entry of src/*.txt as a dict, in file order"""
    entries = []
    for path in sorted(glob.glob(os.path.join(HERE, 'src', '*.txt'))):
        default_lang = 'en'
        cur = None
        in_body = False
        for lineno, line in enumerate(open(path, encoding='utf-8'), 1):
            line = line.rstrip('\n')
            if line.startswith('#lang '):
                default_lang = line.split()[1]
                continue
            if line.startswith('### '):
                if cur:
                    entries.append(cur)
                cur = {'id': line[4:].strip(), 'h': [], 'body': [], 'lang': default_lang,
                       'where': '%s:%d' % (os.path.basename(path), lineno)}
                in_body = False
                continue
            if cur is None:
                continue
            if not in_body:
                if line == '':
                    in_body = True
                    continue
                key, _, value = line.partition(':')
                key = key.strip()
                if key not in FIELDS:
                    sys.exit('%s: unknown field %r in %s' % (path, key, cur['id']))
                if key == 'h':
                    cur['h'].append(value.strip())
                else:
                    cur[key] = value.strip()
            else:
                cur['body'].append(line)
        if cur:
            entries.append(cur)
    return entries


def split_regions(lines):
    """split_regions - (text with markers removed, new-text lines, other lines).

    A line "%%" starts the part that is not new text (signature, quote,
    forwarded block, disclaimer); "%+" goes back to new text (inline
    replies).  "> " lines are never new text."""
    out, new, other = [], [], []
    in_new = True
    for line in lines:
        if line == '%%':
            in_new = False
            continue
        if line == '%+':
            in_new = True
            continue
        out.append(line)
        (new if in_new and not line.startswith('>') else other).append(line)
    while out and out[-1] == '':
        out.pop()
    return '\n'.join(out) + '\n', new, other


def norm(s):
    """norm - collapse white space and case, as the scorer does"""
    return ' '.join(s.split()).casefold()


def addresses(field):
    """addresses - [(name, addr)] of a header value"""
    return email.utils.getaddresses([field]) if field else []


def direction(e):
    """direction - inbound / outbound / skip from the From and recipients"""
    def internal(a):
        return a.lower().endswith('@' + INTERNAL)
    sender = addresses(e['from'])[0][1]
    rcpts = [a for _, a in addresses(e.get('to', '')) + addresses(e.get('cc', ''))]
    if internal(sender):
        return 'outbound' if any(not internal(a) for a in rcpts) else 'skip'
    return 'inbound' if any(internal(a) for a in rcpts) else 'skip'


def message_id(e, name):
    """message_id - a deterministic Message-ID in the style of the sender's domain"""
    h = hashlib.sha1(name.encode()).hexdigest()
    dom = addresses(e['from'])[0][1].split('@')[1]
    style = int(h[:2], 16) % 3
    if dom.endswith('gmail.com'):
        return '<CA+%s%s@mail.gmail.com>' % (h[:12].upper(), h[12:30])
    if style == 0:
        return '<%s.%s@%s>' % (h[:16].upper(), h[16:24], dom)
    if style == 1:
        return '<DM6PR%02dMB%s%s@namprd%02d.prod.outlook.com>' % (
            int(h[2:4], 16) % 20, h[4:8].upper(), h[8:20].upper(), int(h[20:22], 16) % 18)
    return '<%s-%s-%s@%s>' % (h[:8], h[8:12], h[12:20], dom)


def parse_date(s):
    """parse_date - "2026-09-03 09:14 -0400" as an aware datetime"""
    d = datetime.strptime(s, '%Y-%m-%d %H:%M %z')
    return d


def to_html(text):
    """to_html - a plain rendering of the text as a mail client would send it:
    paragraphs, "> " runs as nested blockquotes, the attribution line
    before a quote inside a gmail_quote div"""
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body><div dir="ltr">\n%s</div></body></html>\n' % html_blocks(text))


def html_blocks(text):
    """html_blocks - the body of to_html (recursive for nested quotes)"""
    lines = text.rstrip('\n').split('\n')
    parts = []
    i = 0
    while i < len(lines):
        para = []
        while i < len(lines) and lines[i] != '' and not lines[i].startswith('>'):
            para.append(lines[i])
            i += 1
        quote_follows = i < len(lines) and lines[i].startswith('>')
        body = '<br>\n'.join(html.escape(p) for p in para)
        if quote_follows:
            j = i
            while j < len(lines) and (lines[j].startswith('>') or
                                      (lines[j] == '' and j + 1 < len(lines) and lines[j + 1].startswith('>'))):
                j += 1
            inner = '\n'.join(re.sub(r'^> ?', '', l) for l in lines[i:j])
            attr = '<div dir="ltr" class="gmail_attr">%s</div>\n' % body if para else ''
            parts.append('<div class="gmail_quote">%s<blockquote class="gmail_quote" type="cite" '
                         'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
                         '%s</blockquote></div>' % (attr, html_blocks(inner)))
            i = j
        elif para:
            parts.append('<p>%s</p>' % body)
        while i < len(lines) and lines[i] == '':
            i += 1
    return '\n'.join(parts) + '\n'


def build(e, by_id):
    """build - the EmailMessage of one entry"""
    msg = EmailMessage(policy=POLICY)
    msg['From'] = e['from']
    msg['To'] = e['to']
    if e.get('cc'):
        msg['Cc'] = e['cc']
    when = parse_date(e['date'])
    msg['Date'] = email.utils.format_datetime(when)
    msg['Subject'] = e['subject']
    msg['Message-ID'] = e['msgid']
    reply = e.get('reply')
    if reply:
        parent = by_id[reply]['msgid'] if reply in by_id else '<%s>' % reply.strip('<>')
        msg['In-Reply-To'] = parent
        refs = []
        if reply in by_id and by_id[reply].get('refs'):
            refs = by_id[reply]['refs']
        e['refs'] = refs + [parent]
        msg['References'] = ' '.join(e['refs'])
    for h in e['h']:
        name, _, value = h.partition(':')
        msg[name.strip()] = value.strip()
    text = e['text']
    fmt = e.get('fmt', 'plain')
    ascii_only = all(ord(c) < 128 for c in text)
    if fmt == 'b64':
        cte = 'base64'
    elif fmt == '8bit':
        cte = '8bit'
    elif fmt == 'qp' or not ascii_only:
        cte = 'quoted-printable'
    else:
        cte = '7bit'
    msg.set_content(text, subtype='plain', charset='utf-8', cte=cte)
    if fmt in ('html', 'html-b64'):
        html_cte = 'base64' if fmt == 'html-b64' else 'quoted-printable'
        msg.add_alternative(to_html(text), subtype='html', charset='utf-8', cte=html_cte)
        for part in msg.iter_parts():
            del part['MIME-Version']
        # a boundary from the message id, so that reruns write the same bytes
        msg.set_boundary('----=_Part_%s' % hashlib.sha1(e['msgid'].encode()).hexdigest()[:24])
    return msg


def check(e, new, other):
    """check - the labels agree with the text; returns a list of problems"""
    problems = []
    newtext = norm('\n'.join(new))
    othertext = norm('\n'.join(re.sub(r'^(> ?)+', '', l) for l in other))
    cats = [] if e.get('cats', '-') == '-' else e['cats'].split(',')
    for c in cats:
        if c not in CATEGORIES:
            problems.append('unknown category %r' % c)
    for c in ([] if e.get('hard', '-') == '-' else e['hard'].split(',')):
        if c not in CATEGORIES:
            problems.append('unknown trap category %r' % c)
        if c in cats:
            problems.append('trap category %r is also expected' % c)
    keep = e.get('keep', '-')
    if keep != '-' and norm(keep) not in newtext:
        problems.append('keep %r not in the new text' % keep)
    drop = e.get('drop', '-')
    if drop != '-':
        if norm(drop) in newtext:
            problems.append('drop %r is in the new text' % drop)
        if norm(drop) not in othertext:
            problems.append('drop %r not in the quoted/signature part' % drop)
    due = e.get('due', '-')
    if due != '-':
        for d in due.split(','):
            date.fromisoformat(d)
        if 'commitment' not in cats:
            problems.append('due date without commitment')
    if not e.get('note'):
        problems.append('no note')
    if '\t' in ''.join(e.get(k, '') for k in ('keep', 'drop', 'note')):
        problems.append('tab in a label')
    return problems


def main():
    entries = parse_sources()
    by_id = {}
    for e in entries:
        if e['id'] in by_id:
            sys.exit('duplicate id %s' % e['id'])
        by_id[e['id']] = e
        e['msgid'] = message_id(e, e['id'])
    for old in glob.glob(os.path.join(HERE, '*.eml')):
        os.unlink(old)
    rows = ['file\tdirection\tcategories\tkeep\tdrop\tnote\tdue']
    bad = 0
    stats = {c: [0, 0] for c in CATEGORIES}
    langs, dirs, nhard = {}, {}, 0
    for e in entries:
        e['text'], new, other = split_regions(e['body'])
        d = direction(e)
        if e.get('dir') and e['dir'] != d:
            print('%s (%s): direction %s, entry says %s' % (e['id'], e['where'], d, e['dir']))
            bad += 1
        problems = check(e, new, other)
        for p in problems:
            print('%s (%s): %s' % (e['id'], e['where'], p))
        bad += len(problems)
        name = e['id'] + '.eml'
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(build(e, by_id).as_bytes(policy=POLICY))
        cats = e.get('cats', '-') or '-'
        note = e['note']
        hard = e.get('hard', '-')
        if hard != '-':
            note = 'hard negative (%s): %s' % (hard, note)
            nhard += 1
            for c in hard.split(','):
                stats[c][1] += 1
        for c in ([] if cats == '-' else cats.split(',')):
            stats[c][0] += 1
        langs[e['lang']] = langs.get(e['lang'], 0) + 1
        dirs[d] = dirs.get(d, 0) + 1
        rows.append('\t'.join([name, d, cats, e.get('keep', '-'), e.get('drop', '-'), note,
                               e.get('due', '-')]))
    with open(os.path.join(HERE, 'expected.tsv'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(rows) + '\n')
    print('%d messages, %d hard negatives (%.0f%%); languages %s; directions %s' % (
        len(entries), nhard, 100.0 * nhard / max(1, len(entries)),
        ' '.join('%s=%d' % kv for kv in sorted(langs.items())),
        ' '.join('%s=%d' % kv for kv in sorted(dirs.items()))))
    for c in CATEGORIES:
        print('  %-11s %3d positive, %3d hard negative' % (c, stats[c][0], stats[c][1]))
    if bad:
        sys.exit('%d problems' % bad)


if __name__ == '__main__':
    main()
