#!/usr/bin/env python3
"""dev-3 scenario set: Brightloom Systems Ltd. Deterministic generator + validator.
Run: python3 generate.py  (writes accounts.csv, *.mbox, expected.yaml next to this file)."""
import csv, hashlib, os, random, statistics, sys, email, email.policy, re as _re
from datetime import datetime, timedelta, timezone, date
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
import yaml

random.seed(20260630)
OUT = os.path.dirname(os.path.abspath(__file__))
AS_OF = date(2026, 6, 30)
VENDOR_DOMAINS = ['brightloom.co.uk', 'brightloom.io']
DST_START = datetime(2026, 3, 29, 1, 0, tzinfo=timezone.utc)

def offset(region, naive):
    if region in ('uk', 'ie'):
        base = 0
    elif region in ('de', 'at', 'nl', 'es'):
        base = 1
    elif region == 'ar':
        return -3
    else:
        raise ValueError(region)
    utc_guess = naive - timedelta(hours=base)
    return base + (1 if utc_guess.replace(tzinfo=timezone.utc) >= DST_START else 0)

# ---------------------------------------------------------------- people
P = {}
def person(key, name, email_, region, title='', sig=None, client='outlook'):
    P[key] = dict(key=key, name=name, email=email_, region=region, title=title,
                  sig=sig, client=client)

# ---------------------------------------------------------------- accounts
ACCOUNTS = []
class Acc:
    def __init__(self, name, mbox, domains, owner, arr, segment, renewal, scenario, lang, story, health):
        self.name, self.mbox, self.domains, self.owner = name, mbox, domains, owner
        self.arr, self.segment, self.renewal, self.scenario = arr, segment, renewal, scenario
        self.lang, self.story, self.health = lang, story, health
        self.msgs, self.alerts, self.status, self.by = [], [], {}, {}
        ACCOUNTS.append(self)

DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July']
DAYS_DE = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']
MON_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli']
DAYS_ES = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo']
MON_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio']
DAYS_NL = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']
MON_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli']

def addr(p):
    return formataddr((p['name'], p['email']))

def quote_header(style, p, dt, to, subj):
    d, m, y, H, M = dt.day, dt.month, dt.year, dt.hour, dt.minute
    wd = dt.weekday()
    tos = '; '.join(f"{P[t]['name']} <{P[t]['email']}>" for t in to)
    if style == 'outlook':
        h12 = H % 12 or 12
        return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n\n"
                % (p['name'], p['email'], DAYS_EN[wd], MON_EN[m-1], d, y, h12, M, 'AM' if H < 12 else 'PM', tos, subj)), False
    if style == 'outlook_new':
        h12 = H % 12 or 12
        return ("________________________________\nFrom: %s <%s>\nSent: %s, %d %s %d %02d:%02d\nTo: %s\nSubject: %s\n\n"
                % (p['name'], p['email'], DAYS_EN[wd], d, MON_EN[m-1], y, H, M, tos, subj)), False
    if style == 'outlook_de':
        return ("-----Ursprüngliche Nachricht-----\nVon: %s <%s>\nGesendet: %s, %d. %s %d %02d:%02d\nAn: %s\nBetreff: %s\n\n"
                % (p['name'], p['email'], DAYS_DE[wd], d, MON_DE[m-1], y, H, M, tos, subj)), False
    if style == 'outlook_es':
        return ("De: %s <%s>\nEnviado el: %s, %d de %s de %d %d:%02d\nPara: %s\nAsunto: %s\n\n"
                % (p['name'], p['email'], DAYS_ES[wd], d, MON_ES[m-1], y, H, M, tos, subj)), False
    if style == 'outlook_nl':
        return ("Van: %s <%s>\nVerzonden: %s %d %s %d %02d:%02d\nAan: %s\nOnderwerp: %s\n\n"
                % (p['name'], p['email'], DAYS_NL[wd], d, MON_NL[m-1], y, H, M, tos, subj)), False
    if style == 'notes':
        return ('-----"%s" <%s> wrote: -----\n\nTo: %s\nFrom: "%s" <%s>\nDate: %02d/%02d/%d %02d:%02d\nSubject: %s\n\n'
                % (p['name'], p['email'], tos, p['name'], p['email'], d, m, y, H, M, subj)), False
    if style in ('gmail', 'iphone'):
        return "On %s, %d %s %d at %02d:%02d, %s <%s> wrote:\n" % (DAYS_EN[wd][:3], d, MON_EN[m-1][:3], y, H, M, p['name'], p['email']), True
    if style == 'apple':
        return "On %d %s %d, at %02d:%02d, %s <%s> wrote:\n\n" % (d, MON_EN[m-1][:3], y, H, M, p['name'], p['email']), True
    if style == 'thunderbird':
        return "On %02d/%02d/%d %02d:%02d, %s wrote:\n" % (d, m, y, H, M, p['name']), True
    if style == 'gmail_de':
        return "Am %s., %d. %s %d um %02d:%02d Uhr schrieb %s <%s>:\n" % (DAYS_DE[wd][:2], d, MON_DE[m-1], y, H, M, p['name'], p['email']), True
    if style == 'apple_de':
        return "Am %02d.%02d.%d um %02d:%02d schrieb %s <%s>:\n\n" % (d, m, y, H, M, p['name'], p['email']), True
    if style == 'thunderbird_de':
        return "Am %02d.%02d.%s um %02d:%02d schrieb %s:\n" % (d, m, str(y)[2:], H, M, p['name']), True
    if style == 'gmail_es':
        return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:\n" % (DAYS_ES[wd][:3], d, MON_ES[m-1][:3], y, H, M, p['name'], p['email']), True
    if style == 'apple_es':
        return "El %d %s %d, a las %d:%02d, %s <%s> escribió:\n\n" % (d, MON_ES[m-1][:3], y, H, M, p['name'], p['email']), True
    if style == 'gmail_nl':
        return "Op %s %d %s %d om %02d:%02d schreef %s <%s>:\n" % (DAYS_NL[wd][:2], d, MON_NL[m-1][:3], y, H, M, p['name'], p['email']), True
    if style == 'apple_nl':
        return "Op %d %s %d om %02d:%02d heeft %s <%s> het volgende geschreven:\n\n" % (d, MON_NL[m-1][:3], y, H, M, p['name'], p['email']), True
    raise ValueError(style)

MAILERS = {
    'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'), 'outlook_new': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'outlook_de': ('X-Mailer', 'Microsoft Outlook 16.0'), 'outlook_es': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'outlook_nl': ('X-Mailer', 'Microsoft Outlook 16.0'), 'outlook2010': ('X-Mailer', 'Microsoft Outlook 14.0'),
    'notes': ('X-Mailer', 'Lotus Notes Release 9.0.1FP10 SHF68 February 21, 2020'),
    'gmail': None, 'gmail_de': None, 'gmail_es': None, 'gmail_nl': None,
    'iphone': ('X-Mailer', 'iPhone Mail (21F90)'),
    'apple': ('X-Mailer', 'Apple Mail (2.3774.500.171.1.1)'), 'apple_de': ('X-Mailer', 'Apple Mail (2.3774.500.171.1.1)'),
    'apple_es': ('X-Mailer', 'Apple Mail (2.3774.500.171.1.1)'), 'apple_nl': ('X-Mailer', 'Apple Mail (2.3774.500.171.1.1)'),
    'thunderbird': ('User-Agent', 'Mozilla Thunderbird 115.10.1'), 'thunderbird_de': ('User-Agent', 'Mozilla Thunderbird 115.10.1'),
    'system': ('X-Mailer', 'Brightloom Notify 3.2'), 'zendesk': ('X-Mailer', 'Zendesk Mailer'),
}

def M(acc, key, frm, to, when, subj, body, cc=(), re=None, drop_irt=False, client=None, sig=(),
      neg=None, auto=False, fyi=False, headers=None, ics=None, quote=True, lang=None, append_sig=True):
    p = P[frm]
    naive = datetime.strptime('2026-' + when, '%Y-%m-%d %H:%M')
    tz = timezone(timedelta(hours=offset(p['region'], naive)))
    dt = naive.replace(tzinfo=tz)
    client = client or p['client']
    text = body.strip('\n') + '\n'
    if append_sig and p['sig']:
        text += '\n' + p['sig'].strip('\n') + '\n'
    newtext = text
    if re and quote:
        par = acc.by[re]
        style = client if client not in ('outlook2010',) else 'outlook'
        hdr, prefixed = quote_header(style, P[par['from']], par['dt'], par['to'], par['subject'])
        if prefixed:
            q = '\n'.join(('> ' + l) if l else '>' for l in par['text'].rstrip('\n').split('\n'))
            text = text + '\n' + hdr + q + '\n'
        else:
            text = text + '\n' + hdr + par['text']
    m = dict(key=key, acc=acc, **{'from': frm}, to=list(to), cc=list(cc), dt=dt, subject=subj, body=newtext,
             text=text, re=re, drop_irt=drop_irt, client=client, sig=list(sig), neg=neg, auto=auto,
             fyi=fyi, headers=headers or {}, ics=ics, lang=lang or acc.lang)
    assert key not in acc.by, key
    acc.msgs.append(m)
    acc.by[key] = m
    return m

def A(acc, type_, severity, when, evidence, note):
    acc.alerts.append(dict(type=type_, severity=severity, date='2026-' + when, evidence=list(evidence), note=note))

AUTO_REPLY = {'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes', 'Precedence': 'auto_reply'}
AUTO_GEN = {'Auto-Submitted': 'auto-generated', 'Precedence': 'bulk'}
def BULK(listid):
    return {'Precedence': 'bulk', 'List-Id': listid, 'List-Unsubscribe': '<https://brightloom.io/unsubscribe>',
            'Auto-Submitted': 'auto-generated'}

def fwd(style, frm_name, frm_email, when, to, subj, text):
    """a forwarded block as the given client writes it"""
    if style == 'outlook':
        h = "________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n" % (frm_name, frm_email, when, to, subj)
    elif style == 'outlook_de':
        h = "________________________________\nVon: %s <%s>\nGesendet: %s\nAn: %s\nBetreff: %s\n\n" % (frm_name, frm_email, when, to, subj)
    elif style == 'outlook_nl':
        h = "________________________________\nVan: %s <%s>\nVerzonden: %s\nAan: %s\nOnderwerp: %s\n\n" % (frm_name, frm_email, when, to, subj)
    elif style == 'gmail':
        h = "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n\n" % (frm_name, frm_email, when, subj, to)
    elif style == 'gmail_es':
        h = "---------- Forwarded message ---------\nDe: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n\n" % (frm_name, frm_email, when, subj, to)
    elif style == 'gmail_nl':
        h = "---------- Doorgestuurd bericht ---------\nVan: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n\n" % (frm_name, frm_email, when, subj, to)
    elif style == 'apple':
        h = "Begin forwarded message:\n\nFrom: %s <%s>\nSubject: %s\nDate: %s\nTo: %s\n\n" % (frm_name, frm_email, subj, when, to)
    elif style == 'apple_de':
        h = "Anfang der weitergeleiteten Nachricht:\n\nVon: %s <%s>\nBetreff: %s\nDatum: %s\nAn: %s\n\n" % (frm_name, frm_email, subj, when, to)
    elif style == 'thunderbird':
        h = "-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s <%s>\nTo: \t%s\n\n" % (subj, when, frm_name, frm_email, to)
    elif style == 'thunderbird_es':
        h = "-------- Mensaje reenviado --------\nAsunto: \t%s\nFecha: \t%s\nDe: \t%s <%s>\nPara: \t%s\n\n" % (subj, when, frm_name, frm_email, to)
    elif style == 'notes':
        h = "----- Forwarded by %s on %s -----\n\nFrom:\t%s <%s>\nTo:\t%s\nDate:\t%s\nSubject:\t%s\n\n" % (to, when, frm_name, frm_email, to, when, subj)
    else:
        raise ValueError(style)
    return h + text.strip('\n') + '\n'

def ICS(uid, start, end, summary, organizer, attendees, method='REQUEST'):
    att = ''.join('ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s\r\n' % a for a in attendees)
    return ('BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n'
            'METHOD:%s\r\nBEGIN:VEVENT\r\nUID:%s\r\nDTSTAMP:20260301T000000Z\r\nDTSTART:%s\r\nDTEND:%s\r\n'
            'SUMMARY:%s\r\nORGANIZER:mailto:%s\r\n%sEND:VEVENT\r\nEND:VCALENDAR\r\n'
            % (method, uid, start, end, summary, organizer, att))

# ================================================================ vendor cast
BL_DISC = ("Brightloom Systems Ltd, registered in England and Wales no. 09812244, 3 Hardman Street, Manchester M3 3HF.\n"
           "This email and any attachments are confidential and intended solely for the addressee.")
person('harriet', 'Harriet Coles', 'harriet.coles@brightloom.co.uk', 'uk', 'Senior Account Manager',
       "Harriet Coles\nSenior Account Manager | Brightloom Systems Ltd\nM +44 7700 914 233\n\n" + BL_DISC, 'outlook_new')
person('lena', 'Lena Vogt', 'lena.vogt@brightloom.io', 'de', 'Account Managerin DACH & Benelux',
       "Lena Vogt\nAccount Manager DACH & Benelux\nBrightloom Systems Ltd · Niederlassung Berlin · Rosenthaler Str. 40, 10178 Berlin\n+49 30 555 781 20", 'outlook_de')
person('jordi', 'Jordi Serra', 'jordi.serra@brightloom.io', 'es', 'Account Manager Iberia & LatAm',
       "Jordi Serra\nAccount Manager Iberia & LatAm\nBrightloom Systems · Oficina Barcelona · C/ Pujades 77, 08005\n+34 931 220 415", 'gmail_es')
person('george', 'George Fenwick', 'george.fenwick@brightloom.co.uk', 'uk', 'Head of Customer Success',
       "George Fenwick\nHead of Customer Success, Brightloom", 'outlook_new')
person('tom', 'Tom Ashworth', 'tom.ashworth@brightloom.co.uk', 'uk', 'Support Lead',
       "Tom Ashworth | Support Lead | Brightloom Systems", 'outlook_new')
person('priya', 'Priya Nair', 'priya.nair@brightloom.co.uk', 'uk', 'Solutions Engineer',
       "Priya Nair\nSolutions Engineer, Brightloom Systems Ltd", 'outlook_new')
person('katrin', 'Katrin Mohr', 'katrin.mohr@brightloom.io', 'de', 'Support Engineer',
       "Katrin Mohr\nSupport Engineer · Brightloom Systems Berlin", 'thunderbird_de')
person('katrin_csm', 'Katrin Mohr', 'katrin.mohr@brightloom.io', 'de', 'Customer Success Manager',
       "Katrin Mohr\nCustomer Success Manager Benelux · Brightloom Systems Berlin", 'thunderbird_de')
person('marc', 'Marc Villalba', 'marc.villalba@brightloom.io', 'es', 'Consultor técnico',
       "Marc Villalba\nConsultor técnico · Brightloom Systems Barcelona", 'thunderbird')
person('megan', 'Megan Holt', 'billing@brightloom.co.uk', 'uk', 'Accounts Receivable',
       "Megan Holt\nAccounts Receivable | Brightloom Systems Ltd\nbilling@brightloom.co.uk", 'outlook_new')
person('support', 'Brightloom Support', 'support@brightloom.co.uk', 'uk', '', None, 'zendesk')
person('billing', 'Brightloom Billing', 'billing@brightloom.co.uk', 'uk', '', None, 'system')
person('sales', 'Brightloom Sales', 'sales@brightloom.co.uk', 'uk', '', None, 'system')
person('mkt_en', 'Brightloom', 'news@brightloom.co.uk', 'uk', '', None, 'system')
person('mkt_de', 'Brightloom Systems', 'marketing@brightloom.io', 'de', '', None, 'system')
person('mkt_es', 'Brightloom Systems', 'marketing@brightloom.io', 'es', '', None, 'system')

def INVOICE(acc, key, to, when, inv, amount, cur='GBP', period='', lang='en'):
    if lang == 'de':
        subj = 'Ihre Brightloom-Rechnung %s' % inv
        body = ("Guten Tag,\n\nim Kundenportal steht Ihre Rechnung %s über %s %s (%s) bereit.\n"
                "Der Betrag wird gemäß Vertrag per SEPA-Lastschrift eingezogen.\n\n"
                "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\n\n"
                "Brightloom Systems Ltd · USt-IdNr. DE318442907" % (inv, amount, cur, period))
    elif lang == 'es':
        subj = 'Factura electrónica Brightloom %s' % inv
        body = ("Estimado cliente:\n\nYa tiene disponible en el portal la factura %s por importe de %s %s (%s).\n"
                "El cargo se realizará en la cuenta domiciliada en los próximos días.\n\n"
                "Mensaje generado automáticamente; no responda a esta dirección.\n\nBrightloom Systems Ltd · NIF N0068712J" % (inv, amount, cur, period))
    elif lang == 'nl':
        subj = 'Uw Brightloom-factuur %s' % inv
        body = ("Beste klant,\n\nUw factuur %s van %s %s (%s) staat klaar in het klantportaal.\n"
                "Het bedrag wordt volgens afspraak automatisch geïncasseerd.\n\n"
                "Dit is een automatisch bericht; antwoorden op deze e-mail worden niet gelezen." % (inv, amount, cur, period))
    else:
        subj = 'Your Brightloom invoice %s is ready' % inv
        body = ("Hello,\n\nInvoice %s for %s %s (%s) is now available in the customer portal.\n"
                "Payment will be collected by Direct Debit on or after the due date shown on the invoice.\n\n"
                "This mailbox is not monitored. For billing questions reply to billing@brightloom.co.uk from your registered address.\n\n"
                "Brightloom Systems Ltd, VAT GB 331 4410 27" % (inv, amount, cur, period))
    return M(acc, key, 'billing', to, when, subj, body, auto=True, headers=AUTO_GEN, lang=lang,
             neg='automated e-bill from billing@ (amount and "payment" words are not pricing talk)')

def TICKET(acc, key, to, when, num, subj, status, extra='', re=None, lang='en'):
    if lang == 'de':
        body = ("Ticket #%s – %s\nStatus: %s\n\n%s\n\nSie können auf diese E-Mail antworten, um das Ticket zu ergänzen.\n"
                "Brightloom Support · Mo–Fr 07:00–19:00 MEZ" % (num, subj, status, extra))
    elif lang == 'es':
        body = ("Incidencia #%s – %s\nEstado: %s\n\n%s\n\nPuede responder a este correo para añadir información.\n"
                "Soporte Brightloom · L–V 8:00–18:00 CET" % (num, subj, status, extra))
    elif lang == 'nl':
        body = ("Ticket #%s – %s\nStatus: %s\n\n%s\n\nU kunt op deze e-mail reageren om informatie toe te voegen.\n"
                "Brightloom Support" % (num, subj, status, extra))
    else:
        body = ("Ticket #%s - %s\nStatus: %s\n\n%s\n\nReply to this email to add a comment to the ticket.\n"
                "Brightloom Support | Mon-Fri 07:00-19:00 UK" % (num, subj, status, extra))
    return M(acc, key, 'support', to, when, '[Brightloom #%s] %s' % (num, subj), body, auto=True,
             headers=AUTO_GEN, re=re, quote=False, lang=lang,
             neg='ticketing notification generated by support@; status words are not an escalation by the customer')

# ================================================================ 1 Ascendia Lifts (UK, enterprise, risk)
a = Acc('Ascendia Lifts Ltd', 'ascendia_lifts.mbox', ['ascendialifts.co.uk'], 'harriet.coles@brightloom.co.uk',
        520000, 'enterprise', '2026-09-15', 'churn_champion_departed_inhouse_tool', 'en',
        "Lift and escalator maintainer, 900 engineers, Leeds HQ. Champion Graham Pike (Operations Director) "
        "announces in April he is leaving at the end of May; no successor is named for the contract. IT is building "
        "an in-house job-allocation tool; a new CFO reviews software spend through billing@ and is never engaged by "
        "the AM; Sue Barnard keeps options open for the September renewal and stops answering in June, while field "
        "staff still use support.", 'risk')
