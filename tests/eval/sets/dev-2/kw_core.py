"""kw_core: people, dates, mail-client quoting, the Story/Msg model and MIME building.

Part of the dev-2 scenario generator (Kassenwerk GmbH). Standard library only.
"""
import csv
import datetime as dt
import email
import hashlib
import html
import io
import mailbox
import os
import re
import statistics
import sys
from email import policy
from email.generator import BytesGenerator
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.default.clone(linesep='\n', max_line_length=78)

AS_OF = dt.date(2026, 9, 30)
WINDOW_START = dt.date(2026, 6, 1)
FIRST60_END = WINDOW_START + dt.timedelta(days=59)      # 2026-07-30 inclusive
LAST30_START = AS_OF - dt.timedelta(days=29)            # 2026-09-01 inclusive
AS_OF_END = dt.datetime(2026, 9, 30, 23, 59, 59, tzinfo=dt.timezone(dt.timedelta(hours=2)))
VENDOR_DOMAINS = ['kassenwerk.de', 'kassenwerk.com']

HUMAN = 'human'
AUTO_KINDS = {'ooo', 'ticket', 'newsletter', 'calendar', 'bounce', 'receipt', 'notice', 'survey', 'recall'}


def h(s, n=8):
    return hashlib.sha1(s.encode('utf-8')).hexdigest()[:n]


def hnum(s, mod):
    return int(hashlib.sha1(s.encode('utf-8')).hexdigest(), 16) % mod


# --------------------------------------------------------------------------- people
class P:
    def __init__(self, email_, name, title, org, client, sig='', tz=2, lang='de', sigs=None):
        self.email = email_
        self.name = name
        self.title = title
        self.org = org            # 'V' for the vendor, else the account key
        self.client = client
        self.sig = sig
        self.tz = tz
        self.lang = lang
        self.sigs = sigs or []    # [(from_date 'YYYY-MM-DD', sig, title)] later versions

    @property
    def domain(self):
        return self.email.split('@', 1)[1].lower()

    def addr(self):
        return Address(self.name, addr_spec=self.email) if self.name else Address(addr_spec=self.email)

    def fmt(self):
        return '%s <%s>' % (self.name, self.email) if self.name else self.email

    def sig_at(self, d):
        sig, title = self.sig, self.title
        for frm, s, t in self.sigs:
            if d >= dt.date.fromisoformat(frm):
                sig, title = s, t
        return sig, title


def vendor(p):
    return p.org == 'V'


# --------------------------------------------------------------------------- date helpers
WD_DE = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
MO_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
         'Oktober', 'November', 'Dezember']
WD_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
WD_FR_ABBR = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
MO_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
         'octobre', 'novembre', 'décembre']
WD_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MO_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
         'October', 'November', 'December']


def mkdt(s, tzh, key):
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    return d.replace(second=hnum(key + 's', 60), tzinfo=dt.timezone(dt.timedelta(hours=tzh)))


def hm(d):
    return '%02d:%02d' % (d.hour, d.minute)


