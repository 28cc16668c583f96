#!/usr/bin/env python3
"""blind-test-5: Ostrale Hotelsysteme / Ostrale Hospitality.
Writes accounts.csv, one mboxrd per account, expected.yaml and README.md, then validates.
Deterministic: no clock, fixed seed. Exit code 1 when validation fails."""
import os, sys, random, re, csv, statistics, email, mailbox
import datetime as dt
from email.message import EmailMessage
from email.headerregistry import Address
from email import policy
import yaml

random.seed(20261130)
OUT = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 11, 30)
START = dt.date(2026, 8, 1)
VENDOR_DOMAINS = ['ostrale.fr', 'ostrale-hospitality.com']
ERRORS = []

def err(s):
    ERRORS.append(s)

# ---------------------------------------------------------------- time zones
def offset_hours(region, local):
    eu_summer = dt.datetime(2026, 3, 29, 2) <= local < dt.datetime(2026, 10, 25, 3)
    if region == 'EU':
        return 2 if eu_summer else 1
    if region == 'UK':
        return 1 if eu_summer else 0
    if region == 'QC':
        return -4 if local < dt.datetime(2026, 11, 1, 2) else -5
    raise ValueError(region)

def mkdate(s, region):
    local = dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    off = offset_hours(region, local)
    return local.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))

# ---------------------------------------------------------------- people
P = {}
def person(key, name, addr, region, lang, sig='', title='', mailer=None):
    P[key] = dict(key=key, name=name, email=addr, region=region, lang=lang, sig=sig,
                  title=title, mailer=mailer)

def is_vendor(addr):
    return addr.split('@')[1].lower() in VENDOR_DOMAINS

# ---------------------------------------------------------------- quoting helpers
MONTHS = {
 'fr': ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
 'de': ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
 'nl': ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
 'en': ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}
def human_date(d, lang):
    mo = MONTHS[lang][d.month - 1]
    hm = d.strftime('%H:%M')
    if lang == 'fr':
        return f'{d.day} {mo} {d.year} à {hm}'
    if lang == 'de':
        return f'{d.day}. {mo} {d.year} um {hm}'
    if lang == 'nl':
        return f'{d.day} {mo} {d.year} om {hm}'
    return f'{d.day} {mo} {d.year}, at {hm}'

def fmt_addr(p):
    return f'{p["name"]} <{p["email"]}>'

def prefix(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))

def quote_block(style, lang, orig):
    """Quoted copy of orig (a message dict) as the replying client would write it."""
    op = P[orig['frm']]
    d = orig['date']
    txt = orig['full_text']
    to = ', '.join(fmt_addr(P[k]) for k in orig['to'])
    if style in ('gmail', 'apple', 'thunderbird'):
        hd = human_date(d, lang)
        if style == 'thunderbird':
            hd = d.strftime('%d/%m/%Y %H:%M')
        attr = {'fr': f'Le {hd}, {fmt_addr(op)} a écrit :',
                'de': f'Am {hd} schrieb {fmt_addr(op)}:',
                'nl': f'Op {hd} schreef {fmt_addr(op)}:',
                'en': f'On {hd}, {fmt_addr(op)} wrote:'}[lang]
        return f'\n\n{attr}\n{prefix(txt)}\n'
    if style == 'outlook':
        sent = d.strftime('%d/%m/%Y %H:%M') if lang != 'en' else d.strftime('%d %B %Y %H:%M')
        hdr = {'fr': ("-----Message d'origine-----", 'De :', 'Envoyé :', 'À :', 'Objet :'),
               'de': ('-----Ursprüngliche Nachricht-----', 'Von:', 'Gesendet:', 'An:', 'Betreff:'),
               'nl': ('-----Oorspronkelijk bericht-----', 'Van:', 'Verzonden:', 'Aan:', 'Onderwerp:'),
               'en': ('-----Original Message-----', 'From:', 'Sent:', 'To:', 'Subject:')}[lang]
        return (f'\n\n{hdr[0]}\n{hdr[1]} {fmt_addr(op)}\n{hdr[2]} {sent}\n{hdr[3]} {to}\n'
                f'{hdr[4]} {orig["subject"]}\n\n{txt}\n')
    if style == 'notes':
        return (f'\n\n\n\nVon:\t{op["name"]} <{op["email"]}>\nAn:\t{to}\n'
                f'Datum:\t{d.strftime("%d.%m.%Y %H:%M")}\nBetreff:\t{orig["subject"]}\n\n{txt}\n')
    raise ValueError(style)

def forward_block(style, lang, f):
    """f: dict(frm='Name <addr>', date='text', subj, to, text)"""
    if style == 'outlook':
        h = {'fr': ("-----Message d'origine-----", 'De :', 'Envoyé :', 'À :', 'Objet :'),
             'de': ('-----Ursprüngliche Nachricht-----', 'Von:', 'Gesendet:', 'An:', 'Betreff:'),
             'nl': ('-----Oorspronkelijk bericht-----', 'Van:', 'Verzonden:', 'Aan:', 'Onderwerp:'),
             'en': ('-----Original Message-----', 'From:', 'Sent:', 'To:', 'Subject:')}[lang]
        return f'\n\n{h[0]}\n{h[1]} {f["frm"]}\n{h[2]} {f["date"]}\n{h[3]} {f["to"]}\n{h[4]} {f["subj"]}\n\n{f["text"]}\n'
    if style == 'gmail':
        h = {'fr': ('---------- Message transféré ---------', 'De :', 'Date :', 'Subject:', 'À :'),
             'de': ('---------- Weitergeleitete Nachricht ---------', 'Von:', 'Date:', 'Subject:', 'To:'),
             'nl': ('---------- Doorgestuurd bericht ---------', 'Van:', 'Date:', 'Subject:', 'To:'),
             'en': ('---------- Forwarded message ---------', 'From:', 'Date:', 'Subject:', 'To:')}[lang]
        return f'\n\n{h[0]}\n{h[1]} {f["frm"]}\n{h[2]} {f["date"]}\n{h[3]} {f["subj"]}\n{h[4]} {f["to"]}\n\n\n{f["text"]}\n'
    if style == 'apple':
        h = {'fr': ('Début du message réexpédié :', 'De:', 'Objet:', 'Date:', 'À:'),
             'de': ('Anfang der weitergeleiteten Nachricht:', 'Von:', 'Betreff:', 'Datum:', 'An:'),
             'nl': ('Begin doorgestuurd bericht:', 'Van:', 'Onderwerp:', 'Datum:', 'Aan:'),
             'en': ('Begin forwarded message:', 'From:', 'Subject:', 'Date:', 'To:')}[lang]
        return f'\n\n{h[0]}\n\n{h[1]} {f["frm"]}\n{h[2]} {f["subj"]}\n{h[3]} {f["date"]}\n{h[4]} {f["to"]}\n\n{f["text"]}\n'
    if style == 'thunderbird':
        h = {'fr': ('-------- Message transféré --------', 'Sujet :', 'Date :', 'De :', 'Pour :'),
             'de': ('-------- Weitergeleitete Nachricht --------', 'Betreff:', 'Datum:', 'Von:', 'An:'),
             'nl': ('-------- Doorgestuurd bericht --------', 'Onderwerp:', 'Datum:', 'Van:', 'Aan:'),
             'en': ('-------- Forwarded Message --------', 'Subject:', 'Date:', 'From:', 'To:')}[lang]
        return f'\n\n\n{h[0]}\n{h[1]} {f["subj"]}\n{h[2]} {f["date"]}\n{h[3]} {f["frm"]}\n{h[4]} {f["to"]}\n\n{f["text"]}\n'
    if style == 'notes':
        return (f'\n\n----- Weitergeleitet von {f["notes_by"]} am {f["date"]} -----\n\n'
                f'Von:\t{f["frm"]}\nAn:\t{f["to"]}\nDatum:\t{f["date"]}\nBetreff:\t{f["subj"]}\n\n{f["text"]}\n')
    raise ValueError(style)

# ---------------------------------------------------------------- accounts and messages
# messages written in another language than the sender's default
LANG_OVERRIDE = {k: 'fr' for k in ['sab-05', 'sab-08', 'sab-10', 'sab-15', 'sab-17', 'sab-19', 'sab-21']}
LANG_OVERRIDE.update({k: 'en' for k in ['bun-15', 'bun-19']})
LANG_OVERRIDE.update({'val-18': 'de'})
# vendor messages that do not wait for an answer (sent documents, bounced mail, status notes)
NO_EXPECT = {'lac-22', 'sab-08', 'sab-10', 'val-09', 'val-13', 'see-08', 'lee-17'}
ACCTS = []
MSGS = {}      # short id -> message dict
CUR = None

def account(**kw):
    global CUR
    kw.setdefault('msgs', [])
    kw.setdefault('alerts', [])
    kw.setdefault('contacts', [])
    ACCTS.append(kw)
    CUR = kw
    return kw

MAILERS = {
    'gmail': None,
    'outlook': 'Microsoft Outlook 16.0',
    'outlook_old': 'Microsoft Office Outlook 12.0',
    'apple': 'Apple Mail (2.3774.500.171.1.1)',
    'iphone': 'iPhone Mail (21H16)',
    'thunderbird': 'Mozilla Thunderbird 128.3.1',
    'notes': 'Lotus Notes Release 9.0.1FP10 January 31, 2019',
    'zendesk': 'Ostrale Desk',
}

def m(mid, when, frm, to, subj=None, body='', reply=None, cc=(), q=None, drop=False,
      kind='human', neg=None, sig=(), expects=None, fwd=None, mailer=None, headers=None,
      ics=None, nosig=False, to_raw=None, from_raw=None):
    p = dict(P[frm])
    p['lang'] = LANG_OVERRIDE.get(mid, p['lang'])
    d = mkdate(when, p['region'])
    for sg in sig:
        if '\n' in sg[1]:
            if sg[1] not in body:
                err(f'{mid}: multi-line phrase not in body: {sg[1]!r}')
            body = body.replace(sg[1], sg[1].replace('\n', ' '))
    sig = [(sg[0], sg[1].replace('\n', ' ')) + tuple(sg[2:]) for sg in sig]
    if mid in NO_EXPECT:
        expects = False
    orig = MSGS[reply] if reply else None
    if subj is None:
        s = orig['subject']
        pre = {'de': 'AW: ', 'nl': 'RE: '}.get(p['lang'], 'Re: ') if (mailer or p['mailer']) in ('outlook', 'outlook_old') else 'Re: '
        if (mailer or p['mailer']) == 'notes':
            pre = 'Antwort: '
        subj = s if re.match(r'^(Re|AW|RE|Antwort|Réf|TR|WG|Fwd|Fw):', s) else pre + s
    new_text = body.strip('\n')
    full_text = new_text
    if p['sig'] and not nosig and kind == 'human':
        full_text = new_text + '\n\n' + p['sig']
    text = full_text
    if fwd:
        text += forward_block(fwd['style'], fwd.get('lang', p['lang']), fwd)
    if q and orig:
        text += quote_block(q, p['lang'], orig)
    msgid = f'<{d.strftime("%Y%m%d%H%M")}.{mid.replace("-", "")}.{random.randrange(16**6):06x}@{p["email"].split("@")[1]}>'
    if expects is None:
        expects = is_vendor(p['email']) and kind == 'human'
    rec = dict(lang=p['lang'], mid=mid, msgid=msgid, date=d, frm=frm, to=list(to), cc=list(cc), subject=subj,
               new_text=new_text, full_text=full_text, text=text, reply=reply, drop=drop,
               kind=kind, neg=neg, sig=list(sig), expects=expects, mailer=mailer or p['mailer'],
               headers=headers or {}, ics=ics, acct=CUR['account'], to_raw=to_raw, from_raw=from_raw)
    if mid in MSGS:
        err(f'duplicate short id {mid}')
    MSGS[mid] = rec
    CUR['msgs'].append(rec)
    return rec

def alert(type, severity, date, evidence, note, **kw):
    a = dict(type=type, severity=severity, date=date, evidence=list(evidence), note=note)
    a.update(kw)
    CUR['alerts'].append(a)

def contact(key, status, title=None, **kw):
    CUR['contacts'].append(dict(key=key, status=status, title=title, **kw))

