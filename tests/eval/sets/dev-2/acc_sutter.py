"""Bäckerei-Konditorei Sutter AG (Winterthur, CH) - healthy mid account, renewal negotiated, title change."""
from kw_core import *  # noqa: F401,F403
from kw_auto import *  # noqa: F401,F403

D = 'sutter-beck.ch'
FOOT = ('Bäckerei-Konditorei Sutter AG · Technikumstrasse 38 · 8400 Winterthur · www.sutter-beck.ch')
RETO_OLD = 'Freundliche Grüsse\nReto Baumann\nLeiter Filialen\nT +41 52 212 44 80\n\n' + FOOT
RETO_NEW = ('Freundliche Grüsse\nReto Baumann\nLeiter Operations · Mitglied der Geschäftsleitung\n'
            'T +41 52 212 44 80 · M +41 79 318 22 04\n\n' + FOOT)
RETO = P('reto.baumann@' + D, 'Reto Baumann', 'Leiter Filialen', 'sutter', 'outlook_de', sig=RETO_OLD,
         sigs=[('2026-08-17', RETO_NEW, 'Leiter Operations, Mitglied der Geschäftsleitung')])
CLAUDIA = P('claudia.meier@' + D, 'Claudia Meier', 'Leiterin Finanzen & Controlling', 'sutter', 'outlook_de',
            sig='Freundliche Grüsse\n\nClaudia Meier\nLeiterin Finanzen & Controlling\nT +41 52 212 44 71\n\n' + FOOT
                + '\n\nDiese E-Mail ist vertraulich. Falls Sie nicht der beabsichtigte Empfänger sind, benachrichtigen '
                  'Sie bitte den Absender und löschen Sie die E-Mail.')
DANIEL = P('daniel.sutter@' + D, 'Daniel Sutter', 'CEO', 'sutter', 'apple_de',
           sig='Daniel Sutter\nCEO\n\nVon meinem iPad gesendet')


