#!/usr/bin/env python3
"""make-sample.py - write the demo company's correspondence.

Northwind Analytics (northwind-analytics.com) sells an analytics platform.
Its Account Managers Claire Martin and David Okafor look after four
customers (sample/accounts.csv).  THREADS below is ~90 days of their mail,
2026-08-26 to 2026-11-23, written by hand; this script only dresses it as
real mail: RFC 5322 headers with time zones and Received lines, display
names (RFC 2047 where needed), Message-ID / In-Reply-To / References
chains, quoted replies in the style of each mail client (Gmail "On ...
wrote:", Outlook "-----Original Message-----" blocks, French and German
attributions), signatures, HTML alternatives, quoted-printable and base64,
one attachment, a delivery report.

Output (deterministic: same input, same bytes):
  sample/mail/   Maildir (cur/, .Sent/cur/): everything up to 2026-11-09,
                 what `make demo` backfills with `mailpulse ingest`
  sample/live/   NNN.eml: 2026-11-10 onwards, what `make demo` sends through
                 a private Postfix with mailpulse-milter, in order

Run: python3 sample/make-sample.py   (rewrites both directories)
"""
import email.policy
import email.utils
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
START = datetime(2026, 8, 26, tzinfo=timezone.utc)
LIVE_FROM = datetime(2026, 11, 10, tzinfo=timezone.utc)

TZ = {
    'us': timezone(timedelta(hours=-4)), 'uk': timezone(timedelta(hours=1)),
    'fr': timezone(timedelta(hours=2)), 'de': timezone(timedelta(hours=2)),
}

# People: address -> (name, title, tz, signature style, language)
P = {
    # Northwind Analytics (internal)
    'claire': ('Claire Martin', 'Senior Account Manager', 'us', 'claire@northwind-analytics.com'),
    'david': ('David Okafor', 'Account Manager', 'us', 'david.okafor@northwind-analytics.com'),
    'tom': ('Tom Becker', 'Solutions Engineer', 'us', 'tom.becker@northwind-analytics.com'),
    'support': ('Northwind Support', None, 'us', 'support@northwind-analytics.com'),
    # Acme Logistics (enterprise, two domains)
    'sarah': ('Sarah Chen', 'VP Operations', 'us', 'sarah.chen@acme-logistics.com'),
    'james': ('James Wright', 'Director of Operations', 'us', 'james.wright@acme-logistics.com'),
    'priya': ('Priya Nair', 'Senior Data Analyst', 'us', 'priya.nair@acme-logistics.com'),
    'oliver': ('Oliver Hughes', 'Head of Finance, UK', 'uk', 'oliver.hughes@mail.acmelogistics.co.uk'),
    'sarah_home': ('Sarah Chen', None, 'us', 'sarah.chen.ops@gmail.com'),
    # Brightwave Health (mid-market)
    'maria': ('Dr. Maria Lopez', 'Chief Medical Officer', 'us', 'mlopez@brightwave-health.com'),
    'kevin': ("Kevin O'Brien", 'IT Manager', 'us', 'kevin.obrien@brightwave-health.com'),
    # Chateau Vins (smb, French)
    'francois': ('François Dupont', 'Directeur commercial', 'fr', 'francois.dupont@chateauvins.fr'),
    'amelie': ('Amélie Bernard', 'Contrôleuse de gestion', 'fr', 'amelie.bernard@chateauvins.fr'),
    # Kessler Maschinenbau (enterprise, German)
    'juergen': ('Jürgen Kessler', 'Geschäftsführer', 'de', 'j.kessler@kessler-maschinenbau.de'),
    'anna': ('Anna Schmidt', 'Leiterin IT', 'de', 'a.schmidt@kessler-maschinenbau.de'),
    'markus': ('Markus Weber', 'Controlling', 'de', 'm.weber@kessler-maschinenbau.de'),
    # others
    'news': ('SaaS Weekly', None, 'us', 'noreply@saasweekly-news.com'),
}

