#!/usr/bin/env python3
"""blind-test-3: Kranich Logistiksoftware GmbH scenario set.

Writes accounts.csv, one mboxrd file per account and expected.yaml into this folder,
then validates everything. Deterministic: no randomness beyond a fixed seed, no clock.
Exit code 0 only when validation passes.
"""
import csv, datetime as dt, hashlib, io, mailbox, os, random, re, statistics, sys
from email.message import EmailMessage
from email.utils import formataddr, format_datetime
from email import policy, message_from_bytes
import yaml

random.seed(20261031)
OUT = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 10, 31)
START = dt.date(2026, 7, 1)
VENDOR_DOMAINS = ('kranich-software.de', 'kranich.cloud')
FIRST60_END = START + dt.timedelta(days=59)        # 2026-08-29 inclusive
LAST30_START = AS_OF - dt.timedelta(days=29)       # 2026-10-02 inclusive

# ----------------------------------------------------------------- time zones
def tz_hours(region, local):
    if region in ('DE', 'AT', 'CH', 'FR'):
        return 2 if local < dt.datetime(2026, 10, 25, 3, 0) else 1
    if region == 'IN':
        return 5.5
    if region == 'WA':
        return 8
    if region == 'NSW':
        return 11 if local >= dt.datetime(2026, 10, 4, 2, 0) else 10
    if region == 'CL':
        return -3 if local >= dt.datetime(2026, 9, 6, 0, 0) else -4
    raise ValueError(region)

def when(s, region):
    local = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    off = tz_hours(region, local)
    return local.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))

# ----------------------------------------------------------------- people
class Person:
    def __init__(self, key, name, email, title, region, lang, mailer, sig='', org=''):
        self.key, self.name, self.email, self.title = key, name, email, title
        self.region, self.lang, self.mailer, self.sig, self.org = region, lang, mailer, sig, org
    @property
    def domain(self):
        return self.email.split('@')[1]
    @property
    def vendor(self):
        return self.domain in VENDOR_DOMAINS
    def addr(self):
        return formataddr((self.name, self.email))

P = {}
def person(key, name, email, title, region, lang, mailer, sig='', org=''):
    P[key] = Person(key, name, email, title, region, lang, mailer, sig, org)
    return P[key]

# ----------------------------------------------------------------- accounts and messages
class Acct:
    def __init__(self, name, slug, domains, owner, arr, renewal, segment, scenario, risk, story):
        self.name, self.slug, self.domains, self.owner = name, slug, domains, owner
        self.arr, self.renewal, self.segment, self.scenario = arr, renewal, segment, scenario
        self.risk, self.story = risk, story
        self.msgs, self.alerts, self.status, self.alert_table = [], [], {}, []
ACCTS = []
MSG = {}

WD = {'de': ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
      'fr': ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
      'en': ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
      'es': ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']}
MO = {'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
      'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
      'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']}

def _names(keys):
    return '; '.join(P[k].name for k in keys)

def quote_block(style, parent):
    """Quoted copy of the parent (header line/block in the client's language + text)."""
    d, p = parent['dt'], P[parent['frm']]
    text = parent['full']
    gt = '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
    hm = d.strftime('%H:%M')
    if style == 'outlook_de':
        return ('-----Ursprüngliche Nachricht-----\nVon: %s <%s>\nGesendet: %s, %d. %s %d %s\nAn: %s\n%sBetreff: %s\n\n%s'
                % (p.name, p.email, WD['de'][d.weekday()], d.day, MO['de'][d.month-1], d.year, hm, _names(parent['to']),
                   ('Cc: %s\n' % _names(parent['cc'])) if parent['cc'] else '', parent['subject'], text))
    if style == 'outlook_en':
        return ('-----Original Message-----\nFrom: %s <%s>\nSent: %s, %d %s %d %s\nTo: %s\nSubject: %s\n\n%s'
                % (p.name, p.email, WD['en'][d.weekday()], d.day, MO['en'][d.month-1], d.year, hm, _names(parent['to']), parent['subject'], text))
    if style == 'outlook_fr':
        return ("-----Message d'origine-----\nDe : %s <%s>\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s\n\n%s"
                % (p.name, p.email, WD['fr'][d.weekday()], d.day, MO['fr'][d.month-1], d.year, hm, _names(parent['to']), parent['subject'], text))
    if style == 'outlook_es':
        return ('-----Mensaje original-----\nDe: %s <%s>\nEnviado el: %s, %d de %s de %d %s\nPara: %s\nAsunto: %s\n\n%s'
                % (p.name, p.email, WD['es'][d.weekday()], d.day, MO['es'][d.month-1], d.year, hm, _names(parent['to']), parent['subject'], text))
    if style == 'gmail_en':
        return 'On %s, %d %s %d at %s, %s <%s> wrote:\n%s' % (WD['en'][d.weekday()][:3], d.day, MO['en'][d.month-1][:3], d.year, hm, p.name, p.email, gt)
    if style == 'gmail_de':
        return 'Am %s., %d. %s %d um %s Uhr schrieb %s <%s>:\n%s' % (WD['de'][d.weekday()][:2], d.day, MO['de'][d.month-1], d.year, hm, p.name, p.email, gt)
    if style == 'gmail_fr':
        return 'Le %s. %d %s. %d à %s, %s <%s> a écrit :\n%s' % (WD['fr'][d.weekday()][:3], d.day, MO['fr'][d.month-1][:4], d.year, hm, p.name, p.email, gt)
    if style == 'gmail_es':
        return 'El %s, %d %s %d a las %s, %s (<%s>) escribió:\n%s' % (WD['es'][d.weekday()][:3], d.day, MO['es'][d.month-1][:3], d.year, hm, p.name, p.email, gt)
    if style == 'apple_en':
        return 'On %d %s %d, at %s, %s <%s> wrote:\n\n%s' % (d.day, MO['en'][d.month-1][:3], d.year, hm, p.name, p.email, gt)
    if style == 'apple_de':
        return 'Am %02d.%02d.%d um %s schrieb %s <%s>:\n\n%s' % (d.day, d.month, d.year, hm, p.name, p.email, gt)
    if style == 'apple_fr':
        return 'Le %d %s %d à %s, %s <%s> a écrit :\n\n%s' % (d.day, MO['fr'][d.month-1][:4] + '.', d.year, hm, p.name, p.email, gt)
    if style == 'apple_es':
        return 'El %d %s %d, a las %d:%02d, %s <%s> escribió:\n\n%s' % (d.day, MO['es'][d.month-1][:3], d.year, d.hour, d.minute, p.name, p.email, gt)
    if style == 'thunderbird_de':
        return 'Am %02d.%02d.%s um %s schrieb %s:\n%s' % (d.day, d.month, str(d.year)[2:], hm, p.name, gt)
    if style == 'notes_fr':
        return ('-----"%s" <%s> a écrit : -----\n\nA : %s\nDe : "%s" <%s>\nDate : %02d/%02d/%d %s\nObjet : %s\n\n%s'
                % (p.name, p.email, _names(parent['to']), p.name, p.email, d.day, d.month, d.year, hm, parent['subject'], text))
    if style == 'notes_de':
        return ('-----"%s" <%s> schrieb: -----\n\nAn: %s\nVon: "%s" <%s>\nDatum: %02d.%02d.%d %s\nBetreff: %s\n\n%s'
                % (p.name, p.email, _names(parent['to']), p.name, p.email, d.day, d.month, d.year, hm, parent['subject'], text))
    raise ValueError(style)

def fwd_block(style, f):
    """A forwarded third-party mail. f: dict(frm, to, date, subject, body)."""
    b = f['body']
    if style == 'outlook_de':
        return '-----Ursprüngliche Nachricht-----\nVon: %s\nGesendet: %s\nAn: %s\nBetreff: %s\n\n%s' % (f['frm'], f['date'], f['to'], f['subject'], b)
    if style == 'outlook_fr':
        return '________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n%s' % (f['frm'], f['date'], f['to'], f['subject'], b)
    if style == 'gmail_en':
        return '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s' % (f['frm'], f['date'], f['subject'], f['to'], b)
    if style == 'gmail_es':
        return '---------- Mensaje reenviado ---------\nDe: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s' % (f['frm'], f['date'], f['subject'], f['to'], b)
    if style == 'gmail_de':
        return '---------- Weitergeleitete Nachricht ---------\nVon: %s\nDate: %s\nSubject: %s\nTo: %s\n\n%s' % (f['frm'], f['date'], f['subject'], f['to'], b)
    if style == 'apple_en':
        return 'Begin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: %s\nTo: %s\n\n%s' % (f['frm'], f['subject'], f['date'], f['to'], b)
    if style == 'apple_fr':
        return 'Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %s\nÀ: %s\n\n%s' % (f['frm'], f['subject'], f['date'], f['to'], b)
    if style == 'apple_de':
        return 'Anfang der weitergeleiteten Nachricht:\n\nVon: %s\nBetreff: %s\nDatum: %s\nAn: %s\n\n%s' % (f['frm'], f['subject'], f['date'], f['to'], b)
    if style == 'thunderbird_de':
        return '-------- Weitergeleitete Nachricht --------\nBetreff: \t%s\nDatum: \t%s\nVon: \t%s\nAn: \t%s\n\n%s' % (f['subject'], f['date'], f['frm'], f['to'], b)
    if style == 'thunderbird_en':
        return '-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s\nTo: \t%s\n\n%s' % (f['subject'], f['date'], f['frm'], f['to'], b)
    if style == 'notes_fr':
        return '----- Transféré par %s le %s -----\n\n%s' % (f['by'], f['date'], b)
    if style == 'notes_de':
        return '----- Weitergeleitet von %s am %s -----\n\n%s' % (f['by'], f['date'], b)
    if style == 'notes_en':
        return '----- Forwarded by %s on %s -----\n\n%s' % (f['by'], f['date'], b)
    raise ValueError(style)

CUR = [None]
def acct(*a, **k):
    A = Acct(*a, **k)
    ACCTS.append(A)
    CUR[0] = A
    return A

def m(key, date, frm, to, subject, body, cc=(), reply=None, drop_irt=False, quote=None, fwd=None,
      signals=(), neg=None, auto=None, ask=False, sig=True, mailer=None, cal=None, headers=None):
    """Add a message to the current account.
    auto: None for human mail, else a kind: auto_reply, calendar, calendar_reply, ticket, ebill, newsletter, notification."""
    A = CUR[0]
    assert key not in MSG, key
    p = P[frm]
    body = body.strip('\n')
    new = body + (('\n\n' + p.sig) if (sig and p.sig) else '')
    full = new
    if quote:
        full += '\n\n' + quote_block(quote, MSG[reply])
    if fwd:
        full += '\n\n' + fwd_block(fwd[0], fwd[1])
    rec = dict(key=key, acct=A, dt=when(date, p.region), frm=frm, to=list(to), cc=list(cc), subject=subject,
               new=new, body=body, full=full, reply=reply, drop_irt=drop_irt, signals=list(signals), neg=neg,
               auto=auto, ask=ask, mailer=mailer or p.mailer, cal=cal, headers=headers or {})
    h = hashlib.sha1(('blind-test-3/' + key).encode()).hexdigest().upper()
    mk = rec['mailer']
    if mk.startswith('outlook'):
        cluster = {'IN': 'PN3PR01', 'WA': 'SYBPR01', 'NSW': 'SYBPR01', 'CL': 'CP5PR80'}.get(p.region, 'EURPRD0' + h[11])
        mid = '<%s%s@%s.PROD.OUTLOOK.COM>' % (p.domain.split('.')[0][:4].upper() + 'PR0' + h[:1] + 'MB', h[1:11], cluster)
    elif mk == 'notes':
        mid = '<OF%s.%s-ON%s.%s@%s>' % (h[:8], h[8:16], h[16:24], h[24:32], p.domain)
    elif mk == 'apple':
        mid = '<%s-%s-%s-%s-%s@%s>' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], p.domain)
    elif mk == 'gmail':
        mid = '<CA+%s%s@mail.gmail.com>' % (h[:14].lower(), h[14:30])
    elif mk == 'iphone':
        mid = '<%s-%s-%s@%s>' % (h[:8], h[8:12], h[12:24], p.domain)
    else:
        mid = '<%s.%s@%s>' % (h[:12].lower(), h[12:20].lower(), p.domain)
    rec['mid'] = mid
    MSG[key] = rec
    A.msgs.append(rec)
    return rec

def status(**kw):
    CUR[0].status.update(kw)

def alert(type_, severity, date, evidence, note):
    CUR[0].alerts.append(dict(type=type_, severity=severity, date=date, evidence=list(evidence), note=note))

# ----------------------------------------------------------------- shared automated mail (vendor systems)
def ebill(key, date, to, lang, number, amount, currency, period):
    txt = {
        'de': ('Ihre Rechnung %s von Kranich Logistiksoftware GmbH' % number,
               'Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie Ihre Rechnung Nr. %s über %s %s (Leistungszeitraum %s).\n'
               'Der Betrag wird gemäß SEPA-Lastschriftmandat frühestens 10 Tage nach Rechnungsdatum eingezogen.\n'
               'Die Rechnung steht Ihnen im Kundenportal unter https://portal.kranich-software.de/rechnungen zum Download bereit.\n\n'
               'Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.\n\n'
               'Kranich Logistiksoftware GmbH · Großer Burstah 31 · 20457 Hamburg\nAmtsgericht Hamburg HRB 141207 · USt-IdNr. DE298765431\nGeschäftsführer: Friedrich Kranich, Dr. Anke Rehberg'),
        'fr': ('Votre facture %s – Kranich Logistiksoftware GmbH' % number,
               'Madame, Monsieur,\n\nveuillez trouver votre facture n° %s d\'un montant de %s %s (période %s).\n'
               'Elle est disponible dans votre espace client : https://portal.kranich-software.de/factures\n\n'
               'Ce message est généré automatiquement, merci de ne pas y répondre.\n\n'
               'Kranich Logistiksoftware GmbH · Großer Burstah 31 · 20457 Hambourg · Allemagne'),
        'en': ('Your invoice %s from Kranich Logistiksoftware GmbH' % number,
               'Dear customer,\n\nplease find attached invoice no. %s for %s %s (service period %s).\n'
               'You can also download it from the customer portal: https://portal.kranich-software.de/invoices\n\n'
               'This is an automatically generated message. Please do not reply.\n\n'
               'Kranich Logistiksoftware GmbH · Grosser Burstah 31 · 20457 Hamburg · Germany'),
        'es': ('Su factura %s de Kranich Logistiksoftware GmbH' % number,
               'Estimado cliente:\n\nadjuntamos la factura n.º %s por %s %s (período %s).\n'
               'También puede descargarla en el portal de clientes: https://portal.kranich-software.de/invoices\n\n'
               'Este mensaje se ha generado automáticamente. Por favor, no responda.\n\n'
               'Kranich Logistiksoftware GmbH · Großer Burstah 31 · 20457 Hamburgo · Alemania')}[lang]
    m(key, date, 'billing', to, txt[0], txt[1] % (number, amount, currency, period), auto='ebill', sig=False,
      neg='automated e-bill from billing@; amounts and payment terms are not pricing talk',
      headers={'Auto-Submitted': 'auto-generated', 'Precedence': 'bulk'})

def ticket(key, date, to, lang, number, title, state, note=''):
    txt = {
        'de': ('[Ticket #%s] %s – Status: %s' % (number, title, state),
               'Guten Tag,\n\nder Status Ihres Tickets #%s „%s“ wurde auf „%s“ gesetzt.\n%s\nSie können das Ticket im Kundenportal einsehen: https://support.kranich-software.de/ticket/%s\n\n'
               '-- \nKranich Support · Diese Nachricht wurde automatisch versendet.'),
        'fr': ('[Ticket #%s] %s – Statut : %s' % (number, title, state),
               'Bonjour,\n\nle statut de votre ticket #%s « %s » est passé à « %s ».\n%s\nConsulter le ticket : https://support.kranich-software.de/ticket/%s\n\n'
               '-- \nSupport Kranich · Message envoyé automatiquement.'),
        'en': ('[Ticket #%s] %s – Status: %s' % (number, title, state),
               'Hello,\n\nthe status of your ticket #%s "%s" has changed to "%s".\n%s\nView the ticket: https://support.kranich-software.de/ticket/%s\n\n'
               '-- \nKranich Support · This message was sent automatically.'),
        'es': ('[Ticket #%s] %s – Estado: %s' % (number, title, state),
               'Hola:\n\nel estado de su ticket #%s «%s» ha cambiado a «%s».\n%s\nVer el ticket: https://support.kranich-software.de/ticket/%s\n\n'
               '-- \nSoporte Kranich · Mensaje enviado automáticamente.')}[lang]
    m(key, date, 'support', to, txt[0], txt[1] % (number, title, state, note, number), auto='ticket', sig=False,
      neg='ticketing system notification; status words are not an escalation by the customer',
      headers={'Auto-Submitted': 'auto-generated', 'X-Ticket-ID': str(number)})

def calendar(key, date, organizer, attendees, title, start_local, minutes, lang, body, neg=None, region=None):
    m(key, date, organizer, attendees, title, body, auto='calendar', sig=False,
      cal=dict(method='REQUEST', title=title, start=start_local, minutes=minutes, region=region),
      neg=neg or 'calendar invitation; meeting logistics, no signal')

def cal_reply(key, date, frm, organizer, invite, lang, note=''):
    pre = {'de': 'Angenommen: ', 'fr': 'Accepté : ', 'en': 'Accepted: ', 'es': 'Aceptado: '}[lang]
    inv = MSG[invite]
    body = note or {'de': '%s hat die Einladung angenommen.', 'fr': '%s a accepté cette invitation.',
                    'en': '%s has accepted this invitation.', 'es': '%s ha aceptado esta invitación.'}[lang] % P[frm].name
    m(key, date, frm, [organizer], pre + inv['subject'], body, reply=invite, auto='calendar_reply', sig=False,
      cal=dict(method='REPLY', title=inv['cal']['title'], start=inv['cal']['start'], minutes=inv['cal']['minutes'], region=inv['cal']['region']),
      neg='calendar acceptance generated by the client; not a human reply')

def autoreply(key, date, frm, to, subject, body, reply=None, neg=None):
    m(key, date, frm, to, subject, body, reply=reply, auto='auto_reply', sig=False,
      neg=neg or 'out-of-office auto-reply', headers={'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All'})

# ================================================================= cast: vendor
person('jana', 'Jana Petersen', 'jana.petersen@kranich-software.de', 'Key Account Managerin DACH', 'DE', 'de', 'outlook',
       'Mit freundlichen Grüßen\nJana Petersen\nKey Account Managerin DACH\nKranich Logistiksoftware GmbH · Großer Burstah 31 · 20457 Hamburg\nT +49 40 3008 5512 · M +49 171 440 2318\n'
       'Amtsgericht Hamburg HRB 141207 · Geschäftsführer: Friedrich Kranich, Dr. Anke Rehberg\n'
       'Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Eine Kündigung, Vertragsänderung oder sonstige rechtsverbindliche Erklärung per E-Mail ist ohne schriftliche Bestätigung nicht wirksam.')
person('tobias', 'Tobias Brandt', 'tobias.brandt@kranich-software.de', 'Solution Engineer', 'DE', 'de', 'outlook',
       'Viele Grüße\nTobias Brandt\nSolution Engineer · Kranich Logistiksoftware GmbH\nT +49 40 3008 5540')
person('uwe', 'Dr. Uwe Kessler', 'uwe.kessler@kranich-software.de', 'Leiter Customer Success', 'DE', 'de', 'outlook',
       'Dr. Uwe Kessler\nLeiter Customer Success · Kranich Logistiksoftware GmbH')
person('support', 'Kranich Support', 'support@kranich-software.de', 'Support (shared mailbox)', 'DE', 'de', 'ticket')
person('billing', 'Kranich Buchhaltung', 'billing@kranich-software.de', 'Billing (shared mailbox)', 'DE', 'de', 'erp')
person('sales', 'Kranich Vertrieb', 'sales@kranich-software.de', 'Sales (shared mailbox)', 'DE', 'de', 'crm')
person('news', 'Kranich Newsroom', 'news@kranich.cloud', 'Marketing', 'FR', 'fr', 'crm')
person('mathilde', 'Mathilde Roux', 'mathilde.roux@kranich.cloud', 'Account Manager France & Suisse romande', 'FR', 'fr', 'outlook',
       'Bien cordialement,\nMathilde Roux\nAccount Manager France & Suisse romande\nKranich Logistiksoftware · 52 quai Rambaud · 69002 Lyon\n+33 4 78 92 10 44')
