#!/usr/bin/env python3
"""blind-test-2: Velocare Clinical Systems B.V. scenario set.

Writes accounts.csv, one mboxrd file per account and expected.yaml, then validates them.
Deterministic: Message-IDs come from sha1 of fixed keys, no clock, no randomness beyond a
fixed seed. Exits non-zero when validation fails.
"""
import csv, hashlib, io, os, re, sys, random
from datetime import datetime, timedelta, timezone, date
from email.message import EmailMessage
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime
import statistics
import yaml

random.seed(20260831)
OUT = os.path.dirname(os.path.abspath(__file__))
AS_OF = date(2026, 8, 31)
START = date(2026, 5, 1)
VENDOR_DOMAINS = ('velocare.nl', 'velocare.com')

PEOPLE = {}      # email -> display name
SIGS = {}        # email -> signature text
ACCOUNTS = []    # dicts
MSGS = []        # dicts, in definition order
BYKEY = {}
ALERTS = {}      # account key -> list
ACC_BY_KEY = {}


def person(email, name, sig=None):
    PEOPLE[email] = name
    if sig:
        SIGS[email] = sig


def is_vendor(addr):
    return addr.split('@')[1] in VENDOR_DOMAINS


def account(key, name, mbox, domains, owner, arr, renewal, segment, scenario, contacts, lang='en', health='healthy'):
    a = dict(key=key, name=name, mbox=mbox, domains=domains, owner=owner, arr=arr, lang=lang, health=health,
             renewal=renewal, segment=segment, scenario=scenario, contacts=contacts)
    ACCOUNTS.append(a)
    ACC_BY_KEY[key] = a
    ALERTS[key] = []
    for email, (nm, title, status) in contacts.items():
        PEOPLE.setdefault(email, nm)
    return a


CUR = [None]


def use(acc_key):
    CUR[0] = acc_key


def parse_when(s):
    # 'YYYY-MM-DD HH:MM +ZZZZ'
    d, t, z = s.split()
    sign = 1 if z[0] == '+' else -1
    off = timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    return datetime.strptime(d + ' ' + t, '%Y-%m-%d %H:%M').replace(tzinfo=timezone(off))


def M(key, when, frm, to, subj=None, body='', cc=(), reply=None, irt=True, q=None,
      client='outlook', kind='human', neg=None, sig=(), fwd=None, sign=True, hdr=None,
      ics=None, lang=None):
    """One message. sig: list of (type, phrase) or (type, phrase, due)."""
    assert key not in BYKEY, key
    if isinstance(to, str):
        to = [to]
    if isinstance(cc, str):
        cc = [cc]
    m = dict(key=key, acc=CUR[0], dt=parse_when(when), frm=frm, to=list(to), cc=list(cc),
             subj=subj, body=body.strip('\n'), reply=reply, irt=irt, q=q, client=client,
             kind=kind, neg=neg, sig=list(sig), fwd=fwd, sign=sign, hdr=hdr or {}, ics=ics)
    MSGS.append(m)
    BYKEY[key] = m
    return m


def alert(type_, severity, when, evidence, note):
    ALERTS[CUR[0]].append(dict(type=type_, severity=severity, date=when, evidence=evidence, note=note))


# ---------------------------------------------------------------- date words
WD = {'nl': ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
      'es': ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
      'fr': ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
      'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']}
MO = {'nl': ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
      'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
      'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
      'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']}


def ampm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def who(email):
    return f"{PEOPLE.get(email, email)} <{email}>"


def quote_block(style, p):
    d = p['dt']
    name, email = PEOPLE.get(p['frm'], p['frm']), p['frm']
    wd = lambda l: WD[l][d.weekday()]
    mo = lambda l: MO[l][d.month - 1]
    hm = f"{d.hour:02d}:{d.minute:02d}"
    text = p['text']  # the parent as sent, including what it quoted
    pref = '\n'.join(('> ' + l if l else '>') for l in text.split('\n'))
    tos = '; '.join(PEOPLE.get(t, t) for t in p['to'])
    subj = p['subject']
    if style == 'gmail_nl':
        return f"Op {wd('nl')[:2]} {d.day} {mo('nl')[:3]} {d.year} om {hm} schreef {name} <{email}>:\n\n{pref}"
    if style == 'gmail_es':
        return f"El {wd('es')[:3]}, {d.day} {mo('es')[:3]} {d.year} a las {hm}, {name} (<{email}>) escribió:\n\n{pref}"
    if style == 'gmail_fr':
        return f"Le {wd('fr')[:3]}. {d.day} {mo('fr')[:4].rstrip('.')}. {d.year} à {hm}, {name} <{email}> a écrit :\n\n{pref}"
    if style == 'gmail_en':
        return f"On {wd('en')[:3]}, {mo('en')[:3]} {d.day}, {d.year} at {ampm(d)} {name} <{email}> wrote:\n\n{pref}"
    if style == 'apple_nl':
        return f"Op {d.day} {mo('nl')[:3]} {d.year}, om {hm} heeft {name} <{email}> het volgende geschreven:\n\n{pref}"
    if style == 'apple_en':
        return f"On {mo('en')[:3]} {d.day}, {d.year}, at {ampm(d)}, {name} <{email}> wrote:\n\n{pref}"
    if style == 'apple_fr':
        return f"Le {d.day} {mo('fr')} {d.year} à {hm}, {name} <{email}> a écrit :\n\n{pref}"
    if style == 'apple_es':
        return f"El {d.day} {mo('es')[:3]} {d.year}, a las {hm}, {name} <{email}> escribió:\n\n{pref}"
    if style == 'tb_fr':
        return f"Le {d:%d/%m/%Y} à {hm}, {name} a écrit :\n{pref}"
    if style == 'tb_en':
        return f"On {d.month}/{d.day}/{d:%y} {ampm(d)}, {name} wrote:\n{pref}"
    if style == 'outlook_nl':
        return (f"________________________________\nVan: {name} <{email}>\nVerzonden: {wd('nl')} {d.day} {mo('nl')} {d.year} {hm}\n"
                f"Aan: {tos}\nOnderwerp: {subj}\n\n{text}")
    if style == 'outlook_nl_old':
        return (f"-----Oorspronkelijk bericht-----\nVan: {name} [mailto:{email}]\nVerzonden: {wd('nl')} {d.day} {mo('nl')} {d.year} {hm}\n"
                f"Aan: {tos}\nOnderwerp: {subj}\n\n{text}")
    if style == 'outlook_es':
        return (f"De: {name} <{email}>\nEnviado el: {wd('es')}, {d.day} de {mo('es')} de {d.year} {hm}\n"
                f"Para: {tos}\nAsunto: {subj}\n\n{text}")
    if style == 'outlook_fr':
        return (f"De : {name} <{email}>\nEnvoyé : {wd('fr')} {d.day} {mo('fr')} {d.year} {hm}\n"
                f"À : {tos}\nObjet : {subj}\n\n{text}")
    if style == 'outlook_en':
        return (f"From: {name} <{email}>\nSent: {wd('en')}, {mo('en')} {d.day}, {d.year} {ampm(d)}\n"
                f"To: {tos}\nSubject: {subj}\n\n{text}")
    if style == 'outlook_en_old':
        return (f"-----Original Message-----\nFrom: {name} [mailto:{email}]\nSent: {wd('en')}, {mo('en')} {d.day}, {d.year} {ampm(d)}\n"
                f"To: {tos}\nSubject: {subj}\n\n{text}")
    if style == 'notes_nl':
        return (f"Van:\t\"{name}\" <{email}>\nAan:\t{', '.join(p['to'])}\nDatum:\t{d:%d-%m-%Y} {hm}\n"
                f"Onderwerp:\t{subj}\n\n{text}")
    if style == 'notes_en':
        return (f"From:\t\"{name}\" <{email}>\nTo:\t{', '.join(p['to'])}\nDate:\t{d:%m/%d/%Y} {ampm(d)}\n"
                f"Subject:\t{subj}\n\n{text}")
    raise ValueError(style)


def fwd_block(f):
    style, frm, when, to, subj, text = f
    if style == 'outlook_nl':
        return f"-----Oorspronkelijk bericht-----\nVan: {frm}\nVerzonden: {when}\nAan: {to}\nOnderwerp: {subj}\n\n{text}"
    if style == 'outlook_es':
        return f"-----Mensaje original-----\nDe: {frm}\nEnviado el: {when}\nPara: {to}\nAsunto: {subj}\n\n{text}"
    if style == 'outlook_fr':
        return f"________________________________\nDe : {frm}\nEnvoyé : {when}\nÀ : {to}\nObjet : {subj}\n\n{text}"
    if style == 'gmail_es':
        return f"---------- Forwarded message ---------\nDe: {frm}\nDate: {when}\nSubject: {subj}\nTo: {to}\n\n{text}"
    if style == 'gmail_en':
        return f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {when}\nSubject: {subj}\nTo: {to}\n\n{text}"
    if style == 'apple_nl':
        return f"Begin doorgestuurd bericht:\n\nVan: {frm}\nOnderwerp: {subj}\nDatum: {when}\nAan: {to}\n\n{text}"
    if style == 'apple_en':
        return f"Begin forwarded message:\n\nFrom: {frm}\nSubject: {subj}\nDate: {when}\nTo: {to}\n\n{text}"
    if style == 'tb_en':
        return f"-------- Forwarded Message --------\nSubject: \t{subj}\nDate: \t{when}\nFrom: \t{frm}\nTo: \t{to}\n\n{text}"
    if style == 'tb_fr':
        return f"-------- Message transféré --------\nSujet : \t{subj}\nDate : \t{when}\nDe : \t{frm}\nPour : \t{to}\n\n{text}"
    if style.startswith('notes_nl:'):
        by = style.split(':', 1)[1]
        return (f"----- Doorgestuurd door {by} op {when} -----\n\nVan:\t{frm}\nAan:\t{to}\nDatum:\t{when}\n"
                f"Onderwerp:\t{subj}\n\n{text}")
    raise ValueError(style)


def full_text(m):
    """new text + signature (what a reply would quote)."""
    t = m['body']
    if m['sign'] and m['frm'] in SIGS:
        t += '\n\n' + SIGS[m['frm']]
    return t


def root_subject(s):
    return re.sub(r'^((re|antw|aw|rv|tr|fwd|fw|doorst)\s*:\s*)+', '', s, flags=re.I)



# ======================================================================== build
REPLY_PREFIX = {'outlook_nl': 'RE: ', 'outlook_nl_old': 'RE: ', 'notes_nl': 'Antw: ', 'outlook_fr': 'RE : ',
                'outlook_es': 'RE: ', 'outlook_en': 'RE: ', 'outlook_en_old': 'RE: '}
MAILER = {
    'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'outlook_old': ('X-Mailer', 'Microsoft Office Outlook 12.0'),
    'notes': ('X-Mailer', 'IBM Notes Release 9.0.1FP10 SHF383 June 08, 2018'),
    'apple': ('X-Mailer', 'Apple Mail (2.3774.600.62)'),
    'iphone': ('X-Mailer', 'iPhone Mail (21F90)'),
    'thunderbird': ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.2'),
    'system': ('X-Mailer', 'Velocare Notify 4.2'),
    'hubspot': ('X-Mailer', 'Velocare Campaigns'),
}


def h(key, n=40):
    return hashlib.sha1(('bt2:' + key).encode()).hexdigest()[:n]


def make_mid(m):
    k, c, dom = m['key'], m['client'], m['frm'].split('@')[1]
    x = h(k)
    if c == 'outlook':
        region = 'namprd' if m['dt'].utcoffset() < timedelta(0) else 'eurprd'
        return f"<{'AM' if region == 'eurprd' else 'BN'}8PR0{int(x[0], 16) % 9 + 1}MB{x[1:5].upper()}{int(x[5:11], 16)}{x[11:23].upper()}@{region}0{int(x[23], 16) % 8 + 1}.prod.outlook.com>"
    if c == 'outlook_old':
        return f"<{x[:8].upper()}{x[8:24].upper()}@EXCH0{int(x[24], 16) % 3 + 1}.{dom}>"
    if c == 'gmail':
        return f"<CA{x[:2].upper()}{x[2:30]}{x[30:38].upper()}=A@mail.gmail.com>"
    if c == 'notes':
        return f"<OF{x[:8].upper()}.{x[8:16].upper()}-ON{x[16:24].upper()}.{x[24:32].upper()}@{dom}>"
    if c in ('apple', 'iphone'):
        return f"<{x[:8].upper()}-{x[8:12].upper()}-{x[12:16].upper()}-{x[16:20].upper()}-{x[20:32].upper()}@{dom}>"
    if c == 'thunderbird':
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{dom}>"
    if c == 'mta':
        return f"<{m['dt'].strftime('%Y%m%d%H%M%S')}.{x[:12].upper()}@mx1.{dom}>"
    if c in ('system', 'hubspot'):
        return f"<{m['dt'].strftime('%Y%m%d%H%M%S')}.{x[:16]}@mailer.velocare.nl>"
    raise ValueError(c)


def prepare():
    for m in MSGS:
        p = BYKEY[m['reply']] if m['reply'] else None
        if m['subj'] is None:
            assert p, m['key']
            m['subj'] = REPLY_PREFIX.get(m['q'] or '', 'Re: ') + root_subject(p['subject'])
        m['subject'] = m['subj']
        m['mid'] = make_mid(m)
        m['date'] = m['dt'].isoformat()
    for m in MSGS:
        p = BYKEY[m['reply']] if m['reply'] else None
        text = full_text(m)
        if m['fwd']:
            text += '\n\n' + fwd_block(m['fwd'])
        if m['q']:
            assert p, m['key']
            assert 'text' in p, ('parent defined after child', m['key'])
            text += '\n\n' + quote_block(m['q'], p)
        m['text'] = text
        if p:
            m['refs'] = p['refs'] + [p['mid']]
            m['root'] = p['root']
        else:
            m['refs'] = []
            m['root'] = m['key']


def build_email(m):
    msg = EmailMessage()
    msg['From'] = who(m['frm'])
    msg['To'] = ', '.join(who(t) for t in m['to'])
    if m['cc']:
        msg['Cc'] = ', '.join(who(t) for t in m['cc'])
    msg['Subject'] = m['subject']
    msg['Date'] = format_datetime(m['dt'])
    msg['Message-ID'] = m['mid']
    if m['reply'] and m['irt']:
        msg['In-Reply-To'] = BYKEY[m['reply']]['mid']
        msg['References'] = ' '.join(m['refs'][-6:])
    if m['client'] in MAILER:
        k, v = MAILER[m['client']]
        msg[k] = v
    if m['kind'] == 'auto':
        msg['Auto-Submitted'] = 'auto-replied'
        msg['X-Auto-Response-Suppress'] = 'All'
    elif m['kind'] in ('ticket', 'bill', 'bounce', 'reminder'):
        msg['Auto-Submitted'] = 'auto-generated'
    elif m['kind'] == 'newsletter':
        msg['Precedence'] = 'bulk'
        msg['List-Unsubscribe'] = f"<https://news.velocare.com/unsubscribe?u={h(m['key'], 12)}>"
    for hk, hv in m['hdr'].items():
        msg[hk] = hv
    text = m['text'] + '\n'
    ascii_only = all(ord(ch) < 128 for ch in text)
    if ascii_only:
        msg.set_content(text)
    else:
        msg.set_content(text, charset='utf-8', cte='quoted-printable')
    if m['kind'] == 'calendar':
        msg.add_alternative(m['ics'], subtype='calendar', params={'method': m['hdr'].get('X-Ics-Method', 'REQUEST')})
        del msg['X-Ics-Method']
    if m['kind'] == 'bounce':
        orig = BYKEY[m['reply']]
        hdrs = (f"From: {who(orig['frm'])}\nTo: {', '.join(orig['to'])}\nSubject: {orig['subject']}\n"
                f"Date: {format_datetime(orig['dt'])}\nMessage-ID: {orig['mid']}\n")
        msg.add_attachment(hdrs, subtype='rfc822-headers', disposition='inline')
        msg.set_type('multipart/report')
        msg.set_param('report-type', 'delivery-status')
    if msg.is_multipart():
        msg.set_boundary('----=_Part_' + h(m['key'], 24))  # deterministic
    return msg


def ics_event(uid, start, end, summary, org, attendees, method='REQUEST', partstat=None, location=''):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
             f'METHOD:{method}', 'BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:20260501T000000Z',
             f'DTSTART:{start}', f'DTEND:{end}', f'SUMMARY:{summary}', f'LOCATION:{location}',
             f'ORGANIZER;CN="{PEOPLE.get(org, org)}":mailto:{org}']
    for a in attendees:
        ps = partstat or 'NEEDS-ACTION'
        lines.append(f'ATTENDEE;CN="{PEOPLE.get(a, a)}";PARTSTAT={ps}:mailto:{a}')
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'


SILENT_ACCOUNT_DAYS = 30
GAP_OK = {'wu'}  # announced closure 1 Jul - 9 Aug

FROM_RE = re.compile(rb'^(>*From )', re.M)


def mbox_bytes(msgs):
    out = io.BytesIO()
    for m in msgs:
        raw = build_email(m).as_bytes(policy=policy.default.clone(linesep='\n'))
        raw = FROM_RE.sub(rb'>\1', raw)
        u = m['dt'].astimezone(timezone.utc)
        out.write(f"From {m['frm']} {u.strftime('%a %b')} {u.day:2d} {u.strftime('%H:%M:%S %Y')}\n".encode())
        out.write(raw)
        if not raw.endswith(b'\n'):
            out.write(b'\n')
        out.write(b'\n')
    return out.getvalue()


def read_mbox(data):
    chunks, cur = [], None
    for line in data.split(b'\n'):
        if line.startswith(b'From '):
            if cur is not None:
                chunks.append(cur)
            cur = []
            continue
        cur.append(line)
    if cur is not None:
        chunks.append(cur)
    msgs = []
    for c in chunks:
        raw = b'\n'.join(c)
        raw = re.sub(rb'^>(>*From )', rb'\1', raw, flags=re.M)
        msgs.append(BytesParser(policy=policy.default).parsebytes(raw))
    return msgs


# ======================================================================== truth
def iso_d(d):
    return d.isoformat() if isinstance(d, date) else d


def hours(a, b):
    return round((b['dt'] - a['dt']).total_seconds() / 3600, 1)


def in_window(d, w):
    if w == 'first_60_days':
        return START <= d <= START + timedelta(days=59)
    return AS_OF - timedelta(days=29) <= d <= AS_OF


def latency(acc, msgs):
    res = {'customer_reply_hours': {}, 'vendor_reply_hours': {}}
    for side, wantv in (('customer_reply_hours', False), ('vendor_reply_hours', True)):
        for w in ('first_60_days', 'last_30_days'):
            samples = []
            for m in msgs:
                if m['kind'] not in ('human',) or not m['reply']:
                    continue
                p = BYKEY[m['reply']]
                if is_vendor(m['frm']) != wantv or is_vendor(p['frm']) == wantv or p['kind'] != 'human':
                    continue
                if in_window(m['dt'].date(), w):
                    samples.append({'reply': m['mid'], 'reply_date': m['date'], 'to_message': p['mid'],
                                    'hours': hours(p, m)})
            ent = {'n': len(samples), 'median_hours': round(statistics.median([s['hours'] for s in samples]), 1) if samples else None}
            if side == 'customer_reply_hours':
                ent['samples'] = samples
            res[side][w] = ent
    un = []
    for m in msgs:
        if m['kind'] != 'human' or not is_vendor(m['frm']):
            continue
        if not any((not is_vendor(t)) for t in m['to']):
            continue
        later = [x for x in msgs if x['root'] == m['root'] and x['dt'] > m['dt'] and not is_vendor(x['frm']) and x['kind'] == 'human']
        if not later:
            un.append({'message_id': m['mid'], 'date': m['date'], 'to': m['to'],
                       'age_days_at_as_of': (AS_OF - m['dt'].date()).days})
    res['unanswered_vendor_messages'] = un
    return res


NEW_AFTER = date(2026, 6, 1)
SILENT_DAYS = 60


def contact_facts(acc, msgs):
    out = []
    for email, (nm, title, status) in acc['contacts'].items():
        mine = [m for m in msgs if m['frm'] == email and m['kind'] in ('human', 'personal')]
        allm = [m for m in msgs if m['frm'] == email or email in m['to'] or email in m['cc']]
        first = min(allm, key=lambda m: m['dt']) if allm else None
        last = max(m['dt'] for m in mine).date() if mine else None
        if status in ('left', 'on_leave'):
            st = status
        elif last and (AS_OF - last).days > SILENT_DAYS:
            st = 'silent'
        elif first and first['dt'].date() >= NEW_AFTER:
            st = 'new'
        else:
            st = 'active'
        out.append({'email': email, 'name': nm, 'title': title, 'status': st,
                    'first_seen': first['dt'].date().isoformat() if first else None,
                    'human_messages_sent': len(mine),
                    'last_human_message': last.isoformat() if last else None,
                    '_first_key': first['key'] if first else None, '_mine': mine})
    return out


def contacts(acc, msgs):
    return [{k: v for k, v in c.items() if not k.startswith('_')} for c in contact_facts(acc, msgs)]


def ev(key):
    m = BYKEY[key]
    return {'message_id': m['mid'], 'date': m['date'], 'from': m['frm']}