COMPANY = {
    'northwind-analytics.com': 'Northwind Analytics | 415 Mission St, San Francisco, CA',
    'acme-logistics.com': 'Acme Logistics Inc.',
    'acmelogistics.co.uk': 'Acme Logistics UK Ltd',
    'brightwave-health.com': 'Brightwave Health',
    'chateauvins.fr': 'Château Vins SA - Bordeaux',
    'kessler-maschinenbau.de': 'Kessler Maschinenbau GmbH, Augsburg',
}
PHONES = {
    'claire': '+1 415 555 0142', 'david': '+1 415 555 0178', 'tom': '+1 415 555 0190',
    'sarah': '+1 312 555 0117', 'james': '+1 312 555 0160', 'priya': '+1 312 555 0134',
    'oliver': '+44 20 7946 0321', 'maria': '+1 617 555 0101', 'kevin': '+1 617 555 0188',
    'francois': '+33 5 56 00 12 34', 'amelie': '+33 5 56 00 12 40',
    'juergen': '+49 821 555 100', 'anna': '+49 821 555 140', 'markus': '+49 821 555 160',
}
DISCLAIMER = {
    'kessler-maschinenbau.de': ('Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht '
                                'der richtige Adressat sind, informieren Sie bitte sofort den '
                                'Absender und vernichten Sie diese E-Mail.'),
    'brightwave-health.com': ('CONFIDENTIALITY NOTICE: This e-mail and any attachments are '
                              'confidential and may contain protected health information. If '
                              'you are not the intended recipient, please delete it.'),
}


def domain(key):
    return P[key][3].split('@')[1]


def registrable(dom):
    return 'acmelogistics.co.uk' if dom.endswith('acmelogistics.co.uk') else dom


def signature(key, style):
    """The signature block a person's mail client appends."""
    name, title, _, addr = P[key]
    if key == 'support':
        return '\n-- \nNorthwind Support\nhttps://help.northwind-analytics.com'
    if style == 'mobile':
        return {'fr': '\n\nEnvoyé de mon iPhone', 'de': '\n\nVon meinem iPhone gesendet'}.get(
            P[key][2], '\n\nSent from my iPhone')
    first = name.split()[0] if not name.startswith('Dr.') else 'Maria'
    lines = []
    if style == 'dashdash':
        lines.append('\n\n-- ')
        lines.append(name)
    else:
        lines.append('\n\n' + first)
        lines.append('')
        lines.append(name)
    if title:
        lines.append(title)
    lines.append(COMPANY[registrable(domain(key))])
    if key in PHONES:
        lines.append(('Tel. ' if P[key][2] in ('fr', 'de') else 'Phone: ') + PHONES[key])
    dis = DISCLAIMER.get(registrable(domain(key)))
    if dis:
        lines.append('')
        lines.append(dis)
    return '\n'.join(lines)


def attribution(lang, when, key):
    name, _, _, addr = P[key]
    if lang == 'fr':
        return 'Le %s, %s <%s> a écrit :' % (when.strftime('%d/%m/%Y à %H:%M'), name, addr)
    if lang == 'de':
        return 'Am %s schrieb %s <%s>:' % (when.strftime('%d.%m.%Y um %H:%M'), name, addr)
    return 'On %s, %s <%s> wrote:' % (when.strftime('%a, %b %d, %Y at %I:%M %p'), name, addr)


def outlook_block(prev):
    name, _, _, addr = P[prev['from']]
    to = ', '.join('%s <%s>' % (P[k][0], P[k][3]) for k in prev['to'])
    return ('-----Original Message-----\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n%s'
            % (name, addr, prev['date'].strftime('%A, %B %d, %Y %I:%M %p'), to, prev['subject'],
               prev['full']))