person('claire', 'Claire Dubois', 'claire.dubois@kranich.cloud', 'Ingénieure support', 'FR', 'fr', 'outlook',
       'Claire Dubois\nIngénieure support N2 · Kranich Logistiksoftware · Lyon')
person('lukas', 'Lukas Meier', 'lukas.meier@kranich.cloud', 'Consultant', 'CH', 'de', 'outlook',
       'Freundliche Grüsse\nLukas Meier\nSenior Consultant · Kranich Logistiksoftware · Hardturmstrasse 161 · 8005 Zürich')
person('liam', 'Liam Hartigan', 'liam.hartigan@kranich.cloud', 'Account Manager APAC & LatAm', 'NSW', 'en', 'outlook',
       'Kind regards,\nLiam Hartigan\nAccount Manager APAC & LatAm | Kranich Logistiksoftware\nLevel 9, 60 Castlereagh St, Sydney NSW 2000 | +61 2 8072 4410')
person('priya', 'Priya Raman', 'priya.raman@kranich.cloud', 'Support Engineer', 'NSW', 'en', 'outlook',
       'Priya Raman\nSupport Engineer | Kranich Logistiksoftware | Sydney')
person('valentina', 'Valentina Rojas', 'valentina.rojas@kranich.cloud', 'Customer Success LatAm', 'NSW', 'es', 'outlook',
       'Saludos cordiales,\nValentina Rojas\nCustomer Success LatAm | Kranich Logistiksoftware | Sídney')

# ================================================================= 1 Nordfrost (risk)
acct('Nordfrost Kühllogistik GmbH', 'nordfrost', ['nordfrost-kuehllogistik.de'], 'jana.petersen@kranich-software.de', 312000,
     '2027-01-15', 'enterprise', 'renewal_at_risk_budget_cut_inhouse_tool', True,
     'Cold-chain food distributor in Bremerhaven. A friendly summer with an expansion hint (second site) turns in September: '
     'the management cuts IT budgets by 20 %, IT evaluates building dock scheduling in-house on SAP, the champion\'s replies slow '
     'from hours to a week, and in October a new managing director (finance) writes in, asks for licence data and compares '
     'the renewal with the internal solution. Her mail hits Jana\'s out-of-office and nobody at Kranich answers her.')
person('henrik', 'Henrik Albers', 'henrik.albers@nordfrost-kuehllogistik.de', 'Leiter Lagerlogistik', 'DE', 'de', 'outlook',
       'Mit freundlichen Grüßen\n\nHenrik Albers\nLeiter Lagerlogistik\nNordfrost Kühllogistik GmbH · Am Kühlhaus 4 · 27572 Bremerhaven\n'
       'Geschäftsführung: Dr. Sabine Wendt, Claas Nordmeyer · AG Bremen HRB 33417 HB\n'
       'Diese Nachricht ist ausschließlich für den Adressaten bestimmt. Sollten Sie nicht der Adressat sein, löschen Sie sie bitte.')
person('sabine', 'Dr. Sabine Wendt', 'sabine.wendt@nordfrost-kuehllogistik.de', 'Kaufmännische Geschäftsführerin', 'DE', 'de', 'outlook',
       'Dr. Sabine Wendt\nKaufmännische Geschäftsführerin\nNordfrost Kühllogistik GmbH')
person('kai', 'Kai Lüders', 'kai.lueders@nordfrost-kuehllogistik.de', 'Leiter IT', 'DE', 'de', 'outlook',
       'Gruß\nKai Lüders\nLeiter IT · Nordfrost Kühllogistik GmbH')
person('birte', 'Birte Hansen', 'birte.hansen@nordfrost-kuehllogistik.de', 'Teamleiterin Wareneingang', 'DE', 'de', 'apple', 'Birte')

m('n01', '2026-07-02 09:12', 'jana', ['henrik'], 'Quartalsreview Q3 – Terminvorschlag', '''
Hallo Herr Albers,

ich hoffe, der Start in den Sommer war in Bremerhaven nicht zu heiß – für Ihre Kühlhäuser wohl eher eine Frage des Stromzählers.

Ich würde gern unser Quartalsreview für Q3 ansetzen. Passt Ihnen der 14. Juli vormittags? Herr Lüders aus der IT wäre mir auch willkommen, weil wir über die neuen Scanner-Firmwarestände sprechen sollten.
''', ask=True)
m('n02', '2026-07-02 11:41', 'henrik', ['jana'], 'AW: Quartalsreview Q3 – Terminvorschlag', '''
Hallo Frau Petersen,

14.7. ab 9:30 passt, Herr Lüders ist dabei. Kommen Sie zu uns raus? Dann zeige ich Ihnen die neue Tiefkühlzone.
''', reply='n01', quote='outlook_de')
calendar('n03', '2026-07-03 08:05', 'jana', ['henrik', 'kai'], 'Quartalsreview Q3 Nordfrost / Kranich', '2026-07-14 09:30', 120, 'de',
         'Quartalsreview Q3\nOrt: Nordfrost Kühllogistik, Am Kühlhaus 4, Bremerhaven – Besprechungsraum Polarstern\nAgenda: Nutzung, Scanner-Firmware, Slotplanung Temperaturzonen, Ausblick 2027')
cal_reply('n04', '2026-07-03 08:31', 'kai', 'jana', 'n03', 'de')
m('n05', '2026-07-15 16:20', 'jana', ['henrik'], 'Zusammenfassung Quartalsreview 14.07.', '''
Hallo Herr Albers,

vielen Dank für den Rundgang und die offene Runde gestern. Kurz die Punkte:

1. Scanner-Firmware: Herr Lüders rollt 4.2.1 bis Ende Juli auf alle MC3300 aus.
2. Slotplanung nach Temperaturzonen: Wir liefern Ihnen bis zum 31. August ein Konzept für die Slotplanung nach Temperaturzonen (TK, Frische, Ambient) inklusive Aufwandsschätzung.
3. Ausblick 2027: Sie prüfen, ob der Standort Hamburg-Billbrook ebenfalls auf die Dockplanung umgestellt wird.

Habe ich etwas vergessen?
''', cc=['kai', 'tobias'], signals=[('commitment', 'Wir liefern Ihnen bis zum 31. August ein Konzept für die Slotplanung nach Temperaturzonen', {'due': '2026-08-31'})], ask=True)
m('n06', '2026-07-16 08:02', 'henrik', ['jana'], 'AW: Zusammenfassung Quartalsreview 14.07.', '''
Moin Frau Petersen,

passt so. Zu Punkt 3: Wenn das Konzept mit den Temperaturzonen trägt, wollen wir die Dockplanung 2027 auch in Billbrook einführen – das wären noch mal rund 14 Rampen.
''', cc=['kai', 'tobias'], reply='n05', quote='outlook_de',
  signals=[('expansion', 'wollen wir die Dockplanung 2027 auch in Billbrook einführen', {})])
m('n07', '2026-07-23 10:15', 'birte', ['tobias'], 'Grillen am Samstag', '''
Hi Tobias,

bleibt es bei Samstag bei uns in Geestemünde? Bring gern deine Freundin mit. Wir machen Matjes und Würstchen, Getränke haben wir genug. Falls das Wetter kippt, verziehen wir uns in die Garage 😄

LG
''', neg='personal mail between a customer employee and a vendor engineer (barbecue); no business signal')
ebill('n08', '2026-07-31 06:00', ['henrik'], 'de', 'R-2026-07-1188', '78.000,00', 'EUR', 'Q3 2026')
m('n09', '2026-08-12 14:03', 'kai', ['tobias'], 'Neue Artikelgruppen für TK-Lagerplätze', '''
Hallo Herr Brandt,

kurze Frage zur Stammdatenpflege: Wir haben unsere Preise für Tiefkühl-Stellplätze zum 1. Oktober angehoben und rechnen ab dann mit drei statt zwei Tarifklassen ab. Kann ich im Lagerplatzstamm eine dritte Klasse anlegen, ohne dass die Slotplanung durcheinanderkommt?
''', ask=True, neg='the customer talks about its OWN storage prices; not a pricing objection toward Kranich')
m('n10', '2026-08-12 16:47', 'tobias', ['kai'], 'AW: Neue Artikelgruppen für TK-Lagerplätze', '''
Hallo Herr Lüders,

ja, das geht: Stammdaten > Lagerplatzklassen > „Neu“. Die Slotplanung liest nur die Temperaturzone, nicht die Tarifklasse. Ich würde die neue Klasse trotzdem erst im Testmandanten anlegen.
''', reply='n09', quote='outlook_de')
m('n11', '2026-08-28 11:30', 'tobias', ['henrik'], 'Konzept Slotplanung nach Temperaturzonen', '''
Hallo Herr Albers,

wie im Quartalsreview zugesagt, anbei das Konzept zur Slotplanung nach Temperaturzonen (12 Seiten) inklusive Aufwandsschätzung: 18 Beratertage, Umsetzung wäre ab November möglich.

Ich freue mich auf Ihr Feedback – gern auch in einem kurzen Call.
''', cc=['jana'], ask=True)
m('n12', '2026-09-04 17:55', 'henrik', ['tobias', 'jana'], 'AW: Konzept Slotplanung nach Temperaturzonen', '''
Hallo Herr Brandt, hallo Frau Petersen,

sorry für die späte Rückmeldung. Das Konzept ist fachlich gut. Allerdings hat unsere Geschäftsführung letzte Woche alle IT-Budgets für 2027 um 20 % gekürzt, und neue Projekte liegen erst einmal auf Eis. Ich kann Ihnen daher im Moment nichts zum Umsetzungsstart sagen.
''', reply='n11', quote='outlook_de',
  signals=[('churn_risk', 'alle IT-Budgets für 2027 um 20 % gekürzt', {})])
m('n13', '2026-09-07 09:10', 'jana', ['henrik'], 'AW: Konzept Slotplanung nach Temperaturzonen', '''
Hallo Herr Albers,

danke für die offenen Worte. Lassen Sie uns gemeinsam schauen, wie wir den Nutzen für 2027 belegen können – ich kann Ihnen Zahlen aus vergleichbaren Kühlhäusern mitbringen. Hätten Sie diese oder nächste Woche 30 Minuten?
''', cc=['tobias'], reply='n12', quote='outlook_de', ask=True)
m('n14', '2026-09-17 19:22', 'henrik', ['jana'], 'AW: Konzept Slotplanung nach Temperaturzonen', '''
Frau Petersen,

ein Termin ist im Moment schwierig. Damit Sie es nicht hinten herum erfahren: Herr Lüders prüft im Auftrag der Geschäftsführung, ob wir die Dockplanung mit einer Eigenentwicklung auf Basis unseres SAP abbilden können. Solange das nicht entschieden ist, kann ich Ihnen zur Verlängerung im Januar nichts zusagen.

Gruß
H. Albers
''', reply='n13', quote='outlook_de', sig=False,
  signals=[('competitor', 'mit einer Eigenentwicklung auf Basis unseres SAP', {}),
           ('renewal', 'kann ich Ihnen zur Verlängerung im Januar nichts zusagen', {})])
m('n15', '2026-09-22 08:44', 'kai', ['tobias'], 'WG: DVZ-Artikel Kühllogistik', '''
Moin,

zur Info, der Artikel aus der DVZ. Ist ganz interessant, was die anderen Kühlhausbetreiber so treiben.

Gruß Kai
''', sig=False, fwd=('outlook_de', dict(frm='DVZ Newsletter <newsletter@dvz.de>', date='Montag, 21. September 2026 06:00', to='kai.lueders@nordfrost-kuehllogistik.de',
    subject='Kühllogistik: Betreiber stellen Softwareverträge auf den Prüfstand',
    body='Steigende Energiepreise setzen Kühlhausbetreiber unter Druck. Viele Unternehmen kündigen langjährige Softwareverträge oder wechseln zu günstigeren Anbietern, '
         'berichtet der Verband Deutscher Kühlhäuser. Mehrere Betreiber evaluieren derzeit Cloud-Angebote von Wettbewerbern und verhandeln Preissenkungen von bis zu 15 %.')),
  neg='forwarded trade-press newsletter; churn/price/competitor words are the article\'s, not Nordfrost\'s')
m('n16', '2026-09-24 10:00', 'news', ['henrik'], 'Kranich Herbst-Release 26.3: Yard Premium jetzt mit 15 % Frühbucherrabatt', '''
Liebe Kundinnen und Kunden,

das Herbst-Release 26.3 ist da: Predictive Gate Booking, neue Carrier-Portal-Apps und Offline-Modus für alle Handscanner.
Jetzt upgraden: Wer bis 31. Oktober auf Yard Premium wechselt, erhält 15 % Rabatt auf die Lizenzgebühren im ersten Jahr.

Ihr Kranich-Team

Abmelden: https://kranich.cloud/newsletter/abmelden
''', auto='newsletter', sig=False, headers={'Precedence': 'bulk', 'List-Unsubscribe': '<https://kranich.cloud/newsletter/abmelden>'},
  neg='vendor marketing newsletter (upsell, discount); not a customer signal')
ticket('n17', '2026-10-06 13:12', ['kai'], 'de', 48213, 'MC3300 Synchronisation langsam nach Firmware 4.2.1', 'Gelöst',
       'Lösung: WLAN-Roaming-Schwelle auf -70 dBm gesetzt.')
m('n18', '2026-10-01 15:30', 'jana', ['henrik'], 'Ihr Verlängerungsangebot 2027–2029', '''
Hallo Herr Albers,

anbei wie besprochen unser Angebot zur Verlängerung ab 15. Januar 2027. Für eine Laufzeit von drei Jahren halten wir die Lizenzpreise stabil und legen 10 Beratertage für die Temperaturzonen kostenlos dazu.

Ich freue mich auf Ihre Rückmeldung bis Ende Oktober.
''', ask=True, neg='vendor-written renewal offer; renewal/pricing words are Kranich\'s, not the customer\'s')
m('n19', '2026-10-09 18:58', 'henrik', ['jana'], 'AW: Ihr Verlängerungsangebot 2027–2029', '''
Angebot liegt bei Frau Dr. Wendt. Melde mich.
''', reply='n18', quote='outlook_de', sig=False)
m('n20', '2026-10-14 07:48', 'sabine', ['jana'], 'Lizenzübersicht und Verlängerung Kranich', '''
Sehr geehrte Frau Petersen,

ich habe zum 1. Oktober die kaufmännische Verantwortung für alle IT-Verträge der Nordfrost übernommen. Bitte senden Sie mir bis zum 30. Oktober eine Aufstellung aller Lizenzen, der tatsächlichen Nutzung je Standort sowie der Kosten der letzten drei Jahre.

Wir werden die Verlängerung im Vergleich zur internen Lösung bewerten, die Herr Lüders derzeit ausarbeitet.
''', cc=['henrik'], ask=True,
  signals=[('competitor', 'im Vergleich zur internen Lösung', {}),
           ('renewal', 'Wir werden die Verlängerung im Vergleich zur internen Lösung bewerten', {})])
autoreply('n21', '2026-10-14 07:49', 'jana', ['sabine'], 'Abwesenheitsnotiz: Lizenzübersicht und Verlängerung Kranich', '''
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 23. Oktober im Urlaub und lese meine E-Mails nicht. In dringenden Fällen wenden Sie sich bitte an sales@kranich-software.de.

Jana Petersen
''', reply='n20', neg='vendor out-of-office auto-reply; does not count as a vendor answer')
m('n22', '2026-10-27 12:15', 'henrik', ['jana'], 'Stand Verlängerung', '''
Hallo Frau Petersen,

kurzer Zwischenstand, damit Sie planen können: Die Entscheidung fällt in der Gesellschafterrunde am 12. November. Ich habe Ihr Angebot weitergegeben, aber ehrlich gesagt sieht es gerade nicht gut für Kranich aus – die interne Lösung wird dort als „kostenneutral“ verkauft.
''', ask=False, signals=[('churn_risk', 'ehrlich gesagt sieht es gerade nicht gut für Kranich aus', {})])
m('n23', '2026-10-28 08:37', 'jana', ['henrik'], 'AW: Stand Verlängerung', '''
Hallo Herr Albers,

danke, dass Sie mich auf dem Laufenden halten. Ich rufe Sie heute Nachmittag an – kostenneutral ist eine Eigenentwicklung erfahrungsgemäß nie.
''', reply='n22', quote='outlook_de')
m('n24', '2026-10-29 20:05', 'birte', ['tobias'], 'Re: Italiener', '''
Danke für den Tipp mit dem Italiener in der Schnoorstraße, war super! Wir schulden dir was. Nächstes Mal Werder im Stadion?
''', neg='personal mail (restaurant tip, football); no business signal')
status(henrik='active', sabine='new', kai='active', birte='active')
alert('expansion_opportunity', 'medium', '2026-07-16', ['n06'], 'Second site Hamburg-Billbrook (about 14 docks) considered for 2027.')
alert('open_commitment', 'low', '2026-07-15', ['n05'], 'Concept for temperature-zone slot planning due 2026-08-31; delivered 2026-08-28 (n11), closed.')
alert('churn_risk', 'high', '2026-09-04', ['n12', 'n22'], 'IT budgets for 2027 cut by 20 %; champion says it does not look good for Kranich.')
alert('competitor_mention', 'high', '2026-09-17', ['n14', 'n20'], 'In-house build on SAP evaluated by IT, named by the new managing director as the comparison for the renewal.')
alert('renewal_at_risk', 'high', '2026-10-17', ['n14', 'n20', 'n22'], 'Renewal 2027-01-15 enters the 90-day window with no commitment and an in-house alternative on the table.')
alert('latency_degradation', 'medium', '2026-10-09', ['n12', 'n14', 'n19'], 'Champion replies went from hours (July) to 7-8 days (September/October).')
alert('new_senior_contact_not_engaged', 'high', '2026-10-17', ['n20'], 'Managing director (finance) wrote on 2026-10-14; only an out-of-office answered; no Kranich mail to her by as_of.')
alert('unanswered_customer_message', 'high', '2026-10-16', ['n20'], 'Request for licence/usage/cost overview (due 30 Oct) never answered.')

# ================================================================= 2 Donaulog (healthy: expansion, advocacy)
acct('Donaulog 3PL GmbH', 'donaulog', ['donaulog.at'], 'jana.petersen@kranich-software.de', 96000, '2027-04-30', 'mid',
     'expansion_and_reference', False,
     'Austrian 3PL in Linz. Wins a cosmetics customer, orders 25 more scanner licences and the pick-list module for its new site in Enns, '
     'goes live smoothly in September and agrees to be a reference for a prospect. Summer holidays, a forwarded market barometer, '
     'their own tariff increase and a clear "we are not switching" are the traps.')
person('gerhard', 'Ing. Gerhard Pichler', 'g.pichler@donaulog.at', 'Geschäftsführer', 'AT', 'de', 'outlook',
       'Ing. Gerhard Pichler\nGeschäftsführer\nDonaulog 3PL GmbH · Industriezeile 58 · 4020 Linz\nFN 402117 s · LG Linz')
person('martina', 'Martina Hofbauer', 'm.hofbauer@donaulog.at', 'Leiterin Operations', 'AT', 'de', 'apple',
       'Liebe Grüße\nMartina Hofbauer\nLeitung Operations · Donaulog 3PL GmbH\n+43 732 778 210-14')
person('florian', 'Florian Aigner', 'f.aigner@donaulog.at', 'IT-Administrator', 'AT', 'de', 'thunderbird', 'Florian Aigner\nIT · Donaulog 3PL')

