"""kw_auto: automated mail (out-of-office, tickets, newsletters, calendar, bounces, receipts, notices)."""
from kw_core import *  # noqa: F401,F403


# --------------------------------------------------------------------------- automated mail builders
SUPPORT = P('support@kassenwerk.de', 'Kassenwerk Support', '', 'V', 'system', tz=0)
NEWS = P('news@kassenwerk.de', 'Kassenwerk', '', 'V', 'system', tz=2)
NEWS_FR = P('actus@kassenwerk.com', 'Kassenwerk France', '', 'V', 'system', tz=2)
NEWS_EN = P('insights@kassenwerk.com', 'Kassenwerk Insights', '', 'V', 'system', tz=1)
KUNDENINFO = P('kunden-info@kassenwerk.de', 'Kassenwerk Kundeninformation', '', 'V', 'system', tz=2)
INFO_FR = P('info-clients@kassenwerk.com', 'Kassenwerk – Information clients', '', 'V', 'system', tz=2)
BILLING_NOREPLY = P('billing-noreply@kassenwerk.de', 'Kassenwerk Vertragsservice', '', 'V', 'system', tz=2)
BILLING_NOREPLY_EN = P('billing-noreply@kassenwerk.com', 'Kassenwerk Subscriptions', '', 'V', 'system', tz=1)
EVENTS = P('events@kassenwerk.com', 'Kassenwerk Events', '', 'V', 'system', tz=1)
SURVEY = P('feedback@kassenwerk.de', 'Kassenwerk Kundenfeedback', '', 'V', 'system', tz=2)


def after(S, trigger, date, frm, minutes=1):
    """Auto-generated answers come a minute or so after their trigger; never before it."""
    t = S.msgs[trigger]
    own = mkdt(date, frm.tz, 'probe')
    if own.replace(second=0) <= t.dt:
        d = (t.dt + dt.timedelta(minutes=minutes)).astimezone(dt.timezone(dt.timedelta(hours=frm.tz)))
        return d.strftime('%Y-%m-%d %H:%M')
    return date


def ooo(S, key, date, frm, trigger, body, subject_prefix, neg):
    t = S.msgs[trigger]
    date = after(S, trigger, date, frm)
    return S.m(key, date, frm, to=[t.frm], subject=subject_prefix + t.subject, body=body, parent=trigger,
               kind='ooo', sig=False, quote=False, neg=neg, expects=False, client='system',
               extra=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                      ('X-MS-Exchange-Inbox-Rules-Loop', frm.email)])


TICKET_TXT = {
    'de': ('Guten Tag {name},\n\n{intro}\n\nTicket:     {tid}\nBetreff:    {title}\nStatus:     {status}\nPriorität:  {prio}\n\n{comment}\n\n'
           'Sie können den Verlauf jederzeit im Kundenportal einsehen: https://portal.kassenwerk.de/tickets/{tid}\n\n'
           'Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail. Um dem Ticket eine Information hinzuzufügen, '
           'nutzen Sie bitte das Kundenportal.\n\nIhr Kassenwerk Support-Team\nKassenwerk GmbH · Karl-Heine-Straße 99 · 04229 Leipzig\n'),
    'fr': ('Bonjour {name},\n\n{intro}\n\nTicket :    {tid}\nObjet :     {title}\nStatut :    {status}\nPriorité :  {prio}\n\n{comment}\n\n'
           'Suivez votre demande dans le portail client : https://portal.kassenwerk.com/tickets/{tid}\n\n'
           'Merci de ne pas répondre à ce message généré automatiquement.\n\nL\'équipe Support Kassenwerk\n'),
    'en': ('Hello {name},\n\n{intro}\n\nTicket:    {tid}\nSubject:   {title}\nStatus:    {status}\nPriority:  {prio}\n\n{comment}\n\n'
           'You can follow the ticket in the customer portal: https://portal.kassenwerk.com/tickets/{tid}\n\n'
           'Please do not reply to this automatically generated e-mail.\n\nKassenwerk Support\n'),
}


def ticket(S, key, date, to, tid, title, status, prio, intro, comment, lang, neg, subj=None):
    body = TICKET_TXT[lang].format(name=to.name.split()[0] if lang != 'de' else to.name, intro=intro, tid=tid,
                                   title=title, status=status, prio=prio, comment=comment)
    subj = subj or '[%s] %s' % (tid, title)
    return S.m(key, date, SUPPORT, to=[to], subject=subj, body=body, kind='ticket', sig=False, neg=neg,
               expects=False, client='system', extra=[('Auto-Submitted', 'auto-generated'), ('X-Kassenwerk-Ticket', tid),
                                                      ('Reply-To', 'Kassenwerk Support <noreply-support@kassenwerk.de>')])