def attribution(client, d, frm, to, cc, subject, lang):
    """Header block / attribution line a mail client writes above the quoted parent."""
    tos = '; '.join(p.name or p.email for p in to)
    ccs = '; '.join(p.name or p.email for p in cc)
    if client == 'outlook_de':
        s = ('________________________________\nVon: %s <%s>\nGesendet: %s, %d. %s %d %s\nAn: %s\n'
             % (frm.name, frm.email, WD_DE[d.weekday()], d.day, MO_DE[d.month - 1], d.year, hm(d), tos))
        if ccs:
            s += 'Cc: %s\n' % ccs
        return s + 'Betreff: %s\n' % subject, False
    if client == 'outlook_de_old':
        s = ('-----Ursprüngliche Nachricht-----\nVon: %s [mailto:%s]\nGesendet: %s, %d. %s %d %s\nAn: %s\n'
             % (frm.name, frm.email, WD_DE[d.weekday()], d.day, MO_DE[d.month - 1], d.year, hm(d), tos))
        if ccs:
            s += 'Cc: %s\n' % ccs
        return s + 'Betreff: %s\n' % subject, False
    if client == 'outlook_fr':
        s = ('________________________________\nDe : %s <%s>\nEnvoyé : %s %d %s %d %s\nÀ : %s\n'
             % (frm.name, frm.email, WD_FR[d.weekday()], d.day, MO_FR[d.month - 1], d.year, hm(d), tos))
        if ccs:
            s += 'Cc : %s\n' % ccs
        return s + 'Objet : %s\n' % subject, False
    if client == 'outlook_en':
        hr = d.hour % 12 or 12
        s = ('________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\n'
             % (frm.name, frm.email, WD_EN[d.weekday()], MO_EN[d.month - 1], d.day, d.year, hr, d.minute,
                'AM' if d.hour < 12 else 'PM', tos))
        if ccs:
            s += 'Cc: %s\n' % ccs
        return s + 'Subject: %s\n' % subject, False
    if client == 'outlook_en_old':
        s = ('-----Original Message-----\nFrom: %s <%s>\nSent: %02d %s %d %s\nTo: %s\n'
             % (frm.name, frm.email, d.day, MO_EN[d.month - 1], d.year, hm(d), tos))
        if ccs:
            s += 'Cc: %s\n' % ccs
        return s + 'Subject: %s\n' % subject, False
    if client == 'gmail_fr':
        return ('Le %s %d %s %d à %s, %s <%s> a écrit :\n'
                % (WD_FR_ABBR[d.weekday()], d.day, MO_FR[d.month - 1], d.year, hm(d), frm.name, frm.email)), True
    if client == 'gmail_en':
        return ('On %s, %d %s %d at %s, %s <%s> wrote:\n'
                % (WD_EN[d.weekday()][:3], d.day, MO_EN[d.month - 1][:3], d.year, hm(d), frm.name, frm.email)), True
    if client == 'apple_de':
        return ('Am %02d.%02d.%d um %s schrieb %s <%s>:\n' % (d.day, d.month, d.year, hm(d), frm.name, frm.email)), 'apple'
    if client == 'apple_fr':
        return ('Le %d %s %d à %s, %s <%s> a écrit :\n' % (d.day, MO_FR[d.month - 1], d.year, hm(d), frm.name, frm.email)), 'apple'
    if client == 'apple_en':
        return ('On %d %s %d, at %s, %s <%s> wrote:\n' % (d.day, MO_EN[d.month - 1][:3], d.year, hm(d), frm.name, frm.email)), 'apple'
    if client == 'thunderbird_de':
        return ('Am %02d.%02d.%02d um %s schrieb %s:\n' % (d.day, d.month, d.year % 100, hm(d), frm.name)), True
    if client == 'notes':
        s = ('From:\t%s <%s>\nTo:\t%s\n' % (frm.name, frm.email, ', '.join(p.email for p in to)))
        if cc:
            s += 'Cc:\t%s\n' % ', '.join(p.email for p in cc)
        s += 'Date:\t%02d/%02d/%d %s\nSubject:\t%s\n' % (d.day, d.month, d.year, hm(d), subject)
        return s, False
    raise ValueError(client)


def quote_block(client, parent):
    head, prefixed = attribution(client, parent.dt, parent.frm, parent.to, parent.cc, parent.subject, None)
    body = parent.body.rstrip('\n')
    if prefixed == 'apple':
        lines = (head + '\n' + body).split('\n')
        return '\n'.join(('> ' + l) if l else '>' for l in lines)
    if prefixed:
        return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in body.split('\n'))
    return head + '\n' + body