m('d01', '2026-07-06 08:17', 'martina', ['jana'], 'Neuer Standort Enns – Lizenzen', '''
Hallo Frau Petersen,

gute Neuigkeiten aus Linz: wir haben den Zuschlag für die Lagerlogistik eines Kosmetikherstellers bekommen und eröffnen dafür ab Oktober eine Halle in Enns.
Wir bräuchten 25 zusätzliche Handscanner-Lizenzen und das Pick-List-Modul für den neuen Standort. Können Sie uns ein Angebot machen?
''', signals=[('expansion', 'Wir bräuchten 25 zusätzliche Handscanner-Lizenzen und das Pick-List-Modul für den neuen Standort', {})])
m('d02', '2026-07-06 10:02', 'jana', ['martina'], 'AW: Neuer Standort Enns – Lizenzen', '''
Liebe Frau Hofbauer,

herzlichen Glückwunsch zum Zuschlag! Das Angebot schicke ich Ihnen bis Freitag, 10. Juli. Für den Go-live schlage ich Tobias Brandt als technischen Ansprechpartner vor.
''', reply='d01', quote='outlook_de', signals=[('commitment', 'Das Angebot schicke ich Ihnen bis Freitag, 10. Juli', {'due': '2026-07-10'})])
m('d03', '2026-07-09 15:40', 'jana', ['martina'], 'Angebot Erweiterung Standort Enns', '''
Liebe Frau Hofbauer,

anbei das Angebot: 25 Handscanner-Lizenzen und Pick-List-Modul für Enns, Laufzeit gekoppelt an Ihren bestehenden Vertrag bis April 2027, Einrichtung pauschal 6 Beratertage.

Passt das so für Sie?
''', ask=True)
m('d04', '2026-07-13 07:55', 'martina', ['jana'], 'Re: Angebot Erweiterung Standort Enns', '''
Passt für uns. Die Bestellung kommt diese Woche formal vom Herrn Pichler.
''', reply='d03', quote='apple_de')
m('d05', '2026-07-16 11:20', 'gerhard', ['jana'], 'Bestellung Erweiterung Enns', '''
Sehr geehrte Frau Petersen,

bezugnehmend auf Ihr Angebot vom 9. Juli bestellen wir hiermit 25 Handscanner-Lizenzen sowie das Pick-List-Modul für den Standort Enns zu den genannten Konditionen.

Mit freundlichen Grüßen
''', cc=['martina'], signals=[('expansion', 'bestellen wir hiermit 25 Handscanner-Lizenzen sowie das Pick-List-Modul', {})])
m('d06', '2026-07-16 13:05', 'jana', ['gerhard'], 'AW: Bestellung Erweiterung Enns', '''
Sehr geehrter Herr Pichler,

vielen Dank für Ihren Auftrag, die Auftragsbestätigung folgt morgen per Post und als PDF. Wir freuen uns auf Enns!
''', cc=['martina'], reply='d05', quote='outlook_de')
ebill('d07', '2026-07-31 06:00', ['gerhard'], 'de', 'R-2026-07-1204', '24.000,00', 'EUR', 'Q3 2026')
autoreply('d08', '2026-08-03 09:14', 'martina', ['tobias'], 'Abwesend: Scanner-Staging Enns', '''
Danke für Ihre Nachricht. Ich bin bis 24. August auf Urlaub. In dringenden Fällen erreichen Sie Herrn Aigner unter f.aigner@donaulog.at.
''', neg='summer-holiday auto-reply with a return date; not a departure and not silence')
m('d09', '2026-08-03 09:13', 'tobias', ['martina', 'florian'], 'Scanner-Staging Enns', '''
Hallo Frau Hofbauer, hallo Herr Aigner,

für das Staging der 25 neuen Geräte brauche ich von Ihnen die SSID und die Zertifikate für das WLAN in Enns. Wann könnten wir die Geräte vorkonfigurieren?
''', ask=True)
m('d10', '2026-08-04 08:26', 'florian', ['tobias'], 'Re: Scanner-Staging Enns', '''
Servus Herr Brandt,

Zertifikate lade ich Ihnen in die Cloud, Link kommt separat. Die Geräte sind ab 18.8. in Linz, Staging können wir gern am 25./26.8. bei uns machen.
Von Enns aus haben wir noch kein stabiles WLAN, das kommt erst Anfang September.
''', reply='d09', quote='thunderbird_de')
calendar('d11', '2026-08-27 10:00', 'tobias', ['martina', 'florian'], 'Go-live Enns – Abstimmung', '2026-09-10 14:00', 60, 'de',
         'Go-live-Abstimmung Standort Enns (Teams)\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_enns')
cal_reply('d12', '2026-08-27 10:21', 'florian', 'tobias', 'd11', 'de')
m('d13', '2026-09-29 16:48', 'martina', ['jana', 'tobias'], 'Enns läuft!', '''
Hallo Frau Petersen, hallo Herr Brandt,

nach zwei Wochen Echtbetrieb in Enns kann ich sagen: das war der ruhigste Go-live, den wir je hatten. Die Kommissionierer waren nach einem halben Tag mit den Scannern fit, und der Kunde hat schon gefragt, mit welchem System wir arbeiten. Danke an Sie beide!
''', signals=[('advocacy', 'das war der ruhigste Go-live, den wir je hatten', {})])
m('d14', '2026-10-05 09:30', 'jana', ['gerhard'], 'Anfrage Referenzgespräch', '''
Sehr geehrter Herr Pichler,

Frau Hofbauer hat uns vom Go-live in Enns berichtet – vielen Dank für das Vertrauen. Darf ich Sie um einen Gefallen bitten? Ein Logistiker aus Graz überlegt, Kranich einzuführen, und würde gern 30 Minuten mit einem Kunden sprechen. Wären Sie dazu bereit?
''', ask=True)
m('d15', '2026-10-06 17:12', 'gerhard', ['jana'], 'AW: Anfrage Referenzgespräch', '''
Sehr geehrte Frau Petersen,

sehr gerne stehen wir als Referenz zur Verfügung. Geben Sie dem Kollegen aus Graz ruhig meine Handynummer, +43 664 231 88 04, am besten nach 16 Uhr.
''', reply='d14', quote='outlook_de', signals=[('advocacy', 'sehr gerne stehen wir als Referenz zur Verfügung', {})])
m('d16', '2026-10-12 08:05', 'gerhard', ['jana'], 'WG: Konjunkturbarometer Logistik Q3', '''
Zu Ihrer Information – falls Sie die Zahlen für Österreich noch nicht haben.
''', sig=False, fwd=('outlook_de', dict(frm='Bundessparte Transport und Verkehr <bstv@wko.at>', date='Freitag, 9. Oktober 2026 10:00', to='g.pichler@donaulog.at',
    subject='Konjunkturbarometer Logistik Q3/2026',
    body='Die Preise für Lagerflächen im Großraum Linz sind im Jahresvergleich um 7 % gestiegen. 38 % der befragten Logistiker wollen 2027 ihren Softwareanbieter wechseln '
         'oder Verträge neu verhandeln; viele kündigen Altverträge wegen steigender Kosten. Der Wettbewerb um Fachkräfte bleibt hoch.')),
  neg='forwarded chamber-of-commerce barometer; switching/price/cancel words are about the market, not Donaulog')
m('d17', '2026-10-14 12:40', 'martina', ['jana'], 'Danke für die Torte', '''
Liebe Frau Petersen,

die Sachertorte zum Go-live ist im Pausenraum in Rekordzeit verschwunden 😊 Ganz lieben Dank im Namen des ganzen Teams Enns!
''', neg='personal thank-you for a cake; friendly but not a business signal')
m('d18', '2026-10-21 10:09', 'martina', ['tobias'], 'Neues Tarifmodell in der Fakturierung', '''
Hallo Herr Brandt,

wir erhöhen unseren Kunden die Lagerpreise ab Jänner um 4 % und führen einen Zuschlag für Gefahrgut-Stellplätze ein. Kann man in der Leistungserfassung ein zusätzliches Merkmal „ADR“ hinterlegen, damit die Fakturierung das sauber abrechnet?
''', ask=False, neg='Donaulog\'s OWN prices to its customers; not a pricing complaint about Kranich')
m('d19', '2026-10-21 14:33', 'tobias', ['martina'], 'AW: Neues Tarifmodell in der Fakturierung', '''
Hallo Frau Hofbauer,

ja, über ein benutzerdefiniertes Merkmal am Lagerplatz. Ich schicke Ihnen morgen eine kurze Anleitung mit Screenshots.
''', reply='d18', quote='outlook_de')
m('d20', '2026-10-26 09:00', 'jana', ['martina'], 'Ausblick 2027 – Standort Wels?', '''
Liebe Frau Hofbauer,

Herr Pichler erwähnte beim Telefonat einen möglichen dritten Standort in Wels. Sollen wir dafür schon einmal ein Angebot mit Yard Premium und Carrier-Portal vorbereiten? Bis Jahresende gäbe es noch die Herbstkonditionen.
''', ask=True, neg='vendor-written upsell; expansion words are Kranich\'s')
m('d21', '2026-10-27 18:30', 'martina', ['jana'], 'Re: Ausblick 2027 – Standort Wels?', '''
Liebe Frau Petersen,

Wels ist frühestens Mitte 2027 ein Thema, das Angebot brauchen wir heuer noch nicht. Und damit keine Missverständnisse entstehen: wir denken nicht daran, den Anbieter zu wechseln – wenn Wels kommt, dann mit Kranich.
''', reply='d20', quote='apple_de', neg='negation ("we are not thinking of switching"); no churn or competitor signal, and the Wels idea is not yet an expansion request')
status(gerhard='active', martina='active', florian='active')
alert('expansion_opportunity', 'high', '2026-07-06', ['d01', 'd05'], '25 scanner licences and pick-list module for the new Enns site; ordered 2026-07-16.')
alert('open_commitment', 'low', '2026-07-06', ['d02'], 'Offer promised by 2026-07-10; sent 2026-07-09 (d03), closed.')
alert('advocacy', 'medium', '2026-09-29', ['d13', 'd15'], 'Smoothest go-live ever; managing director agrees to be a reference.')

# ================================================================= 3 Wohnwelt Hausmann (risk: champion left, no successor, going dark)
acct('Wohnwelt Hausmann AG', 'hausmann', ['wohnwelt-hausmann.ch'], 'jana.petersen@kranich-software.de', 84000, '2026-12-20', 'mid',
     'champion_departed_no_successor_going_dark', True,
     'Central warehouse of a Swiss furniture retailer in Dietikon. The champion, head of the central warehouse, leaves at the end of August; '
     'no successor is named, the finance head who decides the renewal never answers, the remaining assistant answers once, slowly, and the '
     'account goes dark from late September while the renewal (20 December) approaches. A bounce confirms the departure.')
person('reto', 'Reto Baumann', 'reto.baumann@wohnwelt-hausmann.ch', 'Leiter Zentrallager', 'CH', 'de', 'outlook',
       'Freundliche Grüsse\nReto Baumann\nLeiter Zentrallager\nWohnwelt Hausmann AG · Riedstrasse 12 · 8953 Dietikon\n'
       'Diese E-Mail ist vertraulich. Falls Sie nicht der vorgesehene Empfänger sind, benachrichtigen Sie bitte den Absender und löschen Sie die Nachricht.')
person('corinne', 'Corinne Steiner', 'corinne.steiner@wohnwelt-hausmann.ch', 'Assistentin Logistik', 'CH', 'de', 'outlook',
       'Freundliche Grüsse\nCorinne Steiner\nAssistentin Logistik · Wohnwelt Hausmann AG')
person('patrick', 'Patrick Frei', 'patrick.frei@wohnwelt-hausmann.ch', 'Leiter Finanzen', 'CH', 'de', 'outlook', 'Patrick Frei\nLeiter Finanzen')
person('postmaster_wh', 'Mail Delivery System', 'postmaster@wohnwelt-hausmann.ch', 'mail server', 'CH', 'de', 'postfix')

m('h01', '2026-07-07 08:40', 'reto', ['jana'], 'Vorbereitung Herbst-Peak', '''
Grüezi Frau Petersen

Wir planen für den Herbst-Peak (Black Friday, Weihnachtsgeschäft) mit rund 40 % mehr Auslieferungen ab Dietikon. Können wir die Tourenplanung der Rampen so umstellen, dass Sperrgut (Sofas, Schränke) zuerst an die Rampen 1–4 geht? Und macht das Lukas Meier wieder?
''')
m('h02', '2026-07-07 13:15', 'jana', ['reto'], 'AW: Vorbereitung Herbst-Peak', '''
Hallo Herr Baumann,

ja, das geht über Rampenprofile je Warengruppe. Ich habe Lukas Meier in Kopie gesetzt; er meldet sich bei Ihnen für einen Workshop-Termin im Juli.
''', cc=['lukas'], reply='h01', quote='outlook_de')
m('h03', '2026-07-23 17:02', 'reto', ['jana'], 'Workshop Rampenprofile', '''
Hallo Frau Petersen

Kurzes Feedback: Der Workshop mit Lukas Meier war hervorragend. Er hat in einem halben Tag erreicht, wofür wir intern Wochen diskutiert hätten. Bitte richten Sie ihm ein grosses Merci aus.
''', cc=['corinne'], signals=[('advocacy', 'Der Workshop mit Lukas Meier war hervorragend', {})])
ebill('h04', '2026-07-31 06:00', ['reto'], 'de', 'R-2026-07-1251', '21.000,00', 'CHF', 'Q3 2026')
ticket('h05', '2026-08-04 09:30', ['corinne'], 'de', 47730, 'Etikettendruck Zebra ZT411 druckt doppelt', 'Gelöst', 'Lösung: Druckertreiber 8.1.4 installiert.')
m('h06', '2026-08-20 16:25', 'reto', ['jana'], 'Persönlich: Ich verlasse die Wohnwelt Hausmann', '''
Liebe Frau Petersen

Ich möchte Sie persönlich informieren: Ich verlasse die Wohnwelt Hausmann per Ende August und wechsle zu einem Detailhändler nach Bern. Meine Nachfolge ist noch nicht geregelt. Bis auf Weiteres ist Corinne Steiner Ihre Ansprechperson für den Betrieb; über Verträge entscheidet Patrick Frei aus den Finanzen.

Es war mir eine Freude, mit Ihnen und Ihrem Team zu arbeiten.
''', cc=['corinne'], signals=[('churn_risk', 'Meine Nachfolge ist noch nicht geregelt', {})])
m('h07', '2026-08-21 08:50', 'jana', ['reto'], 'AW: Persönlich: Ich verlasse die Wohnwelt Hausmann', '''
Lieber Herr Baumann,

das ist schade für uns, aber ich gratuliere Ihnen herzlich zur neuen Aufgabe in Bern! Eine Bitte noch: Könnten Sie mich vor Ihrem Abschied Herrn Frei kurz vorstellen? Die Verlängerung im Dezember sollten wir rechtzeitig angehen.
''', cc=['corinne'], reply='h06', quote='outlook_de', ask=True)
m('h08', '2026-08-24 07:58', 'reto', ['jana'], 'AW: Persönlich: Ich verlasse die Wohnwelt Hausmann', '''
Mache ich, ich setze ihn heute noch in Kopie. Er ist allerdings bis Mitte September mit dem Jahresabschluss der Tochtergesellschaft absorbiert.
''', cc=['patrick'], reply='h07', quote='outlook_de', sig=False)
m('h09', '2026-09-03 10:10', 'jana', ['patrick'], 'Verlängerung Kranich per 20. Dezember', '''
Sehr geehrter Herr Frei,

Herr Baumann hat mich an Sie verwiesen. Der Vertrag über die Kranich-Plattform für das Zentrallager läuft am 20. Dezember aus. Ich würde Ihnen gern in 30 Minuten die Nutzung und unsere Verlängerungsoptionen vorstellen. Wann passt es Ihnen?
''', cc=['reto'], ask=True)
m('h10', '2026-09-03 10:11', 'postmaster_wh', ['jana'], 'Unzustellbar: Verlängerung Kranich per 20. Dezember', '''
Dies ist eine automatisch erstellte Nachricht des Mailsystems.

Die Nachricht konnte an folgenden Empfänger nicht zugestellt werden:

    reto.baumann@wohnwelt-hausmann.ch
    550 5.1.1 <reto.baumann@wohnwelt-hausmann.ch>: Recipient address rejected: User unknown in virtual mailbox table
''', sig=False, auto='bounce', headers={'Auto-Submitted': 'auto-replied'},
  neg='delivery failure from the customer\'s mail server; evidence of a departed contact, not a human message')
m('h11', '2026-09-17 09:05', 'jana', ['corinne'], 'Peak-Vorbereitung: Stand Rampenprofile', '''
Hallo Frau Steiner,

wie steht es mit den Rampenprofilen für den Peak? Lukas Meier hätte am 29. oder 30. September Zeit für einen Testlauf vor Ort. Und wissen Sie schon, wer die Nachfolge von Herrn Baumann antritt?
''', ask=True)
m('h12', '2026-09-24 18:40', 'corinne', ['jana'], 'AW: Peak-Vorbereitung: Stand Rampenprofile', '''
Grüezi Frau Petersen

Entschuldigen Sie die späte Antwort, hier ist im Moment sehr viel los. Den Testlauf muss ich intern abklären. Zur Nachfolge weiss ich leider nichts.
''', reply='h11', quote='outlook_de')
m('h13', '2026-09-25 07:30', 'corinne', ['lukas'], 'Zürich Marathon', '''
Hoi Lukas

Danke nochmals für die Trainingstipps! Ich habe mich jetzt tatsächlich für den Halbmarathon im April angemeldet. Wenn du auch läufst, können wir ja zusammen einlaufen.

Corinne
''', sig=False, neg='personal mail (running tips) between a customer employee and a vendor consultant; no business signal')
m('h14', '2026-10-05 06:00', 'sales', ['patrick'], 'Erinnerung: Ihr Kranich-Vertrag läuft am 20.12.2026 aus', '''
Sehr geehrter Herr Frei,

Ihr Vertrag über die Kranich-Plattform (Vertragsnummer KV-2021-0344) endet am 20. Dezember 2026. Verlängern Sie jetzt und sichern Sie sich die aktuellen Konditionen sowie 10 % Treuerabatt bei einer Laufzeit von 36 Monaten.

Ihr Kranich-Vertriebsteam
''', auto='notification', sig=False, headers={'Auto-Submitted': 'auto-generated'},
  neg='automated vendor renewal reminder; renewal/discount words are Kranich\'s')
m('h15', '2026-10-08 11:20', 'jana', ['patrick'], 'AW: Verlängerung Kranich per 20. Dezember', '''
Sehr geehrter Herr Frei,

ich erlaube mir, mich noch einmal zu melden. Damit die Peak-Saison im Zentrallager ohne Unterbrechung läuft, sollten wir die Verlängerung bis Ende November unter Dach und Fach haben. Hätten Sie nächste Woche 30 Minuten?
''', reply='h09', quote='outlook_de', ask=True)
ticket('h16', '2026-10-13 14:00', ['corinne'], 'de', 48790, 'Rampenprofil Sperrgut – Testlauf', 'Warten auf Kunde',
       'Wir warten auf Ihre Rückmeldung zum Testtermin.')
m('h17', '2026-10-20 16:45', 'jana', ['corinne', 'patrick'], 'Peak-Saison und Vertrag', '''
Liebe Frau Steiner, sehr geehrter Herr Frei,

ich möchte sicherstellen, dass Sie gut durch den Peak kommen. Offen sind der Testlauf der Rampenprofile und die Vertragsverlängerung per 20. Dezember. Ein kurzes Lebenszeichen würde mir schon helfen – wer ist bei Ihnen jetzt für das Zentrallager zuständig?
''', ask=True)
calendar('h18', '2026-10-22 09:00', 'jana', ['patrick', 'corinne'], 'Vorschlag: Vertragsgespräch Kranich / Wohnwelt Hausmann', '2026-11-04 10:00', 30, 'de',
         'Vorschlag für ein Vertragsgespräch (Teams). Falls der Termin nicht passt, schlagen Sie gern einen anderen vor.')
m('h19', '2026-10-29 13:30', 'news', ['corinne'], 'Kranich Praxis-Webinar: Peak-Saison ohne Stau an der Rampe', '''
Guten Tag

Am 12. November zeigen wir in 45 Minuten, wie Sie mit Predictive Gate Booking Wartezeiten an der Rampe halbieren. Jetzt kostenlos anmelden.

Ihr Kranich-Team
Abmelden: https://kranich.cloud/newsletter/abmelden
''', auto='newsletter', sig=False, headers={'Precedence': 'bulk', 'List-Unsubscribe': '<https://kranich.cloud/newsletter/abmelden>'},
  neg='vendor marketing webinar invitation')