def ics_event(uid, start, end, summary, organizer, attendees, method='REQUEST', partstat=None):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
             'VERSION:2.0', f'METHOD:{method}', 'BEGIN:VEVENT', f'UID:{uid}',
             f'DTSTART:{start}', f'DTEND:{end}', f'SUMMARY:{summary}',
             f'ORGANIZER;CN="{P[organizer]["name"]}":mailto:{P[organizer]["email"]}']
    for a in attendees:
        ps = partstat if partstat else 'NEEDS-ACTION'
        lines.append(f'ATTENDEE;CN="{P[a]["name"]}";PARTSTAT={ps}:mailto:{P[a]["email"]}')
    lines += ['SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'

# ================================================================ PEOPLE
# vendor
person('claire', 'Claire Vasseur', 'claire.vasseur@ostrale.fr', 'EU', 'fr',
       'Claire Vasseur\nResponsable de comptes | Ostrale Hotelsysteme\n12 quai Rambaud, 69002 Lyon\n+33 4 78 92 41 07',
       'Account Manager', 'outlook')
person('femke', 'Femke de Wit', 'femke.dewit@ostrale-hospitality.com', 'EU', 'nl',
       'Met vriendelijke groet,\nFemke de Wit\nAccount Manager Benelux | Ostrale Hospitality\nCatharijnesingel 58, 3511 GE Utrecht',
       'Account Manager', 'outlook')
person('jonas', 'Jonas Brenner', 'jonas.brenner@ostrale-hospitality.com', 'EU', 'de',
       'Beste Grüße\nJonas Brenner\nKey Account Manager DACH | Ostrale Hospitality\nMobil +49 171 448 2290',
       'Account Manager', 'outlook')
person('niamh', 'Niamh Byrne', 'niamh.byrne@ostrale-hospitality.com', 'UK', 'en',
       'Niamh Byrne\nAccount Manager UK & Ireland | Ostrale Hospitality\n+353 21 490 7713',
       'Account Manager', 'gmail')
person('mathieu', 'Mathieu Roche', 'mathieu.roche@ostrale.fr', 'EU', 'fr',
       'Mathieu Roche — Support N2, Ostrale', 'Ingénieur support N2', 'thunderbird')
person('sabine', 'Sabine Kurz', 'sabine.kurz@ostrale-hospitality.com', 'EU', 'de',
       'Sabine Kurz\nImplementation Consultant DACH\nOstrale Hospitality', 'Implementation Consultant', 'outlook')
person('pieter', 'Pieter Jansen', 'pieter.jansen@ostrale-hospitality.com', 'EU', 'nl',
       'Groet,\nPieter Jansen | Support Engineer | Ostrale Hospitality Utrecht', 'Support Engineer', 'gmail')
person('rory', 'Rory Maclean', 'rory.maclean@ostrale-hospitality.com', 'UK', 'en',
       'Rory Maclean\nSenior Support Engineer, Ostrale Hospitality', 'Senior Support Engineer', 'gmail')
person('thomas', 'Thomas Girard', 'thomas.girard@ostrale.fr', 'EU', 'fr',
       'Thomas Girard\nDirecteur commercial, Ostrale Hotelsysteme', 'Directeur commercial', 'outlook')
person('supfr', 'Support Ostrale', 'support@ostrale.fr', 'EU', 'fr', '', 'shared mailbox', 'zendesk')
person('supen', 'Ostrale Support', 'support@ostrale-hospitality.com', 'EU', 'en', '', 'shared mailbox', 'zendesk')
person('factu', 'Ostrale Facturation', 'facturation@ostrale.fr', 'EU', 'fr', '', 'shared mailbox', None)
person('ventes', 'Ostrale Ventes', 'ventes@ostrale.fr', 'EU', 'fr', '', 'shared mailbox', None)
person('news', 'Ostrale Hospitality', 'news@ostrale-hospitality.com', 'EU', 'en', '', 'newsletter', None)

DISCL_FR = ("Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs "
            "destinataires. Toute résiliation, modification ou diffusion non autorisée est interdite. "
            "Si vous avez reçu ce message par erreur, merci de le supprimer.")
DISCL_DE = ("Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, "
            "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Eine Kündigung "
            "oder sonstige rechtsverbindliche Erklärung per E-Mail ist unwirksam.")

# ================================================================ 1. HOTEL LES AROLLES (Savoie)
person('elodie', 'Élodie Mollard', 'elodie@hotel-arolles.fr', 'EU', 'fr',
       'Élodie Mollard\nHôtel Les Arolles ***\nSainte-Foy-Tarentaise', 'Directrice', 'iphone')
person('bernard', 'Bernard Mollard', 'bernard@hotel-arolles.fr', 'EU', 'fr', 'B. Mollard', 'Propriétaire', 'outlook_old')
person('lucas', 'Lucas Mollard', 'lucas@hotel-arolles.fr', 'EU', 'fr', '', 'Chef de réception', 'gmail')
account(account='Hôtel Les Arolles', mbox='hotel-les-arolles.mbox', domains=['hotel-arolles.fr'],
        owner='claire.vasseur@ostrale.fr', arr=14500, segment='smb', renewal_date='2027-04-30',
        scenario='seasonal_quiet_healthy', health='healthy',
        story=("Family-run ski hotel in Sainte-Foy-Tarentaise, open only in winter. Between seasons the "
               "mail is sparse (director on leave until 24 August, then a September review call) and "
               "picks up in November before the 5 December opening. The connector update promised for "
               "15 November is delivered on 12 November. The owner says renewal in April is obvious. "
               "Quiet is the normal rhythm here, not a warning; Lucas and Mathieu plan a ski-touring trip."))
contact('elodie', 'active')
contact('bernard', 'active')
contact('lucas', 'active')

m('aro-01', '2026-08-04 09:30', 'news', ['elodie'], 'Ostrale Infos — août 2026 : nouveautés de la rentrée',
  """Bonjour,

Au programme ce mois-ci : le nouveau planning ménage sur tablette, la messagerie clients multilingue et
nos webinaires de septembre. Profitez de -20 % sur le module Tablettes jusqu'au 30 septembre.

Se désinscrire : https://ostrale-hospitality.com/unsubscribe""", kind='bulk',
  headers={'Precedence': 'bulk', 'List-Unsubscribe': '<https://ostrale-hospitality.com/unsubscribe>'},
  neg='vendor newsletter with a discount offer; not customer pricing or expansion')
m('aro-02', '2026-08-06 11:12', 'claire', ['elodie'], 'Bilan de saison et préparation de l\'hiver',
  """Bonjour Élodie,

J'espère que l'été est reposant après cette longue saison. Je vous propose un point d'une heure en
septembre pour faire le bilan de l'hiver dernier et préparer l'ouverture de décembre
(connecteurs, comptes des saisonniers, tarifs forfaits).

Quelles dates vous arrangent ?

Bien à vous,""")
m('aro-03', '2026-08-06 11:13', 'elodie', ['claire'], 'Réponse automatique : Bilan de saison et préparation de l\'hiver',
  """Bonjour,
L'hôtel est fermé entre les saisons. Je suis en congés jusqu'au 24 août et je lirai vos messages à mon retour.
Réouverture de l'hôtel le 5 décembre 2026.
Élodie Mollard""", reply='aro-02', kind='auto', nosig=True,
  headers={'Auto-Submitted': 'auto-replied', 'X-Autoreply': 'yes'},
  neg='out-of-office auto-reply of a seasonal hotel; not a departure and not silence')
m('aro-04', '2026-08-25 21:47', 'elodie', ['claire'], body="""Bonsoir Claire,
De retour. Le 17 sept. au matin ça me va, 10h ?
Élodie""", reply='aro-02', q='apple', nosig=True)
m('aro-05', '2026-08-26 08:55', 'claire', ['elodie'], 'Invitation : Bilan saison & préparation hiver — jeu. 17 sept. 2026 10:00',
  """Claire Vasseur vous invite à une réunion Teams.
Bilan saison & préparation hiver
Jeudi 17 septembre 2026, 10:00–11:00 (heure de Paris)
Rejoindre : https://teams.microsoft.com/l/meetup-join/ostrale-arolles""", kind='calendar', nosig=True,
  ics=('ostrale-aro-0917', '20260917T080000Z', '20260917T090000Z', 'Bilan saison & préparation hiver', 'claire', ['elodie']),
  neg='calendar invitation')
m('aro-06', '2026-08-26 09:20', 'elodie', ['claire'], 'Accepté : Bilan saison & préparation hiver — jeu. 17 sept. 2026 10:00',
  'Élodie Mollard a accepté cette invitation.', reply='aro-05', kind='calendar', nosig=True,
  ics=('ostrale-aro-0917', '20260917T080000Z', '20260917T090000Z', 'Bilan saison & préparation hiver', 'claire', ['elodie'], 'REPLY', 'ACCEPTED'),
  neg='calendar acceptance')
m('aro-07', '2026-09-17 14:05', 'claire', ['elodie'], 'Compte rendu — bilan saison et préparation hiver',
  """Bonjour Élodie,

Merci pour l'échange de ce matin. En résumé :
- comptes des saisonniers : vous nous envoyez la liste début novembre, nous les réactivons sous 48 h ;
- connecteur Booking/Expedia : la synchronisation des forfaits ski restait lente l'hiver dernier.
  Comme convenu, nous vous livrons la mise à jour du connecteur Booking/Expedia avant le 15 novembre,
  pour que tout soit testé avant votre ouverture du 5 décembre ;
- tablettes ménage : je vous laisse la brochure, sans urgence.

Bonne fin de semaine,""", cc=['bernard'],
  sig=[('commitment', 'nous vous livrons la mise à jour du connecteur Booking/Expedia avant le 15 novembre', '2026-11-15')])
m('aro-08', '2026-09-18 08:02', 'elodie', ['claire'], body="""Parfait merci Claire.
Pour les tablettes on verra l'an prochain, cet hiver on ne touche à rien.
Élodie""", reply='aro-07', q='apple', nosig=True, expects=False,
  neg='declines an upsell for this winter; neither churn nor expansion')
m('aro-09', '2026-10-01 06:00', 'factu', ['bernard'], 'Votre facture Ostrale n° OST-FA-2026-10-0412',
  """Madame, Monsieur,

Veuillez trouver ci-joint votre facture n° OST-FA-2026-10-0412 d'un montant de 3 625,00 € HT
(abonnement trimestriel Ostrale PMS + Channel Manager). Prélèvement SEPA le 15/10/2026.

Ostrale Hotelsysteme SAS — 12 quai Rambaud, 69002 Lyon — RCS Lyon 812 455 019""", kind='notif',
  neg='automated e-bill; amounts are not a pricing discussion')
m('aro-10', '2026-10-14 19:33', 'mathieu', ['lucas'], 'Rando début décembre',
  """Salut Lucas,

Toujours partant pour la sortie ski de rando avant votre ouverture ? Je peux descendre de Lyon le
samedi 28/11. Tu penses que le refuge du Ruitor sera ouvert ou on fait l'aller-retour dans la journée ?

Mathieu""", nosig=True, expects=False, neg='personal mail between a vendor engineer and a hotel employee (ski trip)')
m('aro-11', '2026-10-14 22:51', 'lucas', ['mathieu'], body="""Carrément ! Refuge fermé à cette date, on fait la journée depuis le Monal.
Prends tes couteaux, ça risque d'être dur le matin. Je te garde une chambre à l'hôtel le samedi soir.""",
  reply='aro-10', q='gmail', neg='personal mail (ski trip); "chambre à l\'hôtel" is not a booking or pricing topic')
m('aro-12', '2026-10-20 10:00', 'ventes', ['elodie', 'bernard'], 'Offre pré-saison : -15 % sur la Messagerie Clients',
  """Bonjour,

Pour préparer la saison d'hiver, Ostrale vous propose le module Messagerie Clients à -15 % la première
année, pour toute souscription avant le 31 octobre. Passez à la vitesse supérieure !

L'équipe commerciale Ostrale — ventes@ostrale.fr""", kind='bulk', headers={'Precedence': 'bulk'},
  neg='vendor-written upsell mail; expansion/pricing words written by the vendor')
m('aro-13', '2026-11-03 23:41', 'elodie', ['supfr'], 'Réactivation comptes saisonniers',
  """Bonsoir,
On rouvre le 5/12. Pouvez-vous réactiver les 12 comptes saisonniers (liste ci-dessous) ?
réception : Manon, Théo, Inès / ménage : 6 comptes tablettes / cuisine : 3
Merci !
Élodie""", nosig=True)
m('aro-14', '2026-11-03 23:42', 'supfr', ['elodie'], '[Ticket #48211] Réactivation comptes saisonniers',
  """Bonjour,
Votre demande a bien été enregistrée sous le numéro #48211. Un membre de l'équipe vous répondra
dans les meilleurs délais. Pour ajouter un commentaire, répondez simplement à ce message.
— Support Ostrale""", reply='aro-13', kind='notif', neg='ticketing acknowledgement')
m('aro-15', '2026-11-04 09:18', 'mathieu', ['elodie'], body="""Bonjour Élodie,

Les 12 comptes sont réactivés (mots de passe envoyés à chacun). Les tablettes ménage retrouvent
leur planning à la connexion.

Bonne préparation !""", reply='aro-13', q='thunderbird', expects=False)
m('aro-16', '2026-11-12 16:40', 'claire', ['elodie'], 'Connecteur Booking/Expedia : mise à jour livrée',
  """Bonjour Élodie,

Comme prévu, la mise à jour du connecteur est en production depuis ce matin : les forfaits ski +
demi-pension se synchronisent désormais en moins d'une minute. Mathieu reste disponible si vous
voyez la moindre anomalie pendant vos tests.

Bien à vous,""", cc=['bernard'])
m('aro-17', '2026-11-12 23:58', 'elodie', ['claire'], body="""Top merci. Testé ce soir, les dispos remontent bien sur Booking.
Bonne nuit
É.""", reply='aro-16', q='apple', nosig=True)
m('aro-18', '2026-11-22 00:14', 'elodie', ['mathieu'], 'forfait ski + DP',
  """Question rapide : le tarif forfait ski + demi-pension, on le crée comment déjà ?
Nos prix passent à 189 € la nuit en haute saison et 149 € en janvier.
Envoyé de mon iPhone""", nosig=True, neg="customer's OWN room prices; not a pricing signal about the vendor")
m('aro-19', '2026-11-23 09:05', 'mathieu', ['elodie'], body="""Bonjour Élodie,

Tarifs > Forfaits > Nouveau, puis cochez « demi-pension » et liez le produit « forfait 6 jours ».
Les deux périodes (haute saison / janvier) se règlent dans l'onglet Calendrier.

Mathieu""", reply='aro-18', q='thunderbird', expects=False)
m('aro-20', '2026-11-27 18:20', 'bernard', ['claire'], 'Ouverture',
  """Chère Madame Vasseur,

La répétition générale d'hier s'est très bien passée, tout le monde est prêt pour le 5.
Merci à votre équipe pour le suivi cet automne.
Renouvellement en avril : pour nous c'est une évidence.

Bien cordialement""", mailer='outlook_old',
  sig=[('renewal', 'Renouvellement en avril : pour nous c\'est une évidence', None)])
m('aro-21', '2026-11-28 10:02', 'claire', ['bernard'], body="""Merci Monsieur Mollard, très belle saison à toute la famille !""",
  reply='aro-20', q='outlook', expects=False)

# ================================================================ 2. MAISON SABLON HOTELS (Brussels)
person('isabelle', 'Isabelle Deprez', 'isabelle.deprez@maisonsablon.be', 'EU', 'fr',
       'Isabelle Deprez\nDirectrice des opérations groupe | Maison Sablon Hotels\nRue de Rollebeek 14, 1000 Bruxelles',
       'Directrice des opérations groupe', 'outlook')
person('koen', 'Koen Verstraete', 'koen.verstraete@maisonsablon.be', 'EU', 'nl',
       'Koen Verstraete | IT-manager | Maison Sablon Hotels', 'IT-manager', 'outlook')
person('lambotte', 'Marc Lambotte', 'marc.lambotte@maisonsablon.be', 'EU', 'fr',
       'Marc Lambotte\nDirecteur administratif et financier\nMaison Sablon Hotels SA\n\n' + DISCL_FR,
       'Directeur administratif et financier (CFO)', 'outlook')
account(account='Maison Sablon Hotels', mbox='maison-sablon-hotels.mbox', domains=['maisonsablon.be'],
        owner='femke.dewit@ostrale-hospitality.com', arr=212000, segment='enterprise', renewal_date='2027-01-15',
        scenario='acquired_going_dark', health='at_risk',
        story=("Brussels boutique-hotel group (five houses). Healthy in August. On 2 September the CFO announces in a "
               "formal letter that the group is being acquired by Meridia Hospitality Group; on 23 September the "
               "operations director says the group is looking at 'the system our new owners use' and IT asks "
               "for the data export spec. The CFO's October letter reserves the right not to renew. The vendor "
               "promises the export API documentation by 6 November (never sent: overdue) and a multi-year "
               "renewal proposal by 23 October (sent 22 October). From 14 October nobody at the customer "
               "answers: the proposal and three follow-ups stay unanswered. Renewal 15 January."))
contact('isabelle', 'silent')
contact('koen', 'silent')
contact('lambotte', 'silent',
  neg="vendor thank-you quoting the owner's renewal remark")

m('sab-01', '2026-08-03 10:20', 'koen', ['pieter'], 'Channel manager: dubbele boeking Hotel Rollebeek',
  """Dag Pieter,

Zaterdag kregen we in Hotel Rollebeek een dubbele boeking via Expedia op kamer 204. Kan je de logs
nakijken? Het lijkt op hetzelfde probleem als in juni.

Alvast bedankt,""")
m('sab-02', '2026-08-03 14:02', 'pieter', ['koen'], body="""Hoi Koen,

Gevonden: Expedia stuurde de annulering en de nieuwe boeking binnen dezelfde seconde. We hebben de
volgorde-check aangepast, het zou niet meer mogen voorkomen. Laat je het weten als het toch opduikt?""",
  reply='sab-01', q='gmail')
m('sab-03', '2026-08-03 15:30', 'koen', ['pieter'], body="""Top, dank je. Ik hou het in de gaten.""",
  reply='sab-02', q='outlook', expects=False)
m('sab-04', '2026-08-12 09:45', 'koen', ['femke'], 'FW: Horeca Barometer Q2 — hotelbezetting Brussel',
  """Femke, ter info, interessant voor jullie roadmap misschien.
Koen""", fwd=dict(style='outlook', lang='nl', frm='Horeca Vlaanderen <nieuwsbrief@horecavlaanderen.be>',
  date='dinsdag 11 augustus 2026 16:00', to='Koen Verstraete', subj='Horeca Barometer Q2 — hotelbezetting Brussel',
  text="""Beste lid,

De bezettingsgraad van Brusselse hotels lag in Q2 op 71 %, de gemiddelde kamerprijs steeg met 6 %.
Steeds meer hotelgroepen stappen over naar een ander boekingssysteem of bouwen een eigen tool; de
prijzen van softwareleveranciers stijgen gemiddeld 8 %. Lees het volledige rapport op onze website."""),
  neg='forwarded market newsletter; "overstappen", "eigen tool" and price rises are in the newsletter, not the customer')
m('sab-05', '2026-08-19 11:00', 'femke', ['isabelle'], 'Point trimestriel',
  """Bonjour Isabelle,

Comme chaque trimestre, je vous propose un point sur l'utilisation d'Ostrale dans vos cinq maisons.
Seriez-vous disponible le 27 août en fin de matinée ?

Bien à vous,
Femke""", nosig=True)
m('sab-06', '2026-08-19 15:25', 'isabelle', ['femke'], body="""Bonjour Femke,

Le 27 à 11h, parfait. J'aimerais aussi parler de la messagerie clients : les équipes de la Maison
Ommegang l'adorent, on voudrait l'étendre aux quatre autres maisons en 2027.

Isabelle""", reply='sab-05', q='outlook',
  sig=[('expansion', "on voudrait l'étendre aux quatre autres maisons en 2027", None)])
m('sab-07', '2026-09-02 17:10', 'lambotte', ['femke'], 'Maison Sablon Hotels — changement d\'actionnariat',
  """Madame,

Par la présente, nous vous informons que Maison Sablon Hotels SA fait l'objet d'une acquisition par
Meridia Hospitality Group, dont la réalisation est prévue au 1er octobre 2026.

Dans ce cadre, l'ensemble des contrats fournisseurs du groupe fera l'objet d'une revue par la
direction financière de Meridia au cours du quatrième trimestre. Nous vous saurions gré de bien
vouloir nous communiquer, d'ici au 30 septembre, une copie de votre contrat en vigueur ainsi que
l'échéancier de facturation.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.""", cc=['isabelle'],
  sig=[('churn_risk', "l'ensemble des contrats fournisseurs du groupe fera l'objet d'une revue", None)])
m('sab-08', '2026-09-03 09:30', 'femke', ['lambotte'], body="""Monsieur Lambotte,

Merci pour votre courrier. Vous trouverez ci-joint le contrat-cadre en vigueur et l'échéancier 2026-2027.
Je reste à votre disposition, ainsi qu'à celle de la direction financière de Meridia, pour une présentation.

Bien à vous,""", reply='sab-07', q='outlook', cc=['isabelle'])
m('sab-09', '2026-09-23 18:40', 'isabelle', ['femke'], 'Suite de notre point',
  """Bonjour Femke,

Je vais être franche avec vous puisque vous l'avez toujours été avec nous : Meridia demande que
nous regardions le système qu'utilisent nos nouveaux propriétaires pour l'ensemble de leurs hôtels.
Rien n'est décidé, et je défendrai ce qui marche chez nous,
mais l'extension de la messagerie est suspendue en attendant.

Isabelle""",
  sig=[('competitor', "le système qu'utilisent nos nouveaux propriétaires", None),
       ('churn_risk', "l'extension de la messagerie est suspendue en attendant", None)])
m('sab-10', '2026-09-24 08:15', 'femke', ['isabelle'], body="""Merci Isabelle pour votre franchise.

Je vous envoie notre proposition de renouvellement pluriannuelle d'ici le 23 octobre, avec un volet
« intégration groupe » pour montrer ce qu'Ostrale peut apporter à Meridia.

Bien à vous,""", reply='sab-09', q='outlook',
  sig=[('commitment', "Je vous envoie notre proposition de renouvellement pluriannuelle d'ici le 23 octobre", '2026-10-23')])
m('sab-11', '2026-09-28 13:05', 'koen', ['pieter'], 'Export van reserveringsdata',
  """Dag Pieter,

Voor een eventuele migratie moeten we weten hoe we alle reserveringen, gastprofielen en facturen
uit Ostrale kunnen exporteren. Hebben jullie daar een API-beschrijving van?

Koen""", sig=[('churn_risk', 'Voor een eventuele migratie', None)])
m('sab-12', '2026-10-01 16:45', 'pieter', ['koen'], body="""Hoi Koen,

Reserveringen, profielen en facturen kunnen als CSV en JSON worden geëxporteerd.
De volledige documentatie van de export-API krijg je uiterlijk 6 november van ons.
Ik moet ze eerst nog bijwerken voor versie 7.

Groet,""", reply='sab-11', q='gmail', cc=['femke'],
  sig=[('commitment', 'De volledige documentatie van de export-API krijg je uiterlijk 6 november', '2026-11-06')])
m('sab-13', '2026-10-09 10:12', 'koen', ['pieter'], body="""Ok, 6 november is goed.""", reply='sab-12', q='outlook', expects=False)
m('sab-14', '2026-10-12 15:00', 'lambotte', ['femke'], 'Contrat Ostrale — échéance du 15 janvier 2027',
  """Madame,

Suite à la réalisation de l'acquisition par Meridia Hospitality Group le 1er octobre, nous vous
informons que le groupe procède à une harmonisation de ses outils de gestion hôtelière.

Dans ce contexte, Maison Sablon Hotels se réserve la possibilité de ne pas reconduire le contrat à son
échéance du 15 janvier 2027. Une décision vous sera communiquée dans les délais contractuels.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.""", cc=['isabelle'],
  sig=[('renewal', 'se réserve la possibilité de ne pas reconduire le contrat', None),
       ('churn_risk', 'le groupe procède à une harmonisation de ses outils de gestion hôtelière', None)])
m('sab-15', '2026-10-13 09:00', 'femke', ['lambotte'], body="""Monsieur Lambotte,

Bien reçu. Nous souhaitons vivement poursuivre notre collaboration et vous adresserons une proposition
de renouvellement d'ici le 23 octobre. Pourrions-nous organiser une rencontre avec vous et la
direction de Meridia d'ici là ?

Bien à vous,""", reply='sab-14', q='outlook', cc=['isabelle', 'thomas'])
m('sab-16', '2026-10-14 19:55', 'isabelle', ['femke'], body="""Femke, je transmets à Marc pour la rencontre. De mon côté je ne maîtrise plus le calendrier.
I.""", reply='sab-15', q='outlook', expects=False)
m('sab-17', '2026-10-22 16:30', 'femke', ['lambotte', 'isabelle'], 'Proposition de renouvellement Ostrale 2027-2029',
  """Monsieur Lambotte, chère Isabelle,

Comme annoncé, vous trouverez ci-joint notre proposition de renouvellement sur trois ans, avec un
volet « intégration groupe » (connecteur vers le reporting de Meridia, gel des prix 2027).
Je vous propose d'en discuter la semaine du 2 novembre : quel créneau vous conviendrait ?

Bien à vous,""", cc=['thomas'])
m('sab-18', '2026-11-01 06:00', 'factu', ['lambotte'], 'Votre facture Ostrale n° OST-FA-2026-11-1187',
  """Madame, Monsieur,

Veuillez trouver ci-joint votre facture n° OST-FA-2026-11-1187 d'un montant de 53 000,00 € HTVA
(abonnement trimestriel, 5 établissements). Échéance : 30/11/2026.

Ostrale Hotelsysteme SAS — RCS Lyon 812 455 019""", kind='notif', neg='automated e-bill; not a customer reply and not pricing')
m('sab-19', '2026-11-04 10:40', 'femke', ['lambotte', 'isabelle'], body="""Monsieur Lambotte, Isabelle,

Je me permets de revenir vers vous au sujet de notre proposition du 22 octobre. Avez-vous pu la
parcourir ? Je peux me déplacer à Bruxelles quand cela vous arrange.

Bien à vous,""", reply='sab-17', q='outlook')
m('sab-20', '2026-11-10 09:00', 'news', ['isabelle', 'koen'], 'Ostrale Hospitality Newsletter — November 2026',
  """Hello,

New this month: group reporting across properties, faster night audit and our winter webinar series.
Book a demo of multi-property dashboards today!

Unsubscribe: https://ostrale-hospitality.com/unsubscribe""", kind='bulk',
  headers={'Precedence': 'bulk', 'List-Unsubscribe': '<https://ostrale-hospitality.com/unsubscribe>'},
  neg='vendor newsletter sent during the silence; not customer activity')
m('sab-21', '2026-11-18 14:20', 'femke', ['isabelle'], 'Nouvelles ?',
  """Isabelle,

Je n'ai plus de nouvelles depuis la mi-octobre et je m'inquiète un peu. Même un mot pour me dire où
en est la réflexion de Meridia m'aiderait beaucoup.

Femke""", nosig=True)
m('sab-22', '2026-11-25 11:10', 'thomas', ['lambotte'], 'Ostrale — renouvellement au 15 janvier',
  """Monsieur Lambotte,

Je me permets de vous écrire directement, en tant que directeur commercial d'Ostrale. Notre contrat arrive
à échéance le 15 janvier et nous n'avons pas eu de retour sur notre proposition. Je serais heureux de
vous rencontrer, ainsi que vos interlocuteurs chez Meridia, à la date de votre choix.

Veuillez agréer, Monsieur, mes salutations distinguées.""", cc=['femke'])

# ================================================================ 3. AUBERGE DU LAC-BRÛLÉ (Québec)
person('genevieve', 'Geneviève Tremblay', 'gtremblay@aubergelacbrule.ca', 'QC', 'fr',
       'Geneviève Tremblay\nDirectrice générale\nAuberge du Lac-Brûlé & Spa — Saint-Donat (Québec)\n819 424-3318',
       'Directrice générale', 'outlook')
person('maxime', 'Maxime Gagnon', 'mgagnon@aubergelacbrule.ca', 'QC', 'fr', 'Maxime Gagnon, resp. Spa', 'Responsable du spa', 'gmail')
person('julie', 'Julie Bouchard', 'jbouchard@aubergelacbrule.ca', 'QC', 'fr', 'Julie Bouchard, CPA\nContrôleuse', 'Contrôleuse', 'outlook')
person('solange', 'Solange Paquette', 'solange@aubergeduvieuxmoulin.ca', 'QC', 'fr', '', 'Propriétaire (autre auberge, pas cliente)', 'gmail')
account(account='Auberge du Lac-Brûlé', mbox='auberge-du-lac-brule.mbox', domains=['aubergelacbrule.ca'],
        owner='claire.vasseur@ostrale.fr', arr=48000, segment='mid', renewal_date='2027-02-26',
        scenario='expansion_advocacy', health='healthy',
        story=("Inn and spa in the Laurentians. After a strong summer the director recommends Ostrale to a "
               "fellow innkeeper (CC to the AM), the AM forwards the praise internally, the spa manager wants "
               "the spa booking module for 14 treatment rooms and the inn adds a 22-room pavilion in spring. "
               "The AM promises a priced proposal by 4 December (open, not due at as_of). The director says "
               "the renewal is certain; the controller asks for a multi-year discount. Healthy, expanding."))
contact('genevieve', 'active')
contact('maxime', 'active')
contact('julie', 'active')

m('lac-01', '2026-08-05 22:40', 'genevieve', ['claire'], 'Fin de semaine de fou',
  """Bonsoir Claire,

Petit mot rapide : 100 % d'occupation trois fins de semaine de suite et pas un seul pépin avec les
réservations de tables. Les serveurs ont enfin arrêté de se chicaner avec le cahier papier!

Geneviève""")
m('lac-02', '2026-08-06 09:10', 'claire', ['genevieve'], body="""Bonjour Geneviève,

Quel plaisir de lire ça un jeudi matin ! Je transmets à l'équipe. Bel été à vous.

Claire""", reply='lac-01', q='outlook', nosig=True, expects=False)
m('lac-03', '2026-08-06 09:14', 'claire', ['mathieu'], 'TR: Fin de semaine de fou',
  """Mathieu, pour toi et l'équipe table booking, ça fait du bien :)""", nosig=True, expects=False,
  fwd=dict(style='outlook', lang='fr', frm='Geneviève Tremblay <gtremblay@aubergelacbrule.ca>', date='mercredi 5 août 2026 22:40',
           to='Claire Vasseur', subj='Fin de semaine de fou',
           text="Petit mot rapide : 100 % d'occupation trois fins de semaine de suite et pas un seul pépin avec les\nréservations de tables."),
  neg='vendor-internal forward of customer praise; the praise is quoted, not new customer text')
m('lac-04', '2026-08-20 14:05', 'maxime', ['claire'], 'Module spa?',
  """Allo Claire,

Geneviève m'a dit de vous écrire directement. On gère encore les 14 salles de soins avec un fichier
Excel partagé et c'est l'enfer les samedis.
Est-ce que votre module de réservation spa pourrait être ajouté pour nos 14 salles de soins d'ici l'hiver?
Ça me prendrait aussi les forfaits nuit + soins.

Merci!
Max""", sig=[('expansion', 'votre module de réservation spa pourrait être ajouté pour nos 14 salles de soins', None)])
m('lac-05', '2026-08-21 10:30', 'claire', ['maxime'], body="""Bonjour Maxime,

Avec plaisir. Je vous propose une démonstration de 45 minutes, avec les forfaits nuit + soins. Mardi 1er
septembre 10 h (heure du Québec) ?

Bien à vous,""", reply='lac-04', q='outlook', cc=['genevieve'])
m('lac-06', '2026-08-21 11:02', 'maxime', ['claire'], body="""Parfait, bookez-moi ça.""", reply='lac-05', q='gmail', nosig=True, expects=False)
m('lac-07', '2026-08-21 11:20', 'claire', ['maxime', 'genevieve'], 'Invitation : Démo module Spa — mar. 1 sept. 2026 16:00 (Paris) / 10:00 (Québec)',
  'Démonstration du module Réservation Spa. Lien Teams dans l\'invitation.', kind='calendar', nosig=True,
  ics=('ostrale-lac-0901', '20260901T140000Z', '20260901T150000Z', 'Démo module Spa', 'claire', ['maxime', 'genevieve']),
  neg='calendar invitation')
m('lac-08', '2026-09-09 20:15', 'genevieve', ['solange'], 'Ton nouveau logiciel',
  """Salut Solange,

Suite à notre jasette au congrès de l'AHQ : pour ton auberge, je te recommande sans hésiter Ostrale.
On l'a depuis deux ans, les réservations et le spa roulent tout seuls et leur support répond même
les fins de semaine. Je mets Claire en copie, c'est notre responsable de compte, elle est super.

Bises,
Gen""", cc=['claire'], sig=[('advocacy', 'je te recommande sans hésiter Ostrale', None)])
m('lac-09', '2026-09-10 08:40', 'claire', ['genevieve'], body="""Geneviève, merci infiniment pour cette recommandation, ça me touche beaucoup.
J'écris à Solange aujourd'hui.""", reply='lac-08', q='outlook', nosig=True, expects=False,
  neg="vendor thank-you quoting the customer's recommendation; advocacy words are quoted, not new")
m('lac-10', '2026-09-15 10:00', 'factu', ['julie'], 'Votre facture Ostrale n° OST-FA-2026-09-0877',
  """Madame, Monsieur,

Veuillez trouver ci-joint votre facture n° OST-FA-2026-09-0877 : 12 000,00 CAD (abonnement trimestriel).
TPS/TVQ non applicables (services fournis depuis la France).""", kind='notif', neg='automated e-bill')
m('lac-11', '2026-09-16 13:22', 'julie', ['factu'], 'RE: Votre facture Ostrale n° OST-FA-2026-09-0877',
  """Bonjour,

Pouvez-vous indiquer notre numéro de TVQ sur la facture? Notre vérificateur le demande. Merci.

Julie""", reply='lac-10', q='outlook', neg='billing admin question (tax number); not a pricing complaint')
m('lac-12', '2026-09-17 09:00', 'factu', ['julie'], body="""Bonjour Madame Bouchard,
La facture corrigée est jointe. Cordialement, le service facturation.""", reply='lac-11', kind='notif',
  neg='billing desk reply; routine')
m('lac-13', '2026-10-07 21:50', 'genevieve', ['claire'], 'Pavillon des Érables',
  """Bonsoir Claire,

Bonne nouvelle : le CA a approuvé la construction du pavillon des Érables.
On ajoute 22 chambres au printemps, ouverture visée en mai. Il faudra les intégrer dans Ostrale, avec le spa de Max si vous
arrivez à nous faire une proposition qui regroupe tout.

Geneviève""", sig=[('expansion', 'On ajoute 22 chambres au printemps', None)])
m('lac-14', '2026-10-08 09:30', 'claire', ['genevieve'], body="""Félicitations Geneviève ! Je regroupe tout (22 chambres du pavillon + module Spa pour 14 salles)
dans une seule proposition. Il me faut juste le plan des chambres et les tarifs des soins que Maxime
veut vendre en forfait.""", reply='lac-13', q='outlook', cc=['maxime'])
m('lac-15', '2026-10-08 10:05', 'genevieve', ['claire'], 'Réponse automatique : Pavillon des Érables',
  """Je suis au Salon Vacances Québec jusqu'au 12 octobre. Pour toute urgence : réception 819 424-3318.""",
  reply='lac-14', kind='auto', nosig=True, headers={'Auto-Submitted': 'auto-replied'}, neg='out-of-office auto-reply')
m('lac-16', '2026-10-19 16:45', 'maxime', ['claire'], body="""Voilà la grille des soins. Nos prix : massage suédois 60 min à 135 $, soin visage 95 $,
forfait nuit + soin à partir de 329 $ la personne. Dites-moi si ça vous prend autre chose.""", reply='lac-14', q='gmail',
  neg="customer's OWN spa prices sent as input for the proposal; not a pricing signal")
m('lac-17', '2026-11-12 15:30', 'julie', ['claire'], 'Renouvellement février',
  """Bonjour Claire,

En prévision du budget 2027 : si on s'engage sur trois ans au renouvellement de février,
est-ce qu'on peut avoir un rabais sur l'abonnement? Avec le pavillon et le spa, la facture va monter pas mal.

Merci,""", sig=[('pricing', 'est-ce qu\'on peut avoir un rabais sur l\'abonnement', None)])
m('lac-18', '2026-11-13 09:45', 'claire', ['julie'], body="""Bonjour Julie,

Oui, un engagement de trois ans ouvre droit à une remise. Je l'intègre dans la proposition globale
(pavillon des Érables + module Spa + renouvellement) :
je vous fais parvenir une proposition chiffrée d'ici le 4 décembre.

Bien à vous,""", reply='lac-17', q='outlook', cc=['genevieve'],
  sig=[('commitment', 'je vous fais parvenir une proposition chiffrée d\'ici le 4 décembre', '2026-12-04')])
m('lac-19', '2026-11-13 20:10', 'genevieve', ['claire'], body="""Parfait. Pour être claire de mon bord : on renouvelle, c'est certain, la question c'est juste le
prix et le calendrier du pavillon.""", reply='lac-18', q='outlook', nosig=True, expects=False,
  sig=[('renewal', "on renouvelle, c'est certain", None)])
m('lac-20', '2026-11-24 09:00', 'news', ['genevieve', 'maxime', 'julie'], 'Ostrale Infos — novembre : préparez la saison des fêtes',
  """Bonjour,

Nouveautés de novembre : cartes-cadeaux spa en ligne, messagerie clients en anglais et en espagnol.
Webinaire le 3 décembre. Se désinscrire : https://ostrale-hospitality.com/unsubscribe""", kind='bulk',
  headers={'Precedence': 'bulk'}, neg='vendor newsletter')
m('lac-21', '2026-11-26 11:15', 'maxime', ['claire'], 'forfaits des fêtes',
  """Allo, petite question: est-ce qu'on peut déjà créer les forfaits des fêtes dans le module actuel en
attendant le spa? Merci""", nosig=True)
m('lac-22', '2026-11-26 18:05', 'mathieu', ['maxime'], body="""Bonjour Maxime,

Oui : Tarifs > Forfaits, produit « Fêtes 2026 ». Les soins resteront en produit libre jusqu'à la mise en
place du module Spa. Je vous ai préparé un modèle dans votre environnement.

Mathieu""", reply='lac-21', q='thunderbird', cc=['claire'])

# ================================================================ 4. CABANES DU VALAIS (cooperative, CH)
person('annelaure', 'Anne-Laure Fux', 'annelaure.fux@cabanes-valais.ch', 'EU', 'fr',
       'Anne-Laure Fux\nSecrétaire générale — Coopérative des Cabanes du Valais\nRue de Lausanne 7, 1950 Sion', 'Secrétaire générale', 'thunderbird')
person('beat', 'Beat Imboden', 'beat.imboden@cabanes-valais.ch', 'EU', 'de',
       'Beat Imboden\nPräsident Genossenschaft Walliser Hütten / Coopérative des Cabanes du Valais', 'Präsident', 'outlook')
person('nadia', 'Nadia Berclaz', 'moiry@cabanes-valais.ch', 'EU', 'fr', 'Nadia — Cabane de Moiry 2825 m', 'Gardienne, Cabane de Moiry', 'iphone')
person('reto', 'Reto Zurbriggen', 'reto.zurbriggen@cabanes-valais.ch', 'EU', 'de',
       'Reto Zurbriggen\nGeschäftsführer\nGenossenschaft Walliser Hütten', 'Geschäftsführer (ab 1. November)', 'outlook')
person('daemon_vs', 'Mail Delivery System', 'MAILER-DAEMON@mx1.cabanes-valais.ch', 'EU', 'en', '', '', None)
account(account='Coopérative des Cabanes du Valais', mbox='cabanes-du-valais.mbox', domains=['cabanes-valais.ch'],
        owner='claire.vasseur@ostrale.fr', arr=11200, segment='smb', renewal_date='2027-05-31',
        scenario='champion_bounced_successor_engaged', health='mixed',
        story=("Bilingual cooperative of nine mountain huts. In August the huts are full and the guardian of "
               "Cabane de Moiry reports offline booking sync trouble; the vendor promises a fix by 30 September "
               "and delivers it two weeks late, on 14 October (overdue from 1 October). The champion, Anne-Laure Fux, stops writing after September and "
               "on 6 October the AM's mail to her bounces (user unknown): nobody told the vendor she left. The "
               "German-speaking president explains, and names a new managing director from 1 November; the "
               "vendor promises his access by the end of October (kept 28 October) and he wants two more "
               "huts connected next summer. Mixed: a bounced champion, then a successor who is engaged."))
contact('annelaure', 'left')
contact('beat', 'active')
contact('nadia', 'active')
contact('reto', 'new')

m('val-01', '2026-08-02 07:12', 'nadia', ['supfr'], 'synchro',
  """bonjour, depuis jeudi les résas faites en ligne n'arrivent plus sur la tablette de la cabane.
on a 3 groupes de 12 ce soir et je sais pas qui a payé. c'est urgent svp. réseau capricieux ici mais la 4G passe le matin.
Nadia""", nosig=True, sig=[('escalation', "c'est urgent svp", None)])
m('val-02', '2026-08-02 07:13', 'supfr', ['nadia'], '[Ticket #47102] synchro',
  """Bonjour,
Votre demande a bien été enregistrée sous le numéro #47102. Astreinte du week-end : réponse sous 4 h.
— Support Ostrale""", reply='val-01', kind='notif', neg='ticketing acknowledgement')
m('val-03', '2026-08-02 09:40', 'mathieu', ['nadia'], body="""Bonjour Nadia,

La file de synchro de la tablette était bloquée par une réservation avec un caractère spécial. Débloquée :
vos 3 groupes sont arrivés, les paiements en ligne apparaissent avec le symbole €. Le fond du problème
(la synchro hors ligne qui s'arrête au premier échec) sera corrigé d'ici le 30 septembre.

Bonne soirée là-haut,""", reply='val-01', q='thunderbird', cc=['annelaure'],
  sig=[('commitment', 'sera corrigé d\'ici le 30 septembre', '2026-09-30')])
m('val-04', '2026-08-02 10:05', 'nadia', ['mathieu'], body="""super merci !! tout est là""", reply='val-03', q='apple', nosig=True, expects=False,
  neg="customer thanks quoting the vendor's promise; no new commitment")
m('val-05', '2026-08-18 16:30', 'annelaure', ['claire'], 'Bilan mi-saison',
  """Bonjour Claire,

Mi-saison très chargée : 94 % de remplissage sur les neuf cabanes en juillet. Les gardiens apprécient les
tablettes, sauf quand le réseau lâche (Mathieu est au courant pour Moiry). On fermera les cabanes
d'altitude entre le 20 et le 30 septembre.

Anne-Laure""")
m('val-06', '2026-08-19 08:30', 'claire', ['annelaure'], body="""Merci Anne-Laure, très bonne nouvelle. Je vous propose un bilan de saison début octobre, une fois
les cabanes fermées.""", reply='val-05', q='outlook')
m('val-07', '2026-08-24 11:00', 'annelaure', ['claire'], body="""Oui volontiers, écrivez-moi début octobre.""", reply='val-06', q='thunderbird', expects=False)
m('val-08', '2026-10-14 15:10', 'mathieu', ['nadia'], 'Correctif synchro hors ligne déployé',
  """Bonjour Nadia,

Avec deux semaines de retard sur la date annoncée, toutes mes excuses : le correctif de la synchronisation
hors ligne est déployé sur toutes les tablettes des cabanes. Une réservation en échec n'arrête plus la file.
Ce sera actif dès la réouverture des cabanes d'hiver. Merci pour votre patience cet été.

Mathieu""", expects=False, cc=['beat'])
m('val-09', '2026-10-06 09:15', 'claire', ['annelaure'], 'Bilan de saison',
  """Bonjour Anne-Laure,

Comme convenu, je reviens vers vous pour le bilan de saison. Auriez-vous une heure la semaine du 19 octobre ?

Bien à vous,""")
m('val-10', '2026-10-06 09:16', 'daemon_vs', ['claire'], 'Undelivered Mail Returned to Sender',
  """This is the mail system at host mx1.cabanes-valais.ch.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<annelaure.fux@cabanes-valais.ch>: host mx1.cabanes-valais.ch[185.17.42.9] said:
    550 5.1.1 <annelaure.fux@cabanes-valais.ch>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)""", reply='val-09', kind='bounce', nosig=True,
  headers={'Auto-Submitted': 'auto-replied'})
m('val-11', '2026-10-06 14:20', 'jonas', ['beat'], 'Frau Fux — Ansprechperson bei der Genossenschaft',
  """Sehr geehrter Herr Imboden,

meine Kollegin Claire Vasseur erreicht Frau Fux nicht mehr, ihre Adresse wird abgewiesen. Darf ich
fragen, wer bei der Genossenschaft künftig unser Ansprechpartner für Ostrale ist?

Freundliche Grüsse aus Utrecht""", cc=['claire'])
m('val-12', '2026-10-08 19:45', 'beat', ['jonas'], body="""Grüezi Herr Brenner

Entschuldigung, das hätten wir Ihnen mitteilen sollen. Frau Fux hat die Genossenschaft Ende September
verlassen. Ab dem 1. November übernimmt Herr Reto Zurbriggen als Geschäftsführer, bis dahin bin ich
Ihr Ansprechpartner. Können Sie Herrn Zurbriggen bis dahin einen Zugang einrichten?

Freundliche Grüsse""", reply='val-11', q='outlook', cc=['claire'],
  sig=[])
m('val-13', '2026-10-09 08:50', 'jonas', ['beat'], body="""Sehr geehrter Herr Imboden,

danke für die Information. Bis Ende Oktober richten wir den Administrator-Zugang für Herrn Zurbriggen
ein und schicken ihm eine Einführung auf Deutsch.

Freundliche Grüsse""", reply='val-12', q='outlook', cc=['claire'],
  sig=[('commitment', 'Bis Ende Oktober richten wir den Administrator-Zugang für Herrn Zurbriggen', '2026-10-31')])
m('val-14', '2026-10-28 10:30', 'jonas', ['reto'], 'Willkommen bei Ostrale — Ihr Zugang',
  """Grüezi Herr Zurbriggen

Herr Imboden hat uns Ihren Start angekündigt. Ihr Administrator-Zugang ist eingerichtet (Benutzername:
reto.zurbriggen); das Passwort kommt in einer separaten Mail. Ich würde mich freuen, Ihnen Ostrale in
einem kurzen Videocall vorzustellen.

Freundliche Grüsse""", cc=['beat', 'claire'])
m('val-15', '2026-11-03 08:05', 'reto', ['jonas'], body="""Guten Morgen Herr Brenner

Vielen Dank, der Zugang funktioniert. Gerne ein Call, am besten Donnerstag 5.11. um 14 Uhr.
Übrigens: Wir möchten nächsten Sommer zwei weitere Hütten (Bordier und Topali) an Ostrale anschliessen.

Freundliche Grüsse""", reply='val-14', q='outlook',
  sig=[('expansion', 'Wir möchten nächsten Sommer zwei weitere Hütten (Bordier und Topali) an Ostrale anschliessen', None)])
m('val-16', '2026-11-03 09:00', 'jonas', ['reto'], 'Einladung: Ostrale Einführung — Do 05.11.2026 14:00',
  'Einführung Ostrale für Herrn Zurbriggen (Teams).', kind='calendar', nosig=True,
  ics=('ostrale-val-1105', '20261105T130000Z', '20261105T140000Z', 'Ostrale Einführung', 'jonas', ['reto']),
  neg='calendar invitation')
m('val-17', '2026-11-03 09:12', 'reto', ['jonas'], 'Angenommen: Ostrale Einführung — Do 05.11.2026 14:00',
  'Reto Zurbriggen hat diese Einladung angenommen.', reply='val-16', kind='calendar', nosig=True,
  ics=('ostrale-val-1105', '20261105T130000Z', '20261105T140000Z', 'Ostrale Einführung', 'jonas', ['reto'], 'REPLY', 'ACCEPTED'),
  neg='calendar acceptance')
m('val-18', '2026-11-20 17:30', 'reto', ['claire', 'jonas'], 'Hüttenpreise 2027 / tarifs 2027',
  """Bonjour Madame Vasseur, guten Tag Herr Brenner

Zur Info für die Einrichtung der Saison 2027: unsere Übernachtung mit Halbpension kostet neu CHF 92
(Mitglieder SAC CHF 82). Bitte passen Sie die Vorlagen an, wenn das bei Ihnen liegt.

Freundliche Grüsse""", neg="customer's OWN hut prices; not a pricing discussion about Ostrale")
m('val-19', '2026-11-23 09:40', 'claire', ['reto'], body="""Bonjour Monsieur Zurbriggen,

Merci ! Les tarifs 2027 sont dans les modèles des neuf cabanes. Je prépare aussi une offre pour Bordier
et Topali, que Jonas vous présentera en janvier.

Bien à vous,""", reply='val-18', q='outlook', cc=['jonas'], expects=False)

# ================================================================ 5. SEEHOF WELLNESS RESORT (Tegernsee)
person('katrin', 'Katrin Huber', 'k.huber@seehof-tegernsee.de', 'EU', 'de',
       'Katrin Huber\nDirektorin\nSeehof Wellness Resort ****S\nSeestraße 40, 83684 Tegernsee\n\n' + DISCL_DE,
       'Direktorin', 'outlook')
person('florian', 'Florian Wagner', 'f.wagner@seehof-tegernsee.de', 'EU', 'de',
       'Florian Wagner\nFront Office Manager | Seehof Wellness Resort', 'Front Office Manager', 'outlook')
person('markus', 'Markus Lechner', 'nachtportier@seehof-tegernsee.de', 'EU', 'de', '', 'Night Manager', 'outlook')
account(account='Seehof Wellness Resort', mbox='seehof-wellness-resort.mbox', domains=['seehof-tegernsee.de'],
        owner='jonas.brenner@ostrale-hospitality.com', arr=96000, segment='mid', renewal_date='2027-01-31',
        scenario='latency_degrading_after_failed_upgrade', health='at_risk',
        story=("Bavarian wellness resort. The upgrade to Ostrale 7 in the night of 24/25 August breaks the night "
               "audit and the spa interface; the night manager writes at 03:14, the director escalates. The "
               "vendor promises the full fix by 11 September (only the night audit is fixed: overdue) and then "
               "the spa interface by 16 October (missed: overdue). Customer replies slow from an hour or two in "
               "August to a week and more in November; the director is 'reviewing options for next year', "
               "the front office books a demo with Alpina PMS and she will not agree to a renewal without a "
               "working spa interface. Renewal 31 January."))
contact('katrin', 'active')
contact('florian', 'active')
contact('markus', 'active')

m('see-01', '2026-08-04 10:00', 'jonas', ['katrin'], 'Upgrade auf Ostrale 7',
  """Sehr geehrte Frau Huber,

wie besprochen würden wir das Upgrade auf Ostrale 7 in der Nacht vom 24. auf den 25. August einspielen
(Wartungsfenster 0:30–3:00 Uhr). Passt Ihnen der Termin?""")
m('see-02', '2026-08-04 12:30', 'katrin', ['jonas'], body="""Hallo Herr Brenner,
passt. Herr Wagner ist informiert und bereitet das Front Office vor.""", reply='see-01', q='outlook')
m('see-03', '2026-08-12 09:00', 'sabine', ['florian'], 'Checkliste Upgrade 24./25.08.',
  """Hallo Herr Wagner,

anbei die Checkliste für die Upgrade-Nacht: Nachtabschluss vor 0:30 Uhr, keine Check-ins zwischen
0:30 und 3:00 Uhr, Spa-Terminal danach einmal neu starten. Haben Sie noch Fragen?""")
m('see-04', '2026-08-12 10:15', 'florian', ['sabine'], body="""Hallo Frau Kurz,
danke, alles klar. Ich plane Herrn Lechner für die Nacht ein.""", reply='see-03', q='outlook')
m('see-05', '2026-08-18 09:00', 'news', ['katrin', 'florian'], 'Ostrale Newsletter DACH — August 2026',
  """Guten Tag,

Ostrale 7 ist da: schnellerer Nachtabschluss, neue Spa-Agenda, Upgrade jetzt buchen! Sichern Sie sich
10 % Rabatt auf das Modul Gästekommunikation bis 30.09.

Abmelden: https://ostrale-hospitality.com/unsubscribe""", kind='bulk', headers={'Precedence': 'bulk'},
  neg='vendor newsletter with a discount; not customer pricing')
m('see-06', '2026-08-25 03:14', 'markus', ['supen'], 'DRINGEND nachtabschluss',
  """hallo support,
nachtabschluss hängt seit 1 uhr, wir komen nicht mehr ins system. spa terminal zeigt nur fehler 503.
um 6 uhr haben wir 14 check outs!!! bitte dringend rückruf 08022 6670
m. lechner nachtportier""", sig=[('escalation', 'bitte dringend rückruf', None)])
m('see-07', '2026-08-25 03:15', 'supen', ['markus'], '[Ticket #47655] DRINGEND nachtabschluss',
  """Guten Tag,
Ihre Anfrage wurde unter der Nummer #47655 erfasst (Priorität: hoch). Unser Bereitschaftsdienst wurde informiert.
— Ostrale Support""", reply='see-06', kind='notif', neg='ticketing acknowledgement')
m('see-08', '2026-08-25 04:05', 'sabine', ['markus'], body="""Hallo Herr Lechner,

ich bin dran. Der Nachtabschluss läuft wieder im Notbetrieb, Sie können um 6 Uhr auschecken. Die
Spa-Schnittstelle bleibt vorerst offline; bitte Spa-Termine heute manuell erfassen.

Sabine Kurz""", reply='see-06', q='outlook', nosig=True, cc=['florian'])
m('see-09', '2026-08-25 08:30', 'katrin', ['jonas'], 'Upgrade-Nacht',
  """Herr Brenner,

unser Nachtportier hatte heute Nacht zwei Stunden kein System, und die Spa-Buchungen laufen immer noch
nicht. Das ist für ein Haus unserer Kategorie inakzeptabel. Ich erwarte bis heute Mittag einen Plan.

K. Huber""", cc=['florian'], sig=[('escalation', 'Das ist für ein Haus unserer Kategorie inakzeptabel', None)])
m('see-10', '2026-08-25 11:00', 'jonas', ['katrin'], body="""Sehr geehrte Frau Huber,

ich entschuldige mich ausdrücklich für die letzte Nacht. Die Ursache ist ein Migrationsfehler in der
Spa-Datenbank. Frau Kurz arbeitet mit zwei Entwicklern daran.
Den vollständigen Fix für Nachtabschluss und Spa-Schnittstelle liefern wir bis spätestens 11. September.
Bis dahin übernehmen wir die Kosten für eine zusätzliche Aushilfe am Spa-Empfang.""", reply='see-09', q='outlook', cc=['florian', 'sabine'],
  sig=[('commitment', 'Den vollständigen Fix für Nachtabschluss und Spa-Schnittstelle liefern wir bis spätestens 11. September', '2026-09-11')])
m('see-11', '2026-08-25 12:10', 'katrin', ['jonas'], body="""Gut. Wir nehmen Sie beim Wort.""", reply='see-10', q='outlook', nosig=True)
m('see-12', '2026-09-11 17:00', 'sabine', ['florian', 'katrin'], 'Stand Fix Ostrale 7',
  """Guten Tag Frau Huber, guten Tag Herr Wagner,

der Nachtabschluss ist seit heute Mittag vollständig behoben. Bei der Spa-Schnittstelle brauchen wir
leider noch mehr Zeit: der Abgleich der Behandlungsräume schlägt weiterhin fehl. Ich melde mich Anfang
nächster Woche mit einem Termin.""", cc=['jonas'])
m('see-13', '2026-09-12 09:30', 'florian', ['sabine'], body="""Frau Kurz,
dann erfassen wir die Spa-Termine eben weiter doppelt. Die Aushilfe bleibt bis auf Weiteres.""", reply='see-12', q='outlook')
m('see-14', '2026-09-14 10:00', 'jonas', ['katrin'], 'Spa-Schnittstelle — neuer Termin',
  """Sehr geehrte Frau Huber,

es tut mir leid, dass wir den 11. September für die Spa-Schnittstelle nicht halten konnten. Nach der
Analyse sind wir sicher: Die Spa-Schnittstelle wird bis 16. Oktober wieder vollständig laufen.
Die Kosten der Aushilfe übernehmen wir weiterhin.""", cc=['florian', 'sabine'],
  sig=[('commitment', 'Die Spa-Schnittstelle wird bis 16. Oktober wieder vollständig laufen', '2026-10-16')])
m('see-15', '2026-09-15 16:40', 'katrin', ['jonas'], body="""Zur Kenntnis genommen.
K. Huber""", reply='see-14', q='outlook', nosig=True,
  neg="customer acknowledgement quoting the vendor's promise; the commitment is quoted, not new")
m('see-16', '2026-09-28 09:00', 'jonas', ['katrin'], 'Ihre Vertragsverlängerung zum 31. Januar 2027',
  """Sehr geehrte Frau Huber,

Ihr Vertrag läuft am 31. Januar 2027 aus. Gern sende ich Ihnen unser Verlängerungsangebot mit
Treuerabatt; als Bestandskunde erhalten Sie außerdem das Modul Gästekommunikation drei Monate kostenlos.""",
  neg='vendor-written renewal reminder with a discount; renewal/pricing words are the vendor\'s')
m('see-17', '2026-10-01 18:20', 'katrin', ['jonas'], body="""Herr Brenner,
über die Verlängerung sprechen wir, wenn die Spa-Schnittstelle läuft. Vorher nicht.""", reply='see-16', q='outlook', nosig=True,
  sig=[('renewal', 'über die Verlängerung sprechen wir, wenn die Spa-Schnittstelle läuft', None)])
m('see-18', '2026-10-05 11:30', 'florian', ['katrin'], 'WG: DEHOGA Bayern Branchenbrief Oktober',
  """Zur Info, Seite 2 zum Thema Fachkräfte.
F.W.""", nosig=True, fwd=dict(style='outlook', lang='de', frm='DEHOGA Bayern <branchenbrief@dehoga-bayern.de>',
  date='Montag, 5. Oktober 2026 08:00', to='Florian Wagner', subj='DEHOGA Bayern Branchenbrief Oktober',
  text="""Liebe Mitglieder,

viele Betriebe denken über einen Wechsel ihres PMS-Anbieters nach; achten Sie bei einer Kündigung auf
die Fristen. Die Preise für Hotelsoftware sind 2026 um durchschnittlich 7 % gestiegen. Außerdem:
Fachkräftesicherung im Winter, neue Minijob-Grenzen."""),
  neg='forwarded association newsletter; switching/cancellation/price words are the newsletter\'s, sent to a colleague')
m('see-19', '2026-10-16 18:00', 'sabine', ['katrin', 'florian'], 'Spa-Schnittstelle',
  """Guten Abend Frau Huber, Herr Wagner,

leider müssen wir den heutigen Termin für die Spa-Schnittstelle verschieben: der Hersteller des
Spa-Terminals hat seine API geändert. Ich melde mich, sobald wir einen belastbaren Termin haben.""", cc=['jonas'])
m('see-20', '2026-10-21 19:05', 'katrin', ['jonas'], 'Spa-Schnittstelle',
  """Herr Brenner,

das ist jetzt der zweite Termin, den Ostrale nicht hält.
Wir prüfen derzeit unsere Optionen für das kommende Jahr.

K. Huber""", reply='see-19', q='outlook', nosig=True,
  sig=[('churn_risk', 'Wir prüfen derzeit unsere Optionen für das kommende Jahr', None)])
m('see-21', '2026-10-23 13:40', 'florian', ['jonas'], 'Info',
  """Herr Brenner, nur damit Sie es nicht von Dritten hören:
nächste Woche haben wir eine Demo bei Alpina PMS. Frau Huber möchte Vergleichsangebote. Persönlich fände ich einen Wechsel mitten im Winter
schwierig.""", sig=[('competitor', 'nächste Woche haben wir eine Demo bei Alpina PMS', None)])
m('see-22', '2026-11-02 09:15', 'jonas', ['katrin'], 'Vorschlag Besuch vor Ort',
  """Sehr geehrte Frau Huber,

ich würde gern mit Frau Kurz zu Ihnen an den Tegernsee kommen, um den Stand der Spa-Schnittstelle
vorzuführen und über die nächsten Monate zu sprechen. Wäre der 12. oder 13. November möglich?""")
m('see-23', '2026-11-09 21:30', 'katrin', ['jonas'], body="""Ein Besuch ist derzeit nicht nötig. Schicken Sie mir einen schriftlichen Stand.""",
  reply='see-22', q='outlook', nosig=True)
m('see-24', '2026-11-12 10:00', 'sabine', ['florian'], 'Beta Spa-Schnittstelle — Test bei Ihnen?',
  """Hallo Herr Wagner,

die neue Spa-Schnittstelle läuft in unserer Testumgebung. Könnten Sie an einem ruhigen Vormittag
30 Minuten mit uns testen?""", cc=['jonas'])
m('see-25', '2026-11-20 16:50', 'florian', ['sabine'], body="""Frau Kurz, sorry für die späte Antwort, Personal ist knapp. Test frühestens nächste Woche.""",
  reply='see-24', q='outlook', nosig=True)
m('see-26', '2026-11-17 11:00', 'jonas', ['katrin'], 'Schriftlicher Stand und Angebot zur Verlängerung',
  """Sehr geehrte Frau Huber,

wie gewünscht der schriftliche Stand: Nachtabschluss stabil seit 11.09., Spa-Schnittstelle in der Beta,
Test mit Herrn Wagner geplant. Für die Verlängerung bieten wir Ihnen 20 % Nachlass im ersten Jahr als
Ausgleich für die Probleme seit dem Upgrade.""")
m('see-27', '2026-11-26 22:10', 'katrin', ['jonas'], body="""Herr Brenner,
ohne funktionierende Spa-Anbindung können wir einer Verlängerung nicht zustimmen. Der Nachlass ändert daran nichts.
K. Huber""", reply='see-26', q='outlook', nosig=True,
  sig=[('churn_risk', 'ohne funktionierende Spa-Anbindung können wir einer Verlängerung nicht zustimmen', None)])
m('see-28', '2026-11-27 08:45', 'jonas', ['katrin'], body="""Sehr geehrte Frau Huber,
verstanden. Frau Kurz und ich setzen uns heute zusammen. Darf ich Sie am Dienstag anrufen?""",
  reply='see-27', q='outlook')

# ================================================================ 6. BUNK & CO HOSTELS (Amsterdam)
person('sanne', 'Sanne Visser', 'sanne.visser@bunkandco.nl', 'EU', 'nl',
       'Sanne Visser\nHead of Operations | Bunk & Co Hostels\nAmsterdam · Rotterdam · Utrecht', 'Head of Operations', 'gmail')
person('daan', 'Daan Bakker', 'daan.bakker@bunkandco.nl', 'EU', 'en', 'Daan Bakker — Revenue Manager, Bunk & Co', 'Revenue Manager', 'apple')
person('ops_bunk', 'Bunk & Co Operations', 'ops@bunkandco.nl', 'EU', 'nl', '', 'shared mailbox', 'gmail')
account(account='Bunk & Co Hostels', mbox='bunk-and-co-hostels.mbox', domains=['bunkandco.nl'],
        owner='femke.dewit@ostrale-hospitality.com', arr=64000, segment='mid', renewal_date='2027-03-31',
        scenario='champion_departed_no_successor', health='at_risk',
        story=("Hostel chain with three houses. Sanne Visser, head of operations and the champion, gets the "
               "door-lock integration promised by 15 October (delivered 13 October). On 28 September she announces "
               "in plain mail that she leaves on 31 October and that no successor is known. Afterwards only the "
               "revenue manager, Daan, writes, in English, slowly, and says the CTO wants to build an in-house "
               "tool for pricing and channels. Sanne's mailbox auto-replies from November. Single-threaded, "
               "no successor, an in-house alternative: at risk (renewal 31 March, outside 90 days)."))
contact('sanne', 'left')
contact('daan', 'active')

m('bun-01', '2026-08-05 10:40', 'sanne', ['femke'], 'Koppeling deursloten',
  """Hoi Femke,

Zoals besproken: in Rotterdam en Utrecht gaan we over op de nieuwe deursloten van Salto. Kunnen jullie
de keycard-koppeling bouwen vóór het drukke najaar? Nu maken we elke kaart met de hand aan.

Groetjes, Sanne""")
m('bun-02', '2026-08-06 09:20', 'femke', ['sanne'], body="""Hoi Sanne,

Goed nieuws: uiterlijk 15 oktober staat de koppeling met jullie Salto-deursloten live, in alle drie de
hostels. Pieter neemt contact op voor de testsleutels.""", reply='bun-01', q='outlook',
  sig=[('commitment', 'uiterlijk 15 oktober staat de koppeling met jullie Salto-deursloten live', '2026-10-15')])
m('bun-03', '2026-08-06 11:05', 'sanne', ['femke'], body="""Top!! Dank je 🙂""", reply='bun-02', q='gmail', nosig=True, expects=False,
  neg="customer thanks quoting the vendor's promise; no new commitment")
m('bun-04', '2026-08-14 08:10', 'ops_bunk', ['supen'], 'Kassa koppelt niet in Utrecht',
  """Goedemorgen, sinds vannacht worden de bedrijfskosten van de bar in Utrecht niet meer geboekt op de
kamers. Kunnen jullie kijken? Groet, nachtploeg Utrecht""")
m('bun-05', '2026-08-14 08:11', 'supen', ['ops_bunk'], '[Ticket #47390] Kassa koppelt niet in Utrecht',
  """Hallo,
Uw melding is geregistreerd onder nummer #47390. U ontvangt binnen 4 uur een reactie.
— Ostrale Support""", reply='bun-04', kind='notif', neg='ticketing acknowledgement')
m('bun-06', '2026-08-14 10:30', 'pieter', ['ops_bunk'], body="""Hoi,
De kassakoppeling stond na een wachtwoordwijziging uit. Weer aangezet en de boekingen van vannacht
zijn nagestuurd.""", reply='bun-04', q='gmail', expects=False)
m('bun-07', '2026-08-27 16:00', 'daan', ['femke'], 'Q3 numbers',
  """Hi Femke,

Quick one: our dorm beds are going up to €42 on weekends from September, private rooms €129. Can your
rate plans handle a weekend-only supplement or do I need separate plans?

Cheers, Daan""", neg="customer's OWN bed prices; not a pricing discussion about Ostrale")
m('bun-08', '2026-08-28 09:10', 'femke', ['daan'], body="""Hi Daan,
A weekend supplement works as a rate rule; no separate plans needed. Pieter can set it up with you.""",
  reply='bun-07', q='outlook', nosig=True)
m('bun-09', '2026-08-28 13:00', 'daan', ['femke'], body="""Perfect, thanks.

Sent from my iPhone""", reply='bun-08', q='apple', nosig=True, expects=False)
m('bun-10', '2026-09-28 17:45', 'sanne', ['femke'], 'Persoonlijk bericht',
  """Hoi Femke,

Ik wil het je zelf vertellen voor je het via via hoort: ik ga Bunk & Co per 31 oktober verlaten. Ik begin
in januari bij een hotelketen in Kopenhagen. Wie mijn taken overneemt is nog niet bekend; Daan doet
voorlopig de systemen erbij.

Het was heel fijn samenwerken. Dank je voor alles!
Sanne""", sig=[('churn_risk', 'ik ga Bunk & Co per 31 oktober verlaten', None)])
m('bun-11', '2026-09-29 09:00', 'femke', ['sanne'], body="""Lieve Sanne,

Wat een nieuws, gefeliciteerd met Kopenhagen! Jammer voor ons. Zou je me aan Daan en, zodra bekend,
aan je opvolger willen voorstellen? Dan zorgen we dat de koppeling netjes wordt overgedragen.""",
  reply='bun-10', q='outlook', cc=[])
m('bun-12', '2026-09-30 22:15', 'sanne', ['femke', 'daan'], body="""Doe ik! Daan, Femke is onze accountmanager bij Ostrale; jullie gaan elkaar vaker spreken 🙂""",
  reply='bun-11', q='gmail', nosig=True)
m('bun-13', '2026-10-13 15:30', 'pieter', ['sanne', 'daan'], 'Salto-koppeling live',
  """Hoi Sanne, Daan,

De koppeling met de Salto-deursloten staat live in Amsterdam, Rotterdam en Utrecht: bij check-in wordt
de keycard automatisch aangemaakt.""", cc=['femke'], expects=False)
m('bun-14', '2026-10-13 16:10', 'sanne', ['pieter'], body="""Super, werkt! Mooi afscheidscadeau 😉""", reply='bun-13', q='gmail', nosig=True)
m('bun-15', '2026-10-26 10:00', 'femke', ['daan'], 'Handover after Sanne',
  """Hi Daan,

With Sanne leaving on Friday, could we have a 30-minute handover call? I'd also like to know who will
own operations and the Ostrale contract from November.""", nosig=True)
m('bun-16', '2026-10-30 17:40', 'daan', ['femke'], body="""Hi Femke, sorry, crazy week. No successor yet, management is still deciding. Also heads-up: our
CTO is keen on building an in-house tool for pricing and channel management next year,
so I'm not sure what the Ostrale setup will look like. Call in two weeks maybe?

Sent from my iPhone""", reply='bun-15', q='apple', nosig=True,
  sig=[('competitor', 'building an in-house tool for pricing and channel management', None),
       ('churn_risk', "I'm not sure what the Ostrale setup will look like", None)])
m('bun-17', '2026-11-03 09:00', 'femke', ['sanne'], 'Afscheid',
  """Hoi Sanne, nog even een laatste groet en veel succes in Kopenhagen!""", nosig=True, expects=False)
m('bun-18', '2026-11-03 09:01', 'sanne', ['femke'], 'Automatisch antwoord: Afscheid',
  """Sanne Visser werkt niet meer bij Bunk & Co Hostels. Voor operationele vragen: ops@bunkandco.nl.
Sanne Visser no longer works at Bunk & Co Hostels. Please contact ops@bunkandco.nl.""", reply='bun-17', kind='auto', nosig=True,
  headers={'Auto-Submitted': 'auto-replied'}, neg='auto-reply of a departed contact (confirms departure, no signal words)')
m('bun-19', '2026-11-13 11:00', 'femke', ['daan'], 'Our call',
  """Hi Daan, two weeks on: shall we book the call? Tuesday 17 or Thursday 19 November, any time after 10?""", nosig=True,
  reply='bun-16', q='outlook')
m('bun-20', '2026-11-24 20:30', 'daan', ['femke'], body="""Thu 3 Dec works. Still no new ops head.""", reply='bun-19', q='apple', nosig=True)
m('bun-21', '2026-11-25 09:00', 'news', ['daan'], 'Ostrale Hospitality Newsletter — hostels edition',
  """Hello,

Hostels edition: dorm-bed inventory, dynamic pricing rules and our new Salto integration. Upgrade today and
save 15%!

Unsubscribe: https://ostrale-hospitality.com/unsubscribe""", kind='bulk', headers={'Precedence': 'bulk'},
  neg='vendor newsletter; pricing/upgrade words written by the vendor')

# ================================================================ 7. CANONGATE SERVICED APARTMENTS (Edinburgh)
person('fiona', 'Fiona Drummond', 'fiona.drummond@canongate-apartments.co.uk', 'UK', 'en',
       'Fiona Drummond\nOperations Manager\nCanongate Serviced Apartments Ltd\nRegistered in Scotland SC512877. This email is confidential '
       'and may be legally privileged; if you are not the intended recipient please delete it.', 'Operations Manager', 'outlook')
person('callum', 'Callum Reid', 'callum.reid@canongate-apartments.co.uk', 'UK', 'en',
       'Callum Reid | Guest Experience Lead | Canongate Serviced Apartments', 'Guest Experience Lead', 'outlook')
person('morag', 'Morag Sinclair', 'morag.sinclair@canongate-apartments.co.uk', 'UK', 'en', 'Morag Sinclair\nFinance Director', 'Finance Director', 'outlook')
account(account='Canongate Serviced Apartments', mbox='canongate-serviced-apartments.mbox', domains=['canongate-apartments.co.uk'],
        owner='niamh.byrne@ostrale-hospitality.com', arr=38000, segment='mid', renewal_date='2027-06-30',
        scenario='escalation_resolved_contact_on_leave', health='healthy',
        story=("Edinburgh operator of 86 serviced apartments. On 21 September guest messaging sends duplicate "
               "door codes to 40 guests during the busy week; the guest experience lead escalates, the vendor "
               "promises a fix by Friday 25 September and deploys it on 24 September; he thanks the team and "
               "offers to be a reference. The operations manager goes on maternity leave from 16 October until "
               "11 January and says so plainly; her auto-reply answers after that. She is on leave, not gone."))
contact('fiona', 'on_leave', until='2027-01-11')
contact('callum', 'active')
contact('morag', 'active')

m('can-01', '2026-08-07 09:30', 'fiona', ['niamh'], 'Festival month',
  """Hi Niamh,

Festival fortnight has been mad: 98% occupancy and the self check-in flow is holding up well. One ask:
can the guest messages go out in Spanish too? We've a lot of groups from Madrid this year.

Fiona""")
m('can-02', '2026-08-07 13:15', 'niamh', ['fiona'], body="""Hi Fiona,

Great to hear! Spanish templates are already in the library: Settings > Messaging > Languages. Rory
can switch them on for you if you like.""", reply='can-01', q='gmail')
m('can-03', '2026-08-07 14:02', 'fiona', ['niamh'], body="""Brilliant, done it myself. Thanks!""", reply='can-02', q='outlook', nosig=True, expects=False)
m('can-04', '2026-08-31 08:00', 'niamh', ['fiona', 'callum'], 'Invitation: Ostrale quarterly review @ Thu 10 Sep 2026 11:00 (BST)',
  'Quarterly review: usage, messaging, roadmap. Google Meet link in the invitation.', kind='calendar', nosig=True,
  ics=('ostrale-can-0910', '20260910T100000Z', '20260910T110000Z', 'Ostrale quarterly review', 'niamh', ['fiona', 'callum']),
  neg='calendar invitation')
m('can-05', '2026-08-31 08:30', 'callum', ['niamh'], 'Accepted: Ostrale quarterly review @ Thu 10 Sep 2026 11:00 (BST)',
  'Callum Reid has accepted this invitation.', reply='can-04', kind='calendar', nosig=True,
  ics=('ostrale-can-0910', '20260910T100000Z', '20260910T110000Z', 'Ostrale quarterly review', 'niamh', ['fiona', 'callum'], 'REPLY', 'ACCEPTED'),
  neg='calendar acceptance')
m('can-06', '2026-09-21 07:55', 'callum', ['supen', 'niamh'], 'URGENT - duplicate door codes sent to guests',
  """Hi,

This morning's arrival messages went out twice, and the second batch has the WRONG door codes. About 40
guests affected, several already standing outside in the rain. This is urgent, we need the messaging
stopped now and someone on the phone.

Callum""", cc=['fiona'], sig=[('escalation', 'This is urgent, we need the messaging\nstopped now', None)])
m('can-07', '2026-09-21 08:56', 'supen', ['callum'], '[Ticket #47981] URGENT - duplicate door codes sent to guests',
  """Hello,
Your request has been logged as #47981 with priority Urgent. An engineer will call you shortly.
— Ostrale Support""", reply='can-06', kind='notif', neg='ticketing acknowledgement')
m('can-08', '2026-09-21 08:40', 'rory', ['callum'], body="""Hi Callum,

Messaging for Canongate is paused and I've resent the correct codes to all 41 guests from the night's
arrivals. Cause: a retry after a timeout re-rendered the template with tomorrow's codes. A permanent
fix will be deployed by Friday 25 September; until then retries are switched off for your property.

Rory""", reply='can-06', q='gmail', cc=['niamh', 'fiona'],
  sig=[('commitment', 'A permanent\nfix will be deployed by Friday 25 September', '2026-09-25')])
m('can-09', '2026-09-21 09:05', 'callum', ['rory'], body="""Thanks Rory, guests are in. Phones have calmed down.""", reply='can-08', q='outlook', nosig=True)
m('can-10', '2026-09-24 16:20', 'rory', ['callum'], 'Fix deployed: message retries',
  """Hi Callum,

The fix is live: a retry now re-sends the original message instead of re-rendering it. Retries are
switched back on for Canongate. Sorry again for Monday.

Rory""", cc=['niamh'])
m('can-11', '2026-09-25 10:30', 'callum', ['rory', 'niamh'], body="""Rory, Niamh,

Genuinely impressed with how this was handled: phone call within the hour, codes fixed before most
guests noticed and a proper fix before the weekend. If you ever need a reference from another aparthotel
operator, I'm happy to take the call.

Callum""", reply='can-10', q='outlook',
  sig=[('advocacy', "If you ever need a reference from another aparthotel\noperator, I'm happy to take the call", None)])
m('can-12', '2026-09-25 11:00', 'niamh', ['callum'], body="""Thank you Callum, that means a lot to the team. I may well take you up on that!""",
  reply='can-11', q='gmail', expects=False,
  neg="vendor reply quoting the customer's reference offer; quoted text must not re-fire advocacy")
m('can-13', '2026-10-09 15:10', 'fiona', ['niamh'], 'Off from next week',
  """Hi Niamh,

Just so you know: I'm off on maternity leave from 16 October until 11 January. Callum is your contact for
everything operational while I'm away, Morag for anything contractual. Back in the new year!

Fiona""")
m('can-14', '2026-10-09 16:00', 'niamh', ['fiona'], body="""Oh Fiona, congratulations! All the very best, and see you in January.""",
  reply='can-13', q='gmail', expects=False)
m('can-15', '2026-10-20 09:00', 'niamh', ['fiona'], 'Winter rate rules',
  """Hi Fiona, sending the winter rate rule guide as promised at the review.""", nosig=True, expects=False)
m('can-16', '2026-10-20 09:01', 'fiona', ['niamh'], 'Automatic reply: Winter rate rules',
  """Thank you for your email. I am on maternity leave until 11 January 2027 with no access to email.
For operations please contact Callum Reid (callum.reid@canongate-apartments.co.uk); for finance Morag Sinclair.""",
  reply='can-15', kind='auto', nosig=True, headers={'Auto-Submitted': 'auto-replied'},
  neg='out-of-office auto-reply of a contact on leave until a stated date; not a departure')
m('can-17', '2026-11-02 07:00', 'factu', ['morag'], 'Your Ostrale invoice OST-INV-2026-11-2210',
  """Dear customer,

Please find attached invoice OST-INV-2026-11-2210 for £8,150.00 (quarterly subscription, 86 units).
Payment by direct debit on 16/11/2026.""", kind='notif', neg='automated e-bill')
m('can-18', '2026-11-04 12:30', 'morag', ['niamh'], 'Purchase order number',
  """Hi Niamh,

From 2027 our auditors need a PO number on every supplier invoice. Please quote PO-CSA-2027-014 on the
renewal invoices. No change to anything else.

Morag""")
m('can-19', '2026-11-04 14:10', 'niamh', ['morag'], body="""Hi Morag, noted, billing will add PO-CSA-2027-014 from January.""", reply='can-18', q='gmail', expects=False)
m('can-20', '2026-11-18 18:05', 'callum', ['niamh'], 'FW: VisitScotland industry update — winter trends',
  """Niamh, thought you might find the bit on short-stay demand useful.""", nosig=True,
  fwd=dict(style='outlook', lang='en', frm='VisitScotland Industry <industry@visitscotland.org>', date='18 November 2026 10:00',
  to='Callum Reid', subj='Industry update — winter trends', text="""Short-stay operators report softer midweek demand; many are cutting rates by 10-15% and
reviewing their technology contracts ahead of 2027. Several operators told us they plan to switch booking
platforms in spring."""),
  neg='forwarded tourism-board newsletter; rate cuts / switching platforms are about the market, not this customer')
m('can-21', '2026-11-19 09:20', 'niamh', ['callum'], body="""Thanks Callum, useful. How is the Christmas booking curve looking?""", reply='can-20', q='gmail')
m('can-22', '2026-11-19 12:45', 'callum', ['niamh'], body="""Ahead of last year, 81% for Hogmanay already. All good on the system side.""", reply='can-21', q='outlook', nosig=True)

# ================================================================ 8. LEE QUAY RESTAURANT GROUP (Cork)
person('declan', "Declan O'Sullivan", 'declan@leequay.ie', 'UK', 'en', "Declan O'Sullivan\nGroup Operations Director, Lee Quay Restaurant Group", 'Group Operations Director', 'iphone')
person('siobhan', 'Siobhán Murphy', 'siobhan@leequay.ie', 'UK', 'en', 'Siobhán Murphy | General Manager | The Quay Kitchen', 'General Manager, The Quay Kitchen', 'gmail')
person('aisling', 'Aisling Walsh', 'accounts@leequay.ie', 'UK', 'en', 'Aisling Walsh, Accounts', 'Accounts', 'outlook')
account(account='Lee Quay Restaurant Group', mbox='lee-quay-restaurant-group.mbox', domains=['leequay.ie'],
        owner='niamh.byrne@ostrale-hospitality.com', arr=22000, segment='smb', renewal_date='2027-02-14',
        scenario='mixed_pricing_renewal_broken_commitment', health='mixed',
        story=("Four restaurants in Cork on Ostrale table booking. The group opens a fifth venue in Kinsale in "
               "March (expansion) but the operations director wants the per-venue fee down before he signs again "
               "(renewal 14 February). The allergen-menu sync promised for 30 October is not delivered (overdue), "
               "and the GM's chaser of 19 November gets no answer (unanswered). The AM promises a revised quote by "
               "7 December (open). Personal thread: the GM is a guest at the AM's wedding."))
contact('declan', 'active')
contact('siobhan', 'active')
contact('aisling', 'active')

m('lee-01', '2026-08-10 23:40', 'siobhan', ['niamh'], 'allergens',
  """Niamh - any chance the allergen info from our menus could show up on the booking page? Had a
coeliac party tonight who'd have booked elsewhere if they'd not rung first. Shattered, talk tmrw x""")
m('lee-02', '2026-08-11 10:20', 'niamh', ['siobhan'], body="""Morning Siobhán! Yes, that's on the table-booking roadmap. I'll get Rory to scope it for your menus.""",
  reply='lee-01', q='gmail')
m('lee-03', '2026-08-11 12:05', 'siobhan', ['niamh'], body="""Legend. Also - are you still on for the 17th of October?? Hen do photos pls 😂""", reply='lee-02', q='gmail', nosig=True,
  neg='mixes a work thanks with personal chat about the AM\'s wedding; no signal')
m('lee-04', '2026-08-11 13:30', 'niamh', ['siobhan'], 'the wedding!',
  """Ha! Yes, 17 October, Ballymaloe. You and Ciarán are on table 4 beside my cousins, God help you.
Hen photos are NOT leaving the group chat. x""", nosig=True, expects=False,
  neg='personal mail between the AM and a customer GM who are friends (wedding)')
m('lee-05', '2026-08-25 15:00', 'rory', ['siobhan'], 'Allergen sync for the booking page',
  """Hi Siobhán,

Scoped: we'll read the 14 allergen flags from your menu system and show them on the booking page and in
the confirmation email. The allergen menu sync will be live for all four restaurants by 30 October.

Rory""", cc=['niamh'], sig=[('commitment', 'The allergen menu sync will be live for all four restaurants by 30 October', '2026-10-30')])
m('lee-06', '2026-08-25 22:10', 'siobhan', ['rory'], body="""Class, thanks Rory""", reply='lee-05', q='gmail', nosig=True, expects=False,
  neg="customer thanks quoting the vendor's promise; no new commitment")
m('lee-07', '2026-09-08 08:30', 'declan', ['niamh'], 'Kinsale',
  """Niamh,
We've signed the lease on a site in Kinsale, opening March. Want it on Ostrale from day one, same setup as the Quay Kitchen.
Declan
Sent from my iPhone""", sig=[('expansion', 'Want it on Ostrale from day one', None)])
m('lee-08', '2026-09-08 11:00', 'niamh', ['declan'], body="""Congratulations Declan! I'll put the Kinsale venue into the renewal proposal so it's all on one contract.""",
  reply='lee-07', q='gmail')
m('lee-09', '2026-09-08 11:42', 'declan', ['niamh'], body="""Grand. One thing though - with five venues we'd need the per-venue fee to come down before we sign again.
Sent from my iPhone""", reply='lee-08', q='apple', nosig=True,
  sig=[('pricing', "we'd need the per-venue fee to come down before we sign again", None)])
m('lee-10', '2026-09-15 09:00', 'news', ['declan', 'siobhan'], 'Ostrale Hospitality — restaurant edition: autumn features',
  """Hello,

New for restaurants: waitlist by SMS, deposit rules for large parties and — coming soon — allergen display on
your booking page. Ask your account manager about our multi-venue pricing!

Unsubscribe: https://ostrale-hospitality.com/unsubscribe""", kind='bulk', headers={'Precedence': 'bulk'},
  neg='vendor newsletter; pricing and feature words written by the vendor')
m('lee-11', '2026-09-30 17:20', 'siobhan', ['niamh'], 'menu prices',
  """FYI we're putting the tasting menu up to €85 and the early bird to €34 from October, just so the booking
page deposit rules match. No rush.""", nosig=True, neg="customer's OWN menu prices; not about Ostrale's price")
m('lee-12', '2026-10-01 09:10', 'niamh', ['siobhan'], body="""Done - deposits now calculated on €85. See you in 16 days!! x""", reply='lee-11', q='gmail', expects=False)
m('lee-13', '2026-10-19 10:15', 'siobhan', ['niamh'], 'Thank you!!',
  """What a day. Best wedding I've been at in years, the speeches had the whole room in bits. Ciarán
hasn't stopped talking about the band. Enjoy Lisbon!! x""", nosig=True,
  neg='personal thank-you after the AM\'s wedding; no business content')
m('lee-14', '2026-10-19 10:16', 'niamh', ['siobhan'], 'Out of office: Thank you!!',
  """I'm on leave until Monday 2 November. For anything urgent please contact support@ostrale-hospitality.com.""",
  reply='lee-13', kind='auto', nosig=True, headers={'Auto-Submitted': 'auto-replied'}, neg='vendor out-of-office auto-reply')
m('lee-15', '2026-11-01 07:00', 'factu', ['aisling'], 'Your Ostrale invoice OST-INV-2026-11-2194',
  """Dear customer,

Please find attached invoice OST-INV-2026-11-2194 for €5,500.00 (quarterly subscription, 4 venues).""", kind='notif',
  neg='automated e-bill')
m('lee-16', '2026-11-03 14:30', 'siobhan', ['rory'], 'Re: Allergen sync for the booking page',
  """Hi Rory, was this not meant to be live by now? Still no allergens on the booking page in any of the four.""",
  reply='lee-05', q='gmail', cc=['niamh'])
m('lee-17', '2026-11-04 09:40', 'rory', ['siobhan'], body="""Hi Siobhán, apologies - the menu import hit a snag with your POS export. We're on it and I'll update you
as soon as I have a date.""", reply='lee-16', q='gmail', cc=['niamh'])
m('lee-18', '2026-11-16 12:00', 'niamh', ['declan'], 'Renewal and Kinsale',
  """Hi Declan,

Ahead of the February renewal: could we meet in Cork to go through the five-venue setup and pricing?
I'm down on the 26th.""")
m('lee-19', '2026-11-17 07:30', 'declan', ['niamh'], body="""26th fine, 10am at the Quay Kitchen. Bring a better number than last year.
Sent from my iPhone""", reply='lee-18', q='apple', nosig=True)
m('lee-20', '2026-11-19 22:45', 'siobhan', ['rory', 'niamh'], 'allergens AGAIN',
  """Rory, Niamh - still nothing on the allergens and no date either. We had another coeliac table asking
tonight. Can someone give me an actual date please?""", sig=[('escalation', 'Can someone give me an actual date please?', None)])
m('lee-21', '2026-11-26 15:30', 'niamh', ['declan'], 'After today',
  """Declan, thanks for the time this morning. As agreed, I'll send you a revised quote by 7 December covering
all five venues, with the per-venue fee reduced for a two-year term.""", cc=['aisling'],
  sig=[('commitment', "I'll send you a revised quote by 7 December", '2026-12-07')])
m('lee-22', '2026-11-26 17:05', 'declan', ['niamh'], body="""Good. If the number is right we'll renew for two years.
Sent from my iPhone""", reply='lee-21', q='apple', nosig=True,
  sig=[('renewal', "If the number is right we'll renew for two years", None)])

# ================================================================ 9. KONGRESSHOTEL DONAU WIEN
person('eva', 'Mag. Eva Schwarz', 'eva.schwarz@kongresshotel-donau.at', 'EU', 'de',
       'Mag. Eva Schwarz\nDirektorin Revenue & Distribution\nKongresshotel Donau Wien\nWagramer Straße 21, 1220 Wien', 'Direktorin Revenue & Distribution', 'outlook')
person('gruber', 'Ing. Helmut Gruber', 'helmut.gruber@kongresshotel-donau.at', 'EU', 'de', 'Ing. Helmut Gruber\nLeiter IT', 'Leiter IT', 'outlook_old')
person('pichler', 'Dr. Andreas Pichler', 'andreas.pichler@kongresshotel-donau.at', 'EU', 'de',
       'Dr. Andreas Pichler\nGeneraldirektor\nKongresshotel Donau Wien', 'Generaldirektor (seit 15. September)', 'outlook')
person('weiss', 'Mag. Sonja Weiss', 'sonja.weiss@kongresshotel-donau.at', 'EU', 'de',
       'Mag. Sonja Weiss\nEinkauf / Procurement\nKongresshotel Donau Betriebs GmbH, FN 284117k, HG Wien', 'Einkauf', 'notes')
account(account='Kongresshotel Donau Wien', mbox='kongresshotel-donau-wien.mbox', domains=['kongresshotel-donau.at'],
        owner='jonas.brenner@ostrale-hospitality.com', arr=348000, segment='enterprise', renewal_date='2027-02-20',
        scenario='new_gm_not_engaged_tender', health='at_risk',
        story=("620-room congress hotel, the largest account. A new general manager, Dr. Andreas Pichler, starts on "
               "15 September and is introduced in CC; on 5 October he writes to the AM asking for a roadmap "
               "meeting and never gets an answer; nobody from Ostrale writes to him. On 12 October procurement "
               "(Lotus Notes, no In-Reply-To) opens a tender for hotel software 2027-2030 with other vendors "
               "invited; Alpina PMS and Hoteltrend are named. The vendor promises training material by 30 "
               "September (kept 29 September) and its tender offer by 4 December (open). Renewal 20 February."))
contact('eva', 'active')
contact('gruber', 'active')
contact('pichler', 'new')
contact('weiss', 'new')

m('kon-01', '2026-08-06 10:00', 'eva', ['jonas'], 'Kongress-Kontingente Herbst',
  """Lieber Herr Brenner,

für den Herbst haben wir drei große Kongresse mit Zimmerkontingenten von je 300 Zimmern. Die Abrufliste
aus Ostrale funktioniert gut, aber wir bräuchten eine Schulung für das neue Bankett-Team.

Liebe Grüße
Eva Schwarz""")
m('kon-02', '2026-08-06 15:20', 'jonas', ['eva'], body="""Liebe Frau Schwarz,

sehr gern. Frau Kurz bereitet die Schulung vor; die Schulungsunterlagen für das Bankett-Team bekommen
Sie bis 30. September, die Schulung selbst machen wir Anfang Oktober vor Ort.""", reply='kon-01', q='outlook',
  sig=[('commitment', 'die Schulungsunterlagen für das Bankett-Team bekommen\nSie bis 30. September', '2026-09-30')])
m('kon-03', '2026-08-07 08:45', 'eva', ['jonas'], body="""Perfekt, danke!""", reply='kon-02', q='outlook', nosig=True, expects=False,
  neg="customer thanks quoting the vendor's promise; no new commitment")
m('kon-04', '2026-08-13 09:30', 'gruber', ['supen'], 'Schnittstelle Kassensystem',
  """Sehr geehrte Damen und Herren,

seit dem Update vom Dienstag werden die Restaurantumsätze doppelt an Ostrale übertragen. Bitte um Prüfung.

Mit freundlichen Grüßen
H. Gruber""")
m('kon-05', '2026-08-13 09:31', 'supen', ['gruber'], '[Ticket #47512] Schnittstelle Kassensystem',
  """Guten Tag,
Ihre Anfrage wurde unter der Nummer #47512 erfasst.
— Ostrale Support""", reply='kon-04', kind='notif', neg='ticketing acknowledgement')
m('kon-06', '2026-08-13 13:10', 'sabine', ['gruber'], body="""Sehr geehrter Herr Gruber,

die Doppelübertragung ist behoben und die doppelten Buchungen vom 11. und 12. August sind storniert.

Sabine Kurz""", reply='kon-04', q='outlook', nosig=True)
m('kon-07', '2026-08-13 14:00', 'gruber', ['sabine'], 'Antwort: Schnittstelle Kassensystem',
  """Danke, passt.
H. Gruber""", reply='kon-06', drop=True, q='outlook', expects=False)
m('kon-08', '2026-08-24 08:00', 'gruber', ['jonas'], 'Abwesenheitsnotiz: Kongress-Kontingente Herbst',
  """Ich bin bis 7. September auf Urlaub. In dringenden Fällen wenden Sie sich bitte an it@kongresshotel-donau.at.""",
  kind='auto', nosig=True, headers={'Auto-Submitted': 'auto-replied'}, neg='out-of-office auto-reply')
m('kon-09', '2026-09-16 11:30', 'eva', ['jonas'], 'Vorstellung neuer Generaldirektor',
  """Lieber Herr Brenner,

ich darf Ihnen unseren neuen Generaldirektor Dr. Andreas Pichler vorstellen, der seit gestern im Haus ist.
Er zeichnet ab sofort alle IT-Verträge über 100.000 € gegen und möchte sich einen Überblick über unsere
Systeme verschaffen.

Liebe Grüße
Eva Schwarz""", cc=['pichler'])
m('kon-10', '2026-09-17 09:00', 'jonas', ['eva'], body="""Liebe Frau Schwarz,

danke für die Information! Die Schulungsunterlagen sind fast fertig, Sie bekommen sie wie versprochen
Ende September.""", reply='kon-09', q='outlook', expects=False)
m('kon-11', '2026-09-29 16:00', 'sabine', ['eva'], 'Schulungsunterlagen Bankett-Team',
  """Liebe Frau Schwarz,

anbei die Schulungsunterlagen für das Bankett-Team (Kontingente, Abruflisten, Rooming Lists). Die
Schulung vor Ort schlage ich für den 6. Oktober vor.""", cc=['jonas'])
m('kon-12', '2026-09-30 08:20', 'eva', ['sabine'], body="""Danke, 6. Oktober passt.""", reply='kon-11', q='outlook', nosig=True)
m('kon-13', '2026-10-05 18:40', 'pichler', ['jonas'], 'Kennenlernen',
  """Sehr geehrter Herr Brenner,

Frau Schwarz hat Sie mir als Ansprechpartner genannt. Ostrale ist einer unserer größten IT-Verträge.
Ich würde gerne in den nächsten Wochen Ihre Roadmap für 2027 verstehen und wie Ostrale uns bei den
Kongressen helfen kann. Ich bitte um Terminvorschläge.

Mit freundlichen Grüßen
Dr. Andreas Pichler""", nosig=True)
m('kon-14', '2026-10-12 09:14', 'weiss', ['jonas'], 'Ausschreibung Hotel-Management-Software 2027-2030',
  """Sehr geehrte Damen und Herren,

die Kongresshotel Donau Betriebs GmbH schreibt die Hotel-Management-Software (PMS, Channel Manager,
Bankett, Gästekommunikation) für den Zeitraum 2027-2030 aus. Neben dem Bestandsanbieter werden auch
Alpina PMS und Hoteltrend zur Angebotslegung eingeladen.

Angebotsfrist: 11. Dezember 2026, 12:00 Uhr. Die Unterlagen finden Sie im Anhang.

Mit freundlichen Grüßen""", cc=['pichler', 'eva'],
  sig=[('competitor', 'Neben dem Bestandsanbieter werden auch\nAlpina PMS und Hoteltrend zur Angebotslegung eingeladen', None),
       ('renewal', 'schreibt die Hotel-Management-Software (PMS, Channel Manager,\nBankett, Gästekommunikation) für den Zeitraum 2027-2030 aus', None)])
m('kon-15', '2026-10-13 10:30', 'jonas', ['weiss'], body="""Sehr geehrte Frau Mag. Weiss,

vielen Dank für die Einladung zur Ausschreibung. Wir nehmen gern teil. Unser Angebot erhalten Sie bis
4. Dezember, also eine Woche vor Fristende.""", reply='kon-14', q='outlook', cc=['eva'],
  sig=[('commitment', 'Unser Angebot erhalten Sie bis\n4. Dezember', '2026-12-04')])
m('kon-16', '2026-10-20 15:05', 'weiss', ['jonas'], 'Antwort: Ausschreibung Hotel-Management-Software 2027-2030',
  """Sehr geehrter Herr Brenner,

danke für Ihre Rückmeldung. Fragen zur Ausschreibung sind bis 13. November ausschließlich schriftlich an
mich zu richten; die Antworten werden allen Bietern zugänglich gemacht.

Mit freundlichen Grüßen""", reply='kon-15', drop=True, q='notes',
  neg="Lotus Notes reply (no In-Reply-To) quoting the vendor's promise under a header block; no new commitment or renewal signal")
m('kon-17', '2026-10-21 09:00', 'eva', ['jonas'], 'Ausschreibung',
  """Lieber Herr Brenner,

ganz offen, weil ich Sie schätze: die Ausschreibung kommt von Dr. Pichler. In seinem letzten Haus lief
Hoteltrend. Ich würde an Ihrer Stelle das Gespräch mit ihm suchen.

Liebe Grüße
Eva""", nosig=True, sig=[('churn_risk', 'In seinem letzten Haus lief\nHoteltrend', None)])
m('kon-18', '2026-10-22 11:15', 'jonas', ['eva'], body="""Liebe Frau Schwarz,

danke für den Hinweis, das hilft mir sehr. Wir arbeiten mit Hochdruck am Angebot.""", reply='kon-17', q='outlook', expects=False,
  neg="vendor reply quoting the customer's warning about Hoteltrend; competitor name only in quoted text")
m('kon-19', '2026-10-28 08:00', 'weiss', ['eva', 'gruber'], 'Weitergeleitet: ÖHV Newsletter November — Digitalisierung',
  """Zur Info für die Ausschreibung.""", nosig=True,
  fwd=dict(style='notes', lang='de', notes_by='Sonja Weiss/Einkauf/KHD', frm='ÖHV <newsletter@oehv.at>', to='Sonja Weiss/Einkauf/KHD',
           date='28.10.2026 07:45', subj='ÖHV Newsletter November — Digitalisierung',
           text="""Liebe Mitglieder,
immer mehr Betriebe schreiben ihre Hotelsoftware aus und wechseln den Anbieter. Achten Sie auf
Kündigungsfristen und Datenexport. Die Preise für PMS-Lizenzen steigen 2027 um bis zu 9 %."""),
  neg='procurement forwards an association newsletter internally; switching/cancellation/price words are the newsletter\'s')
m('kon-20', '2026-11-05 10:00', 'news', ['eva', 'gruber'], 'Ostrale Newsletter DACH — November 2026',
  """Guten Tag,

Neu im November: Gruppenkontingente mit Online-Abruf, Bankett-Mappen als PDF. Jetzt Demo buchen!

Abmelden: https://ostrale-hospitality.com/unsubscribe""", kind='bulk', headers={'Precedence': 'bulk'}, neg='vendor newsletter')
m('kon-21', '2026-11-10 14:20', 'gruber', ['jonas'], 'Schnittstellenliste für Ausschreibung',
  """Hallo Herr Brenner,

für das Angebot: wir haben derzeit 11 Schnittstellen (Kassa, Schließsystem, Telefonanlage, Buchhaltung
BMD, ...). Liste im Anhang. Bitte alle im Angebot berücksichtigen.

H. Gruber""", mailer='outlook_old')
m('kon-22', '2026-11-10 16:45', 'jonas', ['gruber'], body="""Danke Herr Gruber, alle 11 sind im Angebot.""", reply='kon-21', q='outlook', expects=False)
m('kon-23', '2026-11-12 09:00', 'eva', ['jonas'], 'Einladung: Jahresplanung Revenue 2027 — Di 24.11.2026 10:00',
  'Jahresplanung Revenue 2027 mit Ostrale (Kontingente, Raten). Ort: Besprechungsraum Donau 2.', kind='calendar', nosig=True,
  ics=('khd-rev-1124', '20261124T090000Z', '20261124T110000Z', 'Jahresplanung Revenue 2027', 'eva', ['jonas']),
  neg='calendar invitation sent by the customer')
m('kon-24', '2026-11-12 09:30', 'jonas', ['eva'], 'Angenommen: Jahresplanung Revenue 2027 — Di 24.11.2026 10:00',
  'Jonas Brenner hat diese Einladung angenommen.', reply='kon-23', kind='calendar', nosig=True,
  ics=('khd-rev-1124', '20261124T090000Z', '20261124T110000Z', 'Jahresplanung Revenue 2027', 'eva', ['jonas'], 'REPLY', 'ACCEPTED'),
  neg='calendar acceptance')
m('kon-25', '2026-11-25 17:30', 'eva', ['jonas'], 'Danke für gestern',
  """Lieber Herr Brenner,

danke für den konstruktiven Termin gestern. Die Raten für 2027 sind eingespielt: Kongresspauschale
ab 189 € pro Zimmer, Wochenendrate ab 139 €.

Liebe Grüße
Eva""", nosig=True, expects=False, neg="customer's OWN room rates; not a pricing signal about Ostrale")

# ================================================================ 10. KOTLAB GENT (student housing)
person('lotte', 'Lotte Claeys', 'lotte.claeys@kotlab.be', 'EU', 'nl',
       'Lotte Claeys\nOperations manager | Kotlab Studentenhuisvesting\nOverpoortstraat 49, 9000 Gent', 'Operations manager', 'gmail')
person('wout', 'Wout De Smet', 'wout.desmet@kotlab.be', 'EU', 'nl', 'Wout De Smet — coördinator facility & housekeeping', 'Coördinator facility & housekeeping', 'gmail')
person('bram', 'Bram Van Damme', 'bram.vandamme@kotlab.be', 'EU', 'nl', 'Bram Van Damme\nZaakvoerder Kotlab BV', 'Zaakvoerder', 'outlook')
account(account='Kotlab Gent', mbox='kotlab-gent.mbox', domains=['kotlab.be'],
        owner='femke.dewit@ostrale-hospitality.com', arr=27000, segment='smb', renewal_date='2027-08-31',
        scenario='expansion_advocacy_escalation_resolved', health='healthy',
        story=("Ghent student-housing operator (420 rooms) using the housekeeping tablets for room inspections. "
               "The move-in week brings an urgent inspection-sync problem, fixed the same day. The operations "
               "manager recommends Ostrale to a Leuven operator, the owner announces a new 180-room building at "
               "the Overpoort from February and the AM promises a quote by 11 December (open). Personal thread: "
               "the vendor's support engineer is invited to the facility coordinator's wedding."))
contact('lotte', 'active')
contact('wout', 'active')
contact('bram', 'active')

m('kot-01', '2026-08-18 10:15', 'lotte', ['femke'], 'Voorbereiding inhuizing',
  """Dag Femke,

Van 19 tot 26 september komen 420 studenten tegelijk binnen. Kunnen we de plaatsbeschrijvingen
(inspecties) dit jaar volledig op de tablets doen, met foto's erbij? Vorig jaar was het nog half op papier.

Groetjes,
Lotte""")
m('kot-02', '2026-08-18 14:00', 'femke', ['lotte'], body="""Dag Lotte,

Zeker, de inspectiemodule op de tablets ondersteunt foto's per kamer. Pieter zet de sjablonen klaar en
plant een opleiding met Wout.""", reply='kot-01', q='outlook')
m('kot-03', '2026-08-19 08:40', 'lotte', ['femke'], body="""Super, merci!""", reply='kot-02', q='gmail', nosig=True, expects=False)
m('kot-04', '2026-08-26 10:00', 'pieter', ['wout'], 'Uitnodiging: Opleiding inspecties op tablet @ do 3 sep 2026 14:00',
  'Opleiding inspectiemodule voor het housekeeping-team (ter plaatse, Overpoortstraat).', kind='calendar', nosig=True,
  ics=('ostrale-kot-0903', '20260903T120000Z', '20260903T140000Z', 'Opleiding inspecties op tablet', 'pieter', ['wout']),
  neg='calendar invitation')
m('kot-05', '2026-08-26 11:30', 'wout', ['pieter'], 'Geaccepteerd: Opleiding inspecties op tablet @ do 3 sep 2026 14:00',
  'Wout De Smet heeft deze uitnodiging geaccepteerd.', reply='kot-04', kind='calendar', nosig=True,
  ics=('ostrale-kot-0903', '20260903T120000Z', '20260903T140000Z', 'Opleiding inspecties op tablet', 'pieter', ['wout'], 'REPLY', 'ACCEPTED'),
  neg='calendar acceptance')
m('kot-06', '2026-09-04 21:10', 'wout', ['pieter'], 'zaterdag',
  """Pieter, nog eens bedankt voor gisteren. En niet vergeten: 10 oktober, trouwfeest in de Oude Vismijn,
vanaf 19u. Caroline rekent op je op de dansvloer 😄

Wout""", nosig=True, neg='personal mail between a vendor engineer and a customer employee (wedding invitation)')
m('kot-07', '2026-09-05 10:00', 'pieter', ['wout'], body="""Haha, ik ben er! Met mijn beste dansschoenen. Proficiat al aan jullie twee.""", reply='kot-06', q='gmail',
  nosig=True, expects=False, neg='personal reply (wedding)')
m('kot-08', '2026-09-21 08:05', 'wout', ['supen', 'pieter'], 'DRINGEND inspecties synchroniseren niet',
  """Hallo,

Sinds vanochtend komen de inspecties van de tablets niet meer door in het systeem. We hebben vandaag 90
inhuizingen en de studenten moeten hun plaatsbeschrijving tekenen. Dit is dringend, kunnen jullie meteen
kijken?

Wout""", sig=[('escalation', 'Dit is dringend, kunnen jullie meteen\nkijken?', None)])
m('kot-09', '2026-09-21 08:06', 'supen', ['wout'], '[Ticket #47979] DRINGEND inspecties synchroniseren niet',
  """Hallo,
Uw melding is geregistreerd onder nummer #47979 met prioriteit Dringend.
— Ostrale Support""", reply='kot-08', kind='notif', neg='ticketing acknowledgement')
m('kot-10', '2026-09-21 09:20', 'pieter', ['wout'], body="""Wout,

Gevonden: de foto's waren te groot voor de nieuwe upload-limiet. Limiet verhoogd, alle 37 inspecties van
vanochtend staan nu in het systeem. De tablets synchroniseren weer.""", reply='kot-08', q='gmail', cc=['lotte'])
m('kot-11', '2026-09-21 09:45', 'wout', ['pieter'], body="""Ja, alles komt binnen. Top, merci Pieter!""", reply='kot-10', q='gmail', nosig=True, expects=False)
m('kot-12', '2026-10-02 16:30', 'lotte', ['femke'], 'Inhuizing achter de rug',
  """Dag Femke,

De inhuizing is achter de rug: 420 plaatsbeschrijvingen op tablet, nul papier. Ik heb jullie aangeraden aan
de collega's van een studentenhuisvesting in Leuven, ze gaan je contacteren.

Lotte""", sig=[('advocacy', 'Ik heb jullie aangeraden aan\nde collega\'s van een studentenhuisvesting in Leuven', None)])
m('kot-13', '2026-10-05 09:00', 'femke', ['lotte'], body="""Dank je Lotte, fantastisch! Ik hou je op de hoogte als Leuven zich meldt.""", reply='kot-12', q='outlook', expects=False,
  neg="vendor thank-you quoting the customer's recommendation")
m('kot-14', '2026-10-15 07:00', 'factu', ['bram'], 'Uw factuur Ostrale nr. OST-FA-2026-10-0961',
  """Geachte klant,

In bijlage vindt u factuur nr. OST-FA-2026-10-0961 ten bedrage van 6.750,00 EUR excl. btw
(kwartaalabonnement). Betaling via domiciliëring op 30/10/2026.""", kind='notif', neg='automated e-bill')
m('kot-15', '2026-10-28 11:20', 'bram', ['femke'], 'Nieuw gebouw Overpoort',
  """Beste Femke,

Ons nieuwe gebouw aan de Overpoort met 180 kamers gaat open in februari. We willen het vanaf dag één in
Ostrale, met tablets voor housekeeping. Kan je een offerte maken?

Nog ter info: de huurprijs voor de studenten wordt daar €545 per maand, alles inbegrepen.

Met vriendelijke groeten,
Bram Van Damme""", sig=[('expansion', 'We willen het vanaf dag één in\nOstrale', None)])
m('kot-16', '2026-10-29 09:30', 'femke', ['bram'], body="""Beste Bram,

Proficiat met het nieuwe gebouw! Ik heb nog het grondplan en het aantal tablets nodig. Zodra ik die heb,
maak ik de offerte.""", reply='kot-15', q='outlook', cc=['lotte'])
m('kot-17', '2026-10-31 10:40', 'lotte', ['femke'], body="""Dag Femke, grondplan in bijlage, we rekenen op 8 tablets.""",
  reply='kot-16', q='gmail', nosig=True)
m('kot-18', '2026-11-03 10:00', 'femke', ['lotte', 'bram'], body="""Dank je Lotte!

Vóór 11 december sturen we jullie een offerte voor de 180 extra kamers en 8 tablets.""", reply='kot-17', q='outlook',
  sig=[('commitment', 'Vóór 11 december sturen we jullie een offerte voor de 180 extra kamers en 8 tablets', '2026-12-11')])
m('kot-19', '2026-11-03 13:15', 'bram', ['femke'], body="""Prima. We zijn erg tevreden over Ostrale, dus dit wordt zeker vervolgd.""", reply='kot-18', q='outlook', nosig=True,
  sig=[('advocacy', 'We zijn erg tevreden over Ostrale', None)])
m('kot-20', '2026-11-26 10:00', 'news', ['lotte', 'wout', 'bram'], 'Ostrale Hospitality Newsletter — student housing',
  """Hello,

Student housing special: room inspections with photos, deposit tracking and long-stay billing. Upgrade your
plan before 31 December and save 10%!

Unsubscribe: https://ostrale-hospitality.com/unsubscribe""", kind='bulk', headers={'Precedence': 'bulk'}, neg='vendor newsletter')
m('kot-21', '2026-10-11 11:30', 'wout', ['pieter'], 'bedankt',
  """Pieter, merci om er gisteren bij te zijn, je hebt de dansvloer gered. Caroline zegt ook merci voor het cadeau!""",
  nosig=True, neg='personal thank-you after a wedding')

# ================================================================ ALERTS (the ledger up to as_of)
def select(name):
    global CUR
    CUR = [a for a in ACCTS if a['account'] == name][0]

select('Hôtel Les Arolles')   # no alert: quiet between seasons is its normal rhythm; promise kept on 12 Nov

select('Maison Sablon Hotels')
alert('expansion_opportunity', 'medium', '2026-08-19', ['sab-06'], 'guest messaging to the four other houses in 2027 (suspended on 23 Sep after the acquisition)')
alert('churn_risk', 'high', '2026-09-02', ['sab-07', 'sab-09', 'sab-11', 'sab-14'],
      'acquisition by Meridia; supplier contracts under review; messaging roll-out suspended; export asked "for a possible migration"; group harmonising its tools')
alert('competitor_mention', 'high', '2026-09-23', ['sab-09'], 'rival named only as "the system our new owners use"')
alert('renewal_at_risk', 'high', '2026-10-17', ['sab-14', 'sab-09'],
      'renewal 2027-01-15 enters the 90-day window on 17 Oct; CFO reserves the right not to renew')
alert('commitment_overdue', 'medium', '2026-11-07', ['sab-12'],
      'export API documentation promised to IT by 6 November (NL) never sent', due_date='2026-11-06')
alert('account_going_silent', 'high', '2026-11-13', ['sab-16', 'sab-17', 'sab-19'],
      'last customer message 14 Oct; proposal of 22 Oct and follow-ups of 4, 18 and 25 Nov unanswered')
alert('contacts_going_silent', 'high', '2026-11-13', ['sab-13', 'sab-14', 'sab-16'],
      'all three contacts (IT 9 Oct, CFO 12 Oct, operations 14 Oct) silent for 30+ days')

select('Auberge du Lac-Brûlé')
alert('expansion_opportunity', 'medium', '2026-08-20', ['lac-04', 'lac-13'], 'spa module for 14 treatment rooms; 22-room pavilion in spring')
alert('advocacy', 'low', '2026-09-09', ['lac-08'], 'director recommends Ostrale to another innkeeper, AM in CC')
alert('open_commitment', 'low', '2026-11-13', ['lac-18'], 'priced proposal promised by 4 December; not yet due', due_date='2026-12-04')

select('Coopérative des Cabanes du Valais')
alert('escalation', 'medium', '2026-08-02', ['val-01'], 'hut cannot see online bookings on a full night; resolved in 2.5 hours')
alert('commitment_overdue', 'medium', '2026-10-01', ['val-03'],
      'offline-sync fix promised by 30 September (FR); delivered late on 14 October', due_date='2026-09-30')
alert('contact_bounced', 'high', '2026-10-06', ['val-10'], 'champion Anne-Laure Fux: 550 5.1.1 user unknown')
alert('contact_departed', 'high', '2026-10-08', ['val-12', 'val-10'], 'president confirms she left at the end of September')
alert('new_contacts', 'low', '2026-11-03', ['val-15'], 'new managing director Reto Zurbriggen (engaged by the vendor on 28 Oct)')
alert('expansion_opportunity', 'medium', '2026-11-03', ['val-15'], 'two more huts (Bordier, Topali) next summer')

select('Seehof Wellness Resort')
alert('escalation', 'high', '2026-08-25', ['see-06', 'see-09'], 'failed upgrade: night audit down at 03:14, director calls it unacceptable')
alert('commitment_overdue', 'high', '2026-09-12', ['see-10', 'see-12'],
      'full fix for night audit and spa interface promised by 11 September; only the night audit delivered', due_date='2026-09-11')
alert('commitment_overdue', 'high', '2026-10-17', ['see-14', 'see-19'],
      'spa interface promised by 16 October; postponed on the day without a new date', due_date='2026-10-16')
alert('churn_risk', 'high', '2026-10-21', ['see-20', 'see-27'], 'reviewing options for next year; no renewal without spa interface')
alert('competitor_mention', 'high', '2026-10-23', ['see-21'], 'demo with Alpina PMS')
alert('renewal_at_risk', 'high', '2026-11-02', ['see-17', 'see-20', 'see-27'],
      'renewal 2027-01-31 inside 90 days from 2 Nov; renewal conditioned on a fix that keeps slipping')
alert('latency_degradation', 'high', '2026-11-09', ['see-20', 'see-23', 'see-25', 'see-27'],
      'customer replies: ~2.5 h median in Aug-Sep, 5-9 days from late October')

select('Bunk & Co Hostels')
alert('churn_risk', 'medium', '2026-09-28', ['bun-10', 'bun-16'], 'champion leaving, no successor; unsure what the Ostrale setup will look like')
alert('competitor_mention', 'medium', '2026-10-30', ['bun-16'], 'CTO wants an in-house tool for pricing and channel management')
alert('contact_departed', 'high', '2026-11-01', ['bun-10', 'bun-18'], 'Sanne Visser left on 31 October; auto-reply confirms')
alert('single_threaded', 'medium', '2026-11-01', ['bun-16', 'bun-20'], 'only the revenue manager still writes; no operations head named')

select('Canongate Serviced Apartments')
alert('escalation', 'high', '2026-09-21', ['can-06'], 'duplicate door codes sent to ~40 guests; fix promised for 25 Sep and delivered 24 Sep')
alert('advocacy', 'low', '2026-09-25', ['can-11'], 'offers to be a reference for other aparthotel operators')

select('Lee Quay Restaurant Group')
alert('expansion_opportunity', 'medium', '2026-09-08', ['lee-07'], 'fifth venue in Kinsale from March')
alert('commitment_overdue', 'medium', '2026-10-31', ['lee-05', 'lee-16'], 'allergen menu sync promised by 30 October, still not live', due_date='2026-10-30')
alert('escalation', 'medium', '2026-11-19', ['lee-20'], 'GM chases the allergen sync again and asks for a date')
alert('unanswered_customer_message', 'medium', '2026-11-22', ['lee-20'], 'no vendor reply to the 19 Nov chaser by as_of')
alert('open_commitment', 'low', '2026-11-26', ['lee-21'], 'revised five-venue quote promised by 7 December', due_date='2026-12-07')

select('Kongresshotel Donau Wien')
alert('new_senior_contact_not_engaged', 'high', '2026-09-30', ['kon-09', 'kon-13'],
      'new general manager (signs IT contracts > EUR 100k) introduced 16 Sep; no vendor message to him by as_of')
alert('unanswered_customer_message', 'high', '2026-10-08', ['kon-13'], 'GM asked for a roadmap meeting on 5 Oct; never answered')
alert('competitor_mention', 'high', '2026-10-12', ['kon-14', 'kon-17'], 'tender invites Alpina PMS and Hoteltrend; GM ran Hoteltrend before')
alert('new_contacts', 'low', '2026-10-12', ['kon-14'], 'procurement (Sonja Weiss) appears with the tender')
alert('churn_risk', 'high', '2026-10-21', ['kon-17'], 'tender driven by the new GM who used Hoteltrend in his last hotel')
alert('renewal_at_risk', 'high', '2026-11-22', ['kon-14', 'kon-17'], 'renewal 2027-02-20 enters the 90-day window under an open tender')
alert('open_commitment', 'medium', '2026-10-13', ['kon-15'], 'tender offer promised by 4 December', due_date='2026-12-04')

select('Kotlab Gent')
alert('escalation', 'medium', '2026-09-21', ['kot-08'], 'inspections not syncing on move-in day; fixed within 75 minutes')
alert('advocacy', 'low', '2026-10-02', ['kot-12', 'kot-19'], 'recommended Ostrale to a Leuven operator; "erg tevreden"')
alert('expansion_opportunity', 'medium', '2026-10-28', ['kot-15'], 'new 180-room building from February')
alert('open_commitment', 'low', '2026-11-03', ['kot-18'], 'quote for 180 rooms and 8 tablets promised before 11 December', due_date='2026-12-11')

# ================================================================ LATER ADDITIONS (kept per account via select)
select('Hôtel Les Arolles')
m('aro-22', '2026-11-29 21:40', 'lucas', ['mathieu'], 'Re: Rando début décembre',
  """Salut Mathieu,

Sortie top hier, merci d'être venu, la descente du Monal dans la poudre c'était quelque chose.
Et pour répondre à ta question dans la voiture : non, on n'envisage pas du tout de changer de logiciel,
mon père ne veut même pas en entendre parler.

À la prochaine !
Lucas""", reply='aro-11', nosig=True,
  neg='personal mail after a ski trip; a negation ("on n\'envisage pas du tout de changer de logiciel"): no churn, no competitor')

select('Canongate Serviced Apartments')
m('can-23', '2026-11-24 11:05', 'morag', ['niamh'], 'Next year',
  """Hi Niamh,

Our board met yesterday. For the avoidance of doubt: we are not planning to re-tender any of our
systems next year, so there is no need for the formal presentation we discussed. The June paperwork
can stay as simple as last year.

Kind regards,""",
  neg='negation ("not planning to re-tender"); no churn, competitor or renewal risk')
m('can-24', '2026-11-24 15:30', 'niamh', ['morag'], body="""Thanks Morag, much appreciated. I'll keep it simple then.""",
  reply='can-23', q='gmail', expects=False)

select('Kotlab Gent')
m('kot-22', '2026-11-06 18:20', 'wout', ['pieter'], 'zondag',
  """Pieter, AA Gent - Club Brugge zondag in de Ghelamco, ik heb nog een ticket over. Zin?""", nosig=True,
  neg='personal mail (football) between a customer employee and a vendor engineer')
m('kot-23', '2026-11-06 19:02', 'pieter', ['wout'], body="""Altijd! Ik trakteer op de frieten als we winnen.""", reply='kot-22', q='gmail',
  nosig=True, expects=False, neg='personal reply (football)')
m('kot-24', '2026-11-24 09:10', 'bram', ['femke'], 'Offerte Overpoort',
  """Beste Femke,

Nog een punt voor de offerte: met het nieuwe gebouw erbij zitten we op 600 kamers in totaal.
Daarvoor verwachten we wel een volumekorting op de prijs per kamer.

Met vriendelijke groeten,
Bram""", sig=[('pricing', 'Daarvoor verwachten we wel een volumekorting op de prijs per kamer', None)])

select('Lee Quay Restaurant Group')
m('lee-23', '2026-10-05 21:15', 'siobhan', ['niamh'], 'favour',
  """Niamh, my nephew Eoin applied for the support job in your Cork office. He did three summers on the
floor with us and he's a great lad. Would you put in a good word? No pressure x""", nosig=True,
  neg='personal favour: a job reference for a relative; no account signal')
m('lee-24', '2026-10-06 08:40', 'niamh', ['siobhan'], body="""Of course - I'll pass his name to Rory, he's hiring for that team. x""", reply='lee-23', q='gmail',
  nosig=True, expects=False, neg='personal reply (job reference)')

m('lee-25', '2026-11-05 10:20', 'aisling', ['factu'], 'Invoice OST-INV-2026-11-2194 - VAT number',
  """Hi,

Could you reissue invoice OST-INV-2026-11-2194 with our VAT number IE 3318842QH on it? Our auditors need it
for the year end.

Thanks,""", neg='billing admin request (VAT number on an invoice); not a pricing complaint')
m('lee-26', '2026-11-05 14:00', 'factu', ['aisling'], 'RE: Invoice OST-INV-2026-11-2194 - VAT number',
  """Dear Ms Walsh,
Please find the reissued invoice attached. Kind regards, Ostrale billing""", reply='lee-25', kind='notif', neg='billing desk reply')

select('Kongresshotel Donau Wien')
m('kon-26', '2026-10-13 10:31', 'weiss', ['jonas'], 'Abwesenheitsnotiz: Antwort: Ausschreibung Hotel-Management-Software 2027-2030',
  """Ich bin bis einschließlich 19.10.2026 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.
Fragen zur Ausschreibung richten Sie bitte schriftlich an einkauf@kongresshotel-donau.at.""", reply='kon-15', drop=True,
  kind='auto', nosig=True, headers={'Auto-Submitted': 'auto-replied'}, neg='Lotus Notes out-of-office; "Ausschreibung" only in the subject line')

# ================================================================ BUILD
WIN1 = (dt.date(2026, 8, 1), dt.date(2026, 9, 29))    # first 60 days
WIN2 = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))  # last 30 days