def build():
    S = Story('sutter', 'Bäckerei-Konditorei Sutter AG', [D], JANA.email, 64000, '2026-11-15', 'mid',
              'healthy_renewal_negotiation', 'sutter-beck.mbox',
              'Swiss bakery chain (13 shops, 14th opening in Frauenfeld). Extra tills ordered in June, renewal '
              'negotiated on price and signed early in September, champion promoted to the management board.')
    S.m('s01', '2026-06-04 08:12', RETO, to=[JANA], subject='Neue Filiale Frauenfeld – zwei Kassen',
        body='Grüezi Frau Hoffmann\n\nWir eröffnen am 19. September unsere neue Filiale in Frauenfeld (Bahnhofplatz). '
             'Dafür brauchen wir zwei zusätzliche Kassen inkl. Kassenwerk-Lizenzen und einen Bondrucker fürs Café.\n\n'
             'Können Sie mir dafür ein Angebot machen? Gleiche Ausstattung wie in Wil.',
        signals=[('expansion', 'Dafür brauchen wir zwei zusätzliche Kassen inkl. Kassenwerk-Lizenzen')])
    S.m('s02', '2026-06-04 10:37', JANA, parent='s01',
        body='Grüezi Herr Baumann,\n\nwie schön, herzlichen Glückwunsch zur neuen Filiale! Das Angebot für Frauenfeld '
             'schicke ich Ihnen bis Freitag, 12. Juni – ich kläre vorher noch die Lieferzeit für die Bondrucker.',
        signals=[('commitment', 'Das Angebot für Frauenfeld schicke ich Ihnen bis Freitag, 12. Juni',
                  {'due': '2026-06-12', 'kept_by': 's04'})])
    S.m('s03', '2026-06-05 07:55', RETO, parent='s02', expects=False, body='Merci vielmal!')
    S.m('s04', '2026-06-11 16:20', JANA, parent='s03',
        body='Grüezi Herr Baumann,\n\nanbei das Angebot für Frauenfeld: zwei Kassen (Kassenwerk Counter 15"), '
             'ein Bondrucker, zwei Lizenzen ab 1. September zu den bestehenden Konditionen (CHF 289.– je Kasse und Monat). '
             'Lieferung wäre KW 36 möglich.\n\nGeben Sie mir Bescheid, ob das so passt?',
        attach=[('Angebot_KW-CH-2026-0412_Sutter_Frauenfeld.pdf', 'application/pdf', fake_pdf('Angebot Frauenfeld'))])
    S.m('s05', '2026-06-12 09:02', RETO, parent='s04', expects=False,
        body='Passt so, Frau Meier schickt Ihnen die Bestellung. Danke für die schnelle Offerte.',
        cc=[CLAUDIA])
    S.m('s06', '2026-06-15 13:30', CLAUDIA, to=[JANA], cc=[RETO], subject='Bestellung Frauenfeld', expects=False,
        body='Guten Tag Frau Hoffmann\n\nIm Anhang die unterschriebene Bestellung zum Angebot KW-CH-2026-0412.\n\n'
             'Bitte Rechnung wie immer an kreditoren@sutter-beck.ch.',
        attach=[('Bestellung_4500018832.pdf', 'application/pdf', fake_pdf('Bestellung 4500018832'))])
    newsletter(S, 's07', '2026-06-24 10:00', RETO, 'de', '06', None)
    S.m('s08', '2026-07-01 10:44', CLAUDIA, to=[SABINE], subject='Rechnung 2026-07-4471 – MWST-Satz',
        body='Guten Tag Frau Krüger\n\nAuf der Rechnung 2026-07-4471 über CHF 4\'335.– ist deutsche Umsatzsteuer '
             'ausgewiesen statt Schweizer MWST (8.1 %). Können Sie uns bitte eine korrigierte Rechnung schicken? '
             'Vorher können wir sie leider nicht freigeben.',
        signals=[('pricing', 'Auf der Rechnung 2026-07-4471 über CHF 4\'335.– ist deutsche Umsatzsteuer ausgewiesen')])
    S.m('s09', '2026-07-02 08:15', SABINE, parent='s08', expects=False,
        body='Guten Tag Frau Meier,\n\nda ist bei der Umstellung unseres Abrechnungssystems etwas schiefgelaufen, '
             'entschuldigen Sie bitte. Anbei die korrigierte Rechnung 2026-07-4471-K mit Schweizer MWST.',
        attach=[('Rechnung_2026-07-4471-K.pdf', 'application/pdf', fake_pdf('Rechnung 2026-07-4471-K'))])
    calendar(S, 's10', '2026-07-14 11:05', JANA, [RETO, CLAUDIA], 'Kassenwerk – Vertragsgespräch 2026',
             '20260820T140000', '20260820T150000', 'Winterthur, Technikumstrasse 38',
             'Vertragsverlängerung ab 16.11.2026, Rückblick, Roadmap 2027.',
             'Calendar invitation sent by the vendor (renewal meeting); automated format, no customer statement.')
    notice(S, 's11', '2026-07-20 06:00', BILLING_NOREPLY, [CLAUDIA], 'Ihr Kassenwerk-Vertrag: Verlängerung zum 16.11.2026',
           'Guten Tag Claudia Meier,\n\nIhr Vertrag KW-CH-0188 (Kassenwerk Business, 14 Kassen) verlängert sich '
           'automatisch um 12 Monate, sofern er nicht bis zum 15.08.2026 gekündigt wird (Kündigungsfrist 3 Monate).\n\n'
           'Wenn Sie Ihren Tarif ändern oder auf Kassenwerk Enterprise wechseln möchten, wenden Sie sich an Ihre '
           'Kundenbetreuerin.\n\nDiese Nachricht wurde automatisch erstellt.\nKassenwerk Vertragsservice\n',
           'Automated vendor renewal reminder (mentions Kündigung/Kündigungsfrist); not a customer statement.')
    S.m('s12', '2026-08-19 15:10', RETO, to=[JANA], subject='Morgen: Auswertung Umsatz je Kasse',
        body='Grüezi Frau Hoffmann\n\nFür unser Gespräch morgen: könnten Sie die Auswertung Umsatz und Bons je Kasse '
             'für das 1. Halbjahr mitbringen? Frau Meier möchte sehen, welche Kassen wir wirklich auslasten.\n\n'
             'PS: Sie sehen es an der Signatur – ich habe seit dieser Woche die Operations-Leitung und sitze in der GL.')
    S.m('s13', '2026-08-19 16:02', JANA, parent='s12', expects=False,
        body='Grüezi Herr Baumann,\n\nanbei schon vorab die Auswertung fürs 1. Halbjahr – und herzlichen Glückwunsch zur neuen '
             'Aufgabe!\n\nBis morgen',
        attach=[('Auswertung_Umsatz_je_Kasse_H1_2026.pdf', 'application/pdf', fake_pdf('Auswertung H1'))])
    S.m('s14', '2026-08-21 09:30', JANA, to=[RETO, CLAUDIA], subject='Vertragsverlängerung ab 16.11.2026 – Angebot',
        body='Grüezi Frau Meier, grüezi Herr Baumann,\n\nvielen Dank für das offene Gespräch gestern. Wie besprochen '
             'unser Angebot zur Verlängerung: 36 Monate Laufzeit, 16 Kassen, Indexanpassung +3 % auf CHF 297.65 je '
             'Kasse und Monat ab 16.11.2026.\n\nIch freue mich auf Ihre Rückmeldung.',
        attach=[('Angebot_Verlaengerung_Sutter_2026.pdf', 'application/pdf', fake_pdf('Angebot Verlaengerung Sutter'))])
    S.m('s15', '2026-08-24 11:48', CLAUDIA, parent='s14',
        body='Guten Tag Frau Hoffmann\n\nDanke für das Angebot. Die Erhöhung um 3 % können wir so nicht akzeptieren – '
             'wenn wir uns für 36 Monate binden, erwarten wir stabile Preise, zumal wir mit Frauenfeld auf 16 Kassen '
             'gewachsen sind.\n\nKönnen Sie da noch etwas machen?',
        signals=[('pricing', 'Die Erhöhung um 3 % können wir so nicht akzeptieren'),
                 ('renewal', 'wenn wir uns für 36 Monate binden, erwarten wir stabile Preise')])
    S.m('s16', '2026-08-25 08:40', JANA, parent='s15',
        body='Guten Tag Frau Meier,\n\nverstehe ich. Ich kläre das intern und melde mich bis Freitag, den 28. August, '
             'mit einem überarbeiteten Angebot.',
        signals=[('commitment', 'melde mich bis Freitag, den 28. August, mit einem überarbeiteten Angebot',
                  {'due': '2026-08-28', 'kept_by': 's17'})])
    S.m('s17', '2026-08-28 14:05', JANA, parent='s16',
        body='Guten Tag Frau Meier,\n\nwie versprochen das überarbeitete Angebot: 36 Monate, Preis unverändert '
             'CHF 289.– je Kasse und Monat für die ersten 24 Monate, danach +1.5 %. Anbei die neue Version.\n\n'
             'Passt das für Sie?',
        attach=[('Angebot_Verlaengerung_Sutter_2026_v2.pdf', 'application/pdf', fake_pdf('Angebot v2'))])
    S.m('s18', '2026-08-31 10:12', CLAUDIA, parent='s17', expects=False,
        body='Guten Tag Frau Hoffmann\n\nDas ist ein fairer Vorschlag. Wir verlängern zu diesen Konditionen um 36 Monate; '
             'Herr Sutter unterschreibt diese Woche.',
        signals=[('renewal', 'Wir verlängern zu diesen Konditionen um 36 Monate')])
    S.m('s19', '2026-09-02 17:25', RETO, to=[JANA], subject='Einladung Eröffnung Frauenfeld 19.9.', expects=False,
        body='Grüezi Frau Hoffmann\n\nDie Kassen in Frauenfeld sind installiert und getestet – merci an Ihr Team!\n\n'
             'Am Samstag, 19. September, feiern wir ab 10 Uhr die Eröffnung mit einem Apéro. Wenn Sie in der Nähe sind, '
             'sind Sie herzlich eingeladen. Es gibt unsere neuen Nusstorten 😉',
        neg='Invitation to a store-opening party (social); the extra tills were already ordered in June.')
    S.m('s20', '2026-09-03 08:01', JANA, parent='s19', expects=False,
        body='Grüezi Herr Baumann,\n\ndas lasse ich mir nicht entgehen – ich bin an dem Wochenende ohnehin in Zürich. '
             'Ich freue mich!',
        neg='Personal reply accepting a social invitation.')
    S.m('s21', '2026-09-07 13:40', DANIEL, to=[JANA], cc=[CLAUDIA], subject='Verlängerung Kassenwerk – unterschrieben',
        expects=False,
        body='Guten Tag Frau Hoffmann\n\nanbei der unterschriebene Verlängerungsvertrag. Auf die nächsten drei Jahre!\n\n'
             'Gruss aus Winterthur',
        attach=[('Vertrag_KW-CH-0188_Verlaengerung_unterschrieben.pdf', 'application/pdf', fake_pdf('Vertrag KW-CH-0188'))],
        signals=[('renewal', 'anbei der unterschriebene Verlängerungsvertrag')])
    S.m('s22', '2026-09-08 09:20', SABINE, to=[DANIEL], cc=[JANA, CLAUDIA], subject='Gegenzeichnung Vertrag KW-CH-0188',
        expects=False, body='Sehr geehrter Herr Sutter,\n\nvielen Dank. Anbei der gegengezeichnete Vertrag für Ihre Unterlagen.',
        attach=[('Vertrag_KW-CH-0188_gegengezeichnet.pdf', 'application/pdf', fake_pdf('Vertrag gegengezeichnet'))])
    S.m('s23', '2026-09-14 12:22', RETO, to=[JANA], subject='Besuch von der Konkurrenz', expects=False,
        body='Grüezi Frau Hoffmann\n\nNur damit Sie es von mir hören: letzte Woche stand ein Verkäufer von Kassando in '
             'der Filiale Wil und wollte uns ein Angebot machen. Ich habe ihm freundlich gesagt, dass wir gerade für drei '
             'Jahre verlängert haben und ein Wechsel für uns kein Thema ist.\n\nSchöne Woche',
        neg='Competitor named only as rejected; explicit "ein Wechsel für uns kein Thema" after renewing. No risk.')
    S.m('s24', '2026-09-15 07:48', JANA, parent='s23', expects=False,
        body='Grüezi Herr Baumann,\n\ndanke für die Info und das Vertrauen – das freut mich sehr. '
             'Bis Samstag in Frauenfeld!',
        neg='Vendor thank-you reply; no commitment with a date, no signal.')
    ticket(S, 's25', '2026-09-16 09:12', RETO, 'KW-52240', 'Filiale Frauenfeld: Waage nicht erkannt', 'Gelöst', 'Normal',
           'Ihr Ticket wurde gelöst.', 'Kommentar des Bearbeiters (M. Lenz):\nTreiber der Ladenwaage nachinstalliert, '
           'Preis-pro-Kilo-Artikel getestet.', 'de', neg='Ticket-system notification.')
    S.m('s27', '2026-09-21 10:05', CLAUDIA, to=[SABINE], cc=[JANA], subject='Neue Bestellnummer ab Oktober',
        body='Guten Tag Frau Krüger\n\nAb der Oktober-Rechnung bitte unsere neue Bestellnummer 4500019410 angeben '
             '(neuer Vertrag). Ohne Bestellnummer bucht unsere Kreditorenbuchhaltung die Rechnungen nicht ein.\n\n'
             'Können Sie das bitte bestätigen?')
    S.m('s28', '2026-09-21 14:30', SABINE, parent='s27', expects=False,
        body='Guten Tag Frau Meier,\n\nist hinterlegt: ab Oktober steht die Bestellnummer 4500019410 auf allen '
             'Rechnungen.')
    notice(S, 's26', '2026-09-24 10:30', SURVEY, [RETO], 'Wie zufrieden sind Sie mit Kassenwerk? (2 Minuten)',
           'Guten Tag Reto Baumann,\n\nwie wahrscheinlich ist es, dass Sie Kassenwerk einem Kollegen oder einer Kollegin '
           'empfehlen? Ihre Meinung hilft uns, besser zu werden.\n\n[ 0 ] [ 1 ] [ 2 ] ... [ 9 ] [ 10 ]\n\n'
           'https://feedback.kassenwerk.de/s/nps-2026-q3?c=CH0188\n\nKassenwerk GmbH · Leipzig\n',
           'Automated NPS survey from the vendor ("empfehlen" is survey text).', kind='survey')

    S.alert('expansion_opportunity', 'low', '2026-06-04', ['s01'],
            'Two extra tills and licences for the new Frauenfeld shop (quoted 11 June, ordered 15 June).')
    S.alert('title_change', 'low', '2026-08-19', ['s12'],
            'Reto Baumann: Leiter Filialen -> Leiter Operations, Mitglied der Geschäftsleitung (champion promoted).',
            contact=RETO.email, previous_title='Leiter Filialen', new_title='Leiter Operations, Mitglied der Geschäftsleitung')
    S.alert('new_contacts', 'low', '2026-09-07', ['s21'],
            'CEO Daniel Sutter signed the renewal himself (first direct contact).', contact=DANIEL.email)
    return S