ASC_DISC = ("Ascendia Lifts Ltd | Registered in England No. 04417720 | Kirkstall Forge, Leeds LS5 3BT\n"
            "The information in this email is confidential and may be legally privileged. If you are not the intended recipient "
            "please notify the sender and delete it; any review, cancellation of instructions or onward use is prohibited.")
person('graham', 'Graham Pike', 'graham.pike@ascendialifts.co.uk', 'uk', 'Operations Director',
       "Graham Pike\nOperations Director\nAscendia Lifts Ltd\n\n" + ASC_DISC, 'outlook')
person('sue', 'Sue Barnard', 'sue.barnard@ascendialifts.co.uk', 'uk', 'Service Planning Manager',
       "Sue Barnard | Service Planning Manager | Ascendia Lifts\n\n" + ASC_DISC, 'outlook')
person('rob', 'Rob Kettle', 'rob.kettle@ascendialifts.co.uk', 'uk', 'IT Manager',
       "Rob Kettle\nIT Manager, Ascendia Lifts Ltd", 'notes')
person('alison', 'Alison Wray', 'alison.wray@ascendialifts.co.uk', 'uk', 'Chief Financial Officer',
       "Alison Wray FCA\nChief Financial Officer\nAscendia Lifts Ltd\n\n" + ASC_DISC, 'outlook')
person('dev', 'Dev Mistry', 'dev.mistry@ascendialifts.co.uk', 'uk', 'Field Operations Supervisor (North)',
       None, 'iphone')

M(a, 'qbr1', 'harriet', ['graham'], '03-02 10:12', 'Q1 service review',
  "Hi Graham,\n\nHope the snow didn't cause too much chaos on the M62 call-outs last week.\n\n"
  "Could we get the Q1 service review in the diary? I'd like to walk you and Sue through the first-time-fix numbers "
  "since the asset history screen went live, and the offline forms work for the lift-inspection checklists. "
  "Thursday 12th or Friday 13th March, in Leeds, either works for me.\n\nBest,", cc=['sue'])
M(a, 'qbr1r', 'graham', ['harriet'], '03-02 12:40', 'RE: Q1 service review',
  "Harriet,\n\nThursday 12th, 10:00, Kirkstall Forge. Sue will join; I'll ask Rob to come for the second half.\n\nGraham", re='qbr1', cc=['sue'])
M(a, 'inv1', 'harriet', ['graham', 'sue', 'rob'], '03-03 09:05', 'Invitation: Ascendia / Brightloom Q1 service review @ Thu 12 Mar 2026 10:00 - 12:00 (GMT)',
  "Harriet Coles has invited you to a meeting.\n\nAscendia / Brightloom Q1 service review\nWhen: Thursday 12 March 2026 10:00-12:00 (GMT)\n"
  "Where: Kirkstall Forge, Leeds - Boardroom 2\n\nAgenda: first-time-fix trend, offline inspection forms, roadmap Q2.\n\nAccept | Tentative | Decline",
  ics=ICS('asc-qbr1@brightloom.co.uk', '20260312T100000Z', '20260312T120000Z', 'Ascendia / Brightloom Q1 service review',
          'harriet.coles@brightloom.co.uk', ['graham.pike@ascendialifts.co.uk', 'sue.barnard@ascendialifts.co.uk', 'rob.kettle@ascendialifts.co.uk']),
  append_sig=False, neg='calendar invitation sent by the vendor', fyi=True)
M(a, 'acc1', 'sue', ['harriet'], '03-03 09:31', 'Accepted: Ascendia / Brightloom Q1 service review @ Thu 12 Mar 2026 10:00 - 12:00 (GMT)',
  "Sue Barnard has accepted this invitation.", append_sig=False, auto=True, re='inv1', quote=False,
  ics=ICS('asc-qbr1@brightloom.co.uk', '20260312T100000Z', '20260312T120000Z', 'Accepted: Ascendia / Brightloom Q1 service review',
          'harriet.coles@brightloom.co.uk', ['sue.barnard@ascendialifts.co.uk'], 'REPLY'),
  neg='calendar acceptance, no human text')
M(a, 'qbrf', 'harriet', ['graham', 'sue'], '03-12 16:55', 'Thank you - Q1 review actions',
  "Graham, Sue,\n\nThanks for the time this morning and for the tour of the control room.\n\nActions from our side:\n"
  "1. Offline sync for the LOLER inspection forms: we'll have the fix in your hands by 17 April, in time for the spring inspection round.\n"
  "2. Priya will share the first-time-fix dashboard template this week.\n\nAnd from yours, Rob to confirm the MDM rollout date for the new handsets.\n\nBest,",
  cc=['rob'], sig=[('commitment', "we'll have the fix in your hands by 17 April", '2026-04-17')])
M(a, 'qbrfr', 'graham', ['harriet'], '03-13 08:02', 'RE: Thank you - Q1 review actions',
  "Thanks Harriet, good session. The lads in the North region have really taken to the asset history screen; "
  "fewer repeat visits already.\n\nOne thing I didn't say in the room: the board is asking every department to justify "
  "its systems spend this year, so the April fix matters more than it looks.\n\nG.", re='qbrf', cc=['sue'],
  sig=[('pricing', 'the board is asking every department to justify its systems spend this year')])
TICKET(a, 't1', ['dev'], '03-20 07:14', '48213', 'Photos not attaching to job sheet (Android)', 'Open',
       "Dev Mistry wrote:\n> engineers on the Bradford patch cant attach photos since last night")
M(a, 'upsell', 'harriet', ['graham', 'sue'], '04-01 11:20', 'Brightloom Predict - early access for Ascendia?',
  "Hi both,\n\nWe're opening the Predict early-access programme to a handful of customers: it scores each lift's "
  "failure risk from door-cycle counts and callout history. For accounts of your size there is no extra cost during "
  "the pilot and a 15% discount on the list price for the first year afterwards.\n\nWorth a 30-minute demo? Happy to bring Priya.\n\nBest,",
  neg='vendor-written upsell; the discount and price words are the vendor\'s, not the customer\'s')
M(a, 'fix', 'priya', ['sue'], '04-16 15:48', 'Offline sync for LOLER forms - release 4.13.2',
  "Hi Sue,\n\nRelease 4.13.2 is now live in your tenant. Inspection forms now save locally and sync when the device "
  "is back in coverage; we tested with 40 forms queued on a device in airplane mode.\n\nRelease notes attached. "
  "Shout if anything looks odd.\n\nThanks,", cc=['harriet', 'graham'])
M(a, 'fixr', 'sue', ['priya'], '04-17 08:10', 'RE: Offline sync for LOLER forms - release 4.13.2',
  "Thanks Priya, rolled out to the Leeds team this morning, so far so good.", re='fix', cc=['harriet'])
M(a, 'leave', 'graham', ['harriet'], '04-22 18:37', 'Personal news',
  "Harriet,\n\nI wanted you to hear it from me rather than on LinkedIn: I'm leaving Ascendia at the end of May to take a "
  "role with a rail maintenance firm in York. My last day will be 29 May.\n\nSue will keep the day-to-day, but nobody has been named "
  "for the contract side yet and I'd be lying if I said Brightloom has another sponsor on the exec.\n\nIt's been a pleasure.\n\nGraham",
  sig=[('churn_risk', "nobody has been named for the contract side yet")])
M(a, 'leaver', 'harriet', ['graham'], '04-23 07:58', 'RE: Personal news',
  "Graham,\n\nThat's big news, and well deserved. Thank you for telling me yourself. Can I buy you dinner before you go?\n\n"
  "And if there's anyone I should be getting to know before the end of May, I'd be grateful for an introduction.\n\nHarriet", re='leave')
M(a, 'dinner', 'graham', ['harriet'], '04-24 21:05', 'RE: Personal news',
  "Dinner sounds great. Thursday 7th at Hawksmoor? And I've got two spare seats for City v Villa on the 16th if your "
  "Dad still wants to see a match at the Etihad before the season ends.\n\nG\n\nSent from my iPhone", re='leaver', client='iphone',
  append_sig=False, neg='personal mail (dinner, football tickets) between champion and AM')
M(a, 'api', 'harriet', ['rob'], '04-28 10:02', 'API rate limits for your integration',
  "Hi Rob,\n\nThe engineering team noticed your integration user hitting the 600 requests/minute limit most mornings "
  "between 06:00 and 06:30. Is that the nightly job export? We can raise the limit, but I'd like to understand what "
  "you are building so we can advise.\n\nThanks,")
M(a, 'inhouse', 'rob', ['harriet'], '05-06 14:22', 'Re: API rate limits for your integration',
  "Harriet\n\nYes that is us. Our dev team has a working prototype of an in-house tool for job allocation and it pulls "
  "the open work orders from your API every morning. Management want to see whether it could cover the technician app "
  "as well by the autumn. I'll keep the calls under the limit.\n\nRob", re='api', drop_irt=True,
  sig=[('competitor', 'a working prototype of an in-house tool for job allocation')])
M(a, 'cfo', 'alison', ['billing'], '05-11 09:15', 'Licence breakdown request - Ascendia Lifts',
  "Good morning,\n\nI joined Ascendia Lifts as CFO last month and am reviewing all software contracts above £100k ahead "
  "of their renewal dates. Please send me a breakdown of the Brightloom licences by module, the unit price for each, and "
  "the utilisation you can see for the last 12 months.\n\nKind regards,", cc=['sue'],
  sig=[('pricing', 'reviewing all software contracts above £100k ahead of their renewal dates'),
       ('renewal', 'ahead of their renewal dates')])
M(a, 'cfoack', 'billing', ['alison'], '05-11 09:15', 'Re: Licence breakdown request - Ascendia Lifts [BIL-20931]',
  "Thank you for contacting Brightloom Billing. Your request BIL-20931 has been logged and a member of the team will "
  "reply within two working days.\n\nThis is an automated acknowledgement.", re='cfo', quote=False, auto=True,
  headers=AUTO_REPLY, neg='automated acknowledgement from billing@')
M(a, 'cfor', 'megan', ['alison'], '05-13 14:30', 'RE: Licence breakdown request - Ascendia Lifts [BIL-20931]',
  "Dear Ms Wray,\n\nPlease find attached the licence schedule for contract ASC-2023-014 (Field, Planner and Asset modules) "
  "with unit prices as invoiced. Utilisation reports are produced by your account manager; I have passed your request on.\n\nKind regards,", re='cfo')
M(a, 'options', 'sue', ['harriet'], '05-27 11:48', 'Contact changes',
  "Hi Harriet,\n\nAs you know Graham finished on Friday. For now the contract sits with Alison Wray in finance.\n\n"
  "I'll be straight with you: I can't promise anything about September. The direction from upstairs is to keep our "
  "options open and not commit to another three years of anything until Rob's prototype has been looked at properly.\n\nSue",
  sig=[('churn_risk', 'keep our options open and not commit to another three years of anything'),
       ('renewal', "I can't promise anything about September")])
M(a, 'renrem', 'harriet', ['sue'], '06-03 09:40', 'Your Brightloom renewal - 15 September 2026',
  "Dear Sue,\n\nA reminder that the Ascendia Lifts agreement renews on 15 September 2026. Customers who confirm their "
  "renewal by 31 July keep current pricing for a further 36 months; after that date the 2027 price list applies.\n\n"
  "I'll call next week to talk through options.\n\nKind regards,", cc=['george'],
  neg='vendor-written renewal reminder; the renewal and pricing words are the vendor\'s')
M(a, 'ooo', 'sue', ['harriet'], '06-03 09:40', 'Automatic reply: Your Brightloom renewal - 15 September 2026',
  "Thank you for your email. I am out of the office until Monday 8 June with limited access to email. For urgent service "
  "planning matters please contact planning@ascendialifts.co.uk.", re='renrem', quote=False, auto=True,
  headers=AUTO_REPLY, append_sig=False, neg='out-of-office auto-reply')
M(a, 'chase1', 'harriet', ['sue', 'rob'], '06-10 13:05', 'Renewal conversation - could we meet?',
  "Hi Sue, Rob,\n\nI'd really value an hour with you both before the summer, to understand what the in-house prototype needs "
  "to do that Brightloom doesn't, and whether we can close that gap. I can come to Leeds any day in the week of 22 June.\n\nThanks,")
M(a, 'chase2', 'harriet', ['sue'], '06-18 17:20', 'RE: Renewal conversation - could we meet?',
  "Hi Sue,\n\nJust bumping this. George, our Head of Customer Success, would like to join if helpful. "
  "Even 30 minutes on Teams would do.\n\nThanks,", cc=['george'], re='chase1')
M(a, 'crash', 'dev', ['support'], '06-24 06:52', 'app crashing',
  "app crashing on samsung A55s when engineers upload more than 3 photos. 4 lads affected on the Hull patch. can someone look today\n\nDev\nSent from my iPhone",
  append_sig=False)
TICKET(a, 't2', ['dev'], '06-24 06:53', '51877', 'app crashing', 'Open', "We have received your request and will respond shortly.", re='crash')
M(a, 'crashr', 'tom', ['dev'], '06-24 10:31', 'RE: app crashing',
  "Hi Dev,\n\nThanks for the report. It's a known memory issue with 4.14.0 on that Samsung model; 4.14.1 with the fix is in "
  "the Play Store now. Ask the engineers to update and it should stop.\n\nCheers,", re='crash')
M(a, 'crashok', 'dev', ['tom'], '06-24 12:07', 'Re: app crashing', "updated, all good now cheers", re='crashr',
  client='iphone', append_sig=False)
TICKET(a, 't3', ['dev'], '06-25 12:10', '51877', 'app crashing', 'Solved',
       "Your ticket has been marked as solved. If the problem returns, reply within 7 days to reopen it.", re='crash')

a.status = {'graham.pike@ascendialifts.co.uk': 'left', 'alison.wray@ascendialifts.co.uk': 'new',
            'rob.kettle@ascendialifts.co.uk': 'silent'}
A(a, 'churn_risk', 'high', '04-22', ['leave'], 'Champion leaving, no exec sponsor for the contract')
A(a, 'contact_departed', 'high', '05-29', ['leave', 'options'], 'Graham Pike left on 29 May (announced 22 April, confirmed by Sue 27 May)')
A(a, 'competitor_mention', 'high', '05-06', ['inhouse'], 'In-house job-allocation tool being built; may replace the technician app')
A(a, 'new_senior_contact_not_engaged', 'high', '05-25', ['cfo', 'cfor'], 'New CFO wrote to billing@ on 11 May; the AM has never written to her (14 days)')
A(a, 'churn_risk', 'high', '05-27', ['options'], 'Sue: keep options open, no commitment to another term')
A(a, 'renewal_at_risk', 'high', '05-27', ['cfo', 'options', 'inhouse'], 'Inside 90 days of 15 Sep renewal with spend review, departed champion and in-house alternative')
A(a, 'contacts_going_silent', 'medium', '06-26', ['chase1', 'chase2'], 'Sue and Rob have not answered the AM since 27 May / 6 May; two chasers unanswered')

# ================================================================ 2 KlimaTechnik Brandl (AT, mid, risk)
a = Acc('KlimaTechnik Brandl GmbH', 'klimatechnik_brandl.mbox', ['brandl-klima.at'], 'lena.vogt@brightloom.io',
        96000, 'mid', '2026-08-20', 'renewal_at_risk_budget_cut', 'de',
        "HVAC contractor in Graz, 70 technicians. Spring starts warmly: fast replies and six extra licences planned. "
        "In April the commercial director cuts the H2 IT budget by 30% and shelves the expansion; in May he says a Simpro "
        "offer is on the table and the August renewal is open. Replies slow from hours to a week in June; the managing "
        "director does not answer the AM.", 'risk')
BR_DISC = ("KlimaTechnik Brandl GmbH · Conrad-von-Hötzendorf-Straße 112, 8010 Graz · FN 218844 k · Landesgericht für ZRS Graz\n"
           "Diese Nachricht ist vertraulich. Sollten Sie nicht der vorgesehene Empfänger sein, informieren Sie bitte den Absender "
           "und löschen Sie diese Nachricht.")
person('petra', 'Petra Hofer', 'p.hofer@brandl-klima.at', 'at', 'Leitung Disposition',
       "Mit freundlichen Grüßen\nPetra Hofer\nLeitung Disposition\nT +43 316 472 118-20\n\n" + BR_DISC, 'outlook_de')
person('url', 'Stefan Url', 's.url@brandl-klima.at', 'at', 'Kaufmännischer Leiter',
       "Mag. Stefan Url\nKaufmännischer Leiter\n\n" + BR_DISC, 'outlook2010')
person('brandl', 'Markus Brandl', 'm.brandl@brandl-klima.at', 'at', 'Geschäftsführer', None, 'outlook_de')

M(a, 'train', 'lena', ['petra'], '03-02 09:10', 'Schulungstermine Wartungsverträge-Modul',
  "Liebe Frau Hofer,\n\nfür die Einführung des Wartungsverträge-Moduls kann Katrin Mohr am 10. oder 11. März je zwei Stunden "
  "online schulen. Welcher Termin passt Ihrem Team besser?\n\nViele Grüße")
M(a, 'trainr', 'petra', ['lena'], '03-02 11:52', 'AW: Schulungstermine Wartungsverträge-Modul',
  "Hallo Frau Vogt,\n\nder 11. März um 8 Uhr wäre ideal, da sind die Disponenten noch nicht draußen. Ich schicke die Einladung "
  "an mein Team weiter.", re='train')
M(a, 'lic', 'lena', ['petra'], '03-05 14:20', 'Lizenzen Frühjahr',
  "Liebe Frau Hofer,\n\nSie hatten beim letzten Termin erwähnt, dass die Kältetechnik im Frühjahr wächst. Soll ich schon etwas "
  "vorbereiten?\n\nViele Grüße")
M(a, 'licr', 'petra', ['lena'], '03-05 16:05', 'AW: Lizenzen Frühjahr',
  "Hallo Frau Vogt,\n\nja, wir werden ab April voraussichtlich sechs weitere Lizenzen für die Kältetechnik-Partie brauchen – "
  "zwei neue Monteure und vier Lehrlinge, die heuer ausgelernt haben. Schicken Sie mir gern ein Angebot.", re='lic',
  sig=[('expansion', 'sechs weitere Lizenzen für die Kältetechnik-Partie')])
M(a, 'offer', 'lena', ['petra'], '03-09 10:30', 'Angebot 6 zusätzliche Techniker-Lizenzen',
  "Liebe Frau Hofer,\n\nanbei das Angebot für sechs zusätzliche Lizenzen ab 1. April, anteilig bis zur Verlängerung im August. "
  "Gültig bis 31. März.\n\nViele Grüße")
M(a, 'offerr', 'petra', ['lena'], '03-10 08:47', 'AW: Angebot 6 zusätzliche Techniker-Lizenzen',
  "Passt, danke. Die Freigabe kommt von Herrn Brandl, sobald er aus Wien zurück ist.", re='offer')
M(a, 'nl1', 'mkt_de', ['petra'], '03-16 07:00', 'Brightloom Praxis-Newsletter März: Kältemittel-Dokumentation nach F-Gase-Verordnung',
  "Brightloom Praxis · Ausgabe März 2026\n\n• Neue F-Gase-Verordnung: Was Kälte-Klima-Betriebe jetzt dokumentieren müssen\n"
  "• Kundenstimme: Wie ein Münchner SHK-Betrieb Leerfahrten um 18 % senkt\n• Preisrechner: Was kostet Sie ein verpasster Wartungstermin?\n"
  "• Webinar am 26. März: Wechsel von Papier auf mobile Wartungsprotokolle\n\nSie erhalten diesen Newsletter, weil Sie Kundin von "
  "Brightloom sind. Abmelden: https://brightloom.io/abmelden", headers=BULK('<praxis.brightloom.io>'), auto=True,
  neg='vendor marketing newsletter in German (Preis, Wechsel, Kundenstimme are newsletter copy)')