def utc(d):
    return d.astimezone(dt.timezone.utc)

def iso(d):
    return d.isoformat()

def build_email(r):
    msg = EmailMessage()
    p = P[r['frm']]
    msg['From'] = Address(p['name'], addr_spec=p['email'])
    msg['To'] = [Address(P[k]['name'], addr_spec=P[k]['email']) for k in r['to']]
    if r['cc']:
        msg['Cc'] = [Address(P[k]['name'], addr_spec=P[k]['email']) for k in r['cc']]
    msg['Date'] = email.utils.format_datetime(r['date'])
    msg['Subject'] = r['subject']
    msg['Message-ID'] = r['msgid']
    if r['reply'] and not r['drop']:
        o = MSGS[r['reply']]
        msg['In-Reply-To'] = o['msgid']
        refs = []
        x = o
        while x:
            refs.insert(0, x['msgid'])
            x = MSGS[x['reply']] if (x['reply'] and not x['drop']) else None
        msg['References'] = ' '.join(refs)
    mailer = MAILERS.get(r['mailer'])
    if mailer:
        if 'Thunderbird' in mailer:
            msg['User-Agent'] = mailer
        else:
            msg['X-Mailer'] = mailer
    for k, v in r['headers'].items():
        msg[k] = v
    body = r['text'] + '\n'
    try:
        body.encode('ascii')
        msg.set_content(body, cte='7bit')
    except UnicodeEncodeError:
        msg.set_content(body, charset='utf-8', cte='quoted-printable')
    if r['ics']:
        t = r['ics']
        method = t[6] if len(t) > 6 else 'REQUEST'
        part = t[7] if len(t) > 7 else None
        ics = ics_event(t[0], t[1], t[2], t[3], t[4], t[5], method, part)
        msg.add_attachment(ics, subtype='calendar', filename='invite.ics', params={'method': method})
    return msg