status(reto='left', corinne='silent', patrick='silent')
alert('advocacy', 'low', '2026-07-23', ['h03'], 'Champion praises the consultant workshop.')
alert('contact_departed', 'high', '2026-08-20', ['h06', 'h10'], 'Champion Reto Baumann left at end of August; address bounced on 2026-09-03.')
alert('churn_risk', 'high', '2026-08-20', ['h06'], 'Champion leaving and successor not settled.')
alert('contact_bounced', 'medium', '2026-09-03', ['h10'], 'reto.baumann@ rejected: user unknown.')
alert('single_threaded', 'medium', '2026-08-20', ['h06'], 'All substantive mail ran through the departing champion; decision maker never engaged.')
alert('renewal_at_risk', 'high', '2026-09-21', ['h06', 'h09', 'h15'], 'Renewal 2026-12-20 enters the 90-day window; decision maker (finance) never answered.')
alert('contacts_going_silent', 'medium', '2026-10-03', ['h09', 'h15', 'h17'], 'Patrick Frei never answered 3 mails; Corinne Steiner silent after 2026-09-24 except a private note.')
alert('account_going_silent', 'high', '2026-10-25', ['h12', 'h15', 'h17'], 'No business mail from the customer since 2026-09-24 while Kranich keeps writing (the 2026-09-25 running note is private).')

# ================================================================= 4 Pharmadis Rhône (healthy: escalation resolved well, advocacy)
acct('Pharmadis Rhône SAS', 'pharmadis', ['pharmadis-rhone.fr', 'pharmadis.fr'], 'mathilde.roux@kranich.cloud', 228000, '2027-03-31',
     'enterprise', 'escalation_resolved_well', False,
     'Pharmaceutical wholesaler near Lyon (Saint-Priest), Lotus Notes shop. Lot-traceability report delivered on time for a GDP audit; '
     'nine days before the audit all handhelds stop syncing, the customer escalates hard, Kranich fixes it the same evening and sends the '
     'root-cause report on the promised day; the audit goes well, the operations director praises the tool and agrees to speak at the user club, '
     'and confirms the renewal. Several Notes replies drop In-Reply-To and carry only a quoted header block.')
person('helene', 'Hélène Mercier', 'helene.mercier@pharmadis-rhone.fr', 'Directrice des opérations logistiques', 'FR', 'fr', 'notes',
       'Hélène Mercier\nDirectrice des opérations logistiques\nPharmadis Rhône SAS · 14 rue du Dauphiné · 69800 Saint-Priest\n'
       'Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. '
       'Si vous avez reçu ce message par erreur, merci de le détruire et d\'en avertir l\'expéditeur. Pharmadis décline toute responsabilité en cas de résiliation, altération ou falsification.')
person('olivier', 'Olivier Garnier', 'olivier.garnier@pharmadis-rhone.fr', 'Responsable informatique', 'FR', 'fr', 'notes',
       'Olivier Garnier\nResponsable informatique · Pharmadis Rhône SAS\nTél. 04 72 47 19 30')
person('nadia', 'Nadia Benali', 'nadia.benali@pharmadis.fr', 'Pharmacienne responsable', 'FR', 'fr', 'notes',
       'Dr Nadia Benali\nPharmacien responsable · Groupe Pharmadis')

m('p01', '2026-07-03 09:20', 'helene', ['mathilde'], 'Audit BPD septembre – export traçabilité', '''
Bonjour Madame Roux,

Nous aurons notre audit BPD (bonnes pratiques de distribution) à la mi-septembre. L'inspecteur voudra voir la traçabilité complète par numéro de lot, de la réception à l'expédition vers les officines. Votre outil sait-il produire ce rapport, et sous quel délai pourriez-vous nous le paramétrer ?

Cordialement,
''', cc=['olivier'])
m('p02', '2026-07-03 15:05', 'mathilde', ['helene'], 'RE: Audit BPD septembre – export traçabilité', '''
Bonjour Madame Mercier,

Oui, le module de traçabilité le permet. Nous vous livrons le rapport de traçabilité par lot paramétré d'ici le 31 juillet, pour que vous ayez le temps de le tester avant l'audit. Claire Dubois, de notre support à Lyon, prendra contact avec M. Garnier.
''', cc=['olivier', 'claire'], reply='p01', quote='outlook_fr',
  signals=[('commitment', "Nous vous livrons le rapport de traçabilité par lot paramétré d'ici le 31 juillet", {'due': '2026-07-31'})])
m('p03', '2026-07-28 11:10', 'claire', ['olivier'], 'Rapport de traçabilité par lot – livré', '''
Bonjour Monsieur Garnier,

Le rapport « Traçabilité lot – réception à expédition » est disponible dans votre environnement de production (menu Rapports > Qualité). Pouvez-vous le valider avec l'équipe qualité ?
''', cc=['mathilde'], ask=True)
m('p04', '2026-07-29 08:47', 'olivier', ['claire'], 'Réponse : Rapport de traçabilité par lot – livré', '''
Bien reçu, testé sur trois lots de vaccins, les résultats sont conformes. Merci.
''', reply='p03', drop_irt=True, quote='notes_fr')
ebill('p05', '2026-07-31 06:00', ['olivier'], 'fr', 'R-2026-07-1299', '57 000,00', 'EUR', 'T3 2026')
autoreply('p06', '2026-08-05 10:02', 'helene', ['mathilde'], 'Absence : Réponse : rapport traçabilité', '''
Je suis absente jusqu'au 24 août inclus, en congés. Pour toute urgence opérationnelle, merci de contacter M. Garnier (04 72 47 19 30).
''', neg='holiday auto-reply (Lotus Notes absence); not a human message')
m('p07', '2026-09-08 06:52', 'olivier', ['support', 'mathilde'], 'URGENT – aucun terminal ne synchronise depuis 6h', '''
Bonjour,

Depuis ce matin 6h, aucun terminal du site de Saint-Priest ne synchronise : la préparation des commandes pour les officines est bloquée, 42 tournées partent à 11h. C'est bloquant, merci d'escalader immédiatement.

O. Garnier
''', sig=False, signals=[('escalation', "C'est bloquant, merci d'escalader immédiatement", {})])
ticket('p08', '2026-09-08 06:55', ['olivier'], 'fr', 49102, 'Terminaux ne synchronisent plus – Saint-Priest', 'Ouvert – Priorité 1',
       'Un ingénieur a été affecté à votre demande.')
m('p09', '2026-09-08 07:31', 'claire', ['olivier'], 'RE: URGENT – aucun terminal ne synchronise depuis 6h', '''
Bonjour Monsieur Garnier,

Je suis dessus. Le certificat du serveur de synchronisation a été renouvelé cette nuit avec une chaîne incomplète ; les terminaux le refusent. Contournement dans 20 minutes : je réinstalle l'ancien certificat. Je vous appelle dès que c'est fait.
''', cc=['mathilde'], reply='p07', quote='outlook_fr')
m('p10', '2026-09-08 08:15', 'helene', ['mathilde'], 'Incident terminaux', '''
Madame Roux,

L'audit BPD commence dans neuf jours. Je ne peux pas me permettre ce genre d'incident maintenant. J'attends de Kranich une explication écrite et l'assurance que cela ne se reproduira pas.

H. Mercier
''', cc=['olivier'], sig=False, signals=[('escalation', "Je ne peux pas me permettre ce genre d'incident maintenant", {})])
m('p11', '2026-09-08 09:02', 'mathilde', ['helene'], 'RE: Incident terminaux', '''
Madame Mercier,

Je comprends parfaitement. Les terminaux synchronisent de nouveau depuis 8h12 grâce au contournement de Claire Dubois ; le correctif définitif sera déployé ce soir à 20h. M. Kessler, notre directeur Customer Success, suit le dossier personnellement. Vous recevrez le rapport d'incident complet, cause et mesures, au plus tard vendredi 11 septembre.
''', cc=['olivier', 'uwe', 'claire'], reply='p10', quote='outlook_fr',
  signals=[('commitment', "Vous recevrez le rapport d'incident complet, cause et mesures, au plus tard vendredi 11 septembre", {'due': '2026-09-11'})])
m('p12', '2026-09-08 21:10', 'claire', ['olivier'], 'Correctif déployé – certificat synchronisation', '''
Bonsoir Monsieur Garnier,

Correctif déployé à 20h35 : nouvelle chaîne de certificats complète, supervision ajoutée sur l'expiration. Pouvez-vous confirmer demain matin que les terminaux se connectent normalement ?
''', cc=['mathilde'], ask=True)
m('p13', '2026-09-09 06:48', 'olivier', ['claire'], 'Réponse : Correctif déployé – certificat synchronisation', '''
Confirmé : les 64 terminaux sont synchronisés depuis 5h40, préparation normale. Merci pour la réactivité.
''', cc=['mathilde'], reply='p12', drop_irt=True, quote='notes_fr')
m('p14', '2026-09-11 16:30', 'mathilde', ['helene'], "Rapport d'incident du 8 septembre", '''
Madame Mercier,

Comme convenu, vous trouverez ci-joint le rapport d'incident : chronologie, cause (chaîne de certificats incomplète lors du renouvellement automatique), mesures correctives et préventives (contrôle de la chaîne avant déploiement, alerte 30 jours avant expiration). Je reste à votre disposition pour en parler de vive voix.
''', cc=['olivier', 'uwe'])
m('p15', '2026-09-21 17:45', 'helene', ['mathilde'], 'Audit BPD', '''
Madame Roux,

Je tenais à vous le dire : l'audit s'est très bien passé. L'auditeur a même souligné la traçabilité des lots dans votre outil, et votre rapport d'incident a été versé au dossier comme exemple de gestion des écarts. Merci à vous et à Mme Dubois.
''', signals=[('advocacy', "L'auditeur a même souligné la traçabilité des lots dans votre outil", {})])
m('p16', '2026-09-22 09:12', 'mathilde', ['helene'], 'RE: Audit BPD', '''
Madame Mercier,

Quelle belle nouvelle, merci de nous l'avoir écrit. Oserais-je une demande ? Notre Club Utilisateurs se réunit à Lyon le 19 novembre ; un témoignage de 20 minutes sur la préparation d'un audit BPD intéresserait beaucoup d'autres distributeurs. Seriez-vous partante ?
''', reply='p15', quote='outlook_fr', ask=True)
m('p17', '2026-09-24 12:03', 'helene', ['mathilde'], 'Réponse : RE: Audit BPD', '''
Avec plaisir, je peux intervenir 20 minutes le 19 novembre. Je viendrai avec Mme Benali, notre pharmacienne responsable.
''', reply='p16', drop_irt=True, quote='notes_fr', signals=[('advocacy', 'Avec plaisir, je peux intervenir 20 minutes', {})])
calendar('p18', '2026-09-25 10:00', 'mathilde', ['helene', 'nadia'], 'Club Utilisateurs Kranich – Lyon', '2026-11-19 14:00', 180, 'fr',
         'Club Utilisateurs Kranich\nLieu : Cité Internationale, Lyon – salle Rhône 2\nTémoignage Pharmadis : « Préparer un audit BPD avec son WMS »')
cal_reply('p19', '2026-09-25 14:22', 'nadia', 'mathilde', 'p18', 'fr')
m('p20', '2026-10-06 08:30', 'nadia', ['mathilde'], 'Transféré : Lettre d\'information distribution pharmaceutique', '''
Pour information, en vue du Club Utilisateurs : le dernier numéro de la lettre de la CSRP.

Nadia Benali
''', sig=False, fwd=('notes_fr', dict(by='Nadia Benali/PHARMADIS', date='06/10/2026 08:28',
    body='De : La Lettre de la Répartition <lettre@csrp.fr>\nObjet : Ruptures, hausse des coûts et nouveaux entrants\n\n'
         'Les répartiteurs font face à une hausse des prix de l\'énergie et du transport de 9 %. Plusieurs acteurs envisagent de changer de prestataire logistique '
         'ou de résilier des contrats de sous-traitance ; de nouveaux concurrents numériques arrivent sur le marché de la livraison aux officines.')),
  neg='forwarded industry newsletter (Lotus Notes forward); price/cancel/competitor words belong to the newsletter')
m('p21', '2026-10-13 10:40', 'olivier', ['claire'], 'Nouveau champ tarifaire sur les bons de livraison', '''
Bonjour Claire,

Au 1er janvier, nos tarifs de livraison aux officines augmentent de 3 % et nous ajoutons un forfait pour les livraisons du samedi. Est-il possible d'afficher ce forfait sur le bon de livraison imprimé par le terminal ?
''', ask=False, neg='Pharmadis talks about its OWN delivery prices; not a pricing objection toward Kranich')
m('p22', '2026-10-13 15:05', 'claire', ['olivier'], 'RE: Nouveau champ tarifaire sur les bons de livraison', '''
Bonjour Olivier,

Oui, via un champ libre du modèle d'étiquette. Je vous envoie le modèle modifié d'ici jeudi pour test.
''', reply='p21', quote='outlook_fr')
m('p23', '2026-10-15 10:00', 'news', ['olivier'], 'Kranich Actu – Automne 2026 : passez à Yard Premium', '''
Bonjour,

Nouveautés de la version 26.3 : réservation prédictive des quais, portail transporteurs et mode hors ligne pour les terminaux.
Offre d'automne : -15 % sur Yard Premium la première année pour toute souscription avant le 31 octobre.

L'équipe Kranich
Se désabonner : https://kranich.cloud/newsletter/desabonnement
''', auto='newsletter', sig=False, headers={'Precedence': 'bulk', 'List-Unsubscribe': '<https://kranich.cloud/newsletter/desabonnement>'},
  neg='vendor marketing newsletter (upsell, discount)')
m('p24', '2026-10-20 19:20', 'olivier', ['claire'], 'OL – Sainté', '''
Claire,

Alors, ce derby ? Je t'avais dit que l'OL gagnerait. Le resto à Saint-Jean samedi tient toujours, c'est moi qui invite.

Olivier
''', sig=False, neg='personal mail (football derby, dinner); no business signal')
m('p25', '2026-10-26 09:15', 'mathilde', ['helene'], 'Renouvellement de votre contrat au 31 mars 2027', '''
Madame Mercier,

Votre contrat arrive à échéance le 31 mars 2027. Afin de préparer sereinement le renouvellement, je vous propose de reconduire les conditions actuelles pour trois ans, avec l'option Yard Premium à tarif préférentiel si vous le souhaitez. Je peux vous envoyer la proposition détaillée dès maintenant.
''', ask=True, neg='vendor-written renewal reminder with an upsell; renewal/pricing words are Kranich\'s')
m('p26', '2026-10-27 14:50', 'helene', ['mathilde'], 'Réponse : Renouvellement de votre contrat au 31 mars 2027', '''
Madame Roux,

Envoyez-moi la proposition, nous renouvellerons sans hésiter ; après cette année, il n'est pas question de changer d'outil. Pour Yard Premium, nous verrons au printemps.
''', reply='p25', drop_irt=True, quote='notes_fr', signals=[('renewal', 'nous renouvellerons sans hésiter', {})])
status(helene='active', olivier='active', nadia='active')
alert('open_commitment', 'low', '2026-07-03', ['p02'], 'Lot-traceability report promised by 2026-07-31; delivered 2026-07-28, closed.')
alert('escalation', 'high', '2026-09-08', ['p07', 'p10'], 'All handhelds stopped syncing nine days before the GDP audit; resolved the same day (p09, p12, p13).')
alert('open_commitment', 'medium', '2026-09-08', ['p11'], 'Incident report promised by 2026-09-11; delivered on 2026-09-11 (p14), closed.')
alert('advocacy', 'medium', '2026-09-21', ['p15', 'p17'], 'Auditor praised the tool; the operations director will speak at the user club.')

# ================================================================= 5 Colis Léman (risk: pricing, going dark)
acct('Colis Léman Sàrl', 'colisleman', ['colisleman.ch'], 'mathilde.roux@kranich.cloud', 9600, '2026-11-30', 'smb',
     'pricing_pressure_going_dark', True,
     'E-commerce fulfilment start-up in Crissier near Lausanne. Growing, asks for the Shopify connector but finds it too expensive; a 7 % '
     'price adjustment announced in August hits hard, the co-founder wants to "revoir nos coûts avant le renouvellement", answers ever more '
     'slowly, mentions doing it themselves with a spreadsheet and their carrier\'s WMS, then stops answering while the renewal (30 November) approaches. '
     'The warehouse lead keeps writing privately to a support engineer, which is not a sign of life of the account.')
person('julien', 'Julien Favre', 'julien@colisleman.ch', 'Cofondateur & COO', 'CH', 'fr', 'gmail',
       'Julien Favre\nCofondateur & COO – Colis Léman Sàrl\nChemin de Mongevon 9 · 1023 Crissier · +41 21 552 04 10')
person('ines', 'Inès Rochat', 'ines@colisleman.ch', 'Responsable entrepôt', 'CH', 'fr', 'iphone', 'Envoyé de mon iPhone')

m('l01', '2026-07-02 10:12', 'julien', ['mathilde'], 'Connecteur Shopify ?', '''
Salut Mathilde,

Bonne nouvelle de notre côté : on passe de 800 à environ 2 000 colis par jour d'ici la rentrée, grâce à deux nouvelles marques de cosmétiques. Du coup nous aimerions ajouter le connecteur Shopify pour ne plus importer les commandes à la main. Tu peux m'envoyer un prix ?

Julien
''', sig=False, signals=[('expansion', 'nous aimerions ajouter le connecteur Shopify', {})])
m('l02', '2026-07-02 16:40', 'mathilde', ['julien'], 'RE: Connecteur Shopify ?', '''
Bonjour Julien,

Bravo pour la croissance ! Le connecteur Shopify est à 180 CHF par mois, plus une mise en service forfaitaire de 1 200 CHF. Je te mets l'offre en pièce jointe. Dis-moi si tu veux qu'on en parle.
''', reply='l01', quote='outlook_fr', ask=True)
m('l03', '2026-07-03 08:05', 'julien', ['mathilde'], 'Re: Connecteur Shopify ?', '''
Merci. Honnêtement, le prix du connecteur est au-dessus de ce qu'on peut se permettre en ce moment, on a déjà beaucoup investi dans les rayonnages. On continue avec l'import CSV pour l'instant.
''', reply='l02', quote='gmail_fr', signals=[('pricing', "le prix du connecteur est au-dessus de ce qu'on peut se permettre", {})])
ebill('l04', '2026-07-31 06:00', ['julien'], 'fr', 'R-2026-07-1320', '2 400,00', 'CHF', 'T3 2026')
autoreply('l05', '2026-08-10 09:00', 'ines', ['claire'], 'Réponse automatique : Scanner Zebra – mise à jour', '''
Je suis en vacances jusqu'au 21 août. Pour l'entrepôt, contactez Julien Favre : julien@colisleman.ch
''', neg='holiday auto-reply from an iPhone; not a human message')
m('l06', '2026-08-10 08:50', 'claire', ['ines'], 'Scanner Zebra – mise à jour', '''
Bonjour Inès,

Une mise à jour du firmware des scanners TC21 est disponible (corrige la perte de Wi-Fi en zone froide). Quand pouvons-nous la pousser ? Elle prend 10 minutes par appareil.
''', ask=True)
m('l07', '2026-08-25 07:00', 'sales', ['julien'], 'Ajustement tarifaire au 1er décembre 2026', '''
Madame, Monsieur,

Afin de continuer à investir dans la plateforme (mode hors ligne, portail transporteurs), Kranich ajuste ses tarifs de 7 % pour les contrats renouvelés à partir du 1er décembre 2026. Votre chargé de compte se tient à votre disposition pour toute question.

L'équipe commerciale Kranich
''', auto='notification', sig=False, headers={'Auto-Submitted': 'auto-generated'},
  neg='vendor price-adjustment notice sent to all customers; pricing words are Kranich\'s')
m('l08', '2026-08-27 22:14', 'julien', ['mathilde'], 'Re: Ajustement tarifaire au 1er décembre 2026', '''
Mathilde,

+7 % pour une start-up qui compte chaque franc, c'est difficile à avaler. On va devoir revoir nos coûts avant le renouvellement, et le WMS fait partie des gros postes. Je préfère te le dire franchement.

Julien
''', reply='l07', quote='gmail_fr', sig=False,
  signals=[('pricing', "+7 % pour une start-up qui compte chaque franc, c'est difficile à avaler", {}),
           ('churn_risk', 'On va devoir revoir nos coûts avant le renouvellement', {})])