M(a, 'upsell', 'lena', ['petra'], '03-23 13:15', 'Kältemittel-Logbuch – 3 Monate kostenlos testen',
  "Liebe Frau Hofer,\n\npassend zur neuen F-Gase-Verordnung bieten wir Bestandskunden das Kältemittel-Logbuch drei Monate "
  "kostenlos an; danach 4 € pro Anlage und Monat, bei Verlängerung bis 30. Juni 15 % Nachlass.\n\nSoll ich es für Sie freischalten?\n\nViele Grüße",
  neg='vendor-written upsell with vendor pricing')
M(a, 'upsellr', 'petra', ['lena'], '03-24 09:02', 'AW: Kältemittel-Logbuch – 3 Monate kostenlos testen',
  "Danke, derzeit kein Bedarf – wir führen das Logbuch noch in unserem eigenen Excel, und das bleibt bis Herbst so.",
  re='upsell', neg='polite decline of an add-on; "eigenes Excel" is the current logbook, not an in-house replacement')
INVOICE(a, 'bill1', ['url'], '04-01 06:00', 'RE-2026-04117', '8.000,00', 'EUR', 'April 2026', 'de')
M(a, 'cut', 'url', ['lena'], '04-14 15:40', 'Budget 2. Halbjahr',
  "Sehr geehrte Frau Vogt,\n\naufgrund der schwachen Auftragslage im Neubau müssen wir das IT-Budget für das zweite Halbjahr "
  "um 30 % kürzen. Die Erweiterung um sechs Lizenzen stellen wir daher bis auf Weiteres zurück, und auch den bestehenden "
  "Vertrag werden wir vor der Verlängerung genau durchrechnen.\n\nIch bitte um Verständnis.", cc=['petra'],
  sig=[('churn_risk', 'das IT-Budget für das zweite Halbjahr um 30 % kürzen'),
       ('renewal', 'den bestehenden Vertrag werden wir vor der Verlängerung genau durchrechnen')])
M(a, 'cutr', 'lena', ['url'], '04-15 09:12', 'AW: Budget 2. Halbjahr',
  "Sehr geehrter Herr Mag. Url,\n\ndanke für die offene Information. Ich schlage vor, dass wir uns vor der Verlängerung die "
  "tatsächliche Nutzung je Modul ansehen – vielleicht lässt sich der Umfang anpassen, ohne dass die Disposition etwas verliert.\n\nViele Grüße",
  re='cut', cc=['petra'])
M(a, 'usage', 'lena', ['petra'], '04-28 10:05', 'Kurze Frage zur Nutzung Asset-Modul',
  "Liebe Frau Hofer,\n\nnutzen Ihre Monteure das Asset-Modul inzwischen auch für die Split-Geräte, oder nur für die Großanlagen?\n\nViele Grüße")
M(a, 'usager', 'petra', ['lena'], '04-29 06:40', 'AW: Kurze Frage zur Nutzung Asset-Modul',
  "Nur Großanlagen. Split-Geräte erfassen wir nicht, das lohnt sich bei den kleinen Serviceverträgen nicht.", re='usage')
M(a, 'renoffer', 'lena', ['url'], '05-12 11:00', 'Verlängerung 20. August – Angebot',
  "Sehr geehrter Herr Mag. Url,\n\nwie besprochen anbei ein Verlängerungsangebot mit zwei Varianten: unveränderter Umfang mit 8 % "
  "Treuerabatt, oder reduzierter Umfang ohne Planungsmodul zu 78.000 € pro Jahr. Beide Angebote gelten bis 15. Juni.\n\nViele Grüße",
  cc=['petra'], neg='vendor-written renewal offer; discount and price figures are the vendor\'s')
M(a, 'simpro', 'url', ['lena'], '05-18 16:20', 'AW: Verlängerung 20. August – Angebot',
  "Sehr geehrte Frau Vogt,\n\ndanke für die Varianten. Offen gesagt prüfen wir derzeit, ob wir den Vertrag im August überhaupt "
  "verlängern. Uns liegt ein Angebot von Simpro vor, das bei gleichem Umfang rund ein Viertel günstiger ist.\n\n"
  "Mit freundlichen Grüßen\nStefan Url\n\n-----Ursprüngliche Nachricht-----\nVon: Lena Vogt [mailto:lena.vogt@brightloom.io]\n"
  "Gesendet: Dienstag, 12. Mai 2026 11:00\nAn: Stefan Url\nCc: Petra Hofer\nBetreff: Verlängerung 20. August – Angebot\n\n"
  "Sehr geehrter Herr Mag. Url,\n\nwie besprochen anbei ein Verlängerungsangebot mit zwei Varianten ...",
  re='renoffer', drop_irt=True, quote=False, append_sig=False,
  sig=[('churn_risk', 'ob wir den Vertrag im August überhaupt verlängern'),
       ('competitor', 'Uns liegt ein Angebot von Simpro vor'),
       ('pricing', 'rund ein Viertel günstiger')])
M(a, 'simpror', 'lena', ['url'], '05-19 08:30', 'AW: Verlängerung 20. August – Angebot',
  "Sehr geehrter Herr Mag. Url,\n\ndanke für die Offenheit. Ich würde gern verstehen, welcher Umfang im Simpro-Angebot enthalten ist – "
  "darf ich Sie nächste Woche anrufen?\n\nViele Grüße", re='simpro')
M(a, 'check', 'lena', ['petra'], '06-01 10:00', 'Wie läuft die Saison?',
  "Liebe Frau Hofer,\n\nwie läuft der Saisonstart bei den Klimaanlagen? Gibt es etwas, das wir in der Disposition verbessern können?\n\nViele Grüße")
M(a, 'checkr', 'petra', ['lena'], '06-07 18:15', 'AW: Wie läuft die Saison?',
  "Viel los. Melde mich.", re='check', client='iphone', append_sig=False)
M(a, 'rev', 'lena', ['url'], '06-09 09:30', 'Überarbeitetes Angebot',
  "Sehr geehrter Herr Mag. Url,\n\nanbei ein überarbeitetes Angebot, das die Frühjahrslizenzen ausklammert. Ich freue mich auf Ihre Rückmeldung.\n\nViele Grüße")
M(a, 'revr', 'url', ['lena'], '06-16 12:05', 'AW: Überarbeitetes Angebot',
  "Sehr geehrte Frau Vogt,\n\ndie Entscheidung fällt in der Geschäftsführung Ende Juli. Bis dahin bitte ich von weiteren Anrufen abzusehen.",
  re='rev', sig=[('churn_risk', 'bitte ich von weiteren Anrufen abzusehen')])
M(a, 'gf', 'lena', ['brandl'], '06-17 10:10', 'Gesprächstermin vor der Verlängerung',
  "Sehr geehrter Herr Ing. Brandl,\n\nseit sechs Jahren arbeiten wir gut zusammen, und ich möchte die Verlängerung nicht nur über "
  "Preislisten führen. Hätten Sie vor Ende Juli 30 Minuten für ein Gespräch, gern auch in Graz?\n\nMit freundlichen Grüßen", cc=['george'])
M(a, 'imp', 'lena', ['petra'], '06-19 14:00', 'Import Wartungsplan 2. Halbjahr',
  "Liebe Frau Hofer,\n\nsollen wir den Wartungsplan für das 2. Halbjahr wieder aus Ihrer Excel-Liste importieren? Dann bräuchte ich die Datei bis Ende Juni.\n\nViele Grüße")
M(a, 'impooo', 'petra', ['lena'], '06-19 14:00', 'Abwesenheitsnotiz: Import Wartungsplan 2. Halbjahr',
  "Ich bin bis 22. Juni nicht im Büro. In dringenden Fällen wenden Sie sich bitte an dispo@brandl-klima.at.",
  re='imp', quote=False, auto=True, headers=AUTO_REPLY, append_sig=False, neg='out-of-office auto-reply')
M(a, 'impr', 'petra', ['lena'], '06-23 16:40', 'AW: Import Wartungsplan 2. Halbjahr',
  "Datei kommt nächste Woche, wir sind noch am Zusammenstellen.", re='imp')

a.status = {'m.brandl@brandl-klima.at': 'silent'}
A(a, 'expansion_opportunity', 'low', '03-05', ['licr'], 'Six extra licences planned from April (later shelved)')
A(a, 'churn_risk', 'high', '04-14', ['cut'], '30% IT budget cut for H2; expansion shelved; contract to be scrutinised before renewal')
A(a, 'competitor_mention', 'high', '05-18', ['simpro'], 'Simpro offer about 25% cheaper')
A(a, 'renewal_at_risk', 'high', '05-22', ['cut', 'simpro'], 'Renewal 20 Aug enters 90-day window (22 May) with budget cut and competing offer')
A(a, 'latency_degradation', 'medium', '06-16', ['checkr', 'revr'], 'Customer reply median grew from under a day (Mar-Apr) to about six days (June)')

# ================================================================ 3 Corrib Facilities (IE, enterprise, healthy)
a = Acc('Corrib Facilities Services Ltd', 'corrib_facilities.mbox', ['corribfs.ie'], 'harriet.coles@brightloom.co.uk',
        310000, 'enterprise', '2027-01-31', 'expansion_and_advocacy', 'en',
        "Galway facilities-management firm. Wins a public-sector contract in the West region and buys 140 more technician "
        "licences; the Head of Operations offers a case study and the CEO refers another firm. A forwarded FM market report, "
        "a St Patrick's Day auto-reply, personal dinner mail and an explicit 'not looking at other systems' are hard negatives.", 'healthy')
person('niamh', 'Niamh Keane', 'niamh.keane@corribfs.ie', 'ie', 'Head of Operations',
       "Niamh Keane\nHead of Operations | Corrib Facilities Services\nT: +353 91 448 210", 'outlook')
person('ciaran', 'Ciarán Walsh', 'ciaran.walsh@corribfs.ie', 'ie', 'Contracts Manager',
       "Ciarán Walsh\nContracts Manager\nCorrib Facilities Services Ltd, Parkmore, Galway", 'outlook')
person('aoife', 'Aoife Brennan', 'aoife.brennan@corribfs.ie', 'ie', 'Helpdesk Team Lead', "Aoife\nHelpdesk Team Lead, Corrib FS", 'gmail')
person('declan', 'Declan Fahy', 'declan.fahy@corribfs.ie', 'ie', 'Chief Executive', "Declan Fahy\nCEO, Corrib Facilities Services", 'apple')

M(a, 'win', 'niamh', ['harriet'], '03-03 08:41', 'Good news from Galway',
  "Morning Harriet,\n\nWe've just been told we won the HSE facilities contract for the West region - three hospitals and 40-odd "
  "primary care centres. It means roughly 140 more technicians on the system from June, so we'll need to talk about "
  "extending the licences sooner rather than later.\n\nCan you come over in the next fortnight?\n\nNiamh",
  sig=[('expansion', 'roughly 140 more technicians on the system from June')])
M(a, 'winr', 'harriet', ['niamh'], '03-03 10:02', 'RE: Good news from Galway',
  "Niamh, congratulations - that's a huge win for the team. I can be in Galway on Tuesday 10th. I'll bring Priya so we can "
  "sketch the onboarding for the new sites.\n\nHarriet", re='win')
M(a, 'cal', 'harriet', ['niamh', 'ciaran'], '03-04 09:00', 'Invitation: Corrib West region onboarding @ Tue 10 Mar 2026 11:00 - 13:00 (GMT)',
  "Harriet Coles has invited you to: Corrib West region onboarding\nTuesday 10 March 2026, 11:00 - 13:00 GMT\nParkmore office, Galway\n\nGoing? Yes - Maybe - No",
  ics=ICS('corrib-west@brightloom.co.uk', '20260310T110000Z', '20260310T130000Z', 'Corrib West region onboarding',
          'harriet.coles@brightloom.co.uk', ['niamh.keane@corribfs.ie', 'ciaran.walsh@corribfs.ie']),
  append_sig=False, fyi=True, neg='calendar invitation')
M(a, 'calacc', 'ciaran', ['harriet'], '03-04 09:22', 'Accepted: Corrib West region onboarding @ Tue 10 Mar 2026 11:00 - 13:00 (GMT)',
  "Ciarán Walsh has accepted this invitation.", re='cal', quote=False, auto=True, append_sig=False,
  ics=ICS('corrib-west@brightloom.co.uk', '20260310T110000Z', '20260310T130000Z', 'Accepted: Corrib West region onboarding',
          'harriet.coles@brightloom.co.uk', ['ciaran.walsh@corribfs.ie'], 'REPLY'), neg='calendar acceptance')
M(a, 'prop', 'harriet', ['niamh', 'ciaran'], '03-11 17:30', 'Proposal - West region licences',
  "Niamh, Ciarán,\n\nThanks for yesterday. Attached is the proposal for 140 Field licences plus 12 Planner seats, co-terminous "
  "with your January renewal. I've held your current per-seat rate.\n\nBest,")
M(a, 'propr', 'niamh', ['harriet'], '03-12 07:55', 'RE: Proposal - West region licences',
  "Looks grand. Ciarán will sort the PO once finance sign off - should be before the end of the month.", re='prop', cc=['ciaran'])
M(a, 'paddy', 'aoife', ['harriet'], '03-17 10:01', 'Out of office: Re: helpdesk dashboard',
  "Hi, I'm off for St Patrick's Day and back on Wednesday 18th. For anything urgent please ring the helpdesk on 091 448 200.\n\nLá Fhéile Pádraig sona daoibh!",
  auto=True, headers=AUTO_REPLY, append_sig=False, neg='holiday out-of-office auto-reply')
M(a, 'report', 'niamh', ['harriet'], '03-19 13:12', 'FW: Irish FM Market Outlook 2026',
  "Harriet - thought you'd find page 3 interesting, given the chat about public-sector work. N.\n\n" +
  fwd('outlook', 'FMI Ireland Research', 'research@fmi-ireland.ie', 'Wednesday, March 18, 2026 4:00 PM', 'Niamh Keane', 'Irish FM Market Outlook 2026',
      "IRISH FM MARKET OUTLOOK 2026 - MEMBERS' SUMMARY\n\n- Client churn among mid-size FM providers rose to 14% in 2025 as public bodies "
      "re-tendered.\n- Labour costs drive price increases of 6-9% in new contracts; clients are cancelling bundled services.\n"
      "- 38% of providers plan to switch or consolidate CAFM/field-service software within 24 months.\n- Escalations over "
      "SLA penalties doubled year on year.\n\nFull report available to members at fmi-ireland.ie/outlook"),
  append_sig=False, neg='forwarded market report; churn, price increase, switch and escalation words belong to the report')
M(a, 'po', 'ciaran', ['harriet'], '03-25 15:03', 'PO 4500231877 - Brightloom West region',
  "Harriet,\n\nPO 4500231877 attached for the 140 additional technician licences and 12 planner seats, as per your proposal of 11 March. "
  "Please invoice against it from 1 June.\n\nRegards,", cc=['niamh'],
  sig=[('expansion', 'PO 4500231877 attached for the 140 additional technician licences')])
M(a, 'por', 'harriet', ['ciaran'], '03-26 08:45', 'RE: PO 4500231877 - Brightloom West region',
  "Thanks Ciarán, received. Priya will send you the onboarding plan for the West sites by 10 April so your supervisors can book the "
  "training slots.\n\nBest,", re='po', cc=['niamh', 'priya'],
  sig=[('commitment', 'Priya will send you the onboarding plan for the West sites by 10 April', '2026-04-10')])
M(a, 'plan', 'priya', ['ciaran', 'niamh'], '04-09 16:10', 'West region onboarding plan',
  "Hi Ciarán, Niamh,\n\nAttached is the onboarding plan: site data import in May, three train-the-trainer sessions in Galway, "
  "go-live on 1 June with hypercare for two weeks.\n\nThanks,", cc=['harriet'], fyi=True)
M(a, 'case', 'niamh', ['harriet'], '04-15 12:20', 'Case study',
  "Harriet,\n\nOne more thing from me: we'd be happy to do a case study with you on the West region rollout, and I'd be glad to speak "
  "at your user conference in Manchester in October if there's a slot.\n\nNiamh",
  sig=[('advocacy', "we'd be happy to do a case study with you on the West region rollout")])
M(a, 'caser', 'harriet', ['niamh'], '04-15 13:05', 'RE: Case study',
  "That's brilliant, thank you. I'll put you in touch with our marketing lead and pencil you in for the October programme.", re='case')
TICKET(a, 't1', ['aoife'], '04-28 08:15', '49902', 'SLA timer shows wrong target on P1 jobs', 'Pending',
       "Tom Ashworth commented:\nWe've reproduced the problem and a fix is scheduled for the 30 April release.")
M(a, 'ref', 'declan', ['harriet'], '05-14 19:40', 'Introduction',
  "Harriet,\n\nNiamh has been singing your team's praises. I've passed your name to Eoin Daly, CEO of Lee Valley Cleaning in Cork - "
  "they are looking for a field-service platform and I told him to talk to you before anyone else.\n\nDeclan\n\nSent from my iPad",
  cc=['niamh'], append_sig=False, sig=[('advocacy', 'I told him to talk to you before anyone else')])
M(a, 'refr', 'harriet', ['declan'], '05-15 08:30', 'RE: Introduction',
  "Declan,\n\nThank you, that's very generous. I'll reach out to Eoin this week. And congratulations again on the HSE contract.\n\nHarriet",
  re='ref', cc=['niamh'])
M(a, 'dinner', 'ciaran', ['harriet'], '05-20 17:02', 'Thursday',
  "Harriet, are you still over on Thursday? A few of us are going to Ard Bia for 8 after the Galway-Mayo match if you fancy it. "
  "No shop talk, I promise.\n\nC.", append_sig=False, neg='personal invitation to dinner after a match')
M(a, 'upsell', 'harriet', ['niamh'], '05-29 10:10', 'Insights dashboards for the new region',
  "Hi Niamh,\n\nWith 140 more technicians going live, you might like Brightloom Insights for the regional managers. Until 30 June we're "
  "offering existing customers 20% off the first year. Happy to set up a 14-day trial.\n\nBest,",
  neg='vendor-written upsell with vendor discount')
M(a, 'golive', 'niamh', ['harriet'], '06-03 09:25', 'West region live',
  "Harriet,\n\nWe went live on Monday across all 43 West sites. Hypercare has been excellent and the lads love the app. "
  "Honestly, I'd recommend Brightloom to anyone in FM who asks.\n\nNiamh",
  sig=[('advocacy', "I'd recommend Brightloom to anyone in FM who asks")])
M(a, 'goliver', 'harriet', ['niamh'], '06-03 11:40', 'RE: West region live',
  "Fantastic news, thank you Niamh - I'll pass this on to Priya and the hypercare team.", re='golive', fyi=True)
M(a, 'quote', 'harriet', ['niamh'], '06-04 09:10', 'Quote for the case study?',
  "Hi Niamh,\n\nWould you be comfortable with us using your line about recommending Brightloom in the case study draft? Marketing will send it to you for approval first.\n\nBest,")
M(a, 'quoter', 'niamh', ['harriet'], '06-04 10:02', 'RE: Quote for the case study?',
  "Of course, go ahead - just let me see the draft before it goes out.", re='quote')
M(a, 'notlooking', 'niamh', ['harriet'], '06-01 08:50', 'RE: Insights dashboards for the new region',
  "Harriet, not this year for Insights. And to answer the question you were too polite to ask: "
  "we are not looking at any other systems, whatever the ServiceNow crowd may have told people at the conference.\n\nN.",
  re='upsell', neg='negated competitor mention and a declined upsell; no churn or competitor signal')
INVOICE(a, 'bill1', ['ciaran'], '06-22 06:00', 'INV-2026-06-3310', '38,640.00', 'EUR', 'West region licences, June-December 2026 pro rata')