def mboxrd_escape(raw):
    out = []
    for line in raw.split(b'\n'):
        if re.match(rb'^>*From ', line):
            line = b'>' + line
        out.append(line)
    return b'\n'.join(out)

def write_mbox(acct):
    path = os.path.join(OUT, acct['mbox'])
    msgs = sorted(acct['msgs'], key=lambda r: utc(r['date']))
    with open(path, 'wb') as fh:
        for r in msgs:
            e = build_email(r)
            raw = e.as_bytes(policy=policy.default.clone(linesep='\n', max_line_length=998))
            sender = P[r['frm']]['email']
            fh.write(f'From {sender} {utc(r["date"]).strftime("%a %b %e %H:%M:%S %Y")}\n'.encode())
            fh.write(mboxrd_escape(raw).rstrip(b'\n') + b'\n\n')
    return path

def is_customer(acct, key):
    dom = P[key]['email'].split('@')[1].lower()
    return dom in acct['domains']

def in_win(d, w):
    return w[0] <= d.date() <= w[1]

def median(xs):
    return round(statistics.median(xs), 1) if xs else None

def latency(acct):
    cust, vend = [], []
    for r in acct['msgs']:
        if r['kind'] != 'human' or not r['reply']:
            continue
        o = MSGS[r['reply']]
        if o['kind'] not in ('human',):
            continue
        h = round((utc(r['date']) - utc(o['date'])).total_seconds() / 3600, 1)
        if is_customer(acct, r['frm']) and is_vendor(P[o['frm']]['email']):
            cust.append((r, o, h))
        elif is_vendor(P[r['frm']]['email']) and is_customer(acct, o['frm']):
            vend.append((r, o, h))
    def summ(lst, w, samples):
        sel = [x for x in lst if in_win(x[0]['date'], w)]
        d = {'n': len(sel), 'median_hours': median([x[2] for x in sel])}
        if samples:
            d['samples'] = [{'reply': x[0]['msgid'], 'reply_date': iso(x[0]['date']),
                             'to_message': x[1]['msgid'], 'hours': x[2]} for x in sel]
        return d
    unanswered = []
    for r in acct['msgs']:
        if r['kind'] == 'human' and r['expects'] and is_vendor(P[r['frm']]['email']):
            answered = any(x['reply'] == r['mid'] and x['kind'] == 'human' and is_customer(acct, x['frm'])
                           for x in acct['msgs'])
            if not answered:
                unanswered.append({'message_id': r['msgid'], 'date': iso(r['date']),
                                   'to': [P[k]['email'] for k in r['to']],
                                   'age_days_at_as_of': (AS_OF - r['date'].date()).days})
    return {'customer_reply_hours': {'first_60_days': summ(cust, WIN1, True), 'last_30_days': summ(cust, WIN2, True)},
            'vendor_reply_hours': {'first_60_days': summ(vend, WIN1, False), 'last_30_days': summ(vend, WIN2, False)},
            'unanswered_vendor_messages': unanswered}