m('l09', '2026-08-28 09:30', 'mathilde', ['julien'], 'RE: Ajustement tarifaire au 1er décembre 2026', '''
Julien,

Merci pour ta franchise, c'est précieux. Je regarde ce que je peux faire pour une jeune entreprise comme la vôtre. On s'appelle la semaine prochaine ? Propose-moi un créneau.
''', reply='l08', quote='outlook_fr', ask=True)
m('l10', '2026-09-03 18:20', 'julien', ['mathilde'], 'Re: Ajustement tarifaire au 1er décembre 2026', '''
Semaine chargée, je te rappelle la semaine prochaine.
''', reply='l09', quote='gmail_fr', sig=False)
m('l11', '2026-09-15 14:02', 'ines', ['claire'], 'Scanner qui ne lit plus les codes DataMatrix', '''
Salut Claire, un des TC21 ne lit plus les DataMatrix des colis cosmétiques, les autres oui. Tu as une idée ?
''')
m('l12', '2026-09-15 15:10', 'claire', ['ines'], 'RE: Scanner qui ne lit plus les codes DataMatrix', '''
Salut Inès,

Le profil DataWedge de ce terminal a probablement été réinitialisé. Paramètres > DataWedge > Profil Kranich > Décodeurs > activer DataMatrix. Dis-moi si ça marche.
''', reply='l11', quote='outlook_fr')
ticket('l13', '2026-09-16 09:00', ['ines'], 'fr', 49330, 'TC21 – lecture DataMatrix', 'Résolu', 'Profil DataWedge réactivé.')
m('l14', '2026-09-30 11:00', 'mathilde', ['julien'], 'Proposition pour votre renouvellement', '''
Bonjour Julien,

Tu ne m'as pas rappelée, alors je t'écris : je peux te proposer de geler le tarif actuel si vous renouvelez pour deux ans au 30 novembre, et de vous offrir la mise en service du connecteur Shopify. Qu'en penses-tu ?
''', ask=True, neg='vendor-written renewal offer with a discount; pricing/renewal words are Kranich\'s')
m('l15', '2026-10-01 10:00', 'news', ['julien'], 'Kranich Actu – Automne 2026 : le portail transporteurs arrive', '''
Bonjour,

La version 26.3 apporte le portail transporteurs et le mode hors ligne pour tous les terminaux. Découvrez aussi nos offres pour les jeunes entreprises de l'e-commerce.

L'équipe Kranich
Se désabonner : https://kranich.cloud/newsletter/desabonnement
''', auto='newsletter', sig=False, headers={'Precedence': 'bulk', 'List-Unsubscribe': '<https://kranich.cloud/newsletter/desabonnement>'},
  neg='vendor marketing newsletter')
m('l16', '2026-10-09 23:41', 'julien', ['mathilde'], 'Re: Proposition pour votre renouvellement', '''
Bien reçu. Pour être transparent, on regarde aussi d'autres options, y compris faire ça nous-mêmes avec un tableur et le WMS de notre transporteur, qui nous le propose presque gratuitement. Je reviens vers toi.
''', reply='l14', quote='gmail_fr', sig=False,
  signals=[('churn_risk', "on regarde aussi d'autres options", {}),
           ('competitor', 'le WMS de notre transporteur', {})])
m('l17', '2026-10-12 08:45', 'mathilde', ['julien'], 'RE: Proposition pour votre renouvellement', '''
Julien,

Je comprends. Avant que vous décidiez, laisse-moi te montrer en 20 minutes ce que coûterait vraiment la gestion à la main à 2 000 colis par jour. Jeudi ou vendredi ?
''', reply='l16', quote='outlook_fr', ask=True)
m('l18', '2026-10-20 10:30', 'mathilde', ['julien'], 'RE: Proposition pour votre renouvellement', '''
Bonjour Julien,

Je me permets de relancer : le renouvellement est au 30 novembre et je voudrais éviter toute interruption pour vos clients. Un créneau de 20 minutes cette semaine ?
''', reply='l16', quote='outlook_fr', ask=True)
m('l19', '2026-10-22 07:00', 'sales', ['julien'], 'Rappel : votre contrat Kranich arrive à échéance le 30/11/2026', '''
Madame, Monsieur,

Votre contrat Kranich (n° KV-2024-0911) arrive à échéance le 30 novembre 2026. Sans action de votre part, il sera reconduit aux nouvelles conditions tarifaires. Pour toute question, contactez votre chargée de compte.

L'équipe commerciale Kranich
''', auto='notification', sig=False, headers={'Auto-Submitted': 'auto-generated'},
  neg='automated vendor renewal reminder')
m('l20', '2026-10-26 12:10', 'ines', ['claire'], 'Lausanne-Sport', '''
Merci encore pour les places au Lausanne-Sport samedi, l'ambiance à la Tuilière était top ! La prochaine fois c'est moi qui paie les bières 🍺
''', neg='personal mail (football tickets) from the warehouse lead to a support engineer; not a sign of life of the commercial relationship')
status(julien='silent', ines='active')
alert('expansion_opportunity', 'low', '2026-07-02', ['l01'], 'Volume growth and Shopify connector request; declined on price the next day (l03).')
alert('churn_risk', 'high', '2026-08-27', ['l08', 'l16'], 'Co-founder must cut costs before the renewal; looks at other options.')
alert('renewal_at_risk', 'high', '2026-09-01', ['l08', 'l16'], 'Renewal 2026-11-30 inside the 90-day window from 2026-09-01 with churn and price evidence.')
alert('competitor_mention', 'medium', '2026-10-09', ['l16'], 'Spreadsheet plus the carrier\'s WMS offered almost for free.')
alert('latency_degradation', 'medium', '2026-10-09', ['l10', 'l16'], 'Co-founder replied within a day in July; 6 and 9 days in September/October, then not at all.')
alert('contacts_going_silent', 'medium', '2026-10-26', ['l17', 'l18'], 'Julien Favre has not answered two follow-ups.')

# ================================================================= 6 Swan Quay (healthy: quiet seasonal, parental leave)
acct('Swan Quay Terminals Pty Ltd', 'swanquay', ['swanquay.com.au'], 'liam.hartigan@kranich.cloud', 365000, '2027-06-30', 'enterprise',
     'quiet_seasonal_parental_leave', False,
     'Container and bulk terminal operator in Fremantle (Perth time, UTC+8, no daylight saving). A monthly rhythm of short ops reports; '
     'the champion goes on parental leave from 14 August until 18 January 2027 and hands over to an acting manager; the winter months are quiet '
     'before the wool season; an upsell is declined for budget reasons with an explicit "not looking at other systems", and the GM signals an early '
     'three-year renewal from his phone.')
person('emily', 'Emily Carter', 'emily.carter@swanquay.com.au', 'Yard Operations Manager', 'WA', 'en', 'outlook',
       'Emily Carter | Yard Operations Manager\nSwan Quay Terminals Pty Ltd | Berth 11, Victoria Quay, Fremantle WA 6160\n'
       'This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. '
       'Swan Quay Terminals accepts no liability for termination of services, loss or damage arising from the use of this email.')
person('dan', 'Daniel Nguyen', 'daniel.nguyen@swanquay.com.au', 'Acting Yard Operations Manager', 'WA', 'en', 'outlook',
       'Dan Nguyen | Acting Yard Operations Manager\nSwan Quay Terminals Pty Ltd | +61 8 9335 2210')
person('rob', 'Rob McAllister', 'rob.mcallister@swanquay.com.au', 'General Manager Terminal Operations', 'WA', 'en', 'iphone', 'Sent from my iPhone')

m('s01', '2026-07-06 15:20', 'emily', ['liam'], 'June ops numbers', '''
Hi Liam,

June numbers attached. Headline: average truck turnaround was 31 minutes against 40 this time last year - the VBS integration has taken nearly nine minutes off our average truck turnaround, and the carriers have noticed. Gate 3 had two short outages on the 18th, both sorted by your support team inside the hour.

Cheers,
Emily
''', sig=True, signals=[('advocacy', 'the VBS integration has taken nearly nine minutes off our average truck turnaround', {})])
m('s02', '2026-07-07 09:05', 'liam', ['emily'], 'RE: June ops numbers', '''
Hi Emily,

Great numbers - nine minutes is better than anything we promised in the business case. Would you mind if I shared the figure (anonymised) with our product team?
''', reply='s01', quote='outlook_en', ask=True)
m('s03', '2026-07-07 11:48', 'emily', ['liam'], 'RE: June ops numbers', '''
Go for it, happy for it to be used anonymised.
''', reply='s02', quote='outlook_en', sig=False)
ebill('s04', '2026-07-31 06:00', ['emily'], 'en', 'R-2026-07-1341', '91,250.00', 'AUD', 'Q3 2026')
m('s05', '2026-08-10 14:02', 'emily', ['liam'], 'Handover - parental leave', '''
Hi Liam,

Some personal news: I'm heading off on parental leave from 14 August and will be back on 18 January 2027. Dan Nguyen will be Acting Yard Operations Manager and your main contact while I'm away - he knows the system inside out. I've cc'd him.

From next Monday Dan will also run the monthly check-in with you.

Emily
''', cc=['dan'], sig=False)
m('s06', '2026-08-10 16:30', 'liam', ['emily'], 'RE: Handover - parental leave', '''
Emily, congratulations - that's wonderful news! All the best to you and the family. Dan, looking forward to working with you; I'll send an invite for our monthly call.
''', cc=['dan'], reply='s05', quote='outlook_en')
autoreply('s07', '2026-08-17 08:01', 'emily', ['liam'], 'Automatic reply: Monthly check-in Swan Quay / Kranich', '''
Thank you for your email. I am on parental leave until 18 January 2027 and not checking email. For yard operations please contact Dan Nguyen (daniel.nguyen@swanquay.com.au, +61 8 9335 2210).
''', neg='parental-leave auto-reply with a return date (on_leave, not departed, not silent)')
calendar('s08', '2026-08-17 10:00', 'liam', ['dan', 'emily'], 'Monthly check-in Swan Quay / Kranich', '2026-09-07 14:00', 30, 'en',
         'Monthly check-in (Teams), first Monday of the month, 2pm Perth time.', region='WA')
cal_reply('s09', '2026-08-17 10:12', 'dan', 'liam', 's08', 'en')
m('s10', '2026-09-07 15:10', 'dan', ['liam'], 'August numbers + notes from today', '''
Hi Liam,

Thanks for the call. August in short: 30 min average turnaround, no gate outages, 2 new carriers onboarded through the portal. Nothing for you to action.

Dan
''', sig=False)
m('s11', '2026-09-08 08:40', 'liam', ['dan'], 'RE: August numbers + notes from today', '''
Thanks Dan, that's a clean month. I'll pass the carrier feedback to product.
''', reply='s10', quote='outlook_en')
m('s12', '2026-09-21 19:30', 'rob', ['liam'], 'Grand final', '''
Mate you still owe me a beer from last year's tipping comp. Dockers didn't make it so I'm going for the Swans out of spite. R
''', sig=False, neg='personal mail (football tipping) from the GM to the AM; no business signal')
m('s13', '2026-09-29 09:15', 'dan', ['liam'], 'Fwd: Ports Australia bulletin', '''
Thought you'd find this one interesting given what you guys do.
''', sig=False, mailer='apple', fwd=('apple_en', dict(frm='Ports Australia <bulletin@portsaustralia.com.au>', subject='Bulletin: terminal tech spend under pressure',
    date='29 September 2026 at 6:00:00 am AWST', to='daniel.nguyen@swanquay.com.au',
    body='Several terminal operators are switching TOS vendors as price increases bite; one east-coast operator cancelled its contract mid-term and moved to a competitor. '
         'Analysts expect further consolidation and churn among yard-management providers in 2027.')),
  neg='forwarded industry bulletin (Apple Mail forward); switching/cancel/competitor words are the bulletin\'s')
m('s14', '2026-10-05 16:40', 'dan', ['liam'], 'September numbers', '''
Hi Liam,

Quiet month as expected - volumes are down ahead of the wool season, which ramps up in November, so expect more noise from us then. Turnaround 29 min. That's it.

Dan
''', sig=False)
m('s15', '2026-10-06 09:02', 'liam', ['dan'], 'RE: September numbers', '''
Thanks Dan. Enjoy the calm before the wool!
''', reply='s14', quote='outlook_en')
m('s16', '2026-10-12 10:30', 'liam', ['dan'], 'Yard Premium - predictive gate booking', '''
Hi Dan,

With the wool season coming, predictive gate booking in Yard Premium could smooth the peaks at Gate 3. We have an autumn offer of 15 % off the first year. Worth a 30-minute demo?
''', ask=True, neg='vendor-written upsell with a discount')
m('s17', '2026-10-12 13:05', 'dan', ['liam'], 'RE: Yard Premium - predictive gate booking', '''
Hi Liam,

Not this financial year, sorry - there's no budget line for it and I don't want to start something big while Emily's away. To be clear, we're not looking at other systems either; let's revisit in the new year when she's back.

Dan
''', reply='s16', quote='outlook_en', sig=False,
  neg='upsell declined for budget timing with an explicit negation ("not looking at other systems"); not a churn or competitor signal')
ticket('s18', '2026-10-15 11:20', ['dan'], 'en', 49688, 'Gate 3 OCR camera misreads container prefixes', 'Resolved', 'Resolution: OCR dictionary updated with 14 new owner codes.')
m('s19', '2026-10-19 18:55', 'rob', ['liam'], 'Renewal', '''
Liam - caught up with Dan. Happy with how things are going. Let's lock in the 3yr renewal early in the new year, before budgets get messy. R
''', sig=False, signals=[('renewal', "Let's lock in the 3yr renewal early in the new year", {})])
m('s20', '2026-10-20 08:15', 'liam', ['rob'], 'RE: Renewal', '''
Thanks Rob, that's great to hear. I'll have a draft with you in the first week of February so Emily can weigh in once she's back.
''', reply='s19', quote='outlook_en')
m('s21', '2026-10-26 10:00', 'news', ['dan'], 'Kranich News - Spring 2026: offline mode for every handheld', '''
Hello,

Release 26.3 brings offline mode to every handheld, a new carrier portal and predictive gate booking. Upgrade to Yard Premium before 31 October and save 15 % in year one.

The Kranich team
Unsubscribe: https://kranich.cloud/newsletter/unsubscribe
''', auto='newsletter', sig=False, headers={'Precedence': 'bulk', 'List-Unsubscribe': '<https://kranich.cloud/newsletter/unsubscribe>'},
  neg='vendor marketing newsletter')
status(emily='on_leave', dan='active', rob='active')
alert('advocacy', 'medium', '2026-07-06', ['s01', 's03'], 'Nine minutes off truck turnaround; happy for the figure to be shared.')

# ================================================================= 7 Sahyadri (risk: overdue commitment, competitor, churn)
acct('Sahyadri Auto Components Distribution Pvt Ltd', 'sahyadri', ['sahyadriauto.in'], 'liam.hartigan@kranich.cloud', 58000, '2026-12-31', 'mid',
     'overdue_commitment_competitor_churn', True,
     'Auto-parts distributor in Pune (IST). Kranich promises a fix for wrong HSN codes on GST e-way bills by 30 September; it slips, the '
     'customer finds out from release notes, management questions paying for a system that needs daily manual correction, the director '
     'sees a demo of a competitor at half the price and wants a best offer before the 31 December renewal, then stops replying to the offer.')
person('vikram', 'Vikram Deshpande', 'vikram.deshpande@sahyadriauto.in', 'Head of Warehouse Operations', 'IN', 'en', 'outlook',
       'Regards,\nVikram Deshpande\nHead - Warehouse Operations\nSahyadri Auto Components Distribution Pvt Ltd | Chakan MIDC Phase II, Pune 410501')
person('anita', 'Anita Kulkarni', 'anita.kulkarni@sahyadriauto.in', 'IT Manager', 'IN', 'en', 'gmail',
       'Thanks & Regards,\nAnita Kulkarni\nIT Manager | Sahyadri Auto Components')
person('rajesh', 'Rajesh Mehta', 'rajesh.mehta@sahyadriauto.in', 'Director - Supply Chain', 'IN', 'en', 'iphone', 'Sent from my iPhone')

m('a01', '2026-07-08 11:25', 'anita', ['support', 'liam'], 'E-way bill JSON has wrong HSN codes', '''
Hi team,

Since the June release the e-way bill JSON generated at dispatch carries the 4-digit HSN code instead of the 8-digit one for brake and clutch parts. The GST portal accepts it but our auditors flagged it. Dispatch is correcting 60-80 bills manually every day. Please check urgently.
''')
m('a02', '2026-07-09 10:10', 'priya', ['anita'], 'RE: E-way bill JSON has wrong HSN codes', '''
Hi Anita,

Thanks for the detailed report - I can reproduce it. The mapping takes the HSN from the article group instead of the article master. I've raised it with development as ticket 47102 and will come back with a timeline.
''', cc=['liam'], reply='a01', quote='outlook_en')
ticket('a03', '2026-07-09 10:12', ['anita'], 'en', 47102, 'E-way bill JSON: HSN code from article group', 'In progress')
m('a04', '2026-07-21 16:45', 'liam', ['vikram', 'anita'], 'HSN fix - timeline', '''
Hi Vikram, hi Anita,

Development has confirmed the root cause. We will ship the HSN fix for the e-way bill JSON in release 26.3, by 30 September at the latest. Until then Priya can give you a report that lists the affected bills each morning, so the manual check is quicker.
''', signals=[('commitment', 'We will ship the HSN fix for the e-way bill JSON in release 26.3, by 30 September at the latest', {'due': '2026-09-30'})])
m('a05', '2026-07-22 10:02', 'vikram', ['liam'], 'RE: HSN fix - timeline', '''
Ok noted. Please ensure the date is kept, our dispatch team is spending 2 hrs a day on this. Send the report.
''', cc=['anita'], reply='a04', quote='outlook_en')
ebill('a06', '2026-07-31 06:00', ['vikram'], 'en', 'R-2026-07-1372', '14,500.00', 'EUR', 'Q3 2026')
m('a07', '2026-08-18 12:30', 'anita', ['liam'], 'HSN fix status?', '''
Hi Liam, any update on the HSN fix? Is 26.3 still on track?
''')
m('a08', '2026-08-19 09:10', 'liam', ['anita'], 'RE: HSN fix status?', '''
Hi Anita, yes - development tells me it's in the 26.3 scope and on track for the end of September.
''', reply='a07', quote='outlook_en')
m('a09', '2026-09-10 14:40', 'vikram', ['liam'], 'Festive season volumes', '''
Liam,

From October the festive season starts and our dispatch volumes double till Diwali. We cannot have manual correction of e-way bills then. Please confirm the fix comes before that.
''', sig=True, ask=False)
m('a10', '2026-09-11 08:55', 'liam', ['vikram'], 'RE: Festive season volumes', '''
Hi Vikram, understood. 26.3 is planned for the last week of September; I'll confirm the exact date as soon as I have it.
''', reply='a09', quote='outlook_en')
autoreply('a11', '2026-09-14 09:00', 'vikram', ['liam'], 'Out of Office: RE: Festive season volumes', '''
I am out of office for Ganesh Chaturthi and will be back on 16 September. For urgent matters please contact Anita Kulkarni.
''', neg='festival out-of-office auto-reply')
m('a12', '2026-10-01 10:20', 'anita', ['liam'], '26.3 release notes - HSN fix missing?', '''
Hi Liam,

I went through the 26.3 release notes that came yesterday and the HSN fix for the e-way bill JSON is not mentioned. Was it included? Our dispatch team is still correcting bills by hand.
''')
m('a13', '2026-10-03 07:40', 'liam', ['anita', 'vikram'], 'RE: 26.3 release notes - HSN fix missing?', '''
Hi Anita, hi Vikram,

I'm sorry - the fix did not make 26.3; it failed regression testing on the last day and has moved to 26.4, which is due mid-November. I know that's not what I promised. I'll ask Priya to keep the daily report running.
''', reply='a12', quote='outlook_en')
m('a14', '2026-10-09 18:10', 'vikram', ['liam'], 'RE: 26.3 release notes - HSN fix missing?', '''
Liam,

This is disappointing. Frankly my management is asking why we are paying for a system that needs manual correction every day. Mid-November is after Diwali, which means the full festive season by hand.
''', reply='a13', quote='outlook_en', signals=[('churn_risk', 'my management is asking why we are paying for a system that needs manual correction every day', {})])
m('a15', '2026-10-12 08:30', 'liam', ['vikram'], 'RE: 26.3 release notes - HSN fix missing?', '''
Vikram, I understand. Could we have 30 minutes with you and Mr Mehta this week? I'd like to look at a hotfix outside the release cycle and at what we can do commercially for the inconvenience.
''', reply='a14', quote='outlook_en', ask=True)
m('a16', '2026-10-15 21:05', 'anita', ['priya'], 'Quick personal favour', '''
Hi Priya,

Sorry for using the office mail - my cousin Kavya is applying for the graduate support role at Kranich in Sydney. Would you be willing to be a reference or at least tell her what the team is like? Totally fine if not!

Anita
''', sig=False, neg='personal request (job reference for a cousin) between people at customer and vendor; no business signal')
m('a17', '2026-10-19 22:48', 'rajesh', ['liam'], 'Renewal', '''
Liam - we r seeing a demo of Zentra WMS next week. Their price is almost half of yours. Need your best offer before renewal, by 25th. Rajesh
''', sig=False, signals=[('competitor', 'we r seeing a demo of Zentra WMS next week', {}),
                         ('pricing', 'Their price is almost half of yours', {}),
                         ('renewal', 'Need your best offer before renewal', {})])