M(a, 'qr', 'aoife', ['support'], '06-16 09:20', 'Bulk close of PPM jobs',
  "Hi,\n\nIs there a way to bulk-close the planned maintenance jobs that were duplicated during the West region import? There are about 300 of them.\n\nThanks,\nAoife")
M(a, 'qrr', 'tom', ['aoife'], '06-16 11:05', 'RE: Bulk close of PPM jobs',
  "Hi Aoife,\n\nYes - filter the job list by import batch 2026-05-18, select all and use Actions > Cancel (no charge to the customer). "
  "If you'd rather we do it, just say and we'll run it tonight.\n\nCheers,", re='qr')
M(a, 'qrok', 'aoife', ['tom'], '06-16 11:31', 'Re: Bulk close of PPM jobs', "Done, thanks a million Tom!", re='qrr', append_sig=False)
M(a, 'billr', 'ciaran', ['billing'], '06-23 10:12', 'RE: INV-2026-06-3310',
  "Hello,\n\nInvoice received and matched to PO 4500231877; it's in the next payment run.\n\nRegards,", re='bill1', quote=False)

A(a, 'expansion_opportunity', 'medium', '03-03', ['win', 'po'], '140 more technicians from June; PO received 25 March')
A(a, 'advocacy', 'low', '04-15', ['case'], 'Case study and conference talk offered')
A(a, 'advocacy', 'low', '05-14', ['ref'], 'CEO referral to Lee Valley Cleaning')
A(a, 'advocacy', 'low', '06-03', ['golive'], 'Would recommend to anyone in FM')

# ================================================================ 4 Windpark Nordsee (DE, enterprise, healthy)
a = Acc('Windpark Nordsee Betriebs GmbH', 'windpark_nordsee.mbox', ['wpn-betrieb.de'], 'lena.vogt@brightloom.io',
        240000, 'enterprise', '2026-12-31', 'escalation_resolved_well', 'de',
        "Wind-farm operator in Husum, 48 turbines. A March app update breaks offshore sync; the maintenance head escalates, "
        "Brightloom ships a hotfix within two days and the root-cause report on time. The customer praises the support, "
        "procurement's benchmarking request is explicitly a formality, and in May they plan to add the Dagebüll park.", 'healthy')
WPN_DISC = ("Windpark Nordsee Betriebs GmbH · Schobüller Str. 36 · 25813 Husum · HRB 4471 FL · Geschäftsführer: Dr. Hauke Ketels\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, benachrichtigen Sie "
            "bitte sofort den Absender und vernichten Sie diese E-Mail.")
person('jan', 'Dr. Jan Petersen', 'jan.petersen@wpn-betrieb.de', 'de', 'Leiter Instandhaltung',
       "Dr. Jan Petersen\nLeiter Instandhaltung\n\n" + WPN_DISC, 'outlook_de')
person('olaf', 'Olaf Jürgensen', 'olaf.juergensen@wpn-betrieb.de', 'de', 'Teamleiter Service Offshore',
       "Olaf Jürgensen\nTeamleiter Service Offshore\n\n" + WPN_DISC, 'outlook_de')
person('birte', 'Birte Hansen', 'birte.hansen@wpn-betrieb.de', 'de', 'Asset-Managerin', "Birte Hansen · Asset Management", 'apple_de')
person('frauke', 'Frauke Lorenzen', 'frauke.lorenzen@wpn-betrieb.de', 'de', 'Einkauf', "i. A. Frauke Lorenzen\nStrategischer Einkauf\n\n" + WPN_DISC, 'outlook_de')
person('mkt_de2', 'Brightloom Systems', 'marketing@brightloom.io', 'de', '', None, 'system')

M(a, 'imp', 'jan', ['lena'], '03-02 08:15', 'Import Anlagenregister',
  "Guten Morgen Frau Vogt,\n\nkönnen wir das Anlagenregister für die 48 WEA direkt aus unserem SAP-PM-Export einspielen, oder muss "
  "die Struktur vorher angepasst werden? Frau Hansen würde das gern im März erledigen.")
M(a, 'impr', 'lena', ['jan'], '03-02 11:30', 'AW: Import Anlagenregister',
  "Guten Tag Herr Dr. Petersen,\n\nder SAP-PM-Export lässt sich direkt verwenden, nur die Technischen Plätze brauchen eine Zuordnungstabelle. "
  "Katrin Mohr schickt Frau Hansen heute die Vorlage.\n\nViele Grüße", re='imp', cc=['birte', 'katrin'])
M(a, 'nl', 'mkt_de2', ['jan'], '03-09 07:00', 'Brightloom Praxis: Sicherheitsunterweisungen digital dokumentieren',
  "Brightloom Praxis · Ausgabe März 2026\n\n• Sicherheitsunterweisungen und Befahrerlaubnisse digital nachweisen\n• Neu: Schnittstelle zu SAP S/4HANA\n"
  "• Jetzt wechseln und sparen: Bestandskunden erhalten 10 % auf das Insights-Paket\n\nAbmelden: https://brightloom.io/abmelden",
  headers=BULK('<praxis.brightloom.io>'), auto=True, neg='vendor newsletter ("wechseln", "sparen" are marketing copy)')
M(a, 'bug', 'olaf', ['support'], '03-18 06:05', 'App synchronisiert offshore nicht mehr',
  "Hallo,\n\nseit dem Update 4.12 synchronisiert die App auf den Servicebooten nicht mehr über die Satellitenverbindung. "
  "Die Techniker können keine Arbeitsaufträge abschließen und schreiben wieder auf Papier. Das ist für uns kritisch, "
  "wir haben diese Woche die Frühjahrswartung an Amrumbank.\n\nGruß Olaf Jürgensen", append_sig=False,
  sig=[('escalation', 'Das ist für uns kritisch')])
TICKET(a, 'bugack', ['olaf'], '03-18 06:05', '48390', 'App synchronisiert offshore nicht mehr', 'Neu',
       "Wir haben Ihre Anfrage erhalten und melden uns schnellstmöglich.", re='bug', lang='de')
M(a, 'esc', 'jan', ['lena'], '03-18 09:40', 'Eskalation: Offshore-Synchronisation',
  "Frau Vogt,\n\nich muss das eskalieren: Seit zwei Tagen arbeiten unsere Offshore-Teams ohne funktionierende App, und das mitten in der "
  "Frühjahrswartung. Ich erwarte heute noch einen Rückruf und einen verbindlichen Termin für die Behebung.", cc=['olaf'],
  sig=[('escalation', 'ich muss das eskalieren')])
M(a, 'escr', 'lena', ['jan'], '03-18 10:25', 'AW: Eskalation: Offshore-Synchronisation',
  "Sehr geehrter Herr Dr. Petersen,\n\ndas tut mir sehr leid. Unsere Entwicklung hat die Ursache eingegrenzt (Zeitüberschreitung bei "
  "Verbindungen mit hoher Latenz). Bis Freitag, 20. März, liefern wir einen Hotfix; bis dahin schickt Katrin Mohr Herrn Jürgensen "
  "noch heute einen Workaround. Ich rufe Sie um 11 Uhr an.\n\nViele Grüße", re='esc', cc=['olaf', 'katrin', 'george'],
  sig=[('commitment', 'Bis Freitag, 20. März, liefern wir einen Hotfix', '2026-03-20')])
M(a, 'wa', 'katrin', ['olaf'], '03-18 13:10', 'Workaround Offshore-Sync (Ticket 48390)',
  "Hallo Herr Jürgensen,\n\nals Workaround bitte in den App-Einstellungen unter Erweitert den Wert »Sync-Timeout« auf 120 Sekunden setzen. "
  "Damit sollten Aufträge wieder abgeschlossen werden können, wenn auch langsamer.\n\nViele Grüße", re='bug')
M(a, 'hotfix', 'katrin', ['olaf', 'jan'], '03-20 17:45', 'Hotfix 4.12.1 ausgerollt',
  "Hallo zusammen,\n\nder Hotfix 4.12.1 ist seit 17:30 Uhr in den Stores und in Ihrem Mandanten aktiv. Der Workaround kann zurückgenommen werden.\n\nViele Grüße",
  cc=['lena'])
M(a, 'ok', 'olaf', ['katrin'], '03-21 10:12', 'AW: Hotfix 4.12.1 ausgerollt',
  "Moin Frau Mohr,\n\nläuft wieder, alle drei Boote synchronisieren. Danke für den Einsatz am Freitagabend!", re='hotfix',
  client='iphone', append_sig=False)
M(a, 'thanks', 'jan', ['lena'], '03-23 08:30', 'Danke',
  "Frau Vogt,\n\nso stelle ich mir Support vor. Das habe ich auch den Kollegen in unserem Schwesterbetrieb in Emden so erzählt – "
  "die suchen gerade eine Lösung für ihre Umspannwerke.\n\nBitte schicken Sie uns noch eine Ursachenanalyse.",
  sig=[('advocacy', 'Das habe ich auch den Kollegen in unserem Schwesterbetrieb in Emden so erzählt')])
M(a, 'thanksr', 'lena', ['jan'], '03-23 10:00', 'AW: Danke',
  "Herr Dr. Petersen,\n\nvielen Dank! Den Root-Cause-Bericht schicken wir Ihnen bis zum 3. April.\n\nViele Grüße", re='thanks',
  sig=[('commitment', 'Den Root-Cause-Bericht schicken wir Ihnen bis zum 3. April', '2026-04-03')])
M(a, 'rca', 'katrin', ['jan'], '04-02 15:20', 'Ursachenanalyse Ticket 48390',
  "Sehr geehrter Herr Dr. Petersen,\n\nanbei der Bericht zur Ursachenanalyse. Kurzfassung: Mit 4.12 wurde das Verbindungs-Timeout von "
  "90 auf 20 Sekunden gesenkt; Satellitenverbindungen brauchen länger. Wir haben einen Test mit simulierter hoher Latenz in die "
  "Release-Pipeline aufgenommen.\n\nMit freundlichen Grüßen", cc=['lena', 'olaf'], fyi=True)
TICKET(a, 'closed', ['olaf'], '04-03 09:00', '48390', 'App synchronisiert offshore nicht mehr', 'Gelöst',
       "Ihr Ticket wurde als gelöst markiert. Antworten Sie innerhalb von 7 Tagen, um es erneut zu öffnen.", re='bug', lang='de')
M(a, 'bench', 'frauke', ['lena'], '04-20 11:05', 'Vergleichsangebote Softwareverträge',
  "Sehr geehrte Frau Vogt,\n\ndie Konzernrevision verlangt, dass wir für alle Softwareverträge über 100.000 € alle drei Jahre "
  "Vergleichsangebote einholen. Das ist eine reine Formalie – die Instandhaltung ist mit Brightloom sehr zufrieden und "
  "ein Wechsel steht nicht zur Debatte. Ich bräuchte nur Ihre aktuelle Leistungsbeschreibung für die Akte.",
  neg='procurement formality, explicitly no switch intended (negation); not churn, not competitor')
M(a, 'benchr', 'lena', ['frauke'], '04-21 09:15', 'AW: Vergleichsangebote Softwareverträge',
  "Sehr geehrte Frau Lorenzen,\n\ngern – anbei die aktuelle Leistungsbeschreibung.\n\nViele Grüße", re='bench', fyi=True)
M(a, 'markt', 'birte', ['lena'], '05-05 14:48', 'WG: Marktbericht Windenergie Q1',
  "Hallo Frau Vogt, zu unserem Gespräch über Ersatzteilpreise – interessant, S. 2.\nBirte\n\n" +
  fwd('apple_de', 'BWE Service-Report', 'report@bwe-service.de', '4. Mai 2026 um 10:00:00 MESZ', 'Birte Hansen', 'Marktbericht Windenergie Q1/2026',
      "MARKTBERICHT WINDENERGIE Q1/2026\n\n• Preiserhöhungen bei Großkomponenten von bis zu 12 %\n• Betreiber kündigen Vollwartungsverträge "
      "und wechseln zu Eigeninstandhaltung\n• Wettbewerber aus Dänemark drängen in den Servicemarkt\n• Eskalationen wegen Lieferverzug bei Getrieben"),
  append_sig=False, neg='forwarded market report; Preiserhöhungen, kündigen, wechseln, Wettbewerber belong to the report')
M(a, 'ws', 'lena', ['jan', 'birte'], '05-14 09:00', 'Einladung: Workshop Wartungsplanung 2027 @ Do 28. Mai 2026 10:00 - 15:00 (MESZ)',
  "Lena Vogt hat Sie zu folgendem Termin eingeladen:\nWorkshop Wartungsplanung 2027\nDonnerstag, 28. Mai 2026 10:00–15:00 MESZ\nOrt: Husum, Schobüller Str. 36\n\nZusagen · Vielleicht · Absagen",
  ics=ICS('wpn-ws@brightloom.io', '20260528T080000Z', '20260528T130000Z', 'Workshop Wartungsplanung 2027', 'lena.vogt@brightloom.io',
          ['jan.petersen@wpn-betrieb.de', 'birte.hansen@wpn-betrieb.de']), append_sig=False, fyi=True, neg='calendar invitation')
M(a, 'wsacc', 'birte', ['lena'], '05-14 09:47', 'Angenommen: Workshop Wartungsplanung 2027 @ Do 28. Mai 2026 10:00 - 15:00 (MESZ)',
  "Birte Hansen hat diese Einladung angenommen.", re='ws', quote=False, auto=True, append_sig=False,
  ics=ICS('wpn-ws@brightloom.io', '20260528T080000Z', '20260528T130000Z', 'Angenommen: Workshop Wartungsplanung 2027', 'lena.vogt@brightloom.io',
          ['birte.hansen@wpn-betrieb.de'], 'REPLY'), neg='calendar acceptance')
M(a, 'dage', 'jan', ['lena'], '05-28 18:20', 'Windpark Dagebüll',
  "Frau Vogt,\n\ndanke für den guten Workshop heute. Wie angedeutet: Wir übernehmen ab 1. Oktober die Betriebsführung für den "
  "Windpark Dagebüll mit 22 Anlagen und möchten diese ebenfalls in Brightloom abbilden. Bitte schicken Sie mir ein Angebot für die "
  "zusätzlichen Anlagen und etwa acht Techniker.",
  sig=[('expansion', 'möchten diese ebenfalls in Brightloom abbilden')])
M(a, 'dager', 'lena', ['jan'], '05-29 08:40', 'AW: Windpark Dagebüll',
  "Herr Dr. Petersen,\n\ndas freut mich sehr. Das Angebot bekommen Sie bis 12. Juni.\n\nViele Grüße", re='dage',
  sig=[('commitment', 'Das Angebot bekommen Sie bis 12. Juni', '2026-06-12')])
M(a, 'dageoff', 'lena', ['jan'], '06-10 16:00', 'Angebot Windpark Dagebüll',
  "Herr Dr. Petersen,\n\nanbei das Angebot für 22 Anlagen und acht Techniker ab 1. Oktober.\n\nViele Grüße")
M(a, 'dageoffr', 'jan', ['lena'], '06-11 07:50', 'AW: Angebot Windpark Dagebüll',
  "Danke, geht diese Woche in die Freigabe.", re='dageoff')
M(a, 'sail', 'olaf', ['katrin'], '06-12 20:14', 'Kieler Woche',
  "Moin Katrin,\n\nwie versprochen: Wir segeln am Samstag, 20. Juni, bei der Kieler Woche mit. Ein Platz an Bord ist noch frei, wenn "
  "du Lust hast – Ölzeug haben wir.\n\nOlaf", append_sig=False, client='iphone',
  neg='personal mail (sailing invitation) between customer and vendor staff')
INVOICE(a, 'bill', ['frauke'], '06-15 06:00', 'RE-2026-06220', '60.000,00', 'EUR', 'Q3 2026', 'de')

A(a, 'escalation', 'high', '03-18', ['bug', 'esc'], 'Offshore sync broken, escalated by head of maintenance; resolved 20 March with hotfix')
A(a, 'advocacy', 'low', '03-23', ['thanks'], 'Praised support to sister company in Emden')
A(a, 'expansion_opportunity', 'medium', '05-28', ['dage'], 'Dagebüll park, 22 turbines and ~8 technicians from October')

# ================================================================ 5 Lavanderías Ebro (ES, smb, risk: going dark)
a = Acc('Lavanderías Ebro S.L.', 'lavanderias_ebro.mbox', ['lavanderiasebro.es'], 'jordi.serra@brightloom.io',
        38000, 'smb', '2026-07-31', 'going_dark', 'es',
        "Commercial laundry chain in Zaragoza (hotels, hospitals). Normal until mid-April, when the manager says two sites are "
        "closing and maintenance is being outsourced; the maintenance lead leaves (auto-reply in May). From late April nobody "
        "at the customer writes again; the AM's renewal mails, invitation and billing question go unanswered with the renewal "
        "on 31 July.", 'risk')
EB_PIE = ("LAVANDERÍAS EBRO, S.L. – CIF B50771234 – Pol. Ind. Malpica, calle D, 50016 Zaragoza\n"
          "AVISO LEGAL: Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos lo comunique al remitente "
          "y proceda a su eliminación. En cumplimiento del RGPD, puede ejercer sus derechos en lopd@lavanderiasebro.es.")
person('raquel', 'Raquel Lasheras', 'raquel.lasheras@lavanderiasebro.es', 'es', 'Gerente',
       "Raquel Lasheras\nGerente\n\n" + EB_PIE, 'outlook_es')
person('ivan', 'Iván Moliner', 'ivan.moliner@lavanderiasebro.es', 'es', 'Jefe de mantenimiento', "Iván Moliner · Mantenimiento", 'gmail_es')
person('pilar', 'Pilar Gracia', 'administracion@lavanderiasebro.es', 'es', 'Administración', "Pilar Gracia\nAdministración\n\n" + EB_PIE, 'outlook_es')

M(a, 'rev', 'jordi', ['raquel'], '03-02 09:20', 'Revisión trimestral',
  "Hola Raquel:\n\n¿Te va bien que hagamos la revisión trimestral el jueves 5 por Teams? Quiero enseñarte el informe de paradas de "
  "las túneles de lavado desde que Iván empezó a registrar las averías en la app.\n\nUn saludo,")
M(a, 'revr', 'raquel', ['jordi'], '03-02 10:05', 'RE: Revisión trimestral',
  "Hola Jordi, el jueves a las 10 perfecto. Se conecta también Iván.", re='rev')
M(a, 'alarm', 'ivan', ['support'], '03-05 08:12', 'Códigos de alarma túnel Jensen',
  "Buenos días,\n\n¿se pueden importar los códigos de alarma de los túneles Jensen para que salgan en la orden de trabajo? Tengo el listado en Excel.\n\nGracias",
  append_sig=False)
M(a, 'alarmr', 'marc', ['ivan'], '03-05 12:40', 'Re: Códigos de alarma túnel Jensen',
  "Hola Iván:\n\nSí, mándame el Excel y te lo dejo cargado como catálogo de averías. Solo necesito código, descripción y máquina.\n\nSaludos,", re='alarm')
M(a, 'alarmok', 'ivan', ['marc'], '03-06 07:58', 'Re: Códigos de alarma túnel Jensen', "Adjunto. Gracias Marc!!", re='alarmr')
M(a, 'nl', 'mkt_es', ['raquel'], '03-12 08:00', 'Novedades Brightloom marzo: mantenimiento predictivo para lavanderías industriales',
  "Boletín Brightloom · marzo 2026\n\n· Cómo reducir un 20 % las paradas no planificadas\n· Caso de éxito: una cadena hotelera de Málaga "
  "cambia el papel por la app y ahorra 300 horas al mes\n· Precios especiales para clientes que renueven antes del verano\n\n"
  "Para darse de baja: https://brightloom.io/baja", headers=BULK('<boletin.brightloom.io>'), auto=True,
  neg='vendor newsletter in Spanish (cambia, precios, renueven are newsletter copy)')
