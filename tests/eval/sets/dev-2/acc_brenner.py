"""Kaffeerösterei Brenner (Freiburg, DE) - healthy smb, owner-run, chatty, lots of harmless mail."""
from kw_core import *  # noqa: F401,F403
from kw_auto import *  # noqa: F401,F403

D = 'brenner-kaffee.de'
LENA = P('lena@' + D, 'Lena Brenner', 'Inhaberin', 'brenner', 'thunderbird_de',
         sig='Lena Brenner\nKaffeerösterei Brenner · Gerberau 7 · 79098 Freiburg\nTel. 0761 292 18 40 · www.brenner-kaffee.de')
JONAS = P('jonas@' + D, 'Jonas Wirth', 'Shopleitung', 'brenner', 'apple_de',
          sig='Jonas\nKaffeerösterei Brenner – Laden Gerberau\n\nVon meinem iPhone gesendet')
JONAS.mailer = ('X-Mailer', 'iPhone Mail (22A3354)')
KASSAPRO = P('angebote@news.kassapro.de', 'KassaPro', '', 'X', 'system')


def build():
    S = Story('brenner', 'Kaffeerösterei Brenner', [D], JANA.email, 9600, '2027-06-30', 'smb',
              'healthy_smb', 'brenner-kaffee.mbox',
              'Small roastery with shop and café. Happy owner who writes informally; forwards a competitor '
              'mailing while saying they will not switch; plans a second café next spring.')
    S.m('b01', '2026-06-05 07:48', LENA, to=[JANA], subject='TSE-Zertifikat läuft ab?',
        body='Hallo Frau Hoffmann,\n\nin der Kasse kam heute morgen ein Hinweis, dass das TSE-Zertifikat in 60 Tagen '
             'abläuft. Muss ich da was machen oder macht ihr das?\n\nViele Grüße aus Freiburg')
    S.m('b02', '2026-06-05 09:30', JANA, parent='b01',
        body='Hallo Frau Brenner,\n\ndas erledigen wir: die TSE wird beim nächsten Update automatisch verlängert, Sie müssen '
             'nichts tun. Der Hinweis verschwindet danach von allein.\n\nSonnige Grüße nach Freiburg!')
    S.m('b03', '2026-06-06 08:15', LENA, parent='b02', expects=False,
        body='Perfekt, dnake!\n\nPS: Die neue Ernte aus Huila ist da - wenn sie mal in Freiburg sind, kommen sie auf '
             'einen Espresso vorbei.',
        neg='Thanks plus personal chit-chat (coffee harvest, invitation for an espresso).')
    ticket(S, 'b04', '2026-06-15 12:02', JONAS, 'KW-49011', 'EC-Terminal trennt Verbindung', 'Eröffnet', 'Normal',
           'Ihr Ticket wurde eröffnet.', 'Wir melden uns innerhalb von 8 Arbeitsstunden.', 'de',
           neg='Ticket-system confirmation.')
    ticket(S, 'b05', '2026-06-16 09:40', JONAS, 'KW-49011', 'EC-Terminal trennt Verbindung', 'Gelöst', 'Normal',
           'Ihr Ticket wurde gelöst.', 'Kommentar des Bearbeiters (M. Lenz):\nRouter hat die Verbindung nach 24 h '
           'getrennt. Keepalive im Terminal aktiviert.', 'de', neg='Ticket-system notification (solved).')
    ad = External(KASSAPRO, [LENA], mkdt('2026-06-29 06:30', 2, 'brenner-ad'),
                  'Jetzt wechseln: 3 Monate KassaPro gratis – und die neue Meldepflicht ist inklusive',
                  'Liebe Gastronomin, lieber Gastronom,\n\nab 2027 gilt die erweiterte Meldepflicht für elektronische '
                  'Kassensysteme. Sind Sie vorbereitet?\n\nWechseln Sie jetzt zu KassaPro: 3 Monate gratis, kostenloser '
                  'Datenumzug von Ihrem alten Anbieter, keine Einrichtungsgebühr.\n\nJetzt Angebot sichern: '
                  'https://kassapro.de/wechsel\n\nAbmelden: https://kassapro.de/abmelden')
    S.m('b06', '2026-06-29 18:22', LENA, to=[JANA], fwd=ad,
        body='Hallo Frau Hoffmann,\n\ndas kam heute rein. Keine Sorge, wir wollen nicht wechseln 🙂 – aber stimmt das '
             'mit der neuen Meldepflicht ab 2027? Muss ich da was tun?',
        neg='Forwarded competitor advertisement; the customer explicitly says "wir wollen nicht wechseln" and only asks '
            'about a legal requirement.')
    S.m('b07', '2026-06-30 10:05', JANA, parent='b06',
        body='Hallo Frau Brenner,\n\ndanke fürs Weiterleiten und fürs Vertrauen! Die Meldepflicht nach § 146a AO gibt es '
             'schon seit 2025; Ihre Kasse ist über das ELSTER-Verfahren gemeldet, das haben wir im Januar erledigt. '
             'Für 2027 ist nach heutigem Stand nichts Neues geplant – das ist Werbung mit der Angst.\n\nViele Grüße')
    newsletter(S, 'b08', '2026-07-08 10:00', LENA, 'de', '07', None)
    S.m('b09', '2026-07-15 11:34', JONAS, to=[JANA], subject='Kartenzahlung Fehler 51',
        body='Hallo Frau Hoffmann,\n\nFrau Brenner ist heute nicht da. Seit heute früh kommt bei Kartenzahlungen öfter '
             '"Fehler 51 – Zahlung abgelehnt", obwohl die Karten gehen (Kunden zahlen danach mit Handy). '
             'Was können wir tun?')
    S.m('b10', '2026-07-15 12:10', TOBIAS, parent='b09',
        body='Hallo Herr Wirth,\n\nFehler 51 kommt vom Zahlungsdienstleister (unzureichende Deckung bzw. Limit), nicht von '
             'der Kasse. Wenn es gehäuft auftritt, liegt es meist am Terminal-Profil. Ich habe gerade das Profil neu '
             'geladen – bitte einmal das Terminal neu starten.',
        cc=[JANA])
    S.m('b11', '2026-07-15 14:50', JONAS, parent='b10', expects=False, body='Läuft wieder, danke!!')
    S.m('b12', '2026-07-27 17:40', LENA, to=[JANA], subject='Betriebsferien', expects=False,
        body='Hallo Frau Hoffmann,\n\nnur zur Info: wir machen vom 3. bis 16. August Betriebsferien, der Laden bleibt zu. '
             'Falls also keine Umsätze kommen – wir haben nicht aufgehört, wir sind nur am Meer 😎\n\n'
             'Röstung und Online-Shop laufen weiter, Jonas schaut nach dem Rechten.',
        neg='Holiday closure of the shop ("Laden bleibt zu"); explicitly not stopping - no churn.')
    notice(S, 'b13', '2026-08-05 06:00', BILLING_NOREPLY, [LENA], 'Ihre Rechnung 2026-08-5120 von Kassenwerk',
           'Guten Tag Lena Brenner,\n\nanbei erhalten Sie Ihre Rechnung 2026-08-5120 über 952,00 EUR (Zeitraum 08/2026 '
           'bis 10/2026). Der Betrag wird am 12.08.2026 per SEPA-Lastschrift eingezogen.\n\nKassenwerk Vertragsservice\n'
           'Diese E-Mail wurde automatisch erstellt.\n',
           'Automated invoice notice from the vendor billing system.')
    ooo(S, 'b14', '2026-08-05 06:01', LENA, 'b13',
        'Wir sind bis 16. August in den Betriebsferien. Ab 17. August sind wir wieder für Sie da. '
        'Bestellungen im Online-Shop werden weiter bearbeitet.\n\nLena Brenner',
        'Abwesend: ', 'Out-of-office auto-reply.')
    S.m('b15', '2026-08-24 09:12', LENA, to=[JANA], subject='Zweites Café',
        body='Hallo Frau Hoffmann,\n\nwir sind zurück und voller Pläne: wir wollen im Frühjahr ein zweites Café in '
             'der Wiehre aufmachen (ca. 30 Plätze, Siebträger, kleiner Verkauf). Was würde eine zweite Kasse mit '
             'Kassenwerk kosten, und geht das unter unserem bestehenden Vertrag?',
        signals=[('expansion', 'wir wollen im Frühjahr ein zweites Café in der Wiehre aufmachen'),
                 ('pricing', 'Was würde eine zweite Kasse mit Kassenwerk kosten')])
    S.m('b16', '2026-08-25 10:40', JANA, parent='b15',
        body='Hallo Frau Brenner,\n\nwas für schöne Neuigkeiten! Ja, das geht unter dem bestehenden Vertrag als zweiter '
             'Standort. Ich schicke Ihnen ein Angebot mit Kasse, Bondrucker und Tischbestellung per Tablet bis Freitag, '
             '4. September.',
        signals=[('commitment', 'Ich schicke Ihnen ein Angebot mit Kasse, Bondrucker und Tischbestellung per Tablet '
                                'bis Freitag, 4. September', {'due': '2026-09-04', 'kept_by': 'b17'})])
    S.m('b17', '2026-09-03 15:22', JANA, parent='b16',
        body='Hallo Frau Brenner,\n\nanbei das versprochene Angebot für das Café in der Wiehre. Das Angebot gilt bis '
             'Ende März, damit Sie in Ruhe planen können.',
        attach=[('Angebot_Brenner_Cafe_Wiehre.pdf', 'application/pdf', fake_pdf('Angebot Cafe Wiehre'))])
    S.m('b18', '2026-09-03 20:15', LENA, parent='b17', expects=False,
        body='Danke! Wir melden uns, sobald der Mietvertrag unterschrieben ist – drücken Sie uns die Daumen.')
    S.m('b19', '2026-09-14 16:02', LENA, to=[JANA], subject='Kleines Dankeschön', expects=False,
        body='Hallo Frau Hoffmann,\n\nwir haben Ihnen ein Päckchen mit unserer neuen Herbströstung geschickt, als '
             'Dankeschön für die tolle Betreuung. Lassen Sie es sich schmecken!',
        neg='Personal thank-you and a gift; no product statement, no request.')
    S.m('b20', '2026-09-16 12:30', JANA, parent='b19', expects=False,
        body='Liebe Frau Brenner,\n\ndas Päckchen ist angekommen und das ganze Büro riecht nach Kaffee. Tausend Dank!',
        neg='Personal thank-you reply.')
    notice(S, 'b21', '2026-09-21 10:30', SURVEY, [LENA], 'Wie zufrieden sind Sie mit Kassenwerk? (2 Minuten)',
           'Guten Tag Lena Brenner,\n\nwie wahrscheinlich ist es, dass Sie Kassenwerk weiterempfehlen? '
           'Bewerten Sie uns von 0 bis 10.\n\nhttps://feedback.kassenwerk.de/s/nps-2026-q3?c=DE4471\n',
           'Automated NPS survey from the vendor.', kind='survey')
    S.m('b22', '2026-09-23 08:05', LENA, to=[JANA], subject='Bontext ändern',
        body='Hallo Frau Hoffmann,\n\nkann ich den Text unten auf dem Bon selbst ändern? Wir wollen auf die '
             'Röstkurse im Oktober hinweisen.')
    S.m('b23', '2026-09-23 09:10', JANA, parent='b22', expects=False,
        body='Hallo Frau Brenner,\n\nja: Einstellungen > Belege > Fußzeile. Bis zu vier Zeilen à 42 Zeichen. '
             'Viel Erfolg mit den Röstkursen!')
    S.m('b24', '2026-09-23 09:31', LENA, parent='b23', expects=False, body='Hat geklappt, super. Danke!',
        neg='Short thank-you, no request.')

    S.alert('expansion_opportunity', 'medium', '2026-08-24', ['b15'],
            'Second café planned for spring 2027; quote sent 3 September, decision after the lease is signed.')
    return S