m('a18', '2026-10-20 09:15', 'liam', ['rajesh'], 'RE: Renewal', '''
Dear Mr Mehta,

Thank you for telling me directly. You will have our best offer by Friday, 23 October, including a hotfix for the HSN issue before Diwali.
''', cc=['vikram'], reply='a17', quote='outlook_en',
  signals=[('commitment', 'You will have our best offer by Friday, 23 October', {'due': '2026-10-23'})])
m('a19', '2026-10-23 17:30', 'liam', ['rajesh'], 'Renewal offer 2027 - Sahyadri Auto Components', '''
Dear Mr Mehta,

As promised, our renewal offer is attached: 18 % reduction on the licence fee for a two-year term, the HSN hotfix deployed by 2 November, and three months of the current fee credited for the trouble this year. I'd welcome a call to walk you through it.
''', cc=['vikram'], ask=True)
m('a20', '2026-10-24 09:30', 'anita', ['liam'], 'Fwd: WMS buyers guide 2026', '''
FYI - this landed in my inbox, might be useful for you to see how the market is being pitched here.
''', sig=False, fwd=('gmail_en', dict(frm='Logistics Insider <editor@logisticsinsider.in>', date='Fri, 23 Oct 2026 at 07:00', to='anita.kulkarni@sahyadriauto.in',
    subject='WMS buyers guide 2026: price war among cloud vendors',
    body='Indian distributors are switching WMS vendors at record rates as a price war breaks out. Several vendors now offer 50 % discounts to win competitive deals; '
         'churn among mid-market customers is expected to stay high in 2027.')),
  neg='forwarded trade newsletter (Gmail forward); competitor/price/churn words are the newsletter\'s, not Sahyadri\'s')
m('a21', '2026-10-28 10:00', 'liam', ['rajesh'], 'RE: Renewal offer 2027 - Sahyadri Auto Components', '''
Dear Mr Mehta,

Just checking that the offer reached you. The HSN hotfix is ready for your test system tomorrow. Would Thursday or Friday suit for a call?
''', cc=['vikram'], reply='a19', quote='outlook_en', ask=True)
status(vikram='active', anita='active', rajesh='active')
alert('open_commitment', 'medium', '2026-07-21', ['a04'], 'HSN fix promised by 2026-09-30.')
alert('commitment_overdue', 'high', '2026-10-01', ['a04', 'a12', 'a13'], 'HSN fix due 2026-09-30 not delivered; moved to mid-November.')
alert('churn_risk', 'high', '2026-10-09', ['a14'], 'Management questions paying for a system needing daily manual correction.')
alert('latency_degradation', 'medium', '2026-10-09', ['a14', 'a19', 'a21'], 'Replies went from under a day in July to 6 days in October; the renewal offer is unanswered.')
alert('competitor_mention', 'high', '2026-10-19', ['a17'], 'Zentra WMS demo, price "almost half".')
alert('renewal_at_risk', 'high', '2026-10-09', ['a14', 'a17'], 'Renewal 2026-12-31 inside 90 days with churn evidence, then a named competitor.')
alert('open_commitment', 'medium', '2026-10-20', ['a18'], 'Best offer promised by 2026-10-23; sent 2026-10-23 (a19), closed.')

# ================================================================= 8 Viña Cordillera Alta (healthy: phone-only, seasonal)
acct('Viña Cordillera Alta S.A.', 'cordillera', ['cordilleraalta.cl'], 'liam.hartigan@kranich.cloud', 14500, '2027-02-28', 'smb',
     'phone_only_quiet_healthy', False,
     'Wine exporter in the Colchagua valley. The cellar and dispatch manager does everything by phone and only confirms by two-line mails '
     '("como lo conversamos por teléfono"); winter is quiet, September has the Fiestas Patrias; Kranich promises a GS1 label template for China '
     'by 15 November (open, not overdue at as_of); the export manager asks for readers for a second cellar for the 2027 harvest. '
     'Few mails and slow written answers are normal here and must not read as going dark.')
person('joaquin', 'Joaquín Fuentes', 'jfuentes@cordilleraalta.cl', 'Jefe de Bodega y Despacho', 'CL', 'es', 'iphone', 'Enviado desde mi iPhone')
person('carolina', 'Carolina Vidal', 'cvidal@cordilleraalta.cl', 'Gerente de Exportaciones', 'CL', 'es', 'gmail',
       'Carolina Vidal Errázuriz\nGerente de Exportaciones | Viña Cordillera Alta S.A.\nFundo El Peñasco s/n, Santa Cruz, Región de O\'Higgins')

m('c01', '2026-07-07 11:30', 'valentina', ['joaquin'], 'Revisión de invierno y etiquetas de exportación', '''
Hola Joaquín:

¿Cómo va el invierno en la bodega? Quería revisar contigo dos temas: la actualización de los lectores antes de la temporada de despachos y las etiquetas logísticas para los envíos a China. ¿Te acomoda conversarlo esta semana?
''', ask=True)
m('c02', '2026-07-09 09:12', 'joaquin', ['valentina'], 'Re: Revisión de invierno y etiquetas de exportación', '''
Hola Valentina, como lo conversamos por teléfono recién, todo bien por ahora. Quedo atento a lo de las etiquetas.
Saludos
''', reply='c01', quote='apple_es')
ebill('c03', '2026-07-31 06:00', ['joaquin'], 'es', 'R-2026-07-1388', '3.625,00', 'EUR', 'T3 2026')
m('c04', '2026-08-04 10:05', 'valentina', ['joaquin'], 'Resumen llamada: plantilla GS1 para China', '''
Hola Joaquín:

Gracias por la llamada de hoy. Como acordamos, les enviaremos la plantilla de etiqueta logística GS1 adaptada a los requisitos de aduana china antes del 15 de noviembre, a tiempo para los primeros despachos de diciembre. La actualización de los lectores queda para la primera semana de septiembre.
''', cc=['carolina'], signals=[('commitment', 'les enviaremos la plantilla de etiqueta logística GS1 adaptada a los requisitos de aduana china antes del 15 de noviembre', {'due': '2026-11-15'})])
m('c05', '2026-08-06 17:40', 'joaquin', ['valentina'], 'Re: Resumen llamada: plantilla GS1 para China', '''
Perfecto, es lo que hablamos. Gracias
''', reply='c04', quote='apple_es')
m('c06', '2026-08-24 09:00', 'news', ['carolina'], 'Novedades Kranich – versión 26.3', '''
Hola:

La versión 26.3 trae modo sin conexión para todos los lectores, el nuevo portal de transportistas y reserva predictiva de andenes. Actualice a Yard Premium antes del 31 de octubre y ahorre un 15 % el primer año.

El equipo Kranich
Darse de baja: https://kranich.cloud/newsletter/baja
''', auto='newsletter', sig=False, headers={'Precedence': 'bulk', 'List-Unsubscribe': '<https://kranich.cloud/newsletter/baja>'},
  neg='vendor marketing newsletter (upsell)')
m('c07', '2026-09-02 12:15', 'valentina', ['joaquin'], 'Actualización de lectores – 3 de septiembre', '''
Hola Joaquín:

Te confirmo la actualización remota de los seis lectores mañana jueves a las 8:00 (hora de Chile). No necesitan hacer nada, salvo dejarlos en la base de carga esta noche.
''')
autoreply('c08', '2026-09-16 10:00', 'carolina', ['valentina'], 'Respuesta automática: Etiquetas China – datos del importador', '''
Estaré fuera de la oficina por Fiestas Patrias hasta el lunes 21 de septiembre. Para temas urgentes de despacho, contactar a Joaquín Fuentes.
''', neg='Fiestas Patrias out-of-office auto-reply')
m('c09', '2026-09-16 09:45', 'valentina', ['carolina'], 'Etiquetas China – datos del importador', '''
Hola Carolina:

Para la plantilla GS1 necesito el código GLN de su importador en Shanghái y el formato de número de lote que exige. ¿Me los puedes enviar cuando vuelvas?
''', ask=True)
m('c10', '2026-09-23 15:30', 'carolina', ['valentina'], 'Re: Etiquetas China – datos del importador', '''
Hola Valentina, te adjunto el GLN y el formato de lote que nos mandó el importador. Perdón la demora, volvimos de las fiestas con todo acumulado.
''', reply='c09', quote='gmail_es')
m('c11', '2026-09-28 08:50', 'carolina', ['valentina', 'liam'], 'Fwd: Informe de exportaciones – Vinos de Chile', '''
Les comparto el informe trimestral, por si les sirve para entender nuestra temporada.
''', fwd=('gmail_es', dict(frm='Vinos de Chile <informes@vinosdechile.cl>', date='lun, 28 sept 2026 a las 07:00', to='cvidal@cordilleraalta.cl',
    subject='Informe trimestral de exportaciones',
    body='Los precios del vino a granel bajaron un 8 % y varios exportadores cambian de importador en China. La competencia de Argentina y Australia '
         'presiona los precios; algunas viñas anuncian recortes de presupuesto y cancelación de contratos de distribución.')),
  neg='forwarded export report (Gmail forward); price/competition/cancel words are about the wine market, not Kranich')
m('c12', '2026-10-06 16:20', 'carolina', ['valentina'], 'Precios FOB en la etiqueta', '''
Hola Valentina:

Desde noviembre subimos nuestros precios FOB para China un 6 %. El importador pide que el valor declarado por caja aparezca en la etiqueta del pallet. ¿Se puede agregar ese campo a la plantilla?
''', ask=False, neg='the customer talks about its OWN export prices; not a pricing objection toward Kranich')
m('c13', '2026-10-07 09:10', 'valentina', ['carolina'], 'RE: Precios FOB en la etiqueta', '''
Hola Carolina:

Sí, lo incluimos como campo variable en la plantilla, sin costo adicional. Sigue en pie la entrega antes del 15 de noviembre.
''', reply='c12', quote='outlook_es')
m('c14', '2026-10-14 11:00', 'valentina', ['joaquin'], 'Temporada de despachos', '''
Hola Joaquín:

¿Cómo van los lectores después de la actualización? ¿Algo que debamos revisar antes de la temporada de despachos?
''', ask=True)
m('c15', '2026-10-16 18:05', 'joaquin', ['valentina'], 'Re: Temporada de despachos', '''
Conversado por teléfono con Valentina. Todo ok, seguimos igual el próximo año.
''', cc=['carolina'], reply='c14', quote='apple_es', signals=[('renewal', 'seguimos igual el próximo año', {})])
ticket('c16', '2026-10-20 13:00', ['joaquin'], 'es', 49741, 'Lector 4 no carga en la base', 'Resuelto', 'Se reemplazó la base de carga.')
m('c17', '2026-10-22 20:30', 'valentina', ['carolina'], 'La Roja', '''
Carolina, ¿viste el partido? Por fin ganamos uno. Cuando pase por Santa Cruz en diciembre me debes ese carmenere que prometiste 😉
''', sig=False, neg='personal mail (football, wine gift) between vendor and customer staff; no business signal')
m('c18', '2026-10-27 10:40', 'carolina', ['liam', 'valentina'], 'Cotización lectores para Lolol', '''
Hola Liam, hola Valentina:

Para la vendimia 2027 queremos sumar la bodega de Lolol al sistema. ¿Nos pueden cotizar cuatro lectores más con sus licencias y la puesta en marcha? Idealmente antes de fin de año para incluirlo en el presupuesto.
''', signals=[('expansion', 'queremos sumar la bodega de Lolol al sistema', {})])
m('c19', '2026-10-28 08:30', 'liam', ['carolina'], 'RE: Cotización lectores para Lolol', '''
Hola Carolina,

Great news - Valentina will send you the quote in Spanish by next week. Thanks for thinking of us for Lolol!
''', cc=['valentina'], reply='c18', quote='outlook_en')
status(joaquin='active', carolina='active')
alert('open_commitment', 'low', '2026-08-04', ['c04', 'c13'], 'GS1 label template for China due 2026-11-15; still open and not overdue at as_of.')
alert('expansion_opportunity', 'medium', '2026-10-27', ['c18'], 'Second cellar (Lolol) for harvest 2027: four readers plus licences.')

# ================================================================= 9 Baustoff Lechner (mixed: contact replaced, competitor in passing)
acct('Baustoff Lechner GmbH & Co. KG', 'lechner', ['lechner-baustoffe.de'], 'jana.petersen@kranich-software.de', 72000, '2027-01-31', 'mid',
     'contact_replaced_expansion_in_progress', None,
     'Family-owned building-materials merchant in Rosenheim. The head of logistics sees a yard-module demo and wants it for two sites, mentioning '
     'in passing that SAP EWM had been an option last year; the owner (Lotus Notes, no In-Reply-To) accepts in principle but wants to talk about the '
     'price for the second site. The head of logistics moves to the sister company at the end of September; his successor is introduced, engaged '
     'and onboarded, and pushes the second site into spring 2027 while calling the renewal uncontroversial. Renewal 31 January 2027 is just outside '
     'the 90-day window at as_of.')
person('markus', 'Markus Vogt', 'markus.vogt@lechner-baustoffe.de', 'Leiter Logistik (bis 30.09.)', 'DE', 'de', 'outlook',
       'Mit freundlichen Grüßen\nMarkus Vogt\nLeiter Logistik\nBaustoff Lechner GmbH & Co. KG · Kufsteiner Straße 120 · 83022 Rosenheim\n'
       'Sitz Rosenheim, AG Traunstein HRA 8812 · phG: Lechner Verwaltungs GmbH, GF Josef Lechner')
person('markus_new', 'Markus Vogt', 'm.vogt@lechner-holzbau.de', 'Geschäftsführer Lechner Holzbau (ab 01.10.)', 'DE', 'de', 'outlook', 'Markus Vogt')
person('stefanie', 'Stefanie Kraus', 'stefanie.kraus@lechner-baustoffe.de', 'Leiterin Logistik (ab 15.09.)', 'DE', 'de', 'apple',
       'Viele Grüße\nStefanie Kraus\nLeiterin Logistik · Baustoff Lechner GmbH & Co. KG\nTel. +49 8031 2977-40')
person('josef', 'Josef Lechner', 'josef.lechner@lechner-baustoffe.de', 'Geschäftsführer', 'DE', 'de', 'notes', 'Josef Lechner\nGeschäftsführer', org='LECHNER')

m('b01', '2026-07-09 14:22', 'markus', ['jana'], 'Lkw-Anlieferung und Hofsteuerung', '''
Hallo Frau Petersen,

unser Hof in Rosenheim platzt morgens aus allen Nähten: 30 bis 40 Lkw zwischen 6 und 9 Uhr, Fahrer warten teils zwei Stunden. Wir hatten letztes Jahr kurz auch SAP EWM als Option angeschaut, sind aber froh, dass wir bei Ihnen geblieben sind – gibt es im Yard-Modul eine Zeitfensterbuchung für Lieferanten?
''', signals=[('competitor', 'Wir hatten letztes Jahr kurz auch SAP EWM als Option angeschaut', {})])
m('b02', '2026-07-10 09:40', 'jana', ['markus'], 'AW: Lkw-Anlieferung und Hofsteuerung', '''
Hallo Herr Vogt,

ja, genau dafür gibt es das Yard-Modul mit Lieferanten-Zeitfenstern und Hofampel. Darf ich Ihnen das mit Tobias Brandt in einer Demo zeigen? Ich schicke gleich einen Terminvorschlag.
''', reply='b01', quote='outlook_de', ask=True)
calendar('b03', '2026-07-10 09:55', 'jana', ['markus'], 'Demo Yard-Modul – Baustoff Lechner', '2026-07-23 10:00', 90, 'de',
         'Demo Yard-Modul mit Zeitfensterbuchung (Teams)\nTeilnehmer Kranich: Jana Petersen, Tobias Brandt')
cal_reply('b04', '2026-07-10 10:30', 'markus', 'jana', 'b03', 'de')
m('b05', '2026-07-24 08:10', 'markus', ['jana'], 'Nach der Demo', '''
Hallo Frau Petersen,

die Demo hat überzeugt. Wir wollen das Yard-Modul ab 2027 in Rosenheim und in der Niederlassung Traunstein einsetzen. Bitte schicken Sie mir und Herrn Lechner ein Angebot.
''', signals=[('expansion', 'Wir wollen das Yard-Modul ab 2027 in Rosenheim und in der Niederlassung Traunstein einsetzen', {})])
ebill('b06', '2026-07-31 06:00', ['markus'], 'de', 'R-2026-07-1402', '18.000,00', 'EUR', 'Q3 2026')
m('b07', '2026-08-03 11:00', 'jana', ['markus', 'josef'], 'Angebot Yard-Modul Rosenheim und Traunstein', '''
Sehr geehrter Herr Lechner, hallo Herr Vogt,

anbei unser Angebot für das Yard-Modul an beiden Standorten, Start 1. Januar 2027, gekoppelt an die Verlängerung Ihres Rahmenvertrags zum 31. Januar 2027.
Ich freue mich auf Ihre Rückmeldung.
''', ask=True)
m('b08', '2026-08-06 16:35', 'josef', ['jana'], 'Antwort: Angebot Yard-Modul Rosenheim und Traunstein', '''
Sehr geehrte Frau Petersen,

vielen Dank für das Angebot. Grundsätzlich nehmen wir es an. Über den Preis für Traunstein möchte ich aber noch mit Ihnen sprechen, die Niederlassung hat nur ein Drittel des Umschlags von Rosenheim.

Mit freundlichen Grüßen
''', cc=['markus'], reply='b07', drop_irt=True, quote='notes_de', signals=[('pricing', 'Über den Preis für Traunstein möchte ich aber noch mit Ihnen sprechen', {})])
m('b09', '2026-08-07 10:15', 'jana', ['josef'], 'AW: Angebot Yard-Modul Rosenheim und Traunstein', '''
Sehr geehrter Herr Lechner,

das verstehe ich gut. Ich rufe Sie nächste Woche an, dann finden wir für Traunstein eine Staffel, die zum Umschlag passt.
''', cc=['markus'], reply='b08', quote='outlook_de')
m('b10', '2026-08-20 13:30', 'markus', ['jana'], 'Personelle Veränderung', '''
Hallo Frau Petersen,

vorab persönlich: Ich wechsle zum 1. Oktober als Geschäftsführer zu unserer Schwesterfirma Lechner Holzbau. Meine Nachfolgerin als Leiterin Logistik, Stefanie Kraus, fängt am 15. September an. Ich stelle Sie beide dann gleich vor, damit das Yard-Projekt nicht hängen bleibt.
''')
m('b11', '2026-08-21 08:05', 'jana', ['markus'], 'AW: Personelle Veränderung', '''
Hallo Herr Vogt,

herzlichen Glückwunsch, das ist ein schöner Schritt! Danke, dass Sie an die Übergabe denken – ich freue mich auf Frau Kraus.
''', reply='b10', quote='outlook_de')
m('b12', '2026-09-16 09:00', 'markus', ['jana', 'stefanie'], 'Vorstellung: Stefanie Kraus', '''
Liebe Frau Petersen, liebe Frau Kraus,

wie angekündigt bringe ich Sie zusammen. Frau Kraus übernimmt ab sofort die Logistik und damit auch das Yard-Projekt. Frau Petersen kennt unsere Historie und kann Ihnen alles zum Angebot erklären.
''')
m('b13', '2026-09-16 11:20', 'jana', ['stefanie'], 'Willkommen – Kennenlernen und Onboarding', '''
Liebe Frau Kraus,

herzlich willkommen bei Lechner! Ich würde Ihnen gern in einer Stunde die Plattform, den Stand des Yard-Projekts und Ihre Ansprechpartner bei Kranich vorstellen. Passt Ihnen der 29. September?
''', cc=['markus'], reply='b12', quote='outlook_de', ask=True)
m('b14', '2026-09-17 07:45', 'stefanie', ['jana'], 'Re: Willkommen – Kennenlernen und Onboarding', '''
Liebe Frau Petersen,

danke für den freundlichen Empfang! Der 29. passt, gern vormittags bei uns in Rosenheim.
''', reply='b13', quote='apple_de')
calendar('b15', '2026-09-17 09:00', 'jana', ['stefanie'], 'Onboarding Kranich – Stefanie Kraus', '2026-09-29 10:00', 60, 'de',
         'Onboarding vor Ort, Baustoff Lechner Rosenheim, Kufsteiner Straße 120')