M(a, 'upsell', 'jordi', ['raquel'], '03-19 16:30', 'Módulo de inventario de recambios',
  "Hola Raquel:\n\nTe comento por si os interesa: el módulo de inventario permite controlar el stock de rodamientos y juntas por planta. "
  "Para clientes actuales lo dejamos en 90 € al mes el primer año.\n\nUn saludo,", neg='vendor-written upsell with vendor price')
M(a, 'upsellr', 'raquel', ['jordi'], '03-20 09:10', 'RE: Módulo de inventario de recambios',
  "Gracias Jordi, ahora mismo no. Estamos bien con lo que tenemos y no estamos pensando en cambiar nada este año.",
  re='upsell', neg='declined upsell with a negation ("no estamos pensando en cambiar"); not churn')
INVOICE(a, 'bill1', ['pilar'], '04-01 06:00', 'FE-2026-0412', '3.166,67', 'EUR', 'abril 2026', 'es')
M(a, 'iva', 'pilar', ['billing'], '04-08 11:30', 'Factura FE-2026-0412',
  "Buenos días:\n\nLa factura FE-2026-0412 viene con el IVA al 0 % como si fuéramos de fuera de España. ¿Nos podéis enviar una rectificativa?\n\nGracias.")
M(a, 'ivar', 'megan', ['pilar'], '04-09 09:50', 'RE: Factura FE-2026-0412',
  "Dear Pilar,\n\nApologies for this. A corrected invoice with 21% IVA has been issued (FE-2026-0412-R) and is in the portal.\n\nKind regards,", re='iva', lang='en')
M(a, 'close', 'raquel', ['jordi'], '04-14 19:05', 'Cambios',
  "Jordi, te adelanto que estamos cerrando el local de Delicias y el de Utebo antes del verano. Con los hoteles ha bajado mucho el "
  "volumen y el grupo quiere simplificar. Ya os contaré cómo queda lo demás.\n\nRaquel\n\nEnviado desde mi iPhone",
  client='iphone', append_sig=False,
  sig=[('churn_risk', 'estamos cerrando el local de Delicias y el de Utebo')])
M(a, 'closer', 'jordi', ['raquel'], '04-15 08:30', 'Re: Cambios',
  "Hola Raquel:\n\nGracias por avisar. ¿Podemos hablar la semana que viene para ver cómo ajustar las licencias a las plantas que quedan? "
  "Prefiero adaptarlo ahora que esperar a la renovación.\n\nUn abrazo,", re='close')
M(a, 'ext', 'ivan', ['jordi'], '04-22 13:45', 'Mantenimiento',
  "Hola Jordi, os aviso que a partir de mayo el mantenimiento de las plantas lo lleva una empresa externa (Servitex Aragón). "
  "No sé si ellos usarán vuestra app o la suya. Yo me incorporo a otra empresa.\n\nGracias por todo\nIván",
  append_sig=False, sig=[('churn_risk', 'el mantenimiento de las plantas lo lleva una empresa externa')])
M(a, 'renrem', 'jordi', ['raquel'], '05-05 10:00', 'Renovación 31 de julio',
  "Hola Raquel:\n\nOs recuerdo que la suscripción se renueva el 31 de julio. Si queréis ajustar el número de plantas o de licencias, "
  "lo ideal es hablarlo en mayo. ¿Te viene bien una llamada esta semana?\n\nUn saludo,", cc=['ivan'],
  neg='vendor-written renewal reminder; renewal words are the vendor\'s (evidence of an unanswered vendor message)')
M(a, 'ivanooo', 'ivan', ['jordi'], '05-05 10:00', 'Respuesta automática: Renovación 31 de julio',
  "Iván Moliner ya no trabaja en Lavanderías Ebro. Para asuntos de mantenimiento escriba a mantenimiento@servitex-aragon.es; "
  "para otros temas, a administracion@lavanderiasebro.es.", re='renrem', quote=False, auto=True, headers=AUTO_REPLY, append_sig=False,
  neg='auto-reply (departure notice): no phrase signal, but evidence that the contact left')
M(a, 'chase1', 'jordi', ['raquel'], '05-20 12:15', 'RE: Renovación 31 de julio',
  "Hola Raquel:\n\nTe escribo de nuevo por la renovación. Si te resulta más fácil, te llamo yo cuando me digas.\n\nUn saludo,", re='renrem')
M(a, 'chase2', 'jordi', ['raquel', 'pilar'], '06-03 09:05', 'Renovación Brightloom – decisión antes del 30 de junio',
  "Hola Raquel, hola Pilar:\n\nPara preparar la renovación del 31 de julio necesitaría saber antes del 30 de junio con cuántas plantas y "
  "licencias seguís. Si no tengo noticias, la renovación se haría con las condiciones actuales.\n\nUn saludo,", cc=['george'])
M(a, 'cal', 'jordi', ['raquel'], '06-04 10:00', 'Invitación: Brightloom / Lavanderías Ebro – renovación @ mar 9 jun 2026 10:00 - 10:30 (CEST)',
  "Jordi Serra te ha invitado a un evento.\nBrightloom / Lavanderías Ebro – renovación\nmartes, 9 de junio de 2026 · 10:00–10:30 (CEST)\nMicrosoft Teams\n\n¿Vas a asistir? Sí · Quizás · No",
  ics=ICS('ebro-ren@brightloom.io', '20260609T080000Z', '20260609T083000Z', 'Brightloom / Lavanderías Ebro – renovación',
          'jordi.serra@brightloom.io', ['raquel.lasheras@lavanderiasebro.es']), append_sig=False, fyi=True, neg='calendar invitation (never accepted)')
INVOICE(a, 'bill2', ['pilar'], '06-15 06:00', 'FE-2026-0618', '3.166,67', 'EUR', 'junio 2026', 'es')
M(a, 'datos', 'jordi', ['pilar'], '06-17 15:20', 'Datos de facturación',
  "Hola Pilar:\n\n¿Podéis confirmarme si la dirección de facturación sigue siendo la de Malpica, o cambia con el cierre de Delicias?\n\nGracias,")
M(a, 'nl2', 'mkt_es', ['raquel'], '06-25 08:00', 'Brightloom junio: informe anual de mantenimiento en lavanderías',
  "Boletín Brightloom · junio 2026\n\n· Informe: el 41 % de las lavanderías industriales externaliza el mantenimiento\n· Webinar: cómo preparar "
  "la auditoría de higiene textil\n\nPara darse de baja: https://brightloom.io/baja", headers=BULK('<boletin.brightloom.io>'), auto=True,
  neg='vendor newsletter (externaliza is report copy)')

a.status = {'ivan.moliner@lavanderiasebro.es': 'left', 'raquel.lasheras@lavanderiasebro.es': 'silent',
            'administracion@lavanderiasebro.es': 'silent'}
A(a, 'churn_risk', 'high', '04-14', ['close'], 'Two sites closing; group simplifying')
A(a, 'churn_risk', 'high', '04-22', ['ext'], 'Maintenance outsourced to Servitex Aragón, may use their own app')
A(a, 'contact_departed', 'medium', '05-05', ['ext', 'ivanooo'], 'Iván Moliner left (own mail 22 April, auto-reply 5 May)')
A(a, 'renewal_at_risk', 'high', '05-05', ['close', 'ext', 'renrem'], 'Renewal 31 July inside 90-day window with site closures and outsourcing')
A(a, 'account_going_silent', 'high', '05-22', ['chase1', 'chase2', 'datos'], 'No customer human mail since 22 April while the AM keeps writing')
A(a, 'contacts_going_silent', 'medium', '05-14', ['renrem'], 'Raquel (last 14 April) and Pilar (last 8 April) silent 30+ days')

# ================================================================ 6 Brandwacht Inspecties (NL, mid, risk: competitor)
a = Acc('Brandwacht Inspecties B.V.', 'brandwacht_inspecties.mbox', ['brandwacht-inspecties.nl'], 'lena.vogt@brightloom.io',
        64000, 'mid', '2026-10-01', 'competitor_evaluation', 'nl',
        "Fire-safety inspection firm in Utrecht, 35 inspectors. The director compares Brightloom with Joblogic on price in April, "
        "the team runs a Joblogic trial in the South region from June, and the AM's promised tiered-discount proposal arrives four "
        "days late. The customer's own 6% price rise, a forwarded trade newsletter and a personal favour are hard negatives.", 'risk')
BW_DISC = ("Brandwacht Inspecties B.V. | Papendorpseweg 100, 3528 BJ Utrecht | KvK 30214477\n"
           "Aan dit bericht kunnen geen rechten worden ontleend. Dit bericht is uitsluitend bestemd voor de geadresseerde.")
person('sanne', 'Sanne de Vries', 'sanne.devries@brandwacht-inspecties.nl', 'nl', 'Operationeel manager',
       "Met vriendelijke groet,\n\nSanne de Vries\nOperationeel manager\n\n" + BW_DISC, 'outlook_nl')
person('bram', 'Bram Koster', 'bram.koster@brandwacht-inspecties.nl', 'nl', 'Planner', "Groet, Bram Koster | Planning", 'gmail_nl')
person('wouter', 'Wouter Jansen', 'wouter.jansen@brandwacht-inspecties.nl', 'nl', 'Directeur',
       "Wouter Jansen\nDirecteur\n\n" + BW_DISC, 'apple_nl')

M(a, 'nen', 'sanne', ['lena'], '03-03 09:02', 'Rapportagesjabloon NEN 2654',
  "Hoi Lena,\n\nKunnen jullie het rapportagesjabloon voor NEN 2654-1 aanpassen zodat de afwijkingen per ruimte gegroepeerd worden? "
  "Onze opdrachtgevers vragen daar steeds vaker om.")
M(a, 'nenr', 'lena', ['sanne'], '03-03 14:30', 'AW: Rapportagesjabloon NEN 2654',
  "Hallo Sanne,\n\nja, dat kan met een sjabloonaanpassing. Katrin stuurt je deze week een voorbeeld.\n\nGroeten", re='nen')
M(a, 'nenok', 'sanne', ['lena'], '03-10 16:12', 'RE: Rapportagesjabloon NEN 2654', "Voorbeeld ontvangen, ziet er goed uit. Dank!", re='nenr')
M(a, 'nl', 'mkt_en', ['sanne'], '03-12 07:00', 'Brightloom Field Notes - March 2026',
  "BRIGHTLOOM FIELD NOTES - MARCH 2026\n\n* Switching from paper to mobile inspections: a 5-step checklist\n* Customer story: how a fire-safety "
  "firm cut report turnaround from 5 days to 1\n* Price lock: renew early and keep 2026 pricing\n\nUnsubscribe: https://brightloom.co.uk/unsubscribe",
  headers=BULK('<fieldnotes.brightloom.co.uk>'), auto=True, neg='vendor newsletter in English (switching, price lock are newsletter copy)')
M(a, 'tkt', 'bram', ['support'], '03-24 08:30', 'Planbord laadt traag',
  "Hallo,\n\nHet planbord laadt sinds vanochtend erg traag (30+ sec). Kunnen jullie kijken?\n\nBram", append_sig=False)
TICKET(a, 'tktack', ['bram'], '03-24 08:30', '48601', 'Planbord laadt traag', 'Nieuw', "We hebben uw verzoek ontvangen.", re='tkt', lang='nl')
M(a, 'tktr', 'katrin', ['bram'], '03-24 11:05', 'Re: Planbord laadt traag',
  "Hallo Bram,\n\nEen index in jullie omgeving was beschadigd; die is opnieuw opgebouwd. Het planbord zou nu weer binnen 2 seconden moeten laden.\n\nGroeten", re='tkt')
M(a, 'tktok', 'bram', ['katrin'], '03-24 11:20', 'Re: Planbord laadt traag', "Top, werkt weer", re='tktr')
M(a, 'ownprice', 'sanne', ['lena'], '04-07 10:40', 'Tarieven offertemodule',
  "Hoi Lena,\n\nOnze tarieven voor inspecties van brandmeldinstallaties gaan per 1 mei met 6% omhoog. Kunnen jullie de tarieftabel in "
  "de offertemodule aanpassen, of moeten we dat zelf doen?",
  neg="customer talks about its OWN price rise for its own clients; not pricing pressure on the vendor")
M(a, 'ownpricer', 'lena', ['sanne'], '04-07 13:20', 'AW: Tarieven offertemodule',
  "Hallo Sanne,\n\ndat kunnen jullie zelf onder Instellingen > Tarieven; ik stuur je de handleiding mee.\n\nGroeten", re='ownprice', fyi=True)
M(a, 'jl', 'wouter', ['lena'], '04-21 17:50', 'Kosten Brightloom',
  "Lena,\n\nWe hebben vorige week een demo gehad van Joblogic, en de prijs per inspecteur ligt daar flink lager dan bij jullie. "
  "Ik wil voor de zomer een eerlijke vergelijking maken voordat we in oktober verlengen.\n\nWouter",
  sig=[('competitor', 'een demo gehad van Joblogic'), ('pricing', 'de prijs per inspecteur ligt daar flink lager'),
       ('renewal', 'voordat we in oktober verlengen')])
M(a, 'jlr', 'lena', ['wouter'], '04-22 09:00', 'AW: Kosten Brightloom',
  "Beste Wouter,\n\nDank voor je openheid. Ik zet graag op een rij wat jullie met Brightloom in de NEN-rapportage en de koppeling met "
  "het BRL-register hebben dat bij een overstap opnieuw gebouwd moet worden. Mag ik volgende week langskomen in Utrecht?\n\nGroeten", re='jl', cc=['sanne'])
M(a, 'trial', 'sanne', ['lena'], '05-06 12:10', 'Proefperiode',
  "Hoi Lena,\n\nIk wil je niet verrassen: we hebben intern besloten om in juni een proefperiode met Joblogic te draaien in regio Zuid, "
  "met acht inspecteurs. De rest blijft voorlopig op Brightloom.",
  sig=[('competitor', 'een proefperiode met Joblogic te draaien in regio Zuid'),
       ('churn_risk', 'De rest blijft voorlopig op Brightloom')])
M(a, 'trialr', 'lena', ['sanne'], '05-07 08:45', 'AW: Proefperiode',
  "Hallo Sanne,\n\nDank dat je het meldt. Ik stuur jou en Wouter vóór 15 mei een voorstel met staffelkorting voor een verlenging van drie jaar.\n\nGroeten",
  re='trial', cc=['wouter'], sig=[('commitment', 'vóór 15 mei een voorstel met staffelkorting', '2026-05-15')])
M(a, 'prop', 'lena', ['wouter', 'sanne'], '05-19 15:30', 'Voorstel verlenging met staffelkorting',
  "Beste Wouter, beste Sanne,\n\nExcuses voor de vertraging. Bijgaand het voorstel: bij 35 licenties en drie jaar looptijd 12% korting, "
  "vanaf 45 licenties 15%.\n\nGroeten")
M(a, 'branche', 'sanne', ['lena'], '05-20 08:55', 'FW: Nieuwsbrief Brandveiligheid Nederland – mei',
  "Ter info, stukje over digitale inspectiesoftware onderaan.\n\n" +
  fwd('outlook_nl', 'Brandveiligheid Nederland', 'nieuwsbrief@brandveiligheidnl.nl', 'dinsdag 19 mei 2026 07:00', 'Sanne de Vries',
      'Nieuwsbrief Brandveiligheid Nederland – mei',
      "NIEUWSBRIEF MEI\n\n- Nieuwe Bbl-eisen per 1 juli: wat verandert er voor inspecteurs?\n- Enquête: 1 op de 4 inspectiebureaus overweegt "
      "over te stappen naar een andere inspectiesoftware; prijsverhogingen van leveranciers zijn de belangrijkste reden\n- Concurrent "
      "Joblogic opent kantoor in Rotterdam\n- Agenda: Brandveiligheidscongres 11 juni, Nieuwegein"),
  append_sig=False, neg='forwarded trade newsletter; overstappen, prijsverhogingen, concurrent and the Joblogic name belong to the newsletter')
M(a, 'stilldear', 'wouter', ['lena'], '05-26 21:15', 'Re: Voorstel verlenging met staffelkorting',
  "Lena,\n\nBedankt. Het blijft ruim duurder dan Joblogic, ook met 12%. We beslissen eind juli, na de proef in Zuid.\n\nWouter\n\nVerstuurd vanaf mijn iPhone",
  re='prop', client='iphone', append_sig=False,
  sig=[('pricing', 'Het blijft ruim duurder dan Joblogic'), ('competitor', 'na de proef in Zuid')])
M(a, 'ooo', 'sanne', ['lena'], '06-02 10:00', 'Automatisch antwoord: Planning Q3',
  "Ik ben afwezig tot en met 15 juni. Voor planningszaken kunt u terecht bij Bram Koster (bram.koster@brandwacht-inspecties.nl).",
  auto=True, headers=AUTO_REPLY, append_sig=False, neg='out-of-office auto-reply')
M(a, 'fu', 'lena', ['wouter'], '06-09 10:20', 'Stand van zaken',
  "Beste Wouter,\n\nHoe loopt de proef in regio Zuid? Als er punten zijn waar Joblogic het beter doet, hoor ik het graag, dan kijk ik wat "
  "we op de roadmap hebben.\n\nGroeten")
M(a, 'fur', 'wouter', ['lena'], '06-15 07:30', 'Re: Stand van zaken', "Nog geen nieuws. Ik laat het weten.\n\nW.", re='fu',
  client='iphone', append_sig=False)
M(a, 'cv', 'bram', ['lena'], '06-18 20:40', 'Persoonlijk: vraagje',
  "Hoi Lena,\n\nHelemaal los van het werk: mijn zus Eva solliciteert bij Brightloom in Berlijn als support engineer. Zou jij haar cv bij de "
  "juiste persoon willen neerleggen, of een goed woordje doen? Ze spreekt trouwens prima Duits.\n\nGroet, Bram",
  append_sig=False, neg='personal favour (job application of a relative); no account signal')
TICKET(a, 'tkt2', ['bram'], '06-23 09:15', '51602', 'Exportfout rapport PDF', 'Opgelost',
       "Uw ticket is opgelost. Reageer binnen 7 dagen om het opnieuw te openen.", lang='nl')
M(a, 'trialnews', 'sanne', ['lena'], '06-25 14:05', 'Update proef',
  "Hoi Lena,\n\nDe proef in Zuid loopt nu drie weken. De inspecteurs vinden de Joblogic-app eenvoudiger, vooral het afmelden van gebreken. "
  "Wouter wil eind juli alles op een rij hebben.",
  sig=[('competitor', 'De inspecteurs vinden de Joblogic-app eenvoudiger')])
M(a, 'trialnewsr', 'lena', ['sanne'], '06-26 09:30', 'AW: Update proef',
  "Hallo Sanne,\n\nDank je. Mag ik met twee inspecteurs uit Zuid een uur meekijken om te zien waar het afmelden bij ons omslachtiger is?\n\nGroeten", re='trialnews')

A(a, 'competitor_mention', 'high', '04-21', ['jl'], 'Joblogic demo; cheaper per inspector; comparison before October renewal')
A(a, 'churn_risk', 'high', '05-06', ['trial', 'stilldear'], 'Joblogic trial in South region from June; decision end of July')
A(a, 'commitment_overdue', 'medium', '05-16', ['trialr'], 'Tiered-discount proposal promised before 15 May; sent 19 May')
A(a, 'competitor_mention', 'high', '06-25', ['trialnews'], 'Inspectors prefer the Joblogic app during trial')

# ================================================================ 7 Aguas del Litoral (AR, enterprise, healthy: contact on leave)
a = Acc('Aguas del Litoral S.A.', 'aguas_del_litoral.mbox', ['aguasdellitoral.com.ar'], 'jordi.serra@brightloom.io',
        180000, 'enterprise', '2027-03-01', 'contact_on_leave_healthy', 'es-AR',
        "Water utility in Santa Fe, Argentina. The maintenance manager adds 60 field licences in April, then goes on maternity leave "
        "from 4 May until 20 July, naming her deputy; the deputy keeps the relationship warm and offers to be a reference. Her "
        "silence is expected. Tariff press forwarded by the customer and an explicit 'not evaluating another platform' are hard negatives.", 'healthy')
