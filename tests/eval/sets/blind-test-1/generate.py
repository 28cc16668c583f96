#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Tidewell (tidewell.io) -- blind scenario set "blind-test-1".

Tidewell sells fleet-maintenance and dispatch-scheduling SaaS to trucking, bus
and utility-fleet operators.  This script writes, into the folder that holds
it:

    accounts.csv      one row per customer account
    <account>.mbox    both directions of the vendor <-> customer mail (mboxrd)
    expected.yaml     ground truth: latency, contacts, signals, alerts,
                      hard negatives (must_not_alert)

and then validates what it wrote (Message-IDs, threading, verbatim phrases in
new/unquoted text, MIME defects, internal consistency of the ground truth).

Python 3 standard library only.  Deterministic: no clock, no random module;
Message-IDs and MIME boundaries are derived from SHA-256 of fixed keys.

    python3 generate.py           write everything, then validate
    python3 generate.py --check   only validate the files already on disk
"""
import csv
import datetime as dt
import hashlib
import html as htmlmod
import io
import os
import re
import statistics
import sys
from email import message_from_bytes
from email.headerregistry import Address, Group
from email.message import EmailMessage
from email.policy import default as _default_policy
from email.utils import format_datetime

POLICY = _default_policy.clone(linesep='\n', max_line_length=160)
HERE = os.path.dirname(os.path.abspath(__file__))

AS_OF = dt.date(2026, 6, 12)                       # analyse as of end of this day (Friday)
PERIOD_START = dt.date(2026, 2, 9)
FIRST_WIN = (dt.date(2026, 2, 9), dt.date(2026, 4, 9))     # first 60 days
LAST_WIN = (dt.date(2026, 5, 14), dt.date(2026, 6, 12))    # last 30 days
VENDOR_DOMAINS = ['tidewell.io']
ACTIVE_DAYS = 45        # human message within the last 45 days -> active
NEW_DAYS = 30           # first seen within the last 30 days -> new
UNANSWERED_MIN_DAYS = 2

# --------------------------------------------------------------------------
# time zones (all mail is Feb..Jun 2026: only the spring DST changes matter)
# --------------------------------------------------------------------------
UTC = dt.timezone.utc
STD = {'ET': -5, 'CT': -6, 'MT': -7, 'PT': -8, 'MX': -6, 'ES': 1, 'NL': 1, 'UTC': 0}
US_DST = {'ET': dt.datetime(2026, 3, 8, 7, tzinfo=UTC), 'CT': dt.datetime(2026, 3, 8, 8, tzinfo=UTC),
          'MT': dt.datetime(2026, 3, 8, 9, tzinfo=UTC), 'PT': dt.datetime(2026, 3, 8, 10, tzinfo=UTC)}
EU_DST = dt.datetime(2026, 3, 29, 1, tzinfo=UTC)
TZ_ABBR = {('ET', 0): 'EST', ('ET', 1): 'EDT', ('CT', 0): 'CST', ('CT', 1): 'CDT', ('MT', 0): 'MST',
           ('MT', 1): 'MDT', ('PT', 0): 'PST', ('PT', 1): 'PDT', ('MX', 0): 'CST', ('ES', 0): 'CET',
           ('ES', 1): 'CEST', ('NL', 0): 'CET', ('NL', 1): 'CEST', ('UTC', 0): 'UTC'}


def _dst(zone, utc):
    if zone in US_DST:
        return 1 if utc >= US_DST[zone] else 0
    if zone in ('ES', 'NL'):
        return 1 if utc >= EU_DST else 0
    return 0


def _tz(zone, utc):
    return dt.timezone(dt.timedelta(hours=STD[zone] + _dst(zone, utc)))


def local(zone, s):
    naive = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    guess = naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=STD[zone]))).astimezone(UTC)
    return naive.replace(tzinfo=_tz(zone, guess))


def to_zone(aware, zone):
    utc = aware.astimezone(UTC)
    return utc.astimezone(_tz(zone, utc))


def tz_abbr(aware, zone):
    return TZ_ABBR[(zone, _dst(zone, aware.astimezone(UTC)))]


# --------------------------------------------------------------------------
# date formats used by the various mail clients when they quote
# --------------------------------------------------------------------------
EN_DOW = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_MON = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
ES_DOW = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']
ES_DOW3 = ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom']
ES_MON = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
          'octubre', 'noviembre', 'diciembre']
NL_DOW = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']
NL_MON = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
          'oktober', 'november', 'december']


def _h12(t):
    h = t.hour % 12 or 12
    return '%d:%02d %s' % (h, t.minute, 'AM' if t.hour < 12 else 'PM')


def fmt_gmail(t):       # Tue, Feb 10, 2026 at 8:12 AM
    return '%s, %s %d, %d at %s' % (EN_DOW[t.weekday()][:3], EN_MON[t.month - 1][:3], t.day, t.year, _h12(t))


def fmt_outlook(t):     # Tuesday, February 10, 2026 8:12 AM
    return '%s, %s %d, %d %s' % (EN_DOW[t.weekday()], EN_MON[t.month - 1], t.day, t.year, _h12(t))


def fmt_apple(t):       # Feb 10, 2026, at 8:12 AM
    return '%s %d, %d, at %s' % (EN_MON[t.month - 1][:3], t.day, t.year, _h12(t))


def fmt_tbird(t):       # 2/10/26 8:12 AM
    return '%d/%d/%02d %s' % (t.month, t.day, t.year % 100, _h12(t))


def fmt_lotus(t):       # 02/10/2026 08:12 AM
    h = t.hour % 12 or 12
    return '%02d/%02d/%d %02d:%02d %s' % (t.month, t.day, t.year, h, t.minute, 'AM' if t.hour < 12 else 'PM')


def fmt_es_outlook(t):  # martes, 10 de febrero de 2026 8:12
    return '%s, %d de %s de %d %d:%02d' % (ES_DOW[t.weekday()], t.day, ES_MON[t.month - 1], t.year, t.hour, t.minute)


def fmt_es_gmail(t):    # mar, 10 feb 2026 a las 8:12
    return '%s, %d %s %d a las %d:%02d' % (ES_DOW3[t.weekday()], t.day, ES_MON[t.month - 1][:3], t.year, t.hour, t.minute)


def fmt_nl_outlook(t):  # dinsdag 10 februari 2026 15:12
    return '%s %d %s %d %d:%02d' % (NL_DOW[t.weekday()], t.day, NL_MON[t.month - 1], t.year, t.hour, t.minute)


def fmt_zendesk(t, zone):
    return '%s %d, %d, %s %s' % (EN_MON[t.month - 1][:3], t.day, t.year, _h12(t), tz_abbr(t, zone))


# --------------------------------------------------------------------------
# registry: people, accounts, messages, ground truth
# --------------------------------------------------------------------------
PEOPLE = {}
ACCOUNTS = []
ACC = {}
MSGS = {}
ORDER = []
SIGNALS = []
ALERTS = []
CUR = [None]


class Person(object):
    def __init__(self, key, name, email, title='', tz='CT', client='gmail', lang='en', sig='', disclaimer='',
                 side='customer', cte=None, mime='plain', status=None, org=''):
        self.key, self.name, self.email, self.title = key, name, email.lower(), title
        self.tz, self.client, self.lang, self.sig, self.disclaimer = tz, client, lang, sig, disclaimer
        self.side, self.cte, self.mime, self.status, self.org = side, cte, mime, status, org

    @property
    def domain(self):
        return self.email.split('@', 1)[1]

    def addr(self):
        if self.side == 'group':
            return Group(self.name)
        return Address(self.name, addr_spec=self.email) if self.name else Address(addr_spec=self.email)

    def disp(self):
        return '%s <%s>' % (self.name, self.email) if self.name else self.email


def person(key, name, email, **kw):
    PEOPLE[key] = Person(key, name, email, **kw)
    return PEOPLE[key]


class Account(object):
    def __init__(self, key, name, domains, owner, arr, renewal, segment, scenario, mbox, health):
        self.key, self.name, self.domains, self.owner = key, name, domains, owner
        self.arr, self.renewal, self.segment, self.scenario = arr, dt.date.fromisoformat(renewal), segment, scenario
        self.mbox, self.health = mbox, health
        self.neg = {}


def account(key, name, domains, owner, arr, renewal, segment, scenario, mbox, health):
    a = Account(key, name, domains, owner, arr, renewal, segment, scenario, mbox, health)
    ACCOUNTS.append(a)
    ACC[key] = a
    CUR[0] = a
    return a


class Msg(object):
    pass


def _p(x):
    return x if isinstance(x, Person) else PEOPLE[x]


def m(key, when, frm, to, subject, text, cc=(), re_=None, kind='human', neg=None, ask=False, quote=True,
      sig=None, disclaimer=None, mime=None, cte=None, attach=(), fwd=None, drop_thread=False, headers=None,
      client=None, lang=None, tz=None, bcc_note=None, env_from=None, raw=None):
    """Define one message.  `when` is local time of the sender ('YYYY-MM-DD HH:MM')."""
    assert key not in MSGS, key
    g = Msg()
    g.key, g.acct = key, CUR[0]
    g.frm = _p(frm)
    g.to = [_p(x) for x in to]
    g.cc = [_p(x) for x in cc]
    g.tz = tz or g.frm.tz
    g.when = local(g.tz, when)
    g.parent = MSGS[re_] if re_ else None
    g.kind, g.neg, g.ask, g.quote = kind, neg, ask, quote
    g.client = client or g.frm.client
    g.lang = lang or g.frm.lang
    g.sig = g.frm.sig if sig is None else sig
    g.disclaimer = g.frm.disclaimer if disclaimer is None else disclaimer
    g.mime = mime or g.frm.mime
    g.cte = cte or g.frm.cte
    g.attach, g.fwd, g.drop_thread = list(attach), fwd, drop_thread
    g.headers = dict(headers or {})
    g.env_from = env_from
    g.raw_builder = raw
    g.text = text.strip('\n')
    if subject is None:
        assert g.parent is not None, key
        subject = reply_subject(g.parent.subject, g.client, g.lang)
    g.subject = subject
    g.msgid = make_msgid(g)
    if g.parent is not None:
        g.references = list(g.parent.references) + [g.parent.msgid]
    else:
        g.references = []
    if neg:
        g.acct.neg[key] = neg
    MSGS[key] = g
    ORDER.append(key)
    return g


def reply_subject(subj, client, lang):
    base = re.sub(r'^((re|aw|antw|rv|fw|fwd|doorst|sv|r)\s*:\s*)+', '', subj, flags=re.I)
    if client.startswith('outlook') or client == 'lotus':
        pre = 'RE: '
    else:
        pre = 'Re: '
    return pre + base


def sig_(key, ptype, phrase, **extra):
    d = {'msg': key, 'type': ptype, 'phrase': phrase}
    d.update(extra)
    SIGNALS.append(d)


def commit_(key, phrase, due, outcome, delivered=None, note=None):
    d = {'msg': key, 'type': 'commitment', 'phrase': phrase, 'due': due, 'outcome': outcome}
    if delivered:
        d['delivered'] = delivered
    if note:
        d['note'] = note
    SIGNALS.append(d)


def alert_(acct, atype, severity, date, evidence, note, **extra):
    d = {'acct': acct, 'type': atype, 'severity': severity, 'date': date, 'evidence': evidence, 'note': note}
    d.update(extra)
    ALERTS.append(d)


# --------------------------------------------------------------------------
# deterministic ids
# --------------------------------------------------------------------------
def _h(s, n=16, alphabet='0123456789ABCDEF'):
    d = hashlib.sha256(('tidewell-bt1/' + s).encode()).digest()
    out = ''
    i = 0
    while len(out) < n:
        out += alphabet[d[i % len(d)] % len(alphabet)]
        i += 1
        if i % len(d) == 0:
            d = hashlib.sha256(d).digest()
    return out


B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def make_msgid(g):
    k = g.key
    c = g.client
    dom = g.frm.domain
    if g.kind == 'bounce':
        return '<%s.%s.%s@mx.google.com>' % (_h(k + 'a', 8, '0123456789abcdef'), _h(k + 'b', 8, '0123456789abcdef'),
                                             _h(k + 'c', 5, '0123456789abcdef'))
    if c == 'zendesk':
        return '<%s_%s_sprut@zendesk.com>' % (_h(k, 10, B62[:36]), _h(k + 'z', 6, '0123456789abcdef'))
    if c == 'system':
        return '<%s.%s@%s>' % (g.when.astimezone(UTC).strftime('%Y%m%d%H%M%S'), _h(k, 12, '0123456789abcdef'),
                               'mail.' + dom if dom == 'tidewell.io' else dom)
    if c == 'gmail':
        return '<CA%s@mail.gmail.com>' % (_h(k, 46, B62 + '+_-'),)
    if c.startswith('outlook'):
        num = int(_h(k + 'h', 2, '0123456789')) % 19 + 2
        if g.tz in ('NL', 'ES'):
            host, region = 'AM9PR%02dMB' % (num % 9 + 1) + _h(k + 'x', 4, '0123456789'), 'eurprd%02d' % (num % 9 + 1)
        else:
            host, region = 'BN8PR%02dMB' % num + _h(k + 'x', 4, '0123456789'), 'namprd%02d' % num
        return '<%s%s@%s.%s.prod.outlook.com>' % (host, _h(k, 14), host, region)
    if c in ('apple', 'iphone', 'ipad'):
        u = _h(k, 32)
        return '<%s-%s-%s-%s-%s@%s>' % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)
    if c == 'thunderbird':
        u = _h(k, 32, '0123456789abcdef')
        return '<%s-%s-%s-%s-%s@%s>' % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)
    if c == 'lotus':
        return '<OF%s.%s-ON%s%s@%s>' % (_h(k, 8), _h(k + '1', 8), _h(k + '2', 8), '-' + _h(k + '3', 8), dom)
    return '<%s@%s>' % (_h(k, 24, '0123456789abcdef'), dom)


# --------------------------------------------------------------------------
# bodies: new text, signature, disclaimer, quoted/forwarded history
# --------------------------------------------------------------------------
def qprefix(body):
    out = []
    for line in body.split('\n'):
        if line.startswith('>'):
            out.append('>' + line)
        elif line.strip() == '':
            out.append('>')
        else:
            out.append('> ' + line)
    return '\n'.join(out)


def _names(ps):
    return '; '.join(p.disp() for p in ps)


def outlook_header(lang, t, parent):
    cc = parent.cc
    if lang == 'es':
        lines = ['De: %s' % parent.frm.disp(), 'Enviado: %s' % fmt_es_outlook(t), 'Para: %s' % _names(parent.to)]
        if cc:
            lines.append('CC: %s' % _names(cc))
        lines.append('Asunto: %s' % parent.subject)
    elif lang == 'nl':
        lines = ['Van: %s' % parent.frm.disp(), 'Verzonden: %s' % fmt_nl_outlook(t), 'Aan: %s' % _names(parent.to)]
        if cc:
            lines.append('CC: %s' % _names(cc))
        lines.append('Onderwerp: %s' % parent.subject)
    else:
        lines = ['From: %s' % parent.frm.disp(), 'Sent: %s' % fmt_outlook(t), 'To: %s' % _names(parent.to)]
        if cc:
            lines.append('Cc: %s' % _names(cc))
        lines.append('Subject: %s' % parent.subject)
    return '\n'.join(lines)


def attribution(g, parent):
    """The 'On ... wrote:' style line (None for Outlook/Lotus header blocks)."""
    t = to_zone(parent.when, g.tz)
    p = parent.frm
    c, lang = g.client, g.lang
    if c == 'gmail':
        if lang == 'es':
            return 'El %s, %s (<%s>) escribió:' % (fmt_es_gmail(t), p.name, p.email)
        return 'On %s %s <%s> wrote:' % (fmt_gmail(t), p.name, p.email)
    if c in ('apple', 'iphone', 'ipad'):
        if lang == 'es':
            return 'El %d %s %d, a las %d:%02d, %s <%s> escribió:' % (t.day, ES_MON[t.month - 1][:3], t.year, t.hour,
                                                                       t.minute, p.name, p.email)
        return 'On %s, %s <%s> wrote:' % (fmt_apple(t), p.name, p.email)
    if c == 'thunderbird':
        return 'On %s, %s wrote:' % (fmt_tbird(t), p.name)
    return None


def quote_depth_body(parent):
    # clients quote the whole previous message including its own history;
    # we stop nesting after three levels to keep files readable
    if parent.depth >= 3:
        return parent.plain_new
    return parent.plain_full


def render_quote_plain(g, parent):
    body = quote_depth_body(parent)
    t = to_zone(parent.when, g.tz)
    c = g.client
    if c in ('outlook', 'outlook_mobile'):
        return '________________________________\n' + outlook_header(g.lang, t, parent) + '\n\n' + body
    if c == 'outlook_old':
        return '-----Original Message-----\n' + outlook_header(g.lang, t, parent) + '\n\n' + body
    if c == 'lotus':
        hdr = 'From:\t%s\nTo:\t%s\nDate:\t%s\nSubject:\t%s' % (parent.frm.disp(), ', '.join(p.disp() for p in parent.to),
                                                            fmt_lotus(t), parent.subject)
        return hdr + '\n\n' + body
    if c in ('iphone', 'ipad'):
        return qprefix(attribution(g, parent) + '\n\n' + body)
    if c == 'zendesk':
        return '--------------------------------\n\n%s, %s\n\n%s' % (parent.frm.name, fmt_zendesk(t, g.tz), parent.plain_new)
    att = attribution(g, parent) or ('On %s %s wrote:' % (fmt_gmail(t), parent.frm.disp()))
    return att + '\n' + ('\n' if c == 'gmail' or c == 'apple' else '') + qprefix(body)


def render_forward_plain(g):
    f = g.fwd
    style = f.get('style', 'gmail')
    t = f['when']
    if style == 'gmail':
        hdr = ('---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s'
               % (f['from'], fmt_gmail(t), f['subject'], f['to']))
    elif style == 'lotus':
        hdr = ('----- Forwarded by %s on %s -----\n\nFrom:\t%s\nTo:\t%s\nDate:\t%s\nSubject:\t%s'
               % (f['by'], fmt_lotus(f['fwd_when']), f['from'], f['to'], fmt_lotus(t), f['subject']))
    elif style == 'outlook_nl':
        hdr = ('Van: %s\nVerzonden: %s\nAan: %s\nOnderwerp: %s' % (f['from'], fmt_nl_outlook(t), f['to'], f['subject']))
    elif style == 'outlook_es':
        hdr = ('________________________________\nDe: %s\nEnviado: %s\nPara: %s\nAsunto: %s'
               % (f['from'], fmt_es_outlook(t), f['to'], f['subject']))
    elif style == 'apple':
        hdr = ('Begin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: %s\nTo: %s'
               % (f['from'], f['subject'], fmt_apple(t).replace(', at', ' at'), f['to']))
    else:
        hdr = ('________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s'
               % (f['from'], fmt_outlook(t), f['to'], f['subject']))
    return hdr + '\n\n' + f['body'].strip('\n')


def plain_to_html_inner(text):
    paras = re.split(r'\n\s*\n', text.strip('\n'))
    out = []
    for p in paras:
        if p.startswith('>'):
            inner = '\n'.join(re.sub(r'^> ?', '', ln) for ln in p.split('\n'))
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>'
                       % plain_to_html_inner(inner))
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(htmlmod.escape(ln, quote=False) for ln in p.split('\n')))
    return '\n'.join(out)


def render_html(g):
    """HTML version: new text, signature, disclaimer, then the quoted history."""
    c = g.client
    new_paras = re.split(r'\n\s*\n', g.plain_new.strip('\n'))
    parent = g.parent if (g.parent is not None and g.quote and not g.fwd) else None
    if c.startswith('outlook') or c == 'lotus':
        body = ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' %
                       '<br>\n'.join(htmlmod.escape(ln, quote=False) for ln in p.split('\n')) for p in new_paras)
        q = ''
        if parent is not None:
            t = to_zone(parent.when, g.tz)
            hdr = outlook_header(g.lang, t, parent).split('\n')
            hdr_html = '<br>\n'.join('<b>%s:</b> %s' % (htmlmod.escape(h.split(': ', 1)[0]), htmlmod.escape(h.split(': ', 1)[1]))
                                     for h in hdr)
            pin = parent.html_inner if parent.html_inner else plain_to_html_inner(quote_depth_body(parent))
            q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">\n'
                 '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n%s' % (hdr_html, pin))
        elif g.fwd:
            q = plain_to_html_inner(render_forward_plain(g))
        inner = body + q
        lang_attr = {'es': 'ES-MX' if g.tz == 'MX' else 'ES', 'nl': 'NL'}.get(g.lang, 'EN-US')
        doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
               '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
               '<style><!-- p.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
               '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
               % (lang_attr, inner))
        return inner, doc
    # gmail-like
    body = '<div dir="ltr">' + ''.join('<div>%s</div><div><br></div>' %
                                       '<br>'.join(htmlmod.escape(ln, quote=False) for ln in p.split('\n'))
                                       for p in new_paras) + '</div>'
    q = ''
    if parent is not None:
        att = attribution(g, parent) or ('On %s %s wrote:' % (fmt_gmail(to_zone(parent.when, g.tz)), parent.frm.disp()))
        pin = parent.html_inner if parent.html_inner else plain_to_html_inner(quote_depth_body(parent))
        q = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
             'padding-left:1ex">%s</blockquote></div>' % (htmlmod.escape(att, quote=False), pin))
    elif g.fwd:
        q = '<br><div class="gmail_quote">%s</div>' % plain_to_html_inner(render_forward_plain(g))
    inner = body + q
    return inner, inner + '\n'


def render(g):
    parts = [g.text]
    if g.sig:
        parts.append(g.sig.strip('\n'))
    if g.disclaimer:
        parts.append(g.disclaimer.strip('\n'))
    g.plain_new = '\n\n'.join(parts)
    g.depth = 0
    tail = ''
    if g.fwd:
        tail = render_forward_plain(g)
    elif g.parent is not None and g.quote:
        tail = render_quote_plain(g, g.parent)
        g.depth = g.parent.depth + 1
    if g.client == 'zendesk':
        g.plain_new = '##- Please type your reply above this line -##\n\n' + g.plain_new
    g.plain_full = g.plain_new + ('\n\n' + tail if tail else '')
    g.html_inner = None
    if g.mime in ('alt', 'html'):
        g.html_inner, g.html_doc = render_html(g)


# --------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------
CLIENT_HEADERS = {
    'outlook': [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('X-Mailer', 'Microsoft Outlook 16.0')],
    'outlook_old': [('X-Mailer', 'Microsoft Outlook 16.0'), ('X-MS-Has-Attach', '')],
    'outlook_mobile': [('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')],
    'apple': [('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)')],
    'iphone': [('X-Mailer', 'iPhone Mail (22E252)')],
    'ipad': [('X-Mailer', 'iPad Mail (22E252)')],
    'thunderbird': [('User-Agent', 'Mozilla Thunderbird')],
    'lotus': [('X-Mailer', 'IBM Notes Release 9.0.1FP10 SHF68 December 18, 2019'),
              ('X-MIMETrack', 'Serialize by Router on CTANOTES01/CTA(Release 9.0.1FP10 HF383|May 6, 2020) at %s')],
}


def _is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def build_message(g):
    if g.raw_builder is not None:
        return g.raw_builder(g)
    em = EmailMessage(policy=POLICY)
    em['From'] = g.frm.addr()
    if g.to:
        em['To'] = tuple(p.addr() for p in g.to)
    if g.cc:
        em['Cc'] = tuple(p.addr() for p in g.cc)
    em['Subject'] = g.subject
    em['Date'] = format_datetime(g.when)
    em['Message-ID'] = g.msgid
    if g.parent is not None and not g.drop_thread:
        em['In-Reply-To'] = g.parent.msgid
        em['References'] = ' '.join(g.references)
    for k, v in CLIENT_HEADERS.get(g.client, []):
        if '%s' in v:
            v = v % fmt_lotus(to_zone(g.when, g.tz))
        em[k] = v
    if g.client.startswith('outlook'):
        em['Thread-Topic'] = re.sub(r'^((RE|FW|AW|RV|Antw|Doorst)\s*:\s*)+', '', g.subject, flags=re.I)
        root = g
        while root.parent is not None:
            root = root.parent
        em['Thread-Index'] = 'Ad' + _h(root.key + 'ti', 26, B62 + '+/') + '=='
        em['Content-Language'] = {'es': 'es-MX' if g.tz == 'MX' else 'es-ES', 'nl': 'nl-NL'}.get(g.lang, 'en-US')
    for k, v in g.headers.items():
        em[k] = v
    plain = g.plain_full + '\n'
    cte = g.cte
    if cte is None:
        cte = '7bit' if _is_ascii(plain) else 'quoted-printable'
    if cte == 'qp':
        cte = 'quoted-printable'
    if cte == 'b64':
        cte = 'base64'
    if g.kind == 'calendar':
        em.set_content(plain, cte=cte)
        em.add_alternative(g.ics, subtype='calendar', params={'method': g.ics_method}, cte='7bit' if _is_ascii(g.ics) else 'quoted-printable')
    elif g.mime == 'html':
        em.set_content(g.html_doc, subtype='html', cte=cte if cte != '7bit' or _is_ascii(g.html_doc) else 'quoted-printable')
    elif g.mime == 'alt':
        em.set_content(plain, cte=cte)
        em.add_alternative(g.html_doc, subtype='html', cte=cte if cte != '7bit' or _is_ascii(g.html_doc) else 'quoted-printable')
    else:
        em.set_content(plain, cte=cte)
    for (fname, ctype, data) in g.attach:
        maintype, subtype = ctype.split('/')
        if isinstance(data, str):
            data = data.encode('utf-8')
        em.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    # tidy: deterministic boundaries, no MIME-Version on sub-parts
    i = 0
    for part in em.walk():
        if part is not em and 'MIME-Version' in part:
            del part['MIME-Version']
        if part.is_multipart():
            part.set_boundary('----=_Part_%s_%d' % (_h(g.key + 'bnd', 12, '0123456789abcdef'), i))
            i += 1
    return em.as_bytes(policy=POLICY)


def ics_event(uid, organizer, attendees, start, end, summary, description, location, method='REQUEST',
              partstat=None, dtstamp=None):
    def z(t):
        return t.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', 'METHOD:%s' % method, 'BEGIN:VEVENT', 'DTSTART:%s' % z(start), 'DTEND:%s' % z(end),
             'DTSTAMP:%s' % z(dtstamp or start), 'ORGANIZER;CN=%s:mailto:%s' % (organizer.name, organizer.email),
             'UID:%s' % uid]
    for a in attendees:
        ps = partstat or 'NEEDS-ACTION'
        lines.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s:mailto:%s' % (ps, a.name, a.email))
    desc = description.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines += ['DESCRIPTION:%s' % desc, 'LOCATION:%s' % location.replace(',', '\\,'), 'SEQUENCE:0',
              'STATUS:CONFIRMED', 'SUMMARY:%s' % summary.replace(',', '\\,'), 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in lines:            # RFC 5545 folding at 75 octets
        while len(ln) > 75:
            out.append(ln[:75])
            ln = ' ' + ln[75:]
        out.append(ln)
    return '\n'.join(out) + '\n'


def invite(key, when, frm, to, subject, text, start, end, location, cc=(), neg=None, method='REQUEST', re_=None,
           partstat=None, kind='calendar', **kw):
    """Calendar invitation (or response) as multipart/alternative text/plain + text/calendar."""
    g = m(key, when, frm, to, subject, text, cc=cc, neg=neg, kind=kind, re_=re_, quote=False, sig='', disclaimer='',
          **kw)
    g.kind = 'calendar'
    g.cal_kind = kind
    fr = _p(frm)
    if method == 'REPLY':
        organizer, attendees = g.to[0], [fr]
    else:
        organizer, attendees = fr, [p for p in g.to + g.cc]
    g.ics = ics_event(_h(key + 'uid', 26, '0123456789abcdefghijklmnopqrstuv') + '@google.com', organizer,
                      attendees, local(fr.tz, start), local(fr.tz, end), subject.split(': ', 1)[-1]
                      if method == 'REPLY' else subject, text, location, method=method, partstat=partstat,
                      dtstamp=g.when)
    g.ics_method = method
    return g


# --------------------------------------------------------------------------
# bounce (multipart/report) is written by hand
# --------------------------------------------------------------------------
def bounce_builder(orig_key, rcpt, reason):
    def build(g):
        o = MSGS[orig_key]
        b = '----=_Part_%s' % _h(g.key + 'bnd', 12, '0123456789abcdef')
        ohdr = ('From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n'
                % (o.frm.disp(), ', '.join(p.disp() for p in o.to), o.subject, format_datetime(o.when), o.msgid))
        text = ('\n** Address not found **\n\nYour message wasn\'t delivered to %s because the address couldn\'t be found, '
                'or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n'
                'The response from the remote server was:\n%s\n' % (rcpt, reason))
        g.plain_full = text
        g.plain_new = text
        utc = g.when.astimezone(UTC)
        lines = [
            'Return-Path: <>',
            'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
            'To: %s' % o.frm.disp(),
            'Subject: Delivery Status Notification (Failure)',
            'Date: %s' % format_datetime(g.when),
            'Message-ID: %s' % g.msgid,
            'In-Reply-To: %s' % o.msgid,
            'References: %s' % o.msgid,
            'Auto-Submitted: auto-replied',
            'X-Failed-Recipients: %s' % rcpt,
            'MIME-Version: 1.0',
            'Content-Type: multipart/report; boundary="%s"; report-type=delivery-status' % b,
            '',
            '--%s' % b,
            'Content-Type: text/plain; charset="UTF-8"',
            'Content-Transfer-Encoding: 7bit',
            '',
            text,
            '--%s' % b,
            'Content-Type: message/delivery-status',
            '',
            'Reporting-MTA: dns; googlemail.com',
            'Received-From-MTA: dns; mail-sor-f41.google.com',
            'Arrival-Date: %s' % format_datetime(o.when),
            '',
            'Final-Recipient: rfc822; %s' % rcpt,
            'Action: failed',
            'Status: 5.1.1',
            'Remote-MTA: dns; %s' % ('mx1.' + rcpt.split('@')[1]),
            'Diagnostic-Code: smtp; %s' % reason,
            'Last-Attempt-Date: %s' % format_datetime(g.when),
            '',
            '--%s' % b,
            'Content-Type: text/rfc822-headers',
            '',
            ohdr,
            '--%s--' % b,
            '']
        _ = utc
        return '\n'.join(lines).encode('utf-8')
    return build


# --------------------------------------------------------------------------
# mbox (mboxrd) writing and reading
# --------------------------------------------------------------------------
FROM_RE = re.compile(rb'^(>*From )')


def envelope(g):
    if g.env_from:
        return g.env_from
    if g.kind == 'bounce':
        return 'MAILER-DAEMON'
    return g.frm.email


def mbox_bytes(msgs):
    out = io.BytesIO()
    for g in msgs:
        raw = g.raw
        lines = raw.rstrip(b'\n').split(b'\n')
        esc = [(b'>' + ln) if FROM_RE.match(ln) else ln for ln in lines]
        utc = g.when.astimezone(UTC)
        out.write(('From %s %s\n' % (envelope(g), utc.strftime('%a %b %d %H:%M:%S %Y'))).encode('ascii'))
        out.write(b'\n'.join(esc) + b'\n\n')
    return out.getvalue()


def read_mbox(path):
    with open(path, 'rb') as fh:
        data = fh.read()
    msgs = []
    cur = None
    for ln in data.split(b'\n'):
        if ln.startswith(b'From '):
            if cur is not None:
                msgs.append(cur)
            cur = []
            continue
        m_ = re.match(rb'^>(>*From )', ln)
        if m_:
            ln = ln[1:]
        cur.append(ln)
    if cur is not None:
        msgs.append(cur)
    out = []
    for lines in msgs:
        while lines and lines[-1] == b'':
            lines.pop()
        out.append(b'\n'.join(lines) + b'\n')
    return out


# ==========================================================================
# Tidewell (vendor side)
# ==========================================================================
person('renata', 'Renata Alvarez', 'renata.alvarez@tidewell.io', title='Senior Account Manager', tz='CT',
       client='gmail', side='vendor',
       sig='-- \nRenata Alvarez\nSenior Account Manager | Tidewell\n+1 (312) 555-0199 | tidewell.io')
SIG_RENATA_ES = '-- \nRenata Alvarez\nGerente Senior de Cuentas | Tidewell\n+1 (312) 555-0199 | tidewell.io'
person('colin', 'Colin Petrakis', 'colin.petrakis@tidewell.io', title='Account Manager', tz='MT', client='gmail',
       side='vendor', sig='Colin Petrakis\nAccount Manager, Tidewell\nc: (720) 555-0172 | tidewell.io')
person('priya', 'Priya Nandakumar', 'priya.nandakumar@tidewell.io', title='Solutions Engineer', tz='CT',
       client='gmail', side='vendor', sig='Priya Nandakumar\nSolutions Engineer | Tidewell\ntidewell.io')
person('josh', 'Josh Whitfield', 'josh.whitfield@tidewell.io', title='VP, Customer Success', tz='CT',
       client='gmail', side='vendor', sig='Josh Whitfield\nVP, Customer Success | Tidewell')
person('hannah', 'Hannah Lutz', 'hannah.lutz@tidewell.io', title='General Counsel', tz='CT', client='gmail',
       side='vendor', mime='alt',
       sig='Hannah Lutz\nGeneral Counsel\nTidewell, Inc. | 221 N. LaSalle Street, Suite 1400 | Chicago, IL 60601',
       disclaimer='PRIVILEGED & CONFIDENTIAL. This message may contain information protected by the attorney-client '
                  'privilege. If you received it in error, please notify the sender and delete it.')
person('tw_support', 'Tidewell Support', 'support@tidewell.io', tz='CT', client='zendesk', side='vendor')
person('maya', 'Maya Chen (Tidewell Support)', 'support@tidewell.io', tz='CT', client='zendesk', side='vendor',
       sig='Maya Chen\nTidewell Support')
person('andre', 'Andre Okafor (Tidewell Support)', 'support@tidewell.io', tz='CT', client='zendesk', side='vendor',
       sig='Andre Okafor\nTidewell Support')
person('lucia', 'Lucía Romero (Tidewell Soporte)', 'support@tidewell.io', tz='CT', client='zendesk', side='vendor',
       sig='Lucía Romero\nSoporte Tidewell')
person('tw_status', 'Tidewell Status', 'status@tidewell.io', tz='CT', client='system', side='vendor')
person('tw_billing', 'Tidewell Billing', 'billing@tidewell.io', tz='CT', client='gmail', side='vendor')
person('marcus', 'Marcus Bell', 'billing@tidewell.io', tz='CT', client='gmail', side='vendor',
       sig='Marcus Bell\nBilling & Collections | Tidewell\nbilling@tidewell.io')
person('tw_news', 'Tidewell', 'news@tidewell.io', tz='CT', client='system', side='vendor', mime='alt')
person('tw_noreply', 'Tidewell', 'noreply@tidewell.io', tz='CT', client='system', side='vendor')
person('tw_list', 'Tidewell Customers', 'customers@lists.tidewell.io', tz='CT', side='list')
person('daemon', 'Mail Delivery Subsystem', 'mailer-daemon@googlemail.com', tz='MT', side='system', client='system')
person('undisclosed', 'undisclosed-recipients', 'undisclosed@invalid', side='group')

NEWS_FOOTER = ('You are receiving this because you are a Tidewell customer administrator. '
               'Manage preferences: https://tidewell.io/preferences | Unsubscribe: https://tidewell.io/u/{u}\n'
               'Tidewell, Inc., 221 N. LaSalle Street, Suite 1400, Chicago, IL 60601')


def newsletter(key, when, to, subject, text, neg, u='x', frm='tw_news', **kw):
    """Vendor marketing mail to a list (bulk, with List-Unsubscribe)."""
    hdr = {'Precedence': 'bulk', 'List-Unsubscribe': '<https://tidewell.io/u/%s>' % _h(key + u, 10, B62),
           'List-Id': 'Tidewell customer news <news.tidewell.io>', 'Auto-Submitted': 'auto-generated'}
    hdr.update(kw.pop('headers', {}))
    return m(key, when, frm, to, subject, text + '\n\n' + NEWS_FOOTER.format(u=_h(key, 10, B62)), kind='newsletter',
             neg=neg, headers=hdr, sig='', **kw)


def notify(key, when, frm, to, subject, text, neg, re_=None, **kw):
    """Automated notification (ticket system, status page, scheduler)."""
    hdr = {'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All'}
    hdr.update(kw.pop('headers', {}))
    return m(key, when, frm, to, subject, text, kind='notification', neg=neg, re_=re_, headers=hdr, sig='',
             quote=False, **kw)


def ooo(key, when, frm, to, subject, text, re_, neg=None, **kw):
    """Out-of-office / auto-reply."""
    hdr = {'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes', 'X-Auto-Response-Suppress': 'All'}
    hdr.update(kw.pop('headers', {}))
    return m(key, when, frm, to, subject, text, kind='auto_reply', neg=neg, re_=re_, quote=False, headers=hdr,
             sig='', disclaimer='', **kw)


def ticket_ack(key, when, to, re_, num, subj, neg='automatic ticket acknowledgement from the vendor help desk',
               lang='en'):
    if lang == 'es':
        text = ('Hola,\n\nGracias por escribir a Soporte Tidewell. Tu solicitud (#%d) fue recibida y nuestro equipo la '
                'está revisando.\n\nPara agregar comentarios, responde a este correo.\n\nEste correo es un servicio de '
                'Soporte Tidewell.' % num)
    else:
        text = ('Hi,\n\nThanks for contacting Tidewell Support. Your request (#%d) has been received and is being '
                'reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\nThis email is a '
                'service from Tidewell Support.' % num)
    return notify(key, when, 'tw_support', to, '[Tidewell Support] Re: %s' % subj, text, neg, re_=re_)


def ticket_solved(key, when, to, re_, num, subj, neg='automated "request solved" notice with satisfaction survey'):
    text = ('##- Please type your reply above this line -##\n\nYour request (#%d) has been solved. If you believe '
            'the request is not solved, reply to this email within 7 days to reopen it.\n\n'
            'How would you rate the support you received?\n'
            '  Good, I\'m satisfied: https://support.tidewell.io/requests/%d/satisfaction/new/good\n'
            '  Bad, I\'m unsatisfied: https://support.tidewell.io/requests/%d/satisfaction/new/bad\n\n'
            'This email is a service from Tidewell Support.' % (num, num, num))
    return notify(key, when, 'tw_support', to, '[Tidewell Support] Request #%d "%s" has been solved' % (num, subj),
                  text, neg, re_=re_)


# ==========================================================================
# 1. Harbor Freightlines -- enterprise trucking, Savannah GA.
#    Replies drift from hours to days as the July 31 renewal approaches.
# ==========================================================================
account('harbor', 'Harbor Freightlines', ['harborfreightlines.com'], 'renata', 186000, '2026-07-31', 'enterprise',
        'renewal_at_risk_latency_drift', 'harbor-freightlines.mbox', 'at_risk')

HF_DISC = ('CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended '
           'recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, '
           'disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender '
           'by reply e-mail and destroy all copies of the original message.')
person('dale', 'Dale Kowalczyk', 'dkowalczyk@harborfreightlines.com', title='Director of Fleet Maintenance', tz='ET',
       client='outlook_old', mime='alt', disclaimer=HF_DISC,
       sig='Dale Kowalczyk\nDirector of Fleet Maintenance\nHarbor Freightlines, Inc. | 2200 Louisville Rd, Savannah, GA 31415\n'
           'O: 912-555-0143 | M: 912-555-0188')
person('tamika', 'Tamika Reyes', 'treyes@harborfreightlines.com', title='Procurement Manager', tz='ET', client='outlook',
       mime='html', disclaimer=HF_DISC,
       sig='Tamika Reyes, CPSM\nProcurement Manager\nHarbor Freightlines, Inc.\n912-555-0120')
person('ray', 'Ray Boudreaux', 'rboudreaux@harborfreightlines.com', title='Dispatch Supervisor', tz='ET',
       client='iphone', sig='Sent from my iPhone')

m('HF01', '2026-02-10 09:05', 'renata', ['dale'], 'Q1 business review - Harbor / Tidewell', """
Hi Dale,

