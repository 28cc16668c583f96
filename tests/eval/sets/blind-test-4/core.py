# -*- coding: utf-8 -*-
"""Core machinery for the blind-test-4 scenario set (imported by generate.py)."""
import random, hashlib, re, uuid
from datetime import datetime, timedelta, timezone

SEED = 4242
R = random.Random(SEED)

VENDOR_DOMAINS = ['solanopayroll.com', 'solano.es', 'solano.nl']
AS_OF = '2026-09-30'

# ---------------------------------------------------------------- people
P = {}   # key -> dict(name, email, title, side, lang, client, sig)


def person(key, name, email, title, client='outlook', sig=None, lang='en'):
    P[key] = dict(key=key, name=name, email=email, title=title, client=client,
                  sig=sig if sig is not None else f"{name}\n{title}", lang=lang)


def is_vendor(email):
    return email.split('@')[1].lower() in VENDOR_DOMAINS

# ---------------------------------------------------------------- messages


class Msg:
    pass


def parse_date(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M %z')


DAYS = {'en': ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
        'es': ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
        'nl': ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']}
MONS = {'en': ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
        'es': ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
        'nl': ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']}
HDR = {'en': ('From', 'Sent', 'To', 'Cc', 'Subject'),
       'es': ('De', 'Enviado el', 'Para', 'CC', 'Asunto'),
       'nl': ('Van', 'Verzonden', 'Aan', 'CC', 'Onderwerp')}


def fmt_addr(k):
    p = P[k]
    return f"{p['name']} <{p['email']}>"


def attribution(parent, client, lang):
    d = parent.dt
    hm = d.strftime('%H:%M')
    n, e = P[parent.frm]['name'], P[parent.frm]['email']
    if client in ('gmail',):
        if lang == 'es':
            return f"El {DAYS['es'][d.weekday()]}, {d.day} {MONS['es'][d.month-1]} {d.year} a las {hm}, {n} (<{e}>) escribió:"
        if lang == 'nl':
            return f"Op {DAYS['nl'][d.weekday()]} {d.day} {MONS['nl'][d.month-1]} {d.year} om {hm} schreef {n} <{e}>:"
        h12 = d.strftime('%I:%M %p').lstrip('0')
        return f"On {DAYS['en'][d.weekday()]}, {MONS['en'][d.month-1]} {d.day}, {d.year} at {h12} {n} <{e}> wrote:"
    if client in ('apple', 'iphone'):
        if lang == 'es':
            return f"El {d.day} {MONS['es'][d.month-1]} {d.year}, a las {hm}, {n} <{e}> escribió:"
        if lang == 'nl':
            return f"Op {d.day} {MONS['nl'][d.month-1]} {d.year}, om {hm} heeft {n} <{e}> het volgende geschreven:"
        return f"On {d.day} {MONS['en'][d.month-1]} {d.year}, at {hm}, {n} <{e}> wrote:"
    if client == 'thunderbird':
        if lang == 'es':
            return f"El {d.day}/{d.month}/{d.strftime('%y')} a las {hm}, {n} escribió:"
        if lang == 'nl':
            return f"Op {d.strftime('%d-%m-%Y')} om {hm} schreef {n}:"
        return f"On {d.strftime('%m/%d/%Y')} {hm}, {n} wrote:"
    return None


def header_block(parent, lang, lotus=False):
    d = parent.dt
    f, s, t, c, sub = HDR[lang]
    to = '; '.join(P[k]['name'] for k in parent.to)
    if lotus:
        lines = [f"{f}:\t{P[parent.frm]['name']} <{P[parent.frm]['email']}>",
                 f"{t}:\t{to}",
                 f"{'Datum' if lang == 'nl' else ('Fecha' if lang == 'es' else 'Date')}:\t{d.strftime('%d/%m/%Y %H:%M')}",
                 f"{sub}:\t{parent.subject}"]
    else:
        if lang == 'en':
            ds = d.strftime('%A, %B ') + str(d.day) + d.strftime(', %Y %I:%M %p')
        elif lang == 'es':
            wd = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'][d.weekday()]
            mo = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre',
                  'octubre', 'noviembre', 'diciembre'][d.month-1]
            ds = f"{wd}, {d.day} de {mo} de {d.year} {d.strftime('%H:%M')}"
        else:
            wd = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'][d.weekday()]
            mo = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
                  'oktober', 'november', 'december'][d.month-1]
            ds = f"{wd} {d.day} {mo} {d.year} {d.strftime('%H:%M')}"
        lines = [f"{f}: {P[parent.frm]['name']} <{P[parent.frm]['email']}>", f"{s}: {ds}", f"{t}: {to}"]
        if parent.cc:
            lines.append(f"{c}: " + '; '.join(P[k]['name'] for k in parent.cc))
        lines.append(f"{sub}: {parent.subject}")
    return '\n'.join(lines)


def quote_text(parent, client, lang):
    body = parent.full_body
    if client in ('outlook', 'oldoutlook'):
        sep = '________________________________' if client == 'outlook' else '-----Original Message-----'
        if client == 'oldoutlook' and lang == 'es':
            sep = '-----Mensaje original-----'
        if client == 'oldoutlook' and lang == 'nl':
            sep = '-----Oorspronkelijk bericht-----'
        return f"{sep}\n{header_block(parent, lang)}\n\n{body}"
    if client == 'lotus':
        return f"{header_block(parent, lang, lotus=True)}\n\n{body}"
    att = attribution(parent, client, lang)
    if att is None:  # ticketing system: quotes like Gmail
        att = attribution(parent, 'gmail', lang)
    q = '\n'.join(('>' + l if l.startswith('>') else ('> ' + l if l else '>')) for l in body.split('\n'))
    return f"{att}\n\n{q}"


def make_msgid(client, domain, region='us'):
    h = ''.join(R.choice('0123456789ABCDEF') for _ in range(32))
    if client in ('outlook', 'oldoutlook'):
        if domain in ('solanopayroll.com',) or region == 'us':
            host = f"{R.choice(['DM6PR', 'SN7PR', 'CH3PR', 'BY5PR'])}{R.randint(10, 19)}MB{R.randint(1000, 9999)}.namprd{R.randint(10, 19)}.prod.outlook.com"
        else:
            host = f"{R.choice(['AM0PR', 'DB9PR', 'PAXPR', 'VI1PR'])}0{R.randint(1, 9)}MB{R.randint(1000, 9999)}.eurprd0{R.randint(1, 9)}.prod.outlook.com"
        return f"<{R.choice(['DM', 'SN', 'AM', 'PA'])}{h[:24]}@{host}>"
    if client == 'gmail':
        s = ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+') for _ in range(42))
        return f"<CA{s}@mail.gmail.com>"
    if client in ('apple', 'iphone'):
        u = uuid.UUID(int=R.getrandbits(128), version=4)
        return f"<{str(u).upper()}@{domain}>"
    if client == 'thunderbird':
        u = uuid.UUID(int=R.getrandbits(128), version=4)
        return f"<{u}@{domain}>"
    if client == 'lotus':
        return f"<OF{h[:8]}.{h[8:16]}-ON{h[16:24]}.{h[24:32]}@{domain}>"
    # system mail
    return f"<{h[:20].lower()}.{R.randint(100000, 999999)}@{domain}>"


MAILER = {'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'),
          'oldoutlook': ('X-Mailer', 'Microsoft Office Outlook 12.0'),
          'lotus': ('X-Mailer', 'Lotus Notes Release 9.0.1FP10 SHF427 March 15, 2019'),
          'apple': ('X-Mailer', 'Apple Mail (2.3774.600.62)'),
          'iphone': ('X-Mailer', 'iPhone Mail (22G86)'),
          'thunderbird': ('User-Agent', 'Mozilla Thunderbird 128.2.0'),
          'gmail': None, 'system': ('X-Mailer', 'Solano Notify 4.2')}