def contacts(acct):
    out = []
    for c in acct['contacts']:
        p = P[c['key']]
        seen = [r for r in acct['msgs'] if c['key'] in [r['frm']] + r['to'] + r['cc']]
        sent = [r for r in acct['msgs'] if r['frm'] == c['key'] and r['kind'] == 'human']
        d = {'email': p['email'], 'name': p['name'], 'title': c['title'] or p['title'], 'status': c['status'],
             'first_seen': min(r['date'] for r in seen).date().isoformat() if seen else None,
             'human_messages_sent': len(sent),
             'last_human_message': max(r['date'] for r in sent).date().isoformat() if sent else None}
        if c.get('until'):
            d['on_leave_until'] = c['until']
        out.append(d)
    return out

def main():
    # ---------------- validation of the data itself
    allids = [r['msgid'] for r in MSGS.values()]
    if len(set(allids)) != len(allids):
        err('duplicate Message-IDs')
    for r in MSGS.values():
        if not (START <= r['date'].date() <= AS_OF):
            err(f'{r["mid"]}: date out of period')
        if r['reply']:
            if r['reply'] not in MSGS:
                err(f'{r["mid"]}: reply target missing')
            elif utc(MSGS[r['reply']]['date']) >= utc(r['date']):
                err(f'{r["mid"]}: reply not after its target')
            elif MSGS[r['reply']]['acct'] != r['acct']:
                err(f'{r["mid"]}: reply across accounts')
        for sg in r['sig']:
            if sg[1] not in r['new_text']:
                err(f'{r["mid"]}: phrase not in new text: {sg[1]!r}')
            if sg[0] not in ('expansion', 'advocacy', 'churn_risk', 'competitor', 'pricing', 'escalation', 'commitment', 'renewal'):
                err(f'{r["mid"]}: bad signal type')
            if sg[0] == 'commitment' and not (len(sg) > 2 and sg[2]):
                err(f'{r["mid"]}: commitment without due date')
            if sg[0] == 'commitment' and not is_vendor(P[r['frm']]['email']):
                err(f'{r["mid"]}: commitment not made by the vendor')
        if r['neg'] and r['sig']:
            err(f'{r["mid"]}: hard negative carries a signal')
    for a in ACCTS:
        for al in a['alerts']:
            for e in al['evidence']:
                if e not in MSGS or MSGS[e]['acct'] != a['account']:
                    err(f'{a["account"]}: alert evidence {e} missing')
            if not (START.isoformat() <= al['date'] <= AS_OF.isoformat()):
                err(f'{a["account"]}: alert date {al["date"]} outside period')
    # ---------------- write files
    with open(os.path.join(OUT, 'accounts.csv'), 'w', newline='') as fh:
        w = csv.writer(fh)
        w.writerow(['account', 'domains', 'owner', 'arr', 'renewal_date', 'segment'])
        for a in ACCTS:
            w.writerow([a['account'], ';'.join(a['domains']), a['owner'], a['arr'], a['renewal_date'], a['segment']])
    for a in ACCTS:
        write_mbox(a)
    exp_accts = []
    for a in ACCTS:
        rd = dt.date.fromisoformat(a['renewal_date'])
        days = (rd - AS_OF).days
        sigs, negs = [], []
        for r in sorted(a['msgs'], key=lambda r: utc(r['date'])):
            for sg in r['sig']:
                s = {'type': sg[0], 'phrase': sg[1], 'message_id': r['msgid'], 'date': iso(r['date']),
                     'from': P[r['frm']]['email'], 'language': r['lang']}
                if sg[0] == 'commitment':
                    s['due_date'] = sg[2]
                sigs.append(s)
            if r['neg']:
                negs.append({'message_id': r['msgid'], 'date': iso(r['date']), 'from': P[r['frm']]['email'], 'why': r['neg']})
        alerts = []
        for al in sorted(a['alerts'], key=lambda x: x['date']):
            d = {'type': al['type'], 'severity': al['severity'], 'date': al['date'],
                 'evidence': [{'message_id': MSGS[e]['msgid'], 'date': iso(MSGS[e]['date']), 'from': P[MSGS[e]['frm']]['email']}
                              for e in al['evidence']], 'note': al['note']}
            if 'due_date' in al:
                d['due_date'] = al['due_date']
            alerts.append(d)
        exp_accts.append({
            'account': a['account'], 'mbox': a['mbox'], 'domains': a['domains'], 'owner': a['owner'],
            'arr': a['arr'], 'segment': a['segment'], 'renewal_date': a['renewal_date'],
            'renewal_window': {'days_to_renewal': days,
                               'status': 'inside_90_day_window' if days <= 90 else 'outside_90_day_window'},
            'scenario': a['scenario'], 'expected_health': a['health'],
            'latency': latency(a), 'contacts': contacts(a), 'signals': sigs, 'alerts': alerts, 'must_not_alert': negs})
    definitions = {
        'internal_domains': VENDOR_DOMAINS,
        'latency': ('hours between a message and the reply to it (In-Reply-To, or for clients that drop it, the quoted '
                    'header block and subject), UTC; only human messages count (no auto-replies, calendar, ticketing, '
                    'bills, newsletters, bounces). customer_reply_hours = customer replying to a vendor message; '
                    'vendor_reply_hours = vendor replying to a customer message. Window by reply date.'),
        'first_60_days': '2026-08-01..2026-09-29', 'last_30_days': '2026-11-01..2026-11-30',
        'latency_degradation': 'raised when at least two customer replies in the trailing 30 days have a median >= 3x the first-60-days median and >= 72 h',
        'unanswered_vendor_messages': 'human vendor messages that wait for an answer and got no human customer reply by as_of',
        'unanswered_customer_message': 'a human customer message that asks something and gets no vendor reply within 72 hours; due 3 days after it',
        'contact_status': 'active: wrote in the last 45 days or in season rhythm; silent: no human message for 30+ days while the vendor kept writing; left: gone from the company; on_leave: away until a stated date (not departed); new: first appeared in the period',
        'account_going_silent': 'no human customer message for 30 days while the vendor sent at least two human messages; due 30 days after the last customer message',
        'new_senior_contact_not_engaged': 'a senior contact (GM, director, CFO) first appears and no vendor message is addressed to them within 14 days; due 14 days after first appearance',
        'renewal_at_risk': 'due on the later of the day the renewal enters the 90-day window and the first risk evidence',
        'commitment': 'a promise made by the vendor with a due date; commitment_overdue is due the day after the due date when no delivery message exists; open_commitment is raised on the day of the promise when it is not yet due at as_of',
        'contact_departed': 'due on the first message that states the departure as effective (announcement or confirmation)',
        'hard_negatives': 'must_not_alert messages: no phrase signal and no alert may be raised from them',
        'expected_health': 'at_risk accounts must score below 60 and below every healthy account; mixed accounts are not constrained',
        'signal_language': 'language of the new text of the message',
    }
    exp = {'as_of': AS_OF.isoformat(), 'vendor_domain': 'ostrale.fr', 'definitions': definitions, 'accounts': exp_accts}
    with open(os.path.join(OUT, 'expected.yaml'), 'w') as fh:
        yaml.safe_dump(exp, fh, allow_unicode=True, sort_keys=False, width=200)
    write_readme(exp_accts)
    # ---------------- validation of the written files
    total = 0
    for a in ACCTS:
        mb = mailbox.mbox(os.path.join(OUT, a['mbox']), factory=None, create=False)
        keys = list(mb.keys())
        if len(keys) != len(a['msgs']):
            err(f'{a["mbox"]}: {len(keys)} messages parsed, {len(a["msgs"])} written')
        seen_ids = set()
        for k in keys:
            raw = mb.get_bytes(k)
            raw = b'\n'.join(l[1:] if re.match(rb'^>+From ', l) else l for l in raw.split(b'\n'))
            e = email.message_from_bytes(raw, policy=policy.default)
            for part in e.walk():
                if part.defects:
                    err(f'{a["mbox"]}: defects {part.defects} in {e["Message-ID"]}')
            if e.defects:
                err(f'{a["mbox"]}: defects in {e["Message-ID"]}')
            mid = e['Message-ID']
            seen_ids.add(mid)
            r = [x for x in a['msgs'] if x['msgid'] == mid]
            if not r:
                err(f'unknown message {mid}')
                continue
            r = r[0]
            body = e.get_body(preferencelist=('plain',)).get_content()
            unquoted = '\n'.join(l for l in body.split('\n') if not l.startswith('>'))
            for sg in r['sig']:
                if sg[1] not in unquoted:
                    err(f'{r["mid"]}: phrase not found in parsed unquoted body: {sg[1]!r}')
            irt = e['In-Reply-To']
            if r['reply'] and not r['drop'] and irt != MSGS[r['reply']]['msgid']:
                err(f'{r["mid"]}: In-Reply-To wrong')
            if r['drop'] and irt:
                err(f'{r["mid"]}: In-Reply-To should be dropped')
            if email.utils.parsedate_to_datetime(e['Date']) != r['date']:
                err(f'{r["mid"]}: Date header mismatch')
        total += len(keys)
        for s in exp_accts:
            pass
    allsig = [s for a in exp_accts for s in a['signals']]
    negs = sum(len(a['must_not_alert']) for a in exp_accts)
    ref_ids = set(MSGS[x]['msgid'] for x in MSGS)
    for a in exp_accts:
        for s in a['signals'] + a['must_not_alert']:
            if s['message_id'] not in ref_ids:
                err('dangling message id')
    langs = {}
    for s in allsig:
        langs[s['language']] = langs.get(s['language'], 0) + 1
    if not (200 <= total <= 240):
        err(f'message count {total} not in 200..240')
    if negs * 3 < total:
        err(f'hard negatives {negs} < a third of {total}')
    if len(allsig) < 45 or langs.get('fr', 0) < 12 or langs.get('de', 0) < 10 or langs.get('nl', 0) < 8:
        err(f'signal counts too low: {len(allsig)} {langs}')
    # deterministic: message ids only depend on the seed
    cats = {}
    for s in allsig:
        cats[s['type']] = cats.get(s['type'], 0) + 1
    atypes = {}
    for a in exp_accts:
        for al in a['alerts']:
            atypes[al['type']] = atypes.get(al['type'], 0) + 1
    print(f'accounts={len(exp_accts)} messages={total} hard_negatives={negs} signals={len(allsig)}')
    print('signals by category:', dict(sorted(cats.items())))
    print('signals by language:', dict(sorted(langs.items())))
    sl = {}
    for s in allsig:
        sl.setdefault(s['type'], {}).setdefault(s['language'], 0)
        sl[s['type']][s['language']] += 1
    print('category x language:', sl)
    print('alerts by type:', dict(sorted(atypes.items())))
    if ERRORS:
        for x in ERRORS:
            print('VALIDATION ERROR:', x, file=sys.stderr)
        sys.exit(1)
    print('validation passed')