Hope the shop is keeping up with the cold snap. I'd like to get our Q1 business review on the calendar: 60 minutes, you and Tamika if she's available, and Priya from our side to walk through the PM compliance numbers and the dispatch board changes.

Do any of these work?
- Tue 2/24, 10:00 ET
- Wed 2/25, 1:30 ET
- Thu 2/26, 9:00 ET

Thanks,
Renata
""", ask=True)

m('HF02', '2026-02-10 12:11', 'dale', ['renata'], None, """
Renata - Wed 2/25 at 1:30 works. I'll loop Tamika in. Send the deck a day early if you can, I like to read ahead.

Dale
""", re_='HF01', sig='')

invite('HF03', '2026-02-11 08:30', 'renata', ['dale', 'tamika', 'priya'],
       'Harbor Freightlines / Tidewell Q1 Business Review', """
Renata Alvarez has invited you to an event.

Harbor Freightlines / Tidewell Q1 Business Review
Wednesday Feb 25, 2026 12:30pm - 1:30pm (Central Time - Chicago)

Agenda:
1. PM compliance trends, Q3 vs Q4 (by yard)
2. Dispatch board adoption
3. Roadmap: parts & inventory, SAP/Oracle connectors
4. Renewal timeline (current term ends July 31, 2026)

Join Zoom: https://tidewell.zoom.us/j/84410293377

Invitation from Google Calendar
""", '2026-02-25 12:30', '2026-02-25 13:30', 'https://tidewell.zoom.us/j/84410293377',
       neg='calendar invitation from the vendor; "renewal timeline" is an agenda line the vendor wrote')

invite('HF04', '2026-02-11 09:02', 'tamika', ['renata'],
       'Accepted: Harbor Freightlines / Tidewell Q1 Business Review', """
Tamika Reyes has accepted this meeting.
""", '2026-02-25 13:30', '2026-02-25 14:30', 'https://tidewell.zoom.us/j/84410293377', method='REPLY',
       partstat='ACCEPTED', kind='calendar_reply',
       neg='automatic calendar acceptance generated by Outlook')

m('HF05', '2026-02-17 07:48', 'dale', ['renata'], 'PM schedule export for DOT audit', """
Renata,

Quick one. We've got a DOT compliance review at the Garden City yard on March 3. Auditor wants PM history for all power units for the last 12 months in one file. Is there a way to pull that out of Tidewell as a single export or do I have to run it unit by unit? We have 412 tractors so unit by unit is not happening.

Thx
""", ask=True, neg='asks for a PM-history export for a DOT audit, not a data export to leave the product')

m('HF06', '2026-02-17 10:50', 'renata', ['dale'], None, """
Hi Dale,

Good news, no need to go unit by unit. Reports > Maintenance History, filter asset class = Power Unit, date range 3/1/2025 - 2/28/2026, then Export (CSV or PDF). For 412 units CSV is faster; it emails you a link when it's ready.

If the auditor wants a signed page per unit, Priya can set up the "DOT Annual Inspection" print template to do one page per unit. Want me to ask her?

Renata
""", re_='HF05', ask=True)

m('HF07', '2026-02-17 12:21', 'dale', ['renata'], None, """
CSV worked, took 2 minutes. Don't need the per-unit thing. Thanks!

D
""", re_='HF06', sig='')

m('HF08', '2026-02-24 05:52', 'ray', ['tw_support'], 'WO not syncing unit 4471', """
work orders for 4471 not showing on dispatch board since 5am. drivers waiting. pls call 912-555-0131

Ray
""", ask=True)

ticket_ack('HF09', '2026-02-24 04:53', ['ray'], 'HF08', 48213, 'WO not syncing unit 4471')

m('HF10', '2026-02-24 06:31', 'maya', ['ray'], '[Tidewell Support] Re: WO not syncing unit 4471', """
Hi Ray,

Thanks for calling it in. A sync job for the Garden City tablet group got stuck after last night's maintenance window. We restarted it at 7:24 AM Eastern and unit 4471's open work orders are back on the dispatch board.

Can you confirm you're seeing them on your side?
""", re_='HF08', ask=True)

m('HF11', '2026-02-24 07:40', 'ray', ['tw_support'], None, """
confirmed, all showing. thx
""", re_='HF10')

ticket_solved('HF12', '2026-02-26 05:00', ['ray'], 'HF11', 48213, 'WO not syncing unit 4471')

m('HF13', '2026-02-26 09:15', 'renata', ['dale'], 'Q1 review - notes and next steps', """
Dale, Tamika,

Thanks for the time yesterday. Quick recap:

- PM compliance across the fleet was 94.1% in Q4, up from 88.7% in Q3. Garden City is the outlier at 89%, mostly reefer units overdue on the 90-day.
- Dispatch board: 31 of 38 dispatchers log in daily. Ray's team asked for a bigger font on the wall display; Priya has a workaround.
- You asked for a PM compliance report broken out by yard that you can hand to your VP each month. I'll send you a template for that by Thursday the 12th.
- Renewal: your current term ends July 31. Tamika, I'll get the renewal paperwork to you in the spring so there's plenty of runway.

Did I miss anything?

Renata
""", cc=['tamika', 'priya'], ask=True)
commit_('HF13', "I'll send you a template for that by Thursday the 12th", '2026-03-12', 'kept', delivered='HF15')

m('HF14', '2026-02-26 13:02', 'dale', ['renata'], None, """
Looks right. One correction, it's 38 dispatchers but 4 of them are nights-only at Brunswick so they'd never show as daily. Call it 31 of 34.

From the shop side the Garden City number is fair, we know about the reefers.

D
""", re_='HF13', cc=['tamika', 'priya'], sig='')

m('HF15', '2026-03-11 16:40', 'renata', ['dale'], 'PM compliance by yard - monthly template', """
Hi Dale,

As promised, attached is the monthly PM compliance by yard template (the CSV has the columns and the yard mapping; the pivot is set up against the standard Tidewell export).

I also saved it as a scheduled report in your account, so it will land in your inbox on the 2nd of every month. Have a look and tell me what you'd change?

Renata
""", ask=True, attach=[('PM_compliance_by_yard_template.csv', 'text/csv',
                        'yard,units,pm_due,pm_done_on_time,compliance_pct\nSavannah,168,0,0,\nGarden City,121,0,0,\n'
                        'Brunswick,74,0,0,\nJacksonville,49,0,0,\n')])

m('HF16', '2026-03-12 08:05', 'dale', ['renata'], None, """
Got it, thanks. Forwarded to Ron (VP Ops). Will let you know if he wants changes.

D
""", re_='HF15', sig='')

m('HF17', '2026-03-18 10:12', 'tamika', ['renata'], 'Harbor Freightlines - Tidewell agreement renewal', """
Good morning Renata,

Our agreement with Tidewell (Order Form HF-2023-114) renews on July 31, 2026. As part of our annual vendor review, could you please send me:

1. A copy of the current order form and MSA
2. The current per-unit pricing and any fees outside the per-unit price
3. Any changes to terms we should expect for the renewal term

We'd like to start our internal review in April.

Thank you,
""", ask=True)
sig_('HF17', 'renewal', 'Our agreement with Tidewell (Order Form HF-2023-114) renews on July 31, 2026')
sig_('HF17', 'pricing', 'The current per-unit pricing and any fees outside the per-unit price')

m('HF18', '2026-03-18 12:30', 'renata', ['tamika'], None, """
Hi Tamika,

Attached are the order form and the MSA.

Current pricing: $31.25 per power unit per month for 412 units, plus the Dispatch module at $2,625/month, so $186,000 a year. No changes to the MSA on our side.

I'll have the renewal quote to you the first week of May. As usual it will hold pricing for a 1-year term, and I can also quote a multi-year option if that's useful.

Renata
""", re_='HF17', attach=[('Harbor_OrderForm_HF-2023-114.pdf', 'application/pdf',
              b'%PDF-1.4\n% stub order form HF-2023-114\n%%EOF\n'),
             ('Tidewell_MSA_2023.pdf', 'application/pdf', b'%PDF-1.4\n% stub MSA\n%%EOF\n')])
commit_('HF18', "I'll have the renewal quote to you the first week of May", '2026-05-08', 'kept', delivered='HF26')

m('HF19', '2026-03-19 09:40', 'tamika', ['renata'], None, """
Thank you Renata, received.

I'll send over our updated W-9 and the vendor questionnaire by Friday so your AR team has them on file.
""", re_='HF18', neg='the customer promises paperwork by Friday; a customer promise is not a vendor commitment')

m('HF20', '2026-03-20 14:22', 'tamika', ['renata'], 'Harbor Freightlines - W-9 and vendor questionnaire', """
Renata,

Attached as promised: our 2026 W-9 and the completed vendor questionnaire. Please have your AR team update their records.

Thank you,
""", attach=[('HarborFreightlines_W9_2026.pdf', 'application/pdf', b'%PDF-1.4\n% stub W-9\n%%EOF\n')])

newsletter('HF21', '2026-03-24 10:00', ['tw_list'], 'Fleet Pulse | March 2026: why fleets cancel their legacy CMMS', """
FLEET PULSE - March 2026

Why fleets cancel their legacy CMMS (and what they switch to)
Our survey of 240 maintenance leaders found that 38% plan to replace a legacy maintenance system within two years. The top reasons: no mobile app, no telematics, and renewal price hikes. Read the report: https://tidewell.io/blog/legacy-cmms-2026

Customer spotlight: how a 600-unit LTL carrier cut road calls 22%
https://tidewell.io/customers/ltl-road-calls

New: Parts & Inventory is now generally available. Upgrade your plan to add multi-location stock, cycle counts and vendor returns. Talk to your account manager about pricing.

Webinar, April 8: Getting ready for CVSA Roadcheck. Register: https://tidewell.io/webinars/roadcheck-2026
""", neg='vendor marketing newsletter to a customer list; cancel/replace/upgrade/pricing are marketing copy')

m('HF22', '2026-04-02 11:10', 'renata', ['dale'], 'Quick question on user counts', """
Hi Dale,

Our records show 46 named users on your account, but 52 people logged in last month. It looks like some of the Brunswick night-shift techs are sharing the "bwk-shop" login. Not a big deal, but before the renewal I'd rather get the count right than surprise anyone.

Can you tell me who should have their own login?

Renata
""", ask=True, neg='the vendor raises user counts itself; no customer expansion words')

m('HF23', '2026-04-02 14:05', 'dale', ['renata'], None, """
Good catch. That shared login was supposed to be retired in January. Ray will clean it up and move those guys onto the spare logins we already have.

D
""", re_='HF22', sig='')

m('HF24', '2026-04-20 09:30', 'renata', ['dale'], 'Checking in + Parts & Inventory', """
Hi Dale,

Haven't heard from you in a bit, how did the spring PM push go?

Also wanted to flag our new Parts & Inventory module, since you mentioned the Brunswick parts room back in February. It would let you upgrade from the spreadsheet to real stock levels per yard. Happy to set up a 20-minute demo with Priya if you're curious?

Renata
""", ask=True, neg="the vendor's own upsell offer")

m('HF25', '2026-04-21 12:55', 'dale', ['renata'], None, """
Spring push is mostly done. Parts room, not this year, we have other fish to fry. Busy week, talk soon.

D
""", re_='HF24', sig='', neg='declines a vendor add-on demo for this year; no risk to the existing subscription in the words')

m('HF26', '2026-05-04 10:00', 'renata', ['tamika'], 'Harbor Freightlines renewal quote - term starting Aug 1, 2026', """
Hi Tamika,

As promised, attached is the renewal quote. Summary:

- 1-year term: $31.25 per unit per month (unchanged) for 412 units + Dispatch at $2,625/month = $186,000/year
- 3-year term: 6% off, $174,840/year, pricing locked for all three years

A signed order form by July 15 keeps everything continuous on August 1. Happy to walk through it with you and Dale; what time works for you next week?

Renata
""", cc=['dale'], ask=True, attach=[('Tidewell_Renewal_Quote_Harbor_2026.pdf', 'application/pdf',
                                     b'%PDF-1.4\n% stub renewal quote\n%%EOF\n')])

m('HF27', '2026-05-08 10:45', 'tamika', ['renata'], None, """
Renata,

Thank you for the quote. I need to be candid with you: we're not in a position to sign the renewal at this price right now.

Our CFO has put a hold on all software renewals over $100K until the Q3 budget review, and I've been asked to bring back options, including a reduced unit count. I'll be in touch once I have direction.
""", re_='HF26', cc=['dale'])
sig_('HF27', 'renewal', "we're not in a position to sign the renewal")
sig_('HF27', 'pricing', 'at this price right now')
sig_('HF27', 'churn_risk', 'put a hold on all software renewals over $100K until the Q3 budget review')
sig_('HF27', 'churn_risk', 'including a reduced unit count')

m('HF28', '2026-05-08 13:20', 'renata', ['tamika'], None, """
Tamika,

I appreciate you being straight with me, and understood on the budget hold.

A couple of things that might help: we can look at a 3-year term with a lower year-one price, or phase the Dispatch module. I'll send over a revised proposal with those options by end of next week.

Could we also get 30 minutes with you and Dale before then, so I understand what "options" need to look like for your CFO?

Renata
""", re_='HF27', cc=['dale'], ask=True)
commit_('HF28', "I'll send over a revised proposal with those options by end of next week", '2026-05-15', 'kept',
        delivered='HF31')

m('HF29', '2026-05-11 09:05', 'renata', ['dale'], '30 min this week?', """
Dale,

Could we get 30 minutes this week? I want to make sure the revised proposal I'm putting together for Tamika fits what you actually need on the maintenance side, before it goes anywhere near the CFO.

Renata
""", ask=True)

m('HF30', '2026-05-14 07:10', 'dale', ['renata'], None, """
Renata - sorry, buried. DOT roadside blitz all week. Maybe next week. Send whatever you've got to Tamika.

D
""", re_='HF29', sig='')

m('HF31', '2026-05-14 15:30', 'renata', ['tamika'], 'Revised renewal options - Harbor Freightlines', """
Tamika, Dale,

As promised, three options are attached:

A) 1-year, 380 units: $28.75/unit/month + Dispatch, $168,600/year
B) 3-year, 412 units: year one $27.50/unit/month, then $31.25; Dispatch included in year one
C) 1-year, 412 units with Dispatch phased in from January: $154,500 + $7,875

Any of these can be turned into an order form within a day. Which direction should I take with your CFO?

Renata
""", cc=['dale'], re_='HF28', ask=True, attach=[('Harbor_Renewal_Options_May2026.pdf', 'application/pdf',
                                                 b'%PDF-1.4\n% stub options\n%%EOF\n')])

m('HF32', '2026-05-26 11:00', 'renata', ['dale', 'tamika'], None, """
Hi both, hope you had a good Memorial Day weekend.

Following up on the options I sent on the 14th. Has finance had a chance to look? Happy to jump on a call any day this week.

Renata
""", re_='HF31', ask=True)

m('HF33', '2026-05-29 16:50', 'dale', ['renata'], None, """
Got it. Tamika's running point with finance. I'll circle back.

D
""", cc=['tamika'], re_='HF32', sig='')

m('HF34', '2026-06-02 09:20', 'renata', ['tamika'], None, """
Thanks Dale.

Tamika, checking in. To keep things continuous on August 1 we'd need the signed order form by July 15. Is there anything I can give your CFO that would help? I can also set up a call with our VP of Customer Success, Josh Whitfield, if that's useful.

Renata
""", cc=['dale'], re_='HF33', ask=True)

m('HF35', '2026-06-08 16:40', 'tamika', ['renata'], None, """
Renata,

Still under review with finance. We're also looking at what a smaller footprint would look like. I will let you know.
""", re_='HF34')
sig_('HF35', 'churn_risk', "We're also looking at what a smaller footprint would look like")

m('HF36', '2026-06-08 17:30', 'renata', ['tamika'], None, """
Thanks Tamika, understood.

If a smaller footprint is on the table, could we talk before anything is final? There may be ways to get the number down without dropping yards. I'm around all week, any time that suits you.

Renata
""", re_='HF35', ask=True)

m('HF37', '2026-06-09 08:45', 'renata', ['dale'], 'Quick call this week?', """
Dale,

Tamika mentioned a smaller footprint. Before anything gets decided I'd really like to understand which yards or units you'd take out and why; there may be a better way to get to the number.

20 minutes, any day this week?

Renata
""", ask=True)

m('HF38', '2026-05-19 06:02', 'ray', ['tw_support'], 'tablet 7 cracked', """
tablet 7 screen cracked. need the login moved to spare tablet 12. thx

Ray
""", ask=True)

m('HF39', '2026-05-19 07:40', 'andre', ['ray'], '[Tidewell Support] Re: tablet 7 cracked', """
Hi Ray,