# ---------------------------------------------------------------------------
# The correspondence.  Each thread: subject, then messages as
#   (day, "HH:MM", from, [to], [cc], body, options)
# options: quote = 'gmail' | 'outlook' | 'none' (how the reply quotes),
#          lang, sig = 'full' | 'dashdash' | 'mobile' | 'none', html = True,
#          kind = 'ooo' | 'bounce' | 'newsletter', attach = (name, bytes)
# Day 0 is 2026-08-26.
# ---------------------------------------------------------------------------
THREADS = [
    # --- Acme Logistics --------------------------------------------------
    ('Kickoff: Northwind rollout at Acme Logistics', [
        (0, '10:05', 'claire', ['sarah'], ['tom'],
         "Hi Sarah,\n\nThank you again for choosing Northwind. As discussed, Tom will run the "
         "technical onboarding. Could you share two or three time slots next week for a 60-minute "
         "kickoff with your operations team?\n\nWe will cover the warehouse data connectors, the "
         "first three dashboards and user provisioning.", {'html': True}),
        (0, '14:40', 'sarah', ['claire'], ['tom', 'priya'],
         "Hi Claire,\n\nGreat to get started. Tuesday 10am or Wednesday 2pm Central work for us. "
         "I'm adding Priya, who will own the dashboards day to day.\n\nOne request: we need the "
         "on-time delivery dashboard live before our quarterly ops review on October 15.", {}),
        (1, '09:12', 'claire', ['sarah'], ['tom', 'priya'],
         "Wednesday 2pm it is, invite on its way. October 15 is doable: Tom will confirm the "
         "connector plan at the kickoff.", {}),
    ]),
    ('Connector credentials for the WMS export', [
        (6, '11:30', 'tom', ['priya'], ['claire'],
         "Hi Priya,\n\nTo connect the warehouse management system we need a read-only database "
         "user and the hostname of the reporting replica. I'll send you the API documentation and "
         "the network requirements by Friday.", {'sig': 'dashdash'}),
        (6, '13:02', 'priya', ['tom'], ['claire'],
         "Hi Tom, thanks. I've requested the database user from IT, should be ready tomorrow. The "
         "replica is wms-report.acme-logistics.com.", {'quote': 'gmail'}),
        (9, '16:45', 'tom', ['priya'], ['claire'],
         "Here are the API documentation and the network requirements, as promised. Let me know "
         "once the user exists and I'll run the first sync.",
         {'quote': 'gmail', 'sig': 'dashdash', 'attach': ('northwind-connector-requirements.pdf', 2400)}),
        (10, '08:50', 'priya', ['tom'], ['claire'],
         "The user is live (nw_reader). First sync looks good from our side: 2.1M rows in the "
         "shipments table.", {'quote': 'gmail'}),
    ]),
    ('First dashboards - feedback', [
        (21, '15:20', 'priya', ['claire'], ['sarah'],
         "Hi Claire,\n\nThe on-time delivery dashboard is live and the team loves it. Drilling "
         "from region to carrier is exactly what we were missing. Two small asks: a weekly PDF "
         "export for the ops review, and a filter on carrier contract type.", {'html': True}),
        (21, '17:05', 'claire', ['priya'], ['sarah', 'tom'],
         "Wonderful news, thank you Priya! Tom will add the contract-type filter this week; the "
         "weekly PDF is a scheduled report, I'll send the setup steps tomorrow.", {'quote': 'gmail'}),
    ]),
    ('Finance team access', [
        (30, '10:10', 'oliver', ['claire'], ['sarah'],
         "Hello Claire,\n\nSarah showed us the delivery dashboards in the leadership meeting. We "
         "would like to roll this out to our finance team in the UK as well: about 25 people who "
         "work on carrier invoices and accruals. How many more seats would we need, and could "
         "you send us pricing for that?\n\nKind regards,", {'sig': 'full'}),
        (30, '12:30', 'claire', ['oliver'], ['sarah', 'david'],
         "Hi Oliver,\n\nGreat to hear! For 25 finance users you would add 25 analyst seats; "
         "with your enterprise agreement that is $18,000 a year, prorated to your renewal in "
         "January. I'll send a formal quote by Thursday, and Tom can show the invoice "
         "reconciliation template next week.", {'quote': 'outlook'}),
        (31, '09:15', 'oliver', ['claire'], ['sarah'],
         "Thanks Claire, that is in line with what we budgeted. Please send the quote and we "
         "will get it approved internally.", {'quote': 'outlook'}),
    ]),
    ('Quick question', [
        (38, '13:44', 'priya', ['tom'], [],
         "Hi Tom, quick question: can a dashboard filter default to the viewer's own region?", {}),
        (38, '14:10', 'tom', ['priya'], [],
         "Yes: use the user attribute 'region' as the filter default. Docs: "
         "https://help.northwind-analytics.com/filters#defaults", {'quote': 'gmail', 'sig': 'dashdash'}),
    ]),
    ('Ops review prep and a comparison', [
        (45, '09:00', 'claire', ['sarah'], [],
         "Hi Sarah, how did the quarterly ops review go? Anything you need from us before the "
         "renewal conversation in December?", {}),
        (49, '18:20', 'sarah', ['claire'], [],
         "Hi Claire, sorry for the slow reply, it's been hectic. The review went well. Honestly "
         "though, our CFO asked why we pay for Northwind when Looker comes with our cloud "
         "contract, so procurement wants a comparison before renewing. Can you help me with "
         "that?", {'quote': 'gmail', 'sig': 'mobile'}),
        (50, '08:30', 'claire', ['sarah'], ['david'],
         "Of course. I'll prepare a one-page comparison (time to insight, the carrier models "
         "Looker doesn't have, total cost) and send it by next Tuesday.", {'quote': 'gmail'}),
    ]),
    ('Comparison for procurement', [
        (56, '10:00', 'claire', ['sarah'], ['james'],
         "Hi Sarah,\n\nAttached is the comparison for procurement, as promised. Happy to walk "
         "your CFO through it. Copying James, since you mentioned he will take over the ops "
         "analytics budget.", {'html': True}),
        (63, '10:02', 'sarah', ['claire'], [],
         "Thank you for your message. I am no longer with Acme Logistics as of October 23. For "
         "operations analytics please contact James Wright at james.wright@acme-logistics.com, "
         "who has taken over my responsibilities.", {'kind': 'ooo'}),
    ]),
    ('Introduction', [
        (64, '11:15', 'claire', ['james'], [],
         "Hi James,\n\nI understand you have taken over from Sarah, congratulations on the new "
         "role. I would love to set up 30 minutes to walk you through what your team uses today "
         "and the upcoming renewal in January. Would Thursday work?", {}),
        (68, '16:40', 'james', ['claire'], [],
         "Claire, thanks. Thursday doesn't work, maybe the week after. Procurement is still "
         "reviewing the Looker option so I can't promise anything on the renewal yet.",
         {'quote': 'gmail'}),
    ]),
    ('Sarah Chen - new role', [
        (66, '20:15', 'sarah_home', ['claire'], [],
         "Hi Claire, writing from my personal address: I've joined Globex Freight as COO. I'd "
         "love to bring Northwind in here too once I've settled. Let's talk in a month?\n\nSarah",
         {'sig': 'none'}),
        (67, '08:05', 'claire', ['sarah_home'], [],
         "Congratulations Sarah! Absolutely, I'll reach out in December.", {'quote': 'gmail'}),
    ]),
    ('Weekly delivery report', [
        (76, '09:00', 'claire', ['sarah'], [],
         "Hi Sarah, forwarding the weekly report setup as discussed earlier.", {}),
        (76, '09:01', None, ['claire'], [], None, {'kind': 'bounce', 'rcpt': 'sarah'}),
    ]),
    ('Renewal in January', [
        (80, '10:30', 'claire', ['james'], ['oliver'],
         "Hi James, Oliver,\n\nYour agreement renews on January 25. I'd like to agree on the "
         "plan by mid-December, including the 25 finance seats Oliver asked about. Could we "
         "meet next week?", {}),
        (86, '17:50', 'james', ['claire'], ['oliver'],
         "Claire, we're still evaluating. Our budget for next year is being cut by 20%, so the "
         "finance seats are on hold and we may need to reduce the number of licenses. I'll get "
         "back to you after procurement finishes.", {'quote': 'outlook'}),
    ]),

    # --- Brightwave Health --------------------------------------------------
    ('Welcome to Northwind', [
        (2, '11:00', 'david', ['maria'], ['kevin'],
         "Dear Dr. Lopez,\n\nWelcome aboard! I'm your account manager. Kevin and I have set up "
         "SSO this morning; your clinicians can log in from Monday.", {'html': True}),
        (2, '13:25', 'maria', ['david'], ['kevin'],
         "Thank you David. We are looking forward to the readmission dashboards.", {'quote': 'gmail'}),
    ]),
    ('Export to the data warehouse fails', [
        (33, '08:10', 'kevin', ['support'], ['david'],
         "Hello,\n\nThe nightly export to our data warehouse failed again last night with error "
         "E-4410 (timeout). Our quality team depends on it every morning.", {}),
        (33, '09:30', 'support', ['kevin'], ['david'],
         "Hi Kevin, thanks for the report. We are looking into the timeout and will update you "
         "today.", {'quote': 'gmail'}),
        (36, '07:55', 'kevin', ['support', 'david'], ['maria'],
         "This is the third time this week the export failed. This is unacceptable for a "
         "production system; I need this escalated to your engineering management today.",
         {'quote': 'gmail'}),
        (36, '10:15', 'david', ['kevin'], ['maria', 'tom'],
         "Kevin, I'm sorry, you're right to push. I've escalated to our VP of Engineering; Tom "
         "is on a call with the export team now and will send you the root cause and fix by "
         "5pm today.", {'quote': 'gmail'}),
        (36, '16:40', 'tom', ['kevin'], ['david', 'maria'],
         "Root cause: the export job hit the 30-minute limit after your data volume doubled. We "
         "moved you to incremental exports; last night's run finished in 4 minutes. We'll "
         "monitor it for the next two weeks.", {'quote': 'gmail', 'sig': 'dashdash'}),
        (37, '08:20', 'kevin', ['tom'], ['david', 'maria'],
         "Confirmed, this morning's export was complete and on time. Thanks for the quick fix.",
         {'quote': 'gmail'}),
    ]),
    ('Quarterly results', [
        (58, '14:00', 'maria', ['david'], [],
         "David,\n\nI wanted to share some good news: thanks to the readmission dashboards our "
         "care teams cut 30-day readmissions by 12% this quarter, and the reporting work that "
         "took our analysts 200 hours a quarter is now automated. Our CEO loves it and showed "
         "it at the board meeting.", {'html': True}),
        (58, '15:30', 'david', ['maria'], [],
         "Maria, that is fantastic, congratulations to your teams! Would you be open to being "
         "a reference customer, or to a short case study? No pressure at all.", {'quote': 'gmail'}),
        (59, '09:10', 'maria', ['david'], [],
         "Happy to be a reference. Let's talk about the case study in January.", {'quote': 'gmail'}),
    ]),
    ('Pricing for the cardiology unit', [
        (72, '10:45', 'maria', ['david'], ['kevin'],
         "David, cardiology wants access too, about 40 users. What would that cost on our "
         "current plan?", {}),
        (72, '16:20', 'david', ['maria'], ['kevin'],
         "Hi Maria, 40 clinician seats would be $22,000 a year on your plan. I'll send the "
         "quote tomorrow.", {'quote': 'gmail'}),
        (83, '11:00', 'maria', ['david'], ['kevin'],
         "Thanks David, approved on our side. Kevin will handle the provisioning.", {'quote': 'gmail'}),
    ]),

    # --- Chateau Vins (French) -------------------------------------------
    ('Bienvenue chez Northwind', [
        (3, '09:30', 'claire', ['francois'], ['amelie'],
         "Bonjour François,\n\nMerci pour votre confiance ! Je vous propose une session de "
         "prise en main jeudi à 16h (heure de Paris). Amélie est la bienvenue.\n\nBien à vous,",
         {'sig': 'full'}),
        (3, '15:12', 'francois', ['claire'], ['amelie'],
         "Bonjour Claire,\n\nJeudi 16h nous convient parfaitement. Amélie préparera les "
         "données de ventes par région.\n\nCordialement,", {'quote': 'gmail', 'lang': 'fr'}),
    ]),
    ('Tableau de bord des ventes export', [
        (24, '10:05', 'amelie', ['claire'], ['francois'],
         "Bonjour Claire,\n\nLe tableau de bord des ventes export fonctionne bien. Serait-il "
         "possible d'ajouter la marge par appellation ?\n\nCordialement,", {'lang': 'fr', 'html': True}),
        (24, '17:40', 'claire', ['amelie'], ['francois'],
         "Bonjour Amélie,\n\nOui, c'est possible : Tom ajoutera la marge par appellation d'ici "
         "vendredi.\n\nBien à vous,", {'quote': 'gmail', 'lang': 'fr'}),
    ]),
    ('Renouvellement et tarifs', [
        (52, '11:20', 'francois', ['claire'], [],
         "Bonjour Claire,\n\nAvant le renouvellement de février, je dois vous dire que le prix "
         "est trop élevé pour une entreprise de notre taille. Un concurrent nous propose une "
         "solution deux fois moins chère. Pouvez-vous faire un geste ?\n\nCordialement,",
         {'lang': 'fr'}),
        (53, '09:00', 'claire', ['francois'], [],
         "Bonjour François,\n\nMerci de votre franchise. Je regarde avec notre direction ce "
         "que nous pouvons proposer et je reviens vers vous avant la fin de la semaine "
         "prochaine.\n\nBien à vous,", {'quote': 'gmail', 'lang': 'fr'}),
        (61, '10:00', 'claire', ['francois'], [],
         "Bonjour François,\n\nNous pouvons vous proposer 15 % de remise sur deux ans, avec "
         "la formation des nouveaux utilisateurs incluse. Qu'en pensez-vous ?\n\nBien à vous,",
         {'quote': 'gmail', 'lang': 'fr'}),
        (62, '18:30', 'francois', ['claire'], [],
         "Merci Claire, nous allons en discuter en interne.\n\nCordialement,",
         {'quote': 'gmail', 'lang': 'fr', 'sig': 'mobile'}),
        (82, '09:45', 'claire', ['francois'], ['amelie'],
         "Bonjour François,\n\nAvez-vous pu discuter de notre proposition ? Je reste à votre "
         "disposition pour un appel.\n\nBien à vous,", {'quote': 'none', 'lang': 'fr'}),
    ]),

    # --- Kessler Maschinenbau (German) -------------------------------------
    ('Projektstart Kessler', [
        (4, '08:30', 'david', ['anna'], ['juergen', 'tom'],
         "Hallo Frau Schmidt,\n\nvielen Dank für das Vertrauen. Tom Becker übernimmt das "
         "technische Onboarding. Passt Ihnen ein Termin am Dienstag um 15 Uhr?\n\nViele Grüße",
         {'sig': 'full'}),
        (4, '10:02', 'anna', ['david'], ['juergen', 'tom'],
         "Hallo Herr Okafor,\n\nDienstag 15 Uhr passt. Wir bringen die Anforderungen für die "
         "Anbindung an SAP mit.\n\nMit freundlichen Grüßen", {'quote': 'outlook', 'lang': 'de'}),
    ]),
    ('SAP-Anbindung', [
        (14, '09:15', 'anna', ['tom'], ['david'],
         "Hallo Herr Becker,\n\ndie Schnittstelle zu SAP liefert jetzt Daten. Allerdings fehlen "
         "die Kostenstellen aus dem Werk Augsburg. Können Sie sich das ansehen?\n\nMit "
         "freundlichen Grüßen", {'lang': 'de', 'html': True}),
        (14, '15:30', 'tom', ['anna'], ['david'],
         "Hallo Frau Schmidt,\n\ndas Mapping für Augsburg fehlte, ist jetzt ergänzt. Der "
         "nächste Lauf heute Nacht sollte vollständig sein.\n\nViele Grüße",
         {'quote': 'outlook', 'lang': 'de', 'sig': 'dashdash'}),
        (15, '08:05', 'anna', ['tom'], ['david'],
         "Bestätigt, alles da. Danke!", {'quote': 'outlook', 'lang': 'de'}),
    ]),
    ('Controlling-Berichte', [
        (40, '11:00', 'markus', ['david'], ['anna'],
         "Hallo Herr Okafor,\n\ndas Controlling möchte die Berichte ebenfalls nutzen. Wir "
         "bräuchten zehn zusätzliche Lizenzen für das Werk in Ulm. Können Sie uns ein Angebot "
         "schicken?\n\nMit freundlichen Grüßen", {'lang': 'de'}),
        (41, '09:20', 'david', ['markus'], ['anna'],
         "Hallo Herr Weber,\n\ngerne, das Angebot über zehn Lizenzen schicke ich Ihnen bis "
         "Freitag.\n\nViele Grüße", {'quote': 'outlook', 'lang': 'de'}),
        (44, '14:00', 'markus', ['david'], ['anna', 'juergen'],
         "Das Angebot ist freigegeben. Bitte schalten Sie die Lizenzen ab dem 1. Oktober "
         "frei.\n\nMit freundlichen Grüßen", {'quote': 'outlook', 'lang': 'de'}),
    ]),
    ('Jahresgespräch', [
        (70, '10:00', 'juergen', ['david'], [],
         "Sehr geehrter Herr Okafor,\n\nich möchte mit Ihnen über den Vertrag für 2027 "
         "sprechen. Wir sind sehr zufrieden und denken darüber nach, die Plattform in allen "
         "drei Werken einzusetzen.\n\nMit freundlichen Grüßen", {'lang': 'de'}),
        (71, '08:45', 'david', ['juergen'], [],
         "Sehr geehrter Herr Kessler,\n\nvielen Dank, das freut mich sehr! Ich schlage einen "
         "Termin am 20. November in Augsburg vor.\n\nViele Grüße", {'quote': 'outlook', 'lang': 'de'}),
        (85, '16:00', 'juergen', ['david'], ['anna', 'markus'],
         "Herr Okafor,\n\ndanke für das gute Gespräch gestern. Wie besprochen: bitte schicken "
         "Sie uns bis Ende November ein Angebot für alle drei Werke.\n\nMit freundlichen Grüßen",
         {'quote': 'none', 'lang': 'de'}),
    ]),

    # --- Not customer mail: internal, newsletter --------------------------
    ('Acme renewal risk', [
        (81, '12:00', 'claire', ['david'], [],
         "David, heads-up: Acme's new director is lukewarm and procurement is looking at "
         "Looker. Can we talk pricing options tomorrow?", {}),
    ]),
    ('This week in SaaS: 5 dashboards every CFO loves', [
        (47, '06:00', 'news', ['claire'], [], None, {'kind': 'newsletter'}),
    ]),
]