def write_readme(exp_accts):
    L = ['# blind-test-5 — Ostrale Hotelsysteme / Ostrale Hospitality', '',
         'Vendor: Ostrale Hotelsysteme (Lyon) / Ostrale Hospitality (Utrecht office), cloud software for hotels and '
         'restaurants (PMS, channel manager, table booking, housekeeping tablets, guest messaging). Internal domains: '
         '`ostrale.fr` (French staff, support@, facturation@, ventes@) and `ostrale-hospitality.com` (English, German, Dutch '
         'staff, support@, news@). `expected.yaml` names `ostrale.fr` as vendor_domain and lists both under '
         '`definitions.internal_domains`: treat both as internal.', '',
         'Period 2026-08-01 to 2026-11-30, as_of 2026-11-30. Account managers: Claire Vasseur (FR/CH/CA), Femke de Wit '
         '(Benelux), Jonas Brenner (DACH), Niamh Byrne (UK/IE).', '',
         'Run `python3 generate.py`: it rewrites every file deterministically and validates; exit code 1 on any error.', '',
         '## Accounts', '']
    for a, x in zip(ACCTS, exp_accts):
        L.append(f'### {a["account"]} — {a["scenario"]} (expected health: {a["health"]})')
        L.append(f'{a["segment"]}, ARR {a["arr"]}, renewal {a["renewal_date"]} '
                 f'({x["renewal_window"]["days_to_renewal"]} days, {x["renewal_window"]["status"]}), owner {a["owner"]}, '
                 f'{len(a["msgs"])} messages, {len(x["must_not_alert"])} hard negatives, {len(x["signals"])} signals.')
        L.append('')
        L.append(a['story'])
        L.append('')
    L += ['## Alert table (ledger up to as_of)', '', '| account | type | severity | date | due | evidence | note |',
          '|---|---|---|---|---|---|---|']
    for a in ACCTS:
        if not a['alerts']:
            L.append(f'| {a["account"]} | (none) | | | | | quiet between seasons is normal; commitment kept |')
        for al in sorted(a['alerts'], key=lambda x: x['date']):
            L.append(f'| {a["account"]} | {al["type"]} | {al["severity"]} | {al["date"]} | {al.get("due_date", "")} | '
                     f'{", ".join(al["evidence"])} | {al["note"]} |')
    L += ['', 'Evidence is given by short id (e.g. `sab-12`); the Message-ID contains it (`<YYYYMMDDHHMM.sab12.xxxxxx@domain>`).', '',
          '## What must not alert', '',
          'Every account carries hard negatives: vendor newsletters and upsell/renewal reminders with discount words, '
          'forwarded association newsletters (Outlook FR/DE/NL/EN, Gmail, Apple Mail, Thunderbird and Lotus Notes markers) '
          'with switching/cancellation/price words, auto-replies (seasonal closure, maternity leave until a date, departed '
          'contact), calendar invitations and acceptances, ticket acknowledgements, e-bills, personal mail (a ski-touring trip, '
          'two weddings), customers quoting their OWN room, bed, menu and hut prices, a declined upsell. Contacts on leave '
          '(Fiona Drummond until 2027-01-11) must not be reported as departed or silent; the seasonal ski hotel must not be '
          'reported as going silent. Some replies from Outlook 2007 and Lotus Notes drop In-Reply-To and quote a header block.', '']
    with open(os.path.join(OUT, 'README.md'), 'w') as fh:
        fh.write('\n'.join(L))

if __name__ == '__main__':
    main()