ADL_PIE = ("Aguas del Litoral S.A. – Bv. Gálvez 1450, S3000 Santa Fe, Argentina\nEste mensaje es confidencial. Si lo recibió por error, "
           "por favor avísenos y bórrelo. Antes de imprimir, pensá en el ambiente.")
person('flor', 'Florencia Bustos', 'fbustos@aguasdellitoral.com.ar', 'ar', 'Gerenta de Mantenimiento',
       "Ing. Florencia Bustos\nGerenta de Mantenimiento\n\n" + ADL_PIE, 'gmail_es')
person('martin', 'Martín Ríos', 'mrios@aguasdellitoral.com.ar', 'ar', 'Jefe de Operaciones de Red',
       "Martín Ríos\nJefe de Operaciones de Red\n\n" + ADL_PIE, 'outlook_es')
person('lucia', 'Lucía Ferreyra', 'lferreyra@aguasdellitoral.com.ar', 'ar', 'Compras', "Lucía Ferreyra · Compras\n\n" + ADL_PIE, 'outlook2010')
person('gustavo', 'Gustavo Paz', 'gpaz@aguasdellitoral.com.ar', 'ar', 'Sistemas', "Gustavo Paz – Sistemas", 'thunderbird')

M(a, 'plan', 'flor', ['jordi'], '03-03 10:20', 'Operarios planta potabilizadora',
  "Hola Jordi, ¿cómo andás?\n\nTe cuento que queremos sumar 60 licencias para los operarios de la planta potabilizadora de Colastiné, así "
  "dejan de cargar las órdenes en papel. ¿Me pasás una cotización? Si puede ser antes de fin de mes mejor, así entra en el presupuesto del trimestre.\n\nAbrazo",
  sig=[('expansion', 'queremos sumar 60 licencias para los operarios de la planta potabilizadora')])
M(a, 'planr', 'jordi', ['flor'], '03-03 19:05', 'Re: Operarios planta potabilizadora',
  "¡Hola Florencia!\n\nQué buena noticia. Te preparo la cotización esta semana, con el mismo precio por licencia que el contrato actual.\n\nUn abrazo,", re='plan')
M(a, 'sso', 'gustavo', ['support'], '03-10 11:00', 'SSO con Azure AD',
  "Buenas,\n\nestamos configurando el inicio de sesión único con Azure AD. ¿Cuál es la URL de respuesta (ACS) para nuestro tenant?\n\nGracias,\nGustavo", append_sig=False)
M(a, 'ssor', 'marc', ['gustavo'], '03-10 15:40', 'Re: SSO con Azure AD',
  "Hola Gustavo:\n\nLa URL de respuesta es https://aguasdellitoral.brightloom.app/sso/acs y el identificador, urn:brightloom:aguasdellitoral. "
  "Te adjunto la guía paso a paso.\n\nSaludos,", re='sso')
M(a, 'ssook', 'gustavo', ['marc'], '03-11 09:30', 'Re: SSO con Azure AD', "Funcionó a la primera. Gracias Marc.", re='ssor')
M(a, 'nl', 'mkt_es', ['flor'], '03-17 08:00', 'Novedades Brightloom marzo: gestión de activos en redes de agua',
  "Boletín Brightloom · marzo 2026\n\n· Gestión de activos lineales: válvulas, hidrantes y acometidas en el mapa\n· Webinar en español para "
  "Latinoamérica, 26 de marzo, 11:00 (Buenos Aires)\n· Descuentos por volumen para ampliaciones\n\nPara darse de baja: https://brightloom.io/baja",
  headers=BULK('<boletin.brightloom.io>'), auto=True, neg='vendor newsletter')
M(a, 'tarifa', 'flor', ['jordi'], '03-24 12:15', 'Fwd: Aumento de tarifas',
  "Jordi, para que entiendas por qué acá está todo tan movido. Nada que ver con ustedes.\n\n" +
  fwd('gmail_es', 'El Litoral – Economía', 'newsletter@ellitoral.com.ar', 'lun, 23 mar 2026, 07:00', 'fbustos@aguasdellitoral.com.ar',
      'Aprueban un aumento del 40% en la tarifa del agua',
      "El ente regulador aprobó un aumento del 40 % en la tarifa de Aguas del Litoral en dos tramos. Los usuarios "
      "residenciales verán el primer incremento en abril. Asociaciones de consumidores anticiparon reclamos y pidieron una audiencia pública."),
  append_sig=False, neg="customer forwards press about its OWN tariff increase; not pricing talk about the vendor")
M(a, 'oc', 'lucia', ['jordi'], '04-06 09:45', 'Orden de compra 60 licencias',
  "Estimado Jordi:\n\nAdjunto la orden de compra OC-2026-1187 por 60 licencias de campo, según cotización del 9 de marzo.\n\nSaludos cordiales,", cc=['flor'],
  sig=[('expansion', 'orden de compra OC-2026-1187 por 60 licencias de campo')])
M(a, 'ocr', 'jordi', ['lucia'], '04-06 19:10', 'RE: Orden de compra 60 licencias',
  "Estimada Lucía:\n\nRecibida, muchas gracias. Marc os enviará el plan de capacitación antes del 17 de abril para que los operarios "
  "puedan empezar en mayo.\n\nSaludos,", re='oc', cc=['flor', 'marc'],
  sig=[('commitment', 'Marc os enviará el plan de capacitación antes del 17 de abril', '2026-04-17')])
M(a, 'capac', 'marc', ['flor', 'lucia'], '04-15 16:00', 'Plan de capacitación Colastiné',
  "Hola Florencia, hola Lucía:\n\nOs adjunto el plan: tres sesiones remotas de 90 minutos (5, 7 y 12 de mayo) y una guía rápida impresa para "
  "los operarios.\n\nSaludos,", cc=['jordi'], fyi=True)
M(a, 'licencia', 'flor', ['jordi'], '04-24 17:30', 'Aviso: licencia',
  "Jordi, te aviso que desde el 4 de mayo estoy de licencia por maternidad hasta el 20 de julio. Martín Ríos queda a cargo de todo lo "
  "de Brightloom mientras tanto; ya está al tanto de la capacitación.\n\nAbrazo grande", cc=['martin'])
M(a, 'licenciar', 'jordi', ['flor'], '04-25 09:00', 'Re: Aviso: licencia',
  "¡Florencia, qué alegría! Mucha suerte y a disfrutar. Martín, quedo a tu disposición para lo que necesitéis.\n\nUn abrazo,", re='licencia', cc=['martin'], fyi=True)
M(a, 'florooo', 'flor', ['jordi'], '05-04 08:00', 'Respuesta automática: Re: Plan de capacitación Colastiné',
  "Estoy de licencia hasta el 20/07/2026. Para temas de mantenimiento escribí a Martín Ríos (mrios@aguasdellitoral.com.ar).",
  auto=True, headers=AUTO_REPLY, append_sig=False, neg='out-of-office auto-reply (leave until 20 July)')
M(a, 'q', 'martin', ['jordi'], '05-12 10:30', 'Consulta hidrantes',
  "Jordi, buen día:\n\n¿se pueden cargar los hidrantes como activos con geolocalización y que el operario vea en el mapa cuál le toca? Son unos 2.300.\n\nGracias")
M(a, 'qr', 'jordi', ['martin'], '05-12 16:45', 'RE: Consulta hidrantes',
  "Buen día, Martín:\n\nSí, con el importador de activos lineales. Marc os puede ayudar con el primer lote esta semana.\n\nSaludos,", re='q', cc=['marc'])
M(a, 'ref', 'martin', ['jordi'], '05-26 09:10', 'Acueducto',
  "Jordi, te quería contar que la app anduvo bárbaro en la rotura del acueducto del fin de semana largo: teníamos las cuadrillas "
  "ubicadas y las válvulas a mano. El directorio quedó muy conforme. Si necesitan una referencia de una empresa de agua en la región, "
  "cuenten con nosotros.\n\nMartín",
  sig=[('advocacy', 'Si necesitan una referencia de una empresa de agua en la región, cuenten con nosotros')])
M(a, 'refr', 'jordi', ['martin'], '05-26 15:30', 'RE: Acueducto',
  "¡Qué bien, Martín! Gracias por contarlo, lo comparto con el equipo. Y tomo nota de lo de la referencia.\n\nUn abrazo,", re='ref', fyi=True)
INVOICE(a, 'bill', ['lucia'], '06-03 06:00', 'FE-AR-2026-0603', '45.000,00', 'USD', '2.º trimestre 2026 (incluye 60 licencias)', 'es')
M(a, 'cal', 'jordi', ['martin', 'gustavo'], '06-09 09:00', 'Invitación: Revisión semestral Aguas del Litoral @ jue 18 jun 2026 10:00 - 11:00 (ART)',
  "Jordi Serra te ha invitado a un evento.\nRevisión semestral Aguas del Litoral\njueves, 18 de junio de 2026 · 10:00–11:00 (hora de Argentina)\nGoogle Meet\n\n¿Vas a asistir? Sí · Quizás · No",
  ics=ICS('adl-rev@brightloom.io', '20260618T130000Z', '20260618T140000Z', 'Revisión semestral Aguas del Litoral', 'jordi.serra@brightloom.io',
          ['mrios@aguasdellitoral.com.ar', 'gpaz@aguasdellitoral.com.ar']), append_sig=False, fyi=True, neg='calendar invitation')
M(a, 'calacc', 'martin', ['jordi'], '06-09 09:40', 'Aceptado: Revisión semestral Aguas del Litoral @ jue 18 jun 2026 10:00 - 11:00 (ART)',
  "Martín Ríos ha aceptado esta invitación.", re='cal', quote=False, auto=True, append_sig=False,
  ics=ICS('adl-rev@brightloom.io', '20260618T130000Z', '20260618T140000Z', 'Aceptado: Revisión semestral', 'jordi.serra@brightloom.io',
          ['mrios@aguasdellitoral.com.ar'], 'REPLY'), neg='calendar acceptance')
M(a, 'sap', 'gustavo', ['jordi'], '06-22 11:20', 'Consulta de Compras',
  "Jordi, por las dudas te aclaro: la consulta que les llegó de Compras sobre SAP es solo por la migración del ERP. No estamos evaluando "
  "otra plataforma para mantenimiento; necesitamos saber si la integración de órdenes sigue andando con S/4.\n\nGustavo",
  neg='explicit negation ("no estamos evaluando otra plataforma"); SAP is the ERP, not a competitor')
M(a, 'sapr', 'jordi', ['gustavo'], '06-22 18:30', 'Re: Consulta de Compras',
  "Gracias por la aclaración, Gustavo. Sí, el conector de órdenes es compatible con S/4HANA; Marc os manda la documentación.\n\nSaludos,", re='sap')

a.status = {'fbustos@aguasdellitoral.com.ar': 'on_leave'}
A(a, 'expansion_opportunity', 'medium', '03-03', ['plan', 'oc'], '60 more licences for the treatment plant; PO 6 April')
A(a, 'advocacy', 'low', '05-26', ['ref'], 'Deputy offers to be a reference after the aqueduct incident')

# ================================================================ 8 VendoMat Nederland (NL, smb, mixed)
a = Acc('VendoMat Nederland B.V.', 'vendomat.mbox', ['vendomat.nl'], 'lena.vogt@brightloom.io',
        22000, 'smb', '2026-09-05', 'vendor_slippage_mixed', 'nl',
        "Vending-machine operator in Eindhoven, 9 service engineers. The customer is content and grows (TU/e campus), but the AM "
        "promised an answer on an Exact Online export by 30 April and never gave it; the owner's follow-ups of 12 May and 22 June "
        "go unanswered. The support engineer moves into a customer-success role in June. Renewal 5 September.", 'mixed')
person('joost', 'Joost van Leeuwen', 'joost@vendomat.nl', 'nl', 'Eigenaar', "Joost van Leeuwen\nVendoMat Nederland B.V. | Eindhoven\n06-41 88 20 17", 'gmail_nl')
person('femke', 'Femke Bakker', 'femke.bakker@vendomat.nl', 'nl', 'Planning & service', "Femke Bakker\nPlanning & service – VendoMat", 'outlook_nl')

M(a, 'tel', 'femke', ['support'], '03-04 09:15', 'Koppeling telemetrie automaten',
  "Goedemorgen,\n\nOnze automaten sturen storingsmeldingen via Nayax. Kunnen die automatisch een werkorder aanmaken in Brightloom?\n\nGroet, Femke", append_sig=False)
TICKET(a, 'telack', ['femke'], '03-04 09:15', '48122', 'Koppeling telemetrie automaten', 'Nieuw', "We hebben uw verzoek ontvangen.", re='tel', lang='nl')
M(a, 'telr', 'katrin', ['femke'], '03-04 15:30', 'Re: Koppeling telemetrie automaten',
  "Hallo Femke,\n\nJa, via onze webhook-inbox. Ik heb een handleiding bijgevoegd; de storingscode komt dan in het veld 'Oorzaak'. Zal ik een testautomaat met je instellen?\n\nGroeten", re='tel')
M(a, 'telok', 'femke', ['katrin'], '03-05 08:20', 'RE: Koppeling telemetrie automaten', "Graag, donderdag 10:00?", re='telr')
M(a, 'intro', 'lena', ['joost'], '03-18 11:00', 'Even voorstellen',
  "Beste Joost,\n\nIk ben sinds deze maand jullie accountmanager voor Brightloom. Heb je een halfuurtje in april om te horen hoe het gaat en wat er op de planning staat?\n\nGroeten")
M(a, 'intror', 'joost', ['lena'], '03-19 07:45', 'Re: Even voorstellen',
  "Hoi Lena, welkom! Bel me maar een keer, 's ochtends voor negen ben ik het beste bereikbaar.\n\nJoost", re='intro')
INVOICE(a, 'bill1', ['joost'], '04-01 06:00', 'NL-2026-0401', '5.500,00', 'EUR', 'Q2 2026', 'nl')
M(a, 'exact', 'joost', ['lena'], '04-09 07:30', 'Export naar Exact Online',
  "Hoi Lena,\n\nNa ons telefoontje: kunnen jullie een export van afgeronde werkorders naar Exact Online bouwen? Femke tikt nu alles "
  "over voor de facturatie, dat kost haar een dag per week.\n\nJoost")
M(a, 'exactr', 'lena', ['joost'], '04-09 13:40', 'AW: Export naar Exact Online',
  "Hoi Joost,\n\nGoede vraag, ik leg het voor aan product management. Ik laat je uiterlijk 30 april weten of dit op de roadmap komt en wanneer.\n\nGroeten",
  re='exact', sig=[('commitment', 'Ik laat je uiterlijk 30 april weten of dit op de roadmap komt', '2026-04-30')])
M(a, 'kd', 'femke', ['katrin'], '04-27 07:00', 'Automatisch antwoord: testautomaat',
  "Wij zijn vandaag gesloten i.v.m. Koningsdag. Vanaf dinsdag 28 april zijn wij weer bereikbaar.", auto=True, headers=AUTO_REPLY,
  append_sig=False, neg='holiday auto-reply (Koningsdag)')
M(a, 'chase', 'joost', ['lena'], '05-12 06:55', 'Re: Export naar Exact Online',
  "Hoi Lena, nog iets gehoord over de Exact-koppeling? Het was eind april.\n\nJoost", re='exactr')
M(a, 'vak', 'femke', ['lena'], '05-20 10:05', 'Fwd: Vakblad Automatenbranche – nieuwsbrief mei',
  "Lena, misschien handig voor jullie: stuk over telemetrie op pagina 1.\n\n" +
  fwd('gmail_nl', 'Vakblad Automatenbranche', 'redactie@automatenbranche.nl', 'di 19 mei 2026 om 06:30', 'femke.bakker@vendomat.nl',
      'Nieuwsbrief mei',
      "- Telemetrie wordt standaard: 60% van de operators leest storingen op afstand uit\n- Prijsverhoging koffiebonen: operators verhogen "
      "automaatprijzen met 10 cent\n- Overname: landelijke operator wisselt van onderhoudspartner\n- Beurs Vending Paris, 24-26 juni"),
  append_sig=False, neg='forwarded trade newsletter; prijsverhoging, wisselt, overname belong to the newsletter')
M(a, 'newrole', 'katrin_csm', ['femke', 'joost'], '06-01 09:30', 'Nieuwe rol bij Brightloom',
  "Hallo Femke, hallo Joost,\n\nKorte update: ik ben per 1 juni van Support naar Customer Success overgestapt en blijf jullie aanspreekpunt "
  "voor de dagelijkse vragen, nu ook voor trainingen en verbeteringen. Mijn nummer blijft hetzelfde.\n\nGroeten", cc=['lena'], fyi=True)
M(a, 'newroler', 'femke', ['katrin_csm'], '06-02 08:10', 'RE: Nieuwe rol bij Brightloom',
  "Gefeliciteerd Katrin! Fijn dat je blijft. De monteurs zijn trouwens erg tevreden over de nieuwe app-versie, vooral de foto's bij storingen.",
  re='newrole')
M(a, 'upsell', 'lena', ['joost'], '06-08 10:00', 'Route Optimiser – gratis proef',
  "Beste Joost,\n\nVoor operators met veel vaste routes hebben we nu de Route Optimiser. Bestaande klanten kunnen 30 dagen gratis proberen; "
  "daarna 12 euro per monteur per maand.\n\nGroeten", neg='vendor-written upsell with vendor price')
M(a, 'tue', 'joost', ['lena'], '06-12 07:20', 'Uitbreiding TU/e',
  "Hoi Lena,\n\nWe hebben de TU/e-campus binnengehaald: 35 automaten erbij vanaf september. Dat betekent waarschijnlijk twee extra "
  "monteurslicenties. Kun je een offerte sturen?\n\nJoost",
  sig=[('expansion', 'twee extra monteurslicenties')])
M(a, 'tuer', 'lena', ['joost'], '06-15 12:00', 'AW: Uitbreiding TU/e',
  "Hoi Joost,\n\nGefeliciteerd, mooie klant! Zullen we de extra licenties samen met de verlenging van september bespreken? Ik stuur je een uitnodiging.\n\nGroeten", re='tue')
M(a, 'cal', 'lena', ['joost'], '06-16 09:00', 'Uitnodiging: VendoMat verlenging en uitbreiding @ wo 24 jun 2026 08:30 - 09:00 (CEST)',
  "Lena Vogt heeft u uitgenodigd.\nVendoMat verlenging en uitbreiding\nwoensdag 24 juni 2026 08:30–09:00 (CEST)\nMicrosoft Teams\n\nAccepteren · Misschien · Weigeren",
  ics=ICS('vm-ren@brightloom.io', '20260624T063000Z', '20260624T070000Z', 'VendoMat verlenging en uitbreiding', 'lena.vogt@brightloom.io',
          ['joost@vendomat.nl']), append_sig=False, fyi=True, neg='calendar invitation')
M(a, 'calacc', 'joost', ['lena'], '06-16 09:05', 'Geaccepteerd: VendoMat verlenging en uitbreiding @ wo 24 jun 2026 08:30 - 09:00 (CEST)',
  "Joost van Leeuwen heeft deze uitnodiging geaccepteerd.", re='cal', quote=False, auto=True, append_sig=False,
  ics=ICS('vm-ren@brightloom.io', '20260624T063000Z', '20260624T070000Z', 'Geaccepteerd: VendoMat verlenging', 'lena.vogt@brightloom.io',
          ['joost@vendomat.nl'], 'REPLY'), neg='calendar acceptance')
M(a, 'again', 'joost', ['lena'], '06-22 07:05', 'Exact Online (alweer)',
  "Lena,\n\nEn de Exact-koppeling? Dat was beloofd voor eind april en ik heb sindsdien niets gehoord. Voor de verlenging wil ik daar wel "
  "een antwoord op hebben.\n\nJoost", cc=['femke'],
  sig=[('escalation', 'Dat was beloofd voor eind april en ik heb sindsdien niets gehoord'),
       ('renewal', 'Voor de verlenging wil ik daar wel een antwoord op hebben')])