def forward_block(client, f):
    """f has .frm .to .cc .dt .subject .body (a Msg or an External)."""
    if client == 'gmail_fr':
        tos = ', '.join('%s <%s>' % (p.name, p.email) if p.name else p.email for p in f.to)
        return ('---------- Forwarded message ---------\nDe : %s <%s>\nDate: %s %d %s %d à %s\nSubject: %s\nTo: %s\n\n%s'
                % (f.frm.name, f.frm.email, WD_FR_ABBR[f.dt.weekday()], f.dt.day, MO_FR[f.dt.month - 1], f.dt.year,
                   hm(f.dt), f.subject, tos, f.body.rstrip('\n')))
    if client == 'gmail_en':
        tos = ', '.join('%s <%s>' % (p.name, p.email) if p.name else p.email for p in f.to)
        return ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %d %s %d at %s\nSubject: %s\nTo: %s\n\n%s'
                % (f.frm.name, f.frm.email, WD_EN[f.dt.weekday()][:3], f.dt.day, MO_EN[f.dt.month - 1][:3],
                   f.dt.year, hm(f.dt), f.subject, tos, f.body.rstrip('\n')))
    if client == 'apple_de' or client == 'apple_fr' or client == 'apple_en':
        word = {'apple_de': 'Anfang der weitergeleiteten Nachricht:', 'apple_fr': 'Début du message réexpédié :',
                'apple_en': 'Begin forwarded message:'}[client]
        tos = ', '.join('%s <%s>' % (p.name, p.email) if p.name else p.email for p in f.to)
        lab = {'apple_de': ('Von', 'Betreff', 'Datum', 'An'), 'apple_fr': ('De', 'Objet', 'Date', 'À'),
               'apple_en': ('From', 'Subject', 'Date', 'To')}[client]
        if client == 'apple_de':
            when = '%d. %s %d um %s' % (f.dt.day, MO_DE[f.dt.month - 1], f.dt.year, hm(f.dt))
        elif client == 'apple_fr':
            when = '%d %s %d à %s' % (f.dt.day, MO_FR[f.dt.month - 1], f.dt.year, hm(f.dt))
        else:
            when = '%d %s %d at %s' % (f.dt.day, MO_EN[f.dt.month - 1], f.dt.year, hm(f.dt))
        return ('%s\n\n%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n%s'
                % (word, lab[0], f.frm.name, f.frm.email, lab[1], f.subject, lab[2], when, lab[3], tos,
                   f.body.rstrip('\n')))
    if client.startswith('thunderbird'):
        tos = ', '.join('%s <%s>' % (p.name, p.email) if p.name else p.email for p in f.to)
        return ('-------- Weitergeleitete Nachricht --------\nBetreff: \t%s\nDatum: \t%s\nVon: \t%s <%s>\nAn: \t%s\n\n%s'
                % (f.subject, format_datetime(f.dt), f.frm.name, f.frm.email, tos, f.body.rstrip('\n')))
    if client == 'notes':
        return ('----- Forwarded by %s on %02d/%02d/%d %s -----\n\n%s'
                % (f.fwd_by_notes, f.fwd_dt.day, f.fwd_dt.month, f.fwd_dt.year, hm(f.fwd_dt),
                   quote_block('notes', f).rstrip('\n')))
    head, _ = attribution(client, f.dt, f.frm, f.to, f.cc, f.subject, None)
    return head + '\n' + f.body.rstrip('\n')


class External:
    """A mail that is not in the set (newsletter received by the customer, internal memo...)."""

    def __init__(self, frm, to, d, subject, body, cc=()):
        self.frm, self.to, self.dt, self.subject, self.body, self.cc = frm, list(to), d, subject, body, list(cc)


# --------------------------------------------------------------------------- messages
class Msg:
    pass


PREFIX_RE = re.compile(r'^\s*((re|aw|wg|fw|fwd|tr|wtr)\s?:\s*)+', re.I)
REPLY_PREFIX = {'outlook_de': 'AW: ', 'outlook_de_old': 'AW: ', 'outlook_fr': 'RE : ', 'outlook_en': 'RE: ',
                'outlook_en_old': 'RE: ', 'gmail_fr': 'Re: ', 'gmail_en': 'Re: ', 'apple_de': 'Re: ',
                'apple_fr': 'Re: ', 'apple_en': 'Re: ', 'thunderbird_de': 'Re: ', 'notes': 'Re: '}
FWD_PREFIX = {'outlook_de': 'WG: ', 'outlook_de_old': 'WG: ', 'outlook_fr': 'TR : ', 'outlook_en': 'FW: ',
              'outlook_en_old': 'FW: ', 'gmail_fr': 'Fwd: ', 'gmail_en': 'Fwd: ', 'apple_de': 'WG: ',
              'apple_fr': 'Fwd: ', 'apple_en': 'Fwd: ', 'thunderbird_de': 'WG: ', 'notes': 'Fw: '}


def base_subject(s):
    return PREFIX_RE.sub('', s).strip()