def newsletter(S, key, date, to, lang, month, neg):
    frm = {'de': NEWS, 'fr': NEWS_FR, 'en': NEWS_EN}[lang]
    if lang == 'de':
        subj = {'06': 'Kassenwerk Insights Juni: Mehr Filialen, weniger Aufwand',
                '07': 'Kassenwerk Insights Juli: Sommer-Aktion für Kassenwerk Enterprise Plus',
                '09': 'Kassenwerk Insights September: Jetzt verlängern und 20 % sparen'}[month]
        html_ = ('<html><body style="font-family:Arial"><table width="600" align="center"><tr><td>'
                 '<h1 style="color:#0b5">Kassenwerk Insights</h1>'
                 '<p>Hallo %s,</p>'
                 '<p>viele Filialisten konsolidieren gerade ihre Kassen- und Warenwirtschaftslandschaft. '
                 'Mit <b>Kassenwerk Enterprise Plus</b> bündeln Sie Kasse, Warenwirtschaft und Filialsteuerung auf einer Plattform.</p>'
                 '<p style="font-size:18px"><b>Jetzt upgraden: 20 %% Rabatt im ersten Jahr</b> &ndash; für alle Kunden, die bis zum 31.10. '
                 'auf Enterprise Plus wechseln oder ihren Vertrag vorzeitig verlängern.</p>'
                 '<p>&bdquo;Seit wir Kassenwerk in allen 48 Filialen nutzen, sparen wir drei Stunden Inventurzeit pro Filiale.&ldquo; '
                 '&ndash; <i>Backhaus Lindner, Leiter Filialorganisation</i></p>'
                 '<p><a href="https://www.kassenwerk.de/webinar">Webinar: Weitere Standorte in 30 Tagen ausrollen</a></p>'
                 '<hr><p style="font-size:10px;color:#888">Sie erhalten diese E-Mail, weil Sie Kunde der Kassenwerk GmbH sind. '
                 '<a href="https://www.kassenwerk.de/abmelden">Newsletter abbestellen</a> &middot; Kassenwerk GmbH, '
                 'Karl-Heine-Straße 99, 04229 Leipzig, HRB 38114</p></td></tr></table></body></html>\n') % html.escape(to.name)
        why = 'Vendor marketing newsletter (upgrade/discount/renewal offer, customer quote); not customer intent.'
    elif lang == 'fr':
        subj = {'06': 'Kassenwerk Actus – juin : passez à Premium',
                '07': 'Kassenwerk Actus – juillet : votre caisse prête pour l\'été',
                '09': 'Kassenwerk Actus – septembre : renouvelez maintenant, -20 %'}[month]
        html_ = ('<html><body><table width="600" align="center"><tr><td>'
                 '<h1>Kassenwerk Actus</h1><p>Bonjour %s,</p>'
                 '<p>Vous avez plus de points de vente à équiper ? <b>Passez à l\'offre Premium</b> et bénéficiez de '
                 '<b>-20 %% la première année</b> pour tout renouvellement anticipé avant le 31 octobre.</p>'
                 '<p>&laquo; Nous avons déployé Kassenwerk dans nos 35 boulangeries en six semaines. &raquo; '
                 '&ndash; <i>Directeur des opérations, réseau de boulangeries</i></p>'
                 '<p>Nouveau : certification NF525 mise à jour, module Click &amp; Collect, inventaire tournant.</p>'
                 '<hr><p style="font-size:10px">Vous recevez cet e-mail en tant que client Kassenwerk. '
                 '<a href="https://www.kassenwerk.com/fr/desabonnement">Se désabonner</a></p></td></tr></table></body></html>\n') % html.escape(to.name)
        why = 'Vendor marketing newsletter (Premium upsell, renewal discount, testimonial); not customer intent.'
    else:
        subj = {'06': 'Kassenwerk Insights – June: upgrade to Enterprise Plus and save 15%',
                '07': 'Kassenwerk Insights – July: what UK retailers told us',
                '09': 'Kassenwerk Insights – September: renew early, save 15%'}[month]
        html_ = ('<html><body><table width="600" align="center"><tr><td>'
                 '<h1>Kassenwerk Insights</h1><p>Hi %s,</p>'
                 '<p>Adding stores this year? <b>Upgrade to Enterprise Plus and save 15%%</b> on your first year '
                 'when you renew or expand before 31 October.</p>'
                 '<p>&ldquo;We rolled Kassenwerk out to 60 stores in eight weeks and cut stock-take time in half.&rdquo; '
                 '&ndash; <i>Head of Store Operations, UK fashion retailer</i></p>'
                 '<p>Switching from another POS? Our migration team moves your data for free.</p>'
                 '<hr><p style="font-size:10px">You are receiving this because you are a Kassenwerk customer. '
                 '<a href="https://www.kassenwerk.com/unsubscribe">Unsubscribe</a></p></td></tr></table></body></html>\n') % html.escape(to.name)
        why = 'Vendor marketing newsletter (upgrade, renewal discount, switching pitch); not customer intent.'
    return S.m(key, date, frm, to=[to], subject=subj, body=html_, kind='newsletter', sig=False, html_only=True,
               neg=neg or why, expects=False, client='system',
               extra=[('List-Unsubscribe', '<https://www.kassenwerk.de/abmelden?u=%s>' % h(S.key + key)),
                      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Precedence', 'bulk')])


def ics(uid, organizer, attendees, summary, start, end, location, desc, method='REQUEST', partstat=None, tzid='Europe/Berlin'):
    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
             'METHOD:%s' % method, 'BEGIN:VEVENT', 'UID:%s' % uid,
             'ORGANIZER;CN="%s":mailto:%s' % (organizer.name, organizer.email)]
    for a in attendees:
        ps = partstat if (partstat and method == 'REPLY') else 'NEEDS-ACTION'
        lines.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE:mailto:%s' % (a.name, ps, a.email))
    lines += ['SUMMARY:%s' % esc(summary), 'DTSTART;TZID=%s:%s' % (tzid, start), 'DTEND;TZID=%s:%s' % (tzid, end),
              'LOCATION:%s' % esc(location), 'DESCRIPTION:%s' % esc(desc), 'SEQUENCE:0', 'STATUS:CONFIRMED',
              'END:VEVENT', 'END:VCALENDAR']
    # fold long lines (RFC 5545, 75 octets)
    out = []
    for l in lines:
        while len(l.encode('utf-8')) > 74:
            cut = 74
            while len(l[:cut].encode('utf-8')) > 74:
                cut -= 1
            out.append(l[:cut])
            l = ' ' + l[cut:]
        out.append(l)
    return '\r\n'.join(out) + '\r\n'


def calendar(S, key, date, organizer, attendees, subject, start, end, location, desc, neg, lang='de', tzid='Europe/Berlin'):
    when_txt = '%s.%s.%s %s:%s' % (start[6:8], start[4:6], start[:4], start[9:11], start[11:13])
    intro = {'de': 'Wann: %s (Europa/Berlin)\nWo: %s\n\n%s\n\n________________________________________________________________________________\nMicrosoft Teams-Besprechung\nJetzt an der Besprechung teilnehmen\nBesprechungs-ID: 381 552 904 17\n',
             'fr': 'Quand : %s (Europe/Paris)\nOù : %s\n\n%s\n\n________________________________________________________________________________\nRéunion Microsoft Teams\nRejoindre la réunion maintenant\nID de réunion : 329 118 470 52\n',
             'en': 'When: %s (Europe/London)\nWhere: %s\n\n%s\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin the meeting now\nMeeting ID: 342 907 118 63\n'}[lang]
    text = intro % (when_txt, location, desc)
    uid = '040000008200E00074C5B7101A82E008000000%s' % h(S.key + key, 24).upper()

    def raw(x):
        e = EmailMessage(policy=POL)
        set_common_headers(e, x)
        e.set_content(text, charset='utf-8', cte='quoted-printable')
        e.add_alternative(ics(uid, organizer, attendees, subject, start, end, location, desc, tzid=tzid),
                          subtype='calendar', charset='utf-8', cte='quoted-printable', params={'method': 'REQUEST'})
        return e
    x = S.m(key, date, organizer, to=attendees, subject=subject, body=text, kind='calendar', sig=False, neg=neg,
            expects=False, raw=raw, client=organizer.client)
    x.ics_uid = uid
    x.cal = (start, end, location, tzid)
    return x


def cal_reply(S, key, date, attendee, invite_key, partstat, prefix, neg):
    inv = S.msgs[invite_key]
    text = ''

    def raw(x):
        e = EmailMessage(policy=POL)
        set_common_headers(e, x)
        body = ics(inv.ics_uid, inv.frm, [attendee], base_subject(inv.subject), inv.cal[0],
                   inv.cal[1], inv.cal[2], '', method='REPLY', partstat=partstat, tzid=inv.cal[3])
        cte = '7bit' if body.isascii() else 'quoted-printable'
        e.set_content(body, subtype='calendar', charset='utf-8', cte=cte, params={'method': 'REPLY'})
        return e
    return S.m(key, date, attendee, to=[inv.frm], subject=prefix + base_subject(inv.subject), body=text,
               parent=invite_key, kind='calendar', sig=False, quote=False, neg=neg, expects=False, raw=raw)


def bounce(S, key, date, mta, original_key, status, diag, text, neg=None):
    orig = S.msgs[original_key]
    rcpt = orig.to[0]
    mailer = P('MAILER-DAEMON@%s' % mta, 'Mail Delivery System', '', 'system', 'system', tz=orig.frm.tz)
    date = after(S, original_key, date, mailer)

    def raw(x):
        r = MIMEMultipart('report', report_type='delivery-status')
        r['From'] = 'Mail Delivery System <MAILER-DAEMON@%s>' % mta
        r['To'] = orig.frm.email
        r['Subject'] = x.subject
        r['Date'] = format_datetime(x.dt)
        r['Message-ID'] = x.msgid
        r['Auto-Submitted'] = 'auto-replied'
        r.attach(MIMEText(text, 'plain', 'utf-8'))
        ds = MIMEBase('message', 'delivery-status')
        b1 = Message()
        b1['Reporting-MTA'] = 'dns; %s' % mta
        b1['Arrival-Date'] = format_datetime(orig.dt)
        b2 = Message()
        b2['Final-Recipient'] = 'rfc822; %s' % rcpt.email
        b2['Action'] = 'failed' if status.startswith('5') else 'delayed'
        b2['Status'] = status
        b2['Diagnostic-Code'] = 'smtp; %s' % diag
        ds.set_payload([b1, b2])
        r.attach(ds)
        hdrs = MIMEBase('text', 'rfc822-headers')
        hdrs.set_payload('From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\n'
                         % (orig.frm.name.encode('ascii', 'replace').decode(), orig.frm.email, rcpt.email,
                            orig.subject.encode('ascii', 'replace').decode(), format_datetime(orig.dt), orig.msgid))
        r.attach(hdrs)
        return r
    return S.m(key, date, mailer, to=[orig.frm], subject='Undelivered Mail Returned to Sender' if status.startswith('5')
               else 'Delivery Status Notification (Delay)', body=text, kind='bounce', sig=False, quote=False,
               neg=neg, expects=False, raw=raw, client='system', parent=original_key)


def read_receipt(S, key, date, reader, original_key, lang, neg):
    orig = S.msgs[original_key]
    if lang == 'de':
        text = ('Ihre Nachricht\n\n  An: %s\n  Betreff: %s\n  Gesendet: %s\n\nwurde am %s gelesen.\n'
                % (reader.name, orig.subject, orig.dt.strftime('%d.%m.%Y %H:%M'), '%s.%s' % (date[8:10], date[5:7]) + '.' + date[:4] + ' ' + date[11:]))
        subj = 'Gelesen: ' + orig.subject
    else:
        text = ('Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n'
                % (reader.name, orig.subject, orig.dt.strftime('%d/%m/%Y %H:%M'), date))
        subj = 'Read: ' + orig.subject

    def raw(x):
        r = MIMEMultipart('report', report_type='disposition-notification')
        r['From'] = x.frm.addr().__str__()
        r['To'] = str(orig.frm.addr())
        r['Subject'] = x.subject
        r['Date'] = format_datetime(x.dt)
        r['Message-ID'] = x.msgid
        r['In-Reply-To'] = orig.msgid
        r['References'] = orig.msgid
        r['X-Mailer'] = 'Microsoft Office Outlook 12.0'
        r.attach(MIMEText(text, 'plain', 'utf-8'))
        mdn = MIMEBase('message', 'disposition-notification')
        mdn.set_payload('Reporting-UA: %s; Microsoft Office Outlook 12.0\nFinal-Recipient: rfc822;%s\n'
                        'Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n'
                        % (reader.domain, reader.email, orig.msgid))
        r.attach(mdn)
        return r
    return S.m(key, date, reader, to=[orig.frm], subject=subj, body=text, parent=original_key, kind='receipt',
               sig=False, quote=False, neg=neg, expects=False, raw=raw)


def notice(S, key, date, frm, to, subject, body, neg, bcc=(), html_only=False, kind='notice', extra=()):
    return S.m(key, date, frm, to=to, subject=subject, body=body, kind=kind, sig=False, neg=neg, expects=False,
               bcc=bcc, html_only=html_only, client='system',
               extra=[('Precedence', 'bulk'), ('Auto-Submitted', 'auto-generated')] + list(extra))


# =========================================================================== output
