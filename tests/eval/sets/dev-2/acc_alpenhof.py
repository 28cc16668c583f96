"""Alpenhof Hotels & Gastronomie GmbH (Innsbruck, AT) - escalation in July, then six weeks of silence."""
from kw_core import *  # noqa: F401,F403
from kw_auto import *  # noqa: F401,F403

D = 'alpenhof-gastro.at'
FOOT = ('Alpenhof Hotels & Gastronomie GmbH · Maria-Theresien-Straße 21 · 6020 Innsbruck\n'
        'FN 412877 t · Landesgericht Innsbruck · UID ATU68811923 · www.alpenhof-gastro.at')
FLORIAN = P('f.gruber@' + D, 'Florian Gruber', 'Leiter F&B / Projektleiter Kassensysteme', 'alpenhof', 'apple_de',
            sig='Liebe Grüße aus Innsbruck\nFlorian Gruber\nLeitung Food & Beverage · Projekt Kassensysteme\n'
                'M +43 664 410 22 87\n\n' + FOOT)
SABRINA = P('s.huber@' + D, 'Sabrina Huber', 'Assistenz der Geschäftsführung', 'alpenhof', 'outlook_de',
            sig='Mit freundlichen Grüßen\nSabrina Huber\nAssistenz der Geschäftsführung\n\n' + FOOT)
NEWS_AH = P('newsletter@' + D, 'Alpenhof Hotels', '', 'system', 'system')
EGGER = P('t.egger@' + D, 'Mag. Thomas Egger', 'Geschäftsführer', 'alpenhof', 'outlook_de',
          sig='Mag. Thomas Egger\nGeschäftsführer\n\n' + FOOT)