NEWSLETTER = """<html><head><style>body{font-family:Arial} .cta{color:#fff}</style></head>
<body><h1>This week in SaaS</h1>
<p>5 dashboards every CFO loves &mdash; and why your renewal depends on them.</p>
<p><a class="cta" href="https://saasweekly-news.com/r/123">Read more</a></p>
<p style="font-size:10px">You receive this because you subscribed. <a href="https://saasweekly-news.com/unsub">Unsubscribe</a></p>
</body></html>"""


def html_of(text):
    paras = ''.join('<p>%s</p>' % p.replace('&', '&amp;').replace('<', '&lt;')
                    .replace('>', '&gt;').replace('\n', '<br>')
                    for p in text.split('\n\n'))
    return ('<html><head><style>p{margin:0 0 8px}</style></head><body>'
            '<div dir="ltr">%s</div></body></html>' % paras)


def fmt_addr(key):
    name, _, _, addr = P[key]
    return email.utils.formataddr((name, addr))


def received(when, dom):
    return ('from mail.%s (mail.%s [198.51.100.%d]) by mx.northwind-analytics.com '
            '(Postfix) with ESMTPS; %s' % (dom, dom, 10 + len(dom), email.utils.format_datetime(when)))


def build(thread_no, subject, msgs):
    """Yield (when, is_outbound, EmailMessage) for a thread."""
    previous = []
    for n, (day, hm, frm, to, cc, body, opt) in enumerate(msgs):
        h, m = map(int, hm.split(':'))
        key = frm or 'claire'
        tz = TZ[P[key][2]] if frm else timezone.utc
        # Times in a thread are written on the clock of whoever started it,
        # so that replies follow what they answer; each Date header then
        # shows the writer's own time zone.
        d = (START + timedelta(days=day)).date()
        base = TZ[P[msgs[0][2] or 'claire'][2]]
        when = datetime(d.year, d.month, d.day, h, m, 17 * n % 60, tzinfo=base).astimezone(tz)
        msg = EmailMessage(policy=email.policy.SMTP)
        kind = opt.get('kind')
        subj = subject if n == 0 else ('AW: ' if opt.get('lang') == 'de' and opt.get('quote') == 'outlook'
                                       else 'RE: ' if opt.get('quote') == 'outlook' else 'Re: ') + subject
        mid = '%s.%d.%d@%s' % (when.strftime('%Y%m%d%H%M'), thread_no, n,
                               domain(frm) if frm else 'mx.northwind-analytics.com')
        if kind == 'bounce':
            rcpt = P[opt['rcpt']][3]
            dsn = bounce_message(when, rcpt, previous[-1])
            yield when, False, dsn
            continue
        dom = domain(frm)
        if not dom.endswith('northwind-analytics.com'):  # our MTA's stamp, on top
            msg['Received'] = received(when + timedelta(seconds=4), dom)
        msg['From'] = fmt_addr(frm)
        msg['To'] = ', '.join(fmt_addr(k) for k in to)
        if cc:
            msg['Cc'] = ', '.join(fmt_addr(k) for k in cc)
        msg['Subject'] = subj if kind != 'ooo' else 'Automatic reply: ' + previous[-1]['subject']
        msg['Date'] = email.utils.format_datetime(when)
        msg['Message-ID'] = '<%s>' % mid
        if previous:
            parent = previous[-1]
            msg['In-Reply-To'] = '<%s>' % parent['id']
            msg['References'] = ' '.join('<%s>' % p['id'] for p in previous[-6:])
        msg['MIME-Version'] = '1.0'
        if kind == 'ooo':
            msg['Auto-Submitted'] = 'auto-replied'
            msg['X-Auto-Response-Suppress'] = 'All'
            text = body
        elif kind == 'newsletter':
            msg['List-Unsubscribe'] = '<https://saasweekly-news.com/unsub>'
            msg['Precedence'] = 'bulk'
            msg.set_content(NEWSLETTER, subtype='html', charset='utf-8')
            yield when, False, msg
            continue
        else:
            sig_style = opt.get('sig', 'full')
            text = body + ('' if sig_style == 'none' else signature(frm, sig_style))
        quote = opt.get('quote', 'gmail' if previous else 'none')
        full = text
        if previous and quote == 'gmail':
            p = previous[-1]
            full = text + '\n\n' + attribution(opt.get('lang', 'en'), p['date'], p['from']) + '\n' + \
                '\n'.join(('> ' + l) if l else '>' for l in p['full'].split('\n'))
        elif previous and quote == 'outlook':
            full = text + '\n\n' + outlook_block(previous[-1])
        charset = 'iso-8859-1' if opt.get('lang') == 'fr' and n % 2 else 'utf-8'
        msg.set_content(full, charset=charset,
                        cte='quoted-printable' if charset != 'utf-8' or n % 3 else 'base64')
        if opt.get('html'):
            msg.add_alternative(html_of(full), subtype='html', charset='utf-8')
        if 'attach' in opt:
            name, size = opt['attach']
            payload = (b'%PDF-1.4\n% sample attachment\n' + b'0' * size)[:size]
            msg.add_attachment(payload, maintype='application', subtype='pdf', filename=name)
        previous.append({'id': mid, 'from': frm, 'to': to, 'date': when, 'subject': subj,
                         'full': full})
        yield when, dom.endswith('northwind-analytics.com'), msg