A(a, 'commitment_overdue', 'medium', '05-01', ['exactr'], 'Roadmap answer on Exact Online export promised by 30 April; never given')
A(a, 'unanswered_customer_message', 'medium', '05-14', ['chase'], 'Owner chased the Exact answer on 12 May; no vendor reply')
A(a, 'expansion_opportunity', 'low', '06-12', ['tue'], 'TU/e campus: 35 machines, two more engineer licences')
A(a, 'escalation', 'medium', '06-22', ['again'], 'Owner escalates the broken promise and ties it to the renewal')
A(a, 'unanswered_customer_message', 'high', '06-24', ['again'], 'Owner\'s 22 June message unanswered at as_of')

# ================================================================ 9 Harbourline Property (UK, mid, mixed)
a = Acc('Harbourline Property Management Ltd', 'harbourline_property.mbox', ['harbourline-pm.co.uk'], 'harriet.coles@brightloom.co.uk',
        58000, 'mid', '2026-09-20', 'single_champion_new_procurement', 'en',
        "Bristol residential property manager. The day-to-day contact is promoted to Head of Property Services in April and asks for "
        "per-property pricing to be reviewed before the September renewal after dropping 40 blocks. A new Procurement Director writes "
        "to sales@ in June and only gets an auto-acknowledgement; the AM keeps dealing with her champion alone.", 'mixed')
person('chloe', 'Chloe Dunmore', 'chloe.dunmore@harbourline-pm.co.uk', 'uk', 'Maintenance Coordinator',
       "Chloe Dunmore\nMaintenance Coordinator\nHarbourline Property Management | Spike Island, Bristol", 'apple')
person('chloe2', 'Chloe Dunmore', 'chloe.dunmore@harbourline-pm.co.uk', 'uk', 'Head of Property Services',
       "Chloe Dunmore\nHead of Property Services\nHarbourline Property Management | Spike Island, Bristol", 'apple')
person('greaves', 'Martin Greaves', 'martin.greaves@harbourline-pm.co.uk', 'uk', 'Procurement Director',
       "Martin Greaves MCIPS\nProcurement Director\nHarbourline Property Management Ltd", 'outlook')

M(a, 'portal', 'chloe', ['harriet'], '03-02 11:05', 'Tenant portal question',
  "Hi Harriet,\n\nCan tenants attach videos as well as photos when they log a repair through the portal? A lot of the leak reports "
  "would be clearer with a 10-second clip.\n\nThanks,")
M(a, 'portalr', 'harriet', ['chloe'], '03-02 15:20', 'RE: Tenant portal question',
  "Hi Chloe,\n\nYes - up to 60 seconds per clip. It's switched off by default; I've asked support to turn it on for Harbourline today.\n\nBest,", re='portal')
M(a, 'portalok', 'chloe', ['harriet'], '03-06 18:44', 'Re: Tenant portal question', "ta, will try it on the Redcliffe blocks\n\nSent from my iPhone",
  re='portalr', client='iphone', append_sig=False)
TICKET(a, 't1', ['chloe'], '03-13 09:00', '48477', 'Enable video uploads on tenant portal', 'Solved', "Video uploads are now enabled for your tenant portal.")
M(a, 'landlord', 'chloe', ['harriet'], '03-20 08:30', 'Fwd: Landlord Matters - March bulletin',
  "Thought of you - item 3 is about repair apps.\n\n" +
  fwd('apple', 'National Residential Landlords Network', 'bulletin@nrln.org.uk', '19 March 2026 at 07:00:00 GMT', 'Chloe Dunmore',
      'Landlord Matters - March bulletin',
      "LANDLORD MATTERS - MARCH\n\n1. Rent increases: what the Renters' Rights Act means for annual reviews\n2. Section 21 abolition: "
      "timeline confirmed\n3. Members switching providers for repairs apps report mixed results; price rises from suppliers average 7%\n"
      "4. Cancel your paper gas certificates: digital records now accepted"),
  append_sig=False, neg='forwarded landlord bulletin; rent/price increases, switching providers and cancel belong to the bulletin')
INVOICE(a, 'bill1', ['chloe'], '03-27 06:00', 'INV-2026-03-1184', '14,500.00', 'GBP', 'Q2 2026')
M(a, 'promo', 'chloe2', ['harriet'], '04-08 09:12', 'News',
  "Hi Harriet,\n\nQuick bit of news - I've been made Head of Property Services from this week, so I now look after maintenance, "
  "compliance and the contractor panel. I'll still be your main contact for Brightloom.\n\nChloe")
M(a, 'promor', 'harriet', ['chloe2'], '04-08 10:30', 'RE: News', "Chloe, that's wonderful - congratulations, very well deserved!\n\nHarriet", re='promo', fyi=True)
M(a, 'svc', 'chloe2', ['harriet'], '04-15 14:10', 'Service charge schedules',
  "Harriet, our service charges for leaseholders go up 4% from May. Can the job cost reports show the new rates from 1 May, or do we "
  "have to run them separately?\n\nC.", neg="customer's OWN service-charge increase; not pricing talk about Brightloom")
M(a, 'svcr', 'harriet', ['chloe2'], '04-16 09:05', 'RE: Service charge schedules',
  "Hi Chloe,\n\nYou can add a rate card with an effective date of 1 May and the reports will split automatically. Guide attached.\n\nBest,", re='svc', fyi=True)
M(a, 'run', 'chloe2', ['harriet'], '04-30 20:15', 'Bath Half!',
  "Harriet - did you get a place for the Bath Half in the end? I've got a spare charity place for the Bristol 10k in May if you want it. "
  "Drinks after either way!\n\nC x", client='iphone', append_sig=False, neg='personal mail about running races and drinks')
M(a, 'upsell', 'harriet', ['chloe2'], '05-12 10:00', 'Tenant Portal Pro',
  "Hi Chloe,\n\nTenant Portal Pro adds live repair tracking and satisfaction surveys for residents. For existing customers it's "
  "£0.40 per unit per month, with the first three months free if you sign before 30 June.\n\nBest,", neg='vendor-written upsell')
M(a, 'upsellr', 'chloe2', ['harriet'], '05-13 08:02', 'RE: Tenant Portal Pro',
  "Can't justify it this year, sorry - maybe 2027.", re='upsell', neg='declined upsell; not a churn statement')
M(a, 'price', 'chloe2', ['harriet'], '05-27 16:30', 'Renewal - per-property pricing',
  "Hi Harriet,\n\nBefore we renew in September we'd want the per-property pricing looked at. We've handed 40 blocks back to the "
  "freeholders this year, so we're paying for units we no longer manage.\n\nThanks,",
  sig=[('pricing', "we'd want the per-property pricing looked at"), ('renewal', 'Before we renew in September')])
M(a, 'pricer', 'harriet', ['chloe2'], '05-28 09:00', 'RE: Renewal - per-property pricing',
  "Hi Chloe,\n\nThat's fair. I'll come back with revised per-property pricing by 12 June, based on your current unit count.\n\nBest,", re='price',
  sig=[('commitment', "I'll come back with revised per-property pricing by 12 June", '2026-06-12')])
M(a, 'proc', 'greaves', ['sales'], '06-03 10:40', 'Harbourline Property Management - supplier terms',
  "Dear Sir or Madam,\n\nI joined Harbourline as Procurement Director on 1 June. All supplier renewals above £25,000 now require my "
  "approval. Please send me your current contract terms, price schedule and renewal date for Harbourline by the end of June.\n\nRegards,",
  sig=[('renewal', 'All supplier renewals above £25,000 now require my approval')])
M(a, 'procack', 'sales', ['greaves'], '06-03 10:40', 'Re: Harbourline Property Management - supplier terms',
  "Thank you for contacting Brightloom. Your message has been received and will be passed to the right team. We aim to reply within two working days.",
  re='proc', quote=False, auto=True, headers=AUTO_REPLY, neg='automated acknowledgement from sales@')
M(a, 'rev', 'harriet', ['chloe2'], '06-11 15:00', 'Revised pricing',
  "Hi Chloe,\n\nAs promised: revised schedule attached, based on 1,860 units instead of 2,240. That takes the annual fee to £48,200 from September.\n\nBest,")
M(a, 'revr', 'chloe2', ['harriet'], '06-12 08:50', 'RE: Revised pricing',
  "Thanks Harriet. I'll pass it to Martin Greaves, our new procurement director - he signs off renewals now.", re='rev')
M(a, 'cal', 'harriet', ['chloe2'], '06-19 11:00', 'Invitation: Harbourline renewal check-in @ Thu 25 Jun 2026 14:00 - 14:30 (BST)',
  "Harriet Coles has invited you to: Harbourline renewal check-in\nThursday 25 June 2026, 14:00 - 14:30 BST\nMicrosoft Teams meeting\n\nAccept | Tentative | Decline",
  ics=ICS('hpm-ren@brightloom.co.uk', '20260625T130000Z', '20260625T133000Z', 'Harbourline renewal check-in', 'harriet.coles@brightloom.co.uk',
          ['chloe.dunmore@harbourline-pm.co.uk']), append_sig=False, fyi=True, neg='calendar invitation')
M(a, 'calacc', 'chloe2', ['harriet'], '06-19 11:30', 'Accepted: Harbourline renewal check-in @ Thu 25 Jun 2026 14:00 - 14:30 (BST)',
  "Chloe Dunmore has accepted this invitation.", re='cal', quote=False, auto=True, append_sig=False,
  ics=ICS('hpm-ren@brightloom.co.uk', '20260625T130000Z', '20260625T133000Z', 'Accepted: Harbourline renewal check-in', 'harriet.coles@brightloom.co.uk',
          ['chloe.dunmore@harbourline-pm.co.uk'], 'REPLY'), neg='calendar acceptance')
M(a, 'app', 'chloe2', ['harriet'], '06-26 13:15', 'Contractor access',
  "Harriet, one for after our call: can external contractors get read-only access to a single block's job history without a full licence?\n\nC.")
M(a, 'appr', 'harriet', ['chloe2'], '06-26 16:40', 'RE: Contractor access',
  "Yes - guest links, valid for 30 days per block. How-to attached.\n\nH.", re='app', fyi=True)

a.status = {'martin.greaves@harbourline-pm.co.uk': 'new'}
A(a, 'title_change', 'low', '04-08', ['promo'], 'Chloe Dunmore promoted to Head of Property Services')
A(a, 'new_senior_contact_not_engaged', 'high', '06-17', ['proc', 'revr'], 'Procurement Director wrote to sales@ on 3 June; only an auto-ack, the AM never wrote to him')
A(a, 'renewal_at_risk', 'medium', '06-22', ['price', 'proc'], 'Inside 90 days of 20 Sep renewal: contraction of 40 blocks and a new approver not engaged')

# ================================================================ 10 Sunspire Solar (UK, smb, healthy: quiet season)
a = Acc('Sunspire Solar Ltd', 'sunspire_solar.mbox', ['sunspiresolar.co.uk'], 'harriet.coles@brightloom.co.uk',
        7500, 'smb', '2027-02-14', 'quiet_seasonal_healthy', 'en',
        "Small solar and battery installer in Truro, Cornwall. The owner warns in March that April to June is install season and they "
        "will be quiet; apart from a terse installer question and a forwarded price list, mail is automated until the owner resurfaces "
        "on 22 June with their best season yet and an offer to recommend Brightloom to the Cornwall installers' network.", 'healthy')
person('kerensa', 'Kerensa Trevithick', 'kerensa@sunspiresolar.co.uk', 'uk', 'Managing Director',
       "Kerensa Trevithick\nMD, Sunspire Solar Ltd\nMCS certified installer | Truro, Cornwall", 'gmail')
person('jago', 'Jago Pascoe', 'jago@sunspiresolar.co.uk', 'uk', 'Lead Installer', None, 'iphone')

M(a, 'batt', 'kerensa', ['harriet'], '03-02 19:30', 'Battery storage as an asset type?',
  "Hi Harriet,\n\nWe're fitting more batteries than panels on some jobs now. Could we have a battery storage asset type with its own "
  "service interval (annual health check) rather than bodging it under 'inverter'?\n\nKerensa")
M(a, 'battr', 'harriet', ['kerensa'], '03-03 09:15', 'RE: Battery storage as an asset type?',
  "Hi Kerensa,\n\nYou can add it yourself under Settings > Asset types, with a 12-month interval; I've attached a two-minute video. "
  "Shout if you'd like me to set it up for you.\n\nBest,", re='batt')
M(a, 'season', 'kerensa', ['harriet'], '03-03 21:02', 'Re: Battery storage as an asset type?',
  "Done, thanks! Heads-up:\nFrom April to the end of June we're flat out on installs, so don't worry if you don't hear a peep from us "
  "until the longest day. All good, just busy.\n\nK", re='battr')
TICKET(a, 't1', ['kerensa'], '03-05 08:00', '48155', 'Asset type "Battery storage" created', 'Solved', "No further action is needed.")
M(a, 'g99', 'jago', ['support'], '03-16 12:41', 'G99 form', "app wont let me attach the G99 form to the job, says file type not allowed. its a pdf\n\nSent from my iPhone", append_sig=False)
M(a, 'g99r', 'tom', ['jago'], '03-16 14:02', 'RE: G99 form',
  "Hi Jago,\n\nPDFs over 10 MB were blocked by a setting on your account - I've raised it to 25 MB. Try again now.\n\nCheers,", re='g99')
M(a, 'g99ok', 'jago', ['tom'], '03-16 14:20', 'Re: G99 form', "sorted ta", re='g99r', append_sig=False)
INVOICE(a, 'bill1', ['kerensa'], '04-01 06:00', 'INV-2026-04-0921', '625.00', 'GBP', 'April 2026')
M(a, 'nl', 'mkt_en', ['kerensa'], '04-14 07:00', 'Brightloom Field Notes - April 2026',
  "BRIGHTLOOM FIELD NOTES - APRIL 2026\n\n* Why installers are switching from spreadsheets to job apps\n* New: battery storage templates for MCS paperwork\n"
  "* Price promise: lock 2026 rates when you renew early\n\nUnsubscribe: https://brightloom.co.uk/unsubscribe",
  headers=BULK('<fieldnotes.brightloom.co.uk>'), auto=True, neg='vendor newsletter')
M(a, 'checkin', 'harriet', ['kerensa'], '04-22 10:00', 'Happy install season',
  "Hi Kerensa,\n\nNo need to reply - just to say we're here if anything gets in the way during the busy months. Support is on 0161 555 0144 "
  "from 7am.\n\nBest,", fyi=True)
INVOICE(a, 'bill2', ['kerensa'], '05-01 06:00', 'INV-2026-05-0944', '625.00', 'GBP', 'May 2026')
M(a, 'pricelist', 'jago', ['support'], '05-12 07:05', 'Fwd: Revised trade price list - June',
  "can this go in the parts list in the app? prices change from june\n\n" +
  fwd('gmail', 'Kernow Solar Wholesale', 'trade@kernowsolarwholesale.co.uk', 'Mon, 11 May 2026 at 16:00', 'jago@sunspiresolar.co.uk',
      'Revised trade price list - June',
      "Dear trade customer,\n\nDue to increases from our manufacturers, panel and battery prices rise by 8% from 1 June. Orders placed before "
      "31 May are honoured at current prices. Revised price list attached.\n\nKernow Solar Wholesale"),
  append_sig=False, neg="forwarded supplier price list; price rise is the supplier's, not pricing talk about Brightloom")
M(a, 'pricelistr', 'tom', ['jago'], '05-12 11:30', 'RE: Fwd: Revised trade price list - June',
  "Hi Jago,\n\nYes - use Parts > Import with the CSV version of the list and tick 'update prices from 1 June'. Guide attached.\n\nCheers,", re='pricelist', fyi=True)
M(a, 'upsell', 'harriet', ['kerensa'], '05-20 09:30', 'Solar monitoring connector',
  "Hi Kerensa,\n\nWe've just released a connector that pulls fault alerts from SolarEdge and GivEnergy portals straight into jobs. "
  "£20 a month for small installers, first two months free.\n\nBest,", neg='vendor-written upsell', fyi=True)
INVOICE(a, 'bill3', ['kerensa'], '06-01 06:00', 'INV-2026-06-0967', '625.00', 'GBP', 'June 2026')
M(a, 'back', 'kerensa', ['harriet'], '06-22 20:10', 'Back above water!',
  "Hi Harriet,\n\nLongest day passed, so as promised we're back above water. Best season we've ever had: 212 installs since April, and "
  "Brightloom has honestly held the whole thing together. I'm chairing the Cornwall installers' network meeting in July and I'll happily tell "
  "them about you - can you send me a couple of slides?\n\nAlso yes to the monitoring connector, let's try it.\n\nKerensa",
  sig=[('advocacy', "I'll happily tell them about you"), ('expansion', 'yes to the monitoring connector')])
M(a, 'backr', 'harriet', ['kerensa'], '06-23 08:45', 'RE: Back above water!',
  "Kerensa, what a season - congratulations! Slides on their way this week, and I've switched the connector trial on. Could we catch up on "
  "Tuesday 30th for twenty minutes?\n\nHarriet", re='back')
M(a, 'backrr', 'kerensa', ['harriet'], '06-23 12:30', 'Re: Back above water!', "Tuesday 30th at 4 works. K", re='backr')
M(a, 'slides', 'harriet', ['kerensa'], '06-25 14:00', 'Slides for the installers network',
  "Hi Kerensa,\n\nThree slides attached, plus a one-page summary of your numbers if you'd like to use them. See you Tuesday.\n\nHarriet", fyi=True)

A(a, 'advocacy', 'low', '06-22', ['back'], 'Will recommend to the Cornwall installers network')
A(a, 'expansion_opportunity', 'low', '06-22', ['back'], 'Takes the monitoring connector add-on')

# ================================================================ build
ERR = []
def err(msg):
    ERR.append(msg)

PERIOD_START, PERIOD_END = date(2026, 3, 1), date(2026, 6, 30)
W1 = (date(2026, 3, 1), date(2026, 4, 29))     # first 60 days
W2 = (date(2026, 6, 1), date(2026, 6, 30))     # last 30 days

def is_vendor(p):
    return p['email'].split('@')[1] in VENDOR_DOMAINS

def mid_for(m):
    h = hashlib.sha1((m['acc'].mbox + ':' + m['key']).encode()).hexdigest()
    p = P[m['from']]
    dom = p['email'].split('@')[1]
    c = m['client']
    if c in ('outlook', 'outlook_new', 'outlook_de', 'outlook_es', 'outlook_nl'):
        return '<%s%s@%s.eurprd0%d.prod.outlook.com>' % (h[:4].upper() + 'PR0' + h[4], h[5:24].upper(), 'AM' + str(int(h[24], 16) % 9) + 'P' + h[25:28].upper(), int(h[28], 16) % 8 + 1)
    if c in ('gmail', 'gmail_de', 'gmail_es', 'gmail_nl'):
        return '<CA+%s@mail.gmail.com>' % h[:30]
    if c == 'notes':
        return '<OF%s.%s-ON8025%s@%s>' % (h[:8].upper(), h[8:16].upper(), h[16:20].upper(), dom)
    if c in ('iphone', 'apple', 'apple_de', 'apple_es', 'apple_nl'):
        return '<%s-%s-%s-%s-%s@%s>' % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper(), dom)
    if c == 'outlook2010':
        return '<%s$%s$%s@%s>' % (h[:12], h[12:20], h[20:28], dom)
    return '<%s.%s@%s>' % (m['dt'].strftime('%Y%m%d%H%M%S'), h[:16], 'mail.' + dom if dom.endswith('co.uk') else dom)

ALL = []
for acc in ACCOUNTS:
    for m in acc.msgs:
        m['mid'] = mid_for(m)
        m['vendor'] = is_vendor(P[m['from']])
        m['human'] = not m['auto']
        ALL.append(m)