class Story:
    def __init__(self, key, name, domains, owner, arr, renewal, segment, scenario, mbox, summary):
        self.key, self.name, self.domains, self.owner = key, name, domains, owner
        self.arr, self.renewal, self.segment, self.scenario = arr, renewal, segment, scenario
        self.mbox, self.summary = mbox, summary
        self.msgs = {}
        self.order = []
        self.alerts = []
        self.contact_overrides = {}   # email -> dict(status=..., until=..., note=...)
        self.story = ''

    # -- ids -----------------------------------------------------------------
    def make_id(self, key, client, frm, kind):
        s = self.key + ':' + key
        hx = hashlib.sha1(s.encode()).hexdigest().upper()
        dom = frm.domain
        if kind == 'ticket':
            return '<kw-ticket.%s.%s@support.kassenwerk.de>' % (hx[:6].lower(), hx[6:14].lower())
        if kind in ('newsletter', 'notice', 'survey'):
            return '<%s.%s@mailing.kassenwerk.de>' % (hx[:14].lower(), hx[14:22].lower())
        if kind == 'bounce':
            return '<%s.%s@%s>' % (hx[:10], hx[10:16], frm.domain)
        if client in ('outlook_de', 'outlook_fr', 'outlook_en', 'outlook_en_old'):
            pod = {'kassenwerk.de': 'FR2P281MB', 'kassenwerk.com': 'FR2P281MB'}.get(dom, 'AM%dPR0%dMB' % (hnum(dom, 9) + 1, hnum(dom + 'x', 8) + 1))
            srv = '%s%04d' % (pod, hnum(dom, 9000) + 1000)
            return '<%s%s@%s.%s.prod.outlook.com>' % (srv, hx[:22], srv, 'DEUP281' if pod.startswith('FR') else 'eurprd0%d' % (hnum(dom, 7) + 1))
        if client == 'outlook_de_old':
            return '<%s$%s$%s@%s>' % (hx[:12], hx[12:20], hx[20:28], 'EXCH01.' + dom.split('.')[0] + '.local')
        if client.startswith('gmail'):
            import base64
            b = base64.b64encode(hashlib.sha1(s.encode()).digest() + hashlib.md5(s.encode()).digest()).decode()
            b = b.replace('/', '_').replace('+', '-').rstrip('=')
            return '<CA%s@mail.gmail.com>' % b[:38]
        if client.startswith('apple'):
            return '<%s-%s-%s-%s-%s@%s>' % (hx[:8], hx[8:12], hx[12:16], hx[16:20], hx[20:32], dom)
        if client == 'thunderbird_de':
            hl = hx.lower()
            return '<%s-%s-%s-%s-%s@%s>' % (hl[:8], hl[8:12], hl[12:16], hl[16:20], hl[20:32], dom)
        if client == 'notes':
            return '<OF%s.%s-ON80258A2B.%s-80258A2B.%s@%s>' % (hx[:8], hx[8:16], hx[16:24], hx[24:32], dom)
        return '<%s@%s>' % (hx[:24].lower(), dom)

    # -- main builder ----------------------------------------------------------
    def m(self, key, date, frm, to=None, subject=None, body='', cc=None, parent=None, fwd=None, kind=HUMAN,
          client=None, neg=None, signals=(), sig=True, quote=True, drop_refs=None, attach=(), html_only=False,
          expects=True, extra=None, bcc=(), raw=None, ooo_of=None, cte=None, alt_html=None):
        assert key not in self.msgs, key
        x = Msg()
        x.key, x.story = key, self
        x.frm = frm
        x.client = client or frm.client
        x.dt = mkdt(date, frm.tz, self.key + key)
        x.kind = kind
        x.neg = neg
        x.signals = [tuple(sg) if len(sg) == 3 else (sg[0], sg[1], {}) for sg in signals]
        x.expects = expects
        x.parent = parent
        x.bcc = list(bcc)
        x.attach = list(attach)
        x.html_only = html_only
        x.extra = extra or []
        x.raw = raw
        x.cte = cte
        x.alt_html = alt_html
        par = self.msgs[parent] if parent else None
        if par is not None:
            assert par.dt < x.dt, (key, parent)
        if to is None:
            assert par is not None, key
            if par.frm.org == frm.org:      # follow-up to one's own side's mail: same recipients
                to = [p for p in par.to if p.email != frm.email]
            else:
                to = [par.frm]
        x.to = list(to)
        if cc is None:
            if par is not None and kind == HUMAN:
                everyone = [par.frm] + par.to + par.cc
                x.cc = []
                for p in everyone:
                    if p.email != frm.email and p.email not in [t.email for t in x.to] and \
                            p.email not in [c.email for c in x.cc] and not p.email.startswith(('support@', 'news@')):
                        x.cc.append(p)
            else:
                x.cc = []
        else:
            x.cc = list(cc)
        if subject is None:
            if par is not None:
                subject = REPLY_PREFIX[x.client] + base_subject(par.subject)
            elif fwd is not None:
                f = self.msgs[fwd] if isinstance(fwd, str) else fwd
                subject = FWD_PREFIX[x.client] + base_subject(f.subject)
        x.subject = subject
        x.new_text = body.strip('\n')
        text = x.new_text
        if sig and kind == HUMAN:
            s, _t = frm.sig_at(x.dt.date())
            if s:
                if x.client.startswith('gmail'):
                    text += '\n\n-- \n' + s
                else:
                    text += '\n\n' + s
        if fwd is not None:
            f = self.msgs[fwd] if isinstance(fwd, str) else fwd
            text += '\n\n' + forward_block(x.client, f)
        if par is not None and quote:
            text += '\n\n' + quote_block(x.client, par)
        x.body = text + '\n'
        if drop_refs is None:
            drop_refs = (x.client == 'notes')
        x.drop_refs = drop_refs
        x.msgid = self.make_id(key, x.client, frm, kind)
        x.in_reply_to = None
        x.references = []
        if par is not None and not drop_refs:
            x.in_reply_to = par.msgid
            x.references = (par.references + [par.msgid])[-8:]
        self.msgs[key] = x
        self.order.append(key)
        return x

    def alert(self, type_, severity, date, evidence, note, **kw):
        a = dict(type=type_, severity=severity, date=date, evidence=list(evidence), note=note)
        a.update(kw)
        self.alerts.append(a)