cal_reply('b16', '2026-09-17 09:07', 'stefanie', 'jana', 'b15', 'de')
autoreply('b17', '2026-10-02 08:30', 'markus', ['tobias'], 'Automatische Antwort: Schnittstelle Waage Hof 2', '''
Vielen Dank für Ihre Nachricht. Ich bin seit 1. Oktober nicht mehr für die Baustoff Lechner tätig. Bitte wenden Sie sich an Stefanie Kraus, stefanie.kraus@lechner-baustoffe.de, Tel. +49 8031 2977-40. Ihre Nachricht wird nicht weitergeleitet.
''', neg='auto-reply confirming a departure that was announced and handed over; no business signal')
m('b18', '2026-10-02 08:29', 'tobias', ['markus'], 'Schnittstelle Waage Hof 2', '''
Hallo Herr Vogt,

die Schnittstelle zur Fahrzeugwaage an Hof 2 ist fertig. Wer testet das bei Ihnen?
''', ask=True, neg='vendor engineer writes to the old address out of habit; the reply gap is explained by the departure, not silence')
m('b19', '2026-10-07 15:10', 'stefanie', ['jana'], 'Yard-Projekt Traunstein', '''
Liebe Frau Petersen,

ich habe mir einen Überblick verschafft. Rosenheim wollen wir wie geplant zum 1. Januar starten; Traunstein schiebe ich ins Frühjahr 2027, weil dort erst der Hof umgebaut wird. Herr Brandt kann mich für die Waagenschnittstelle direkt ansprechen.
''')
m('b20', '2026-10-08 09:20', 'jana', ['stefanie'], 'AW: Yard-Projekt Traunstein', '''
Liebe Frau Kraus,

das klingt vernünftig. Ich passe das Angebot an (Rosenheim ab Januar, Traunstein ab April) und schicke es Ihnen und Herrn Lechner bis Ende nächster Woche.
''', cc=['tobias'], reply='b19', quote='outlook_de',
  signals=[('commitment', 'schicke es Ihnen und Herrn Lechner bis Ende nächster Woche', {'due': '2026-10-16'})])
m('b21', '2026-10-15 17:00', 'jana', ['stefanie', 'josef'], 'Angepasstes Angebot Yard-Modul', '''
Liebe Frau Kraus, sehr geehrter Herr Lechner,

wie besprochen das angepasste Angebot: Rosenheim ab 1. Januar, Traunstein ab 1. April 2027 mit einer Staffel nach Umschlag.
''')
m('b22', '2026-10-16 07:30', 'josef', ['jana'], 'Weitergeleitet: Baustoffmarkt aktuell', '''
Zur Kenntnis. Der Markt wird nicht einfacher.

J. Lechner
''', sig=False, fwd=('notes_de', dict(by='Josef Lechner/LECHNER', date='16.10.2026 07:28',
    body='Von: Baustoffmarkt aktuell <redaktion@baustoffmarkt.de>\nBetreff: Preise, Wettbewerb, Konsolidierung\n\n'
         'Die Preise für Zement und Dämmstoffe steigen weiter. Große Ketten setzen mittelständische Händler unter Wettbewerbsdruck; '
         'viele kündigen Rahmenverträge oder wechseln Lieferanten, um Kosten zu senken.')),
  neg='forwarded trade newsletter (Lotus Notes forward); price/competition/cancel words are about the building-materials market')
m('b23', '2026-10-19 10:45', 'stefanie', ['tobias'], 'Neue Zustellpauschalen', '''
Hallo Herr Brandt,

wir haben zum 1. November unsere Zustellpauschalen je Lieferzone angepasst (Zone 1 jetzt 49 €, Zone 2 69 €). Müssen wir dafür im Yard-Modul etwas hinterlegen, oder läuft das nur über die Warenwirtschaft?
''', neg='Lechner talks about its OWN delivery prices; not a pricing objection toward Kranich')
m('b24', '2026-10-19 14:20', 'tobias', ['stefanie'], 'AW: Neue Zustellpauschalen', '''
Hallo Frau Kraus,

das läuft nur über die Warenwirtschaft, im Yard-Modul ist nichts zu tun.
''', reply='b23', quote='outlook_de')
m('b25', '2026-10-23 19:10', 'markus_new', ['jana'], 'Danke!', '''
Liebe Frau Petersen,

vielen Dank für das Abschiedsgeschenk – der Kranich aus Porzellan hat jetzt einen Ehrenplatz im neuen Büro. Wenn Sie mal in Rosenheim sind: Die Bergtour auf die Kampenwand steht noch!

Markus Vogt
''', sig=False, neg='personal thank-you from the former contact at his new company; no business signal for this account')
m('b26', '2026-10-26 09:00', 'jana', ['stefanie', 'josef'], 'Verlängerung Rahmenvertrag zum 31. Januar 2027', '''
Liebe Frau Kraus, sehr geehrter Herr Lechner,

Ihr Rahmenvertrag läuft zum 31. Januar 2027 aus. Ich würde die Verlängerung gern zusammen mit dem Yard-Modul abschließen und Ihnen dafür die aktuellen Lizenzpreise für drei Jahre garantieren. Wie sollen wir vorgehen?
''', ask=True, neg='vendor-written renewal reminder; renewal/pricing words are Kranich\'s')
m('b27', '2026-10-28 08:15', 'stefanie', ['jana'], 'Re: Verlängerung Rahmenvertrag zum 31. Januar 2027', '''
Liebe Frau Petersen,

die Verlängerung ist intern unstrittig, Herr Lechner unterschreibt, sobald das Yard-Angebot final ist. Ich melde mich bis Mitte November.
''', cc=['josef'], reply='b26', quote='apple_de', signals=[('renewal', 'die Verlängerung ist intern unstrittig', {})])
status(markus='left', stefanie='new', josef='active')
alert('competitor_mention', 'low', '2026-07-09', ['b01'], 'SAP EWM named in passing as last year\'s option; customer glad to have stayed.')
alert('expansion_opportunity', 'high', '2026-07-24', ['b05', 'b08'], 'Yard module for Rosenheim and Traunstein from 2027; accepted in principle.')
alert('contact_departed', 'medium', '2026-08-20', ['b10', 'b17'], 'Head of logistics moves to the sister company on 2026-10-01; successor named and introduced.')
alert('new_contacts', 'low', '2026-09-16', ['b12', 'b14'], 'Stefanie Kraus, new head of logistics, introduced and engaged.')
alert('open_commitment', 'low', '2026-10-08', ['b20'], 'Revised offer promised by 2026-10-16; sent 2026-10-15 (b21), closed.')

# ================================================================= 10 Suministros Mineros del Norte (mixed: escalation, renewal negotiation)
acct('Suministros Mineros del Norte SpA', 'suminorte', ['suminorte.cl'], 'liam.hartigan@kranich.cloud', 132000, '2026-12-15', 'mid',
     'escalation_then_renewal_negotiation', None,
     'Mining supplier in Antofagasta with a satellite warehouse in Calama. In July dust and altitude kill twelve handhelds, the operation at the '
     'mine site stalls and the logistics manager threatens to go to general management; Kranich ships rugged replacements before the promised date, '
     'two units keep failing until a firmware fix. In September the customer asks for a lower price because management cut software spend by 10 %; '
     'a new finance manager takes over the renewal in October, is engaged within a day, meets Kranich and says he will recommend renewing if the '
     'discount holds. Mixed: real pressure, but engaged.')
person('rodrigo', 'Rodrigo Araya', 'raraya@suminorte.cl', 'Gerente de Logística', 'CL', 'es', 'outlook',
       'Saludos,\nRodrigo Araya Pizarro\nGerente de Logística | Suministros Mineros del Norte SpA\nAv. Grecia 2150, Antofagasta | +56 55 245 8810\n'
       'La información contenida en este correo es confidencial y para uso exclusivo del destinatario. Si lo recibió por error, por favor elimínelo y avise al remitente.')
person('francisca', 'Francisca Muñoz', 'fmunoz@suminorte.cl', 'Jefa de Bodega Central', 'CL', 'es', 'outlook',
       'Francisca Muñoz\nJefa de Bodega Central | Suminorte')
person('cristian', 'Cristián Soto', 'csoto@suminorte.cl', 'Gerente de Administración y Finanzas', 'CL', 'es', 'outlook',
       'Cristián Soto Valdés\nGerente de Administración y Finanzas | Suministros Mineros del Norte SpA')

m('u01', '2026-07-14 07:40', 'francisca', ['support', 'liam'], 'URGENTE: 12 lectores fuera de servicio en Calama', '''
Estimados:

Desde el fin de semana 12 de los 20 lectores de la bodega de Calama se reinician solos o no encienden. El polvo y el frío de la noche los están matando. La entrega de repuestos a la faena está detenida; necesitamos una solución urgente hoy mismo.
''', signals=[('escalation', 'necesitamos una solución urgente hoy mismo', {})])
ticket('u02', '2026-07-14 07:45', ['francisca'], 'es', 47210, 'Calama: lectores se reinician', 'Abierto – Prioridad 1', 'Se ha asignado un ingeniero a su solicitud.')
m('u03', '2026-07-15 06:30', 'valentina', ['francisca'], 'RE: URGENTE: 12 lectores fuera de servicio en Calama', '''
Hola Francisca:

Lo siento mucho. Por lo que describes es el modelo estándar, que no está certificado para polvo fino ni para temperaturas bajo cero. Mientras buscamos equipos de reemplazo, podemos activar el modo de captura por celular en la app para que sigan despachando. Te mando las instrucciones en 10 minutos.
''', cc=['liam'], reply='u01', quote='outlook_es')
m('u04', '2026-07-15 08:20', 'rodrigo', ['liam'], 'Lectores Calama', '''
Liam:

Esto no puede repetirse. La faena nos cobra multas por cada hora de atraso. Si no se resuelve esta semana, tendré que escalarlo a la gerencia general y revisar el contrato.
''', cc=['francisca'], signals=[('escalation', 'tendré que escalarlo a la gerencia general', {})])
m('u05', '2026-07-16 07:10', 'liam', ['rodrigo'], 'RE: Lectores Calama', '''
Dear Rodrigo,

I fully understand. We will send 12 rugged IP67 replacement handhelds with cold-rated batteries to Calama, delivered before 31 July, at no cost to you. Valentina will coordinate the configuration remotely so they work the day they arrive.
''', cc=['francisca', 'valentina'], reply='u04', quote='outlook_en',
  signals=[('commitment', 'We will send 12 rugged IP67 replacement handhelds with cold-rated batteries to Calama, delivered before 31 July', {'due': '2026-07-31'})])
m('u06', '2026-07-16 09:05', 'rodrigo', ['liam'], 'RE: Lectores Calama', '''
Liam, ok. Quedo atento al número de seguimiento del envío.
''', reply='u05', quote='outlook_es', sig=False)
m('u07', '2026-07-29 07:00', 'valentina', ['francisca', 'rodrigo'], 'Equipos de reemplazo – despachados', '''
Hola Francisca, hola Rodrigo:

Los 12 equipos IP67 salieron hoy desde Santiago y llegan a Calama mañana por la tarde (seguimiento Chilexpress 99120348812). Ya están configurados con su perfil.
''')
m('u08', '2026-07-30 12:10', 'francisca', ['valentina'], 'RE: Equipos de reemplazo – despachados', '''
Llegaron ayer y ya están operando. Gracias por la rapidez.
''', reply='u07', quote='outlook_es')
ebill('u09', '2026-07-31 06:00', ['rodrigo'], 'es', 'R-2026-07-1419', '33.000,00', 'EUR', 'T3 2026')
m('u10', '2026-08-19 10:30', 'francisca', ['valentina'], 'Dos equipos siguen fallando', '''
Hola Valentina:

Dos de los equipos nuevos se apagan cuando bajamos de -5 °C en el patio de madrugada. Los otros diez funcionan bien.
''')
m('u11', '2026-08-20 19:45', 'valentina', ['francisca'], 'RE: Dos equipos siguen fallando', '''
Hola Francisca:

Es un problema conocido de firmware con las baterías de frío; sale un parche el 2 de septiembre. Mientras tanto, ¿pueden dejar esos dos equipos en la oficina durante la madrugada?
''', reply='u10', quote='outlook_es', ask=True)
m('u12', '2026-08-21 08:15', 'francisca', ['valentina'], 'RE: Dos equipos siguen fallando', '''
Sí, los dejamos adentro hasta el parche.
''', reply='u11', quote='outlook_es')
m('u13', '2026-09-04 11:20', 'rodrigo', ['liam'], 'Renovación de diciembre', '''
Liam:

Te adelanto para que lo consideres: para la renovación de diciembre necesitamos revisar el precio. El cobre está bajo y el directorio pidió recortar 10 % en software para 2027. Espero una propuesta que lo refleje.
''', signals=[('pricing', 'para la renovación de diciembre necesitamos revisar el precio', {}),
              ('renewal', 'Espero una propuesta que lo refleje', {})])
m('u14', '2026-09-07 08:40', 'liam', ['rodrigo'], 'RE: Renovación de diciembre', '''
Hi Rodrigo,

Thanks for the early heads-up - it helps. I'll put together options (term length, number of licences, payment terms). Who else should be part of the conversation on your side?
''', reply='u13', quote='outlook_en', ask=True)
autoreply('u15', '2026-09-17 09:00', 'rodrigo', ['liam'], 'Respuesta automática: Opciones de renovación', '''
Estaré fuera de la oficina por Fiestas Patrias hasta el 21 de septiembre, con acceso limitado al correo.
''', neg='Fiestas Patrias out-of-office auto-reply')
m('u16', '2026-09-17 08:55', 'liam', ['rodrigo'], 'Opciones de renovación', '''
Hi Rodrigo,

Attached are three renewal options as discussed. Happy to walk you through them after the holidays - ¡felices Fiestas Patrias!
''', ask=True)
m('u17', '2026-10-05 10:15', 'cristian', ['liam'], 'Renovación contrato Kranich', '''
Estimado Sr. Hartigan:

Me presento: desde este mes estoy a cargo de la revisión de todos los contratos de software de la compañía, incluido el de Kranich. Rodrigo Araya me hizo llegar sus opciones. Solicito una propuesta de renovación a tres años con un descuento que refleje el recorte presupuestario del 10 %, y una reunión la próxima semana.
''', cc=['rodrigo'], signals=[('renewal', 'Solicito una propuesta de renovación a tres años', {}),
                             ('pricing', 'con un descuento que refleje el recorte presupuestario del 10 %', {})])
m('u18', '2026-10-06 07:30', 'liam', ['cristian'], 'RE: Renovación contrato Kranich', '''
Estimado Sr. Soto,

Thank you for reaching out, and welcome. I'd be glad to meet next week; I'll send an invitation for Wednesday 14 October with our three-year proposal ahead of the meeting. Valentina Rojas will join to help in Spanish.
''', cc=['rodrigo', 'valentina'], reply='u17', quote='outlook_en')
calendar('u19', '2026-10-06 09:00', 'liam', ['cristian', 'rodrigo'], 'Renovación Kranich – Suminorte', '2026-10-14 10:00', 60, 'es',
         'Reunión de renovación (Teams)\nKranich: Liam Hartigan, Valentina Rojas', region='CL')
cal_reply('u20', '2026-10-06 09:40', 'cristian', 'liam', 'u19', 'es')
m('u21', '2026-10-16 17:20', 'cristian', ['liam'], 'Reunión del miércoles', '''
Estimado Liam:

Gracias por la reunión del miércoles, fue muy clara. Si mantienen el descuento conversado y el compromiso de reemplazo de equipos en Calama, recomendaré la renovación a tres años al directorio del 10 de noviembre.
''', cc=['rodrigo'], signals=[('renewal', 'recomendaré la renovación a tres años al directorio', {})])
m('u22', '2026-10-20 16:00', 'rodrigo', ['liam'], 'RV: Boletín Consejo Minero', '''
Para tu información, el boletín de este mes. El punto 3 explica el recorte que te comenté.
''', fwd=('outlook_fr', dict(frm='Consejo Minero <boletin@consejominero.cl>', date='martes, 20 de octubre de 2026 9:00', to='raraya@suminorte.cl',
    subject='Boletín octubre: costos y proveedores',
    body='3. Ante la baja del precio del cobre, las mineras exigen a sus proveedores descuentos de 10 a 15 % y evalúan cambiar de proveedor o cancelar contratos de servicios no críticos.')),
  neg='forwarded mining-industry bulletin; discount/cancel/switch words are the bulletin\'s about the mining market')
m('u23', '2026-10-21 09:30', 'francisca', ['valentina'], 'Pisco sour', '''
Vale, ¡gracias por la receta! El secreto era el limón de Pica. El viernes lo probamos con el equipo de la bodega 🍋
''', neg='personal mail (cocktail recipe); no business signal')
m('u24', '2026-10-22 10:00', 'francisca', ['valentina'], 'Nuestros precios de repuestos 2027', '''
Hola Valentina:

A partir de enero subimos nuestros precios de repuestos para palas y camiones un 5 % y cambiamos los códigos de familia. ¿Hay que actualizar algo en los perfiles de picking, o basta con el maestro de artículos?
''', neg='the customer talks about its OWN spare-part prices; not a pricing objection toward Kranich')
m('u25', '2026-10-23 08:15', 'valentina', ['francisca'], 'RE: Nuestros precios de repuestos 2027', '''
Hola Francisca:

Basta con el maestro de artículos; los perfiles de picking leen la familia automáticamente.
''', reply='u24', quote='outlook_es')
status(rodrigo='active', francisca='active', cristian='new')
alert('escalation', 'high', '2026-07-14', ['u01', 'u04'], 'Twelve handhelds down in Calama, mine-site deliveries stopped; threat to escalate to general management.')
alert('open_commitment', 'medium', '2026-07-15', ['u05'], 'Replacement handhelds promised before 2026-07-31; delivered 2026-07-29 (u07, u08), closed.')
alert('new_contacts', 'medium', '2026-10-05', ['u17'], 'New finance manager owns the renewal; engaged by Kranich the same day (u18).')

# ================================================================= build mail objects
def side(A, email):
    d = email.split('@')[1]
    if d in VENDOR_DOMAINS:
        return 'vendor'
    if d in A.domains:
        return 'customer'
    return 'other'

def ics(rec):
    c = rec['cal']
    st = dt.datetime.strptime(c['start'], '%Y-%m-%d %H:%M')
    org = P[rec['to'][0]] if c['method'] == 'REPLY' else P[rec['frm']]
    who = P[rec['frm']]
    att = [who] if c['method'] == 'REPLY' else [P[k] for k in rec['to']]
    region = c.get('region') or org.region
    off = tz_hours(region, st)
    utc = st - dt.timedelta(hours=off)
    end = utc + dt.timedelta(minutes=c['minutes'])
    uid = hashlib.sha1(c['title'].encode()).hexdigest()[:24]
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:' + c['method'],
             'BEGIN:VEVENT', 'UID:%s@kranich' % uid, 'DTSTAMP:' + rec['dt'].astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ'),
             'DTSTART:' + utc.strftime('%Y%m%dT%H%M%SZ'), 'DTEND:' + end.strftime('%Y%m%dT%H%M%SZ'),
             'SUMMARY:' + c['title'], 'ORGANIZER;CN="%s":mailto:%s' % (org.name, org.email)]
    for a in att:
        lines.append('ATTENDEE;CN="%s";PARTSTAT=%s:mailto:%s' % (a.name, 'ACCEPTED' if c['method'] == 'REPLY' else 'NEEDS-ACTION', a.email))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'