DEFINITIONS = {
    'as_of': 'analysis as of the end of 2026-08-31 (Europe/Amsterdam); the period is 2026-05-01..2026-08-31',
    'vendor_domains': 'velocare.nl and velocare.com are both the vendor (internal); everything else is a customer or third party',
    'latency': ('hours from the message replied to (the logical parent, also when the mail client dropped In-Reply-To) to '
                'the reply, both human (kind human); auto-replies, calendar traffic, ticket/billing/marketing mail are '
                'excluded. first_60_days = replies dated 2026-05-01..2026-06-29; last_30_days = replies dated 2026-08-02..2026-08-31.'),
    'latency_degradation': 'customer median reply hours in last_30_days at least 3x first_60_days and over 48 h',
    'unanswered_vendor_messages': 'vendor-written human messages to the customer with no later human customer message in the same thread by as_of',
    'contact_status': ('left = departure stated or mail bounced; on_leave = absence with a stated return date after as_of; '
                       'silent = wrote a human message before but none in the 60 days up to as_of; new = first appears in the mail '
                       '(From/To/Cc) on or after 2026-06-01; active = everyone else. first_seen = first message naming the contact.'),
    'account_going_silent': 'no human customer message for 30 days while the vendor sent at least 2 human messages in that time (announced closures excluded)',
    'contacts_going_silent': 'a contact with at least one human message goes 60 days without one; alert date = last human message + 60 days (stated leave or announced closure excluded)',
    'new_contacts': 'one low alert per contact with status new, dated first_seen, evidence = the first message naming them',
    'new_senior_contact_not_engaged': 'a director/VP/head-level contact writes for the first time and no vendor human reply or message to them within 5 days',
    'unanswered_customer_message': 'a human customer message asking for something gets no vendor human reply within 2 business days',
    'commitment': 'a promise made by vendor staff with a due date; overdue the day after the due date unless fulfilled in the mail; '
                  'fulfilled commitments raise no alert; open_commitment = due after as_of',
    'renewal_window': 'days from as_of to renewal_date; inside_90_day_window when <= 90',
    'alert_date': 'the day the alert becomes due (first day the evidence supports it)',
    'health': 'accounts with a risk scenario must score below 60 and below every healthy account',
    'hard_negative': 'must_not_alert: no phrase signal and no alert may be raised on this message',
}