# --------------------------------------------------------------------------- MIME building
MAILER = {
    'outlook_de': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'outlook_de_old': ('X-Mailer', 'Microsoft Office Outlook 12.0'),
    'outlook_fr': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'outlook_en': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'outlook_en_old': ('X-Mailer', 'Microsoft Outlook 14.0'),
    'apple_de': ('X-Mailer', 'Apple Mail (2.3826.600.51.1.1)'),
    'apple_fr': ('X-Mailer', 'iPhone Mail (21G93)'),
    'apple_en': ('X-Mailer', 'iPhone Mail (21G93)'),
    'thunderbird_de': ('User-Agent', 'Mozilla Thunderbird'),
    'notes': ('X-Mailer', 'Lotus Notes Release 9.0.1FP10 SHF148 January 06, 2020'),
}


def to_html(text, client):
    out = []
    for para in text.split('\n\n'):
        out.append('<p>' + html.escape(para).replace('\n', '<br>\n') + '</p>')
    if client.startswith('gmail'):
        return '<div dir="ltr">' + '\n'.join(out) + '</div>\n'
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="%s"><div class="WordSection1">\n' % ('de-DE' if 'de' in client else 'fr-FR' if 'fr' in client else 'en-GB')
            + '\n'.join(out) + '\n</div></body></html>\n')


def pick_cte(x, text):
    if x.cte:
        return x.cte
    try:
        text.encode('ascii')
        return '7bit'
    except UnicodeEncodeError:
        pass
    if x.client == 'notes':
        return 'base64'
    if x.client.startswith('gmail') and hnum(x.key, 3) == 0:
        return 'base64'
    return 'quoted-printable'


def set_common_headers(e, x):
    e['From'] = x.frm.addr()
    e['To'] = [p.addr() for p in x.to]
    if x.cc:
        e['Cc'] = [p.addr() for p in x.cc]
    if x.bcc:
        e['Bcc'] = [p.addr() for p in x.bcc]
    e['Subject'] = x.subject
    e['Date'] = format_datetime(x.dt)
    e['Message-ID'] = x.msgid
    if x.in_reply_to:
        e['In-Reply-To'] = x.in_reply_to
        e['References'] = ' '.join(x.references)
    if x.kind == HUMAN and (getattr(x.frm, 'mailer', None) or x.client in MAILER):
        k, v = getattr(x.frm, 'mailer', None) or MAILER[x.client]
        e[k] = v
    if x.kind == HUMAN and x.client.startswith('outlook'):
        e['Thread-Topic'] = base_subject(x.subject)
        e['Content-Language'] = {'outlook_fr': 'fr-FR', 'outlook_en': 'en-GB', 'outlook_en_old': 'en-IE'}.get(x.client, 'de-DE')
    for k, v in x.extra:
        e[k] = v


def build(x):
    if x.raw is not None:
        e = x.raw(x)
        return e
    e = EmailMessage(policy=POL)
    set_common_headers(e, x)
    body = x.body
    if x.html_only:
        e.set_content(body, subtype='html', charset='utf-8', cte=x.cte or 'quoted-printable')
    else:
        cte = pick_cte(x, body)
        e.set_content(body, charset='utf-8', cte=cte)
        if x.alt_html is not None:
            e.add_alternative(x.alt_html, subtype='html', charset='utf-8', cte='quoted-printable')
        elif x.kind == HUMAN and (x.client.startswith('outlook') or x.client.startswith('gmail')) and hnum(x.key + 'alt', 3) != 0:
            e.add_alternative(to_html(body, x.client), subtype='html', charset='utf-8', cte='quoted-printable')
    for fname, ctype, data in x.attach:
        maintype, subtype = ctype.split('/')
        e.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return e