Done. The "sav-disp-07" login is now paired to tablet 12 (serial ending 4471-B). Tablet 7 is unpaired, so it can't be used to sign work orders even if someone powers it up.
""", re_='HF38')

ticket_solved('HF40', '2026-05-21 05:00', ['ray'], 'HF39', 49120, 'tablet 7 cracked')

alert_('harbor', 'latency_degradation', 'high', '2026-06-08', ['HF30', 'HF33', 'HF35'],
       'Customer reply median went from about 2 hours (Feb-Apr) to about 77 hours in the last 30 days, while the renewal '
       'quote is open.')
alert_('harbor', 'renewal_at_risk', 'high', '2026-06-08', ['HF27', 'HF35'],
       'Renewal on 2026-07-31 (49 days). Procurement says it cannot sign at this price, the CFO holds renewals over $100K, '
       'and they are sizing a smaller footprint; the signature deadline is July 15.')
alert_('harbor', 'churn_risk', 'high', '2026-06-08', ['HF27', 'HF35'],
       'Asked to bring back options including a reduced unit count; now studying a smaller footprint (contraction).')


# ==========================================================================
# 2. Ridgeline Electric Cooperative -- utility fleet, Montrose CO.
#    The champion leaves ("no longer with" auto-reply, then a bounce);
#    renewal on Aug 15 with nobody who can sign engaged.
# ==========================================================================
account('ridgeline', 'Ridgeline Electric Cooperative', ['ridgeline-electric.coop'], 'colin', 64000, '2026-08-15', 'mid',
        'champion_departed', 'ridgeline-electric.mbox', 'at_risk')

RE_DISC = ('This message and any attachments are intended solely for the addressee(s) and may contain confidential '
           'information. If you received this message in error, please notify the sender and delete it. '
           'Ridgeline Electric Cooperative is an equal opportunity provider and employer.')
person('gary', 'Gary Lindqvist', 'glindqvist@ridgeline-electric.coop', title='Fleet Manager', tz='MT', client='outlook',
       mime='alt', cte='qp', disclaimer=RE_DISC, status='left',
       sig='Gary Lindqvist\nFleet Manager\nRidgeline Electric Cooperative\n970-555-0110\nA Touchstone Energy\u00ae Cooperative')
person('bonnie', 'Bonnie Tsosie', 'btsosie@ridgeline-electric.coop', title='Fleet Coordinator', tz='MT',
       client='outlook', mime='html', disclaimer=RE_DISC,
       sig='Bonnie Tsosie\nFleet Coordinator | Ridgeline Electric Cooperative\n970-555-0114')
person('mark', 'Mark Ebersole', 'mebersole@ridgeline-electric.coop', title='Director of Operations', tz='MT',
       client='outlook', disclaimer=RE_DISC)
person('re_news', 'The Ridgeline Current', 'news@ridgeline-electric.coop', tz='MT', client='system', side='list',
       mime='alt')

m('RE01', '2026-02-12 08:20', 'gary', ['colin'], 'Aerial device inspections in PM templates?', """
Colin,

We're getting ready for our annual ANSI A92.2 dielectric testing on the bucket trucks (22 units). Right now we track that in a spreadsheet. Can the PM templates in Tidewell handle an inspection that's tied to the aerial device serial number instead of the chassis VIN? Some booms have been moved between chassis over the years.

Thanks,
Gary
""", ask=True)

m('RE02', '2026-02-12 11:45', 'colin', ['gary'], None, """
Hi Gary,

Yes. Register the boom as a child component of the truck with its own serial number and hang the dielectric-test PM on the component instead of the chassis. If a boom moves, you reassign the component and its history goes with it.

I'll have Priya send you a 5-minute video showing it. How many of the 22 have had booms swapped?

Colin
""", re_='RE01', ask=True)

m('RE03', '2026-02-12 14:02', 'gary', ['colin'], None, """
4 of them. A video would be great.

Gary
""", re_='RE02', sig='')

m('RE04', '2026-02-13 10:15', 'priya', ['gary'], 'Boom as component - 5 minute walkthrough', """
Hi Gary,

Here's the walkthrough Colin mentioned: https://tidewell.wistia.com/medias/boom-component-setup

It covers creating the component, moving the dielectric PM onto it, and reassigning a boom to a different chassis. Would you like me to set up the first one with you on a call, or are you good to run with it?

Priya
""", cc=['colin'], ask=True)

m('RE05', '2026-02-16 07:05', 'gary', ['priya'], None, """
Got all 22 set up this morning, didn't need a call. Thanks Priya.

Gary
""", cc=['colin'], re_='RE04', sig='')

ticket_solved('RE06', '2026-02-19 11:00', ['bonnie'], None, 48102, "Nucla shop tablet won't sync")

m('RE07', '2026-02-23 08:00', 'colin', ['gary'], 'Webinar: storm-season readiness for utility fleets (Mar 5)', """
Hi Gary,

We're running a short webinar on March 5 with two other co-ops on getting line trucks and digger derricks storm-ready: pre-staging PMs, surge dispatch for mutual aid, and the new offline mode in the mobile app. Thought you or Bonnie might get something out of it.

Register here: https://tidewell.io/webinars/storm-ready-2026

Colin
""", neg='vendor invitation to a marketing webinar')

ooo('RE08', '2026-02-23 08:01', 'gary', ['colin'], 'Automatic reply: Webinar: storm-season readiness for utility fleets (Mar 5)', """
I am out of the office attending NRECA TechAdvantage Feb 23-26 with limited access to email. I will respond when I return on Friday, Feb 27.

For urgent fleet matters please contact Bonnie Tsosie at 970-555-0114.
""", 'RE07', neg='temporary out-of-office for a conference, not a departure')

m('RE09', '2026-03-03 09:30', 'colin', ['gary'], 'Ridgeline renewal - August 15', """
Hi Gary,

A little early, but I know co-op budgets get locked in the fall. Your Tidewell renewal is August 15. Today that's 140 units, $64,000/year, and we're holding price for renewing customers this year.

Anything you'd want changed going into the next term (units, modules, billing schedule)?

Colin
""", ask=True, neg="the vendor's own renewal reminder")

m('RE10', '2026-03-03 13:10', 'gary', ['colin'], None, """
Thanks for the heads up. Nothing to change on our end, it's in the 2026 budget already. Should be a straightforward renewal, send the paperwork over in the summer and I'll get it signed.

Gary
""", re_='RE09', sig='')
sig_('RE10', 'renewal', 'Should be a straightforward renewal')

m('RE11', '2026-03-17 10:40', 'gary', ['colin'], 'DVIR defects not routing - Nucla trucks', """
Colin,

The DVIR defect-to-work-order routing we turned on in January works for Montrose but not for the Nucla district trucks. Drivers flag defects on the pre-trip and nothing shows up in the shop queue. Can you guys take a look? I'd like it fixed before storm season.

G
""", ask=True, sig='')

m('RE12', '2026-03-17 12:05', 'colin', ['gary'], None, """
Thanks Gary, looks like the Nucla trucks were created under a different asset group, so the routing rule doesn't see them.

I'll get Priya to fix the DVIR mapping for the Nucla district by end of next week and confirm with you.

Colin
""", re_='RE11')
commit_('RE12', "I'll get Priya to fix the DVIR mapping for the Nucla district by end of next week", '2026-03-27', 'kept',
        delivered='RE14')

m('RE13', '2026-03-18 07:55', 'gary', ['colin'], None, """
\U0001F44D thanks
""", re_='RE12', sig='')

m('RE14', '2026-03-26 14:20', 'priya', ['gary'], None, """
Hi Gary,

The Nucla district trucks are now in the Line Trucks asset group, and defects from pre-trips are routing into work orders. I tested with unit 31-07: WO-88213 was created automatically from a "left mirror cracked" defect.

Let me know if anything looks off on your side?

Priya
""", cc=['colin'], re_='RE13', ask=True)

m('RE15', '2026-03-26 15:02', 'gary', ['priya'], None, """
Confirmed, saw two come through this afternoon. Thanks Priya.
""", cc=['colin'], re_='RE14')

m('RE16', '2026-04-08 16:10', 'gary', ['colin'], 'Some news', """
Colin,

Wanted you to hear it from me: I've accepted the fleet manager job at a co-op in Wyoming, and my last day at Ridgeline is April 30.

It's been good working with you and Priya. Bonnie will be your day-to-day contact for now. Management hasn't named my replacement yet.

Gary
""", cc=['bonnie'])

m('RE17', '2026-04-09 08:30', 'colin', ['gary'], None, """
Gary, congratulations, that's a big move and well earned. Wyoming gets a good one.

Before you go, could you help me with two things? Who will own the Tidewell relationship and sign the August renewal, and is there anyone besides Bonnie I should be meeting?

Colin
""", cc=['bonnie'], re_='RE16', ask=True)

m('RE18', '2026-04-10 11:15', 'gary', ['colin'], None, """
Honestly I don't know yet. Mark Ebersole (Director of Ops) will probably decide who takes it. I'll mention it to him. Bonnie knows the system better than anyone.

G
""", cc=['bonnie'], re_='RE17', sig='')

m('RE19', '2026-04-14 09:00', 'colin', ['bonnie'], 'Hello from Tidewell', """
Hi Bonnie,

Gary let me know he's heading out at the end of the month. I'd love 30 minutes with you to make sure you have everything you need: admin rights, the scheduled reports Gary was getting, and the DVIR routing rules.

Does Thursday or Friday afternoon work?

Colin
""", ask=True)

m('RE20', '2026-04-16 10:30', 'bonnie', ['colin'], None, """
Hi Colin,

Friday afternoon is ok, after 1. I'm covering Gary's stuff and mine so it's busy.

Bonnie
""", re_='RE19')

invite('RE21', '2026-04-16 10:45', 'colin', ['bonnie'], 'Tidewell admin handoff - Ridgeline', """
Colin Petrakis has invited you to an event.

Tidewell admin handoff - Ridgeline
Friday Apr 17, 2026 1:30pm - 2:00pm (Mountain Time - Denver)

Join Google Meet: https://meet.google.com/rxq-hnfa-kpe

Invitation from Google Calendar
""", '2026-04-17 13:30', '2026-04-17 14:00', 'https://meet.google.com/rxq-hnfa-kpe',
       neg='calendar invitation')

m('RE22', '2026-04-30 15:45', 'gary', ['gary'], 'Farewell and thank you', """
Dear vendor partners,

Today is my last day at Ridgeline Electric Cooperative. Thank you for the support over the past six years, it has made our fleet safer and our crews' lives easier.

After today please send fleet matters to fleet@ridgeline-electric.coop or call the fleet office at 970-555-0100.

All the best,
Gary Lindqvist
""", sig='', headers={'X-Recipients-Note': 'sent with vendors in Bcc'})

m('RE23', '2026-05-05 10:00', 'colin', ['gary'], 'Ridgeline renewal order form - Aug 15', """
Hi Gary, Bonnie,

Attached is the renewal order form for the August 15 term: 140 units, $64,000/year, same as this year. Once it's signed I'll countersign and send the invoice schedule.

Who should I route it to for signature now?

Colin
""", cc=['bonnie'], ask=True, attach=[('Tidewell_Ridgeline_Renewal_OrderForm_2026.pdf', 'application/pdf',
                                       b'%PDF-1.4\n% stub order form\n%%EOF\n')])

ooo('RE24', '2026-05-05 10:00', 'gary', ['colin'], 'Automatic reply: Ridgeline renewal order form - Aug 15', """
Gary Lindqvist is no longer with Ridgeline Electric Cooperative. This mailbox is not monitored.

For fleet-related matters please contact fleet@ridgeline-electric.coop or call 970-555-0100.
""", 'RE23')

m('RE25', '2026-05-19 09:12', 'colin', ['gary'], 'Your Tidewell renewal is coming up (Aug 15)', """
Hi Gary,

Just a friendly reminder that Ridgeline Electric Cooperative's Tidewell subscription renews on August 15, 2026. Your order form is ready for signature in the customer portal: https://app.tidewell.io/billing/renewal

If anything has changed on your side, simply reply to this email.

Colin
""", kind='notification', neg="automated renewal reminder sent by the vendor's CRM sequence",
  headers={'X-HubSpot-Sequence': 'renewal-90d-step2', 'Auto-Submitted': 'auto-generated'})

m('RE26', '2026-05-19 09:12', 'daemon', ['colin'], 'Delivery Status Notification (Failure)', '', re_='RE25',
  kind='bounce', quote=False, raw=bounce_builder('RE25', 'glindqvist@ridgeline-electric.coop',
                                    "550 5.1.1 <glindqvist@ridgeline-electric.coop>: Recipient address rejected: "
                                    "User unknown in virtual mailbox table"))

m('RE27', '2026-05-26 08:40', 'colin', ['bonnie'], 'Who should I work with on the renewal?', """
Hi Bonnie,