def main():
    prepare()
    errors = []
    err = errors.append
    total_sig = 0
    sig_cat, sig_lang, alert_types = {}, {}, {}
    accounts_yaml = []
    mid_set = {m['mid'] for m in MSGS}
    if len(mid_set) != len(MSGS):
        err('duplicate Message-IDs')
    with open(os.path.join(OUT, 'accounts.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['account', 'domains', 'owner', 'arr', 'renewal_date', 'segment'])
        for a in ACCOUNTS:
            w.writerow([a['name'], ';'.join(a['domains']), a['owner'], a['arr'], a['renewal'], a['segment']])
    negs = 0
    for a in ACCOUNTS:
        msgs = sorted([m for m in MSGS if m['acc'] == a['key']], key=lambda m: m['dt'])
        data = mbox_bytes(msgs)
        with open(os.path.join(OUT, a['mbox']), 'wb') as f:
            f.write(data)
        parsed = read_mbox(data)
        if len(parsed) != len(msgs):
            err(f"{a['mbox']}: parsed {len(parsed)} != {len(msgs)}")
        for m, pm in zip(msgs, parsed):
            for part in pm.walk():
                if part.defects:
                    err(f"{m['key']}: MIME defects {part.defects}")
            if str(pm['Message-ID']).strip() != m['mid']:
                err(f"{m['key']}: Message-ID mismatch")
            if parsedate_to_datetime(pm['Date']) != m['dt']:
                err(f"{m['key']}: date mismatch")
            body = pm.get_body(preferencelist=('plain',)).get_content()
            if m['body'] not in body:
                err(f"{m['key']}: new text not found in parsed body")
            for s in m['sig']:
                if s[1] not in m['body']:
                    err(f"{m['key']}: phrase not in new text: {s[1]!r}")
                elif body.find(s[1]) > body.find(m['body']) + len(m['body']):
                    err(f"{m['key']}: phrase only in quoted part")
            if m['reply'] and m['irt']:
                if str(pm['In-Reply-To']).strip() not in mid_set:
                    err(f"{m['key']}: In-Reply-To target missing")
            if m['reply']:
                p = BYKEY[m['reply']]
                if p['dt'] >= m['dt']:
                    err(f"{m['key']}: reply not after parent")
                if p['acc'] != m['acc']:
                    err(f"{m['key']}: parent in other account")
            if not (START <= m['dt'].date() <= AS_OF):
                err(f"{m['key']}: date out of period")
            if m['frm'].split('@')[1] not in a['domains'] and not is_vendor(m['frm']):
                err(f"{m['key']}: sender domain {m['frm']} not in account/vendor")
            if m['neg'] and m['sig']:
                err(f"{m['key']}: hard negative carries a signal")
        signals = []
        for m in msgs:
            for s in m['sig']:
                e = {'type': s[0], 'phrase': s[1], 'message_id': m['mid'], 'date': m['date'], 'from': m['frm']}
                if s[0] == 'commitment':
                    if len(s) < 3:
                        err(f"{m['key']}: commitment without due date")
                    else:
                        e['due'] = s[2]
                    if not is_vendor(m['frm']):
                        err(f"{m['key']}: commitment not by vendor")
                signals.append(e)
                sig_cat[s[0]] = sig_cat.get(s[0], 0) + 1
                sig_lang[a['lang']] = sig_lang.get(a['lang'], 0) + 1
                total_sig += 1
        facts = contact_facts(a, msgs)
        for c in facts:
            if c['status'] == 'new':
                ALERTS[a['key']].append(dict(type='new_contacts', severity='low', date=c['first_seen'], evidence=[c['_first_key']],
                                             note=f"{c['name']} ({c['title']}) first appears"))
            if c['status'] == 'silent' and not any(al['type'] == 'contacts_going_silent' and c['name'].split()[-1] in al['note'] for al in ALERTS[a['key']]):
                err(f"{a['key']}: {c['email']} silent without contacts_going_silent alert")
            # gaps inside the period (ledger): a human-writing contact with a >60-day gap that later resumed
            ds = sorted(m['dt'].date() for m in c['_mine'])
            for x, y in zip(ds, ds[1:]):
                if (y - x).days > SILENT_DAYS and a['key'] not in GAP_OK:
                    err(f"{a['key']}: {c['email']} gap {x}..{y} would raise contacts_going_silent")
        cust = sorted(m['dt'].date() for m in msgs if not is_vendor(m['frm']) and m['kind'] in ('human', 'personal'))
        for x, y in zip([START] + cust, cust + [AS_OF]):
            if (y - x).days > SILENT_ACCOUNT_DAYS and a['key'] not in GAP_OK:
                vend = [m for m in msgs if is_vendor(m['frm']) and m['kind'] == 'human' and x < m['dt'].date() < y]
                if len(vend) >= 2 and not any(al['type'] == 'account_going_silent' for al in ALERTS[a['key']]):
                    err(f"{a['key']}: customer silent {x}..{y} ({(y - x).days} d) while vendor wrote {len(vend)}")
        alerts = []
        for al in sorted(ALERTS[a['key']], key=lambda al: al['date']):
            evs = []
            for k in al['evidence']:
                if k not in BYKEY:
                    err(f"alert evidence {k} missing")
                    continue
                evs.append(ev(k))
                if BYKEY[k]['dt'].date() > date.fromisoformat(al['date']):
                    err(f"{a['key']} {al['type']}: evidence {k} after alert date")
            if date.fromisoformat(al['date']) > AS_OF:
                err(f"{a['key']} {al['type']}: alert after as_of")
            alerts.append({'type': al['type'], 'severity': al['severity'], 'date': al['date'], 'evidence': evs, 'note': al['note']})
            alert_types[al['type']] = alert_types.get(al['type'], 0) + 1
        mna = []
        for m in msgs:
            if m['neg']:
                mna.append({'message_id': m['mid'], 'date': m['date'], 'from': m['frm'], 'why': m['neg']})
                negs += 1
        ren = date.fromisoformat(a['renewal'])
        dtr = (ren - AS_OF).days
        accounts_yaml.append({
            'account': a['name'], 'mbox': a['mbox'], 'domains': a['domains'], 'owner': a['owner'],
            'arr': a['arr'], 'segment': a['segment'], 'renewal_date': a['renewal'],
            'renewal_window': {'days_to_renewal': dtr, 'status': 'inside_90_day_window' if dtr <= 90 else 'outside_90_day_window'},
            'scenario': a['scenario'], 'health': a['health'], 'language': a['lang'],
            'latency': latency(a, msgs), 'contacts': contacts(a, msgs),
            'signals': signals, 'alerts': alerts, 'must_not_alert': mna})
    for m in MSGS:
        if m['acc'] is None:
            err(f"{m['key']} without account")
    n = len(MSGS)
    if not 200 <= n <= 240:
        err(f"message count {n} outside 200-240")
    if negs * 3 < n:
        err(f"hard negatives {negs} < a third of {n}")
    if total_sig < 40:
        err(f"only {total_sig} signals")
    if sig_lang.get('es', 0) < 10 or sig_lang.get('nl', 0) < 10:
        err(f"too few es/nl signals {sig_lang}")
    doc = {'as_of': AS_OF.isoformat(), 'vendor_domain': 'velocare.nl', 'vendor_domains': list(VENDOR_DOMAINS),
           'set': 'blind-test-2', 'definitions': DEFINITIONS, 'accounts': accounts_yaml}
    with open(os.path.join(OUT, 'expected.yaml'), 'w') as f:
        yaml.safe_dump(doc, f, sort_keys=False, allow_unicode=True, width=120)
    # re-read yaml, check every referenced id exists
    doc2 = yaml.safe_load(open(os.path.join(OUT, 'expected.yaml')))
    for acc in doc2['accounts']:
        ids = set()
        for s in acc['signals']:
            ids.add(s['message_id'])
        for al in acc['alerts']:
            ids |= {e['message_id'] for e in al['evidence']}
        ids |= {x['message_id'] for x in acc['must_not_alert']}
        ids |= {x['message_id'] for x in acc['latency']['unanswered_vendor_messages']}
        for x in ids:
            if x not in mid_set:
                err(f"yaml references unknown {x}")
    stats = {'accounts': len(ACCOUNTS), 'messages': n, 'hard_negatives': negs, 'signals': total_sig,
             'signals_by_category': sig_cat, 'signals_by_language': sig_lang, 'alerts_by_type': alert_types}
    print(yaml.safe_dump(stats, sort_keys=True, allow_unicode=True))
    write_readme(doc, stats)
    if errors:
        for e in errors:
            print('ERROR', e, file=sys.stderr)
        print(f'{len(errors)} validation errors', file=sys.stderr)
        sys.exit(1)
    print('validation passed')


# ======================================================================== cast
FEMKE, LUCIA, ETIENNE, MEGAN = ('femke.dewit@velocare.nl', 'lucia.ortega@velocare.com',
                                'etienne.gagnon@velocare.com', 'megan.doyle@velocare.com')
SUPPORT, BILLING, MARKETING, SALES = ('support@velocare.nl', 'billing@velocare.nl',
                                      'marketing@velocare.com', 'sales@velocare.com')
DAAN, JAVIER, CAMILLE, HENDRIK = ('daan.hermans@velocare.nl', 'javier.molina@velocare.com',
                                  'camille.roy@velocare.com', 'hendrik.smits@velocare.nl')
person(FEMKE, 'Femke de Wit', 'Femke de Wit\nAccount Manager Benelux\nVelocare Clinical Systems B.V.\nCatharijnesingel 47, 3511 GC Utrecht\n+31 30 711 2040')
person(LUCIA, 'Lucía Ortega', 'Lucía Ortega\nAccount Manager Iberia & LATAM\nVelocare Clinical Systems · Paseo de la Castellana 77, Madrid\n+34 910 55 71 20')
person(ETIENNE, 'Étienne Gagnon', 'Étienne Gagnon\nGestionnaire de comptes, Canada et Belgique francophone\nVelocare Clinical Systems · 1250 boul. René-Lévesque O., Montréal\n514 555-0142')
person(MEGAN, 'Megan Doyle', 'Megan Doyle | Account Executive, North America\nVelocare Clinical Systems | 100 Summer St, Boston MA\n(617) 555-0186')
person(SUPPORT, 'Velocare Support')
person(BILLING, 'Velocare Billing')
person(MARKETING, 'Velocare')
person(SALES, 'Velocare Renewals')
person(DAAN, 'Daan Hermans', 'Daan Hermans\nSupport Engineer | Velocare Clinical Systems\nsupport@velocare.nl | +31 30 711 2000')
person(JAVIER, 'Javier Molina', 'Javier Molina\nIngeniero de soporte · Velocare\nsupport@velocare.nl')
person(CAMILLE, 'Camille Roy', 'Camille Roy\nSoutien technique — Velocare\nsupport@velocare.nl')
person(HENDRIK, 'Hendrik Smits', 'Hendrik Smits\nVP Customer Success | Velocare Clinical Systems B.V.')

NL_DISCLAIMER = ('Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en kan vertrouwelijke informatie bevatten. '
                 'Bent u niet de geadresseerde, verwijder het bericht dan en stel de afzender op de hoogte. '
                 'Aan dit bericht kunnen geen rechten worden ontleend.')

# ======================================================================== 1 Sint Anna (NL hospital lab, expansion)
SA = 'sintanna.nl'
MARIEKE, JORIS, SANNE, RUUD, ESTHER = (f'marieke.hoekstra@{SA}', f'joris.bakker@{SA}', f'sanne.visser@{SA}',
                                      f'ruud.mulder@{SA}', f'esther.degraaf@{SA}')
account('sa', 'Sint Anna Ziekenhuis', 'sint-anna-ziekenhuis.mbox', [SA], FEMKE, 410000, '2027-03-31', 'enterprise',
        'expansion', {
            MARIEKE: ('dr. Marieke Hoekstra', 'Klinisch chemicus, hoofd Klinisch Chemisch Laboratorium', 'active'),
            JORIS: ('Joris Bakker', 'Teamleider labinformatica (tot 1 juli coördinator labautomatisering)', 'active'),
            SANNE: ('Sanne Visser', 'Senior inkoper medische ICT', 'active'),
            RUUD: ('Ruud Mulder', 'Labmanager locatie Deventer', 'new'),
            ESTHER: ('Esther de Graaf', 'Hoofd afdeling Medische Microbiologie', 'new'),
        }, lang='nl', health='healthy')
person(MARIEKE, 'Marieke Hoekstra', 'dr. Marieke Hoekstra\nKlinisch chemicus | hoofd KCL\nSint Anna Ziekenhuis, Zwolle\n\n' + NL_DISCLAIMER)
person(JORIS, 'Joris Bakker', 'Joris Bakker\nLabautomatisering | Sint Anna Ziekenhuis\n038 424 5170')
person(SANNE, 'Sanne Visser', 'Sanne Visser\nSenior inkoper medische ICT\nAfdeling Inkoop, Sint Anna Ziekenhuis\n\n' + NL_DISCLAIMER)
person(RUUD, 'Ruud Mulder')
person(ESTHER, 'Esther de Graaf', 'Esther de Graaf, arts-microbioloog\nhoofd Medische Microbiologie\nSint Anna Ziekenhuis')
use('sa')
M('sa01', '2026-05-04 09:12 +0200', MARIEKE, FEMKE, 'Monstervolging microbiologie', """
Hoi Femke,

Na het succes bij de klinische chemie willen we de monstervolgmodule ook op de afdeling microbiologie uitrollen. Het gaat om ongeveer 40 extra werkplekken en de koppeling met de kweekstraat.
Kun je een voorstel maken? Sanne van inkoop kijkt mee.

Groet,
Marieke
""", cc=[SANNE], sig=[('expansion', 'willen we de monstervolgmodule ook op de afdeling microbiologie uitrollen')])
M('sa02', '2026-05-04 14:30 +0200', FEMKE, MARIEKE, None, """
Hoi Marieke,

Wat goed om te horen! Ik stuur je uiterlijk 15 mei een offerte voor de uitbreiding, inclusief de kweekstraatkoppeling en een voorstel voor de implementatieplanning.

Hartelijke groet,
Femke
""", cc=[SANNE], reply='sa01', q='outlook_nl', sig=[('commitment', 'Ik stuur je uiterlijk 15 mei een offerte voor de uitbreiding', '2026-05-15')])
M('sa03', '2026-05-06 07:00 +0200', MARKETING, MARIEKE, 'Velocare Nieuwsbrief | mei 2026: nieuwe module Cryo-opslag', """
Velocare Nieuwsbrief - mei 2026

* Nieuw: module Cryo-opslag. Upgrade nu en profiteer tot 30 juni van 15% introductiekorting op extra licenties.
* Webinar 21 mei: zo verkort u de doorlooptijd van monsters met 20%.
* Klantverhaal: hoe een Brabants ziekenhuis overstapte van papier naar volledige tracering.

Afmelden voor deze nieuwsbrief? Klik op de link onderaan.
Velocare Clinical Systems B.V., Catharijnesingel 47, Utrecht
""", client='hubspot', kind='newsletter', sign=False, neg='vendor newsletter: upsell and discount wording written by the vendor, not the customer')
M('sa04', '2026-05-11 10:41 +0200', SUPPORT, JORIS, '[Velocare #48213] Labelprinter Zebra ZD421 drukt halve etiketten', """
Beste Joris Bakker,

Uw melding is geregistreerd onder ticketnummer #48213 (prioriteit: normaal).
Onderwerp: Labelprinter Zebra ZD421 drukt halve etiketten

U kunt de voortgang volgen in het klantportaal. Reageer op deze e-mail om informatie toe te voegen; laat het onderwerp ongewijzigd.

Met vriendelijke groet,
Velocare Support
""", client='system', kind='ticket', sign=False, neg='ticketing notification generated by the support system')
M('sa05', '2026-05-13 16:05 +0200', FEMKE, MARIEKE, 'Offerte uitbreiding microbiologie Sint Anna', """
Hoi Marieke, Sanne,

Zoals beloofd de offerte in de bijlage. Kort samengevat: 40 werkplekken monstervolging à EUR 1.150 per jaar, eenmalige koppeling kweekstraat EUR 18.500, implementatie in 8 weken. Bij ondertekening voor 1 juli geven we de introductiekorting op de kweekstraatkoppeling.

Laat maar weten wat jullie ervan vinden.

Groet,
Femke
""", cc=[SANNE], neg='vendor-written quote and discount: pricing words come from the vendor, not a customer pricing concern')
M('sa06', '2026-05-15 11:20 +0200', SANNE, FEMKE, None, """
Dag Femke,

Dank voor de offerte. Kunnen jullie iets doen aan de prijs per werkplek? Met 40 extra werkplekken komen we boven het budget dat we voor dit jaar hebben vrijgemaakt. Bij een staffelkorting kan ik het nog voor de zomer rond krijgen.

Met vriendelijke groet,
Sanne Visser
""", cc=[MARIEKE], reply='sa05', q='outlook_nl', sig=[('pricing', 'Kunnen jullie iets doen aan de prijs per werkplek?')])
M('sa07', '2026-05-15 13:02 +0200', FEMKE, SANNE, None, """
Dag Sanne,

Helder. Ik overleg intern en kom uiterlijk vrijdag 22 mei bij je terug met een aangepast voorstel.

Groet,
Femke
""", cc=[MARIEKE], reply='sa06', q='outlook_nl', sig=[('commitment', 'kom uiterlijk vrijdag 22 mei bij je terug met een aangepast voorstel', '2026-05-22')])
M('sa08', '2026-05-20 15:47 +0200', FEMKE, SANNE, None, """
Dag Sanne,

Goed nieuws: we kunnen een staffelkorting van 12% op de 40 werkplekken geven, vastgezet voor de resterende looptijd. De aangepaste offerte zit in de bijlage.

Groet,
Femke
""", cc=[MARIEKE], reply='sa07', q='outlook_nl')
M('sa09', '2026-05-21 09:15 +0200', SANNE, FEMKE, None, """
Dag Femke,

Akkoord. Ik zet de bestelling voor de 40 extra werkplekken vandaag nog door; de inkooporder volgt via ons systeem.

Met vriendelijke groet,
Sanne
""", cc=[MARIEKE], reply='sa08', q='outlook_nl', sig=[('expansion', 'Ik zet de bestelling voor de 40 extra werkplekken vandaag nog door')])
M('sa10', '2026-05-26 06:30 +0200', BILLING, SANNE, 'Factuur VEL-2026-05-1183 - Sint Anna Ziekenhuis', """
Geachte heer/mevrouw,

Bijgaand ontvangt u factuur VEL-2026-05-1183 voor de periode juni 2026.
Factuurbedrag: EUR 34.166,67 (excl. btw)
Vervaldatum: 25 juni 2026
Inkoopordernummer: 4500118734

Deze factuur wordt automatisch verzonden. Vragen? Mail billing@velocare.nl.

Velocare Clinical Systems B.V. | KvK 61234598 | BTW NL854123456B01
""", client='system', kind='bill', sign=False, neg='automatic e-invoice; amounts are not a pricing discussion')
M('sa11', '2026-06-03 11:00 +0200', FEMKE, [MARIEKE, JORIS, ESTHER], 'Kick-off uitrol microbiologie', """
Kick-off uitrol monstervolging Medische Microbiologie.
Agenda: planning, koppeling kweekstraat, key users.
Teams-link volgt in de uitnodiging.
""", kind='calendar', sign=False, neg='calendar invitation',
  ics=ics_event('vc-sa-kickoff-1@velocare.nl', '20260610T080000Z', '20260610T093000Z', 'Kick-off uitrol microbiologie', FEMKE, [MARIEKE, JORIS, ESTHER]))
M('sa12', '2026-06-03 11:24 +0200', JORIS, FEMKE, 'Geaccepteerd: Kick-off uitrol microbiologie', """
Joris Bakker heeft deze uitnodiging geaccepteerd.
""", reply='sa11', kind='calendar', sign=False, hdr={'X-Ics-Method': 'REPLY'}, neg='calendar acceptance',
  ics=ics_event('vc-sa-kickoff-1@velocare.nl', '20260610T080000Z', '20260610T093000Z', 'Kick-off uitrol microbiologie', FEMKE, [JORIS], method='REPLY', partstat='ACCEPTED'))
M('sa13', '2026-06-12 21:37 +0200', MARIEKE, FEMKE, 'Doorst: Labtrends Q2 - personeel, prijzen en platformkeuze', """
Leuk stuk, vooral over het personeelstekort. Ter info.

M.
""", client='apple', sign=False, fwd=('apple_nl', 'Labtrends Nederland <redactie@labtrends.nl>', '12 juni 2026 om 08:00:00 CEST',
    'marieke.hoekstra@sintanna.nl', 'Labtrends Q2 - personeel, prijzen en platformkeuze',
    """Labtrends Q2 2026

Steeds meer laboratoria overwegen over te stappen naar een ander LIMS nu leveranciers hun prijzen met 8 tot 12 procent verhogen. Volgens de enquête is een kwart van de labmanagers ontevreden over de support van hun huidige leverancier en wil 14 procent het contract opzeggen bij de eerstvolgende verlenging.

Verder in dit nummer: personeelstekort bij analisten, de nieuwe IVDR-termijnen en een interview met de NVKC-voorzitter."""),
  neg='forwarded market newsletter (Apple Mail forward marker); switching, price rises and cancellation are about the market, not this customer')
M('sa17', '2026-06-25 17:48 +0200', MARIEKE, FEMKE, 'NVKC-congres', """
Hoi Femke,

De kick-off ging soepel, complimenten aan jullie team. Ik vertel het graag aan collega's: op het NVKC-congres in november wil ik best een praatje houden over onze ervaringen met Velocare, als jullie dat zien zitten.

Groet,
Marieke
""", sig=[('advocacy', 'Ik vertel het graag aan collega')])
M('sa18', '2026-06-26 08:55 +0200', FEMKE, MARIEKE, None, """
Hoi Marieke,

Heel graag! Ik breng je in contact met onze marketingcollega voor de inzending; de deadline voor abstracts is 15 september.

Groet,
Femke
""", reply='sa17', q='outlook_nl')
M('sa18b', '2026-07-01 11:05 +0200', SANNE, FEMKE, 'Inkooporder microbiologie goedgekeurd', """
Dag Femke,

Ter info: de inkooporder voor de 40 werkplekken microbiologie is vandaag definitief goedgekeurd (PO 4500119802). Geen actie nodig van jullie kant; de factuur mag op dit nummer.

Met vriendelijke groet,
Sanne Visser
""")
M('sa19', '2026-07-02 09:30 +0200', JORIS, FEMKE, 'Nieuwe rol + nieuwe contactpersonen', """
Hoi Femke,

Even ter info: per 1 juli ben ik teamleider labinformatica. Ik blijf jullie technische aanspreekpunt, maar de dagelijkse coördinatie van de uitrol ligt voortaan bij Esther de Graaf (hoofd microbiologie). Daarnaast wil Ruud Mulder, de labmanager van onze locatie Deventer, kennis met jullie maken. Ik heb ze allebei in de cc gezet.

Groet,
Joris
""", cc=[ESTHER, RUUD])
M('sa20', '2026-07-06 08:12 +0200', ESTHER, FEMKE, 'Kweekplaten registreren in Velocare?', """
Beste Femke,

Dank voor de prettige kennismaking via Joris. Een vraag vooraf: we willen graag ook de kweekplaten-registratie in Velocare onderbrengen, niet alleen de primaire monsters. Is dat mogelijk binnen de huidige licentie of is daar een aparte module voor?

Met vriendelijke groet,
Esther de Graaf
""", sig=[('expansion', 'we willen graag ook de kweekplaten-registratie in Velocare onderbrengen')])
M('sa21', '2026-07-07 10:40 +0200', FEMKE, ESTHER, None, """
Beste Esther,

Welkom! Kweekplaten vallen onder de module Culture Tracking; die zit niet in de huidige licentie. Ik plan graag een demo met je in; schikt dinsdag 14 juli om 10:00?

Hartelijke groet,
Femke
""", reply='sa20', q='outlook_nl')
M('sa22', '2026-07-14 13:18 +0200', RUUD, FEMKE, 'Locatie Deventer', """
Femke,

Joris zal het al gezegd hebben: locatie Deventer wil ook aansluiten, liefst nog dit jaar. We zitten nu nog op papier en Excel. Wanneer kunnen we bellen?

Ruud Mulder
Labmanager locatie Deventer

Verstuurd vanaf mijn iPhone
""", client='iphone', sign=False, sig=[('expansion', 'locatie Deventer wil ook aansluiten')])
M('sa23', '2026-07-15 09:05 +0200', FEMKE, RUUD, None, """
Dag Ruud,

Leuk! Ik bel je donderdag om 11:00 op je mobiel, dan bespreken we de aantallen en een planning.

Groet,
Femke
""", reply='sa22', q='apple_nl')
M('sa24', '2026-07-20 14:22 +0200', FEMKE, MARIEKE, 'Planning fase 2 (Deventer + kweekplaten)', """
Hoi Marieke,

Na de gesprekken met Esther en Ruud heb ik een eerste planning voor fase 2 gemaakt (zie bijlage). Zullen we die na de zomer samen doorlopen?

Groet,
Femke
""")
M('sa25', '2026-07-20 14:23 +0200', MARIEKE, FEMKE, 'Automatisch antwoord: Planning fase 2 (Deventer + kweekplaten)', """
Ik ben met vakantie tot en met maandag 10 augustus en lees mijn mail niet. Voor dringende zaken kunt u terecht bij het secretariaat KCL, 038 424 5100.
""", reply='sa24', sign=False, kind='auto', neg='out-of-office auto-reply')
M('sa26', '2026-08-12 08:47 +0200', MARIEKE, FEMKE, None, """
Hoi Femke,

Weer terug. Planning ziet er goed uit. Het secretariaat heeft 2 september 14:00 in ieders agenda gezet; Esther en Ruud sluiten aan.

Groet,
Marieke
""", reply='sa24', q='outlook_nl')
M('sa29', '2026-08-20 10:30 +0200', FEMKE, [SANNE, RUUD], 'Offerte aansluiting locatie Deventer', """
Dag Sanne, dag Ruud,

Zoals besproken met Ruud: in de bijlage de offerte voor locatie Deventer, 22 werkplekken monstervolging tegen hetzelfde staffeltarief als de microbiologie, implementatie in januari 2027.

Groet,
Femke
""", neg='vendor-written quote with vendor prices (requested by the customer; the expansion signal is on sa22)')
M('sa30', '2026-08-20 13:45 +0200', SANNE, FEMKE, None, """
Dag Femke,

Dank je. Ik neem hem mee in de begrotingsronde voor 2027; die wordt half oktober vastgesteld.

Met vriendelijke groet,
Sanne
""", cc=[RUUD], reply='sa29', q='outlook_nl')
M('sa31', '2026-08-20 15:12 +0200', RUUD, FEMKE, None, """
Helder, dank. Ik zorg dat de teamleiders in Deventer er in september naar kijken.

Ruud

Verstuurd vanaf mijn iPhone
""", reply='sa29', q='apple_nl', client='iphone', sign=False)
M('sa27', '2026-08-16 20:31 +0200', JORIS, FEMKE, 'zaterdag PEC', """
Hé Femke, nog zin om zaterdag mee te gaan naar PEC - Ajax? Ik heb twee kaarten over in vak P. Mijn zwager haakt af. Laat maar even weten!
""", sign=False, kind='personal', neg='personal mail about a football match between people who happen to work at customer and vendor')
M('sa28', '2026-08-26 10:00 +0200', SALES, MARIEKE, 'Uw Velocare-overeenkomst: overzicht en verlenging', """
Beste mevrouw Hoekstra,

Uw Velocare-overeenkomst loopt tot 31 maart 2027 en wordt daarna stilzwijgend met twaalf maanden verlengd. Wilt u de voorwaarden herzien of extra modules toevoegen voor de verlenging? Neem contact op met uw accountmanager.

Met vriendelijke groet,
Velocare Renewals
""", client='hubspot', kind='reminder', sign=False, neg='vendor-written renewal reminder; renewal/upsell words come from the vendor')

alert('expansion_opportunity', 'medium', '2026-05-04', ['sa01'], 'Microbiology wants the sample-tracking module: ~40 extra seats')
alert('expansion_opportunity', 'medium', '2026-07-06', ['sa20'], 'Culture-plate registration: new module (Culture Tracking) wanted by the new head of microbiology')
alert('expansion_opportunity', 'medium', '2026-07-14', ['sa22'], 'Second site (Deventer) wants to join this year')
alert('advocacy', 'low', '2026-06-25', ['sa17'], 'Head of lab offers to speak about Velocare at the NVKC congress')
alert('title_change', 'low', '2026-07-02', ['sa19'], 'Joris Bakker is team lead lab informatics from 1 July')


# ======================================================================== 2 Van Dam (NL vet chain, churn / in-house tool)
VD = 'dierenklinieken-vandam.nl'
PIETER, LINDA, BAS = f'pieter.vandam@{VD}', f'linda.smit@{VD}', f'bas.kuipers@{VD}'
account('vd', 'Dierenklinieken Van Dam Groep', 'dierenklinieken-van-dam.mbox', [VD], FEMKE, 68000, '2026-10-15', 'mid',
        'churn_in_house_tool', {
            PIETER: ('Pieter van Dam', 'Operationeel directeur', 'active'),
            LINDA: ('Linda Smit', 'Praktijkmanager en key user', 'active'),
            BAS: ('Bas Kuipers', 'IT-manager', 'active'),
        }, lang='nl', health='at_risk')
person(PIETER, 'Pieter van Dam', 'Pieter van Dam\nOperationeel directeur\nDierenklinieken Van Dam Groep | 11 klinieken in Utrecht en Gelderland')
person(LINDA, 'Linda Smit', 'Linda Smit\nPraktijkmanager | Dierenkliniek Van Dam Amersfoort\n033 465 2211')
person(BAS, 'Bas Kuipers', 'Bas Kuipers | IT-manager\nDierenklinieken Van Dam Groep')
use('vd')
M('vd01', '2026-05-05 08:34 +0200', LINDA, SUPPORT, 'labuitslagen komen niet in patientdossier', """
Goedemorgen,

De uitslagen van het bloedonderzoek van gisteren staan wel in Velocare maar niet in het dossier in ons praktijksysteem. Gaat om Amersfoort en Leusden. Kan iemand kijken?

Linda
""", client='outlook')
M('vd02', '2026-05-05 08:35 +0200', SUPPORT, LINDA, '[Velocare #48177] labuitslagen komen niet in patientdossier', """
Beste Linda Smit,

Bedankt voor uw melding. Deze is geregistreerd onder ticketnummer #48177. Wij streven ernaar binnen 4 werkuren te reageren.

Velocare Support
""", reply='vd01', client='system', kind='ticket', sign=False, neg='ticket acknowledgement generated by the support system')
M('vd03', '2026-05-05 13:12 +0200', DAAN, LINDA, '[Velocare #48177] labuitslagen komen niet in patientdossier', """
Hoi Linda,

De koppeling met jullie praktijksysteem hing sinds de nachtelijke update. Ik heb hem herstart en de uitslagen van gisteren opnieuw verstuurd; ze zouden nu in de dossiers moeten staan.

Groet,
Daan Hermans
""", reply='vd01', q='outlook_nl')
M('vd04', '2026-05-05 15:40 +0200', LINDA, DAAN, None, """
Top, werkt weer, dank je!

PS zeg maar tegen Femke dat dat gerucht op de regiovergadering niet klopt: wij zijn niet van plan om over te stappen, de labmodule doet wat hij moet doen.

Linda
""", reply='vd03', q='outlook_nl', neg='negation: "niet van plan om over te stappen" denies a switch; no churn or competitor signal')
M('vd05', '2026-05-19 10:15 +0200', FEMKE, PIETER, 'Velocare Connect: afspraakherinneringen voor uw klanten', """
Beste Pieter,

Veel dierenklinieken zien het aantal no-shows met een derde dalen sinds ze Velocare Connect gebruiken: automatische sms- en mailherinneringen vanuit de planning. Voor jullie elf klinieken zou het EUR 640 per maand kosten, met de eerste drie maanden gratis.

Zullen we er een halfuurtje voor inplannen?

Hartelijke groet,
Femke de Wit
""", neg='vendor-written upsell with vendor pricing')
M('vd07', '2026-06-04 11:48 +0200', LINDA, FEMKE, 'Nieuwe tarieven klinieken per 1 juli', """
Hoi Femke,

Per 1 juli gaan onze eigen tarieven omhoog: een consult wordt EUR 52,50 en een gebitsbehandeling onder narcose EUR 385. De prijsverhoging geldt voor alle vestigingen. Kunnen jullie de bedragen in het online boekingsportaal aanpassen? Het overzicht zit in de bijlage.

Groetjes,
Linda
""", neg="the customer's OWN prices for pet owners; not a pricing signal about Velocare")
M('vd08', '2026-06-04 14:20 +0200', FEMKE, LINDA, None, """
Hoi Linda,

Ik heb het doorgezet naar support, ze passen het portaal voor 1 juli aan.

Groet,
Femke
""", reply='vd07', q='outlook_nl')
M('vd09', '2026-06-16 16:33 +0200', BAS, FEMKE, 'Volledige data-export', """
Hallo Femke,

Kunnen jullie een volledige export leveren van alle afspraken, monsters en uitslagen, inclusief historie vanaf 2021? Liefst als CSV per tabel, met een beschrijving van de velden. Het is voor een intern project.

Bas Kuipers
""", cc=[PIETER], client='thunderbird')
M('vd10', '2026-06-17 09:10 +0200', FEMKE, BAS, None, """
Hoi Bas,

Dat kan. Ik zorg dat je uiterlijk vrijdag 26 juni de exportspecificatie hebt; de export zelf draaien we daarna in overleg. Mag ik vragen waar het interne project over gaat? Misschien kunnen we meedenken.

Groet,
Femke
""", cc=[PIETER], reply='vd09', q='outlook_nl', sig=[('commitment', 'Ik zorg dat je uiterlijk vrijdag 26 juni de exportspecificatie hebt', '2026-06-26')])
M('vd11', '2026-06-25 15:55 +0200', DAAN, BAS, 'Exportspecificatie Velocare (v3.2)', """
Hoi Bas,

Namens Femke: in de bijlage de exportspecificatie, met alle tabellen en velden. Laat maar weten welke periode je wilt, dan plannen we de export.

Groet,
Daan
""", cc=[FEMKE])
M('vd12', '2026-07-01 09:48 +0200', BAS, DAAN, None, """
Ontvangen, dank. We willen alles vanaf januari 2021; ik laat weten wanneer het ons uitkomt om de export te draaien.

Bas
""", cc=[FEMKE], reply='vd11', q='tb_en', client='thunderbird', sign=False)
M('vd13', '2026-07-08 17:25 +0200', PIETER, FEMKE, 'Licenties', """
Femke,

Eerlijk gezegd kijken we binnen de groep kritisch naar alle licenties. Bas is intern een eigen planningstool aan het bouwen bovenop ons praktijksysteem, en als dat werkt wil ik weten wat we dan nog van Velocare nodig hebben. Kun je op een rij zetten wat we per module betalen?

Pieter
""", cc=[BAS], sig=[('competitor', 'Bas is intern een eigen planningstool aan het bouwen'),
                   ('churn_risk', 'wil ik weten wat we dan nog van Velocare nodig hebben')])
M('vd14', '2026-07-09 09:30 +0200', FEMKE, PIETER, None, """
Beste Pieter,

Dank voor je openheid. Ik zet het overzicht per module voor je klaar en kom het graag toelichten, samen met Bas. Dan kunnen we ook kijken waar onze planning en zijn tool elkaar raken. Ik stuur een uitnodiging.

Groet,
Femke
""", cc=[BAS], reply='vd13', q='outlook_nl')
M('vd15', '2026-07-09 09:45 +0200', FEMKE, [PIETER, BAS], 'Velocare: overzicht modules en planning', """
Toelichting overzicht licenties per module en afstemming met de interne planningstool.
Locatie: Van Dam hoofdkantoor Amersfoort
""", kind='calendar', sign=False, neg='calendar invitation',
  ics=ics_event('vc-vd-review-7@velocare.nl', '20260716T120000Z', '20260716T130000Z', 'Velocare: overzicht modules en planning', FEMKE, [PIETER, BAS], location='Amersfoort'))
M('vd16', '2026-07-10 08:02 +0200', BAS, FEMKE, 'Afgewezen: Velocare: overzicht modules en planning', """
Bas Kuipers heeft deze uitnodiging afgewezen.
""", reply='vd15', kind='calendar', client='thunderbird', sign=False, hdr={'X-Ics-Method': 'REPLY'}, neg='calendar decline (machine-generated reply)',
  ics=ics_event('vc-vd-review-7@velocare.nl', '20260716T120000Z', '20260716T130000Z', 'Velocare: overzicht modules en planning', FEMKE, [BAS], method='REPLY', partstat='DECLINED'))
M('vd17', '2026-07-21 16:40 +0200', FEMKE, PIETER, 'Vervolg gesprek 16 juli', """
Beste Pieter,

Dank voor het gesprek van donderdag. Zoals besproken: de labmodule, de planning en de portal zijn los af te nemen; het overzicht per module zit in de bijlage. Wat zijn voor jullie de volgende stappen?

Groet,
Femke
""")
M('vd18', '2026-08-01 10:12 +0200', PIETER, FEMKE, None, """
Femke,

We hebben het intern besproken. De verlenging per 15 oktober laten we niet zomaar doorlopen. We overwegen om alleen de labmodule aan te houden en de planning zelf te doen met de tool van Bas. Ik hoor graag wat dat voor de prijs betekent.

Pieter
""", reply='vd17', q='outlook_nl', sig=[('renewal', 'De verlenging per 15 oktober laten we niet zomaar doorlopen'),
                                        ('churn_risk', 'We overwegen om alleen de labmodule aan te houden'),
                                        ('pricing', 'wat dat voor de prijs betekent')])
M('vd19', '2026-08-04 10:05 +0200', FEMKE, PIETER, None, """
Beste Pieter,

Dank, helder. Ik werk twee scenario's uit: alleen de labmodule, en labmodule plus planning met een korting die het verschil met een eigen tool klein maakt. Ik kom er voor 21 augustus bij je op terug.

Groet,
Femke
""", reply='vd18', q='outlook_nl', sig=[('commitment', 'Ik kom er voor 21 augustus bij je op terug', '2026-08-20')])
M('vd20', '2026-07-30 20:14 +0200', LINDA, FEMKE, 'Even iets persoonlijks', """
Hoi Femke,

Even los van het werk: mijn nicht Roos solliciteert bij jullie in Utrecht op de vacature voor supportmedewerker. Ik heb gezegd dat ze mij als referentie mag opgeven, ik heb drie jaar met haar gewerkt bij de kliniek. Als je iemand bij HR kent, zou je een goed woordje kunnen doen?

Liefs,
Linda
""", kind='personal', client='iphone', sign=False, neg='personal mail: a job reference, nothing about the account')
M('vd21', '2026-08-18 06:30 +0200', BILLING, LINDA, 'Betalingsherinnering factuur VEL-2026-07-0921', """
Geachte relatie,

Volgens onze administratie is factuur VEL-2026-07-0921 (EUR 5.666,67, vervaldatum 4 augustus 2026) nog niet voldaan. Heeft u de betaling al verricht, dan kunt u deze herinnering als niet verzonden beschouwen.

Velocare Clinical Systems B.V. - Debiteurenadministratie
""", client='system', kind='bill', sign=False, neg='automatic payment reminder from billing')
M('vd22', '2026-08-20 16:50 +0200', FEMKE, PIETER, 'Twee scenario\'s verlenging', """
Beste Pieter,

Zoals beloofd de twee scenario's. A: alleen de labmodule, EUR 29.000 per jaar. B: labmodule plus planning, EUR 52.000 per jaar (nu 68.000), vastgezet voor twee jaar. Ik licht het graag toe.

Groet,
Femke
""", reply='vd19', q='outlook_nl', neg='vendor-written renewal proposal with vendor prices; fulfils the 21 August commitment')
M('vd23', '2026-08-24 09:00 +0200', SALES, PIETER, 'Uw Velocare-overeenkomst wordt op 15 oktober verlengd', """
Beste heer Van Dam,

Uw overeenkomst met Velocare wordt op 15 oktober 2026 stilzwijgend verlengd voor twaalf maanden. Opzeggen of wijzigen kan tot 15 september 2026 via uw accountmanager.

Met vriendelijke groet,
Velocare Renewals
""", client='hubspot', kind='reminder', sign=False, neg='vendor-written automatic renewal notice')
M('vd24', '2026-08-27 11:19 +0200', BAS, SUPPORT, 'API-sleutel leesrechten alle vestigingen', """
Hallo,

Graag een API-sleutel met alleen leesrechten voor alle elf vestigingen, geldig tot eind dit jaar. We hebben hem nodig voor de migratie van de afsprakenhistorie.

Bas Kuipers
""", client='thunderbird', sig=[('churn_risk', 'voor de migratie van de afsprakenhistorie')])
M('vd25', '2026-08-27 11:20 +0200', SUPPORT, BAS, '[Velocare #49302] API-sleutel leesrechten alle vestigingen', """
Beste Bas Kuipers,

Uw melding is geregistreerd onder ticketnummer #49302 (prioriteit: normaal). U ontvangt binnen 4 werkuren een reactie.

Velocare Support
""", reply='vd24', client='system', kind='ticket', sign=False, neg='ticket acknowledgement generated by the support system')

alert('competitor_mention', 'high', '2026-07-08', ['vd13'], 'The IT manager is building an in-house planning tool to replace Velocare planning')
alert('churn_risk', 'high', '2026-07-08', ['vd13'], 'Director questions what they still need from Velocare')
alert('renewal_at_risk', 'high', '2026-08-01', ['vd13', 'vd18'], 'Renewal 15 Oct will not roll over; considering keeping only the lab module (ARR 68k -> ~29k)')
alert('unanswered_customer_message', 'medium', '2026-08-31', ['vd24', 'vd25'], 'API key request of Thu 27 Aug has only the ticket acknowledgement after 2 business days')
alert('churn_risk', 'high', '2026-08-27', ['vd24'], 'API key requested "for the migration" of appointment history: the move is under way')


# ======================================================================== 3 Kempenland (BE-Flemish private clinics, champion departed)
KP = 'mckempenland.be'
KATRIEN, TOM, HILDE, GRIET = f'katrien.vanaerschot@{KP}', f'tom.verhaegen@{KP}', f'hilde.wuyts@{KP}', f'griet.janssens@{KP}'
POSTMASTER_KP = f'postmaster@{KP}'
account('kp', 'Medisch Centrum Kempenland', 'medisch-centrum-kempenland.mbox', [KP], FEMKE, 185000, '2026-11-20', 'enterprise',
        'champion_departed_no_successor', {
            KATRIEN: ('Katrien Van Aerschot', 'Diensthoofd klinisch labo (vertrokken eind juni)', 'left'),
            TOM: ('Tom Verhaegen', 'Laboratoriumtechnoloog', 'active'),
            HILDE: ('dr. Hilde Wuyts', 'Medisch directeur', 'new'),
            GRIET: ('Griet Janssens', 'Dienst aankoop', 'active'),
        }, lang='nl', health='at_risk')
person(KATRIEN, 'Katrien Van Aerschot', 'Katrien Van Aerschot\nDiensthoofd Klinisch Laboratorium\nMedisch Centrum Kempenland - campus Geel\nT +32 14 57 20 00')
person(TOM, 'Tom Verhaegen', 'Tom Verhaegen\nLabotechnoloog - MC Kempenland')
person(HILDE, 'Hilde Wuyts', 'dr. Hilde Wuyts\nMedisch directeur\nMedisch Centrum Kempenland\n\nDe informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.')
person(GRIET, 'Griet Janssens', 'Griet Janssens\nDienst Aankoop | MC Kempenland vzw\nBTW BE 0412.345.678')
person(POSTMASTER_KP, 'Mail Delivery System')
use('kp')
M('kp01', '2026-05-06 10:14 +0200', KATRIEN, FEMKE, 'Kwartaaloverleg Q2', """
Dag Femke,

Voor het kwartaaloverleg: de koppeling met ons EPD loopt stabiel, de doorlooptijd op de spoed is met 20 minuten gezakt. Punten voor de agenda: de nieuwe analysers in Turnhout en de rapportage voor de accreditatie.

Groeten,
Katrien
""", client='notes')
M('kp02', '2026-05-07 09:02 +0200', FEMKE, KATRIEN, None, """
Dag Katrien,

Mooie cijfers! Ik neem beide punten op. Ik stuur zo een uitnodiging voor dinsdag 12 mei in Geel.

Groet,
Femke
""", reply='kp01', q='notes_nl')
M('kp03', '2026-05-07 09:05 +0200', FEMKE, [KATRIEN, TOM], 'Kwartaaloverleg Velocare - MC Kempenland', """
Kwartaaloverleg Q2: analysers Turnhout, accreditatierapportage, roadmap.
Locatie: campus Geel, vergaderzaal 2
""", kind='calendar', sign=False, neg='calendar invitation',
  ics=ics_event('vc-kp-qbr-q2@velocare.nl', '20260512T080000Z', '20260512T100000Z', 'Kwartaaloverleg Velocare - MC Kempenland', FEMKE, [KATRIEN, TOM], location='Geel'))
M('kp04', '2026-05-07 11:40 +0200', KATRIEN, FEMKE, 'Aanvaard: Kwartaaloverleg Velocare - MC Kempenland', """
Katrien Van Aerschot heeft aanvaard.
""", reply='kp03', client='notes', kind='calendar', sign=False, hdr={'X-Ics-Method': 'REPLY'}, neg='calendar acceptance (Lotus Notes)',
  ics=ics_event('vc-kp-qbr-q2@velocare.nl', '20260512T080000Z', '20260512T100000Z', 'Kwartaaloverleg Velocare - MC Kempenland', FEMKE, [KATRIEN], method='REPLY', partstat='ACCEPTED'))
M('kp07', '2026-05-28 15:22 +0200', KATRIEN, FEMKE, 'Doorgestuurd: Indexering softwarecontracten 2026 - advies BVKB', """
Femke, ter info - dit kreeg ik van de beroepsvereniging. Geen actie nodig, gewoon zodat je weet wat er rondgaat.
K.
""", client='notes', sign=False, fwd=('notes_nl:Katrien Van Aerschot/MCK', 'BVKB secretariaat <info@bvkb-labo.be>', '28-05-2026 14:10',
    'leden@bvkb-labo.be', 'Indexering softwarecontracten 2026 - advies BVKB',
    """Beste leden,

Verschillende leveranciers van laboratoriumsoftware kondigen een indexering van 6 tot 9 procent aan. De BVKB adviseert om bij elke verlenging de prijsherziening te laten motiveren en waar nodig alternatieven te vragen. Een aantal labo's overweegt hun contract op te zeggen of over te schakelen naar een gedeelde oplossing via het ziekenhuisnetwerk.

Met collegiale groeten,
Het secretariaat"""),
  neg='forwarded professional association bulletin (Lotus Notes forward marker); price indexing and cancellation wording is generic, not about Velocare')
M('kp08', '2026-06-10 11:51 +0200', KATRIEN, FEMKE, 'Persoonlijk bericht', """
Dag Femke,

Ik wil het je liever zelf laten weten: ik verlaat MC Kempenland eind juni en begin op 1 juli in het UZA. Wie het Velocare-dossier overneemt is nog niet beslist; de directie is daar nog mee bezig.
Het was fijn samenwerken.

Groeten,
Katrien
""", client='notes')
M('kp09', '2026-06-11 08:45 +0200', FEMKE, KATRIEN, None, """
Dag Katrien,

Jammer, maar proficiat met de nieuwe job! Kun je me voor je vertrek voorstellen aan de persoon die het overneemt, of me zeggen bij wie ik in de tussentijd terechtkan?

Groet,
Femke
""", reply='kp08', q='notes_nl')
M('kp10', '2026-06-12 16:20 +0200', KATRIEN, FEMKE, 'Antw: Persoonlijk bericht', """
Ik vraag het na bij de directie en laat het je weten. Voor technische zaken kan je altijd bij Tom terecht.
K.
""", reply='kp09', irt=False, q='notes_nl', client='notes', sign=False)
M('kp11', '2026-07-02 10:30 +0200', FEMKE, KATRIEN, 'Opvolging Velocare-dossier', """
Dag Katrien,

Is er intussen al nieuws over wie het Velocare-dossier overneemt?

Groet,
Femke
""")
M('kp12', '2026-07-02 10:31 +0200', KATRIEN, FEMKE, 'Afwezig: Opvolging Velocare-dossier', """
Katrien Van Aerschot is niet langer werkzaam bij Medisch Centrum Kempenland. Uw bericht wordt niet doorgestuurd. Voor het klinisch labo kan u terecht op labo@mckempenland.be.
""", reply='kp11', client='notes', kind='auto', sign=False)
M('kp13', '2026-07-09 08:20 +0200', TOM, SUPPORT, 'Cobas Turnhout stuurt geen resultaten door', """
Hallo,

Sinds gisteren komen de resultaten van de nieuwe cobas in Turnhout niet meer door in Velocare. De staalnummers worden wel herkend. Kunnen jullie eens kijken?

Tom
""", client='notes')
M('kp14', '2026-07-09 08:21 +0200', SUPPORT, TOM, '[Velocare #48890] Cobas Turnhout stuurt geen resultaten door', """
Beste Tom Verhaegen,

Uw melding is geregistreerd onder ticketnummer #48890 (prioriteit: hoog). Wij reageren binnen 2 werkuren.

Velocare Support
""", reply='kp13', client='system', kind='ticket', sign=False, neg='ticket acknowledgement generated by the support system')
M('kp15', '2026-07-09 10:05 +0200', DAAN, TOM, None, """
Dag Tom,

De middleware in Turnhout gebruikte nog de oude poort na de vervanging van de analyser. Aangepast; de resultaten van gisteren zijn nagestuurd. Kan je bevestigen?

Groet,
Daan
""", reply='kp13', q='notes_nl')
M('kp16', '2026-07-09 11:12 +0200', TOM, DAAN, 'Antw: Cobas Turnhout stuurt geen resultaten door', """
Merci, alles komt terug door.
""", reply='kp15', irt=False, q='notes_nl', client='notes', sign=False)
M('kp17', '2026-07-20 13:34 +0200', FEMKE, TOM, 'Aanspreekpunt Velocare', """
Dag Tom,

Sinds het vertrek van Katrien weet ik niet goed wie bij jullie het aanspreekpunt is voor Velocare, en de verlenging in november komt eraan. Weet jij bij wie ik terechtkan?

Groet,
Femke
""")
M('kp18', '2026-07-22 15:47 +0200', TOM, FEMKE, 'Antw: Aanspreekpunt Velocare', """
Dag Femke, eerlijk gezegd geen idee, dat wordt boven mijn hoofd beslist. Er komt een nieuwe medisch directeur in augustus, misschien dat die het oppakt.
Tom
""", reply='kp17', irt=False, q='notes_nl', client='notes', sign=False)
M('kp19', '2026-07-28 09:10 +0200', FEMKE, KATRIEN, 'Voorbereiding verlenging november', """
Dag Katrien,

Voor de zekerheid nog eens via dit adres: ik bereid de verlenging van november voor. Kan jij of je opvolger de gebruikscijfers per campus bevestigen?

Groet,
Femke
""")
M('kp20', '2026-07-28 09:11 +0200', POSTMASTER_KP, FEMKE, 'Onbestelbaar: Voorbereiding verlenging november', """
Uw bericht kon niet worden afgeleverd bij de volgende ontvanger:

katrien.vanaerschot@mckempenland.be
550 5.1.1 User unknown - mailbox does not exist

Dit is een automatisch gegenereerd bericht.
""", reply='kp19', client='mta', kind='bounce', sign=False)
M('kp21', '2026-08-05 11:02 +0200', HILDE, FEMKE, 'Kennismaking en contract Velocare', """
Geachte mevrouw De Wit,

Sinds 1 augustus ben ik als medisch directeur verantwoordelijk voor de labo's van MC Kempenland. Voor de verlenging in november wil ik eerst een overzicht van het gebruik en de kosten per campus; ik heb de indruk dat we licenties betalen voor de campus Mol, die nauwelijks gebruikt worden.
Kunnen we begin september samenzitten? Graag een voorstel van data.

Met vriendelijke groeten,
dr. Hilde Wuyts
""", cc=[GRIET], sig=[('renewal', 'Voor de verlenging in november wil ik eerst een overzicht van het gebruik en de kosten per campus'),
                     ('pricing', 'ik heb de indruk dat we licenties betalen voor de campus Mol, die nauwelijks gebruikt worden')])
M('kp22', '2026-08-05 11:03 +0200', FEMKE, HILDE, 'Automatisch antwoord: Kennismaking en contract Velocare', """
Bedankt voor uw bericht. Ik ben met vakantie tot en met 21 augustus en heb beperkt toegang tot mijn mail. Voor dringende vragen kunt u terecht bij support@velocare.nl.

Femke de Wit
""", reply='kp21', kind='auto', sign=False, neg='vendor out-of-office auto-reply (not a vendor answer; the customer message stays unanswered)')
M('kp23', '2026-08-11 06:30 +0200', BILLING, GRIET, 'Factuur VEL-2026-08-0412 - MC Kempenland vzw (PO 4500-2291)', """
Geachte heer/mevrouw,

In bijlage vindt u factuur VEL-2026-08-0412 voor augustus 2026.
Bedrag: EUR 15.416,67 excl. btw (btw verlegd)
PO-nummer: 4500-2291
Vervaldatum: 10 september 2026

Velocare Clinical Systems B.V.
""", client='system', kind='bill', sign=False, neg='automatic e-invoice')
M('kp24', '2026-08-12 09:14 +0200', GRIET, BILLING, None, """
Goeiemorgen, factuur goed ontvangen, PO-nummer klopt. Wordt betaald op de eerstvolgende betaalrun.
Griet
""", reply='kp23', q='outlook_nl', neg='procurement confirms receipt of an invoice; routine billing, no signal')
M('kp25', '2026-08-20 07:00 +0200', MARKETING, TOM, 'Webinar 3 september: accreditatie ISO 15189:2022 met Velocare', """
Beste Tom,

Schrijf je in voor ons webinar over de overgang naar ISO 15189:2022. Onze experts tonen hoe Velocare de audit trail, de kalibraties en de niet-conformiteiten bijhoudt. Inschrijven is gratis.

Tot dan!
Het Velocare-team
""", client='hubspot', kind='newsletter', sign=False, neg='vendor marketing webinar invitation')
alert('contact_departed', 'high', '2026-06-10', ['kp08'], 'Champion Katrien Van Aerschot leaves end of June; no successor named (her auto-reply of 2 July confirms it)')
alert('contact_bounced', 'medium', '2026-07-28', ['kp20'], 'Mail to the former champion bounces (550 user unknown)')
alert('single_threaded', 'medium', '2026-07-22', ['kp17', 'kp18'], 'After the champion left only a junior lab technologist answers; he does not know who owns Velocare')
alert('unanswered_customer_message', 'high', '2026-08-07', ['kp21', 'kp22'], 'New medical director asks for usage/cost overview and meeting dates; only the AM out-of-office answered')
alert('new_senior_contact_not_engaged', 'high', '2026-08-10', ['kp21'], 'dr. Hilde Wuyts (medical director, decides the renewal) wrote on 5 Aug; no vendor human contact by as_of')
alert('renewal_at_risk', 'high', '2026-08-10', ['kp08', 'kp21'], 'Renewal 20 Nov (81 days): champion gone, new director questions licences for campus Mol, no engagement')


# ======================================================================== 4 Grupo Dental Mediterráneo (ES dental, renewal at risk after budget cut)
GD = 'grupodentalmed.es'
JORDI, MARTA, NURIA = f'jordi.ferrer@{GD}', f'marta.llorens@{GD}', f'nuria.sempere@{GD}'
account('gd', 'Grupo Dental Mediterráneo', 'grupo-dental-mediterraneo.mbox', [GD], LUCIA, 38500, '2026-09-30', 'mid',
        'renewal_at_risk_budget_cut', {
            JORDI: ('Dr. Jordi Ferrer', 'Director médico', 'active'),
            MARTA: ('Marta Llorens', 'Directora financiera', 'active'),
            NURIA: ('Nuria Sempere', 'Coordinadora de clínicas', 'active'),
        }, lang='es', health='at_risk')
person(JORDI, 'Jordi Ferrer', 'Dr. Jordi Ferrer\nDirector Médico · Grupo Dental Mediterráneo\nValencia · Alicante · Castellón')
person(MARTA, 'Marta Llorens', 'Marta Llorens Vidal\nDirectora Financiera\nGrupo Dental Mediterráneo S.L.\n\nEste mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. '
       'Si lo ha recibido por error, le rogamos que lo comunique al remitente y proceda a su eliminación. En cumplimiento del RGPD, le informamos de que sus datos forman parte de un fichero responsabilidad de Grupo Dental Mediterráneo S.L.')
person(NURIA, 'Nuria Sempere', 'Nuria Sempere\nCoordinación de clínicas · GDM')
use('gd')
M('gd01', '2026-05-05 10:22 +0200', NURIA, LUCIA, 'Formación personal nuevo', """
Hola Lucía!

En mayo entran cinco recepcionistas nuevas entre Alicante y Castellón. ¿Podríais hacerles una formación online de la agenda y del seguimiento de prótesis con el laboratorio?

Gracias guapa,
Nuria
""", client='gmail')
M('gd02', '2026-05-05 12:48 +0200', LUCIA, NURIA, None, """
¡Hola Nuria!

Claro que sí. Propongo el jueves 14 de mayo a las 16:00, hora y media. Te envío la invitación mañana por la mañana.

Un abrazo,
Lucía
""", reply='gd01', q='gmail_es', client='gmail', sig=[('commitment', 'Te envío la invitación mañana por la mañana', '2026-05-06')])
M('gd03', '2026-05-06 09:10 +0200', LUCIA, [NURIA], 'Formación Velocare: agenda y prótesis', """
Formación online para el personal de recepción nuevo.
Enlace de Teams en la invitación.
""", kind='calendar', sign=False, neg='calendar invitation',
  ics=ics_event('vc-gd-formacion-0514@velocare.com', '20260514T140000Z', '20260514T153000Z', 'Formación Velocare: agenda y prótesis', LUCIA, [NURIA]))
M('gd04', '2026-05-06 09:32 +0200', NURIA, LUCIA, 'Aceptado: Formación Velocare: agenda y prótesis', """
Nuria Sempere ha aceptado esta invitación.
""", reply='gd03', client='gmail', kind='calendar', sign=False, hdr={'X-Ics-Method': 'REPLY'}, neg='calendar acceptance',
  ics=ics_event('vc-gd-formacion-0514@velocare.com', '20260514T140000Z', '20260514T153000Z', 'Formación Velocare: agenda y prótesis', LUCIA, [NURIA], method='REPLY', partstat='ACCEPTED'))
M('gd06', '2026-05-27 08:00 +0200', MARKETING, JORDI, 'Novedades Velocare · mayo 2026', """
Novedades Velocare - mayo 2026

- Nuevo módulo de recordatorios por WhatsApp: reduce las citas perdidas hasta un 30 %.
- Precio especial de lanzamiento para clientes actuales hasta el 30 de junio.
- Caso de éxito: cómo una cadena de clínicas dentales de Sevilla dejó atrás las hojas de cálculo.

Si no desea recibir más comunicaciones, puede darse de baja aquí.
""", client='hubspot', kind='newsletter', sign=False, neg='vendor newsletter with vendor pricing/promotion')
M('gd07', '2026-06-09 18:40 +0200', MARTA, LUCIA, 'Condiciones del contrato', """
Buenas tardes Lucía:

Te escribo porque el consejo de administración ha aprobado un recorte presupuestario del 20 % en gastos de software para el segundo semestre. Necesito que revisemos las condiciones del contrato antes de la renovación de septiembre; con el importe actual no me cuadran los números.

Quedo a la espera de tu propuesta.

Un saludo,
Marta
""", cc=[JORDI], sig=[('pricing', 'recorte presupuestario del 20 % en gastos de software'),
                     ('renewal', 'Necesito que revisemos las condiciones del contrato antes de la renovación de septiembre')])
M('gd08', '2026-06-10 10:15 +0200', LUCIA, MARTA, None, """
Hola Marta:

Gracias por avisar con tiempo, lo entiendo perfectamente. Lo reviso con mi dirección y te enviaré una propuesta revisada antes del 15 de julio, con un par de opciones para ajustar el importe sin perder la agenda ni el módulo de prótesis.

Un saludo,
Lucía
""", cc=[JORDI], reply='gd07', q='outlook_es', sig=[('commitment', 'te enviaré una propuesta revisada antes del 15 de julio', '2026-07-14')])
M('gd09', '2026-06-22 22:17 +0200', JORDI, LUCIA, 'Fwd: Informe sectorial clínicas dentales 2026', """
Lucía, por si te interesa el informe de la asociación. En la página 12 hablan de software de gestión.
Jordi
""", client='gmail', sign=False, fwd=('gmail_es', 'Asociación de Clínicas Dentales <boletin@acd-clinicas.es>', 'lun, 22 jun 2026 a las 9:00',
    'Socios ACD', 'Informe sectorial clínicas dentales 2026', """INFORME SECTORIAL 2026 - RESUMEN

El 38 % de las clínicas encuestadas ha cambiado de proveedor de software en los últimos dos años, principalmente por precio. Los proveedores con más crecimiento son Dentalink, Gesden y Clinic Cloud. Las tarifas medias de higiene dental han subido un 7 % y los gerentes prevén recortes en tecnología si la facturación no se recupera."""),
  neg='forwarded association report (Gmail forward marker): switching, competitors and prices are market statistics, not this customer')
M('gd10', '2026-06-30 06:30 +0200', BILLING, MARTA, 'Factura VEL-2026-06-0877 - Grupo Dental Mediterráneo S.L.', """
Estimado cliente:

Le adjuntamos la factura VEL-2026-06-0877 correspondiente al trimestre julio-septiembre 2026.
Importe: 9.625,00 EUR (IVA no incluido; inversión del sujeto pasivo)
Vencimiento: 30 de julio de 2026

Velocare Clinical Systems B.V.
""", client='system', kind='bill', sign=False, neg='automatic e-invoice')
M('gd11', '2026-07-03 14:02 +0200', NURIA, LUCIA, 'cena viernes', """
Lucía!! ¿Te vienes el viernes a la cena del grupo de pádel? Es en el Bar Ricardo a las 21:30. Dime algo y reservo.
""", client='gmail', kind='personal', sign=False, neg='personal mail between friends: a padel group dinner')
M('gd13', '2026-07-08 11:26 +0200', JORDI, SUPPORT, 'Nuevas tarifas en el portal de citas', """
Hola:

Hemos actualizado nuestras tarifas a partir del 1 de septiembre: la limpieza pasa a 60 €, el blanqueamiento a 280 € y la primera visita sigue siendo gratuita. ¿Podéis cargar la nueva lista de precios en el portal de citas online? Os la adjunto en Excel.

Gracias,
Jordi Ferrer
""", neg="the customer's OWN treatment prices; not a pricing signal about Velocare")
M('gd14', '2026-07-09 09:44 +0200', JAVIER, JORDI, None, """
Hola Jordi:

Lista de precios cargada; se publicará automáticamente el 1 de septiembre. Puedes comprobarlo en la vista previa del portal.

Saludos,
Javier
""", reply='gd13', q='outlook_es')
M('gd15', '2026-07-21 17:55 +0200', MARTA, LUCIA, 'RE: Condiciones del contrato', """
Lucía, seguimos esperando la propuesta que nos comentaste para el 15 de julio. Necesito llevarla al consejo a finales de mes.

Marta
""", reply='gd08', q='outlook_es', sign=False)
M('gd16', '2026-07-21 17:56 +0200', LUCIA, MARTA, 'Respuesta automática: RE: Condiciones del contrato', """
Gracias por tu mensaje. Estoy de vacaciones hasta el 10 de agosto con acceso limitado al correo. Para temas urgentes, escribe a sales@velocare.com.

Lucía Ortega
""", reply='gd15', kind='auto', sign=False, neg='vendor out-of-office auto-reply')
M('gd17', '2026-08-11 12:37 +0200', JORDI, LUCIA, 'Renovación', """
Lucía, buenos días.

Te escribo con copia a Marta. Dentalink nos ha presentado una oferta bastante más barata y con la misma funcionalidad de agenda. Seguimos sin vuestra propuesta, y si no tenemos noticias vuestras esta semana, la dirección va a optar por no renovar en septiembre.

Jordi
""", cc=[MARTA], client='gmail', sig=[('competitor', 'Dentalink nos ha presentado una oferta bastante más barata'),
                                      ('churn_risk', 'la dirección va a optar por no renovar en septiembre')])
M('gd18', '2026-08-12 08:20 +0200', LUCIA, JORDI, None, """
Jordi, Marta:

Tenéis toda la razón y os pido disculpas: la propuesta tenía que haber salido antes de mis vacaciones y no fue así. Os la mando el viernes 14 sin falta, con una opción de renovación a dos años con un descuento importante.

Un saludo,
Lucía
""", cc=[MARTA], reply='gd17', q='gmail_es', sig=[('commitment', 'Os la mando el viernes 14 sin falta', '2026-08-14')])
M('gd19', '2026-08-14 13:10 +0200', LUCIA, [MARTA, JORDI], 'Propuesta de renovación 2026-2028', """
Hola Marta, hola Jordi:

Adjunto la propuesta. Opción A: renovación a un año con un 10 % de descuento (34.650 €). Opción B: dos años con un 18 % de descuento (31.570 €/año), con el módulo de WhatsApp incluido sin coste.

Quedo a vuestra disposición para comentarla.

Lucía
""", reply='gd18', q='outlook_es', neg='vendor-written renewal proposal with vendor prices; the quoted older mail repeats the Dentalink / non-renewal words')
M('gd20', '2026-08-20 19:03 +0200', MARTA, LUCIA, 'RE: Propuesta de renovación 2026-2028', """
Gracias Lucía. La revisamos con el consejo el 3 de septiembre; de momento no podemos confirmar la renovación.

Marta
""", reply='gd19', q='outlook_es', sig=[('renewal', 'de momento no podemos confirmar la renovación')])
M('gd21', '2026-08-24 09:00 +0200', SALES, MARTA, 'Su contrato Velocare vence el 30/09/2026', """
Estimada clienta:

Le recordamos que su contrato de suscripción a Velocare vence el 30 de septiembre de 2026. Renueve antes del 15 de septiembre y mantenga sus condiciones actuales sin interrupción del servicio.

Equipo de Renovaciones Velocare
""", client='hubspot', kind='reminder', sign=False, neg='vendor-written automatic renewal reminder')
M('gd22', '2026-08-28 16:12 +0200', NURIA, LUCIA, 'Formación septiembre', """
Lucía, la formación de mayo fue genial, las chicas ya manejan la agenda sin problema. En septiembre entran dos más en Castellón, ¿podemos repetir la formación? 😊
""", client='gmail', sign=False)

alert('renewal_at_risk', 'medium', '2026-06-09', ['gd07'], '20 % software budget cut; CFO wants to renegotiate before the September renewal')
alert('commitment_overdue', 'high', '2026-07-15', ['gd08'], 'Revised proposal promised before 15 July (due 2026-07-14) was not sent; customer chased on 21 July')
alert('unanswered_customer_message', 'high', '2026-07-23', ['gd15', 'gd16'], 'CFO chases the overdue proposal on 21 July; only the AM out-of-office answers until 12 August')
alert('competitor_mention', 'high', '2026-08-11', ['gd17'], 'Dentalink made a cheaper offer')
alert('churn_risk', 'high', '2026-08-11', ['gd17'], 'Management will not renew unless Velocare answers this week')
alert('renewal_at_risk', 'high', '2026-08-20', ['gd17', 'gd20'], 'Renewal 30 Sep (30 days) not confirmed; board decides 3 Sep')


# ======================================================================== 5 Banco de Sangre de Occidente (MX blood bank, advocacy + expansion)
BS = 'bancosangreoccidente.mx'
PATRICIA, RAUL, CLAUDIA, FERNANDO = f'pnavarro@{BS}', f'rmedina@{BS}', f'crios@{BS}', f'fochoa@{BS}'
account('bs', 'Banco de Sangre de Occidente', 'banco-de-sangre-de-occidente.mbox', [BS], LUCIA, 196000, '2027-02-28', 'enterprise',
        'advocacy_expansion', {
            PATRICIA: ('Dra. Patricia Navarro', 'Directora del Banco de Sangre', 'active'),
            RAUL: ('Ing. Raúl Medina', 'Jefe de Sistemas', 'active'),
            CLAUDIA: ('QFB Claudia Ríos', 'Jefa de Fraccionamiento', 'active'),
            FERNANDO: ('Lic. Fernando Ochoa', 'Jefe de Compras', 'active'),
        }, lang='es', health='healthy')
person(PATRICIA, 'Patricia Navarro', 'Dra. Patricia Navarro Cárdenas\nDirectora\nBanco de Sangre de Occidente, A.C. · Guadalajara, Jal.\nTel. 33 3615 4400 ext. 101')
person(RAUL, 'Raúl Medina', 'Ing. Raúl Medina\nJefe de Sistemas · BSO')
person(CLAUDIA, 'Claudia Ríos')
person(FERNANDO, 'Fernando Ochoa', 'Lic. Fernando Ochoa\nCompras | Banco de Sangre de Occidente')
use('bs')
M('bs01', '2026-05-04 09:35 -0600', PATRICIA, LUCIA, 'Arranque trazabilidad hemocomponentes', """
Estimada Lucía:

Quería contarte que el primer mes con la trazabilidad de hemocomponentes fue un éxito: cero unidades sin ubicación en el inventario y el tiempo de liberación bajó casi a la mitad. El equipo está muy contento.
Con gusto les sirvo de referencia con otros bancos de sangre del país.

Saludos cordiales,
Dra. Patricia Navarro
""", sig=[('advocacy', 'Con gusto les sirvo de referencia con otros bancos de sangre del país')])
M('bs02', '2026-05-04 18:02 +0200', LUCIA, PATRICIA, None, """
Estimada Patricia:

¡Qué buena noticia! Muchas gracias por compartirlo y por el ofrecimiento, lo aprovecharemos con mucho gusto.

Un abrazo,
Lucía
""", reply='bs01', q='outlook_es')
M('bs03', '2026-05-12 10:10 +0200', LUCIA, PATRICIA, 'Caso de éxito BSO', """
Patricia, una consulta: ¿les parecería bien que publiquemos un caso de éxito con los resultados del primer mes? Redactamos el texto y ustedes lo revisan antes de publicarlo.

Lucía
""")
M('bs04', '2026-05-12 08:47 -0600', PATRICIA, LUCIA, None, """
Claro que sí, pueden usar nuestro nombre en el caso de éxito. Mándame el borrador y lo reviso con comunicación.

Patricia
""", reply='bs03', q='outlook_es', sign=False, sig=[('advocacy', 'pueden usar nuestro nombre en el caso de éxito')])
M('bs05', '2026-05-20 07:00 -0600', MARKETING, RAUL, 'Novedades Velocare · mayo 2026 (edición Latinoamérica)', """
Novedades Velocare - edición Latinoamérica

- Ya disponible la integración con analizadores de inmunohematología de los principales fabricantes.
- Webinar: cómo cumplir la NOM-253 con trazabilidad electrónica.
- Aproveche el precio preferente para nuevos módulos hasta el 30 de junio.

Para dejar de recibir estos correos, haga clic aquí.
""", client='hubspot', kind='newsletter', sign=False, neg='vendor newsletter with promotional pricing')
M('bs06', '2026-06-03 07:12 -0600', RAUL, SUPPORT, 'URGENTE: etiquetas ISBT 128 con código de producto equivocado', """
Buenos días:

Desde la actualización de anoche las etiquetas ISBT 128 salen con el código de producto equivocado (concentrado plaquetario aparece como plasma). Tenemos detenida la liberación de plaquetas y hay dos hospitales esperando unidades. Necesitamos ayuda de inmediato.

Ing. Raúl Medina
""", cc=[LUCIA, PATRICIA], sig=[('escalation', 'Tenemos detenida la liberación de plaquetas')])
M('bs07', '2026-06-03 07:13 -0600', SUPPORT, RAUL, '[Velocare #48504] URGENTE: etiquetas ISBT 128 con código de producto equivocado', """
Estimado/a Raúl Medina:

Hemos registrado su solicitud con el número #48504 (prioridad: crítica). Un ingeniero se pondrá en contacto con usted en menos de 1 hora.

Soporte Velocare
""", reply='bs06', client='system', kind='ticket', sign=False, neg='ticket acknowledgement generated by the support system')
M('bs08', '2026-06-03 15:40 +0200', JAVIER, RAUL, None, """
Raúl, buenos días:

Ya identificamos la causa: la actualización cargó una versión antigua de la tabla de códigos de producto ISBT para su instancia. Restauramos la tabla correcta; las etiquetas nuevas ya salen con el código correcto. Las 14 unidades etiquetadas esta mañana hay que reimprimirlas; te paso la lista.

Javier Molina
""", cc=[LUCIA, PATRICIA], reply='bs06', q='outlook_es')
M('bs09', '2026-06-03 09:05 -0600', RAUL, JAVIER, None, """
Confirmado, ya salen bien y reimprimimos las 14. Gracias por la rapidez.
""", cc=[LUCIA, PATRICIA], reply='bs08', q='outlook_es', sign=False,
  neg='resolution confirmed; URGENTE / detenida appear only in the quoted older mail')
M('bs10', '2026-06-04 11:30 +0200', LUCIA, RAUL, 'Incidente etiquetas ISBT 128 - seguimiento', """
Raúl, Patricia:

Lamento mucho el incidente de ayer. El informe de causa raíz lo tendrán a más tardar el 12 de junio, junto con las medidas para que no vuelva a ocurrir en futuras actualizaciones.

Lucía
""", cc=[PATRICIA], sig=[('commitment', 'El informe de causa raíz lo tendrán a más tardar el 12 de junio', '2026-06-12')])
M('bs11', '2026-06-11 17:15 +0200', LUCIA, RAUL, None, """
Raúl, Patricia:

Adjunto el informe de causa raíz. En resumen: a partir de ahora cada actualización valida la tabla de códigos ISBT contra la versión de ICCBBA antes de activarse.

Lucía
""", cc=[PATRICIA], reply='bs10', q='outlook_es')
M('bs13', '2026-06-20 22:48 -0600', RAUL, JAVIER, '¿Viste el partido?', """
Javier! ¿Viste a México contra Corea? Qué sufrimiento. Si pasan a octavos voy al Akron, si te animas a venir te guardo boleto jaja
""", client='gmail', kind='personal', sign=False, neg='personal mail about the World Cup between people at customer and vendor')
M('bs14', '2026-06-24 09:00 -0600', CLAUDIA, LUCIA, 'Aceptada: Revisión trimestral BSO - Velocare', """
Claudia Ríos ha aceptado la invitación.
""", kind='calendar', sign=False, hdr={'X-Ics-Method': 'REPLY'}, neg='calendar acceptance',
  ics=ics_event('vc-bs-qbr-q2@velocare.com', '20260630T160000Z', '20260630T170000Z', 'Revisión trimestral BSO - Velocare', LUCIA, [CLAUDIA], method='REPLY', partstat='ACCEPTED'))
M('bs15', '2026-07-06 11:02 -0600', PATRICIA, LUCIA, 'Centros de colecta', """
Lucía:

Después de la revisión trimestral lo platicamos con el patronato: queremos extender la plataforma a nuestros tres centros de colecta (Zapopan, Tlaquepaque y Tonalá) antes de fin de año. Claudia coordinaría el proyecto.
¿Nos puedes preparar una cotización?

Saludos,
Patricia
""", cc=[CLAUDIA, FERNANDO], sig=[('expansion', 'queremos extender la plataforma a nuestros tres centros de colecta')])
M('bs16', '2026-07-07 09:15 +0200', LUCIA, PATRICIA, None, """
Patricia:

¡Excelente! Les comparto la cotización el lunes 13 de julio, con el plan de implementación por centro.

Lucía
""", cc=[CLAUDIA, FERNANDO], reply='bs15', q='outlook_es', sig=[('commitment', 'Les comparto la cotización el lunes 13 de julio', '2026-07-13')])
M('bs17', '2026-07-13 16:30 +0200', LUCIA, [PATRICIA, FERNANDO], 'Cotización centros de colecta', """
Patricia, Fernando:

Adjunto la cotización: 3 centros de colecta con 6 puestos cada uno, USD 14,500 por centro al año, implementación incluida. Vigencia: 60 días.

Saludos,
Lucía
""", cc=[CLAUDIA], reply='bs16', neg='vendor-written quote with vendor prices')
M('bs18', '2026-07-20 12:41 -0600', FERNANDO, LUCIA, 'RE: Cotización centros de colecta', """
Buenas tardes, Lucía.

El precio por centro nos parece alto para puestos que sólo registran donaciones. ¿Hay descuento por volumen si firmamos los tres centros juntos y a dos años?

Saludos,
Fernando Ochoa
""", reply='bs17', q='outlook_es', sig=[('pricing', 'El precio por centro nos parece alto')])
M('bs19', '2026-07-21 10:05 +0200', LUCIA, FERNANDO, None, """
Fernando:

Sí: firmando los tres centros a dos años podemos aplicar un 12 % de descuento. Te adjunto la cotización actualizada.

Saludos,
Lucía
""", reply='bs18', q='outlook_es')
M('bs20', '2026-07-29 13:22 -0600', FERNANDO, LUCIA, None, """
Lucía, autorizado por dirección. Les envío la orden de compra esta semana.

Fernando
""", reply='bs19', q='outlook_es', sign=False, sig=[('expansion', 'autorizado por dirección. Les envío la orden de compra esta semana')])
M('bs21', '2026-08-05 06:30 +0200', BILLING, FERNANDO, 'Factura VEL-2026-08-0133 - Banco de Sangre de Occidente, A.C.', """
Estimado cliente:

Adjuntamos la factura VEL-2026-08-0133 (implementación centros de colecta, 1.ª parte).
Importe: USD 19,140.00
Vencimiento: 4 de septiembre de 2026

Velocare Clinical Systems B.V.
""", client='system', kind='bill', sign=False, neg='automatic e-invoice')
M('bs22', '2026-08-14 10:48 -0600', PATRICIA, LUCIA, 'RV: Programa preliminar Congreso AMMTAC 2026', """
Lucía, ya quedó confirmada nuestra ponencia sobre la trazabilidad con Velocare en el congreso de la AMMTAC, el viernes 9 de octubre. Te comparto el programa. ¿Alguien de ustedes podría acompañarnos?

Patricia
""", sign=False, fwd=('outlook_es', 'Comité Científico AMMTAC [mailto:congreso@ammtac-congreso.mx]', 'jueves, 13 de agosto de 2026 17:02',
    'Navarro Cárdenas, Patricia', 'Programa preliminar Congreso AMMTAC 2026', """Estimada Dra. Navarro:

Le compartimos el programa preliminar. Su ponencia "Trazabilidad electrónica de hemocomponentes: experiencia de un banco de sangre regional" quedó el viernes 9 de octubre a las 11:00.
Expositores confirmados en el área comercial: Velocare, Hemasoft, Grifols, Bio-Rad y otros proveedores de sistemas de gestión."""),
  sig=[('advocacy', 'ya quedó confirmada nuestra ponencia sobre la trazabilidad con Velocare')])
M('bs23', '2026-08-14 20:05 +0200', LUCIA, PATRICIA, None, """
¡Patricia, qué orgullo! Por supuesto, iré yo con alguien de producto. Muchas gracias.

Lucía
""", reply='bs22', q='outlook_es')
M('bs24', '2026-08-10 09:30 +0200', LUCIA, CLAUDIA, 'Arranque Zapopan', """
Claudia, Raúl: ¿confirmamos el arranque de Zapopan para el 21 de septiembre? Necesito el nombre del responsable en sitio.
Lucía
""", cc=[RAUL])
M('bs25', '2026-08-10 01:31 -0600', CLAUDIA, LUCIA, 'Respuesta automática: Arranque Zapopan', """
Estoy de vacaciones hasta el 28 de agosto. Para asuntos urgentes del área de fraccionamiento comunicarse con QFB Laura Sánchez, ext. 214.
""", reply='bs24', kind='auto', sign=False, neg='out-of-office auto-reply')
M('bs26', '2026-08-10 08:50 -0600', RAUL, LUCIA, None, """
Lucía, Claudia está de vacaciones. De sistemas ya está todo listo en Zapopan (red y lectores). El responsable en sitio será el Ing. Daniel Pérez; el 21 de septiembre nos funciona.

Raúl
""", reply='bs24', q='outlook_es')

alert('advocacy', 'low', '2026-05-04', ['bs01'], 'Director offers to be a reference for other blood banks')
alert('advocacy', 'low', '2026-05-12', ['bs04'], 'Agrees to a published case study')
alert('escalation', 'high', '2026-06-03', ['bs06'], 'ISBT 128 labels wrong after update; platelet release stopped. Resolved the same day, RCA delivered 11 June')
alert('expansion_opportunity', 'medium', '2026-07-06', ['bs15'], 'Three collection centres to be added before year end (PO authorised 29 July)')
alert('advocacy', 'low', '2026-08-14', ['bs22'], 'Customer presents its Velocare traceability project at the AMMTAC congress')


# ======================================================================== 6 Whitfield University (US research core, seasonal quiet, healthy)
WU = 'whitfield.edu'
ALAN, KAYLA, DIANE = f'apruitt@{WU}', f'kbrooks@{WU}', f'dholloway@{WU}'
account('wu', 'Whitfield University Microbial Genomics Core', 'whitfield-university.mbox', [WU], MEGAN, 9400, '2026-09-15', 'smb',
        'seasonal_quiet_healthy', {
            ALAN: ('Dr. Alan Pruitt', 'Director, Microbial Genomics Core', 'active'),
            KAYLA: ('Kayla Brooks', 'Lab Manager', 'active'),
            DIANE: ('Diane Holloway', 'Procurement Specialist, Purchasing Services', 'new'),
        }, lang='en', health='healthy')
person(ALAN, 'Alan Pruitt', 'Alan Pruitt, PhD\nDirector, Microbial Genomics Core\nWhitfield University | 214 Harlan Hall, Columbus OH')
person(KAYLA, 'Kayla Brooks', 'Kayla Brooks\nLab Manager, MGC\nWhitfield University')
person(DIANE, 'Diane Holloway', 'Diane Holloway | Procurement Specialist\nPurchasing Services, Whitfield University\n\nCONFIDENTIALITY: This message may contain information protected under FERPA. '
       'Nothing in this email constitutes a commitment or obligation of the University unless issued on an official purchase order.')
use('wu')
M('wu01', '2026-05-04 08:52 -0400', KAYLA, SUPPORT, 'accounts for summer students', """
Hi - need 4 new user accounts (summer REU students), read + sample check-in only. Names in the attached sheet. Thx

Kayla
""", client='gmail', sign=False)
M('wu02', '2026-05-04 08:53 -0400', SUPPORT, KAYLA, '[Velocare #48166] accounts for summer students', """
Hello Kayla Brooks,

Your request has been logged as ticket #48166 (priority: normal). Reply to this email to add information.

Velocare Support
""", reply='wu01', client='system', kind='ticket', sign=False, neg='ticket acknowledgement generated by the support system')
M('wu03', '2026-05-04 10:30 -0400', CAMILLE, KAYLA, None, """
Hi Kayla,

All four accounts are created with the "Student - check-in" role; invitations went out to their whitfield.edu addresses.

Best,
Camille
""", reply='wu01', q='gmail_en')
M('wu04', '2026-05-11 13:15 -0400', MEGAN, ALAN, 'Quick check-in', """
Hi Alan,

Just checking in before the semester wraps up - anything we can help with on the core's side? Happy to set up 20 minutes.

Best,
Megan
""")
M('wu05', '2026-05-12 07:48 -0400', ALAN, MEGAN, None, """
All good, thanks. End of semester chaos. Let's talk in the fall.

AP

Sent from my iPhone
""", reply='wu04', q='apple_en', client='iphone', sign=False)
M('wu06', '2026-05-19 11:00 -0400', MARKETING, ALAN, 'Webinar: Sample tracking for shared research cores', """
Join us on June 4 for a 45-minute webinar on sample tracking for shared research cores: chargebacks, multi-PI projects and freezer audits.

Upgrade to Velocare Research Plus before June 30 and save 20% on your first year.

Unsubscribe | Manage preferences
""", client='hubspot', kind='newsletter', sign=False, neg='vendor marketing webinar with upsell discount')
M('wu07', '2026-05-28 16:20 -0400', ALAN, MEGAN, 'Fwd: ABRF Core Survey 2026 - results', """
FYI - the ABRF survey results are out. Your product folks might like the section on sample tracking.
""", client='thunderbird', sign=False, fwd=('tb_en', 'ABRF News <news@abrf-cores.org>', 'Thu, 28 May 2026 09:00:12 -0400',
    'ABRF Members <members@abrf-cores.org>', 'ABRF Core Survey 2026 - results', """Highlights:
- 31% of cores plan to switch LIMS or sample-tracking vendors in the next 24 months, citing price increases.
- Home-grown spreadsheets remain the most common competitor to commercial tools.
- Median core budget for software fell 6% year over year."""),
  neg='forwarded survey newsletter (Thunderbird forward marker); switching, competitors and prices are about the sector')
M('wu08', '2026-06-08 09:05 -0400', KAYLA, MEGAN, 'Heads up: core closed July 1 - Aug 9', """
Hi Megan,

Heads up: the core is closed July 1 through August 9 (Harlan Hall renovation + summer break). Nobody will be watching the Velocare queue or email. We'll be back Aug 10 and will pick up the renewal paperwork then.

Kayla
""", client='gmail', sign=False)
M('wu10', '2026-07-14 10:00 -0400', MEGAN, ALAN, 'Your Velocare renewal - September 15', """
Hi Alan,

Your Velocare subscription renews on September 15. The renewal price stays at $9,400. When you're back in August, could you let me know who in purchasing should receive the quote?

Best,
Megan
""", cc=[KAYLA], neg='vendor-written renewal reminder sent during the announced closure')
M('wu11', '2026-07-14 10:01 -0400', ALAN, MEGAN, 'Automatic reply: Your Velocare renewal - September 15', """
I am away from the lab until August 10 with limited email access. For urgent core matters please contact mgc-core@whitfield.edu.
""", reply='wu10', kind='auto', sign=False, neg='out-of-office auto-reply')
M('wu12', '2026-07-14 10:02 -0400', KAYLA, MEGAN, 'Out of office: Your Velocare renewal - September 15', """
I'm out of the office until Monday, August 10. The Microbial Genomics Core is closed for renovation.
""", reply='wu10', client='gmail', kind='auto', sign=False, neg='out-of-office auto-reply')
M('wu13', '2026-08-11 09:40 -0400', ALAN, MEGAN, None, """
Hi Megan,

Back now. Yes, we're renewing. I'll route the paperwork through Diane Holloway in purchasing (cc'd); our fiscal year started July 1 so the funds are in place.

Alan
""", cc=[DIANE], reply='wu10', q='outlook_en', sig=[('renewal', "Yes, we're renewing")])
M('wu14', '2026-08-12 11:25 -0400', DIANE, MEGAN, 'Velocare renewal - quote and W-9', """
Good morning Megan,

Please send a quote addressed to Whitfield University (valid 60 days) and your current W-9. Our PO turnaround is about a week.

Thank you,
Diane
""", cc=[ALAN])
M('wu15', '2026-08-12 14:02 -0400', MEGAN, DIANE, None, """
Hi Diane,

Attached are the quote (Q-2026-0815, $9,400, valid through October 11) and our W-9. Once the PO arrives I'll have the countersigned order form back to you by September 4.

Best,
Megan
""", cc=[ALAN], reply='wu14', q='outlook_en', sig=[('commitment', "I'll have the countersigned order form back to you by September 4", '2026-09-04')])
M('wu16', '2026-08-13 10:05 -0400', DIANE, MEGAN, None, """
Megan - PO 4700183 has been issued and is attached. Please reference it on the invoice.

Diane
""", cc=[ALAN], reply='wu15', q='outlook_en')
M('wu18', '2026-08-23 19:22 -0400', ALAN, MEGAN, 'Reference for Priya Raman', """
Megan, off the record and not core business: Priya Raman, who was a tech in my lab for three years, applied for the implementation specialist role on your team. She's excellent - careful, great with PIs. Happy to be a reference if your hiring manager wants to call me.

Alan
""", client='thunderbird', kind='personal', sign=False, neg='personal mail: a job reference for a former employee')
M('wu19', '2026-08-27 10:17 -0400', KAYLA, MEGAN, 'fall cohort', """
Hi Megan, we'd like to add two seats for the fall cohort of grad students - can that go on the renewal or is it a separate order?

Kayla
""", client='gmail', sign=False, sig=[('expansion', "we'd like to add two seats for the fall cohort")])
M('wu20', '2026-08-27 13:40 -0400', MEGAN, KAYLA, None, """
Hi Kayla, easiest is to add them to the renewal - I've updated the quote and sent it to Diane.

Megan
""", reply='wu19', q='gmail_en')
M('wu21', '2026-08-27 14:02 -0400', KAYLA, MEGAN, None, """
perfect, thx!
""", reply='wu20', q='gmail_en', client='gmail', sign=False)

alert('open_commitment', 'low', '2026-08-12', ['wu15'], 'Countersigned order form promised by 2026-09-04 (after as_of)')
alert('expansion_opportunity', 'low', '2026-08-27', ['wu19'], 'Two additional seats for the fall cohort')


# ======================================================================== 7 Laboratoires Médiane (BE-French diagnostics chain, escalation resolved well)
LM = 'labomediane.be'
SOPHIE, OLIVIER, NATHALIE = f'sophie.lambert@{LM}', f'olivier.dubois@{LM}', f'nathalie.renard@{LM}'
account('lm', 'Laboratoires Médiane', 'laboratoires-mediane.mbox', [LM], ETIENNE, 87000, '2027-01-31', 'mid',
        'escalation_resolved_well', {
            SOPHIE: ('Dr Sophie Lambert', 'Directrice des laboratoires', 'active'),
            OLIVIER: ('Olivier Dubois', 'Responsable informatique', 'active'),
            NATHALIE: ('Nathalie Renard', 'Responsable qualité', 'active'),
        }, lang='fr', health='healthy')
person(SOPHIE, 'Sophie Lambert', 'Dr Sophie Lambert\nDirectrice des laboratoires\nLaboratoires Médiane SRL - Liège · Namur · Huy\nGSM +32 475 12 34 56')
person(OLIVIER, 'Olivier Dubois', 'Olivier Dubois\nResponsable IT - Laboratoires Médiane')
person(NATHALIE, 'Nathalie Renard', 'Nathalie Renard\nResponsable qualité | Laboratoires Médiane\n\nCe message et ses annexes sont confidentiels. Si vous n\'en êtes pas le destinataire, merci de le détruire et d\'en avertir l\'expéditeur.')
use('lm')
M('lm01', '2026-05-06 09:18 +0200', OLIVIER, SUPPORT, 'Fenêtre de mise à jour juin', """
Bonjour,

Pouvez-vous me confirmer la fenêtre de la mise à jour de juin ? Nos centres de prélèvement ouvrent le samedi matin, on préfère une intervention le samedi après 14 h.

Merci,
Olivier
""", client='thunderbird')
M('lm02', '2026-05-06 14:25 +0200', CAMILLE, OLIVIER, None, """
Bonjour Olivier,

C'est noté : la mise à jour 7.4 sera déployée chez vous le samedi 6 juin à partir de 14 h, heure de Bruxelles.

Bonne journée,
Camille
""", reply='lm01', q='tb_fr')
M('lm03', '2026-05-13 07:00 +0200', MARKETING, SOPHIE, 'Infolettre Velocare - mai 2026', """
Infolettre Velocare - mai 2026

- Nouveauté : le module Tournées optimise les trajets de vos coursiers entre centres de prélèvement.
- Offre de lancement : -15 % sur les nouvelles licences jusqu'au 30 juin.
- Témoignage : un laboratoire lyonnais réduit ses tubes égarés de 60 %.

Se désabonner
""", client='hubspot', kind='newsletter', sign=False, neg='vendor newsletter with promotional pricing')
M('lm04', '2026-06-22 11:40 +0200', NATHALIE, ETIENNE, 'Audit ISO 15189 - export de la piste d\'audit', """
Bonjour Monsieur Gagnon,

Notre audit ISO 15189 par BELAC aura lieu fin août. Pouvez-vous m'indiquer comment exporter la piste d'audit complète des échantillons (réception, centrifugation, stockage) sur les douze derniers mois ?

Bien à vous,
Nathalie Renard
""")
M('lm05', '2026-06-22 10:05 -0400', ETIENNE, NATHALIE, None, """
Bonjour Madame Renard,

Bien sûr. L'export se fait depuis Rapports > Traçabilité > Piste d'audit ; je vous envoie ci-joint le guide pas à pas. Si vous préférez, Camille peut vous accompagner en visio.

Cordialement,
Étienne
""", reply='lm04', q='outlook_fr')
M('lm06', '2026-06-08 07:48 +0200', OLIVIER, SUPPORT, 'BLOQUANT - lecteurs de codes-barres refusent les tubes', """
Bonjour,

Depuis la mise à jour de samedi, les lecteurs de codes-barres de nos 14 centres de prélèvement refusent les tubes : message « format d'étiquette inconnu ». Les centres ouvrent à 7 h, c'est bloquant. Les techniciennes étiquettent à la main.

Olivier Dubois
GSM 0476 55 44 33
""", cc=[ETIENNE, SOPHIE], client='thunderbird', sign=False, sig=[('escalation', "c'est bloquant")])
M('lm07', '2026-06-08 07:49 +0200', SUPPORT, OLIVIER, '[Velocare #48561] BLOQUANT - lecteurs de codes-barres refusent les tubes', """
Bonjour Olivier Dubois,

Votre demande a été enregistrée sous le numéro #48561 (priorité : critique). Un technicien vous contactera sous 1 heure.

Support Velocare
""", reply='lm06', client='system', kind='ticket', sign=False, neg='ticket acknowledgement generated by the support system')
M('lm08', '2026-06-09 08:15 +0200', SOPHIE, ETIENNE, 'Incident lecteurs - inacceptable', """
Monsieur Gagnon,

C'est inacceptable : cela fait plus de 24 heures que nos centres travaillent avec des étiquettes manuscrites et que nos délais de rendu explosent. J'exige une solution aujourd'hui et un interlocuteur technique dédié jusqu'à la résolution complète.

Dr Sophie Lambert
""", cc=[HENDRIK, OLIVIER], sig=[('escalation', "C'est inacceptable"),
                                 ('escalation', "J'exige une solution aujourd'hui et un interlocuteur technique dédié")])
M('lm09', '2026-06-09 03:02 -0400', ETIENNE, SOPHIE, None, """
Docteure Lambert,

Vous avez entièrement raison et je vous présente nos excuses. La cause est identifiée : la 7.4 a modifié la validation du format Code 128 utilisé par vos lecteurs. Un correctif sera déployé ce soir avant 22 h, heure de Bruxelles, et Camille Roy reste votre interlocutrice technique dédiée jusqu'à la résolution complète.

Étienne Gagnon
""", cc=[HENDRIK, OLIVIER, CAMILLE], reply='lm08', q='outlook_fr', sig=[('commitment', 'Un correctif sera déployé ce soir avant 22 h', '2026-06-09')])
M('lm10', '2026-06-09 21:10 +0200', CAMILLE, OLIVIER, 'RE : Incident lecteurs - inacceptable', """
Bonsoir Olivier,

Le correctif 7.4.1 est déployé sur votre instance. Pouvez-vous faire un test de lecture dans un centre demain à l'ouverture ?

Camille
""", cc=[ETIENNE, SOPHIE], reply='lm09', q='outlook_fr')
M('lm11', '2026-06-10 07:25 +0200', OLIVIER, CAMILLE, None, """
Confirmé : tout fonctionne à nouveau dans les 14 centres, testé à Liège, Namur et Huy. Merci pour la réactivité.
Olivier
""", cc=[ETIENNE, SOPHIE], reply='lm10', q='tb_fr', client='thunderbird', sign=False,
  neg='confirmation that the fix works; the escalation words (inacceptable, bloquant) appear only in the quoted older mail')
M('lm12', '2026-06-11 09:30 -0400', ETIENNE, SOPHIE, 'Incident du 8 juin - suite', """
Docteure Lambert,

Merci à vos équipes pour leur patience. Je vous ferai parvenir l'analyse des causes d'ici le vendredi 19 juin, avec les mesures prises pour les prochaines mises à jour. Nous émettrons aussi une note de crédit correspondant à un mois d'abonnement.

Étienne
""", cc=[HENDRIK], sig=[('commitment', "Je vous ferai parvenir l'analyse des causes d'ici le vendredi 19 juin", '2026-06-19')])
M('lm13', '2026-06-18 11:00 -0400', ETIENNE, SOPHIE, None, """
Docteure Lambert,

Voici l'analyse des causes. En résumé : chaque mise à jour sera désormais testée sur un lecteur de chaque modèle utilisé par nos clients belges avant déploiement, et les déploiements du samedi auront un technicien de garde.

Étienne
""", cc=[HENDRIK, OLIVIER], reply='lm12', q='outlook_fr')
M('lm14', '2026-06-19 06:30 +0200', BILLING, SOPHIE, 'Note de crédit VEL-CN-2026-0061 - Laboratoires Médiane SRL', """
Madame, Monsieur,

Vous trouverez ci-joint la note de crédit VEL-CN-2026-0061 d'un montant de 7.250,00 EUR HTVA, qui sera déduite de votre prochaine facture.

Velocare Clinical Systems B.V.
""", client='system', kind='bill', sign=False, neg='automatic credit note from billing; no customer pricing signal')
M('lm15', '2026-07-02 16:45 +0200', SOPHIE, ETIENNE, 'Merci', """
Monsieur Gagnon,

Je tiens à vous remercier pour la gestion de l'incident de juin : réactivité, transparence, et l'analyse est exemplaire. Si un confrère vous demande une référence, donnez-lui mon numéro sans hésiter.

Bien à vous,
Sophie Lambert
""", sig=[('advocacy', 'Si un confrère vous demande une référence, donnez-lui mon numéro')])
M('lm17', '2026-07-13 10:12 +0200', OLIVIER, ETIENNE, 'TR: Communiqué - Médiane ouvre deux centres à Dinant et Ciney', """
Pour info, notre communiqué de presse. Rien à faire de votre côté pour l'instant : les deux centres reprennent des postes existants, pas besoin de nouvelles licences.

Olivier
""", client='thunderbird', sign=False, fwd=('tb_fr', 'Communication Médiane <communication@labomediane.be>', '13/07/2026 09:30',
    'presse@labomediane.be', 'Communiqué - Médiane ouvre deux centres à Dinant et Ciney', """Liège, le 13 juillet 2026 - Les Laboratoires Médiane ouvrent en septembre deux nouveaux centres de prélèvement à Dinant et Ciney. Le réseau compte désormais seize centres en Wallonie."""),
  neg='forwarded press release (Thunderbird forward marker); the customer says explicitly that no new licences are needed')
M('lm18', '2026-07-20 09:00 -0400', MARKETING, SOPHIE, 'Votre avis compte : sondage de satisfaction Velocare', """
Bonjour,

Aidez-nous à améliorer Velocare en répondant à notre sondage de satisfaction (3 minutes). Un tirage au sort fera gagner une inscription au congrès de votre choix.

L'équipe Velocare
""", client='hubspot', kind='newsletter', sign=False, neg='vendor marketing survey')
M('lm19', '2026-07-20 15:01 +0200', SOPHIE, MARKETING, 'Réponse automatique : Votre avis compte : sondage de satisfaction Velocare', """
Je suis en congé jusqu'au lundi 10 août. Pour toute urgence, veuillez contacter le secrétariat de direction au 04 232 11 00.
""", reply='lm18', kind='auto', sign=False, neg='out-of-office auto-reply')
M('lm20', '2026-08-17 14:06 +0200', NATHALIE, ETIENNE, 'Audit BELAC terminé', """
Bonjour Monsieur Gagnon,

Pour votre information, l'audit s'est bien passé ; l'auditeur a particulièrement apprécié la traçabilité des échantillons. Merci pour le guide.

Bien à vous,
Nathalie Renard
""")
M('lm22', '2026-08-25 10:00 -0400', ETIENNE, [SOPHIE, OLIVIER, NATHALIE], 'Revue trimestrielle Médiane - Velocare', """
Revue trimestrielle : bilan de l'incident de juin, nouveaux centres de Dinant et Ciney, feuille de route 2027.
Visio Teams.
""", kind='calendar', sign=False, neg='calendar invitation',
  ics=ics_event('vc-lm-qbr-q3@velocare.com', '20260908T080000Z', '20260908T090000Z', 'Revue trimestrielle Médiane - Velocare', ETIENNE, [SOPHIE, OLIVIER, NATHALIE]))
M('lm23', '2026-08-25 17:12 +0200', SOPHIE, ETIENNE, 'Accepté: Revue trimestrielle Médiane - Velocare', """
Sophie Lambert a accepté votre invitation.
""", reply='lm22', kind='calendar', sign=False, hdr={'X-Ics-Method': 'REPLY'}, neg='calendar acceptance',
  ics=ics_event('vc-lm-qbr-q3@velocare.com', '20260908T080000Z', '20260908T090000Z', 'Revue trimestrielle Médiane - Velocare', ETIENNE, [SOPHIE], method='REPLY', partstat='ACCEPTED'))
M('lm24', '2026-08-26 08:40 +0200', SOPHIE, ETIENNE, 'Revue du 8 septembre', """
Monsieur Gagnon,

Pour la revue du 8 septembre, j'aimerais ajouter un point sur l'ouverture de Dinant et Ciney : Olivier vous enverra la liste des postes qui y seront déplacés.

Bien à vous,
Sophie Lambert
""")
M('lm25', '2026-08-26 07:15 -0400', ETIENNE, SOPHIE, None, """
Bonjour Docteure Lambert, c'est ajouté à l'ordre du jour. À mardi le 8!
Étienne
""", reply='lm24', q='outlook_fr')

alert('escalation', 'high', '2026-06-08', ['lm06'], 'Barcode readers in 14 collection centres reject tubes after the update (blocking)')
alert('escalation', 'high', '2026-06-09', ['lm08'], 'Director calls it unacceptable and escalates to the VP; fixed 9 June, confirmed 10 June, RCA + credit note delivered')
alert('advocacy', 'low', '2026-07-02', ['lm15'], 'Director offers to be a reference after the incident handling')


# ======================================================================== 8 Clinique Fertilia (QC fertility group, contact on leave, healthy)
CF = 'cliniquefertilia.ca'
GENEVIEVE, ISABELLE, MARCANDRE, JULIE = f'gtremblay@{CF}', f'icote@{CF}', f'mapelletier@{CF}', f'jbouchard@{CF}'
account('cf', 'Clinique Fertilia', 'clinique-fertilia.mbox', [CF], ETIENNE, 72000, '2027-04-30', 'mid',
        'contact_on_leave_healthy', {
            GENEVIEVE: ('Dre Geneviève Tremblay', 'Directrice médicale', 'active'),
            ISABELLE: ("Isabelle Côté", "Coordonnatrice du laboratoire d'embryologie (congé parental jusqu'au 5 octobre 2026)", 'on_leave'),
            MARCANDRE: ('Marc-André Pelletier', "Embryologiste principal, intérim de la coordination", 'active'),
            JULIE: ('Julie Bouchard', 'Adjointe administrative', 'active'),
        }, lang='fr', health='healthy')
person(GENEVIEVE, 'Geneviève Tremblay', 'Dre Geneviève Tremblay, MD, FRCSC\nDirectrice médicale | Clinique Fertilia\nMontréal · Québec')
person(ISABELLE, 'Isabelle Côté', "Isabelle Côté\nCoordonnatrice, laboratoire d'embryologie\nClinique Fertilia")
person(MARCANDRE, 'Marc-André Pelletier', 'Marc-André Pelletier, M.Sc.\nEmbryologiste principal | Clinique Fertilia')
person(JULIE, 'Julie Bouchard', 'Julie Bouchard\nAdjointe administrative, direction\nClinique Fertilia | 514 555-0190')
use('cf')
M('cf01', '2026-05-05 08:40 -0400', ISABELLE, ETIENNE, 'Inventaire cryo - double saisie', """
Bon matin Étienne,

Petite question : quand on transfère des paillettes d'un dewar à l'autre, on doit présentement saisir le mouvement deux fois (sortie + entrée). Est-ce qu'il y a moyen de faire un transfert en une seule étape?

Merci!
Isabelle
""", client='apple')
M('cf02', '2026-05-05 11:15 -0400', ETIENNE, ISABELLE, None, """
Bonjour Isabelle,

Oui : depuis la 7.3, il y a l'action « Transférer » dans la vue Dewar, qui crée les deux mouvements d'un coup et garde la chaîne de possession. Je t'envoie une capture.

Étienne
""", reply='cf01', q='apple_fr')
M('cf03', '2026-05-21 13:30 -0400', ISABELLE, ETIENNE, 'Congé parental', """
Salut Étienne,

Je voulais te prévenir : je pars en congé parental du 12 juin au 5 octobre 2026. Marc-André Pelletier, notre embryologiste principal, prend le relais pour tout ce qui touche Velocare pendant mon absence. Je l'ai mis en copie.

Isabelle
""", cc=[MARCANDRE], client='apple')
M('cf04', '2026-05-21 15:02 -0400', ETIENNE, ISABELLE, None, """
Félicitations Isabelle! Merci de me prévenir d'avance. Je propose une rencontre de transition avec Marc-André avant ton départ; je vous envoie une invitation.

Étienne
""", cc=[MARCANDRE], reply='cf03', q='apple_fr')
M('cf05', '2026-05-22 09:00 -0400', ETIENNE, [ISABELLE, MARCANDRE], 'Transition Velocare - Isabelle / Marc-André', """
Rencontre de transition avant le congé d'Isabelle : accès, tâches hebdomadaires, contacts au soutien.
Teams.
""", kind='calendar', sign=False, neg='calendar invitation',
  ics=ics_event('vc-cf-transition@velocare.com', '20260602T140000Z', '20260602T150000Z', 'Transition Velocare - Isabelle / Marc-André', ETIENNE, [ISABELLE, MARCANDRE]))
M('cf07', '2026-06-04 07:00 -0400', MARKETING, GENEVIEVE, 'Infolettre Velocare - juin 2026', """
Infolettre Velocare - juin 2026

- Nouveau : tableau de bord des taux de survie à la décongélation.
- Passez au forfait Entreprise avant le 30 juin et obtenez 3 mois gratuits.
- Témoignage : une clinique de Toronto a réduit de moitié ses écarts d'inventaire.

Se désabonner de l'infolettre
""", client='hubspot', kind='newsletter', sign=False, neg='vendor newsletter with upsell offer')
M('cf08', '2026-06-15 10:20 -0400', ETIENNE, ISABELLE, 'Rapport mensuel cryo - mai', """
Bonjour Isabelle,

Voici le rapport mensuel d'inventaire cryo de mai. Rien d'anormal.

Étienne
""")
M('cf09', '2026-06-15 10:21 -0400', ISABELLE, ETIENNE, 'Réponse automatique : Rapport mensuel cryo - mai', """
Je suis en congé parental jusqu'au 5 octobre 2026. Pour toute question concernant le laboratoire d'embryologie ou Velocare, veuillez écrire à Marc-André Pelletier (mapelletier@cliniquefertilia.ca).
""", reply='cf08', client='apple', kind='auto', sign=False, neg='auto-reply stating parental leave until 5 October 2026: a leave, not a departure')
M('cf10', '2026-06-16 08:05 -0400', MARCANDRE, ETIENNE, 'Rapports mensuels', """
Bon matin Étienne,

Tu peux m'envoyer les rapports mensuels directement jusqu'au retour d'Isabelle. Autre question : est-ce qu'on peut ajouter une alerte quand un dewar descend sous 30 % d'azote?

Marc-André
""")
M('cf11', '2026-06-16 13:45 -0400', ETIENNE, MARCANDRE, None, """
Salut Marc-André,

C'est noté pour les rapports. Pour l'alerte : oui, dans Paramètres > Capteurs, seuil configurable par dewar. Camille peut le configurer avec toi si tu veux.

Étienne
""", reply='cf10', q='outlook_fr')
M('cf12', '2026-07-07 16:30 -0400', GENEVIEVE, ETIENNE, 'Nouvelle clinique à Laval', """
Bonjour Étienne,

Nous ouvrons une troisième clinique à Laval en novembre. On voudrait y déployer Velocare dès l'ouverture, avec le module de cryoconservation et la planification des ponctions. Pouvez-vous nous préparer une proposition?

Merci,
Geneviève Tremblay
""", cc=[MARCANDRE, JULIE], sig=[('expansion', "On voudrait y déployer Velocare dès l'ouverture")])
M('cf13', '2026-07-08 09:12 -0400', ETIENNE, GENEVIEVE, None, """
Bonjour Docteure Tremblay,

Excellente nouvelle! Je vous envoie une proposition d'ici le 17 juillet, avec un calendrier de déploiement qui colle à l'ouverture de novembre.

Étienne
""", cc=[MARCANDRE, JULIE], reply='cf12', q='outlook_fr', sig=[('commitment', "Je vous envoie une proposition d'ici le 17 juillet", '2026-07-17')])
M('cf14', '2026-07-16 15:00 -0400', ETIENNE, GENEVIEVE, 'Proposition - Clinique Fertilia Laval', """
Bonjour Docteure Tremblay,

Voici la proposition pour Laval : 8 postes, module cryoconservation et planification, 21 600 $ par année, déploiement en 6 semaines à partir du 28 septembre.

Étienne
""", cc=[MARCANDRE, JULIE], reply='cf13', neg='vendor-written proposal with vendor prices')
M('cf17', '2026-07-29 17:55 -0400', GENEVIEVE, ETIENNE, 'RE: Proposition - Clinique Fertilia Laval', """
Étienne,

C'est approuvé par le conseil. On signe pour Laval; Julie vous fait suivre le bon de commande.

Geneviève
""", cc=[JULIE, MARCANDRE], reply='cf14', q='outlook_fr', sig=[('expansion', "C'est approuvé par le conseil. On signe pour Laval")])
M('cf18', '2026-08-06 12:10 -0400', MARCANDRE, ETIENNE, 'Alouettes samedi?', """
Salut Étienne, j'ai deux billets pour le match des Alouettes samedi au stade Percival-Molson. Ma blonde travaille, ça te tente? On pourrait souper avant sur Saint-Laurent.
""", client='iphone', kind='personal', sign=False, neg='personal mail about a football game between customer and vendor staff')
M('cf19', '2026-08-12 09:25 -0400', JULIE, SUPPORT, 'Texte du portail de rendez-vous - nouveaux tarifs', """
Bonjour,

Pouvez-vous mettre à jour le texte du portail de rendez-vous : le cycle de FIV complet passe à 6 500 $ à compter du 1er septembre, et la consultation initiale à 350 $. Les autres prix ne changent pas.

Merci,
Julie Bouchard
""", neg="the customer's OWN fees for patients; not a pricing signal about Velocare")
M('cf20', '2026-08-12 14:02 -0400', CAMILLE, JULIE, None, """
Bonjour Julie, c'est fait; les nouveaux tarifs s'afficheront sur le portail à partir du 1er septembre.
Camille
""", reply='cf19', q='outlook_fr')
M('cf21', '2026-08-20 06:30 -0400', BILLING, JULIE, 'Facture VEL-2026-08-0550 - Clinique Fertilia inc.', """
Bonjour,

Veuillez trouver ci-joint la facture VEL-2026-08-0550 (déploiement Laval, acompte de 30 %).
Montant : 6 480,00 $ CA, TPS et TVQ en sus
Échéance : 19 septembre 2026

Velocare Clinical Systems B.V.
""", client='system', kind='bill', sign=False, neg='automatic e-invoice')
M('cf22', '2026-08-26 14:40 -0400', MARCANDRE, ETIENNE, 'Suivi', """
Salut Étienne,

Isabelle revient le 5 octobre comme prévu; d'ici là, je reste ton contact pour le labo. Pour Laval, on aimerait que la formation ait lieu à Montréal la semaine du 21 septembre.

Marc-André
""")
M('cf23', '2026-08-26 16:05 -0400', ETIENNE, MARCANDRE, None, """
Parfait, je bloque la semaine du 21 avec Camille. Bonne fin d'été!
Étienne
""", reply='cf22', q='outlook_fr')

alert('expansion_opportunity', 'medium', '2026-07-07', ['cf12'], 'Third clinic (Laval) opening in November; signed 29 July')


# ======================================================================== 9 Agence de santé publique (QC public health, going dark + latency)
AS = 'asp-hauteriviere.qc.ca'
CHANTAL, LOUIS, PIERRELUC, ANNIE = f'chantal.gagne@{AS}', f'louis.bergeron@{AS}', f'pierre-luc.martin@{AS}', f'annie.lavoie@{AS}'
account('as', 'Agence de santé publique de la Haute-Rivière', 'sante-publique-haute-riviere.mbox', [AS], ETIENNE, 310000, '2026-11-05',
        'enterprise', 'going_dark_latency_degradation', {
            CHANTAL: ('Chantal Gagné', 'Chef de service, laboratoire de surveillance', 'active'),
            LOUIS: ('Dr Louis Bergeron', 'Directeur de santé publique', 'silent'),
            PIERRELUC: ('Pierre-Luc Martin', 'Conseiller en technologies de l\'information', 'silent'),
            ANNIE: ('Annie Lavoie', "Agente d'approvisionnement", 'new'),
        }, lang='fr', health='at_risk')
person(CHANTAL, 'Chantal Gagné', "Chantal Gagné\nChef de service - Laboratoire de surveillance\nAgence de santé publique de la Haute-Rivière\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
       "S'il vous est parvenu par erreur, veuillez le détruire et en aviser l'expéditeur. Merci de penser à l'environnement avant d'imprimer.")
person(LOUIS, 'Louis Bergeron', 'Dr Louis Bergeron\nDirecteur de santé publique de la Haute-Rivière')
person(PIERRELUC, 'Pierre-Luc Martin', 'Pierre-Luc Martin | Conseiller TI\nAgence de santé publique de la Haute-Rivière')
person(ANNIE, 'Annie Lavoie', "Annie Lavoie, CPA\nAgente d'approvisionnement\nService des ressources financières et matérielles")
use('as')
M('as01', '2026-05-04 09:10 -0400', ETIENNE, CHANTAL, 'Rapport mensuel - avril', """
Bonjour Chantal,

Voici le rapport d'utilisation d'avril : 18 420 échantillons enregistrés, délai médian réception-résultat de 26 h. Des questions de votre côté?

Étienne
""")
M('as02', '2026-05-04 12:05 -0400', CHANTAL, ETIENNE, None, """
Merci Étienne. Rien de particulier; les chiffres de mars nous avaient inquiétés, ceux-ci sont rassurants.

Chantal
""", reply='as01', q='outlook_fr')
M('as03', '2026-05-11 10:30 -0400', CHANTAL, ETIENNE, 'Campagne de dépistage de la coqueluche', """
Bonjour Étienne,

Nous lançons une campagne de dépistage de la coqueluche dans les écoles en juin. Peut-on créer un type de prélèvement distinct pour suivre les échantillons de la campagne?

Chantal
""")
M('as04', '2026-05-11 14:20 -0400', ETIENNE, CHANTAL, None, """
Bonjour Chantal, oui, je demande à Camille de le créer cette semaine; il apparaîtra dans la liste des types dès vendredi.
Étienne
""", reply='as03', q='outlook_fr')
M('as06', '2026-05-19 09:00 -0400', ETIENNE, PIERRELUC, 'Authentification unique (SSO)', """
Bonjour Pierre-Luc,

Pour la connexion SSO avec votre Azure AD, il nous manque l'identifiant du locataire et l'URL de métadonnées. Pouvez-vous me les transmettre?

Étienne
""")
M('as07', '2026-05-19 13:10 -0400', PIERRELUC, ETIENNE, None, """
Bonjour, voici les informations en pièce jointe. On vise une mise en production en juillet.
P-L
""", reply='as06', q='outlook_fr')
M('as08', '2026-05-27 07:00 -0400', MARKETING, LOUIS, 'Infolettre Velocare - mai 2026', """
Infolettre Velocare - mai 2026

- Santé publique : suivez vos campagnes de dépistage de bout en bout.
- Nouveau tableau de bord des délais par région.
- Tarif préférentiel pour les organismes publics qui ajoutent le module Vigie avant le 30 juin.

Se désabonner
""", client='hubspot', kind='newsletter', sign=False, neg='vendor newsletter with promotional pricing')
M('as09', '2026-06-02 10:00 -0400', ETIENNE, [CHANTAL, LOUIS], 'Revue annuelle ASPHR - Velocare', """
Revue annuelle : bilan d'utilisation, campagne coqueluche, SSO, feuille de route 2027.
Lieu : siège de l'Agence, salle du conseil.
""", kind='calendar', sign=False, neg='calendar invitation',
  ics=ics_event('vc-as-revue-2026@velocare.com', '20260609T130000Z', '20260609T150000Z', 'Revue annuelle ASPHR - Velocare', ETIENNE, [CHANTAL, LOUIS]))
M('as10', '2026-06-02 11:14 -0400', LOUIS, ETIENNE, 'Accepté : Revue annuelle ASPHR - Velocare', """
Louis Bergeron a accepté cette invitation.
""", reply='as09', kind='calendar', sign=False, hdr={'X-Ics-Method': 'REPLY'}, neg='calendar acceptance',
  ics=ics_event('vc-as-revue-2026@velocare.com', '20260609T130000Z', '20260609T150000Z', 'Revue annuelle ASPHR - Velocare', ETIENNE, [LOUIS], method='REPLY', partstat='ACCEPTED'))
M('as11', '2026-06-10 09:30 -0400', ETIENNE, CHANTAL, 'Suivi de la revue annuelle', """
Bonjour Chantal,

Merci pour la rencontre d'hier. Comme convenu, je vous envoie le compte rendu et les trois actions : type de prélèvement coqueluche (fait), SSO en juillet, tableau de bord régional à l'automne.

Étienne
""", cc=[LOUIS])
M('as12', '2026-06-10 14:45 -0400', CHANTAL, ETIENNE, None, """
Merci, c'est conforme à nos notes.
Chantal
""", reply='as11', q='outlook_fr')
M('as13', '2026-06-16 17:20 -0400', LOUIS, ETIENNE, 'Revue annuelle', """
Monsieur Gagnon,

Merci pour la rencontre de la semaine dernière. La campagne de dépistage démarre bien.

Louis Bergeron
""")
M('as14', '2026-06-22 11:00 -0400', ETIENNE, CHANTAL, 'Volumes prévus pour l\'automne', """
Bonjour Chantal,

Pour dimensionner l'automne : prévoyez-vous des volumes plus élevés que l'an dernier avec la saison respiratoire?

Étienne
""")
M('as15', '2026-06-23 07:15 -0400', CHANTAL, ETIENNE, None, """
Bonjour, probablement +15 % en octobre-novembre. Je vous confirme plus tard.
Chantal
""", reply='as14', q='outlook_fr')
M('as16', '2026-07-06 10:00 -0400', ETIENNE, CHANTAL, 'Préparation du renouvellement de novembre', """
Bonjour Chantal,

Le contrat vient à échéance le 5 novembre. Je vous propose de commencer la préparation du renouvellement en août; pouvez-vous me dire qui, de votre côté, pilotera le dossier?

Étienne
""", cc=[LOUIS])
M('as17', '2026-07-06 10:01 -0400', CHANTAL, ETIENNE, 'Réponse automatique : Préparation du renouvellement de novembre', """
Je suis en vacances jusqu'au 24 juillet inclusivement. En cas d'urgence, communiquez avec le laboratoire au 450 555-0123.
""", reply='as16', kind='auto', sign=False, neg='out-of-office auto-reply')
M('as18', '2026-07-13 09:40 -0400', ETIENNE, PIERRELUC, 'Test SSO', """
Bonjour Pierre-Luc,

L'environnement de test SSO est prêt. Quand pouvez-vous faire l'essai avec deux comptes?

Étienne
""")
M('as19', '2026-07-20 14:05 -0400', CHANTAL, ETIENNE, 'TR: Bulletin du ministère - modernisation des laboratoires', """
Pour info, le bulletin du ministère. Rien qui vous concerne directement pour l'instant.

Chantal
""", sign=False, fwd=('outlook_fr', 'Bulletin MSSS <bulletin@msss-info.qc.ca>', 'lundi 20 juillet 2026 08:00',
    'Directions de santé publique', 'Bulletin du ministère - modernisation des laboratoires', """Le ministère poursuit la modernisation des systèmes d'information de laboratoire. Une plateforme provinciale commune est à l'étude; les organismes sont invités à ne pas s'engager dans de nouveaux contrats pluriannuels sans en aviser le ministère. Un appel d'intérêt sera lancé auprès des fournisseurs à l'hiver."""),
  neg='forwarded ministry bulletin (Outlook forward header); generic, the customer says it does not concern Velocare for now')
M('as20', '2026-07-27 15:30 -0400', CHANTAL, ETIENNE, 'RE: Préparation du renouvellement de novembre', """
Bonjour Étienne,

De retour de vacances. Je vous reviens sur le renouvellement sous peu.

Chantal
""", reply='as16', q='outlook_fr')
M('as21', '2026-08-03 09:15 -0400', ETIENNE, CHANTAL, 'Renouvellement - rencontre en août?', """
Bonjour Chantal,

Pourrions-nous nous voir la semaine du 17 août pour préparer le renouvellement? Je peux venir à l'Agence.

Étienne
""", cc=[LOUIS])
M('as22', '2026-08-11 16:48 -0400', CHANTAL, ETIENNE, None, """
Désolée du délai, Étienne. Les choses bougent de notre côté; je vous reviens dès que possible.

Chantal
""", reply='as21', q='outlook_fr')
M('as23', '2026-08-12 10:00 -0400', ETIENNE, CHANTAL, None, """
Merci Chantal. Y a-t-il quelque chose que nous devrions savoir ou préparer pour vous faciliter les choses?

Étienne
""", reply='as22', q='outlook_fr')
M('as24', '2026-08-19 18:02 -0400', CHANTAL, ETIENNE, None, """
Étienne,

La direction a demandé une revue de tous nos contrats de plus de 250 000 $ avant tout renouvellement. Je ne peux pas vous en dire plus pour l'instant. Annie Lavoie, à l'approvisionnement, communiquera avec vous.

Chantal
""", reply='as23', q='outlook_fr', sig=[('renewal', 'La direction a demandé une revue de tous nos contrats de plus de 250 000 $ avant tout renouvellement')])
M('as25', '2026-08-20 11:30 -0400', ANNIE, ETIENNE, 'Contrat ASPHR-2021-044 - Velocare', """
Monsieur,

Conformément à la Loi sur les contrats des organismes publics, le renouvellement du contrat ASPHR-2021-044 fera l'objet d'un appel d'offres public à l'automne. Une prolongation de six mois pourrait être envisagée pour assurer la continuité des services.

Je serai votre seule interlocutrice pour ce dossier.

Annie Lavoie
""", sig=[('renewal', "le renouvellement du contrat ASPHR-2021-044 fera l'objet d'un appel d'offres public"),
          ('churn_risk', "fera l'objet d'un appel d'offres public à l'automne")])
M('as26', '2026-08-21 09:05 -0400', ETIENNE, ANNIE, None, """
Madame Lavoie,

Merci de votre message. Nous participerons volontiers à l'appel d'offres. Pourrions-nous vous rencontrer pour discuter des modalités de la prolongation de six mois?

Étienne Gagnon
""", reply='as25', q='outlook_fr')
M('as27', '2026-08-24 10:10 -0400', ETIENNE, [CHANTAL, LOUIS], 'Un appel cette semaine?', """
Bonjour Chantal, bonjour Docteur Bergeron,

Pourrions-nous prévoir un appel de 30 minutes cette semaine pour faire le point sur la campagne et la saison respiratoire, indépendamment de l'appel d'offres?

Étienne
""")
M('as28', '2026-08-26 06:30 -0400', BILLING, ANNIE, 'Facture VEL-2026-08-0601 - Agence de santé publique de la Haute-Rivière', """
Bonjour,

Veuillez trouver ci-joint la facture VEL-2026-08-0601 pour septembre 2026.
Montant : 25 833,33 $ CA, taxes en sus
Échéance : 25 septembre 2026

Velocare Clinical Systems B.V.
""", client='system', kind='bill', sign=False, neg='automatic e-invoice')
M('as29', '2026-08-27 08:00 -0400', SUPPORT, CHANTAL, '[Velocare #49311] Maintenance planifiée le 5 septembre', """
Bonjour,

Une maintenance planifiée aura lieu le samedi 5 septembre de 22 h à 2 h (heure de l'Est). Aucune action n'est requise de votre part.

Soutien Velocare
""", client='system', kind='ticket', sign=False, neg='automated maintenance notification')
M('as30', '2026-08-28 15:40 -0400', ANNIE, ETIENNE, None, """
Monsieur Gagnon,

Je ne suis pas en mesure de vous rencontrer pendant la préparation de l'appel d'offres. Toute communication doit passer par écrit et par moi. La prolongation vous sera proposée par écrit en septembre.

Annie Lavoie
""", reply='as26', q='outlook_fr')

alert('contacts_going_silent', 'medium', '2026-07-18', ['as07', 'as18'], 'IT adviser Pierre-Luc Martin silent since 19 May; SSO test request of 13 July unanswered')
alert('contacts_going_silent', 'medium', '2026-08-15', ['as13', 'as21'], 'Director Dr Louis Bergeron silent since 16 June; not answering renewal mails he is copied on')
alert('latency_degradation', 'high', '2026-08-19', ['as22', 'as24'], 'Customer replies went from hours (median ~5 h in May-June) to 7-8 days in August')
alert('renewal_at_risk', 'high', '2026-08-19', ['as24'], 'All contracts over $250k under review before any renewal; renewal 5 Nov (66 days)')
alert('churn_risk', 'high', '2026-08-20', ['as25'], 'Renewal goes to a public tender in the autumn; only a 6-month extension offered')
alert('renewal_at_risk', 'high', '2026-08-20', ['as25'], 'Public tender in the autumn; procurement becomes the single channel (meeting refused on 28 Aug, as30)')


# ======================================================================== 10 Harbor Point Clinical Research (US CRO, competitor + slowing replies)
HP = 'harborpointcr.com'
DANA, GREG, RACHEL, TOMO = f'dwhitaker@{HP}', f'gsato@{HP}', f'rkim@{HP}', f'toneill@{HP}'
account('hp', 'Harbor Point Clinical Research', 'harbor-point-clinical-research.mbox', [HP], MEGAN, 275000, '2026-10-31', 'enterprise',
        'competitor_rfp_replies_slowing', {
            DANA: ('Dana Whitaker', 'VP Clinical Operations', 'active'),
            GREG: ('Greg Sato', 'Director, Sample Management', 'active'),
            RACHEL: ('Rachel Kim', 'Procurement Manager', 'active'),
            TOMO: ("Tom O'Neill", 'Head of Biorepository', 'new'),
        }, lang='en', health='at_risk')
HP_DISCLAIMER = ('CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended only for the named recipient(s). '
                 'Any pricing or terms contained herein are for discussion purposes only and do not constitute an offer, commitment or '
                 'agreement to purchase. If you received this message in error, please notify the sender and delete it.')
person(DANA, 'Dana Whitaker', 'Dana Whitaker\nVP, Clinical Operations\nHarbor Point Clinical Research | Durham, NC\n\n' + HP_DISCLAIMER)
person(GREG, 'Greg Sato', 'Greg Sato | Director, Sample Management\nHarbor Point Clinical Research\n919-555-0147\n\n' + HP_DISCLAIMER)
person(RACHEL, 'Rachel Kim', 'Rachel Kim\nProcurement Manager, Strategic Sourcing\nHarbor Point Clinical Research\n\n' + HP_DISCLAIMER)
person(TOMO, "Tom O'Neill", "Tom O'Neill\nHead of Biorepository | Harbor Point Clinical Research")
use('hp')
M('hp01', '2026-05-05 08:55 -0400', GREG, MEGAN, 'Oncology biorepository', """
Hi Megan,

Good news on our side: we want to bring the oncology biorepository onto Velocare for three new studies starting in Q3. Roughly 40k samples in year one, mostly FFPE blocks and PBMCs.

Can you put together a SOW?

Greg
""", client='outlook_old', sig=[('expansion', 'we want to bring the oncology biorepository onto Velocare for three new studies')])
M('hp02', '2026-05-05 11:30 -0400', MEGAN, GREG, None, """
Hi Greg,

Fantastic - thank you. I'll send the SOW draft by Friday, May 8, including the FFPE and PBMC workflows.

Megan
""", reply='hp01', q='outlook_en_old', sig=[('commitment', "I'll send the SOW draft by Friday, May 8", '2026-05-08')])
M('hp03', '2026-05-08 15:12 -0400', MEGAN, GREG, 'SOW draft - Oncology biorepository', """
Hi Greg,

Attached is the SOW draft: configuration of the oncology biorepository, 3 studies, per-sample fee of $2.10, go-live August 3. Let me know what you think.

Megan
""", cc=[RACHEL], reply='hp02', neg='vendor-written SOW with vendor prices (upsell)')
M('hp04', '2026-05-08 17:02 -0400', GREG, MEGAN, 'RE: SOW draft - Oncology biorepository', """
Looks good, passing to Rachel for the commercials.

Greg
""", cc=[RACHEL], reply='hp03', irt=False, q='outlook_en_old', client='outlook_old')
M('hp05', '2026-05-14 07:00 -0400', MARKETING, DANA, 'Velocare Insider: May 2026', """
Velocare Insider - May 2026

- New: chain-of-custody reports built for sponsor audits.
- Upgrade to Enterprise Plus by June 30 and lock in 2025 pricing for three years.
- Customer story: how a mid-size CRO cut sample query resolution time by 40%.

Unsubscribe | Manage preferences
""", client='hubspot', kind='newsletter', sign=False, neg='vendor newsletter with upsell and pricing')
M('hp06', '2026-05-11 13:25 -0400', RACHEL, MEGAN, 'RE: SOW draft - Oncology biorepository', """
Hi Megan,

The per-sample fee is higher than what we pay on the two existing studies ($1.85). Can you align the oncology SOW to $1.85? Otherwise I can't get it approved this quarter.

Thanks,
Rachel
""", cc=[GREG], reply='hp03', q='outlook_en', sig=[('pricing', 'The per-sample fee is higher than what we pay on the two existing studies')])
M('hp07', '2026-05-21 10:10 -0400', MEGAN, RACHEL, None, """
Hi Rachel,

Understood - we can do $1.85 given the volume. Updated SOW attached for signature.

Megan
""", cc=[GREG], reply='hp06', q='outlook_en')
M('hp08', '2026-05-21 16:40 -0400', RACHEL, MEGAN, None, """
Signed copy attached. Thanks Megan.
""", cc=[GREG], reply='hp07', q='outlook_en')
M('hp10', '2026-06-10 17:50 -0400', GREG, MEGAN, 'quick heads up', """
Megan - between us: corporate is running a vendor consolidation review this summer, and Sampleworks is on the shortlist for sample management across all sites. I'm still in your corner but wanted you to hear it from me.

Greg
""", client='outlook_old', sig=[('competitor', 'Sampleworks is on the shortlist for sample management')])
M('hp11', '2026-06-10 19:05 -0400', MEGAN, GREG, None, """
Greg, I really appreciate the heads up. Who's running the review? I'd like to make sure they see the oncology results.

Megan
""", reply='hp10', q='outlook_en')
M('hp12', '2026-06-11 08:15 -0400', GREG, MEGAN, 'RE: quick heads up', """
Dana owns it, procurement runs the process. I'd wait for the RFP.
""", reply='hp11', irt=False, q='outlook_en_old', client='outlook_old', sign=False,
  neg='process answer; the Sampleworks shortlist wording appears only in the quoted older mail (old Outlook, no In-Reply-To)')
M('hp13', '2026-06-21 12:30 -0400', GREG, MEGAN, 'Fenway 6/27', """
Still on for Fenway on the 27th? My brother got us seats behind third base. Sox vs the Yankees, should be a good one.
""", client='iphone', kind='personal', sign=False, neg='personal mail about a baseball game')
M('hp14', '2026-07-01 10:00 -0400', RACHEL, MEGAN, 'RFP - Sample Management Platform FY27', """
Dear Megan,

Harbor Point has issued an RFP for sample management for FY27, covering all current and new programs. Velocare is invited to respond. Responses are due August 14; the RFP documents are attached.

Best regards,
Rachel Kim
""", cc=[DANA], sig=[('renewal', 'Harbor Point has issued an RFP for sample management for FY27')])
M('hp15', '2026-07-02 09:20 -0400', MEGAN, RACHEL, None, """
Dear Rachel,

Thank you. We'll submit our response by August 14 and will send any clarification questions by July 15.

Best,
Megan
""", cc=[DANA], reply='hp14', q='outlook_en', sig=[('commitment', "We'll submit our response by August 14", '2026-08-14')])
M('hp16', '2026-07-09 11:05 -0400', TOMO, MEGAN, 'Intro - new Head of Biorepository', """
Hi Megan,

I've just joined Harbor Point as Head of Biorepository, which includes the oncology studies on Velocare. Greg suggested I reach out. Could we do a walkthrough of how the freezer inventory is set up?

Tom O'Neill
""", cc=[GREG])
M('hp17', '2026-07-10 09:00 -0400', MEGAN, TOMO, None, """
Hi Tom, welcome! Happy to. How about Wednesday July 15 at 2pm ET? I'll send an invite.

Megan
""", reply='hp16', q='outlook_en')
M('hp18', '2026-07-10 09:05 -0400', MEGAN, [TOMO, GREG], 'Velocare freezer inventory walkthrough', """
Walkthrough of the biorepository freezer inventory set-up.
Zoom link below.
""", kind='calendar', sign=False, neg='calendar invitation',
  ics=ics_event('vc-hp-walkthrough@velocare.com', '20260715T180000Z', '20260715T190000Z', 'Velocare freezer inventory walkthrough', MEGAN, [TOMO, GREG]))
M('hp19', '2026-07-10 10:41 -0400', TOMO, MEGAN, 'Accepted: Velocare freezer inventory walkthrough', """
Tom O'Neill has accepted this invitation.
""", reply='hp18', kind='calendar', sign=False, hdr={'X-Ics-Method': 'REPLY'}, neg='calendar acceptance',
  ics=ics_event('vc-hp-walkthrough@velocare.com', '20260715T180000Z', '20260715T190000Z', 'Velocare freezer inventory walkthrough', MEGAN, [TOMO], method='REPLY', partstat='ACCEPTED'))
M('hp20', '2026-07-22 10:30 -0400', MEGAN, GREG, 'Checking in', """
Hi Greg,

Checking in ahead of the RFP - is there anything about the current set-up your team would like us to address in our response?

Megan
""")
M('hp21', '2026-07-29 18:45 -0400', GREG, MEGAN, 'RE: Checking in', """
Sorry for the delay. Mostly reporting - the sponsors want custom chain-of-custody exports. I'll send more when I can.

Greg
""", reply='hp20', irt=False, q='outlook_en_old', client='outlook_old', sign=False)
M('hp22', '2026-08-05 09:15 -0400', MEGAN, GREG, 'Chain-of-custody exports', """
Hi Greg,

Following up on your note: could you share one or two examples of the sponsor exports you need? We'd like to show them working in our RFP response.

Megan
""", reply='hp21', q='outlook_en_old')
M('hp23', '2026-08-13 16:20 -0400', MEGAN, RACHEL, 'Velocare response - RFP Sample Management Platform FY27', """
Dear Rachel,

Please find attached Velocare's response to the FY27 RFP, including pricing for the current and new programs, our implementation approach and three references.

Best regards,
Megan Doyle
""", cc=[DANA], reply='hp15', neg='vendor-written RFP response with vendor pricing; fulfils the 14 August commitment')
M('hp24', '2026-08-14 21:10 -0400', GREG, MEGAN, 'RE: Chain-of-custody exports', """
Megan - sorry for the slow reply, swamped. No examples handy. Honestly the team liked the Sampleworks demo last week, especially the freezer mapping.

Greg
""", reply='hp22', irt=False, q='outlook_en_old', client='outlook_old', sign=False,
  sig=[('competitor', 'the team liked the Sampleworks demo last week')])
M('hp25', '2026-08-18 08:30 -0400', DANA, MEGAN, 'RE: Velocare response - RFP Sample Management Platform FY27', """
Thanks Megan, received. To be clear, we are not planning to switch anything on the active studies mid-stream; any change would only apply to programs starting in 2027.

Dana
""", cc=[RACHEL], reply='hp23', q='outlook_en', neg='negation: "not planning to switch anything on the active studies"; no churn or competitor signal on this message')
M('hp26', '2026-08-21 11:00 -0400', MEGAN, GREG, 'Freezer mapping', """
Hi Greg,

Thanks for being straight with me. Our freezer mapping got a big update in 7.4 - could I show it to you and Tom for 30 minutes next week?

Megan
""", cc=[TOMO])
M('hp27', '2026-08-25 06:30 -0400', BILLING, RACHEL, 'Invoice VEL-2026-08-0712 - Harbor Point Clinical Research', """
Hello,

Attached is invoice VEL-2026-08-0712 for September 2026.
Amount due: USD 22,916.67
Due date: September 24, 2026
PO: HPCR-77120

Velocare Clinical Systems B.V.
""", client='system', kind='bill', sign=False, neg='automatic e-invoice')
M('hp28', '2026-08-27 14:15 -0400', RACHEL, MEGAN, 'RFP timeline + renewal quote', """
Hi Megan,

The shortlist decision is now expected September 18. Separately, we will also need your renewal quote for the current contract (expiring October 31) by September 4, in case the RFP process runs long.

Thanks,
Rachel
""", cc=[DANA], sig=[('renewal', 'we will also need your renewal quote for the current contract')])
M('hp29', '2026-08-28 09:05 -0400', MEGAN, RACHEL, None, """
Hi Rachel,

Noted, thank you. You'll have the renewal quote for the current contract by September 4, separate from the RFP response.

Megan
""", cc=[DANA], reply='hp28', q='outlook_en', sig=[('commitment', "You'll have the renewal quote for the current contract by September 4", '2026-09-04')])

alert('expansion_opportunity', 'medium', '2026-05-05', ['hp01'], 'Oncology biorepository: 3 new studies (signed 27 May)')
alert('competitor_mention', 'high', '2026-06-10', ['hp10'], 'Sampleworks on the corporate shortlist')
alert('renewal_at_risk', 'high', '2026-07-01', ['hp14'], 'RFP for FY27 sample management covering current programs; renewal 31 Oct (61 days)')
alert('competitor_mention', 'high', '2026-08-14', ['hp24'], 'Team liked the Sampleworks demo')
alert('latency_degradation', 'high', '2026-08-14', ['hp21', 'hp24'], 'Champion Greg Sato went from same-day replies to 7-9 days')
alert('open_commitment', 'medium', '2026-08-28', ['hp29'], 'Renewal quote for the current contract promised by 2026-09-04')


# ======================================================================== README
STORIES = {
    'sa': """**Healthy - expansion + advocacy (Dutch, Zwolle).** The head of the clinical chemistry lab asks to roll
sample tracking out to microbiology (~40 seats). Femke quotes on time; procurement (Sanne) pushes on the seat price
(pricing), gets a 12% volume discount and orders. The head of lab offers to speak at the NVKC congress (advocacy).
On 1 July Joris moves from lab-automation coordinator to team lead lab informatics (title_change) and introduces the
new head of microbiology (wants culture-plate registration, a new module) and the Deventer site manager (second site
wants to join): both new, both engaged within a day. Hard negatives: vendor newsletter, vendor quote, e-invoice,
ticket notification, calendar invite/acceptance, an Apple Mail forward of a market newsletter full of
switching/price/cancellation words, an out-of-office, football tickets between Joris and Femke, the vendor's renewal
reminder, the vendor's Deventer quote. The head of lab's 3-week holiday (auto-reply) explains one slow reply; the
other August replies are fast - no latency alert.""",
    'vd': """**Risk - churn through indirect language and an in-house tool (Dutch, Amersfoort).** Support works well in May and
the practice manager denies a rumoured switch (negation, hard negative). In June the new IT manager asks for a full
data export "for an internal project"; in July the operations director says Bas is building an in-house planning
tool and asks "what we still need from Velocare" (competitor + churn_risk); after a meeting Bas declined, the
director says the 15 October renewal will not roll over and they consider keeping only the lab module (renewal,
churn_risk, pricing). Femke promises two scenarios before 21 Aug and delivers on 20 Aug. On 27 Aug Bas asks support
for a read-only API key "for the migration" - only the ticket robot answers by as_of. Hard negatives: the customer's
OWN consult prices, a job-reference mail, payment reminder, calendar decline, vendor upsell, vendor renewal notice,
ticket notifications, and the vendor proposal whose quoted older mail repeats the churn words.""",
    'kp': """**Risk - champion departed with no successor (Flemish, Lotus Notes).** Katrien, head of the clinical lab and the
champion, runs a good Q2 review, then announces she leaves end of June; no successor is named. Her Notes replies drop
In-Reply-To and quote a header block. Her auto-reply on 2 July says she no longer works there; a later mail bounces
(550). Only a junior lab technologist (Tom) still answers, and he does not know who owns Velocare (single-threaded).
On 5 August the new medical director writes for the first time: she wants usage and cost per campus before the
November renewal and suspects unused licences - the only answer is Femke's holiday auto-reply, and nobody follows
up by as_of (unanswered_customer_message, new_senior_contact_not_engaged, renewal_at_risk, 81 days to renewal).
Hard negatives: a Lotus Notes forward of a professional-association bulletin about price indexing and cancelling,
calendar traffic, e-invoice + routine procurement confirmation, vendor webinar, ticket acknowledgement, vendor OOO.""",
    'gd': """**Risk - renewal at risk after a budget cut (Spanish, Valencia).** Training in May goes well. On 9 June the CFO
announces a 20 % software budget cut and wants to revisit the contract before the September renewal. Lucía promises
a revised proposal "antes del 15 de julio" (due 14 July) and does not send it; the CFO's chase on 21 July only gets
Lucía's holiday auto-reply (commitment_overdue, unanswered_customer_message). On 11 August the medical director
names Dentalink's cheaper offer and says management will not renew without an answer this week (competitor,
churn_risk). The proposal finally arrives 14 Aug; the board decides 3 Sep; renewal is 30 Sep (30 days). Hard
negatives: vendor newsletter, a Gmail forward of an association report listing competitors and price rises, the
clinic's OWN treatment prices, a padel-group dinner invitation, e-invoice, calendar traffic, vendor OOO, vendor
renewal reminder, the vendor proposal quoting the Dentalink mail.""",
    'bs': """**Healthy - advocacy and expansion (Mexican Spanish, Guadalajara, UTC-6).** After go-live the director offers to be a
reference and agrees to a published case study. On 3 June an update breaks ISBT 128 labels and platelet release
stops (escalation); support fixes it the same day, the RCA arrives a day early. In July the board wants the three
collection centres added (expansion); purchasing finds the per-centre price high (pricing), gets a volume discount
and authorises the PO. In August the director confirms her congress talk about Velocare (advocacy, inside an
Outlook "Mensaje original" forward of the programme, which lists competitors as exhibitors). Hard negatives: vendor
newsletter, ticket acknowledgement, World Cup mail between the IT head and a support engineer, the resolution
confirmation quoting the URGENTE mail, vendor quote, e-invoice, calendar acceptance, out-of-office.""",
    'wu': """**Healthy - quiet seasonal rhythm (US English, university core, smb).** Terse Gmail requests in May, then the lab
manager announces the core is closed 1 July - 9 August (renovation + summer). The vendor's renewal reminder of 14
July gets two auto-replies. Nothing from the customer for two months is expected and must not raise
account_going_silent or contacts_going_silent. On 11 August the director confirms "Yes, we're renewing" and
hands over to purchasing (new contact, engaged); Megan promises the countersigned order form by 4 September (open
commitment at as_of) and the lab asks for two more seats. Hard negatives: vendor webinar upsell, a Thunderbird
forward of a survey about cores switching vendors, ticket acknowledgement, auto-replies, the vendor renewal
reminder, a job reference the director gives for a former tech applying at Velocare.""",
    'lm': """**Healthy - support escalation resolved well (Belgian French, Liège).** After a Saturday update the barcode readers
in 14 collection centres reject tubes ("c'est bloquant"); next morning the director writes "C'est inacceptable" and
copies Velocare's VP (escalation x2). Étienne answers at 3 a.m. Montréal time, the fix is live that evening, the
customer confirms, the RCA comes a day early and a credit note follows. In July the director thanks them and offers
to be a reference (advocacy); the quality manager's accreditation audit goes well. Hard negatives: newsletter,
ticket acknowledgement, credit-note e-bill, the fix confirmation quoting the escalation, a Thunderbird forward of the
customer's press release on two new centres (they say explicitly no new licences are needed), vendor survey,
out-of-office, calendar invite and acceptance.""",
    'cf': """**Healthy - contact on leave with a stated return date (Québec French).** The embryology-lab coordinator announces
parental leave from 12 June to 5 October 2026 and hands over to the senior embryologist; her auto-reply repeats the
return date. She is on_leave, not departed and not going silent. The medical director asks to deploy Velocare in a
new Laval clinic (expansion), the proposal arrives on time and the board approves it. Hard negatives: calendar
invite, newsletter with upsell, the leave auto-reply, vendor proposal with prices, a CFL football invitation between
the embryologist and Étienne, the clinic's OWN IVF fees for the patient portal, e-invoice.""",
    'as': """**Risk - going dark and latency degrading (Québec French, public agency, enterprise).** In May-June the lab chief
answers within hours (median ~5 h); the IT adviser sends SSO data once and never answers again (silent from 18 July);
the director accepts the annual review, thanks them on 16 June and is silent after that. After her holiday the lab
chief's replies take 7-8 days ("Les choses bougent de notre côté"); on 19 August she says all contracts over
$250k are under review before any renewal (renewal). Procurement then writes that the renewal goes to a public
tender in the autumn with at most a six-month extension (renewal, churn_risk) and refuses meetings. Renewal 5 Nov
(66 days). Hard negatives: newsletter, calendar traffic, auto-reply, an Outlook forward of a ministry bulletin about a
provincial platform that the customer says does not concern Velocare for now, e-invoice, maintenance notice.""",
    'hp': """**Risk - competitor evaluated by name, replies slowing (US English CRO, old Outlook).** In May the sample-management
director brings three oncology studies (expansion); procurement haggles the per-sample fee (pricing) and signs.
In June he warns that Sampleworks is on a corporate shortlist (competitor); on 1 July procurement issues an RFP
covering current and new programmes (renewal_at_risk, renewal 31 Oct, 61 days). A new Head of Biorepository is
engaged the next day. The champion's replies go from same day to 7-9 days, the last one praising the Sampleworks
demo (competitor, latency_degradation). The VP says they are "not planning to switch anything on the active
studies" (negation, hard negative) - the RFP still covers the renewal. Old Outlook drops In-Reply-To on the champion's
replies. Hard negatives: vendor SOW, newsletter, Fenway tickets, calendar traffic, vendor RFP response, e-invoice
with a disclaimer mentioning pricing and commitment, a process answer quoting the shortlist mail.""",
}


def write_readme(doc, stats):
    L = ['# blind-test-2 - Velocare Clinical Systems B.V.', '',
         'Vendor: Velocare Clinical Systems B.V. (Utrecht), lab and clinic scheduling and sample tracking. Vendor domains: '
         '`velocare.nl` (Dutch/Belgian staff, support@, billing@) and `velocare.com` (Madrid, Montréal, Boston staff, '
         'marketing@, sales@). expected.yaml has `vendor_domain: velocare.nl` as the format asks and `vendor_domains` '
         'with both; treat both as internal.', '',
         f"Period 2026-05-01 .. 2026-08-31, as_of {doc['as_of']}. Run `python3 generate.py` to rewrite and validate everything "
         '(deterministic; exits non-zero on any validation error).', '',
         f"Counts: {stats['accounts']} accounts, {stats['messages']} messages, {stats['hard_negatives']} hard negatives "
         f"(must_not_alert), {stats['signals']} phrase signals.", '',
         'AMs: Femke de Wit (Benelux, velocare.nl), Lucía Ortega (Madrid), Étienne Gagnon (Montréal), Megan Doyle (Boston).', '',
         '## Accounts', '',
         '| account | segment | ARR | renewal | days | owner | language | scenario | health |',
         '|---|---|---|---|---|---|---|---|---|']
    for a, acc in zip(ACCOUNTS, doc['accounts']):
        L.append(f"| {acc['account']} | {acc['segment']} | {acc['arr']:,} | {acc['renewal_date']} | {acc['renewal_window']['days_to_renewal']} "
                 f"| {acc['owner']} | {a['lang']} | {acc['scenario']} | {acc['health']} |")
    L += ['', 'Health: the five `at_risk` accounts must score below 60 and below each of the five `healthy` ones.', '',
          '## Stories', '']
    for a, acc in zip(ACCOUNTS, doc['accounts']):
        L += [f"### {acc['account']} (`{acc['mbox']}`)", '', STORIES[a['key']], '']
    L += ['## Alert table (what the AM must be told by as_of)', '',
          '| account | date | type | severity | evidence | note |', '|---|---|---|---|---|---|']
    for acc in doc['accounts']:
        for al in acc['alerts']:
            ev_ = ', '.join(e['message_id'] for e in al['evidence'])
            L.append(f"| {acc['account']} | {al['date']} | {al['type']} | {al['severity']} | {ev_} | {al['note']} |")
    L += ['', '## Alerts that must NOT be raised (besides every must_not_alert message)', '',
          '- Whitfield: no account_going_silent / contacts_going_silent in July-August (closure announced 8 June).',
          '- Clinique Fertilia: Isabelle Côté is on_leave until 2026-10-05: no contact_departed, no contacts_going_silent.',
          '- Laboratoires Médiane, Banco de Sangre: escalations were resolved; no churn_risk, no renewal_at_risk.',
          '- Sint Anna: no latency_degradation (one slow reply after a stated holiday; other August replies within hours).',
          '- No commitment_overdue except Grupo Dental (due 2026-07-14); every other vendor promise was kept in the mail or is due after as_of.',
          '', '## Definitions', '']
    for k, v in doc['definitions'].items():
        L.append(f"- **{k}**: {v}")
    L += ['', '## Signals by category and language', '',
          f"- by category: {', '.join(f'{k} {v}' for k, v in sorted(stats['signals_by_category'].items()))}",
          f"- by language: {', '.join(f'{k} {v}' for k, v in sorted(stats['signals_by_language'].items()))}",
          f"- alerts by type: {', '.join(f'{k} {v}' for k, v in sorted(stats['alerts_by_type'].items()))}", '',
          'Mail clients: Outlook 365 and old Outlook 12 (drops In-Reply-To, "-----Original Message-----" blocks), Lotus Notes '
          '(drops In-Reply-To, "Van:/Aan:/Datum:" header blocks, "Doorgestuurd door" forwards), Gmail, Apple Mail, iPhone, '
          'Thunderbird; ticketing, billing and campaign robots on the vendor side; an MTA bounce (multipart/report).', '']
    with open(os.path.join(OUT, 'README.md'), 'w') as f:
        f.write('\n'.join(L))


if __name__ == '__main__':
    main()