# ---------------------------------------------------------------- builder
ACCOUNTS = []
CUR = {}


def account(**kw):
    kw['msgs'] = []
    kw['keys'] = {}
    kw.setdefault('alerts', [])
    ACCOUNTS.append(kw)
    CUR['a'] = kw
    return kw


def M(key, date, frm, to, subj=None, body='', cc=(), re=None, quote=True, drop_irt=False,
      client=None, neg=None, sig=(), kind='human', ics=None, fwd=None, ask=False, lang=None,
      sigblock=True, irt_missing_target=False):
    a = CUR['a']
    m = Msg()
    m.key, m.date, m.frm, m.to, m.cc = key, date, frm, list(to), list(cc)
    m.dt = parse_date(date)
    m.re, m.quote, m.drop_irt = re, quote, drop_irt
    m.client = client or P[frm]['client']
    m.lang = lang or P[frm]['lang']
    m.neg, m.sig, m.kind, m.ics, m.fwd, m.ask = neg, list(sig), kind, ics, fwd, ask
    m.body, m.sigblock = body.strip('\n'), sigblock
    m.subj_given = subj
    assert key not in a['keys'], key
    a['keys'][key] = m
    a['msgs'].append(m)
    return m


def strip_prefix(s):
    return re.sub(r'^((re|rv|fw|fwd|rv|antw|aw|wg|doorst|tr)\s*:\s*)+', '', s, flags=re.I)


def finish_account(a):
    region = a.get('region', 'us')
    for m in sorted(a['msgs'], key=lambda x: x.dt):
        dom = P[m.frm]['email'].split('@')[1]
        m.msgid = make_msgid(m.client, dom, region)
    for m in a['msgs']:
        parent = a['keys'][m.re] if m.re else None
        m.parent = parent
        if m.subj_given is not None:
            m.subject = m.subj_given
        elif parent is not None:
            pre = 'Re: '
            if m.client in ('outlook', 'oldoutlook'):
                pre = 'RE: '
            if m.client == 'lotus' and m.lang == 'nl':
                pre = 'Antw: '
            m.subject = pre + strip_prefix(parent.subject)
        else:
            raise ValueError('no subject ' + m.key)
    # bodies in date order so parents are complete before children
    for m in sorted(a['msgs'], key=lambda x: x.dt):
        sigtxt = P[m.frm]['sig'] if m.sigblock else ''
        new = m.body + ('\n\n' + sigtxt if sigtxt else '')
        m.new_text = new
        full = new
        if m.fwd:
            full += '\n\n' + m.fwd.strip('\n')
        if m.parent is not None and m.quote:
            full += '\n\n' + quote_text(m.parent, m.client, m.lang)
        m.full_body = full


def alert(type, severity, date, evidence, note, due=None):
    d = dict(type=type, severity=severity, date=date, evidence=list(evidence), note=note)
    if due:
        d['due_date'] = due
    CUR['a']['alerts'].append(d)


def contact_meta(key, status, title=None):
    CUR['a'].setdefault('contact_meta', {})[key] = dict(status=status, title=title)