mids = [m['mid'] for m in ALL]
if len(set(mids)) != len(mids):
    err('duplicate Message-IDs')

def d(m):
    return m['dt'].date()

def hours(a, b):
    return round((b['dt'] - a['dt']).total_seconds() / 3600, 1)

def build_message(m):
    acc = m['acc']
    msg = EmailMessage()
    msg['From'] = addr(P[m['from']])
    msg['To'] = ', '.join(addr(P[t]) for t in m['to'])
    if m['cc']:
        msg['Cc'] = ', '.join(addr(P[t]) for t in m['cc'])
    msg['Date'] = format_datetime(m['dt'])
    msg['Subject'] = m['subject']
    msg['Message-ID'] = m['mid']
    if m['re'] and not m['drop_irt']:
        par = acc.by[m['re']]
        msg['In-Reply-To'] = par['mid']
        refs = []
        x = par
        while x is not None:
            refs.insert(0, x['mid'])
            x = acc.by[x['re']] if x['re'] and not x['drop_irt'] else None
        msg['References'] = ' '.join(refs)
    mh = MAILERS.get(m['client'])
    if mh:
        msg[mh[0]] = mh[1]
    for k, v in m['headers'].items():
        msg[k] = v
    if m['client'] == 'notes':
        msg['X-MIMETrack'] = 'Serialize by Router on ASCNOTES01/Ascendia(Release 9.0.1FP10|February 21, 2020) at 06/05/2026 14:22:31'
    text = m['text']
    cte = 'quoted-printable' if any(ord(ch) > 127 for ch in text) or max(len(l) for l in text.split('\n')) > 76 else '7bit'
    msg.set_content(text, cte=cte)
    if m['ics']:
        method = 'REPLY' if 'METHOD:REPLY' in m['ics'] else 'REQUEST'
        msg.add_alternative(m['ics'], subtype='calendar', params={'method': method}, cte='quoted-printable')
    return msg

POL = email.policy.default.clone(linesep='\n')
FROM_RE = _re.compile(rb'^(>*From )', _re.M)

def write_mbox(acc):
    out = []
    for m in sorted(acc.msgs, key=lambda m: m['dt']):
        raw = build_message(m).as_bytes(policy=POL)
        raw = FROM_RE.sub(rb'>\1', raw)
        env = m['dt'].astimezone(timezone.utc).strftime('%a %b %d %H:%M:%S %Y')
        out.append(b'From ' + P[m['from']]['email'].encode() + b' ' + env.encode() + b'\n' + raw.rstrip(b'\n') + b'\n\n')
    with open(os.path.join(OUT, acc.mbox), 'wb') as f:
        f.write(b''.join(out))

def read_mbox(path):
    data = open(path, 'rb').read()
    chunks = _re.split(rb'(?:^|(?<=\n\n))From [^\n]*\n', data)
    msgs = []
    for c in chunks:
        if not c.strip():
            continue
        c = _re.sub(rb'^>(>*From )', rb'\1', c, flags=_re.M)
        msgs.append(email.message_from_bytes(c, policy=email.policy.default))
    return msgs

# ---------------------------------------------------------------- latency, contacts
def replies(acc):
    cust, vend = [], []
    for m in acc.msgs:
        if not m['re'] or not m['human']:
            continue
        par = acc.by[m['re']]
        if not par['human'] or par['vendor'] == m['vendor']:
            continue
        s = {'reply': m['mid'], 'reply_date': d(m).isoformat(), 'to_message': par['mid'], 'hours': hours(par, m)}
        (vend if m['vendor'] else cust).append(s)
    return cust, vend

def window(samples, w, with_samples):
    xs = [s for s in samples if w[0] <= date.fromisoformat(s['reply_date']) <= w[1]]
    r = {'n': len(xs), 'median_hours': round(statistics.median([s['hours'] for s in xs]), 1) if xs else None}
    if with_samples:
        r['samples'] = xs
    return r

def expects_reply(acc, m):
    if not m['vendor'] or not m['human'] or m['fyi']:
        return False
    newbody = m['body'].split(P[m['from']]['sig'] or '\0')[0]
    par = acc.by[m['re']] if m['re'] else None
    return par is None or par['vendor'] or '?' in newbody

def unanswered(acc):
    out = []
    for m in acc.msgs:
        if not expects_reply(acc, m):
            continue
        if any(r['re'] == m['key'] and not r['vendor'] and r['human'] for r in acc.msgs):
            continue
        out.append(m)
    return out

def cust_email(e, acc):
    return e.split('@')[1] in acc.domains

def contacts(acc):
    info = {}
    unans = unanswered(acc)
    for m in sorted(acc.msgs, key=lambda m: m['dt']):
        for k in [m['from']] + m['to'] + m['cc']:
            p = P[k]
            if not cust_email(p['email'], acc):
                continue
            c = info.setdefault(p['email'], {'email': p['email'], 'name': p['name'], 'title': p['title'], 'status': None,
                                             'first_seen': d(m).isoformat(), 'human_messages_sent': 0, 'last_human_message': None})
            c['title'] = p['title']
            if k == m['from'] and m['human']:
                c['human_messages_sent'] += 1
                c['last_human_message'] = d(m).isoformat()
    for e, c in info.items():
        if e in acc.status:
            c['status'] = acc.status[e]
            continue
        last = date.fromisoformat(c['last_human_message']) if c['last_human_message'] else None
        pending = [u for u in unans if any(P[t]['email'] == e for t in u['to']) and (AS_OF - d(u)).days > 10]
        if date.fromisoformat(c['first_seen']) >= date(2026, 5, 1):
            c['status'] = 'new'
        elif pending and (last is None or (AS_OF - last).days > 30):
            c['status'] = 'silent'
        else:
            c['status'] = 'active'
    return list(info.values())

# ---------------------------------------------------------------- expected.yaml
def ref(m):
    return {'message_id': m['mid'], 'date': d(m).isoformat(), 'from': P[m['from']]['email']}

expected = {
    'as_of': AS_OF.isoformat(),
    'vendor_domain': ['brightloom.co.uk', 'brightloom.io'],
    'definitions': {
        'internal_domains': VENDOR_DOMAINS,
        'vendor': 'Brightloom Systems Ltd (Manchester; Berlin and Barcelona offices on brightloom.io). Both domains are internal.',
        'human_message': 'a message written by a person: not an auto-reply (Auto-Submitted: auto-replied), not a calendar '
                         'acceptance, ticket notification, e-bill, newsletter or other Auto-Submitted/Precedence: bulk mail',
        'latency': 'hours from a human message of one side to the human reply of the other side that answers it '
                   '(In-Reply-To, or the quoted header block where the client dropped In-Reply-To). customer_reply_hours = customer '
                   'answering vendor; vendor_reply_hours = vendor answering customer. Windows by reply date: first_60_days = '
                   '2026-03-01..2026-04-29, last_30_days = 2026-06-01..2026-06-30. median over the window; null when n = 0.',
        'unanswered_vendor_messages': 'human vendor messages that ask for an answer (new thread, follow-up of a vendor '
                                      'message, or a question to the customer) with no human customer reply to them by as_of',
        'contact_status': 'left / on_leave: stated in the mail; new: first seen on or after 2026-05-01; silent: last human message '
                          'more than 30 days before as_of (or none) while a vendor message to them that asks for an answer has '
                          'been unanswered for more than 10 days; active: otherwise',
        'renewal_window': 'inside_90_day_window when renewal_date - as_of <= 90 days',
        'alert_dates': 'date on which the alert becomes due: the evidence message date for phrase-driven alerts; for '
                       'account_going_silent 30 days after the last human customer message while the vendor kept writing; '
                       'contacts_going_silent 30 days after that contact\'s last human message with vendor mail to them unanswered; '
                       'new_senior_contact_not_engaged 14 days after a senior new contact first wrote with no message from the AM to '
                       'them; commitment_overdue the day after the promised date; unanswered_customer_message two days after a '
                       'customer message that asks for an answer; latency_degradation when the last-30-day customer median reached '
                       'at least three times the first-60-day median over at least two replies; renewal_at_risk when risk evidence exists and '
                       'the renewal is inside 90 days (or the evidence date if later)',
        'commitment': 'signal on the vendor message making the promise; due = the promised date',
        'health': 'accounts whose story is risk should score below 60 and below every healthy account; mixed accounts are not ranked',
    },
    'accounts': [],
}

with open(os.path.join(OUT, 'accounts.csv'), 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['account', 'domains', 'owner', 'arr', 'renewal_date', 'segment'])
    for acc in ACCOUNTS:
        w.writerow([acc.name, ';'.join(acc.domains), acc.owner, acc.arr, acc.renewal, acc.segment])

SIG_TYPES = {'expansion', 'advocacy', 'churn_risk', 'competitor', 'pricing', 'escalation', 'commitment', 'renewal'}
for acc in ACCOUNTS:
    write_mbox(acc)
    cust, vend = replies(acc)
    days = (date.fromisoformat(acc.renewal) - AS_OF).days
    signals = []
    for m in sorted(acc.msgs, key=lambda m: m['dt']):
        for s in m['sig']:
            e = {'type': s[0], 'phrase': s[1], 'message_id': m['mid'], 'date': d(m).isoformat(), 'from': P[m['from']]['email']}
            if s[0] == 'commitment':
                e['due'] = s[2]
            signals.append(e)
    alerts = []
    for al in acc.alerts:
        alerts.append({'type': al['type'], 'severity': al['severity'], 'date': al['date'],
                       'evidence': [ref(acc.by[k]) for k in al['evidence']], 'note': al['note']})
    ent = {
        'account': acc.name, 'mbox': acc.mbox, 'domains': acc.domains, 'owner': acc.owner, 'arr': acc.arr,
        'segment': acc.segment, 'renewal_date': acc.renewal,
        'renewal_window': {'days_to_renewal': days, 'status': 'inside_90_day_window' if days <= 90 else 'outside_90_day_window'},
        'scenario': acc.scenario, 'health_verdict': acc.health, 'language': acc.lang,
        'latency': {
            'customer_reply_hours': {'first_60_days': window(cust, W1, True), 'last_30_days': window(cust, W2, True)},
            'vendor_reply_hours': {'first_60_days': window(vend, W1, False), 'last_30_days': window(vend, W2, False)},
            'unanswered_vendor_messages': [{'message_id': u['mid'], 'date': d(u).isoformat(),
                                            'to': [P[t]['email'] for t in u['to']], 'age_days_at_as_of': (AS_OF - d(u)).days}
                                           for u in unanswered(acc)],
        },
        'contacts': contacts(acc),
        'signals': signals,
        'alerts': alerts,
        'must_not_alert': [dict(ref(m), why=m['neg']) for m in sorted(acc.msgs, key=lambda m: m['dt']) if m['neg']],
    }
    expected['accounts'].append(ent)

with open(os.path.join(OUT, 'expected.yaml'), 'w') as f:
    yaml.safe_dump(expected, f, sort_keys=False, allow_unicode=True, width=140)

# ================================================================ validate
n_total = len(ALL)
n_neg = sum(1 for m in ALL if m['neg'])
n_sig = sum(len(m['sig']) for m in ALL)
if not 200 <= n_total <= 240:
    err('message count %d outside 200-240' % n_total)
if n_neg * 3 < n_total:
    err('hard negatives %d < a third of %d' % (n_neg, n_total))
if n_sig < 40:
    err('only %d signals' % n_sig)
for acc in ACCOUNTS:
    byid = {m['mid']: m for m in acc.msgs}
    parsed = read_mbox(os.path.join(OUT, acc.mbox))
    if len(parsed) != len(acc.msgs):
        err('%s: parsed %d messages, wrote %d' % (acc.mbox, len(parsed), len(acc.msgs)))
    seen = set()
    for pm in parsed:
        mid = pm['Message-ID']
        if mid not in byid:
            err('%s: unknown Message-ID %s' % (acc.mbox, mid)); continue
        seen.add(mid)
        m = byid[mid]
        defects = list(pm.defects)
        for part in pm.walk():
            defects += list(part.defects)
        for k in pm.keys():
            defects += list(getattr(pm[k], 'defects', []))
        if defects:
            err('%s %s: defects %r' % (acc.mbox, m['key'], defects))
        body = pm.get_body(('plain',)).get_content().replace('\r\n', '\n')
        if not body.startswith(m['body']):
            err('%s %s: decoded body does not start with the new text' % (acc.mbox, m['key']))
        for s in m['sig']:
            if s[0] not in SIG_TYPES:
                err('%s %s: bad signal type %s' % (acc.mbox, m['key'], s[0]))
            if s[1] not in m['body'] or s[1] not in body[:len(m['body'])]:
                err('%s %s: phrase not in new text: %r' % (acc.mbox, m['key'], s[1]))
            if s[0] == 'commitment' and not m['vendor']:
                err('%s %s: commitment by the customer' % (acc.mbox, m['key']))
        if m['sig'] and m['neg']:
            err('%s %s: signal on a hard negative' % (acc.mbox, m['key']))
        irt = pm['In-Reply-To']
        if m['re'] and not m['drop_irt']:
            if irt not in byid:
                err('%s %s: In-Reply-To target missing' % (acc.mbox, m['key']))
        elif irt:
            err('%s %s: unexpected In-Reply-To' % (acc.mbox, m['key']))
        if m['drop_irt'] and not _re.search(r'(Original Message|wrote: -----|Ursprüngliche Nachricht|Mensaje original)', m['text']):
            err('%s %s: dropped In-Reply-To without a quoted header block' % (acc.mbox, m['key']))
        if m['re']:
            par = acc.by[m['re']]
            if par['dt'] > m['dt']:
                err('%s %s: reply before its parent' % (acc.mbox, m['key']))
        if not PERIOD_START <= d(m) <= PERIOD_END:
            err('%s %s: date outside the period' % (acc.mbox, m['key']))
        for s in m['sig']:
            if s[0] == 'commitment' and date.fromisoformat(s[2]) < d(m):
                err('%s %s: commitment due before it was made' % (acc.mbox, m['key']))
    if seen != set(byid):
        err('%s: messages missing after parse' % acc.mbox)
    raw = open(os.path.join(OUT, acc.mbox), 'rb').read()
    for i, line in enumerate(raw.split(b'\n')):
        if line.startswith(b'From ') and i > 0 and raw.split(b'\n')[i - 1] != b'':
            err('%s: unescaped From line %d' % (acc.mbox, i))
    for al in acc.alerts:
        ad = date.fromisoformat(al['date'])
        if not PERIOD_START <= ad <= AS_OF:
            err('%s: alert %s dated outside period' % (acc.name, al['type']))
        if min(d(acc.by[k]) for k in al['evidence']) > ad:
            err('%s: alert %s due before its evidence' % (acc.name, al['type']))
    for e in acc.status:
        if not any(cust_email(P[k]['email'], acc) and P[k]['email'] == e for m in acc.msgs for k in [m['from']] + m['to'] + m['cc']):
            err('%s: status for unknown contact %s' % (acc.name, e))
# re-read expected.yaml and check every Message-ID it names exists in its mbox
exp = yaml.safe_load(open(os.path.join(OUT, 'expected.yaml')))
for ent in exp['accounts']:
    ids = {pm['Message-ID'] for pm in read_mbox(os.path.join(OUT, ent['mbox']))}
    refs = [s['message_id'] for s in ent['signals']] + [m['message_id'] for m in ent['must_not_alert']]
    refs += [e['message_id'] for a_ in ent['alerts'] for e in a_['evidence']]
    refs += [u['message_id'] for u in ent['latency']['unanswered_vendor_messages']]
    for w_ in ('first_60_days', 'last_30_days'):
        for s in ent['latency']['customer_reply_hours'][w_]['samples']:
            refs += [s['reply'], s['to_message']]
    for r in refs:
        if r not in ids:
            err('%s: expected.yaml names missing Message-ID %s' % (ent['account'], r))

# ================================================================ README
from collections import Counter
sigc = Counter((s[0], m['lang']) for m in ALL for s in m['sig'])
alc = Counter(al['type'] for acc in ACCOUNTS for al in acc.alerts)
L = ['# dev-3 scenario set - Brightloom Systems Ltd', '',
     'Vendor: Brightloom Systems Ltd (Manchester), field-service and maintenance-management platform. Internal domains: '
     'brightloom.co.uk (UK staff, support@, billing@, sales@, news@) and brightloom.io (Berlin and Barcelona staff, German and Spanish marketing).',
     'AMs: Harriet Coles (UK/IE), Lena Vogt (Berlin; DACH and Benelux), Jordi Serra (Barcelona; Iberia and LatAm). '
     'Period 2026-03-01 to 2026-06-30, as_of 2026-06-30. Regenerate and validate with `python3 generate.py` (exit code 1 on failure).', '',
     '%d accounts, %d messages, %d hard negatives (must_not_alert), %d phrase signals, %d alerts.' % (len(ACCOUNTS), n_total, n_neg, n_sig, sum(alc.values())), '',
     '## Accounts', '']
for acc in ACCOUNTS:
    days = (date.fromisoformat(acc.renewal) - AS_OF).days
    L += ['### %s (%s, %s, ARR %s, renewal %s, %d days) - %s [%s]' % (acc.name, acc.lang, acc.segment, format(acc.arr, ','), acc.renewal, days, acc.scenario, acc.health),
          '', acc.story, '', 'Messages: %d, hard negatives: %d, signals: %d.' % (len(acc.msgs), sum(1 for m in acc.msgs if m['neg']), sum(len(m['sig']) for m in acc.msgs)), '']
L += ['## Alert table', '', '| account | type | severity | due | evidence (keys) | note |', '|---|---|---|---|---|---|']
for acc in ACCOUNTS:
    for al in acc.alerts:
        L.append('| %s | %s | %s | %s | %s | %s |' % (acc.name, al['type'], al['severity'], al['date'], ', '.join(al['evidence']), al['note']))
L += ['', '## Health verdict', '', 'Risk (should score below 60 and below every healthy account): ' +
      ', '.join(a_.name for a_ in ACCOUNTS if a_.health == 'risk') + '.',
      'Healthy: ' + ', '.join(a_.name for a_ in ACCOUNTS if a_.health == 'healthy') + '.',
      'Mixed (not ranked): ' + ', '.join(a_.name for a_ in ACCOUNTS if a_.health == 'mixed') + '.', '',
      '## Signals by category and language', '']
for (t, l), n in sorted(sigc.items()):
    L.append('- %s / %s: %d' % (t, l, n))
L += ['', '## Alerts by type', ''] + ['- %s: %d' % (t, n) for t, n in sorted(alc.items())]
L += ['', '## Mail realism notes', '',
      '- Forward markers: Outlook (EN, NL), Gmail (ES, NL, EN), Apple Mail (EN, DE); quote headers of Outlook (EN/DE/ES/NL), Gmail, Apple Mail, Thunderbird and Lotus Notes.',
      '- In-Reply-To dropped on purpose (quoted header block kept): Ascendia "inhouse" (Lotus Notes), Brandl "simpro" (Outlook 2010).',
      '- Time zones follow the sender office (GMT/BST, CET/CEST, ART -03:00); weekend and holiday mail (St Patrick\'s Day, Koningsdag, 25 de Mayo weekend).',
      '- Katrin Mohr moves from Support Engineer to Customer Success Manager on 1 June (VendoMat); Chloe Dunmore is promoted (Harbourline).', '']
open(os.path.join(OUT, 'README.md'), 'w').write('\n'.join(L))

if ERR:
    print('VALIDATION FAILED (%d):' % len(ERR))
    for e in ERR:
        print(' -', e)
    sys.exit(1)
print('OK: %d accounts, %d messages, %d hard negatives, %d signals, %d alerts' % (len(ACCOUNTS), n_total, n_neg, n_sig, sum(alc.values())))
for (t, l), n in sorted(sigc.items()):
    print('  signal %s/%s: %d' % (t, l, n))
for t, n in sorted(alc.items()):
    print('  alert %s: %d' % (t, n))