def bounce_message(when, rcpt, original):
    """An RFC 3464 delivery report (raw bytes) for a mailbox that is gone."""
    sender = P[original['from']][3]
    boundary = 'bounce-%s' % when.strftime('%Y%m%d%H%M%S')
    text = """From: Mail Delivery System <MAILER-DAEMON@mx.acme-logistics.com>
To: %(to)s
Subject: Undelivered Mail Returned to Sender
Date: %(date)s
Message-ID: <%(stamp)s.bounce@mx.acme-logistics.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="%(b)s"
Received: from mx.acme-logistics.com (mx.acme-logistics.com [198.51.100.30]) by mx.northwind-analytics.com (Postfix); %(date)s

This is a MIME-encapsulated message.

--%(b)s
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.acme-logistics.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<%(rcpt)s>: host mx.acme-logistics.com said: 550 5.1.1 <%(rcpt)s>:
    Recipient address rejected: User unknown in virtual mailbox table

--%(b)s
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.acme-logistics.com
Arrival-Date: %(date)s

Final-Recipient: rfc822; %(rcpt)s
Original-Recipient: rfc822;%(rcpt)s
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.acme-logistics.com
Diagnostic-Code: smtp; 550 5.1.1 <%(rcpt)s>: Recipient address rejected: User
    unknown in virtual mailbox table

--%(b)s
Content-Type: text/rfc822-headers

From: %(to)s
To: %(rcpt)s
Subject: %(subject)s
Message-ID: <%(id)s>

--%(b)s--
""" % {'to': fmt_addr(original['from']), 'date': email.utils.format_datetime(when),
       'stamp': when.strftime('%Y%m%d%H%M%S'), 'b': boundary, 'rcpt': rcpt,
       'subject': original['subject'], 'id': original['id']}
    return text.encode('utf-8')