Quick one. Now that Gary's gone, who on your side will be signing the August 15 renewal? I sent the order form on May 5 but I'm not sure it reached the right person (Gary's mailbox is now bouncing).

I'd also be glad to meet whoever is taking over fleet.

Colin
""", ask=True)

m('RE28', '2026-05-27 15:30', 'bonnie', ['colin'], None, """
Colin, sorry for the slow reply, we've been short handed since Gary left.

I forwarded your email to Mark Ebersole, he is the Director of Operations and he will decide on the renewal. I don't have signing authority.

Bonnie
""", cc=['mark'], re_='RE27')
sig_('RE28', 'renewal', 'he will decide on the renewal')

m('RE29', '2026-05-27 16:05', 'colin', ['mark'], 'Introduction - Tidewell and the Aug 15 renewal', """
Hi Mark,

Colin Petrakis, account manager at Tidewell. Bonnie mentioned you'll be deciding on our renewal now that Gary has moved on.

Ridgeline's fleet team has run its 140 units on Tidewell since 2023: PMs, dielectric testing on the bucket trucks, DVIRs and work orders for Montrose and Nucla. The current term ends August 15.

Could we find 30 minutes in the next two weeks? I'd like to walk you through what Gary's team used it for and answer any questions before the renewal.

Best,
Colin
""", cc=['bonnie'], ask=True)

m('RE30', '2026-06-04 09:00', 'colin', ['mark'], None, """
Hi Mark, bumping this up in case it got buried. Happy to work around your schedule, even 15 minutes would help.

Colin
""", re_='RE29', ask=True)

m('RE31', '2026-05-14 07:00', 're_news', ['undisclosed'], 'The Ridgeline Current - May 2026', """
THE RIDGELINE CURRENT | May 2026

Board cancels planned rate increase
At its April meeting the Board of Directors voted to cancel the 2.5% rate increase planned for July, citing lower wholesale power costs.

Nucla line rebuild finished ahead of schedule
Crews completed the 14-mile rebuild two weeks early. Thank you for your patience during the outages.

Annual meeting: June 20, Montrose County Fairgrounds
Register to vote on the bylaw changes and the director elections.

You are receiving this newsletter as a member or partner of Ridgeline Electric Cooperative. Unsubscribe: https://ridgeline-electric.coop/unsubscribe
""", kind='newsletter', neg="the co-op's own member newsletter; 'cancels' is about their rate increase",
  headers={'Precedence': 'bulk', 'List-Unsubscribe': '<https://ridgeline-electric.coop/unsubscribe>'}, sig='',
  disclaimer='')

m('RE32', '2026-06-10 07:45', 'bonnie', ['colin'], 'nucla-shop tablet locked', """
Colin, can you reset the password for the nucla-shop tablet account? It locked out this morning and the guys can't close work orders.

Thanks
Bonnie
""", ask=True)

m('RE33', '2026-06-10 08:20', 'colin', ['bonnie'], None, """
Done. Temporary password is in a separate text to your cell; they'll be asked to change it at first login.

Colin
""", re_='RE32')

notify('RE34', '2026-03-09 06:00', 'tw_noreply', ['gary'], 'Your weekly fleet summary - Ridgeline Electric Cooperative', """
Weekly fleet summary, Mar 2 - Mar 8, 2026

Units: 140 active, 3 out of service
PMs completed: 18 | PMs overdue: 7
Open work orders: 23 (4 older than 14 days)
DVIR defects reported: 11

Units with repeated defects: 31-07 (mirror), 44-12 (hydraulic leak)

View the full report: https://app.tidewell.io/reports/weekly
You are receiving this because you are an administrator. Change frequency in Settings > Notifications.
""", neg='automated weekly usage digest from the vendor application')

alert_('ridgeline', 'contact_departed', 'high', '2026-05-05', ['RE16', 'RE22', 'RE24'],
       'Champion Gary Lindqvist (Fleet Manager) announced his departure; last day April 30; "no longer with" '
       'auto-reply from May 5.', contact='glindqvist@ridgeline-electric.coop')
alert_('ridgeline', 'contact_bounced', 'medium', '2026-05-19', ['RE26'],
       "Gary's mailbox now hard-bounces (550 5.1.1 user unknown).", contact='glindqvist@ridgeline-electric.coop')
alert_('ridgeline', 'single_threaded', 'high', '2026-05-27', ['RE28', 'RE32'],
       'Bonnie Tsosie (Fleet Coordinator, no signing authority) is the only active contact.')
alert_('ridgeline', 'renewal_at_risk', 'high', '2026-06-04', ['RE16', 'RE28', 'RE30'],
       'Renewal on 2026-08-15 (64 days). The champion has left, the order form went to a dead mailbox, and the '
       'decision-maker (Mark Ebersole) has not answered two emails.')
alert_('ridgeline', 'new_contacts', 'low', '2026-05-27', ['RE28'],
       'Mark Ebersole, Director of Operations, now decides on the renewal; he has not written yet.',
       contact='mebersole@ridgeline-electric.coop')


# ==========================================================================
# 3. Cascadia Transit Authority -- public bus agency, Tacoma WA.
#    Healthy shop relationship, but the new VP of Fleet & Facilities writes
#    twice and nobody at Tidewell answers her (the AM's out-of-office fires
#    once).  Procurement writes in formal Lotus Notes.
# ==========================================================================
account('cascadia', 'Cascadia Transit Authority', ['cascadiatransit.org'], 'colin', 142000, '2027-01-31', 'enterprise',
        'new_vp_not_engaged', 'cascadia-transit.mbox', 'mixed')

CT_DISC = ('PUBLIC RECORDS NOTICE: Cascadia Transit Authority is a public agency subject to the Washington Public Records '
           'Act (RCW 42.56). This email and any reply to it may be disclosed to the public upon request.')
person('lorraine', 'Lorraine Whitby', 'lwhitby@cascadiatransit.org', title='Director of Maintenance', tz='PT',
       client='outlook', mime='alt', disclaimer=CT_DISC,
       sig='Lorraine Whitby\nMaintenance Superintendent\nCascadia Transit Authority | 3210 S. Tacoma Way, Tacoma, WA 98409\n'
           '(253) 555-0181')
SIG_LORRAINE_NEW = ('Lorraine Whitby\nDirector of Maintenance\nCascadia Transit Authority | 3210 S. Tacoma Way, Tacoma, '
                    'WA 98409\n(253) 555-0181')
person('gordon', 'Gordon Achebe', 'gachebe@cascadiatransit.org', title='Senior Procurement Officer', tz='PT',
       client='lotus', disclaimer=CT_DISC,
       sig='Gordon Achebe, CPPB\nSenior Procurement Officer\nProcurement & Contracts Division\nCascadia Transit Authority\n'
           'Tel. (253) 555-0107')
person('luis', 'Luis Ferreira', 'lferreira@cascadiatransit.org', title='Dispatch Lead', tz='PT',
       client='outlook_mobile', sig='Get Outlook for Android')
person('angela', 'Angela Marchetti', 'amarchetti@cascadiatransit.org', title='Vice President, Fleet & Facilities',
       tz='PT', client='outlook', mime='alt', disclaimer=CT_DISC,
       sig='Angela Marchetti, Ph.D.\nVice President, Fleet & Facilities\nCascadia Transit Authority\n(253) 555-0100')
person('ct_maint', 'All Maintenance Staff', 'maint-all@cascadiatransit.org', tz='PT', side='list')
person('ct_clerk', 'Clerk of the Board', 'boardclerk@cascadiatransit.org', tz='PT', side='list', client='outlook')

m('CT01', '2026-02-10 08:15', 'lorraine', ['colin'], 'Battery-electric bus PM templates', """
Hi Colin,

We take delivery of our first 8 battery-electric buses (New Flyer XE40s) in April. They replace 8 retiring diesel coaches, so our unit count stays the same, but the PM program needs battery thermal system and HV cable inspections that our diesel templates don't cover.

Does Tidewell have BEB templates, or would we be building from scratch?

Lorraine
""", ask=True, neg='new buses replace retiring ones one-for-one; unit count unchanged, so not an expansion')

m('CT02', '2026-02-10 13:30', 'colin', ['lorraine'], None, """
Hi Lorraine,

We do. There's a BEB starter pack (New Flyer XE and Gillig BE templates) covering HV isolation checks, battery thermal management, charge port and cable inspections, and the roof-mounted HVAC.

I can have Priya import the XE40 set into your sandbox so your techs can review it before the buses land. Want me to set that up?

Colin
""", re_='CT01', ask=True)

m('CT03', '2026-02-10 15:05', 'lorraine', ['colin'], None, """
Yes please, sandbox is fine. Include Luis, dispatch needs to see the charge-window fields.

Lorraine
""", re_='CT02', sig='')

m('CT04', '2026-02-18 14:00', 'priya', ['lorraine'], 'XE40 templates are in your sandbox', """
Hi Lorraine, Luis,

The New Flyer XE40 templates are now in your sandbox (https://cascadia-sandbox.tidewell.io). Six PM templates, including the 6,000-mile HV isolation check, and the dispatch block view now shows a "charge window" field on BEB units.

Could you both take a look this week and tell me what needs changing before we move them to production?

Priya
""", cc=['luis', 'colin'], ask=True)

m('CT05', '2026-02-19 07:12', 'luis', ['priya'], None, """
charge window field shows in UTC not local. fix?
""", cc=['lorraine', 'colin'], re_='CT04', ask=True)

m('CT06', '2026-02-19 10:40', 'priya', ['luis'], None, """
Good catch Luis. The sandbox tenant's time zone was never set to Pacific. Fixed; reload and it should show PT.

Priya
""", cc=['lorraine', 'colin'], re_='CT05')

m('CT07', '2026-02-19 09:02', 'luis', ['priya'], None, """
ok good. looks right now
""", cc=['lorraine', 'colin'], re_='CT06')

m('CT08', '2026-03-04 10:12', 'gordon', ['colin'], 'Certificate of Insurance - Contract No. CTA-2023-0417', """
Dear Mr. Petrakis,

Please see the memorandum from Risk Management below. Pursuant to Section 14.2 of Contract No. CTA-2023-0417 (Fleet Maintenance Management Software), the Contractor shall furnish evidence of insurance coverage annually. The certificate on file expired on February 28, 2026.

Kindly provide an updated Certificate of Insurance naming Cascadia Transit Authority as additional insured no later than March 20, 2026.

Regards,
""", ask=True, neg='routine procurement compliance request; suspension-of-payment wording is contract boilerplate, not an '
                    'escalation',
  fwd={'style': 'lotus', 'by': 'Gordon Achebe/PROC/CTA', 'fwd_when': local('PT', '2026-03-04 10:10'),
       'from': 'Denise Park/RISK/CTA', 'to': 'Gordon Achebe/PROC/CTA@CTA', 'when': local('PT', '2026-03-03 16:48'),
       'subject': 'Expired COI - Tidewell, Inc. - CTA-2023-0417', 'body': """
Gordon,

Our tracking shows the certificate of insurance for Tidewell, Inc. (Contract CTA-2023-0417) expired 02/28/2026. Per Section 14.2, failure to maintain the required coverage may result in suspension of payments under the Contract until a compliant certificate is received.

Please request an updated COI (CGL $1M/$2M, Cyber $5M, CTA as additional insured).

Denise Park
Risk Management Analyst
"""})

m('CT09', '2026-03-05 09:00', 'colin', ['gordon'], None, """
Dear Mr. Achebe,

Thank you for the reminder. Our updated Certificate of Insurance, naming Cascadia Transit Authority as additional insured (policy period 3/1/2026 - 3/1/2027, CGL $1M/$2M, Cyber $5M), is attached.

Best regards,
Colin Petrakis
""", re_='CT08', sig='Account Manager, Tidewell\nc: (720) 555-0172',
  attach=[('Tidewell_COI_CTA_2026.pdf', 'application/pdf', b'%PDF-1.4\n% stub COI\n%%EOF\n')])

m('CT10', '2026-03-05 14:30', 'gordon', ['colin'], None, """
Mr. Petrakis,

Receipt acknowledged. The certificate has been forwarded to Risk Management for review. No further action is required at this time.

Regards,
""", re_='CT09', drop_thread=True, neg='procurement acknowledgement (Lotus Notes, no threading headers)')

m('CT11', '2026-03-13 11:20', 'lorraine', ['ct_maint'], 'Tidewell maintenance window Sat 3/14, 2-4 AM', """
All,

Tidewell will be down for scheduled maintenance this Saturday 3/14 from 2 to 4 AM. Night shift: use the paper work orders (blue forms in the dispatch office) and enter them Sunday morning. Luis's team will hold radio dispatch for pull-out.

Questions to me or your lead.

Lorraine
""", cc=['colin'], neg='internal notice to a big distribution list about a scheduled maintenance window')

notify('CT12', '2026-03-14 06:05', 'tw_status', ['lorraine'], '[Tidewell Status] Completed: Scheduled maintenance (US-West)', """
Completed - The scheduled maintenance has been completed. All Tidewell services in US-West are operating normally.
Mar 14, 2026 - 04:05 PDT

Scheduled - Database and search cluster upgrades. The web app and mobile app will be unavailable during the window.
Mar 14, 2026 - 02:00 to 04:00 PDT

You are receiving this because you subscribed to updates at https://status.tidewell.io. Unsubscribe: https://status.tidewell.io/unsubscribe
""", neg='automated status-page notice')

m('CT13', '2026-03-24 09:00', 'ct_clerk', ['undisclosed'], 'NOTICE OF REGULAR MEETING - Board of Commissioners, March 26, 2026', """
NOTICE OF REGULAR MEETING
Cascadia Transit Authority Board of Commissioners
Thursday, March 26, 2026, 4:00 PM, Board Room, 3210 S. Tacoma Way

Agenda (abridged):
6. Consent agenda
7. Resolution 2026-11: Cancellation of Route 42 Express service effective June 1, 2026
8. Resolution 2026-12: Award of contract for bus wash replacement at the Tacoma base
9. Resolution 2026-13: Termination of lease, Fife park-and-ride
10. Executive session (RCW 42.30.110) - personnel

Full packet: https://cascadiatransit.org/board. This notice is sent to all registered interested parties.
""", kind='newsletter', sig='', disclaimer=CT_DISC,
  neg="the agency's board notice to all interested parties; cancellation and termination are about its own services")

m('CT14', '2026-04-02 09:30', 'colin', ['lorraine'], 'BEBs landing - anything you need?', """
Hi Lorraine,

The XE40s land soon, right? Anything you need from us before they go into service: templates moved to production, tablet logins for the new BEB techs, training?

Colin
""", ask=True)

m('CT15', '2026-04-02 11:00', 'lorraine', ['colin'], None, """
They land the 14th. I think we're set, Priya moved the templates over last week.

Would be great to see charging tied to the dispatch block plan at some point, but that's a later conversation.

Lorraine
""", re_='CT14', sig='')

m('CT16', '2026-04-14 08:30', 'gordon', ['colin'], 'Annual Contractor Performance Evaluation - Contract No. CTA-2023-0417', """
Dear Mr. Petrakis,

In accordance with CTA Procurement Policy 7.4, all contractors with active agreements are evaluated annually. Please complete the attached Contractor Self-Assessment and return it to this office by April 30, 2026.

Please note that an overall rating of "Unsatisfactory" may be considered in future award decisions and may result in a corrective action plan under the Contract. This notice is sent to all active contractors.

Regards,
""", ask=True, attach=[('CTA_Contractor_Self_Assessment_FY26.pdf', 'application/pdf',
                        b'%PDF-1.4\n% stub form\n%%EOF\n')],
  neg='annual evaluation form sent to all contractors; corrective-action language is boilerplate')

m('CT17', '2026-04-15 10:00', 'colin', ['gordon'], None, """
Dear Mr. Achebe,

Please find the completed Contractor Self-Assessment attached. Let me know if the Division needs anything further.

Best regards,
Colin Petrakis
""", re_='CT16', sig='Account Manager, Tidewell\nc: (720) 555-0172',
  attach=[('Tidewell_Self_Assessment_CTA_FY26.pdf', 'application/pdf', b'%PDF-1.4\n% stub\n%%EOF\n')])

m('CT18', '2026-04-21 08:05', 'lorraine', ['colin'], 'New title + the XE40s are in service', """
Hi Colin,

Quick update: the board approved the reorg last week and I'm now Director of Maintenance (same job, more meetings).

The 8 XE40s went into revenue service yesterday, and every PM was in Tidewell from day one. The shop is honestly thrilled with how smooth that went.

Also a heads up: we have a new VP of Fleet & Facilities starting in May, Dr. Angela Marchetti, coming from a big East Coast agency. She'll be my boss. I'm sure she'll want to meet you.

Lorraine
""", sig=SIG_LORRAINE_NEW)
sig_('CT18', 'advocacy', 'The shop is honestly thrilled with how smooth that went')

m('CT19', '2026-04-21 10:30', 'colin', ['lorraine'], None, """
Congratulations on the new title, Lorraine, well deserved. And great to hear the XE40 rollout went smoothly; I'll pass that on to Priya.

Thanks for the heads up about Dr. Marchetti. Please do make the introduction once she's settled.

Colin
""", re_='CT18')

m('CT20', '2026-05-06 06:40', 'luis', ['tw_support'], 'block plan import failing', """
june service change block plan import fails. error "duplicate block id 4102". need it loaded by friday for pull-out planning
""", ask=True)

ticket_ack('CT21', '2026-05-06 08:41', ['luis'], 'CT20', 49377, 'block plan import failing')

m('CT22', '2026-05-06 10:15', 'andre', ['luis'], '[Tidewell Support] Re: block plan import failing', """
Hi Luis,

The June GTFS file you uploaded has block 4102 listed twice (once for weekday and once for Saturday service, with the same service ID). Could you have your scheduling team re-export with separate service IDs and upload it again? It will import cleanly after that.
""", re_='CT20', ask=True)

m('CT23', '2026-05-06 09:02', 'luis', ['tw_support'], None, """
yep that was scheduling. re-exported, imported fine. thx
""", re_='CT22')

m('CT24', '2026-05-18 07:45', 'angela', ['colin'], 'Introduction - Cascadia Transit fleet software', """
Mr. Petrakis,

I joined Cascadia Transit Authority last week as Vice President of Fleet & Facilities. Lorraine Whitby has told me Tidewell is central to our maintenance operations, and I'd like to understand the platform and our relationship before my 90-day plan goes to the CEO in August.

Specifically, could you send me:
1. A summary of our current contract: term, price and which modules we pay for
2. Your roadmap for battery-electric charge management, since we will have 40 battery-electric buses by 2028
3. A few times for a one-hour briefing in the next two weeks

Best regards,
""", cc=['lorraine'], ask=True)
sig_('CT24', 'pricing', 'A summary of our current contract: term, price and which modules we pay for')
sig_('CT24', 'expansion', 'Your roadmap for battery-electric charge management, since we will have 40 battery-electric '
                          'buses by 2028')

ooo('CT25', '2026-05-18 08:45', 'colin', ['angela'], 'Automatic reply: Introduction - Cascadia Transit fleet software', """
Thanks for your email. I'm out of the office until Tuesday, May 26 with limited access to email.

For anything urgent, please contact support@tidewell.io or call (312) 555-0100.

Colin
""", 'CT24', neg="the vendor's own out-of-office auto-reply; not a human answer to the new VP")

m('CT26', '2026-06-01 08:10', 'angela', ['colin'], None, """
Mr. Petrakis,

Following up on my note of May 18. I understand you may have been away.

I would still appreciate the contract summary and a briefing before June 19, when I present our fleet technology review to the executive team. If there is someone else at Tidewell I should be speaking with, please let me know.

Regards,
""", cc=['lorraine'], re_='CT24', ask=True)

m('CT27', '2026-06-01 07:30', 'gordon', ['gordon'], 'Notice to CTA vendors: office closure June 19 and new invoice portal', """
To all CTA vendors and contractors:

1. The Procurement & Contracts Division will be closed on Friday, June 19, 2026 (Juneteenth).

2. Effective July 1, 2026, all invoices must be submitted through the CTA Supplier Portal (https://suppliers.cascadiatransit.org). Invoices received by email after that date will be returned unprocessed and may delay payment.

Thank you for your attention,
""", neg='mass notice to all vendors (sent to self, vendors in Bcc); invoice wording is administrative',
  headers={'X-Recipients-Note': 'vendors in Bcc'})

m('CT28', '2026-06-02 10:15', 'colin', ['lorraine'], 'Customer advisory board - Sept 17, Chicago', """
Hi Lorraine,

Hope the June service change went in smoothly; I saw Luis got the block plan sorted.

We're holding our customer advisory board in Chicago on September 17 (we cover travel). Twelve fleet leaders, one day, mostly roadmap: BEB charge scheduling, parts forecasting and the new mobile app. Would you want to join?

Colin
""", ask=True, neg="the vendor's own event invitation")

m('CT29', '2026-06-03 09:40', 'lorraine', ['colin'], None, """
I'd love to, pending travel approval.

Colin, did you see Angela's emails? She mentioned she hadn't heard back from you. I'd get back to her soon, she's thorough.

Lorraine
""", re_='CT28', sig=SIG_LORRAINE_NEW, ask=True)

m('CT30', '2026-06-03 11:00', 'colin', ['lorraine'], None, """
Thanks for the nudge, Lorraine, much appreciated. I'll reach out to her this week.

Colin
""", re_='CT29')
commit_('CT30', "I'll reach out to her this week", '2026-06-05', 'overdue',
        note='No mail to Angela Marchetti by as_of.')

newsletter('CT31', '2026-05-20 10:00', ['tw_list'], 'Tidewell Connect 2026: registration is open', """
TIDEWELL CONNECT 2026 | September 16-17 | Chicago

Two days with 400 fleet maintenance and dispatch leaders. Sessions include:
- Going electric without losing uptime: BEB maintenance and charge scheduling
- Why your dispatchers want to cancel the morning huddle (and what to do instead)
- Roadmap keynote: parts forecasting, SAP S/4 and Oracle connectors, AI work-order triage

Early-bird pricing ends June 30. Bring your team: groups of three or more get 20% off.
Register: https://tidewell.io/connect
""", neg='vendor conference promotion sent to the whole customer list')

alert_('cascadia', 'new_senior_contact_not_engaged', 'high', '2026-06-01', ['CT24', 'CT26', 'CT29'],
       'New VP of Fleet & Facilities (Angela Marchetti) wrote on May 18 and June 1 asking for a contract summary, a BEB '
       'roadmap and a briefing before her June 19 executive review. Only the AM\'s out-of-office replied; her own '
       'director had to nudge the AM.', contact='amarchetti@cascadiatransit.org')
alert_('cascadia', 'unanswered_customer_message', 'high', '2026-06-03', ['CT24', 'CT26'],
       'Two requests from the new VP are unanswered (25 and 11 days old at as_of).')
alert_('cascadia', 'commitment_overdue', 'medium', '2026-06-06', ['CT30'],
       'AM promised Lorraine to reach out to the VP "this week" (by Friday June 5); nothing sent.')
alert_('cascadia', 'new_contacts', 'low', '2026-05-18', ['CT24'],
       'Angela Marchetti, Vice President, Fleet & Facilities, started writing on May 18.',
       contact='amarchetti@cascadiatransit.org')
alert_('cascadia', 'title_change', 'low', '2026-04-21', ['CT18'],
       'Lorraine Whitby promoted from Maintenance Superintendent to Director of Maintenance.',
       contact='lwhitby@cascadiatransit.org', old_title='Maintenance Superintendent',
       new_title='Director of Maintenance')
alert_('cascadia', 'advocacy', 'low', '2026-04-21', ['CT18'],
       'The shop is thrilled with how smoothly the battery-electric bus rollout went in Tidewell.')
alert_('cascadia', 'expansion_opportunity', 'medium', '2026-05-18', ['CT24'],
       'The new VP wants the roadmap for battery-electric charge management; the agency expects 40 BEBs by 2028.')


# ==========================================================================
# 4. Meridian Utility Services -- gas & electric utility contractor, Ohio.
#    The VP of Operations orders an evaluation of a named rival (Kestrel
#    Fleet) and of an in-house Power Apps tool; data export; a vendor promise
#    about the SAP connector date is missed.
# ==========================================================================
account('meridian', 'Meridian Utility Services', ['meridianutility.com'], 'colin', 228000, '2026-11-30', 'enterprise',
        'competitive_evaluation', 'meridian-utility.mbox', 'at_risk')

MU_DISC = ('Meridian Utility Services, LLC - CONFIDENTIAL. This email may contain confidential and privileged material '
           'for the sole use of the intended recipient. Any review or distribution by others is strictly prohibited.')
person('scott', 'Scott Vandermeer', 'svandermeer@meridianutility.com', title='Director of Fleet', tz='ET',
       client='outlook', mime='alt', disclaimer=MU_DISC,
       sig='Scott Vandermeer\nDirector of Fleet | Meridian Utility Services\n4400 Groveport Rd, Columbus, OH 43207\n'
           'o 614.555.0162 | m 614.555.0177')
person('karen', 'Karen Oyelaran', 'koyelaran@meridianutility.com', title='VP, Operations', tz='ET', client='ipad',
       sig='Karen Oyelaran\nVP, Operations\n\nSent from my iPad')
person('priyanka', 'Priyanka Desai', 'pdesai@meridianutility.com', title='IT Applications Manager', tz='ET',
       client='outlook', mime='html', disclaimer=MU_DISC,
       sig='Priyanka Desai | IT Applications Manager\nMeridian Utility Services')
person('ben', 'Ben Tolliver', 'btolliver@meridianutility.com', title='Shop Foreman, Groveport', tz='ET',
       client='outlook_mobile', sig='Get Outlook for iOS')

m('MU01', '2026-02-11 09:20', 'scott', ['colin'], 'SAP PM connector - timing?', """
Colin,

Finance is moving our work-order costing into SAP S/4 this year. Right now our shop guys double-key parts and labor from Tidewell into SAP. Is the SAP PM connector you showed at the user conference still coming this year? I need a date I can give our CIO.

Scott
""", ask=True)

m('MU02', '2026-02-11 10:05', 'colin', ['scott'], None, """
Hi Scott,

It's on the roadmap for H1; product is targeting a beta this spring. I'll get you a firmer date once they lock the beta cohort.

Would Meridian want to be in the beta?

Colin
""", re_='MU01', ask=True)

m('MU03', '2026-02-11 14:30', 'scott', ['colin'], None, """
Yes, sign us up for the beta. Priyanka Desai in IT would be the technical contact.

Scott
""", re_='MU02', sig='')

m('MU04', '2026-02-24 06:15', 'ben', ['tw_support'], "tablets in bay 3 won't print", """
tablets in bay 3 wont print WOs to the zebra printer since the update last night. bays 1 and 2 fine
""", ask=True)

ticket_ack('MU05', '2026-02-24 05:16', ['ben'], 'MU04', 48229, "tablets in bay 3 won't print")

m('MU06', '2026-02-24 08:30', 'maya', ['ben'], "[Tidewell Support] Re: tablets in bay 3 won't print", """
Hi Ben,

Last night's app update reset the printer profile on the bay 3 tablet group to the default model. I've pushed the ZT230 profile back to that group. Can you try printing a work order again and let me know?
""", re_='MU04', ask=True)

m('MU07', '2026-02-24 10:02', 'ben', ['tw_support'], None, """
printing now. thx
""", re_='MU06')

ticket_solved('MU08', '2026-02-26 05:00', ['ben'], 'MU07', 48229, "tablets in bay 3 won't print")

m('MU09', '2026-03-10 11:00', 'scott', ['colin'], "FYI - IT's side project", """
Colin,

Heads up so you're not surprised. Priyanka's team built a little Power Apps tool for the gas crews to log meter-truck inspections. It's not replacing anything, they just needed something for the 15 meter trucks that aren't in Tidewell. But our CIO loves it, so you may hear more about it.

Scott
""")
sig_('MU09', 'competitor', 'built a little Power Apps tool for the gas crews')

m('MU10', '2026-03-10 10:15', 'colin', ['scott'], None, """
Thanks for the heads up, Scott, appreciate it.

For what it's worth, those 15 meter trucks would fit fine in Tidewell and we could add them at your current per-unit rate. Want me to show Priyanka how our inspection forms work?

Colin
""", re_='MU09', ask=True, neg="the vendor's own upsell; the competitor words are only in the quoted text")

m('MU11', '2026-03-11 08:30', 'scott', ['colin'], None, """
Let's hold off on that for now. I'll let you know.

Scott
""", re_='MU10', sig='')

m('MU12', '2026-03-25 14:10', 'scott', ['colin'], 'Downtime by crew for Q1?', """
Colin,

AEP (our biggest client) is threatening to pull two gas crews off our contract if emergency response times don't improve. I want to see if fleet is part of the problem.

Can Tidewell give me truck downtime by crew for Q1? Crew is a custom field on the asset.

Scott
""", ask=True, neg="the customer's own client threatening them; the ask is for a report")

m('MU13', '2026-03-25 13:00', 'colin', ['scott'], None, """
Scott, yes. Reports > Asset Downtime, group by the custom field "Crew", date range 1/1 - 3/31. If you want it split by planned vs. unplanned, add the "Downtime reason" column. I've saved a copy as "Downtime by crew - Q1" in your shared reports.

Good luck with AEP.

Colin
""", re_='MU12')

m('MU14', '2026-04-07 16:45', 'karen', ['colin'], 'Fleet systems review', """
Colin,

As part of our 2026 cost program, our CIO and I have been asked to review all fleet systems ahead of the Tidewell renewal in November. We'll be evaluating Kestrel Fleet and an expanded version of the in-house Power Apps tool Priyanka's team built, alongside Tidewell. I'd like Tidewell to present the week of May 4. Scott will coordinate.

We'll also need a complete export of our data (assets, work order history, parts) by April 30 so our IT team can scope a migration, should we go that way.
""", cc=['scott'], ask=True)
sig_('MU14', 'renewal', 'ahead of the Tidewell renewal in November')
sig_('MU14', 'competitor', "We'll be evaluating Kestrel Fleet and an expanded version of the in-house Power Apps tool")
sig_('MU14', 'churn_risk', "We'll also need a complete export of our data")
sig_('MU14', 'churn_risk', 'so our IT team can scope a migration')

m('MU15', '2026-04-07 15:30', 'colin', ['karen'], None, """
Karen,

Thank you for telling me directly. We'll be ready to present the week of May 4, and I'll coordinate with Scott.

On the export: absolutely, it's your data. I'll have the full export (assets, work order history, parts and an attachments index) to Priyanka by Friday, April 24, well ahead of your April 30 date.

I'd also welcome 20 minutes with you beforehand to understand what the cost program is targeting, so our proposal answers the right question. Would that be possible?

Colin
""", cc=['scott'], re_='MU14', ask=True)
commit_('MU15', "I'll have the full export (assets, work order history, parts and an attachments index) to Priyanka by "
                "Friday, April 24", '2026-04-24', 'kept', delivered='MU19')

m('MU16', '2026-04-09 13:00', 'scott', ['colin'], None, """
Colin - sorry you had to hear it that way.

From where I sit, the shop side isn't the one pushing this, it's coming from the top.

Karen's calendar is tough, so let's use the presentation. Can you do Tue May 5, 9-11am at our Groveport office? Kestrel is in the week after.

Scott
""", re_='MU15', ask=True)
sig_('MU16', 'competitor', 'Kestrel is in the week after')

m('MU17', '2026-04-09 11:20', 'colin', ['scott'], None, """
Tue May 5, 9-11 at Groveport works. I'll bring Priya (our solutions engineer) and Josh Whitfield, our VP of Customer Success.

Colin
""", re_='MU16', neg='vendor confirms a meeting slot; evaluation and competitor words only in the quoted text')

invite('MU18', '2026-04-10 08:00', 'colin', ['scott', 'karen', 'priyanka'], 'Tidewell presentation - Meridian fleet systems review', """
Colin Petrakis has invited you to an event.

Tidewell presentation - Meridian fleet systems review
Tuesday May 5, 2026 7:00am - 9:00am (Mountain Time - Denver) / 9:00 - 11:00 Eastern

Location: Meridian Utility Services, 4400 Groveport Rd, Columbus, OH - Conference Room B

Agenda: platform walkthrough, SAP S/4 connector plan, 2026 roadmap, commercial options

Invitation from Google Calendar
""", '2026-05-05 07:00', '2026-05-05 09:00', 'Meridian Utility Services, 4400 Groveport Rd, Columbus, OH',
       cc=['josh', 'priya'], neg='calendar invitation')

m('MU19', '2026-04-23 14:10', 'priya', ['priyanka'], 'Meridian data export', """
Hi Priyanka,

The full export is ready: https://share.tidewell.io/x/meridian-2026-04 (link expires May 7; password sent separately).

- assets.csv: 1,204 rows
- work_orders.csv: work orders since 2021, with labor and parts lines
- parts.csv and parts_transactions.csv
- attachments_index.csv: file names and URLs for photos and PDFs

A data dictionary is attached. Could you confirm you can open everything?

Priya
""", cc=['colin', 'scott'], ask=True, attach=[('Tidewell_Export_Data_Dictionary.pdf', 'application/pdf',
                                                b'%PDF-1.4\n% stub data dictionary\n%%EOF\n')])

m('MU20', '2026-04-24 09:05', 'priyanka', ['priya'], None, """
Received, all files open fine. Thanks. I'll reach out if we have questions on the data dictionary.
""", cc=['colin', 'scott'], re_='MU19')

m('MU21', '2026-05-06 08:30', 'scott', ['colin'], 'Thanks for yesterday', """
Colin,

Good session yesterday, the team liked the roadmap. Karen's main pushback was the SAP connector: if we can't get work orders into S/4 by Q4, it's hard to argue against Priyanka's tool, which writes straight to SAP.

Can you get us a committed date for the connector GA?

Scott
""", ask=True)
sig_('MU21', 'competitor', "it's hard to argue against Priyanka's tool")

m('MU22', '2026-05-06 11:40', 'colin', ['scott'], None, """
Scott, understood, that's the crux.

I've asked our VP of Product for a committed GA date. Our product team will confirm the SAP connector GA date by end of next week, and I'll send it to you and Karen in writing.

Colin
""", re_='MU21')
commit_('MU22', 'Our product team will confirm the SAP connector GA date by end of next week', '2026-05-15', 'overdue',
        note='Scott chased on May 27 and June 3; no date has been sent by as_of.')

m('MU23', '2026-05-12 07:10', 'ben', ['colin'], 'logins for new techs', """
need logins for 3 new techs at Groveport: J. Ortiz, M. Kaminski, D. Yoder. they replace 3 that left so turn off hwalsh, dpruitt, kmoore
""", ask=True, neg='seat swap for replacement technicians; no net new users')

m('MU24', '2026-05-12 08:00', 'colin', ['ben'], None, """
Done, Ben. Three new logins created (temporary passwords by text), and hwalsh, dpruitt and kmoore are deactivated. Their work order history stays.

Colin
""", re_='MU23')

m('MU25', '2026-05-15 13:20', 'scott', ['priya'], 'Storm drill - training on the 21st still on', """
Priya,

The company storm drill moved to the 20th, so we are NOT cancelling your shop-lead training on the 21st. Keep it on. Can you confirm you're still good for 8am at Groveport?

Scott
""", cc=['colin'], ask=True, neg="negated 'cancelling' about a training session")

m('MU26', '2026-05-15 13:00', 'priya', ['scott'], None, """
Confirmed, Scott. 8am on the 21st at Groveport, I'll bring the tablets for the hands-on part.

Priya
""", cc=['colin'], re_='MU25')

m('MU27', '2026-05-27 16:00', 'scott', ['colin'], None, """
Colin, any word on the SAP GA date? Karen asked me again this morning.

Scott
""", re_='MU22', ask=True, sig='')

m('MU28', '2026-05-27 15:10', 'colin', ['scott'], None, """
Scott, I'm sorry. Product hasn't locked it yet; they're finishing the beta results. I'm pushing hard and will get you something in writing as soon as I have it.

Colin
""", re_='MU27')

m('MU29', '2026-06-03 10:30', 'scott', ['colin'], 'Kestrel pricing', """
Colin,

FYI, Kestrel came in about 20% under your renewal number, and they have a native S/4 integration today. Karen wants our recommendation by July 1.

Still no date on the connector? I want to keep you guys but I need something to work with.

Scott
""", ask=True)
sig_('MU29', 'pricing', 'Kestrel came in about 20% under your renewal number')
sig_('MU29', 'competitor', 'they have a native S/4 integration today')
sig_('MU29', 'churn_risk', 'I want to keep you guys but I need something to work with')

m('MU30', '2026-06-03 09:45', 'colin', ['scott'], None, """
Scott, thanks for being straight with me. I'm escalating internally today.

Josh and I would like 30 minutes with you and Karen next week to walk through pricing and the connector plan. What works?

Colin
""", re_='MU29', ask=True)

m('MU31', '2026-06-04 08:15', 'scott', ['colin'], None, """
Karen can do Wed 6/10 at 2 ET. Send an invite.

Scott
""", re_='MU30', sig='', neg='scheduling reply; the rival and price comparison are only in the quoted text')

invite('MU32', '2026-06-04 07:00', 'colin', ['scott', 'karen'], 'Meridian / Tidewell - renewal and SAP connector', """
Colin Petrakis has invited you to an event.

Meridian / Tidewell - renewal and SAP connector
Wednesday Jun 10, 2026 12:00pm - 1:00pm (Mountain Time - Denver) / 2:00pm Eastern

Join Zoom: https://tidewell.zoom.us/j/81155502290

Invitation from Google Calendar
""", '2026-06-10 12:00', '2026-06-10 13:00', 'https://tidewell.zoom.us/j/81155502290', cc=['josh'],
       neg='calendar invitation')

m('MU33', '2026-06-05 11:20', 'priyanka', ['priya'], 'API rate limits for bulk work order export', """
Hi Priya,

We're testing bulk exports of work orders through the API as part of our migration scoping. We start getting 429 errors after roughly 600 calls. What are the rate limits, and is there a bulk endpoint we should be using instead?

Thanks,
""", cc=['colin'], ask=True)
sig_('MU33', 'churn_risk', 'as part of our migration scoping')

m('MU34', '2026-06-05 13:05', 'priya', ['priyanka'], None, """
Hi Priyanka,

The REST API allows 1,000 requests per hour per token, with bursts of 100 per minute, which is why you hit 429s. For bulk pulls use GET /v2/exports/work_orders?since=YYYY-MM-DD: it builds a single file in the background and returns a download link.

Priya
""", cc=['colin'], re_='MU33')

m('MU35', '2026-06-10 15:40', 'karen', ['colin'], 'Follow-up to today', """
Colin, Josh,

Thank you for today. As discussed, we need two things from Tidewell to include in our recommendation: the SAP connector GA date in writing, and your best renewal offer, by June 26.
""", cc=['josh', 'scott'], ask=True)
sig_('MU35', 'pricing', 'your best renewal offer, by June 26')

m('MU36', '2026-06-10 14:30', 'colin', ['karen'], None, """
Thank you, Karen. You'll have the connector GA date in writing and our renewal offer by Friday, June 19, a week ahead of your deadline.

Colin
""", cc=['josh', 'scott'], re_='MU35')
commit_('MU36', "You'll have the connector GA date in writing and our renewal offer by Friday, June 19", '2026-06-19',
        'open')

notify('MU37', '2026-04-20 06:00', 'tw_noreply', ['scott'], 'Your weekly fleet summary - Meridian Utility Services', """
Weekly fleet summary, Apr 13 - Apr 19, 2026

Units: 1,204 active, 26 out of service
PMs completed: 131 | PMs overdue: 19
Open work orders: 212 (31 older than 14 days)
Parts spend this week: $48,310

View the full report: https://app.tidewell.io/reports/weekly
You are receiving this because you are an administrator. Change frequency in Settings > Notifications.
""", neg='automated weekly usage digest from the vendor application')

alert_('meridian', 'competitor_mention', 'high', '2026-06-03', ['MU09', 'MU14', 'MU16', 'MU21', 'MU29'],
       'Formal evaluation of Kestrel Fleet and of an in-house Power Apps tool; Kestrel quoted about 20% lower with a '
       'native SAP S/4 integration.')
alert_('meridian', 'churn_risk', 'high', '2026-06-05', ['MU14', 'MU29', 'MU33'],
       'Full data export requested to scope a migration; IT is load-testing bulk work-order exports "as part of our '
       'migration scoping"; recommendation due July 1.')
alert_('meridian', 'commitment_overdue', 'high', '2026-05-16', ['MU22', 'MU27', 'MU29'],
       'Promised the SAP connector GA date by end of next week (Friday May 15); still not sent, the customer chased twice.')
alert_('meridian', 'open_commitment', 'medium', '2026-06-10', ['MU36'],
       'Connector GA date and best renewal offer promised to the VP of Operations by Friday June 19.')


# ==========================================================================
# 5. Van der Berg Logistiek B.V. -- refrigerated trucking, Venlo NL.
#    Writes English with Dutch disclaimers and the odd Dutch sentence.
#    A 7-hour EU outage -> SLA credit dispute -> company lawyer -> formal
#    notice of default; the vendor's credit-proposal promise slips.
# ==========================================================================
account('vanderberg', 'Van der Berg Logistiek B.V.', ['vanderberglogistiek.nl'], 'renata', 72000, '2026-09-30', 'mid',
        'legal_escalation_outage_credit', 'vanderberg-logistiek.mbox', 'at_risk')

VB_DISC = ('Disclaimer: De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n) en '
           'kan vertrouwelijke informatie bevatten. Gebruik van deze informatie door anderen dan de geadresseerde(n) is '
           'niet toegestaan. Indien u dit bericht ten onrechte ontvangt, wordt u verzocht de afzender onmiddellijk te '
           'informeren en het bericht te verwijderen. Van der Berg Logistiek B.V. staat niet in voor de juiste en '
           'volledige overbrenging van de inhoud van een verzonden e-mail, noch voor tijdige ontvangst daarvan, en is '
           'niet aansprakelijk voor schade die hieruit voortvloeit. Op al onze werkzaamheden zijn de Algemene '
           'Vervoerscondities (AVC 2002) van toepassing, gedeponeerd ter griffie van de rechtbank Rotterdam. '
           'KvK 14087731 | BTW NL812345678B01')
person('sanne', 'Sanne Hoekstra', 's.hoekstra@vanderberglogistiek.nl', title='Fleet Planning Manager', tz='NL',
       client='outlook', lang='nl', mime='alt', cte='qp', disclaimer=VB_DISC,
       sig='Met vriendelijke groet / Kind regards,\n\nSanne Hoekstra\nFleet Planning Manager\nVan der Berg Logistiek B.V. | '
           'Edisonstraat 41, 5928 PG Venlo\nT +31 77 355 0142')
person('pieter', 'Pieter de Wit', 'p.dewit@vanderberglogistiek.nl', title='Directeur Operaties', tz='NL',
       client='outlook', lang='nl', mime='html', cte='b64', disclaimer=VB_DISC,
       sig='Pieter de Wit\nDirecteur Operaties\nVan der Berg Logistiek B.V.\nT +31 77 355 0100 | M +31 6 5555 0163')
person('marloes', 'mr. M. Jansen', 'm.jansen@vanderberglogistiek.nl', title='Bedrijfsjurist (Legal Counsel)',
       tz='NL', client='outlook', lang='nl', mime='alt', cte='b64', disclaimer=VB_DISC,
       sig='Hoogachtend,\n\nmr. M. (Marloes) Jansen\nBedrijfsjurist | Van der Berg Logistiek B.V.\nT +31 77 355 0108')
person('dennis', 'Dennis Kuipers', 'd.kuipers@vanderberglogistiek.nl', title='Planner', tz='NL',
       client='outlook_mobile', lang='nl', disclaimer=VB_DISC, sig='Verstuurd vanaf Outlook voor Android')

m('VB01', '2026-02-16 09:40', 'sanne', ['renata'], 'Reefer units in the PM plan', """
Goedemorgen Renata,

Question about the reefer units: we want to schedule the Thermo King service on the engine hours of the cooling unit, not on the kilometres of the truck. Is that possible with a separate meter in Tidewell?
""", ask=True)

m('VB02', '2026-02-16 07:30', 'renata', ['sanne'], None, """
Hi Sanne,

Yes. Add a secondary meter "Reefer hours" on the trailer asset (Assets > Meters > Add meter), then set the Thermo King PM to trigger on that meter instead of the odometer. A PM can use either meter, or whichever comes first.

If your telematics sends reefer hours (you're on Transics, right?), we can map it so the meter updates automatically. Shall I check with your planner?

Renata
""", re_='VB01', ask=True)

m('VB03', '2026-02-16 16:10', 'sanne', ['renata'], None, """
Yes, Transics. Dennis will check if the reefer hours come through the API. Dank je!
""", re_='VB02', neg='routine answer; the long Dutch footer (liability, court of Rotterdam) is the standard legal disclaimer')

m('VB04', '2026-02-18 10:05', 'dennis', ['renata'], 'reefer hours Transics', """
reefer hours are in the TX-ECO feed, field rf_hrs. can you map it to the Reefer hours meter?
""", cc=['sanne'], ask=True)

m('VB05', '2026-02-18 08:20', 'renata', ['dennis'], None, """
Mapped, Dennis. You'll see values from tomorrow morning's sync.

Renata
""", cc=['sanne'], re_='VB04')

notify('VB06', '2026-03-23 00:12', 'tw_status', ['sanne'], '[Tidewell Status] Investigating: EU region - dispatch board and mobile app unavailable', """
Investigating - We are investigating reports that the dispatch board and the mobile app are unavailable for customers in the EU region. Next update within 60 minutes.
Mar 23, 2026 - 06:12 CET

You are receiving this because you subscribed to updates at https://status.tidewell.io. Unsubscribe: https://status.tidewell.io/unsubscribe
""", neg='automated status-page notice')

notify('VB07', '2026-03-23 04:40', 'tw_status', ['sanne'], '[Tidewell Status] Identified: EU region - dispatch board and mobile app unavailable', """
Identified - A database failover in the EU region did not complete. Engineers are restoring the primary database. Dispatch board and mobile app remain unavailable.
Mar 23, 2026 - 10:40 CET

You are receiving this because you subscribed to updates at https://status.tidewell.io. Unsubscribe: https://status.tidewell.io/unsubscribe
""", neg='automated status-page notice')

notify('VB08', '2026-03-23 07:25', 'tw_status', ['sanne'], '[Tidewell Status] Resolved: EU region - dispatch board and mobile app unavailable', """
Resolved - All services in the EU region are operating normally. Total duration of the incident: 7 hours 13 minutes. A root cause analysis will be published.
Mar 23, 2026 - 13:25 CET

You are receiving this because you subscribed to updates at https://status.tidewell.io. Unsubscribe: https://status.tidewell.io/unsubscribe
""", neg='automated status-page notice')

m('VB09', '2026-03-23 14:05', 'pieter', ['renata'], 'Outage today', """
Renata,

Today your system was down from 06:10 until 13:20, the whole morning shift. Our planners had no dispatch board and the drivers had no app. We missed two delivery slots at the Albert Heijn DC in Zwolle and paid waiting costs in Venlo.

Dit is de tweede keer dit kwartaal. I expect a formal explanation and the SLA credit that our contract provides for.
""", cc=['sanne'], ask=True)
sig_('VB09', 'escalation', 'I expect a formal explanation and the SLA credit that our contract provides for')

m('VB10', '2026-03-23 08:30', 'renata', ['pieter'], None, """
Pieter,

I'm very sorry. This was a failure on our side: a database failover in our EU region did not complete, and it took engineering far too long to restore service.

I'm getting the full incident report from engineering, and I will come back to you with the SLA credit calculation by Wednesday the 1st.

Renata
""", cc=['sanne'], re_='VB09')
commit_('VB10', 'I will come back to you with the SLA credit calculation by Wednesday the 1st', '2026-04-01', 'kept',
        delivered='VB12')

m('VB11', '2026-03-24 08:50', 'sanne', ['renata'], 'Doorst: Factuur wachttijd DC Venlo 23-03', """
Renata,

For your report: the planners switched to Excel at 06:30 and lost about 40 minutes re-planning. Zwolle slots 07:15 and 08:00 were missed. The waiting-cost invoice from the Venlo DC is below (\u20ac 1.840).

Groeten,
""", cc=['pieter'], fwd={'style': 'outlook_nl', 'from': 'Crediteuren DC Venlo <facturen@dcvenlo-logistics.nl>',
                          'to': 'Planning Van der Berg <planning@vanderberglogistiek.nl>',
                          'when': local('NL', '2026-03-23 17:02'), 'subject': 'Factuur wachttijd 23-03-2026',
                          'body': """
Geachte relatie,

Bijgaand ontvangt u de factuur voor wachttijd op 23 maart 2026: 4 voertuigen, totaal 9,2 uur a \u20ac 200,00 per uur = \u20ac 1.840,00 excl. btw.

Met vriendelijke groet,
Crediteurenadministratie DC Venlo
"""})

m('VB12', '2026-03-31 10:00', 'renata', ['pieter'], 'SLA credit - incident 23 March', """
Pieter,

As promised, here is the SLA credit calculation.

Under Schedule B (Service Levels) of your agreement, March availability was 99.02% against the 99.9% commitment. That puts March in the "below 99.5%" tier: a credit of 10% of the monthly fee, EUR 600, applied to your next invoice.

The preliminary incident summary is attached; the full root cause analysis will follow. I know a credit doesn't cover missed slots in Zwolle, and I'd like to talk about how we make this right. Could we set up a call this week?

Renata
""", cc=['sanne'], re_='VB10', ask=True, attach=[('Tidewell_Incident_Summary_2026-03-23_EU.pdf', 'application/pdf',
                                                  b'%PDF-1.4\n% stub incident summary\n%%EOF\n')])

m('VB13', '2026-04-02 11:20', 'pieter', ['renata'], None, """
Renata,

\u20ac 600 is not acceptable. Our costs for that morning were over \u20ac 9.000, and the SLA in our contract was written for exactly this kind of failure.

I have asked our legal department to review the agreement; you will hear from mr. Jansen. Frankly this will weigh on our decision about the renewal in September.
""", cc=['sanne'], re_='VB12')
sig_('VB13', 'escalation', 'I have asked our legal department to review the agreement')
sig_('VB13', 'churn_risk', 'Frankly this will weigh on our decision')
sig_('VB13', 'renewal', 'the renewal in September')

m('VB14', '2026-04-02 08:10', 'renata', ['pieter'], None, """
Pieter, understood. I've shared your message with our VP of Customer Success and with our General Counsel, Hannah Lutz, who will coordinate with Ms Jansen directly.

Renata
""", cc=['sanne', 'josh'], re_='VB13', neg="vendor acknowledgement; the legal and renewal words are in the quoted customer mail")

m('VB15', '2026-04-03 15:30', 'sanne', ['renata'], None, """
Thanks Renata.

Fijne Paasdagen! Dennis is on holiday next week, so please send planning questions to me.
""", re_='VB14', neg='holiday greeting; the escalation is only in the quoted history')

m('VB16', '2026-04-07 15:30', 'marloes', ['renata'], 'Betreft: incident 23 maart 2026 - Overeenkomst Tidewell / Van der Berg Logistiek B.V.', """
Geachte mevrouw Alvarez,

I will continue in English for your convenience.

I write on behalf of Van der Berg Logistiek B.V. ("VdB") regarding the service interruption of 23 March 2026. Under clause 9.3 of the Master Subscription Agreement dated 1 October 2024 (the "Agreement"), Tidewell undertakes an availability of 99.9% per calendar month. The interruption lasted more than seven hours during VdB's core operating hours and caused direct damages, itemised in the annex, of \u20ac 9.412,60. The credit of \u20ac 600 offered on 31 March does not reflect these damages.

We hereby formally request (i) a full root cause analysis, (ii) confirmation of the remedial measures taken, and (iii) a credit proposal that reflects the actual damages incurred.

We request your substantive response within ten working days of this letter. All rights reserved.
""", cc=['pieter'], ask=True, attach=[('Bijlage - schadeoverzicht 23-03-2026.pdf', 'application/pdf',
                                       b'%PDF-1.4\n% stub damages annex\n%%EOF\n')])
sig_('VB16', 'escalation', 'We hereby formally request')

m('VB17', '2026-04-08 09:15', 'hannah', ['marloes'], None, """
Dear Ms Jansen,

I am General Counsel at Tidewell and will be your point of contact on this matter, together with Renata Alvarez.

We will provide the full root cause analysis and a description of the remedial measures by end of next week. Regarding the credit proposal, our finance team is reviewing the itemised costs in your annex against the Agreement, and we will revert once that review is complete.

Kind regards,
""", cc=['renata', 'pieter'], re_='VB16')
commit_('VB17', 'We will provide the full root cause analysis and a description of the remedial measures by end of next week',
        '2026-04-17', 'kept', delivered='VB18')

m('VB18', '2026-04-16 16:00', 'hannah', ['marloes'], 'Root cause analysis - EU incident 23 March 2026', """
Dear Ms Jansen,

As committed, please find attached the root cause analysis for the EU incident of 23 March 2026, including the remedial measures: automated failover testing every week, a second standby database in a separate availability zone, and a 30-minute escalation rule to our on-call director.

Kind regards,
""", cc=['renata', 'pieter'], re_='VB17', attach=[('Tidewell_RCA_EU_2026-03-23.pdf', 'application/pdf',
                                                   b'%PDF-1.4\n% stub RCA\n%%EOF\n')])

m('VB19', '2026-04-24 11:00', 'hannah', ['marloes'], None, """
Dear Ms Jansen,

A short update: our finance team is still reviewing the itemised costs against the Agreement, including the limitation-of-liability provisions in clause 12. We will revert on your credit proposal by Friday 15 May.

Kind regards,
""", cc=['renata', 'pieter'], re_='VB18')
commit_('VB19', 'We will revert on your credit proposal by Friday 15 May', '2026-05-15', 'overdue',
        note='Nothing sent by as_of; the customer issued a notice of default on June 1.')

m('VB20', '2026-04-27 08:00', 'renata', ['sanne'], 'Reefer hours report', """
Hi Sanne,

Quick one: would a weekly report of reefer hours per trailer, with the units due for a Thermo King service in the next two weeks, be useful for your planners? I can schedule it for Monday mornings.

Renata
""", ask=True)

ooo('VB21', '2026-04-27 15:00', 'sanne', ['renata'], 'Automatisch antwoord: Reefer hours report', """
Ik ben afwezig tot en met dinsdag 28 april (Koningsdag). Voor dringende zaken kunt u contact opnemen met planning@vanderberglogistiek.nl.

I am out of the office until Tuesday 28 April. For urgent matters please contact planning@vanderberglogistiek.nl.
""", 'VB20', neg='out-of-office for a public holiday')

m('VB22', '2026-04-29 09:10', 'sanne', ['renata'], None, """
Hi Renata, sorry voor de late reactie, Koningsdag and a day off.

Yes please, Monday mornings is perfect. Send it to me and to planning@vanderberglogistiek.nl.
""", re_='VB20', neg='routine reply; "sorry" is about a holiday')

m('VB23', '2026-05-06 07:55', 'dennis', ['renata'], '2FA reset', """
new phone, authenticator gone. can you reset my 2FA?
""", ask=True, neg='routine 2FA reset; the footer is the standard Dutch legal disclaimer')

m('VB24', '2026-05-06 08:10', 'renata', ['dennis'], None, """
Done, Dennis. You'll be asked to set up the authenticator again at your next login.

Renata
""", re_='VB23')

m('VB25', '2026-05-20 10:00', 'renata', ['sanne'], 'Checking in', """
Hi Sanne,

How are things running on the planning side? Is the Monday reefer report useful, and is there anything else I can help with?

Renata
""", ask=True)

m('VB26', '2026-05-20 17:40', 'sanne', ['renata'], 'Antw: Checking in', """
Hi Renata,

Operationally everything is fine again and the Monday report is useful, thanks.

Between us: Pieter is still waiting for the answer from your legal team and it is not helping. He asks me every week.

Groeten,
""", re_='VB25')

m('VB27', '2026-06-01 09:30', 'marloes', ['hannah', 'renata'], 'Ingebrekestelling - incident 23 maart 2026', """
Geachte mevrouw Lutz,

On 24 April 2026 you informed us that Tidewell would revert on our credit proposal by Friday 15 May. To date we have received nothing.

We hereby give Tidewell a final term until 12 June 2026 to provide a substantive response. Should Tidewell fail to do so, VdB will consider all available options, including suspending payment of outstanding invoices and terminating the Agreement per 30 September 2026, the end of the current term.

This letter constitutes a formal notice of default (ingebrekestelling) within the meaning of article 6:82 of the Dutch Civil Code. All rights reserved.
""", cc=['pieter'], re_='VB19', ask=True)
sig_('VB27', 'escalation', 'We hereby give Tidewell a final term until 12 June 2026')
sig_('VB27', 'churn_risk', 'terminating the Agreement per 30 September 2026')

m('VB28', '2026-06-09 16:20', 'pieter', ['renata'], 'Geen reactie', """
Renata,

Marloes tells me there is still no response from your side. I have to say I am disappointed. Geen reactie is ook een reactie.

Call me.
""", ask=True)

m('VB29', '2026-06-09 10:05', 'renata', ['pieter'], None, """
Pieter, I'm sorry, you deserve better than this. I'll call you tomorrow at 10:00 your time.

Renata
""", re_='VB28')
commit_('VB29', "I'll call you tomorrow at 10:00 your time", '2026-06-10', 'kept', delivered='VB30',
        note='Pieter confirms the call in writing on June 10.')

m('VB30', '2026-06-10 11:05', 'pieter', ['renata'], None, """
Renata,

Thanks for calling this morning. As I said on the phone: we need the written response from your legal team, not more apologies. The 12 June deadline stands.
""", re_='VB29')
sig_('VB30', 'escalation', 'we need the written response from your legal team')

newsletter('VB31', '2026-03-24 10:00', ['tw_list'], 'Fleet Pulse | March 2026: why fleets cancel their legacy CMMS', """
FLEET PULSE - March 2026

Why fleets cancel their legacy CMMS (and what they switch to)
Our survey of 240 maintenance leaders found that 38% plan to replace a legacy maintenance system within two years. The top reasons: no mobile app, no telematics, and renewal price hikes. Read the report: https://tidewell.io/blog/legacy-cmms-2026

New: Parts & Inventory is now generally available. Upgrade your plan to add multi-location stock, cycle counts and vendor returns.

Webinar, April 8: Getting ready for CVSA Roadcheck. Register: https://tidewell.io/webinars/roadcheck-2026
""", neg='vendor marketing newsletter to a customer list')

alert_('vanderberg', 'escalation', 'high', '2026-06-01', ['VB09', 'VB13', 'VB16', 'VB27', 'VB30'],
       'Outage credit dispute escalated from the operations director to the company lawyer; formal notice of default '
       '(ingebrekestelling) with a final term of June 12, 2026 (= as_of).')
alert_('vanderberg', 'churn_risk', 'high', '2026-06-01', ['VB13', 'VB27'],
       'The customer links the dispute to the September renewal and threatens to terminate per 30 September 2026 and '
       'suspend payments.')
alert_('vanderberg', 'commitment_overdue', 'high', '2026-05-16', ['VB19', 'VB26', 'VB27'],
       'General Counsel promised a credit proposal by Friday 15 May; nothing sent (28 days overdue at as_of).')
alert_('vanderberg', 'unanswered_customer_message', 'high', '2026-06-03', ['VB27'],
       'The notice of default of June 1 to the General Counsel and the AM has no written answer; its deadline is '
       'as_of.')


# ==========================================================================
# 6. Transportes Altiplano S.A. de C.V. -- trucking, Monterrey MX (Spanish).
#    Expansion to a new depot (base Queretaro); quote promised "antes del
#    viernes" and kept; the implementation plan is promised three times and
#    never sent; the new depot lead's request goes unanswered.
# ==========================================================================
account('altiplano', 'Transportes Altiplano S.A. de C.V.', ['altiplanotransportes.com.mx'], 'renata', 58000,
        '2026-10-15', 'mid', 'depot_expansion_missed_commitments', 'transportes-altiplano.mbox', 'mixed')

TA_DISC = ('AVISO DE PRIVACIDAD: Transportes Altiplano, S.A. de C.V., con domicilio en Av. Miguel Alemán 4100, Apodaca, '
           'N.L., es responsable del tratamiento de sus datos personales conforme a la Ley Federal de Protección de Datos '
           'Personales en Posesión de los Particulares. Consulte el aviso integral en '
           'www.altiplanotransportes.com.mx/privacidad. Este correo y sus anexos son confidenciales; si usted no es el '
           'destinatario, favor de eliminarlo y notificar al remitente.')
person('hector', 'Héctor Garza Villarreal', 'hgarza@altiplanotransportes.com.mx', title='Gerente de Mantenimiento',
       tz='MX', client='outlook', lang='es', mime='alt', cte='b64', disclaimer=TA_DISC,
       sig='Ing. Héctor Garza Villarreal\nGerente de Mantenimiento\nTransportes Altiplano, S.A. de C.V.\n'
           'Tel. +52 81 5555 0143 | Apodaca, N.L.')
person('claudia', 'Claudia Esparza Lozano', 'cesparza@altiplanotransportes.com.mx', title='Directora de Operaciones',
       tz='MX', client='outlook', lang='es', mime='alt', cte='qp', disclaimer=TA_DISC,
       sig='Claudia Esparza Lozano\nDirectora de Operaciones\nTransportes Altiplano, S.A. de C.V.')
person('mariana', 'Mariana Treviño Cantú', 'mtrevino@altiplanotransportes.com.mx', title='Jefa de Compras', tz='MX',
       client='outlook', lang='es', mime='html', cte='qp', disclaimer=TA_DISC,
       sig='Lic. Mariana Treviño Cantú\nJefa de Compras | Transportes Altiplano\nTel. +52 81 5555 0120 ext. 214')
person('ruben', 'Rubén Sáenz', 'rsaenz@altiplanotransportes.com.mx', title='Jefe de Tráfico', tz='MX',
       client='iphone', lang='es', sig='Enviado desde mi iPhone')
person('fernanda', 'Fernanda Ruiz Olvera', 'fruiz@altiplanotransportes.com.mx', title='Jefa de Base Querétaro',
       tz='MX', client='outlook', lang='es', mime='alt', cte='qp', disclaimer=TA_DISC,
       sig='Ing. Fernanda Ruiz Olvera\nJefa de Base Querétaro\nTransportes Altiplano | Parque Industrial El Marqués, Qro.')

m('TA01', '2026-02-09 10:20', 'hector', ['renata'], 'Capacitación técnicos nuevos', """
Hola Renata, buen día.

Entraron 6 técnicos nuevos al taller de Apodaca; reemplazan a los que se fueron en diciembre, así que usarán los mismos usuarios. Necesitamos darles la capacitación de la app móvil. ¿Tendrán disponibilidad para una sesión en línea la próxima semana?

Saludos
""", ask=True, neg='new technicians replace leavers and reuse the same logins; not an expansion')

m('TA02', '2026-02-09 11:45', 'renata', ['hector'], None, """
Hola Héctor, ¡claro que sí!

Te propongo el martes 17 a las 10:00 (hora de Monterrey), 90 minutos, con ejercicios en la app. ¿Te funciona? Si sí, te mando la invitación.

Saludos,
Renata
""", re_='TA01', ask=True, sig=SIG_RENATA_ES)

m('TA03', '2026-02-09 12:30', 'hector', ['renata'], None, """
Perfecto, martes 17 a las 10. Gracias.
""", re_='TA02', sig='Ing. Héctor Garza V.')

invite('TA04', '2026-02-10 09:00', 'renata', ['hector'], 'Capacitación app móvil - Altiplano (Apodaca)', """
Renata Alvarez te invitó a un evento.

Capacitación app móvil - Altiplano (Apodaca)
martes 17 de febrero de 2026, 10:00 - 11:30 (hora del centro)

Unirse con Zoom: https://tidewell.zoom.us/j/86620114530

Invitación de Google Calendar
""", '2026-02-17 10:00', '2026-02-17 11:30', 'https://tidewell.zoom.us/j/86620114530', neg='calendar invitation')

m('TA05', '2026-02-25 06:45', 'ruben', ['tw_support'], 'unidad 218 no aparece', """
la unidad 218 no aparece en el tablero de despacho desde ayer. tiene viaje a Laredo hoy
""", ask=True)

ticket_ack('TA06', '2026-02-25 06:46', ['ruben'], 'TA05', 48377, 'unidad 218 no aparece', lang='es')

m('TA07', '2026-02-25 08:10', 'lucia', ['ruben'], '[Tidewell Support] Re: unidad 218 no aparece', """
Hola Rubén,

La unidad 218 estaba marcada como "fuera de servicio" desde el 24 de febrero por una orden de trabajo de frenos que quedó abierta. Ya cerré la orden con autorización de Héctor y la unidad aparece de nuevo en el tablero.

¿Me confirmas que ya la ves?
""", re_='TA05', ask=True, lang='es')

m('TA08', '2026-02-25 08:35', 'ruben', ['tw_support'], None, """
ya quedó, gracias
""", re_='TA07')

m('TA09', '2026-03-11 09:05', 'claudia', ['renata'], 'Nueva base en Querétaro', """
Renata, buenos días.

Le comparto que en junio abrimos una nueva base de operaciones en Querétaro (Parque Industrial El Marqués) con 45 tractocamiones y su propio taller. Queremos que Querétaro opere en Tidewell desde el primer día: serían las 45 unidades adicionales y unos 12 usuarios más entre taller y tráfico.

¿Nos puede enviar una cotización y un plan de implementación? La idea es arrancar el 1 de junio.

Saludos cordiales,
""", cc=['hector'], ask=True)
sig_('TA09', 'expansion', 'Queremos que Querétaro opere en Tidewell desde el primer día')
sig_('TA09', 'expansion', 'serían las 45 unidades adicionales y unos 12 usuarios más')
sig_('TA09', 'pricing', '¿Nos puede enviar una cotización')

m('TA10', '2026-03-11 10:30', 'renata', ['claudia'], None, """
Claudia, ¡qué gran noticia, felicidades!

Con gusto. Le envío la cotización para Querétaro antes del viernes, y agendamos una llamada con Héctor para el plan de implementación.

Saludos,
Renata
""", cc=['hector'], re_='TA09', sig=SIG_RENATA_ES)
commit_('TA10', 'Le envío la cotización para Querétaro antes del viernes', '2026-03-13', 'kept', delivered='TA11')

m('TA11', '2026-03-12 17:10', 'renata', ['claudia'], 'Cotización - Base Querétaro', """
Claudia,

Como quedamos, adjunto la cotización para la base Querétaro:

- 45 unidades a USD 28.00 por unidad al mes
- 12 usuarios incluidos, sin costo adicional
- Total anual: USD 15,120, coterminado con su renovación del 15 de octubre

Quedo atenta a sus comentarios. ¿Le parece bien?

Saludos,
Renata
""", cc=['mariana', 'hector'], re_='TA10', ask=True, sig=SIG_RENATA_ES,
  attach=[('Cotizacion_Tidewell_Altiplano_Queretaro.pdf', 'application/pdf', b'%PDF-1.4\n% stub quote\n%%EOF\n')])

m('TA12', '2026-03-13 11:20', 'mariana', ['renata'], None, """
Renata, buenas tardes.

Recibimos la cotización, gracias. Para poder autorizarla, ¿hay posibilidad de mejorar el precio por unidad? En Apodaca tenemos USD 26.50.

Quedo atenta,
""", cc=['claudia', 'hector'], re_='TA11', ask=True)
sig_('TA12', 'pricing', '¿hay posibilidad de mejorar el precio por unidad?')

m('TA13', '2026-03-13 15:00', 'renata', ['mariana'], None, """
Mariana, entendido.

Puedo igualar el precio de Apodaca, USD 26.50 por unidad, si la orden de compra se firma antes del 30 de abril. Te mando la cotización actualizada hoy.

Saludos,
Renata
""", cc=['claudia', 'hector'], re_='TA12', sig=SIG_RENATA_ES)
commit_('TA13', 'Te mando la cotización actualizada hoy', '2026-03-13', 'kept', delivered='TA14')

m('TA14', '2026-03-13 16:30', 'renata', ['mariana'], None, """
Mariana, adjunto la cotización actualizada: 45 unidades a USD 26.50, total anual USD 14,310, válida hasta el 30 de abril.

Saludos,
Renata
""", cc=['claudia', 'hector'], re_='TA13', sig=SIG_RENATA_ES,
  attach=[('Cotizacion_Tidewell_Altiplano_Queretaro_v2.pdf', 'application/pdf', b'%PDF-1.4\n% stub quote v2\n%%EOF\n')])

m('TA15', '2026-03-27 09:00', 'renata', ['hector'], 'Llamada - plan de implementación Querétaro', """
Héctor, ¿qué tal?

¿Cuándo te queda bien una llamada de una hora para armar el plan de implementación de Querétaro? Me gustaría que estuviera también Claudia.

Saludos,
Renata
""", ask=True, sig=SIG_RENATA_ES)

ooo('TA16', '2026-03-27 08:00', 'hector', ['renata'], 'Respuesta automática: Llamada - plan de implementación Querétaro', """
Estaré fuera de la oficina del 28 de marzo al 5 de abril (Semana Santa), con acceso limitado al correo.

Para asuntos urgentes del taller favor de contactar a Rubén Sáenz (rsaenz@altiplanotransportes.com.mx).
""", 'TA15', neg='holiday out-of-office (Semana Santa)')

m('TA17', '2026-04-07 09:40', 'hector', ['renata'], None, """
Renata, perdón la demora, regresando de vacaciones. ¿Jueves 9 a las 11?
""", re_='TA15', sig='Ing. Héctor Garza V.')

m('TA18', '2026-04-07 11:00', 'renata', ['hector'], None, """
Jueves 9 a las 11 (hora de Monterrey), perfecto. Te mando la invitación, incluyo a Claudia.

Renata
""", re_='TA17', sig='')

invite('TA19', '2026-04-07 11:05', 'renata', ['hector', 'claudia'], 'Plan de implementación - Base Querétaro', """
Renata Alvarez te invitó a un evento.

Plan de implementación - Base Querétaro
jueves 9 de abril de 2026, 11:00 - 12:00 (hora de Monterrey)

Unirse con Zoom: https://tidewell.zoom.us/j/89073316612

Invitación de Google Calendar
""", '2026-04-09 12:00', '2026-04-09 13:00', 'https://tidewell.zoom.us/j/89073316612', neg='calendar invitation')

m('TA20', '2026-04-09 14:30', 'renata', ['hector', 'claudia'], 'Resumen de la llamada - Querétaro', """
Héctor, Claudia,

Gracias por la llamada. Resumen y próximos pasos:

1. Mariana: orden de compra firmada (precio USD 26.50 válido hasta el 30 de abril).
2. Héctor: lista de las 45 unidades con VIN, placas y kilometraje.
3. Nosotros: les comparto el plan de implementación detallado para Querétaro a más tardar el lunes 18 de mayo, una vez que tengamos la lista de unidades.
4. Capacitación en sitio para técnicos y despachadores antes del arranque del 1 de junio.

Héctor, ¿me puedes mandar la lista de unidades antes de fin de mes?

Saludos,
Renata
""", cc=['mariana'], ask=True, sig=SIG_RENATA_ES)
commit_('TA20', 'les comparto el plan de implementación detallado para Querétaro a más tardar el lunes 18 de mayo',
        '2026-05-18', 'overdue', note='The plan was never sent; promised again on May 20 and June 2.')

m('TA21', '2026-04-15 12:10', 'mariana', ['renata'], 'Orden de compra OC-2026-0412 - Base Querétaro', """
Renata, buen día.

Adjunto la orden de compra firmada para la nueva base Querétaro por USD 14,310.00 (45 unidades x USD 26.50 x 12 meses), coterminada al 15 de octubre. Favor de facturar a nombre de Transportes Altiplano, S.A. de C.V., con el uso de CFDI G03.

Saludos,
""", cc=['claudia'], attach=[('OC-2026-0412.pdf', 'application/pdf', b'%PDF-1.4\n% stub PO\n%%EOF\n')])
sig_('TA21', 'expansion', 'Adjunto la orden de compra firmada para la nueva base Querétaro')
sig_('TA21', 'pricing', 'por USD 14,310.00')

m('TA22', '2026-04-15 13:30', 'renata', ['mariana'], None, """
¡Recibida, Mariana, muchas gracias! Billing emitirá la factura esta semana.

Renata
""", cc=['claudia'], re_='TA21', sig='')

m('TA23', '2026-04-21 10:00', 'claudia', ['renata'], 'Reporte de costo de mantenimiento por ruta', """
Renata,

¿Tidewell me puede dar un reporte de costo de mantenimiento por ruta? Nuestro cliente en Saltillo está evaluando cancelar la ruta Saltillo-Monterrey por costos y quiero ver si la podemos hacer rentable antes de su decisión.

Gracias,
""", ask=True, neg="the customer's own client may cancel a freight route; the ask is a cost report")

m('TA24', '2026-04-21 12:15', 'renata', ['claudia'], None, """
Claudia, sí. En Reportes > Costo de mantenimiento, agrupa por el campo "Ruta asignada" y filtra el periodo. Te dejé guardado el reporte "Costo por ruta - 2026" en los reportes compartidos, ya filtrado para Saltillo-Monterrey.

Ojalá ayude con el cliente.

Renata
""", re_='TA23', sig=SIG_RENATA_ES)

m('TA25', '2026-04-30 16:00', 'hector', ['renata'], None, """
Renata, te mando la lista de las 45 unidades (VIN, placas, kilometraje). Las primeras 20 llegan a Querétaro el 25 de mayo, el resto en junio.
""", cc=['claudia'], re_='TA20', attach=[('Unidades_Querétaro.csv', 'text/csv',
                                          'unidad,vin,placas,km\nQ-101,3AKJHHDR5NSNA1001,98-AK-7J,412300\n'
                                          'Q-102,3AKJHHDR7NSNA1002,98-AK-7K,398750\n')])

m('TA26', '2026-04-30 17:10', 'renata', ['hector'], None, """
¡Gracias Héctor! Con esto armamos el plan.

Renata
""", cc=['claudia'], re_='TA25', sig='')

m('TA27', '2026-05-20 09:30', 'fernanda', ['renata'], 'Presentación - Base Querétaro', """
Hola Renata, mucho gusto.

Soy Fernanda Ruiz, jefa de la nueva base Querétaro. Héctor me comentó que ustedes nos enviarían el plan de implementación; ¿me lo podrías compartir? Necesito saber cuándo capacitan a mi gente: son 9 técnicos y 3 despachadores.

Si Querétaro funciona bien, la dirección ya habla de abrir León en 2027, así que me interesa hacerlo bien desde el principio.

Saludos,
""", cc=['hector'], ask=True)
sig_('TA27', 'expansion', 'la dirección ya habla de abrir León en 2027')

m('TA28', '2026-05-20 11:00', 'renata', ['fernanda'], None, """
Hola Fernanda, ¡bienvenida y mucho gusto!

Estamos terminando el plan; te lo mando esta semana junto con las fechas de capacitación.

Saludos,
Renata
""", cc=['hector'], re_='TA27', sig=SIG_RENATA_ES)
commit_('TA28', 'te lo mando esta semana', '2026-05-22', 'overdue')

m('TA29', '2026-05-27 10:15', 'hector', ['renata'], None, """
Renata, seguimos esperando el plan de implementación. Las primeras 20 unidades ya están en Querétaro y arrancamos el 1 de junio. ¿Nos lo puedes mandar hoy por favor?
""", cc=['fernanda', 'claudia'], re_='TA28', ask=True)

m('TA30', '2026-05-27 12:40', 'renata', ['hector'], None, """
Héctor, tienes razón, una disculpa. Priya está cerrando los últimos detalles del plan; lo tendrán a la brevedad.

Renata
""", cc=['fernanda', 'claudia'], re_='TA29', sig=SIG_RENATA_ES)

m('TA31', '2026-05-29 07:20', 'ruben', ['tw_support'], 'unidades Querétaro en tablero', """
las unidades de Querétaro no aparecen en el tablero de Apodaca. así debe ser?
""", ask=True)

m('TA32', '2026-05-29 09:00', 'lucia', ['ruben'], '[Tidewell Support] Re: unidades Querétaro en tablero', """
Hola Rubén,

Sí, así es: cada base tiene su propio tablero. Si quieres ver las dos, en el tablero elige "Todas las bases" en el filtro de arriba a la izquierda.
""", re_='TA31', lang='es')

m('TA33', '2026-06-01 08:30', 'claudia', ['renata'], 'Arranque de Querétaro', """
Renata,

Hoy arrancamos Querétaro. Las unidades están dadas de alta (Héctor las cargó) pero los técnicos no han recibido capacitación y seguimos sin plan de implementación.

Esto no es lo que esperábamos. ¿Qué pasó y cuándo capacitan a la gente?
""", cc=['hector', 'fernanda'], ask=True)

m('TA34', '2026-06-02 09:15', 'renata', ['claudia'], None, """
Claudia, tiene toda la razón y le ofrezco una disculpa.

Priya y Lucía estarán en Querétaro el jueves 4 de junio para capacitar a los técnicos y despachadores en sitio, y el plan de implementación completo se lo envío antes del viernes.

Saludos,
Renata
""", cc=['hector', 'fernanda'], re_='TA33', sig=SIG_RENATA_ES)
commit_('TA34', 'Priya y Lucía estarán en Querétaro el jueves 4 de junio', '2026-06-04', 'kept', delivered='TA35',
        note='Fernanda thanks them for the on-site training the same evening.')
commit_('TA34', 'el plan de implementación completo se lo envío antes del viernes', '2026-06-05', 'overdue')

m('TA35', '2026-06-04 18:30', 'fernanda', ['renata'], None, """
Renata,

Gracias por la capacitación de hoy con Priya y Lucía, el equipo quedó contento.

Todavía nos falta el plan por escrito para los pendientes: carga del historial de mantenimiento de las unidades usadas y las reglas de PM por kilometraje. ¿Me lo mandas en cuanto lo tengan?

Saludos,
""", cc=['hector'], re_='TA34', ask=True)

newsletter('TA36', '2026-04-01 10:00', ['tw_list'], 'Novedades Tidewell | Abril 2026', """
NOVEDADES TIDEWELL - Abril 2026

Nuevo: módulo de Inventario de Refacciones
Controla existencias por base, conteos cíclicos y devoluciones a proveedores. Actualiza tu plan para activarlo; pregunta a tu gerente de cuenta por precios.

Caso de éxito: cómo una flotilla de 300 unidades redujo 18% las fallas en ruta
https://tidewell.io/es/clientes/fallas-en-ruta

Webinar en español, 29 de abril: preparación para la verificación vehicular
https://tidewell.io/es/webinars/verificacion-2026
""", neg='vendor newsletter (Spanish) to a customer list; upgrade and pricing words are marketing copy')

notify('TA37', '2026-05-01 05:00', 'tw_billing', ['mariana'], 'Factura TW-2026-0512 disponible - Transportes Altiplano', """
Hola,

Tu factura TW-2026-0512 por USD 14,310.00 (Base Querétaro, periodo 2026-05-01 a 2026-10-14) ya está disponible en el portal: https://app.tidewell.io/billing/invoices/TW-2026-0512

Fecha de vencimiento: 31 de mayo de 2026.

Este es un mensaje automático; no respondas a este correo.
""", neg='automated invoice notification from the vendor billing system')

m('TA38', '2026-05-04 10:40', 'mariana', ['tw_billing'], None, """
Buen día,

La factura TW-2026-0512 no trae el uso de CFDI G03 ni nuestra razón social completa. ¿La pueden corregir para poder ingresarla a pagos?

Saludos,
""", cc=['renata'], re_='TA37', ask=True, neg='invoice paperwork correction (CFDI usage code); not a price discussion')

m('TA39', '2026-05-04 11:55', 'marcus', ['mariana'], None, """
Hi Mariana,

Thanks for flagging. The corrected invoice TW-2026-0512 with "Transportes Altiplano, S.A. de C.V." and CFDI use G03 is attached and also updated in the portal.

Best,
""", cc=['renata'], re_='TA38', attach=[('TW-2026-0512_corregida.pdf', 'application/pdf', b'%PDF-1.4\n% stub invoice\n%%EOF\n')])

alert_('altiplano', 'expansion_opportunity', 'medium', '2026-05-20', ['TA09', 'TA21', 'TA27'],
       'New Querétaro depot: +45 units and ~12 users, PO signed for USD 14,310; management already talks about a León '
       'depot in 2027 if Querétaro goes well.')
alert_('altiplano', 'commitment_overdue', 'high', '2026-06-06', ['TA20', 'TA28', 'TA34', 'TA29', 'TA33'],
       'The Querétaro implementation plan was promised by May 18, then "this week" (May 22), then "antes del viernes" '
       '(June 5); never sent. The depot went live on June 1 without it.')
alert_('altiplano', 'unanswered_customer_message', 'medium', '2026-06-08', ['TA35'],
       'The Querétaro depot lead asked on June 4 for the written plan; no answer.')
alert_('altiplano', 'new_contacts', 'low', '2026-05-20', ['TA27'],
       'Fernanda Ruiz Olvera, head of the new Querétaro depot, started writing on May 20.',
       contact='fruiz@altiplanotransportes.com.mx')


# ==========================================================================
# 7. Autocares Lumbreras S.L. -- coach operator, Murcia ES (Spanish).
#    Healthy: results praised, reference offered, word of mouth, renewal
#    confirmed on the same terms.
# ==========================================================================
account('autocares', 'Autocares Lumbreras S.L.', ['autocareslumbreras.es'], 'renata', 46000, '2026-08-31', 'mid',
        'healthy_reference', 'autocares-lumbreras.mbox', 'healthy')

AL_DISC = ('AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo '
           'contener información confidencial. Si no es usted el destinatario indicado, queda notificado de que la '
           'utilización, divulgación y/o copia sin autorización está prohibida. En cumplimiento del Reglamento (UE) '
           '2016/679 (RGPD), le informamos de que sus datos son tratados por AUTOCARES LUMBRERAS, S.L. con la finalidad '
           'de mantener la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión, '
           'oposición y portabilidad dirigiéndose a protecciondedatos@autocareslumbreras.es.')
person('javier', 'Javier Molina Sánchez', 'jmolina@autocareslumbreras.es', title='Jefe de Taller', tz='ES',
       client='gmail', lang='es', mime='alt', cte='qp', disclaimer=AL_DISC,
       sig='-- \nJavier Molina Sánchez\nJefe de Taller\nAutocares Lumbreras S.L. | Ctra. de Alcantarilla, km 3, Murcia\n'
           'Tel. 968 55 01 42')
person('nuria', 'Nuria Lumbreras Ortega', 'nuria@autocareslumbreras.es', title='Directora Gerente', tz='ES',
       client='apple', lang='es', cte='qp',
       sig='Nuria Lumbreras Ortega\nDirectora Gerente\nAutocares Lumbreras S.L.')
person('elena', 'Elena Cascales', 'administracion@autocareslumbreras.es', title='Administración', tz='ES',
       client='outlook', lang='es', mime='html', cte='qp', disclaimer=AL_DISC,
       sig='Elena Cascales\nDpto. de Administración\nAutocares Lumbreras S.L.\nTel. 968 55 01 00')
person('docusign', 'Nuria Lumbreras Ortega via Docusign', 'dse_na4@docusign.net', tz='ES', client='system',
       side='system', mime='html')

m('AL01', '2026-02-12 10:15', 'javier', ['renata'], 'Avisos de ITV', """
Hola Renata:

Se nos acercan las ITV de 14 autocares en marzo. ¿Podemos programar en Tidewell un aviso 30 días antes de la fecha de ITV de cada vehículo, como hacemos con los tacógrafos?

Un saludo,
Javier
""", ask=True)

m('AL02', '2026-02-12 07:40', 'renata', ['javier'], None, """
¡Hola Javier!

Sí: en Activos > Documentos, crea un tipo de documento "ITV" con fecha de vencimiento y activa el recordatorio a 30 días. Luego cargas la fecha de la próxima ITV en cada autocar (o la importas desde Excel si las tienes en una hoja). Los avisos llegan al correo y a la app del taller.

¿Te sirve así?

Renata
""", re_='AL01', ask=True, sig=SIG_RENATA_ES)

m('AL03', '2026-02-12 16:05', 'javier', ['renata'], None, """
Hecho, ya salen las 14 en el calendario. ¡Gracias!
""", re_='AL02', neg='routine thanks; the footer is the GDPR notice (rights of access, deletion, portability)')

m('AL04', '2026-02-26 09:30', 'elena', ['tw_billing'], 'Factura TW-2026-0219 - CIF e inversión del sujeto pasivo', """
Buenos días:

En la factura TW-2026-0219 no aparece nuestro CIF (B30512874) y falta la mención "Inversión del sujeto pasivo" que corresponde a un servicio prestado desde EE. UU. ¿Pueden emitir una factura rectificativa?

Gracias.
""", ask=True, neg='invoice paperwork correction (tax ID, reverse-charge wording); no price discussion')

m('AL05', '2026-02-26 08:45', 'marcus', ['elena'], None, """
Hi Elena,

Thank you. The corrected invoice TW-2026-0219-R, with your CIF and the reverse-charge wording ("Inversión del sujeto pasivo"), is attached and replaces the original.

Best,
""", re_='AL04', attach=[('TW-2026-0219-R.pdf', 'application/pdf', b'%PDF-1.4\n% stub invoice\n%%EOF\n')])

m('AL06', '2026-02-26 16:20', 'elena', ['tw_billing'], None, """
Recibida, muchas gracias.
""", re_='AL05')

m('AL07', '2026-03-05 08:05', 'javier', ['tw_support'], 'No sincroniza la tablet del taller de Cartagena', """
Buenos días, la tablet del taller de Cartagena no sincroniza desde ayer por la tarde. Dice "sesión caducada" aunque el usuario entra bien en el móvil.
""", ask=True, sig='')

ticket_ack('AL08', '2026-03-05 01:06', ['javier'], 'AL07', 48590, 'No sincroniza la tablet del taller de Cartagena',
           lang='es')

m('AL09', '2026-03-05 10:40', 'lucia', ['javier'], '[Tidewell Support] Re: No sincroniza la tablet del taller de Cartagena', """
Hola Javier,

La tablet tenía la fecha y hora desajustadas (estaba en 2025), por eso el servidor rechazaba la sesión. La he corregido de forma remota y ya ha sincronizado. ¿Puedes confirmarlo cuando la veas?
""", re_='AL07', ask=True, lang='es', tz='ES')

m('AL10', '2026-03-05 11:15', 'javier', ['tw_support'], None, """
Perfecto, ya funciona. Gracias Lucía.
""", re_='AL09', sig='')

ticket_solved('AL11', '2026-03-07 05:00', ['javier'], 'AL10', 48590, 'No sincroniza la tablet del taller de Cartagena')

m('AL12', '2026-03-20 12:30', 'javier', ['renata'], 'Datos del primer trimestre', """
Renata, te cuento:

Hemos cerrado el trimestre con un 18% menos de averías en ruta que el año pasado, y casi todo viene de tener los preventivos al día con Tidewell. El jefe de tráfico ya no me llama a las 6 de la mañana :)

Un abrazo,
Javier
""")
sig_('AL12', 'advocacy', 'con un 18% menos de averías en ruta que el año pasado, y casi todo viene de tener los '
                         'preventivos al día con Tidewell')

m('AL13', '2026-03-20 08:10', 'renata', ['javier'], None, """
¡Qué buena noticia, Javier! Enhorabuena a todo el taller.

¿Te importaría que lo comentáramos con Nuria? Me encantaría contar vuestra historia, con vuestro permiso y revisión, en un caso de éxito.

Renata
""", re_='AL12', ask=True, sig=SIG_RENATA_ES)

m('AL14', '2026-03-20 17:45', 'javier', ['renata'], None, """
Por mí encantado, pero eso lo decide Nuria. Te pongo en copia.

Javier
""", cc=['nuria'], re_='AL13')

m('AL15', '2026-03-24 09:50', 'nuria', ['renata'], None, """
Renata, encantada de saludarte.

Estaríamos encantados de servir como referencia para otros operadores en España, y si queréis hacer el caso de éxito, adelante, siempre que lo revisemos antes de publicarlo.

Un saludo,
""", cc=['javier'], re_='AL14')
sig_('AL15', 'advocacy', 'Estaríamos encantados de servir como referencia para otros operadores en España')

m('AL16', '2026-03-24 07:30', 'renata', ['nuria'], None, """
¡Muchísimas gracias, Nuria! Jess, de nuestro equipo de marketing, os escribirá la semana que viene con un borrador de preguntas. Por supuesto, nada se publica sin vuestra aprobación.

Renata
""", cc=['javier'], re_='AL15', sig=SIG_RENATA_ES)

newsletter('AL17', '2026-04-01 10:00', ['tw_list'], 'Novedades Tidewell | Abril 2026', """
NOVEDADES TIDEWELL - Abril 2026

Nuevo: módulo de Inventario de Recambios
Controla existencias por base, recuentos cíclicos y devoluciones a proveedores. Actualiza tu plan para activarlo; pregunta a tu gestor de cuenta por precios.

Caso de éxito: cómo una flota de 300 vehículos redujo un 18% las averías en ruta
https://tidewell.io/es/clientes/averias-en-ruta

Webinar en español, 29 de abril: preparar la ITV sin sorpresas
https://tidewell.io/es/webinars/itv-2026
""", neg='vendor newsletter (Spanish) to a customer list; its case-study numbers are marketing copy')

ooo('AL18', '2026-04-01 17:02', 'javier', ['tw_news'], 'Respuesta automática: Novedades Tidewell | Abril 2026', """
Estaré fuera por Semana Santa hasta el lunes 6 de abril. Para urgencias del taller, llamad al 968 55 01 44.
""", 'AL17', neg='holiday out-of-office triggered by a newsletter')

m('AL19', '2026-04-21 10:05', 'elena', ['renata'], 'Renovación contrato agosto', """
Buenos días Renata:

El contrato vence el 31 de agosto. Para preparar el presupuesto del segundo semestre, ¿me puede confirmar si el precio se mantiene para la renovación?

Gracias.
""", ask=True)
sig_('AL19', 'renewal', 'El contrato vence el 31 de agosto')
sig_('AL19', 'pricing', 'si el precio se mantiene para la renovación')

m('AL20', '2026-04-21 07:30', 'renata', ['elena'], None, """
Hola Elena:

Sí, mantenemos el mismo precio para la renovación: 42.600 € al año (85 autocares, mismos módulos), facturación anual. Le enviaré el contrato de renovación en junio para que lo firme Nuria con tiempo.

Un saludo,
Renata
""", re_='AL19', sig=SIG_RENATA_ES)
commit_('AL20', 'Le enviaré el contrato de renovación en junio', '2026-06-30', 'kept', delivered='AL28')

m('AL21', '2026-05-07 11:00', 'nuria', ['renata'], 'Un contacto para ti', """
Renata,

Por cierto, Pedro Sáez, de Autocares Costa Cálida, me preguntó en la asociación qué usamos para el taller y le hablé maravillas de Tidewell. Le he dado tu correo, espero que no te importe.

Un saludo,
""")
sig_('AL21', 'advocacy', 'le hablé maravillas de Tidewell')

m('AL22', '2026-05-07 08:20', 'renata', ['nuria'], None, """
¡Nuria, mil gracias! Importarme, al contrario. Estaré pendiente de Pedro.

Renata
""", re_='AL21', sig=SIG_RENATA_ES)

m('AL23', '2026-05-14 18:00', 'nuria', ['renata'], '50 años de Autocares Lumbreras', """
Querida Renata:

El próximo 12 de junio celebramos los 50 años de Autocares Lumbreras con una comida en la finca de la familia, en La Alberca. Nos haría mucha ilusión que vinieras si estás por España.

¿Nos confirmas antes del 1 de junio?

Un abrazo,
Nuria
""", ask=True, mime='alt', neg='personal invitation to the company anniversary')

m('AL24', '2026-05-15 09:00', 'renata', ['nuria'], None, """
¡Qué ilusión, Nuria, y enhorabuena por los 50 años! Ese día estaré en Chicago, por desgracia, pero os mando un abrazo enorme a toda la familia y al equipo.

Renata
""", re_='AL23', sig=SIG_RENATA_ES)

m('AL25', '2026-05-28 10:40', 'javier', ['renata'], 'Export histórico de averías 2019-2025', """
Renata, tranquila, que no nos vamos a ningún sitio \U0001F604

Un alumno de la Universidad de Murcia está haciendo el TFM sobre averías en autobuses y le hemos ofrecido nuestros datos. ¿Nos podéis sacar un export de todo el historial de averías de 2019 a 2025 (sin datos de conductores)?

Gracias,
Javier
""", ask=True, neg='asks for a full history export for a university study and says explicitly they are not leaving')

m('AL26', '2026-05-28 07:15', 'renata', ['javier'], None, """
¡Jaja, tranquilo, Javier! Qué buena iniciativa. Te lo preparo para el martes, anonimizado y sin datos de conductores.

Renata
""", re_='AL25', sig=SIG_RENATA_ES)
commit_('AL26', 'Te lo preparo para el martes', '2026-06-02', 'kept', delivered='AL27')

m('AL27', '2026-06-01 09:30', 'renata', ['javier'], None, """
Javier, aquí tienes el export (2019-2025, 11.482 averías, anonimizado): https://share.tidewell.io/x/lumbreras-averias

El enlace caduca en 14 días. ¡Suerte al alumno con el TFM!

Renata
""", re_='AL26', sig=SIG_RENATA_ES)

m('AL28', '2026-06-09 09:00', 'renata', ['elena'], 'Contrato de renovación - 31 de agosto', """
Hola Elena:

Como le comenté, le envío el contrato de renovación para el periodo del 1 de septiembre de 2026 al 31 de agosto de 2027, con las mismas condiciones (42.600 €/año). Nuria lo recibirá también por DocuSign para firmarlo.

¿Me confirma si todo está correcto?

Un saludo,
Renata
""", cc=['nuria'], re_='AL20', ask=True, sig=SIG_RENATA_ES,
  attach=[('Tidewell_Renovacion_Autocares_Lumbreras_2026.pdf', 'application/pdf', b'%PDF-1.4\n% stub\n%%EOF\n')])

m('AL29', '2026-06-10 09:30', 'elena', ['renata'], None, """
Buenos días Renata:

Todo correcto. Confirmamos la renovación en las mismas condiciones; Nuria lo firma hoy o mañana por DocuSign.

Gracias.
""", cc=['nuria'], re_='AL28')
sig_('AL29', 'renewal', 'Confirmamos la renovación en las mismas condiciones')

notify('AL30', '2026-06-11 12:14', 'docusign', ['renata', 'nuria'], 'Completed: Tidewell - Renovación Autocares Lumbreras 2026-2027', """
All parties have completed Tidewell - Renovación Autocares Lumbreras 2026-2027.

View the completed document: https://app.docusign.com/documents/details/7f1c2b0e

Do Not Share This Email: this email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

About Docusign: sign documents electronically in just minutes. It's safe, secure, and legally binding.
""", neg='automated e-signature completion notice', mime='alt')

notify('AL31', '2026-03-02 07:00', 'tw_noreply', ['javier'], 'Recordatorio: 3 ITV vencen en los próximos 30 días', """
Hola Javier,

Estos vehículos tienen la ITV en los próximos 30 días:

- 4512-KLM (Irizar i6) - 18/03/2026
- 7731-JBD (Setra S 516) - 24/03/2026
- 1190-LSW (Irizar i4) - 30/03/2026

Ver en Tidewell: https://app.tidewell.io/documents?type=ITV
Puedes cambiar la frecuencia de estos avisos en Ajustes > Notificaciones.
""", neg='automated application reminder from the vendor', lang='es')

alert_('autocares', 'advocacy', 'medium', '2026-05-07', ['AL12', 'AL15', 'AL21'],
       'Workshop head credits Tidewell for 18% fewer breakdowns; the managing director offers to be a reference and a '
       'case study, and has recommended Tidewell to another Spanish operator.')


# ==========================================================================
# 8. Pinecrest Student Transportation -- school-bus contractor, Vermont.
#    Healthy, small, warm: clean state inspection, conference panel, word of
#    mouth.  Lots of look-alike noise (district threatening to cancel routes,
#    e-card, upsell declined).
# ==========================================================================
account('pinecrest', 'Pinecrest Student Transportation', ['pinecreststs.com'], 'colin', 18000, '2027-03-01', 'smb',
        'healthy_advocate', 'pinecrest-student-transportation.mbox', 'healthy')

person('deb', 'Deb Hollis', 'deb@pinecreststs.com', title='Owner & General Manager', tz='ET', client='apple',
       sig='Deb Hollis\nOwner & GM, Pinecrest Student Transportation\n802-555-0134')
person('kyle', 'Kyle Brennan', 'kyle@pinecreststs.com', title='Shop Lead', tz='ET', client='thunderbird', sig='')
person('ecard', 'Deb Hollis (via GreetingCardHub)', 'cards@greetingcardhub.com', tz='ET', client='system',
       side='system', mime='html')

m('PC01', '2026-02-13 06:10', 'kyle', ['colin'], 'snow day inspections', """
district closed today so I'm doing the 45-day inspections on 8 buses. the inspection form won't let me save without an odometer reading and 3 of them have busted odo cables. workaround?

Kyle
""", ask=True)

m('PC02', '2026-02-13 07:30', 'colin', ['kyle'], None, """
Morning Kyle. Tick "Meter not working" under the odometer field and it'll let you save; it also flags the bus so you remember to fix the cable.

Colin
""", re_='PC01')

m('PC03', '2026-02-13 09:52', 'kyle', ['colin'], None, """
found it thx
""", re_='PC02')

m('PC04', '2026-02-20 10:30', 'deb', ['colin'], 'A thank you and a question', """
Colin,

The state inspector was here Tuesday and for the first time in 20 years we didn't get a single write-up. He asked how we keep our records so organized and I showed him Tidewell on my laptop. So, thank you.

Question: can I send the school board a PDF of the inspection reports every month without doing it by hand?

Deb
""", ask=True)
sig_('PC04', 'advocacy', "for the first time in 20 years we didn't get a single write-up")

m('PC05', '2026-02-20 09:15', 'colin', ['deb'], None, """
Deb, that's fantastic, congratulations to you and Kyle!

Yes: Reports > Inspections, pick the date range, then "Schedule" and add the board's email. It'll send a PDF on the 1st of every month. Want me to set it up for you?

Colin
""", re_='PC04', ask=True)

m('PC06', '2026-02-20 12:40', 'deb', ['colin'], None, """
You're a gem. Yes please, send it to board@chittendeneastsd.org.

Deb
""", re_='PC05')

m('PC07', '2026-03-02 20:15', 'deb', ['colin'], 'Slow week', """
Colin,

FYI things are a little tense here. The Chittenden East district is threatening to cancel our route contract over the driver shortage, so if I'm slow to reply that's why. Nothing to do with you guys, the buses have never been in better shape!

Deb
""", neg="the customer's own customer threatening to cancel a route contract; explicitly not about the vendor")

m('PC08', '2026-03-03 08:00', 'colin', ['deb'], None, """
Sorry to hear it, Deb, fingers crossed. If a driver-hours or on-time report would help your case with the district, just say the word.

Colin
""", re_='PC07')

m('PC09', '2026-03-17 07:00', 'ecard', ['colin'], 'Deb Hollis sent you an e-card: Happy St. Patrick\'s Day!', """
Deb Hollis sent you an e-card!

"Happy St. Patrick's Day from all of us at Pinecrest! May your buses start on the first try. - Deb, Kyle and the gang"

Open your card: https://www.greetingcardhub.com/view/8H2KQ7

GreetingCardHub | Unsubscribe from card notifications: https://www.greetingcardhub.com/unsubscribe
""", kind='notification', neg='e-card notification', headers={'Reply-To': 'deb@pinecreststs.com',
                                                                 'Auto-Submitted': 'auto-generated'}, sig='')

m('PC10', '2026-04-06 06:20', 'kyle', ['colin'], 'bus 14 PM keeps coming back', """
bus 14's 45-day keeps coming back due the day after I close it. did it 3 times now. bug?

Kyle
""", ask=True)

m('PC11', '2026-04-06 08:10', 'andre', ['kyle'], '[Tidewell Support] Re: bus 14 PM keeps coming back', """
Hi Kyle,

Colin passed this to us. You found a real bug: when a PM's interval is in days and the bus also has a meter marked "not working", closing the work order recalculates from the meter and puts it straight back to due. We have a fix and we'll have the fix out by Thursday the 9th. Until then, you can ignore the duplicate on bus 14.
""", cc=['colin'], re_='PC10')
commit_('PC11', "we'll have the fix out by Thursday the 9th", '2026-04-09', 'kept', delivered='PC12')

m('PC12', '2026-04-09 13:00', 'andre', ['kyle'], '[Tidewell Support] Re: bus 14 PM keeps coming back', """
Hi Kyle,

The fix is live as of this morning's release. Bus 14's 45-day is back on its normal schedule. Can you let us know if it behaves after your next close-out?
""", cc=['colin'], re_='PC11', ask=True)

m('PC13', '2026-04-09 15:30', 'kyle', ['tw_support'], None, """
yep fixed
""", re_='PC12')

m('PC14', '2026-04-22 19:40', 'deb', ['colin'], 'VSTA spring meeting', """
Colin,

I'm on a panel at the Vermont School Transportation Association spring meeting on May 14, about doing more with less. Mind if I mention Tidewell by name and show a couple of screenshots? A few of the smaller contractors have asked me what we use.

Deb
""", ask=True)
sig_('PC14', 'advocacy', 'Mind if I mention Tidewell by name and show a couple of screenshots?')

m('PC15', '2026-04-23 07:45', 'colin', ['deb'], None, """
Mind?! We'd be thrilled. Use anything you like. If it helps, I can send you two or three clean screenshots with the bus numbers blurred.

Colin
""", re_='PC14')

m('PC16', '2026-05-15 16:10', 'deb', ['colin'], 'Panel recap', """
Panel went great. Three operators asked for your info and I gave them your card. One of them, Green Mountain Coach, will probably call you next week.

Now on to the end of the school year, thank goodness.

Deb
""")
sig_('PC16', 'advocacy', 'Three operators asked for your info and I gave them your card')

m('PC17', '2026-05-15 15:00', 'colin', ['deb'], None, """
Deb, thank you! That means a lot. I'll keep an eye out for Green Mountain Coach. Enjoy the last weeks of school.

Colin
""", re_='PC16')

m('PC18', '2026-05-26 09:00', 'colin', ['deb'], 'Summer idea: Parts & Inventory', """
Hi Deb,

Summer is usually when our school-bus customers set up new things, since the shop has some breathing room. Parts & Inventory would let Kyle see filters and brake parts on hand before he starts summer rebuilds. It's $150/month for a fleet your size, and I can add a summer discount.

Interested in a 20-minute look?

Colin
""", ask=True, neg="the vendor's own upsell and discount offer")

m('PC19', '2026-05-27 21:05', 'deb', ['colin'], None, """
Maybe in the fall, ask me again in September. Summer is all rebuilds and hiring.

Deb
""", re_='PC18', neg='politely defers a vendor add-on offer; no risk to the existing subscription')

m('PC20', '2026-06-08 06:30', 'kyle', ['colin'], 'summer pm', """
summer rebuilds starting. can I bulk reschedule all PMs for the 22 buses to after Aug 1? don't want 200 overdue alerts all summer

Kyle
""", ask=True)

m('PC21', '2026-06-08 07:10', 'colin', ['kyle'], None, """
Yes. Assets > select all buses > Bulk actions > Shift due dates, pick Aug 3. Overdue alerts pause until then. Undo is in the same menu if you change your mind.

Colin
""", re_='PC20')

m('PC22', '2026-06-08 09:20', 'kyle', ['colin'], None, """
perfect, done
""", re_='PC21')

notify('PC23', '2026-05-04 06:00', 'tw_noreply', ['kyle'], 'Inspections due this week - Pinecrest Student Transportation', """
Inspections due this week (May 4 - May 10):

- Bus 07 - 45-day inspection - due May 5
- Bus 11 - 45-day inspection - due May 6
- Bus 19 - annual state inspection - due May 8

Open in Tidewell: https://app.tidewell.io/inspections?due=week
Change how often you get these emails in Settings > Notifications.
""", neg='automated application reminder')

m('PC24', '2026-04-30 19:00', 'deb', ['colin'], 'Made us smile', """
PS, not work related: the second graders at Brewster School drew a thank-you card for our mechanics. Photo attached, thought you'd enjoy it.

Deb
""", attach=[('thank_you_card.png', 'image/png',
              b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4'
              b'\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7\x9a\xa0\xa0\x00\x00\x00\x00IEND\xaeB`\x82')],
  neg='personal chit-chat with a photo')

m('PC25', '2026-05-01 08:10', 'colin', ['deb'], None, """
That made my morning. Please tell the second graders their mechanics have fans in Denver too.

Colin
""", re_='PC24')

alert_('pinecrest', 'advocacy', 'medium', '2026-05-15', ['PC04', 'PC14', 'PC16'],
       'Owner credits Tidewell for a clean state inspection, named Tidewell on a state association panel, and passed '
       'three operators to the AM (Green Mountain Coach may call).')


# ==========================================================================
# 9. Bluestem Freight Co. -- small trucking fleet, Salina KS.
#    Healthy: terse dispatcher, quick fixes, a forwarded trade newsletter that
#    names rival vendors, then a real expansion (+8 trucks, +1 dispatcher).
# ==========================================================================
account('bluestem', 'Bluestem Freight Co.', ['bluestemfreight.com'], 'colin', 24000, '2026-12-31', 'smb',
        'healthy_expansion', 'bluestem-freight.mbox', 'healthy')

person('travis', 'Travis Mueller', 'travis@bluestemfreight.com', title='President', tz='CT', client='gmail',
       sig='Travis Mueller\nPresident, Bluestem Freight Co.\n785-555-0150')
person('jolene', 'Jolene Park', 'jpark@bluestemfreight.com', title='Dispatch Manager', tz='CT', client='outlook',
       sig='Jolene Park\nDispatch | Bluestem Freight Co.\n785-555-0152')
person('cody', 'Cody Reimer', 'creimer@bluestemfreight.com', title='Lead Mechanic', tz='CT', client='iphone',
       sig='Sent from my iPhone')

m('BF01', '2026-02-10 06:40', 'jolene', ['colin'], 'load board sync', """
colin - loads from DAT not pulling into dispatch since yesterday 4pm. pls check
""", ask=True, sig='')

m('BF02', '2026-02-10 07:15', 'colin', ['jolene'], None, """
On it.

From what I can see, the DAT integration token for your account expired yesterday afternoon. Can you re-authorize it under Settings > Integrations > DAT? Takes 30 seconds.

Colin
""", re_='BF01', ask=True)

m('BF03', '2026-02-10 08:32', 'jolene', ['colin'], None, """
done. its pulling. thx
""", re_='BF02', sig='')

m('BF04', '2026-02-19 17:55', 'travis', ['colin'], 'Fwd: Fleet Tech Weekly: who is winning the small-fleet software race', """
Saw this, you guys should be on this list.

-T
""", sig='', neg='forwarded trade newsletter that names rival vendors; Bluestem is not considering any of them',
  fwd={'style': 'gmail', 'from': 'Fleet Tech Weekly <newsletter@fleettechweekly.com>', 'to': 'travis@bluestemfreight.com',
       'when': local('CT', '2026-02-19 05:00'), 'subject': 'Fleet Tech Weekly: who is winning the small-fleet software race',
       'body': """
FLEET TECH WEEKLY | Feb 19, 2026

Who is winning the small-fleet software race?
Samsara and Motive keep adding maintenance features to their telematics platforms, Fleetio rolled out parts forecasting, and newcomer Kestrel Fleet is undercutting on price for fleets under 100 trucks. Our survey: 41% of small carriers still run maintenance on spreadsheets, and 1 in 5 plan to switch systems this year.

Also this week: diesel averages $3.71, spot van rates flat, and FMCSA's new English-proficiency enforcement.

Unsubscribe: https://fleettechweekly.com/u
"""})

m('BF05', '2026-02-19 18:10', 'colin', ['travis'], None, """
Ha, working on it. Thanks Travis.

Colin
""", re_='BF04')

m('BF06', '2026-03-04 12:15', 'cody', ['colin'], 'tread depth', """
Can the mechanic app log tread depth per tire position? Right now we write it on the paper DVIR and it never makes it into the computer.

Cody
""", ask=True)

m('BF07', '2026-03-04 11:40', 'colin', ['cody'], None, """
It can, Cody. It's a setting: Inspections > Tire checks > "Record tread depth by position". Once it's on, the app shows a tire map on every inspection, and anything under your limit opens a work order. Want me to turn it on for you?

Colin
""", re_='BF06', ask=True)

m('BF08', '2026-03-04 13:05', 'cody', ['colin'], None, """
yes turn it on thx. 4/32 steer 2/32 drive
""", re_='BF07')

m('BF09', '2026-03-16 07:05', 'jolene', ['tw_support'], 'driver app login loop', """
2 drivers stuck in login loop on the driver app since the update. android. names: R. Vogel, T. Nguyen
""", ask=True, sig='')

ticket_ack('BF10', '2026-03-16 07:06', ['jolene'], 'BF09', 48702, 'driver app login loop')

m('BF11', '2026-03-16 08:20', 'maya', ['jolene'], '[Tidewell Support] Re: driver app login loop', """
Hi Jolene,

Both phones were on an old app version that doesn't work with the new sign-in. Please have Rick and Tam update the Tidewell Driver app from the Play Store (version 6.4.1) and sign in again. Let us know if either is still stuck?
""", re_='BF09', ask=True)

m('BF12', '2026-03-16 09:45', 'jolene', ['tw_support'], None, """
updated, both in. thx
""", re_='BF11', sig='')

ticket_solved('BF13', '2026-03-18 05:00', ['jolene'], 'BF12', 48702, 'driver app login loop')

newsletter('BF14', '2026-03-26 10:00', ['tw_list'], 'Tidewell Live: beat the spring PM crunch (April 2)', """
TIDEWELL LIVE | Thursday, April 2, 11am Central

Beat the spring PM crunch
Spring is when deferred winter maintenance catches up with you. Join our solutions team for 45 minutes on bulk-scheduling PMs, reading the overdue dashboard, and keeping trucks out of the shop during peak season.

Bonus: see the new Parts & Inventory module and the 50+ unit price band for growing fleets.

Save your seat: https://tidewell.io/live/spring-pm
""", neg='vendor webinar invitation to the customer list')

m('BF15', '2026-04-14 09:00', 'colin', ['travis'], 'Q2 check-in', """
Hi Travis,

Quick Q2 check-in. Anything we should know about your plans this year? We just introduced a lower per-unit price band for fleets over 50 units, in case you're growing.

Colin
""", ask=True, neg="the vendor's own upsell question")

m('BF16', '2026-04-14 12:05', 'travis', ['colin'], None, """
Not much yet. Might add a few trucks in summer if the grain haul contract comes through. Will let you know.

-T
""", re_='BF15')
sig_('BF16', 'expansion', 'Might add a few trucks in summer if the grain haul contract comes through')

m('BF17', '2026-05-08 07:20', 'jolene', ['colin'], 'cancelled load on board', """
shipper cancelled load 8812. how do I take it off the board without deleting the history?
""", ask=True, sig='', neg="'cancelled' refers to a shipper's freight load, not the vendor")

m('BF18', '2026-05-08 07:00', 'colin', ['jolene'], None, """
Open the load, then Status > Cancelled by shipper. It drops off the board but stays in history and reports with the cancellation reason.

Colin
""", re_='BF17')

newsletter('BF19', '2026-05-20 10:00', ['tw_list'], 'Tidewell Connect 2026: registration is open', """
TIDEWELL CONNECT 2026 | September 16-17 | Chicago

Two days with 400 fleet maintenance and dispatch leaders. Sessions include:
- Why your dispatchers want to cancel the morning huddle (and what to do instead)
- Growing from 40 to 100 trucks without adding a second shop
- Roadmap keynote: parts forecasting, SAP S/4 and Oracle connectors

Early-bird pricing ends June 30. Register: https://tidewell.io/connect
""", neg='vendor conference promotion sent to the whole customer list')

ooo('BF20', '2026-05-20 10:01', 'cody', ['tw_news'], 'Out of office: Tidewell Connect 2026: registration is open', """
Out turkey hunting till Monday the 25th. Trucks down call the shop 785-555-0155.
""", 'BF19', neg='personal out-of-office auto-reply')

m('BF21', '2026-05-27 11:30', 'cody', ['colin'], 'tread depth thing', """
FYI the tread depth logging works great. Caught two steer tires under 4/32 before the DOT inspection last week. Drivers like the tire map too.

Cody
""")
sig_('BF21', 'advocacy', 'the tread depth logging works great')

m('BF22', '2026-05-27 10:45', 'colin', ['cody'], None, """
Love it, thanks for telling me Cody. I'll pass it on to the product team, they'll be pumped.

Colin
""", re_='BF21')

m('BF23', '2026-06-02 07:50', 'travis', ['colin'], 'Adding trucks', """
Colin,

Grain contract came through. We're adding 8 trucks and a second dispatcher starting July 1. What do I need to do on the Tidewell side, and what's that going to cost us?

-Travis
""", ask=True)
sig_('BF23', 'expansion', "We're adding 8 trucks and a second dispatcher starting July 1")
sig_('BF23', 'pricing', "what's that going to cost us?")

m('BF24', '2026-06-02 08:20', 'colin', ['travis'], None, """
Congrats Travis, that's great news!

On our side it's easy: we add the units and a dispatcher seat, and Jolene can set them up in ten minutes. I'll have a quote for the 8 units and the extra dispatcher seat to you by Friday. I need to check whether the 50+ price band applies, since you'd be at 52.

Colin
""", re_='BF23')
commit_('BF24', "I'll have a quote for the 8 units and the extra dispatcher seat to you by Friday", '2026-06-05', 'kept',
        delivered='BF25')

m('BF25', '2026-06-04 15:00', 'colin', ['travis'], None, """
Travis, quote attached. Good news: at 52 units you drop into the 50+ band, so all 52 trucks go to $36/unit/month, and the second dispatcher seat is $45/month. The new annual total is $23,004, which is actually a bit under what you pay today for 44 trucks.

Does that work for you?

Colin
""", re_='BF24', ask=True, attach=[('Tidewell_Quote_Bluestem_52units.pdf', 'application/pdf',
                                    b'%PDF-1.4\n% stub quote\n%%EOF\n')])

m('BF26', '2026-06-04 18:40', 'travis', ['colin'], None, """
Looks good. Send the paperwork when we're closer to July.

-T
""", re_='BF25')

m('BF27', '2026-06-11 08:05', 'jolene', ['colin'], 'new dispatcher login', """
new dispatcher starts 6/29, Kayla Olson, kolson@bluestemfreight.com. can you set her up for that date?
""", ask=True, sig='')

m('BF28', '2026-06-11 07:30', 'colin', ['jolene'], None, """
Will do. Kayla's login will be active on 6/29 at 6am with the same permissions as yours; she'll get the welcome email that morning.

Colin
""", re_='BF27')

notify('BF29', '2026-03-30 09:12', 'tw_billing', ['travis'], 'Receipt for invoice TW-2026-0330 - Bluestem Freight Co.', """
Thank you for your payment.

Invoice: TW-2026-0330
Amount paid: $6,000.00 (Q2 2026 subscription)
Payment method: ACH ending 4410
Date: March 30, 2026

View or download your receipt: https://app.tidewell.io/billing/receipts/TW-2026-0330
This is an automated message; please do not reply.
""", neg='automated payment receipt')

alert_('bluestem', 'expansion_opportunity', 'medium', '2026-06-02', ['BF16', 'BF23', 'BF26'],
       '+8 trucks and a second dispatcher from July 1 (grain contract); quote accepted in principle, paperwork to '
       'follow before July.')
alert_('bluestem', 'advocacy', 'low', '2026-05-27', ['BF21'],
       'Lead mechanic praises tread-depth logging: caught two unsafe steer tires before a DOT inspection.')


# ==========================================================================
# 10. City of Port Alder - Fleet Services -- municipal fleet, Michigan.
#     The account goes dark: last customer mail on March 27; the renewal is
#     July 15 and needs council approval; the analyst is on maternity leave;
#     the superintendent never answers.
# ==========================================================================
account('portalder', 'City of Port Alder - Fleet Services', ['cityofportalder.gov'], 'renata', 31000, '2026-07-15',
        'smb', 'account_going_dark', 'city-of-port-alder.mbox', 'at_risk')

PA_DISC = ('This e-mail and any attachments may be subject to disclosure under the Michigan Freedom of Information Act '
           '(MCL 15.231 et seq.). City of Port Alder, 200 Water Street, Port Alder, MI 49441.')
person('walt', 'Walt Brzezinski', 'wbrzezinski@cityofportalder.gov', title='Fleet Superintendent', tz='ET',
       client='outlook', mime='alt', disclaimer=PA_DISC,
       sig='Walt Brzezinski\nFleet Superintendent\nCity of Port Alder - Department of Public Works\n(231) 555-0190')
person('angie', 'Angela Morales', 'amorales@cityofportalder.gov', title='Administrative Analyst', tz='ET',
       client='outlook', mime='html', disclaimer=PA_DISC, status='on_leave',
       sig='Angie Morales\nAdministrative Analyst | DPW Fleet Services\nCity of Port Alder\n(231) 555-0193')
person('pa_purchasing', 'City of Port Alder Purchasing', 'purchasing@cityofportalder.gov', tz='ET', client='system',
       side='list')

m('PA01', '2026-02-11 09:00', 'walt', ['renata'], 'Plow trucks - overdue PMs by miles', """
Renata,

We're running the plows hard this month. Can I get a list of plow trucks whose PMs are overdue by more than 500 miles? The built-in overdue report only goes by days.

Walt
""", ask=True)

m('PA02', '2026-02-11 10:05', 'renata', ['walt'], None, """
Hi Walt,

You can: Reports > PM Status, set "Overdue by" to Miles, enter 500, and filter the asset class to Plow Truck. If you want it every Monday, I can build it as a saved report and schedule it to your inbox. Want me to?

Renata
""", re_='PA01', ask=True)

m('PA03', '2026-02-11 14:10', 'walt', ['renata'], None, """
Yes please build it.

Walt
""", re_='PA02', sig='')

m('PA04', '2026-02-12 09:30', 'renata', ['walt'], None, """
Done: "Plows - overdue by miles" will arrive every Monday at 6am. This week's has 4 trucks on it.

Renata
""", re_='PA03')

m('PA05', '2026-02-25 13:15', 'angie', ['renata'], 'Invoice needs PO number', """
Hi Renata,

Our Accounts Payable can't process invoice TW-2026-0177 without our PO number on it (PO 26-00418). Could billing reissue it with the PO number?

Thank you,
""", ask=True, neg='invoice paperwork request (PO number); not a price discussion')

m('PA06', '2026-02-25 14:00', 'marcus', ['angie'], None, """
Hi Angie,

Reissued invoice TW-2026-0177 with PO 26-00418 is attached. Sorry for the hassle.

Best,
""", cc=['renata'], re_='PA05', attach=[('TW-2026-0177_PO26-00418.pdf', 'application/pdf',
                                         b'%PDF-1.4\n% stub invoice\n%%EOF\n')])

m('PA07', '2026-02-25 16:20', 'angie', ['tw_billing'], None, """
Thank you!
""", cc=['renata'], re_='PA06')

m('PA08', '2026-03-10 09:00', 'renata', ['walt'], 'Spring training for the mechanics?', """
Hi Walt, Angie,

Once plow season winds down, would a refresher on the mechanic app be useful for the crew? An hour, on site or on Zoom, and I'll bring the new tire-check feature.

Renata
""", cc=['angie'], ask=True)

m('PA09', '2026-03-11 07:05', 'walt', ['renata'], None, """
Maybe April. Angie will set it up.

Walt
""", cc=['angie'], re_='PA08', sig='')

m('PA10', '2026-03-27 10:30', 'angie', ['renata'], 'Training dates', """
Hi Renata,

Could we do the mechanic app training on April 14 or 15? It would be 6 mechanics, on Zoom is fine.

Also a heads up: I'll be out on maternity leave starting April 20.

Thank you,
""", ask=True)

m('PA11', '2026-03-27 10:00', 'renata', ['angie'], None, """
Angie, congratulations!! That's wonderful news.

April 15 at 9am Eastern it is; the invite is on its way. Who should I go to for admin things while you're out, Walt?

Renata
""", cc=['walt'], re_='PA10', ask=True)

invite('PA12', '2026-03-27 10:05', 'renata', ['angie', 'walt'], 'Mechanic app training - City of Port Alder', """
Renata Alvarez has invited you to an event.

Mechanic app training - City of Port Alder
Wednesday Apr 15, 2026 8:00am - 9:30am (Central Time - Chicago) / 9:00am Eastern

Join Zoom: https://tidewell.zoom.us/j/83120945518

Invitation from Google Calendar
""", '2026-04-15 08:00', '2026-04-15 09:30', 'https://tidewell.zoom.us/j/83120945518', neg='calendar invitation')

m('PA13', '2026-04-16 09:00', 'renata', ['walt'], 'Thanks for yesterday - recording and slides', """
Hi Walt, Angie,

Thanks for having us yesterday. The recording and slides are here: https://share.tidewell.io/x/portalder-training. The crew asked good questions about tire checks; I've turned the feature on for your account.

Renata
""", cc=['angie'])

newsletter('PA14', '2026-03-24 10:00', ['tw_list'], 'Fleet Pulse | March 2026: why fleets cancel their legacy CMMS', """
FLEET PULSE - March 2026

Why fleets cancel their legacy CMMS (and what they switch to)
Our survey of 240 maintenance leaders found that 38% plan to replace a legacy maintenance system within two years. Read the report: https://tidewell.io/blog/legacy-cmms-2026

Public-sector corner: how a county fleet got council approval for a 3-year renewal in one meeting.

Webinar, April 8: Getting ready for CVSA Roadcheck. Register: https://tidewell.io/webinars/roadcheck-2026
""", neg='vendor marketing newsletter to a customer list')

m('PA15', '2026-04-28 09:00', 'renata', ['walt'], 'City of Port Alder - Tidewell renewal July 15', """
Hi Walt,

Your Tidewell subscription renews on July 15. Since the City needs council approval for purchases over $25,000, I wanted to get you the renewal quote early: $31,000, the same as this year, for 118 units.

What do you need from me to get it on a council agenda in June? I can prepare a one-page summary for the council packet.

Renata
""", cc=['angie'], ask=True, attach=[('Tidewell_Renewal_Quote_PortAlder_2026.pdf', 'application/pdf',
                                      b'%PDF-1.4\n% stub quote\n%%EOF\n')])

ooo('PA16', '2026-04-28 10:00', 'angie', ['renata'], 'Automatic reply: City of Port Alder - Tidewell renewal July 15', """
I am on maternity leave and will return on Monday, August 3, 2026.

For purchasing questions, please contact purchasing@cityofportalder.gov. For fleet matters, please contact Walt Brzezinski at wbrzezinski@cityofportalder.gov.
""", 'PA15')

m('PA17', '2026-05-12 09:30', 'renata', ['walt'], None, """
Hi Walt, following up on the renewal quote. Is a June council meeting realistic, or should we plan for an extension past July 15 while it goes through?

Renata
""", re_='PA15', ask=True)

notify('PA18', '2026-05-18 06:00', 'tw_noreply', ['walt'], 'Your weekly fleet summary - City of Port Alder', """
Weekly fleet summary, May 11 - May 17, 2026

Units: 118 active, 9 out of service
PMs completed: 3 | PMs overdue: 41
Open work orders: 57 (22 older than 14 days)
Logins this week: 2 of 14 users

View the full report: https://app.tidewell.io/reports/weekly
You are receiving this because you are an administrator. Change frequency in Settings > Notifications.
""", neg='automated weekly usage digest from the vendor application')

newsletter('PA19', '2026-05-20 10:00', ['tw_list'], 'Tidewell Connect 2026: registration is open', """
TIDEWELL CONNECT 2026 | September 16-17 | Chicago

Two days with 400 fleet maintenance and dispatch leaders, including a public-sector track: winning council approval, grant-funded EV fleets, and shared-services fleets.

Early-bird pricing ends June 30. Register: https://tidewell.io/connect
""", neg='vendor conference promotion sent to the whole customer list')

m('PA20', '2026-05-26 10:00', 'renata', ['walt'], 'Renewal quote - City of Port Alder (July 15)', """
Hello Walt and the Purchasing team,

I'm reaching out on the City of Port Alder's Tidewell subscription (DPW Fleet Services), which renews on July 15, 2026. The renewal quote is attached: $31,000 for 118 units, unchanged from this year.

Could Purchasing let me know the approval process and timing, and whether the City needs anything from Tidewell (W-9, COI, sole-source letter) for the council packet?

Thank you,
Renata
""", cc=['pa_purchasing'], ask=True, attach=[('Tidewell_Renewal_Quote_PortAlder_2026.pdf', 'application/pdf',
                                              b'%PDF-1.4\n% stub quote\n%%EOF\n')])

m('PA21', '2026-05-26 11:00', 'pa_purchasing', ['renata'], 'Automatic reply: Renewal quote - City of Port Alder (July 15)', """
Thank you for contacting the City of Port Alder Purchasing Division. Your message has been received.

Due to high volume, responses may take up to 10 business days. Bid opportunities are posted at https://cityofportalder.gov/bids.
""", re_='PA20', kind='auto_reply', quote=False, sig='',
  headers={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'},
  neg="the city's automatic acknowledgement from a role mailbox")

notify('PA22', '2026-06-02 06:00', 'tw_noreply', ['walt'], 'Scheduled report paused: Plows - overdue by miles', """
Hi Walt,

Your scheduled report "Plows - overdue by miles" has been paused because it hasn't been opened in the last 8 weeks.

Resume it any time: https://app.tidewell.io/reports/scheduled

This is an automated message from Tidewell.
""", neg='automated scheduler notification from the vendor application')

m('PA23', '2026-06-09 09:15', 'renata', ['walt'], 'Is there someone else I should work with?', """
Hi Walt,

I haven't been able to reach you by email since March, and I want to make sure the City doesn't lose access on July 15. Is there someone else in DPW or Purchasing I should be working with on the renewal?

I'll also try the fleet office line.

Renata
""", ask=True)

alert_('portalder', 'account_going_silent', 'high', '2026-05-12', ['PA15', 'PA17', 'PA20', 'PA23'],
       'No customer-written mail since March 27; four vendor emails since April 28 (renewal quote, follow-ups, '
       'purchasing) are unanswered. Usage is also falling (2 of 14 users logged in).')
alert_('portalder', 'renewal_at_risk', 'high', '2026-05-26', ['PA15', 'PA17', 'PA20', 'PA23'],
       'Renewal on 2026-07-15 (33 days) needs council approval; nobody at the City has acknowledged the quote.')
alert_('portalder', 'contacts_going_silent', 'high', '2026-05-12', ['PA09', 'PA15', 'PA17', 'PA23'],
       'Walt Brzezinski, Fleet Superintendent and the only remaining contact (Angie Morales is on maternity leave until '
       'August 3), last wrote on March 11.', contact='wbrzezinski@cityofportalder.gov')


# ==========================================================================
# Extra look-alike mail spread over the accounts (all hard negatives)
# ==========================================================================
def use(key):
    CUR[0] = ACC[key]


def negate(key, why):
    g = MSGS[key]
    g.neg = why
    g.acct.neg[key] = why


negate('HF16', 'forwarding a monthly report to the VP of Operations is not an escalation')
negate('CT19', "vendor's congratulations; the praise is only in the quoted customer text")
negate('MU13', "vendor answer; the customer's client threat is only in the quoted text")
negate('VB11', "forwards a third party's waiting-cost invoice (the DC's), not a Tidewell price")
negate('TA24', "vendor answer; 'cancelar la ruta' is in the quoted text and is about the customer's own client")
negate('AL24', 'personal reply to an anniversary invitation')
negate('PC08', "vendor sympathy note; the district's cancellation threat is only in the quoted text")
negate('PC25', 'personal chit-chat')
negate('BF05', 'vendor reply; the rival vendors appear only in the quoted forwarded newsletter')
negate('BF18', "vendor how-to; 'cancelled' is about a shipper's freight load")

FP_MAY = """
FLEET PULSE - May 2026

5 signs you've outgrown your fleet software
Still exporting to Excel for every audit? Technicians sharing logins? Parts ordered from memory? If three of these sound familiar, it may be time to expand your plan rather than rip and replace. Read more: https://tidewell.io/blog/outgrown-5-signs

Renewal season tip: lock in 2026 pricing with a multi-year term and save up to 8%. Ask your account manager.

Customer story: a 90-bus school contractor passed its state inspection with zero write-ups.

Webinar, May 28: DOT roadside inspections, what inspectors look for first.
"""

use('harbor')
m('HF41', '2026-03-24 11:48', 'dale', ['tw_news'], None, """
Please take me off the marketing list. I get enough email. Keep sending the account stuff to me directly.

Dale
""", re_='HF21', sig='', neg='asks to unsubscribe from marketing mail only; not a churn signal')
newsletter('HF42', '2026-05-12 10:00', ['tw_list'], 'Fleet Pulse | May 2026: 5 signs you\'ve outgrown your fleet software',
           FP_MAY, neg='vendor marketing newsletter (expand, renewal, pricing are marketing copy)')

use('ridgeline')
newsletter('RE35', '2026-05-12 10:00', ['tw_list'], 'Fleet Pulse | May 2026: 5 signs you\'ve outgrown your fleet software',
           FP_MAY, neg='vendor marketing newsletter')
notify('RE36', '2026-05-25 06:00', 'tw_noreply', ['bonnie'], 'Your weekly fleet summary - Ridgeline Electric Cooperative', """
Weekly fleet summary, May 18 - May 24, 2026

Units: 140 active, 5 out of service
PMs completed: 21 | PMs overdue: 9
Open work orders: 31 (6 older than 14 days)
DVIR defects reported: 14

View the full report: https://app.tidewell.io/reports/weekly
You are receiving this because you are an administrator. Change frequency in Settings > Notifications.
""", neg='automated weekly usage digest from the vendor application')

use('cascadia')
ticket_solved('CT32', '2026-05-08 05:00', ['luis'], 'CT23', 49377, 'block plan import failing')
m('CT33', '2026-04-16 13:20', 'gordon', ['colin'], None, """
Mr. Petrakis,

Receipt of the Contractor Self-Assessment is acknowledged. The Division will complete its evaluation by June 30, 2026. Contractors will be notified only if a corrective action plan is required.

Regards,
""", re_='CT17', drop_thread=True, neg='procurement acknowledgement of a routine form (Lotus Notes, no threading headers)')

use('meridian')
newsletter('MU38', '2026-05-12 10:00', ['tw_list'], 'Fleet Pulse | May 2026: 5 signs you\'ve outgrown your fleet software',
           FP_MAY, neg='vendor marketing newsletter')
invite('MU39', '2026-04-10 09:12', 'priyanka', ['colin'], 'Declined: Tidewell presentation - Meridian fleet systems review', """
Priyanka Desai has declined this meeting.

Sorry, I have a cutover weekend for the SAP project that week. Scott will brief me.
""", '2026-05-05 09:00', '2026-05-05 11:00', 'Meridian Utility Services, 4400 Groveport Rd, Columbus, OH', method='REPLY',
       partstat='DECLINED', kind='calendar_reply', neg="a declined meeting invitation is not churn; it's a calendar response")
invite('MU40', '2026-06-04 10:02', 'karen', ['colin'], 'Accepted: Meridian / Tidewell - renewal and SAP connector', """
Karen Oyelaran has accepted this invitation.
""", '2026-06-10 14:00', '2026-06-10 15:00', 'https://tidewell.zoom.us/j/81155502290', method='REPLY',
       partstat='ACCEPTED', kind='calendar_reply', neg='automatic calendar acceptance')

use('vanderberg')
notify('VB32', '2026-05-11 00:00', 'tw_noreply', ['sanne'], 'Scheduled report: Reefer hours - Thermo King service due', """
Scheduled report "Reefer hours - Thermo King service due" for Van der Berg Logistiek B.V.

Trailers due for Thermo King service in the next 14 days: 6
Highest reefer hours since last service: OV-84-TJ (2,944 h), OX-12-BR (2,871 h)

Open the report: https://app.tidewell.io/reports/scheduled/reefer-hours
This is an automated message from Tidewell.
""", neg='automated scheduled report')
ooo('VB33', '2026-05-14 07:00', 'sanne', ['tw_noreply'], 'Automatisch antwoord: Scheduled report: Reefer hours - Thermo King service due', """
Ik ben afwezig op donderdag 14 en vrijdag 15 mei (Hemelvaart). Voor dringende zaken: planning@vanderberglogistiek.nl.

I am out of the office on 14 and 15 May. For urgent matters: planning@vanderberglogistiek.nl.
""", 'VB32', neg='out-of-office for a public holiday')

use('altiplano')
ticket_solved('TA40', '2026-02-27 05:00', ['ruben'], 'TA08', 48377, 'unidad 218 no aparece')
notify('TA41', '2026-05-25 06:00', 'tw_noreply', ['hector'], 'Resumen semanal de flota - Transportes Altiplano', """
Resumen semanal, 18 - 24 de mayo de 2026

Unidades: 312 activas (20 nuevas en Querétaro), 11 fuera de servicio
Preventivos completados: 64 | Preventivos vencidos: 17
Órdenes de trabajo abiertas: 93

Ver el reporte completo: https://app.tidewell.io/reports/weekly
Recibes este correo porque eres administrador. Cambia la frecuencia en Ajustes > Notificaciones.
""", neg='automated weekly usage digest from the vendor application', lang='es')

use('autocares')
notify('AL32', '2026-05-25 07:00', 'tw_noreply', ['javier'], 'Resumen semanal de flota - Autocares Lumbreras', """
Resumen semanal, 18 - 24 de mayo de 2026

Vehículos: 85 activos, 2 en taller
Preventivos completados: 19 | Preventivos vencidos: 0
ITV en los próximos 30 días: 2

Ver el reporte completo: https://app.tidewell.io/reports/weekly
""", neg='automated weekly usage digest from the vendor application', lang='es')

use('pinecrest')
newsletter('PC26', '2026-05-12 10:00', ['tw_list'], 'Fleet Pulse | May 2026: 5 signs you\'ve outgrown your fleet software',
           FP_MAY, neg='vendor marketing newsletter')
ooo('PC27', '2026-05-12 11:01', 'deb', ['tw_news'], 'Auto Reply: Fleet Pulse | May 2026: 5 signs you\'ve outgrown your fleet software', """
I'm at the VSTA spring meeting through May 15 and checking email in the evenings. For a bus emergency call the garage at 802-555-0130.

Deb
""", 'PC26', neg='temporary out-of-office')

use('bluestem')
newsletter('BF30', '2026-05-12 10:00', ['tw_list'], 'Fleet Pulse | May 2026: 5 signs you\'ve outgrown your fleet software',
           FP_MAY, neg='vendor marketing newsletter')
m('BF31', '2026-04-27 16:40', 'travis', ['colin'], 'KMCA', """
You going to the KMCA fall conference in Wichita? If so, first round's on me. Last year's was a blast.

-T
""", ask=True, neg='personal chit-chat about an industry conference')
m('BF32', '2026-04-27 16:05', 'colin', ['travis'], None, """
Wouldn't miss it. Holding you to that.

Colin
""", re_='BF31')

use('portalder')
notify('PA24', '2026-04-06 06:00', 'tw_noreply', ['walt'], 'Your weekly fleet summary - City of Port Alder', """
Weekly fleet summary, Mar 30 - Apr 5, 2026

Units: 118 active, 6 out of service
PMs completed: 22 | PMs overdue: 12
Open work orders: 34 (8 older than 14 days)
Logins this week: 9 of 14 users

View the full report: https://app.tidewell.io/reports/weekly
You are receiving this because you are an administrator. Change frequency in Settings > Notifications.
""", neg='automated weekly usage digest from the vendor application')
notify('PA25', '2026-06-08 06:00', 'tw_noreply', ['walt'], 'Your weekly fleet summary - City of Port Alder', """
Weekly fleet summary, Jun 1 - Jun 7, 2026

Units: 118 active, 11 out of service
PMs completed: 1 | PMs overdue: 49
Open work orders: 63 (29 older than 14 days)
Logins this week: 1 of 14 users

View the full report: https://app.tidewell.io/reports/weekly
You are receiving this because you are an administrator. Change frequency in Settings > Notifications.
""", neg='automated weekly usage digest from the vendor application')


# ==========================================================================
# ground truth computation
# ==========================================================================
def is_vendor(p):
    return p.domain in VENDOR_DOMAINS


def acct_msgs(a):
    return sorted([MSGS[k] for k in ORDER if MSGS[k].acct is a], key=lambda g: (g.when.astimezone(UTC), g.key))


def ldate(g):
    return g.when.date()


def root(g):
    while g.parent is not None:
        g = g.parent
    return g


def cust_human(a, g):
    return g.kind == 'human' and g.frm.domain in a.domains


def vend_human(g):
    return g.kind == 'human' and is_vendor(g.frm)


def hours(a, b):
    return round((b.when - a.when).total_seconds() / 3600.0, 1)


def in_win(d, w):
    return w[0] <= d <= w[1]


def _med(xs):
    return round(statistics.median(xs), 1) if xs else None


def latency(a, msgs):
    c_samples, v_samples = [], []
    for v in msgs:
        if vend_human(v) and v.ask:
            reps = [c for c in msgs if cust_human(a, c) and c.parent is v]
            if reps:
                c = min(reps, key=lambda x: x.when)
                c_samples.append((c, v, hours(v, c)))
        if cust_human(a, v) and v.ask:
            reps = [c for c in msgs if vend_human(c) and c.parent is v]
            if reps:
                c = min(reps, key=lambda x: x.when)
                v_samples.append((c, v, hours(v, c)))

    def block(samples, win, with_samples):
        sel = [s for s in samples if in_win(ldate(s[0]), win)]
        d = {'n': len(sel), 'median_hours': _med([s[2] for s in sel])}
        if with_samples:
            d['samples'] = [{'reply': s[0].msgid, 'reply_date': ldate(s[0]).isoformat(), 'to_message': s[1].msgid,
                             'hours': s[2]} for s in sel]
        return d
    unanswered = []
    for v in msgs:
        if vend_human(v) and v.ask:
            later = [c for c in msgs if cust_human(a, c) and root(c) is root(v) and c.when > v.when]
            if not later:
                unanswered.append({'message_id': v.msgid, 'date': ldate(v).isoformat(),
                                   'to': [p.email for p in v.to + v.cc if p.domain in a.domains],
                                   'age_days_at_as_of': (AS_OF - ldate(v)).days})
    return {
        'customer_reply_hours': {'first_60_days': block(c_samples, FIRST_WIN, True),
                                 'last_30_days': block(c_samples, LAST_WIN, True)},
        'vendor_reply_hours': {'first_60_days': block(v_samples, FIRST_WIN, False),
                               'last_30_days': block(v_samples, LAST_WIN, False)},
        'unanswered_vendor_messages': unanswered,
    }


def unanswered_customer(a, msgs):
    out = []
    for c in msgs:
        if cust_human(a, c) and c.ask:
            later = [v for v in msgs if vend_human(v) and root(v) is root(c) and v.when > c.when]
            if not later and (AS_OF - ldate(c)).days >= UNANSWERED_MIN_DAYS:
                out.append(c)
    return out


def contacts(a, msgs):
    seen = {}
    for g in msgs:
        for p in [g.frm] + g.to + g.cc:
            if p.domain in a.domains and p.side == 'customer':
                d = seen.setdefault(p.email, {'p': p, 'first': ldate(g), 'n': 0, 'last': None})
                d['first'] = min(d['first'], ldate(g))
        if g.kind == 'human' and g.frm.domain in a.domains and g.frm.side == 'customer':
            d = seen[g.frm.email]
            d['n'] += 1
            d['last'] = max(d['last'], ldate(g)) if d['last'] else ldate(g)
    out = []
    for email, d in sorted(seen.items(), key=lambda kv: (kv[1]['first'], kv[0])):
        p = d['p']
        if p.status:
            st = p.status
        elif (AS_OF - d['first']).days < NEW_DAYS:
            st = 'new'
        elif d['last'] and (AS_OF - d['last']).days < ACTIVE_DAYS:
            st = 'active'
        else:
            st = 'silent'
        out.append({'email': email, 'name': p.name, 'title': p.title, 'status': st,
                    'first_seen': d['first'].isoformat(), 'human_messages_sent': d['n'],
                    'last_human_message': d['last'].isoformat() if d['last'] else None})
    return out


def msg_ref(k):
    g = MSGS[k]
    return {'message_id': g.msgid, 'date': ldate(g).isoformat(), 'from': g.frm.email}


def build_expected():
    accs = []
    for a in ACCOUNTS:
        msgs = acct_msgs(a)
        days = (a.renewal - AS_OF).days
        status = 'inside_90_day_window' if 0 <= days <= 90 else ('past_renewal_date' if days < 0 else 'outside_90_day_window')
        sigs = []
        for s in SIGNALS:
            g = MSGS[s['msg']]
            if g.acct is not a:
                continue
            d = {'type': s['type'], 'phrase': s['phrase'], 'message_id': g.msgid, 'date': ldate(g).isoformat(),
                 'from': g.frm.email}
            if s['type'] == 'commitment':
                d['due'] = s['due']
                d['outcome'] = s['outcome']
                if s.get('delivered'):
                    d['delivered_by'] = MSGS[s['delivered']].msgid
                if s.get('note'):
                    d['note'] = s['note']
            sigs.append(d)
        als = []
        for al in ALERTS:
            if al['acct'] != a.key:
                continue
            d = {'type': al['type'], 'severity': al['severity'], 'date': al['date'],
                 'evidence': [msg_ref(k) for k in al['evidence']], 'note': al['note']}
            for k, v in al.items():
                if k not in ('acct', 'type', 'severity', 'date', 'evidence', 'note'):
                    d[k] = v
            als.append(d)
        neg = []
        for g in msgs:
            if g.key in a.neg:
                d = msg_ref(g.key)
                d['why'] = a.neg[g.key]
                neg.append(d)
        accs.append({
            'account': a.name, 'mbox': a.mbox, 'domains': a.domains, 'owner': PEOPLE[a.owner].email, 'arr': a.arr,
            'segment': a.segment, 'renewal_date': a.renewal.isoformat(),
            'renewal_window': {'days_to_renewal': days, 'status': status},
            'scenario': a.scenario, 'health': a.health,
            'message_count': len(msgs),
            'latency': latency(a, msgs),
            'contacts': contacts(a, msgs),
            'signals': sigs, 'alerts': als, 'must_not_alert': neg,
        })
    return {'as_of': AS_OF.isoformat(), 'vendor_domain': VENDOR_DOMAINS[0], 'vendor_domains': VENDOR_DOMAINS,
            'definitions': DEFINITIONS, 'accounts': accs}


DEFINITIONS = {
    'as_of': 'Analysis is as of the end of 2026-06-12 (Friday). Mail runs 2026-02-09 .. 2026-06-12.',
    'dates': "Every date in this file is the calendar date in the message's own Date header (the sender's local time).",
    'vendor_side': 'Anyone @tidewell.io (AMs, solutions engineer, VP Customer Success, General Counsel, support@, billing@, '
                   'status@, news@, noreply@). mailer-daemon@googlemail.com bounces belong to the vendor side (Tidewell uses '
                   'Google Workspace).',
    'human_message': 'Written by a person. Not human: out-of-office/auto-replies (Auto-Submitted: auto-replied), bounces, '
                     'ticketing acknowledgements and solved notices, status-page and billing/scheduler notifications, '
                     'newsletters and list mail from a system sender, e-cards, calendar invitations and calendar responses. '
                     'A support agent writing through the ticketing system (support@tidewell.io, signed by a named agent) '
                     'is human. A person writing to a big distribution list is human.',
    'customer_reply_hours': 'For each vendor human message that asks the customer something (a question, a request or a '
                            'proposed meeting), the first customer human message whose In-Reply-To is that message; '
                            'hours = reply Date - asked Date (both UTC). Messages whose threading headers were dropped '
                            '(Lotus Notes) are not samples. vendor_reply_hours is the mirror image.',
    'windows': 'A sample belongs to the window of its reply date: first_60_days = 2026-02-09..2026-04-09, '
               'last_30_days = 2026-05-14..2026-06-12. Medians in hours, one decimal.',
    'latency_degradation': 'Alert when both windows have n >= 3 and the last_30_days median is >= 3x the first_60_days '
                           'median and >= 24 hours.',
    'unanswered_vendor_messages': 'Vendor human messages that ask the customer something and have no later customer human '
                                  'message in the same thread (same root) by as_of. Out-of-office replies do not count '
                                  'as answers.',
    'unanswered_customer_message': 'A customer human message asking the vendor something with no later vendor human '
                                   'message in the same thread by as_of, at least 2 days old. A vendor auto-reply is not '
                                   'an answer.',
    'contact_status': 'left = departure announced, "no longer with" auto-reply, or bounce; on_leave = auto-reply states '
                      'an extended leave that covers as_of; new = first seen (From/To/Cc) within the last 30 days '
                      '(on or after 2026-05-14); active = a human message within the last 45 days (on or after '
                      '2026-04-29); silent = otherwise. Role and list mailboxes (fleet@, purchasing@, maint-all@, '
                      'newsletters) are not contacts.',
    'renewal_window': 'days_to_renewal = renewal_date - as_of; inside_90_day_window when 0..90.',
    'commitment_due_dates': 'Due dates are resolved in the promiser\'s calendar: "by Thursday the 12th" -> that date; '
                            '"end of next week" -> Friday of the following week; "this week" -> Friday of the same week; '
                            '"antes del viernes" -> the coming Friday; "first week of May" -> Friday 2026-05-08; '
                            '"hoy"/"today" -> same day; "tomorrow at 10:00" -> next day; "by Friday"/"para el martes" -> the '
                            'next such weekday; "en junio" -> 2026-06-30. outcome: kept = delivered on '
                            'or before the due date (delivered_by); overdue = due before as_of and not delivered by '
                            'as_of; open = due after as_of.',
    'account_going_silent': 'No customer human message in the last 45 days while the vendor keeps writing.',
    'single_threaded': 'Exactly one active contact at the customer (new contacts who never wrote do not count).',
    'signals': 'Phrase signals are taken only from new, unquoted text. Only commitment comes from vendor mail; every other '
               'type comes from customer human mail. The vendor\'s own renewal reminders, quotes and upsell offers are '
               'not signals.',
    'must_not_alert': 'Hard negatives: nothing may fire on these messages (no signal, no alert evidence).',
    'extra_fields': 'Beyond the required keys: accounts carry health (healthy / mixed / at_risk) and message_count; '
                    'commitment signals carry due, outcome, delivered_by (kept) and an optional note; some alerts carry '
                    'contact, old_title and new_title.',
    'alert_date': 'The first day on which a careful AM would want the alert, given the mail up to that day.',
}


# --------------------------------------------------------------------------
# YAML (block style, every string single-quoted)
# --------------------------------------------------------------------------
def _ys(v):
    if v is None:
        return 'null'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    return "'" + str(v).replace("'", "''") + "'"


def _emit(v, ind, out):
    sp = '  ' * ind
    if isinstance(v, dict):
        for k, x in v.items():
            if isinstance(x, (dict, list)) and x:
                if isinstance(x, list) and all(not isinstance(i, (dict, list)) for i in x) and len(str(x)) < 100:
                    out.append('%s%s: [%s]' % (sp, k, ', '.join(_ys(i) for i in x)))
                else:
                    out.append('%s%s:' % (sp, k))
                    _emit(x, ind + 1, out)
            elif isinstance(x, dict):
                out.append('%s%s: {}' % (sp, k))
            elif isinstance(x, list):
                out.append('%s%s: []' % (sp, k))
            else:
                out.append('%s%s: %s' % (sp, k, _ys(x)))
    elif isinstance(v, list):
        for x in v:
            if isinstance(x, dict) and x:
                sub = []
                _emit(x, ind + 1, sub)
                out.append(sp + '- ' + sub[0][len('  ' * (ind + 1)):])
                out.extend(sub[1:])
            else:
                out.append('%s- %s' % (sp, _ys(x)))


def to_yaml(obj):
    out = ['# Tidewell blind-test-1 ground truth -- written by generate.py, do not edit by hand']
    _emit(obj, 0, out)
    return '\n'.join(out) + '\n'


# ==========================================================================
# validation
# ==========================================================================
CUT_RES = [re.compile(p, re.M) for p in [
    r'^-{5,}\s*Original Message\s*-{5,}',
    r'^-{5,}\s*(Oorspronkelijk bericht|Mensaje original)\s*-{5,}',
    r'^_{20,}\s*$',
    r'^-{3,} ?(Forwarded message|Mensaje reenviado|Doorgestuurd bericht) ?-{3,}',
    r'^----- Forwarded by ',
    r'^(Begin forwarded message|Inicio del mensaje reenviado):',
    r'^On .{6,250} wrote:\s*$',
    r'^El .{6,250} escribi\u00f3:\s*$',
    r'^Op .{6,250} (schreef|het volgende geschreven).*:\s*$',
    r'^(From|De|Van):[ \t].*\n(Sent|Date|Enviado|Fecha|Verzonden|Datum|To|Para|Aan):',
    r'^From:\t',
    r'^-{20,}\s*$',
    r'^>',
]]


def html_to_text(h):
    h = re.sub(r'(?is)<(style|head|script)\b.*?</\1>', '', h)
    h = re.sub(r'(?i)<br\s*/?>\n?', '\n', h)
    h = re.sub(r'(?i)</(p|div|tr|li|h\d|blockquote|table)>', '\n', h)
    h = re.sub(r'(?s)<[^>]+>', '', h)
    h = htmlmod.unescape(h)
    h = re.sub(r'\n{3,}', '\n\n', h)
    return h


def body_text(em):
    plain, htm = None, None
    for part in em.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == 'attachment':
            continue
        ct = part.get_content_type()
        if ct == 'text/plain' and plain is None:
            plain = part.get_content()
        elif ct == 'text/html' and htm is None:
            htm = part.get_content()
    if plain is not None:
        return plain
    if htm is not None:
        return html_to_text(htm)
    return ''


def new_text(text):
    text = text.replace('\r\n', '\n')
    cut = len(text)
    for r in CUT_RES:
        mm = r.search(text)
        if mm and mm.start() < cut:
            cut = mm.start()
    return text[:cut]


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def validate(exp, files):
    errs = []
    E = errs.append
    all_ids = {}
    parsed = {}
    for a in ACCOUNTS:
        raws = read_mbox(os.path.join(HERE, a.mbox))
        defined = acct_msgs(a)
        if len(raws) != len(defined):
            E('%s: mbox has %d messages, defined %d' % (a.mbox, len(raws), len(defined)))
        for raw, g in zip(raws, defined):
            em = message_from_bytes(raw, policy=POLICY)
            mid = str(em['Message-ID']).strip()
            if mid != g.msgid:
                E('%s: order/id mismatch %s vs %s' % (g.key, mid, g.msgid))
            if mid in all_ids:
                E('duplicate Message-ID %s' % mid)
            all_ids[mid] = g
            for h in ('Message-ID', 'Date', 'From', 'Subject'):
                if em[h] is None:
                    E('%s: missing %s' % (g.key, h))
            if em['To'] is None and em['Bcc'] is None:
                E('%s: missing To' % g.key)
            if em['Date'] is not None and em['Date'].datetime.utcoffset() is None:
                E('%s: Date without offset' % g.key)
            for part in em.walk():
                if part.defects:
                    E('%s: MIME defects %r' % (g.key, part.defects))
                for hn in ('From', 'To', 'Cc', 'Subject', 'Date', 'Message-ID'):
                    hv = part.get(hn)
                    if hv is not None and getattr(hv, 'defects', None):
                        E('%s: header %s defects %r' % (g.key, hn, hv.defects))
            try:
                txt = body_text(em)
            except Exception as ex:       # pragma: no cover
                E('%s: cannot decode body: %s' % (g.key, ex))
                txt = ''
            parsed[g.key] = (em, txt)
    # threading
    for k in ORDER:
        g = MSGS[k]
        if g.parent is not None and g.when < g.parent.when:
            E('%s: dated before the message it replies to (%s)' % (k, g.parent.key))
        if g.parent is not None and g.parent.acct is not g.acct:
            E('%s: replies across accounts' % k)
        if not (PERIOD_START <= ldate(g) <= AS_OF):
            E('%s: outside the period' % k)
        em = parsed[k][0]
        irt = em['In-Reply-To']
        if g.parent is not None:
            if g.drop_thread:
                if irt is not None:
                    E('%s: drop_thread but has In-Reply-To' % k)
            elif irt is None or str(irt).strip() not in all_ids:
                E('%s: In-Reply-To missing or dangling' % k)
        elif irt is not None and str(irt).strip() not in all_ids:
            E('%s: dangling In-Reply-To' % k)
    # expected.yaml consistency
    total = len(ORDER)
    nneg = 0
    for a, ea in zip(ACCOUNTS, exp['accounts']):
        msgs = acct_msgs(a)
        ids = {g.msgid: g for g in msgs}
        sig_ids = set()
        for s in ea['signals']:
            g = ids.get(s['message_id'])
            if g is None:
                E('%s: signal on unknown message %s' % (a.key, s['message_id']))
                continue
            sig_ids.add(g.msgid)
            nt = norm(new_text(parsed[g.key][1]))
            if norm(s['phrase']) not in nt:
                E('%s %s: phrase not in new text: %r' % (a.key, g.key, s['phrase']))
            if s['type'] == 'commitment':
                if not vend_human(g):
                    E('%s: commitment not from vendor human' % g.key)
                due = dt.date.fromisoformat(s['due'])
                if s['outcome'] == 'kept':
                    d = all_ids.get(s.get('delivered_by'))
                    if d is None or ldate(d) > due or d.when < g.when:
                        E('%s: kept commitment without timely delivery' % g.key)
                elif s['outcome'] == 'overdue':
                    if not due < AS_OF:
                        E('%s: overdue but due not before as_of' % g.key)
                elif s['outcome'] == 'open':
                    if not due >= AS_OF:
                        E('%s: open but already due' % g.key)
                else:
                    E('%s: bad outcome' % g.key)
            else:
                if not cust_human(a, g):
                    E('%s: %s signal not from customer human mail' % (g.key, s['type']))
            if s['type'] not in ('expansion', 'advocacy', 'churn_risk', 'competitor', 'pricing', 'escalation',
                                 'commitment', 'renewal'):
                E('bad signal type %s' % s['type'])
        ev_ids = set()
        types = [al['type'] for al in ea['alerts']]
        for al in ea['alerts']:
            for e in al['evidence']:
                if e['message_id'] not in ids:
                    E('%s: alert %s evidence outside account' % (a.key, al['type']))
                ev_ids.add(e['message_id'])
        for n in ea['must_not_alert']:
            nneg += 1
            if n['message_id'] in sig_ids or n['message_id'] in ev_ids:
                E('%s: must_not_alert message is also signal/evidence: %s' % (a.key, ids[n['message_id']].key))
        # commitments <-> alerts
        for s in ea['signals']:
            if s['type'] != 'commitment':
                continue
            want = {'overdue': 'commitment_overdue', 'open': 'open_commitment'}.get(s['outcome'])
            if want:
                if not any(al['type'] == want and s['message_id'] in [e['message_id'] for e in al['evidence']]
                           for al in ea['alerts']):
                    E('%s: %s commitment %s not in a %s alert' % (a.key, s['outcome'], ids[s['message_id']].key, want))
        # unanswered customer messages <-> alerts
        un = set(g.msgid for g in unanswered_customer(a, msgs))
        al_un = set(e['message_id'] for al in ea['alerts'] if al['type'] == 'unanswered_customer_message'
                    for e in al['evidence'])
        if un != al_un:
            E('%s: unanswered customer messages %s vs alerts %s' % (a.key, sorted(ids[x].key for x in un),
                                                                   sorted(ids[x].key for x in al_un)))
        # latency degradation rule
        lat = ea['latency']['customer_reply_hours']
        f, l_ = lat['first_60_days'], lat['last_30_days']
        degr = (f['n'] >= 3 and l_['n'] >= 3 and l_['median_hours'] >= 3 * f['median_hours'] and l_['median_hours'] >= 24)
        if degr != ('latency_degradation' in types):
            E('%s: latency rule %s but alert %s (first %s last %s)' % (a.key, degr, 'latency_degradation' in types, f, l_))
        # renewal window
        if 'renewal_at_risk' in types and ea['renewal_window']['status'] != 'inside_90_day_window':
            E('%s: renewal_at_risk outside window' % a.key)
        # contacts
        cs = ea['contacts']
        active = [c for c in cs if c['status'] == 'active']
        if (len(active) == 1) != ('single_threaded' in types):
            E('%s: single_threaded mismatch (%d active)' % (a.key, len(active)))
        if any(c['status'] == 'new' for c in cs) != ('new_contacts' in types):
            E('%s: new_contacts mismatch' % a.key)
        if any(c['status'] == 'left' for c in cs) != ('contact_departed' in types):
            E('%s: contact_departed mismatch' % a.key)
        if any(g.kind == 'bounce' for g in msgs) != ('contact_bounced' in types):
            E('%s: contact_bounced mismatch' % a.key)
        recent = [g for g in msgs if cust_human(a, g) and (AS_OF - ldate(g)).days < ACTIVE_DAYS]
        vrecent = [g for g in msgs if vend_human(g) and (AS_OF - ldate(g)).days < ACTIVE_DAYS]
        if (not recent and bool(vrecent)) != ('account_going_silent' in types):
            E('%s: account_going_silent mismatch' % a.key)
        if a.health == 'healthy':
            bad = [t for t in types if t not in ('advocacy', 'expansion_opportunity')]
            if bad:
                E('%s: healthy account has alerts %s' % (a.key, bad))
        for t in types:
            if t not in ('latency_degradation', 'account_going_silent', 'contacts_going_silent', 'competitor_mention',
                         'churn_risk', 'new_senior_contact_not_engaged', 'renewal_at_risk', 'expansion_opportunity',
                         'advocacy', 'single_threaded', 'escalation', 'commitment_overdue', 'open_commitment',
                         'contact_departed', 'contact_bounced', 'title_change', 'new_contacts',
                         'unanswered_customer_message'):
                E('bad alert type %s' % t)
    if len(ACCOUNTS) < 7:
        E('fewer than 7 accounts')
    if total < 200:
        E('fewer than 200 messages (%d)' % total)
    if nneg * 3 < total:
        E('hard negatives %d < a third of %d' % (nneg, total))
    return errs


# ==========================================================================
# main
# ==========================================================================
def produce():
    files = {}
    for k in ORDER:
        render(MSGS[k])
    for k in ORDER:
        g = MSGS[k]
        g.raw = build_message(g)
    for a in ACCOUNTS:
        files[a.mbox] = mbox_bytes(acct_msgs(a))
    s = io.StringIO()
    w = csv.writer(s, lineterminator='\n')
    w.writerow(['account', 'domains', 'owner', 'arr', 'renewal_date', 'segment'])
    for a in ACCOUNTS:
        w.writerow([a.name, ';'.join(a.domains), PEOPLE[a.owner].email, a.arr, a.renewal.isoformat(), a.segment])
    files['accounts.csv'] = s.getvalue().encode('utf-8')
    exp = build_expected()
    files['expected.yaml'] = to_yaml(exp).encode('utf-8')
    return files, exp


def summary(exp):
    from collections import Counter
    sc, ac = Counter(), Counter()
    for ea in exp['accounts']:
        for s in ea['signals']:
            sc[s['type']] += 1
        for al in ea['alerts']:
            ac[al['type']] += 1
    total = sum(ea['message_count'] for ea in exp['accounts'])
    neg = sum(len(ea['must_not_alert']) for ea in exp['accounts'])
    print('accounts: %d  messages: %d  must_not_alert: %d' % (len(exp['accounts']), total, neg))
    for ea in exp['accounts']:
        print('  %-42s %3d msgs  %2d signals  %2d alerts  %2d negatives  [%s]' % (
            ea['account'], ea['message_count'], len(ea['signals']), len(ea['alerts']), len(ea['must_not_alert']),
            ea['scenario']))
    print('signals: %d  %s' % (sum(sc.values()), dict(sorted(sc.items()))))
    print('alerts:  %d  %s' % (sum(ac.values()), dict(sorted(ac.items()))))


def main():
    check_only = '--check' in sys.argv
    files, exp = produce()
    if check_only:
        for name, data in files.items():
            p = os.path.join(HERE, name)
            if not os.path.exists(p) or open(p, 'rb').read() != data:
                print('DIFFERS from generator output: %s' % name)
                sys.exit(1)
    else:
        for name, data in files.items():
            with open(os.path.join(HERE, name), 'wb') as fh:
                fh.write(data)
    errs = validate(exp, files)
    summary(exp)
    if errs:
        print('\nVALIDATION FAILED (%d):' % len(errs))
        for e in errs:
            print('  - ' + e)
        sys.exit(1)
    print('\nvalidation passed')


if __name__ == '__main__':
    main()