MAILER_HDR = {'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'), 'notes': ('X-Mailer', 'Lotus Notes Release 9.0.1FP10 SHF81 January 2019'),
              'apple': ('X-Mailer', 'Apple Mail (2.3731.700.6)'), 'gmail': None, 'iphone': ('X-Mailer', 'iPhone Mail (21G93)'),
              'thunderbird': ('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1'),
              'ticket': ('X-Mailer', 'Kranich Servicedesk 5.2'), 'erp': ('X-Mailer', 'SAP Business ByDesign'), 'crm': ('X-Mailer', 'HubSpot'),
              'postfix': None}

def build(rec):
    msg = EmailMessage()
    p = P[rec['frm']]
    msg['From'] = p.addr()
    msg['To'] = ', '.join(P[k].addr() for k in rec['to'])
    if rec['cc']:
        msg['Cc'] = ', '.join(P[k].addr() for k in rec['cc'])
    msg['Subject'] = rec['subject']
    msg['Date'] = format_datetime(rec['dt'])
    msg['Message-ID'] = rec['mid']
    if rec['reply'] and not rec['drop_irt']:
        parent = MSG[rec['reply']]
        refs = []
        k = rec['reply']
        while k and len(refs) < 8:
            if MSG[k]['drop_irt'] and k != rec['reply']:
                refs.insert(0, MSG[k]['mid']); break
            refs.insert(0, MSG[k]['mid'])
            k = MSG[k]['reply'] if not MSG[k]['drop_irt'] else None
        msg['In-Reply-To'] = parent['mid']
        msg['References'] = ' '.join(refs)
    h = MAILER_HDR.get(rec['mailer'])
    if h:
        msg[h[0]] = h[1]
    for k, v in rec['headers'].items():
        msg[k] = v
    msg['MIME-Version'] = '1.0'
    msg.set_content(rec['full'], charset='utf-8', cte='8bit')
    if rec['cal']:
        msg.add_alternative(ics(rec), subtype='calendar', charset='utf-8', cte='8bit', params={'method': rec['cal']['method']})
    return msg

def mboxrd_escape(text):
    return re.sub(r'(?m)^(>*From )', r'>\1', text)

def write_mbox(A, path):
    out = []
    for rec in sorted(A.msgs, key=lambda r: r['dt']):
        b = build(rec).as_bytes(policy=policy.default.clone(linesep='\n')).decode('utf-8')
        u = rec['dt'].astimezone(dt.timezone.utc)
        env = '%s %2d %s' % (u.strftime('%a %b'), u.day, u.strftime('%H:%M:%S %Y'))
        out.append('From %s %s\n' % (P[rec['frm']].email, env) + mboxrd_escape(b).rstrip('\n') + '\n\n')
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(''.join(out))

# ================================================================= expected.yaml
def iso(d):
    return d.isoformat()

def is_human(rec):
    return rec['auto'] is None

def latency(A):
    res = {}
    for who in ('customer', 'vendor'):
        w = {'first_60_days': [], 'last_30_days': []}
        for r in sorted(A.msgs, key=lambda r: r['dt']):
            if not (is_human(r) and r['reply']):
                continue
            par = MSG[r['reply']]
            if side(A, P[r['frm']].email) != who or not is_human(par):
                continue
            other = 'vendor' if who == 'customer' else 'customer'
            if side(A, P[par['frm']].email) != other:
                continue
            hours = round((r['dt'] - par['dt']).total_seconds() / 3600, 1)
            d = r['dt'].date()
            s = {'reply': r['mid'], 'reply_date': d.isoformat(), 'to_message': par['mid'], 'hours': hours}
            if START <= d <= FIRST60_END:
                w['first_60_days'].append(s)
            if LAST30_START <= d <= AS_OF:
                w['last_30_days'].append(s)
        out = {}
        for k, v in w.items():
            hs = [s['hours'] for s in v]
            e = {'n': len(v), 'median_hours': round(statistics.median(hs), 1) if hs else None}
            if who == 'customer':
                e['samples'] = v
            out[k] = e
        res[who + '_reply_hours'] = out
    unans = []
    for r in A.msgs:
        if not (r['ask'] and side(A, P[r['frm']].email) == 'vendor'):
            continue
        answered = any(is_human(x) and x['reply'] == r['key'] and side(A, P[x['frm']].email) == 'customer' for x in A.msgs)
        if not answered:
            unans.append({'message_id': r['mid'], 'date': r['dt'].date().isoformat(), 'to': [P[k].email for k in r['to']],
                          'age_days_at_as_of': (AS_OF - r['dt'].date()).days})
    res['unanswered_vendor_messages'] = unans
    return res

def contacts(A):
    seen = {}
    for r in sorted(A.msgs, key=lambda r: r['dt']):
        for k in [r['frm']] + r['to'] + r['cc']:
            if side(A, P[k].email) == 'customer' and k not in seen and P[k].mailer != 'postfix':
                seen[k] = {'email': P[k].email, 'name': P[k].name, 'title': P[k].title, 'status': A.status.get(k, 'active'),
                           'first_seen': r['dt'].date().isoformat(), 'human_messages_sent': 0, 'last_human_message': None}
        if side(A, P[r['frm']].email) == 'customer' and is_human(r):
            seen[r['frm']]['human_messages_sent'] += 1
            seen[r['frm']]['last_human_message'] = r['dt'].date().isoformat()
    for k in A.status:
        assert k in seen, (A.name, k)
    return list(seen.values())

def ev(k):
    r = MSG[k]
    return {'message_id': r['mid'], 'date': r['dt'].date().isoformat(), 'from': P[r['frm']].email}

def expected():
    accts = []
    for A in ACCTS:
        ren = dt.date.fromisoformat(A.renewal)
        days = (ren - AS_OF).days
        sigs, negs = [], []
        for r in sorted(A.msgs, key=lambda r: r['dt']):
            for t, ph, extra in r['signals']:
                s = {'type': t, 'phrase': ph, 'message_id': r['mid'], 'date': r['dt'].date().isoformat(), 'from': P[r['frm']].email,
                     'language': P[r['frm']].lang}
                s.update(extra)
                sigs.append(s)
            if r['neg']:
                negs.append({'message_id': r['mid'], 'date': r['dt'].date().isoformat(), 'from': P[r['frm']].email, 'why': r['neg']})
        al = []
        for a in A.alerts:
            x = dict(type=a['type'], severity=a['severity'], date=a['date'], evidence=[ev(k) for k in a['evidence']], note=a['note'])
            al.append(x)
        accts.append({
            'account': A.name, 'mbox': A.slug + '.mbox', 'domains': A.domains, 'owner': A.owner, 'arr': A.arr, 'segment': A.segment,
            'renewal_date': A.renewal,
            'renewal_window': {'days_to_renewal': days, 'status': 'inside_90_day_window' if 0 <= days <= 90 else 'outside_90_day_window'},
            'scenario': A.scenario,
            'health': {'at_risk': A.risk is True, 'story': 'risk' if A.risk is True else ('healthy' if A.risk is False else 'mixed'),
                       'expected_score': 'below 60 and below every healthy account' if A.risk is True else (
                           'at or above 60 and above every risk account' if A.risk is False else 'between, not judged')},
            'latency': latency(A),
            'contacts': contacts(A),
            'dropped_in_reply_to': [MSG[r['key']]['mid'] for r in A.msgs if r['drop_irt']],
            'signals': sigs, 'alerts': al, 'must_not_alert': negs})
    return {
        'as_of': AS_OF.isoformat(), 'vendor_domain': 'kranich-software.de', 'vendor_domains': list(VENDOR_DOMAINS),
        'definitions': {
            'period': '2026-07-01 to 2026-10-31; as_of is the end of 2026-10-31',
            'internal_domains': 'kranich-software.de (Hamburg staff, support@, billing@, sales@) and kranich.cloud (Lyon, Zürich, Sydney staff; news@) are both the vendor',
            'latency': 'hours from a vendor human message to the customer human reply that answers it (reply chain, also where In-Reply-To was dropped and only a quoted header block remains), and the other way round for vendor_reply_hours; auto-replies, calendar responses, tickets, e-bills and newsletters are not replies',
            'windows': 'first_60_days = replies dated 2026-07-01..2026-08-29; last_30_days = replies dated 2026-10-02..2026-10-31 (date of the reply)',
            'renewal_window': 'inside_90_day_window when 0 <= renewal_date - as_of <= 90 days',
            'contact_status': 'active = wrote in the last 45 days or engaged; silent = no human message for 30+ days while the vendor kept writing; left = announced departure or bounced; on_leave = announced absence with a return date after as_of; new = first seen after 2026-09-01 and senior',
            'human_messages_sent': 'messages written by the contact; auto-replies, calendar acceptances and bounces excluded',
            'unanswered_vendor_messages': 'vendor human messages that ask the customer something and got no customer mail reply by as_of',
            'unanswered_customer_message': 'customer human request with no vendor human reply within 2 business days; the alert date is when that elapses',
            'account_going_silent': 'no customer human message for 30 days while the vendor keeps writing; date = 30th day',
            'commitment': 'a promise by the vendor with a due date; open_commitment is raised on the day it is made (closed when fulfilled), commitment_overdue the day after the due date when not fulfilled',
            'renewal_at_risk': 'risk evidence present and the renewal within 90 days (date = later of first evidence and window entry)',
            'must_not_alert': 'no phrase signal and no alert may be based on this message (reasons given)',
            'health': 'risk stories must score below 60 and below every healthy account; mixed accounts are not judged'},
        'accounts': accts}

# ================================================================= validate
def new_text_of_parsed(msg):
    part = msg.get_body(preferencelist=('plain',))
    return re.sub(r'(?m)^>(>*From )', r'\1', part.get_content())  # undo mboxrd quoting

def validate(exp):
    errs = []
    allmid = {r['mid'] for r in MSG.values()}
    if len(allmid) != len(MSG):
        errs.append('duplicate Message-IDs')
    total = len(MSG)
    if not 200 <= total <= 240:
        errs.append('message count %d outside 200-240' % total)
    negs = sum(1 for r in MSG.values() if r['neg'])
    if negs * 3 < total:
        errs.append('hard negatives %d < a third of %d' % (negs, total))
    for A in ACCTS:
        path = os.path.join(OUT, A.slug + '.mbox')
        mb = mailbox.mbox(path, factory=lambda f: message_from_bytes(f.read(), policy=policy.default))
        parsed = {}
        for msg in mb:
            for part in msg.walk():
                if part.defects:
                    errs.append('%s: defects %r in %s' % (A.slug, part.defects, msg['Message-ID']))
            parsed[msg['Message-ID']] = msg
        if len(parsed) != len(A.msgs):
            errs.append('%s: parsed %d of %d messages' % (A.slug, len(parsed), len(A.msgs)))
        prev = None
        for r in sorted(A.msgs, key=lambda r: r['dt']):
            pm = parsed.get(r['mid'])
            if pm is None:
                errs.append('%s: %s missing in mbox' % (A.slug, r['key'])); continue
            body = new_text_of_parsed(pm).replace('\r\n', '\n')
            if not body.startswith(r['new']):
                errs.append('%s: new text of %s not at the top of the parsed body' % (A.slug, r['key']))
            d = r['dt'].date()
            if not (START <= d <= AS_OF):
                errs.append('%s: %s dated %s outside period' % (A.slug, r['key'], d))
            irt = pm['In-Reply-To']
            if r['reply']:
                par = MSG[r['reply']]
                if par['acct'] is not A:
                    errs.append('%s: %s replies across accounts' % (A.slug, r['key']))
                if par['dt'] >= r['dt']:
                    errs.append('%s: %s is not later than its parent %s' % (A.slug, r['key'], par['key']))
                if r['drop_irt']:
                    if irt:
                        errs.append('%s: %s should have no In-Reply-To' % (A.slug, r['key']))
                elif irt != par['mid']:
                    errs.append('%s: %s In-Reply-To mismatch' % (A.slug, r['key']))
            if irt and irt not in allmid:
                errs.append('%s: %s In-Reply-To target missing' % (A.slug, r['key']))
            for ref in (pm['References'] or '').split():
                if ref not in allmid:
                    errs.append('%s: %s References target missing' % (A.slug, r['key']))
            for t, ph, extra in r['signals']:
                if ph not in r['body'] or ph not in body[:len(r['new'])]:
                    errs.append('%s: phrase %r not in new text of %s' % (A.slug, ph, r['key']))
                if r['neg']:
                    errs.append('%s: %s has both signal and must_not_alert' % (A.slug, r['key']))
                if t not in ('expansion', 'advocacy', 'churn_risk', 'competitor', 'pricing', 'escalation', 'commitment', 'renewal'):
                    errs.append('bad signal type %s' % t)
                if t == 'commitment' and 'due' not in extra:
                    errs.append('%s: commitment without due date %s' % (A.slug, r['key']))
                if side(A, P[r['frm']].email) == 'other':
                    errs.append('%s: signal on a third-party message %s' % (A.slug, r['key']))
            if side(A, P[r['frm']].email) == 'other' and not r['neg']:
                errs.append('%s: third-party sender without reason %s' % (A.slug, r['key']))
        for a in A.alerts:
            for k in a['evidence']:
                if k not in MSG or MSG[k]['acct'] is not A:
                    errs.append('%s: alert evidence %s invalid' % (A.slug, k))
            ad = dt.date.fromisoformat(a['date'])
            if ad > AS_OF or ad < START:
                errs.append('%s: alert date %s out of range' % (A.slug, a['date']))
    # expected.yaml re-read
    with open(os.path.join(OUT, 'expected.yaml'), encoding='utf-8') as f:
        y = yaml.safe_load(f)
    for a in y['accounts']:
        for s in a['signals'] + a['must_not_alert'] + [e for al in a['alerts'] for e in al['evidence']]:
            if s['message_id'] not in allmid:
                errs.append('expected.yaml references unknown %s' % s['message_id'])
    # mboxrd escaping: no unescaped From_ lines inside bodies
    for A in ACCTS:
        with open(os.path.join(OUT, A.slug + '.mbox'), encoding='utf-8') as f:
            n_from = sum(1 for l in f if l.startswith('From '))
        if n_from != len(A.msgs):
            errs.append('%s: %d From_ lines for %d messages' % (A.slug, n_from, len(A.msgs)))
    return errs

def write_readme(exp):
    L = []
    L.append('# blind-test-3 — Kranich Logistiksoftware GmbH\n')
    L.append('Vendor: Kranich Logistiksoftware GmbH, Hamburg (warehouse and yard management: dock scheduling, pick lists, carrier portal, handheld scanners). '
             'Internal domains: kranich-software.de (Hamburg staff, support@, billing@, sales@) and kranich.cloud (Lyon, Zürich, Sydney staff; news@). '
             'Period 2026-07-01 to 2026-10-31, as_of 2026-10-31. Everything here is written by `generate.py` (deterministic; run it to rebuild and validate; exit code 1 on any validation error).\n')
    L.append('AMs: Jana Petersen (DACH: Nordfrost, Donaulog, Hausmann, Lechner), Mathilde Roux (France and Suisse romande: Pharmadis, Colis Léman), '
             'Liam Hartigan (APAC and LatAm: Swan Quay, Sahyadri, Cordillera Alta, Suminorte; with Valentina Rojas for Spanish).\n')
    L.append('Mail clients: Outlook (German "-----Ursprüngliche Nachricht-----", French "-----Message d\'origine-----", Spanish, English blocks), '
             'Lotus Notes (Pharmadis, Josef Lechner; several replies drop In-Reply-To and keep only a quoted header block — listed per account as dropped_in_reply_to), '
             'Apple Mail, Gmail, Thunderbird, iPhone. Time zones from the senders\' offices (CEST/CET change on 25 Oct, Sydney DST from 4 Oct, Chile DST from 6 Sep, Perth and India fixed). '
             'One body line starts with "From " in two mails and is escaped ">From " in the mboxrd files.\n')
    L.append('## Health verdict\n')
    L.append('- Risk (must score below 60 and below every healthy account): ' + ', '.join(A.name for A in ACCTS if A.risk is True))
    L.append('- Healthy: ' + ', '.join(A.name for A in ACCTS if A.risk is False))
    L.append('- Mixed (not judged): ' + ', '.join(A.name for A in ACCTS if A.risk is None) + '\n')
    L.append('## Accounts and stories\n')
    for A, a in zip(ACCTS, exp['accounts']):
        L.append('### %s (%s)\n' % (A.name, A.scenario))
        L.append('`%s` · %s · ARR %s · %s · renewal %s (%s days, %s) · owner %s · %d messages, %d hard negatives\n' % (
            A.slug + '.mbox', ', '.join(A.domains), A.arr, A.segment, A.renewal, a['renewal_window']['days_to_renewal'],
            a['renewal_window']['status'], A.owner, len(A.msgs), len(a['must_not_alert'])))
        L.append(A.story + '\n')
        L.append('Contacts: ' + '; '.join('%s (%s, %s)' % (c['name'], c['title'], c['status']) for c in a['contacts']) + '\n')
        if a['signals']:
            L.append('Signals:\n')
            for sg in a['signals']:
                L.append('- %s %s (%s): "%s"%s' % (sg['date'], sg['type'], sg['language'], sg['phrase'], (' — due ' + sg['due']) if 'due' in sg else ''))
            L.append('')
    L.append('## Alert table\n')
    L.append('| account | date | type | severity | evidence | note |')
    L.append('|---|---|---|---|---|---|')
    for A, a in zip(ACCTS, exp['accounts']):
        for x in sorted(a['alerts'], key=lambda x: x['date']):
            L.append('| %s | %s | %s | %s | %s | %s |' % (A.name, x['date'], x['type'], x['severity'],
                     ' '.join(e['date'] for e in x['evidence']), x['note'].replace('|', '/')))
    L.append('\n## Hard negatives\n')
    L.append('Every message listed under must_not_alert carries its reason: e-bills, ticketing notifications, calendar invitations and acceptances, '
             'out-of-office replies (holidays, Fiestas Patrias, Ganesh Chaturthi, parental leave), a bounce, vendor newsletters, upsells, renewal reminders and a '
             'price-adjustment notice, trade newsletters forwarded by customers (Outlook, Gmail, Apple Mail, Lotus Notes forwards in German, French, English, Spanish), '
             'customers talking about their OWN prices, negations ("wir denken nicht daran, den Anbieter zu wechseln", "we\'re not looking at other systems"), '
             'and personal mail (barbecue, football, running, a cake, a cocktail recipe, a job reference). Quoted older mail repeats earlier signal words in many replies; '
             'only the new text of a message counts.\n')
    L.append('## Edge cases worth knowing\n')
    L.append('- Cordillera Alta answers only by phone and confirms in two-line mails: few, slow written replies are normal, not going dark.')
    L.append('- Swan Quay: Emily Carter is on parental leave until 2027-01-18 (on_leave, not departed); the GM\'s terse iPhone note signals the renewal.')
    L.append('- Lechner: the head of logistics moves to the sister company (new domain lechner-holzbau.de) and is replaced by an engaged successor; SAP EWM is named only in passing as last year\'s option. Renewal is 92 days out, just outside the window.')
    L.append('- Nordfrost: the new managing director\'s request is answered only by the AM\'s out-of-office; that is not a vendor reply.')
    L.append('- Colis Léman: the warehouse lead\'s private football note after the co-founder went quiet is not a sign of life of the account.')
    L.append('- Suminorte: a new senior finance contact who was engaged within a day (no new_senior_contact_not_engaged alert).')
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L) + '\n')

def main():
    with open(os.path.join(OUT, 'accounts.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['account', 'domains', 'owner', 'arr', 'renewal_date', 'segment'])
        for A in ACCTS:
            w.writerow([A.name, ';'.join(A.domains), A.owner, A.arr, A.renewal, A.segment])
    for A in ACCTS:
        write_mbox(A, os.path.join(OUT, A.slug + '.mbox'))
    exp = expected()
    with open(os.path.join(OUT, 'expected.yaml'), 'w', encoding='utf-8') as f:
        yaml.safe_dump(exp, f, allow_unicode=True, sort_keys=False, width=140)
    write_readme(exp)
    errs = validate(exp)
    n = len(MSG)
    negs = sum(1 for r in MSG.values() if r['neg'])
    print('accounts %d, messages %d, hard negatives %d, signals %d, alerts %d' % (
        len(ACCTS), n, negs, sum(len(r['signals']) for r in MSG.values()), sum(len(A.alerts) for A in ACCTS)))
    if errs:
        for e in errs:
            print('VALIDATION ERROR:', e)
        sys.exit(1)
    print('validation passed')

if __name__ == '__main__':
    main()