def main():
    out_mail = os.path.join(HERE, 'mail')
    out_live = os.path.join(HERE, 'live')
    for d in (out_mail, out_live):
        shutil.rmtree(d, ignore_errors=True)
    for d in ('cur', 'new', '.Sent/cur', '.Sent/new'):
        os.makedirs(os.path.join(out_mail, d))
    os.makedirs(out_live)
    everything = []
    for i, (subject, msgs) in enumerate(THREADS):
        for when, outbound, msg in build(i, subject, msgs):
            everything.append((when.astimezone(timezone.utc), outbound, msg))
    everything.sort(key=lambda e: e[0])
    live = 0
    for n, (when, outbound, msg) in enumerate(everything):
        data = msg if isinstance(msg, bytes) else \
            msg.as_bytes(policy=email.policy.SMTP.clone(linesep='\n'))
        if when >= LIVE_FROM:
            live += 1
            path = os.path.join(out_live, '%03d.eml' % live)
        else:
            folder = '.Sent/cur' if outbound else 'cur'
            path = os.path.join(out_mail, folder, '%d.M%dP1.sample:2,S' % (
                int(when.timestamp()), n))
        with open(path, 'wb') as f:
            f.write(data)
    for d in ('tmp', '.Sent/tmp'):
        os.makedirs(os.path.join(out_mail, d), exist_ok=True)
        open(os.path.join(out_mail, d, '.keep'), 'w').close()
    print('%d messages: %d in sample/mail, %d in sample/live' % (
        len(everything), len(everything) - live, live))


main()