def fake_pdf(title):
    t = title.encode('latin-1', 'replace').decode('latin-1')
    stream = 'BT /F1 12 Tf 72 770 Td (%s) Tj ET' % t
    body = ('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
            '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n'
            '4 0 obj<</Length ' + str(len(stream)) + '>>stream\n' + stream + '\nendstream endobj\n'
            'trailer<</Root 1 0 R>>\n%%EOF\n')
    return body.encode('latin-1')




# --------------------------------------------------------------------------- the vendor's people
KW_FOOT_DE = ('Kassenwerk GmbH · Karl-Heine-Straße 99 · 04229 Leipzig · www.kassenwerk.de\n'
              'Sitz der Gesellschaft: Leipzig · Amtsgericht Leipzig HRB 38114\n'
              'Geschäftsführer: Henrik Sommer, Dr. Miriam Ost\n\n'
              'Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, '
              'informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.')
KW_FOOT_FR = ('Kassenwerk GmbH – Bureau de Paris · 37 rue des Mathurins · 75008 Paris\n'
              'www.kassenwerk.com/fr\n\n'
              'Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.')
KW_FOOT_EN = ('Kassenwerk GmbH · Dublin office · 4 Grand Canal Square · Dublin 2 · www.kassenwerk.com\n'
              'Registered office: Leipzig, Germany · HRB 38114\n\n'
              'This e-mail and any attachments are confidential and intended solely for the addressee.')

JANA = P('jana.hoffmann@kassenwerk.de', 'Jana Hoffmann', 'Key Account Managerin DACH', 'V', 'outlook_de',
         sig='Viele Grüße\nJana Hoffmann\nKey Account Managerin DACH\nT +49 341 98 76 54-212 · M +49 171 442 90 17\n\n'
             + KW_FOOT_DE)
CAMILLE = P('camille.rousseau@kassenwerk.com', 'Camille Rousseau', 'Responsable Grands Comptes France & Benelux', 'V',
            'outlook_fr', sig='Bien cordialement,\nCamille Rousseau\nResponsable Grands Comptes France & Benelux\n'
                              '+33 1 84 60 22 17 · +33 6 71 20 44 93\n\n' + KW_FOOT_FR, lang='fr')
NIALL = P('niall.brennan@kassenwerk.com', 'Niall Brennan', 'Account Manager UK & Ireland', 'V', 'outlook_en',
          sig='Kind regards,\nNiall Brennan\nAccount Manager, UK & Ireland\n+353 1 903 4471 · +353 87 219 6630\n\n'
              + KW_FOOT_EN, tz=1, lang='en')
TOBIAS = P('tobias.reuter@kassenwerk.de', 'Tobias Reuter', 'Solution Consultant', 'V', 'outlook_de',
           sig='Beste Grüße\nTobias Reuter\nSolution Consultant Warenwirtschaft\n\n' + KW_FOOT_DE)
SABINE = P('sabine.krueger@kassenwerk.de', 'Sabine Krüger', 'Vertragsmanagement', 'V', 'outlook_de',
           sig='Freundliche Grüße\nSabine Krüger\nVertragsmanagement & Abrechnung\n\n' + KW_FOOT_DE)
MAIWALD = P('frank.maiwald@kassenwerk.de', 'Dr. Frank Maiwald', 'VP Sales DACH', 'V', 'outlook_de',
            sig='Mit freundlichen Grüßen\nDr. Frank Maiwald\nVice President Sales DACH\n\n' + KW_FOOT_DE)
JULIEN = P('julien.mercier@kassenwerk.com', 'Julien Mercier', 'Ingénieur avant-vente', 'V', 'outlook_fr',
           sig='Julien Mercier\nIngénieur avant-vente · Kassenwerk France\n\n' + KW_FOOT_FR, lang='fr')
AOIFE = P('aoife.kinsella@kassenwerk.com', 'Aoife Kinsella', 'Onboarding Manager', 'V', 'outlook_en',
          sig='Best,\nAoife Kinsella\nOnboarding Manager, Kassenwerk UK & Ireland\n\n' + KW_FOOT_EN, tz=1, lang='en')


def unmangle(text):
    """Undo mbox >From-escaping for comparisons."""
    return re.sub(r'(?m)^>From ', 'From ', text)