def build():
    S = Story('alpenhof', 'Alpenhof Hotels & Gastronomie GmbH', [D], JANA.email, 72000, '2027-01-31', 'mid',
              'going_dark_after_escalation', 'alpenhof-gastro.mbox',
              'Austrian hotel group (9 hotel restaurants). Quick, friendly rollout in June, a till outage during a '
              'wedding in July escalated to the managing director, then from mid-August nobody at the customer '
              'answers any more while the winter-season rollout is due.')
    S.m('h01', '2026-06-03 09:05', JANA, to=[FLORIAN], subject='Rollout Seefeld & Kitzbühel – Zeitplan',
        body='Grüß Gott Herr Gruber,\n\nanbei der abgestimmte Zeitplan: Go-Live Seefeld am 29.06., Kitzbühel am 06.07. '
             'Passt Ihnen für die Einschulung der Servicekräfte jeweils der Vortag ab 14 Uhr?',
        attach=[('Zeitplan_Rollout_Alpenhof_Sommer2026.pdf', 'application/pdf', fake_pdf('Zeitplan Rollout'))])
    S.m('h02', '2026-06-03 11:20', FLORIAN, parent='h01', expects=False,
        body='Hallo Frau Hoffmann,\n\npasst beides. In Seefeld bitte erst ab 15 Uhr, vorher ist Mittagsservice.\n\nLG Florian Gruber')
    S.m('h03', '2026-06-09 14:02', FLORIAN, to=[TOBIAS], subject='RKSV Startbeleg neue Kasse Seefeld',
        body='Hallo Herr Reuter,\n\nkurze Frage zur RKSV: wird der Startbeleg bei der neuen Kasse in Seefeld automatisch '
             'signiert und an FinanzOnline gemeldet, oder muss unser Steuerberater das machen?\n\nDanke!')
    S.m('h04', '2026-06-09 16:45', TOBIAS, parent='h03',
        body='Hallo Herr Gruber,\n\ndie Signatur des Startbelegs erfolgt automatisch über die Signaturerstellungseinheit. '
             'Die Registrierung in FinanzOnline muss aber Ihr Steuerberater (oder Sie selbst) vornehmen – die Daten dafür '
             'finden Sie unter Einstellungen > RKSV > Registrierungsdaten. Den Startbeleg bitte mit der BMF-Belegcheck-App '
             'prüfen.')
    S.m('h05', '2026-06-10 08:10', FLORIAN, parent='h04', expects=False, body='Super, danke – gebe ich so weiter.')
    ticket(S, 'h06', '2026-06-16 10:20', FLORIAN, 'KW-48790', 'Signaturerstellungseinheit Seefeld nicht erreichbar',
           'Gelöst', 'Hoch', 'Ihr Ticket wurde gelöst.',
           'Kommentar des Bearbeiters (A. Wolf):\nDas Zertifikat der Signaturerstellungseinheit war noch nicht '
           'aktiviert. Aktivierung durchgeführt, Testbeleg erfolgreich signiert.', 'de',
           neg='Ticket-system notification (resolved, priority field is template text).')
    calendar(S, 'h07', '2026-06-22 09:00', TOBIAS, [FLORIAN, SABRINA], 'Go-Live Alpenhof Seefeld – Vor-Ort-Begleitung',
             '20260629T070000', '20260629T150000', 'Hotel Alpenhof Seefeld, Restaurant Gschwandtkopf',
             'Vor-Ort-Begleitung Go-Live, Einschulung Service, Abnahme.', 'Vendor calendar invitation for a go-live visit.')
    S.m('h08', '2026-06-30 21:14', FLORIAN, to=[JANA], cc=[TOBIAS], subject='Go-Live Seefeld',
        body='Hallo Frau Hoffmann,\n\nSeefeld läuft, danke an Herrn Reuter für die Begleitung. Zwei Kleinigkeiten: '
             'die Tischpläne für die Terrasse fehlen noch, und die Zimmerbuchung (Umbuchen aufs Zimmer) klappt bei '
             'Halbpensionsgästen nicht. Können Sie das bis Kitzbühel lösen?')
    S.m('h09', '2026-07-01 08:30', JANA, parent='h08', expects=False,
        body='Hallo Herr Gruber,\n\ndanke! Die Tischpläne hat Herr Reuter heute früh angelegt. Das Umbuchen bei Halbpension ist ein '
             'Mapping-Thema in der Schnittstelle zu Ihrem Hotelsystem – unsere Entwicklung hat das bereits korrigiert, '
             'wir testen es am Montag in Kitzbühel mit.')
    S.m('h10', '2026-07-11 20:52', FLORIAN, to=[JANA, SUPPORT], cc=[EGGER], subject='DRINGEND: Totalausfall Kassen Kitzbühel',
        body='Frau Hoffmann,\n\nseit 18 Uhr gehen in Kitzbühel keine Kassen mehr, wir haben eine Hochzeit mit 180 Gästen '
             'im Haus und schreiben Bons mit der Hand. Die Hotline ist seit einer Stunde besetzt bzw. geht niemand ran.\n\n'
             'Das ist in der ersten Woche nach dem Go-Live inakzeptabel. Ich setze unseren Geschäftsführer in Kopie.',
        signals=[('escalation', 'Ich setze unseren Geschäftsführer in Kopie')])
    S.m('h11', '2026-07-11 21:31', JANA, parent='h10', expects=False,
        body='Herr Gruber,\n\nes tut mir sehr leid. Ich habe die Rufbereitschaft direkt alarmiert, Herr Reuter schaltet '
             'sich in den nächsten Minuten per Fernwartung auf. Ich bleibe erreichbar: +49 171 442 90 17.')
    S.m('h12', '2026-07-13 08:15', EGGER, to=[JANA], cc=[FLORIAN, MAIWALD], subject='Ausfall Kitzbühel 11.07.',
        body='Sehr geehrte Frau Hoffmann,\n\nder Ausfall am Samstag hat uns vor einem wichtigen Kunden schwer blamiert. '
             'Ich erwarte bis Mittwoch eine schriftliche Stellungnahme zur Ursache und einen Vorschlag zur Kompensation.\n\n'
             'Ein zweites Mal werden wir so etwas nicht hinnehmen – dann sehen wir uns nach Alternativen um.',
        signals=[('escalation', 'Ich erwarte bis Mittwoch eine schriftliche Stellungnahme zur Ursache und einen '
                                'Vorschlag zur Kompensation'),
                 ('churn_risk', 'dann sehen wir uns nach Alternativen um')])
    S.m('h13', '2026-07-13 10:02', JANA, parent='h12',
        body='Sehr geehrter Herr Mag. Egger,\n\nich verstehe Ihren Ärger vollkommen und entschuldige mich im Namen von '
             'Kassenwerk. Die schriftliche Stellungnahme mit Ursache, Maßnahmen und unserem Kompensationsvorschlag '
             'erhalten Sie bis Mittwoch, 15. Juli.',
        signals=[('commitment', 'Die schriftliche Stellungnahme mit Ursache, Maßnahmen und unserem '
                                'Kompensationsvorschlag erhalten Sie bis Mittwoch, 15. Juli',
                  {'due': '2026-07-15', 'kept_by': 'h14'})])
    S.m('h14', '2026-07-15 16:40', JANA, parent='h13',
        body='Sehr geehrter Herr Mag. Egger,\n\nanbei unsere Stellungnahme. Kurz: Ursache war ein fehlerhaftes '
             'Zertifikats-Update im Rechenzentrum, das alle Kassen eines Mandanten vom Server getrennt hat; der '
             'Offline-Modus war in Kitzbühel noch nicht aktiviert. Beides ist behoben, die Hotline ist am Wochenende '
             'künftig doppelt besetzt.\n\nAls Kompensation schreiben wir Ihnen die Lizenzgebühr für Juli gut.',
        attach=[('Stellungnahme_Ausfall_Kitzbuehel_2026-07-11.pdf', 'application/pdf', fake_pdf('Stellungnahme'))])
    S.m('h15', '2026-07-16 09:05', EGGER, parent='h14', expects=False,
        body='Sehr geehrte Frau Hoffmann,\n\ndanke für die rasche und offene Aufarbeitung. Die Gutschrift nehmen wir an.')
    newsletter(S, 'h16', '2026-07-20 10:00', FLORIAN, 'de', '07', None)
    S.m('h17', '2026-08-03 10:30', JANA, to=[FLORIAN], subject='Wintersaison: Lech und Ischgl',
        body='Hallo Herr Gruber,\n\nich hoffe, der Sommer läuft gut! Für die Wintersaison hatten wir Lech und Ischgl '
             'besprochen. Damit die Hardware rechtzeitig da ist, bräuchten wir die Bestellung bis Mitte September. '
             'Sollen wir einen Termin für die Planung machen?')
    S.m('h18', '2026-08-12 22:40', FLORIAN, parent='h17', expects=False,
        body='Hallo Frau Hoffmann,\n\nsorry für die späte Antwort, bei uns ist gerade Hochsaison und intern wird '
             'einiges neu sortiert. Ich melde mich nach dem 15. August bei Ihnen.')
    S.m('h19', '2026-08-20 09:12', JANA, parent='h18',
        body='Hallo Herr Gruber,\n\nkein Problem, ich kenne das. Wollen wir nächste Woche kurz telefonieren? '
             'Dienstag oder Donnerstag Vormittag wären bei mir frei.')
    ticket(S, 'h20', '2026-08-27 14:33', SABRINA, 'KW-50611', 'Bonlayout Hotel Kitzbühel – Logo', 'Geschlossen', 'Niedrig',
           'Ihr Ticket wurde geschlossen.', 'Kommentar des Bearbeiters (A. Wolf):\nNeues Logo hinterlegt. Da wir keine '
           'Rückmeldung erhalten haben, schließen wir das Ticket.', 'de',
           neg='Ticket-system notification (closed without customer feedback - automated text, not a human reply).')
    S.m('h21', '2026-09-01 08:55', JANA, to=[FLORIAN], cc=[SABRINA], subject='Kurze Erinnerung: Bestellung Wintersaison',
        body='Hallo Herr Gruber, hallo Frau Huber,\n\nkurze Erinnerung: für einen Go-Live in Lech und Ischgl Anfang '
             'Dezember bräuchten wir die Bestellung der Hardware bis 15. September. Sollen wir das Angebot aus dem Frühjahr '
             'so übernehmen, oder gibt es Änderungen?')
    read_receipt(S, 'h22', '2026-09-01 09:31', SABRINA, 'h21', 'de',
                 'Read receipt (automated); reading is not answering.')
    notice(S, 'h23', '2026-09-08 15:00', KUNDENINFO, [KUNDENINFO], 'Geplante Wartung am 20.09.2026, 02:00–04:00 Uhr',
           'Sehr geehrte Kundin, sehr geehrter Kunde,\n\nam Sonntag, 20.09.2026, führen wir zwischen 02:00 und 04:00 Uhr '
           'Wartungsarbeiten am Rechenzentrum durch. Ihre Kassen arbeiten in dieser Zeit im Offline-Modus weiter; '
           'Bons werden danach automatisch synchronisiert.\n\nIhr Kassenwerk-Team\n',
           'Mass maintenance notice to a distribution list (Bcc).', bcc=[FLORIAN, SABRINA])
    S.m('h24', '2026-09-10 11:20', JANA, to=[EGGER], cc=[FLORIAN], subject='Alpenhof – Wintersaison und Ansprechpartner',
        body='Sehr geehrter Herr Mag. Egger,\n\nich erreiche Herrn Gruber seit Mitte August leider weder per Mail noch '
             'telefonisch. Für die Wintersaison in Lech und Ischgl läuft uns langsam die Zeit davon.\n\nGibt es bei '
             'Ihnen Veränderungen, von denen ich wissen sollte, oder eine andere Ansprechperson für das Projekt?')
    ooo(S, 'h25', '2026-09-10 11:20', EGGER, 'h24',
        'Danke für Ihre Nachricht. Ich bin bis 21.09.2026 auf Dienstreise und lese meine E-Mails nur unregelmäßig. '
        'In dringenden Fällen wenden Sie sich bitte an Frau Sabrina Huber, s.huber@alpenhof-gastro.at.',
        'Automatische Antwort: ', 'Out-of-office auto-reply.')
    notice(S, 'h29', '2026-09-15 18:00', NEWS_AH, [JANA], 'Alpenhof Sommerfrische: Saisonende & Winter-Vorfreude',
           '<html><body style="font-family:Georgia"><h2>Servus aus den Alpenhof Hotels!</h2>'
           '<p>Die Sommersaison geht zu Ende: das Hotel Alpenhof Seefeld schließt vom 12. Oktober bis 4. Dezember, '
           'Kitzbühel vom 19. Oktober bis 27. November. Wir nutzen die Zeit für die Renovierung der Stuben.</p>'
           '<p><b>Frühbucher Winter 2026/27:</b> 15 % auf alle Aufenthalte in Lech und Ischgl bei Buchung bis 31.10.</p>'
           '<p><a href="https://www.alpenhof-gastro.at/newsletter/abmelden">Newsletter abbestellen</a></p>'
           '</body></html>\n',
           'The customer\'s own marketing newsletter to guests (seasonal hotel closures, discounts); bulk mail, '
           'not a human message and no statement about Kassenwerk.', html_only=True, kind='newsletter')
    S.m('h26', '2026-09-22 16:05', JANA, to=[FLORIAN], cc=[SABRINA], subject='Anrufversuch',
        body='Hallo Herr Gruber,\n\nich habe heute zweimal versucht, Sie anzurufen, und auf die Mobilbox gesprochen. '
             'Melden Sie sich gern, wenn es zeitlich passt – auch wenn die Wintersaison verschoben werden soll, '
             'ist das völlig in Ordnung, ich muss es nur wissen.')
    ticket(S, 'h27', '2026-09-24 07:48', SABRINA, 'KW-52518', 'Tagesabschluss Hotel Seefeld doppelt', 'Eröffnet', 'Normal',
           'Ihr Ticket wurde eröffnet. Vielen Dank für Ihre Meldung über das Kundenportal.',
           'Wir melden uns innerhalb von 8 Arbeitsstunden.', 'de',
           neg='Ticket-system confirmation; a portal ticket from a store is not a human reply to the AM.')
    S.m('h28', '2026-09-29 10:15', JANA, to=[FLORIAN, EGGER], cc=[SABRINA], subject='Alpenhof – kurze Rückmeldung?',
        body='Sehr geehrter Herr Mag. Egger, hallo Herr Gruber,\n\nich möchte nicht aufdringlich sein, aber ich habe seit '
             'sechs Wochen nichts von Ihnen gehört. Ist alles in Ordnung? Ein kurzes Lebenszeichen würde mir schon helfen.')

    S.alert('escalation', 'medium', '2026-07-11', ['h10', 'h12'],
            'Till outage during a wedding escalated to the managing director; statement and credit delivered 15 July.')
    S.alert('churn_risk', 'medium', '2026-07-13', ['h12'],
            'Managing director: a second outage and they will look for alternatives.')
    S.alert('account_going_silent', 'high', '2026-09-23', ['h18', 'h19', 'h21', 'h24', 'h26', 'h28'],
            'No human mail from anyone at Alpenhof since 12 August (49 days at as_of) despite five vendor follow-ups; '
            'only a read receipt, an out-of-office and a portal ticket. Winter-season order deadline passed.')
    return S
