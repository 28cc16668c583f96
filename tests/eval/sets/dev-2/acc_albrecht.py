"""Modehaus Albrecht & Söhne KG (Erfurt, DE) - enterprise fashion chain consolidating vendors."""
from kw_core import *  # noqa: F401,F403
from kw_auto import *  # noqa: F401,F403

D = 'modehaus-albrecht.de'
FOOT = ('Modehaus Albrecht & Söhne KG · Anger 41 · 99084 Erfurt · www.modehaus-albrecht.de\n'
        'Sitz: Erfurt · Registergericht Jena HRA 101877 · phG: Albrecht Verwaltungs-GmbH, Geschäftsführer: Clemens Albrecht\n'
        'Diese Nachricht ist ausschließlich für den Adressaten bestimmt. Sollten Sie nicht der richtige Empfänger sein, '
        'ist jede Weitergabe untersagt.')
MARKUS = P('m.feldmann@' + D, 'Markus Feldmann', 'Leiter Filial-IT', 'albrecht', 'outlook_de',
           sig='Mit freundlichen Grüßen\n\ni. A. Markus Feldmann\nLeiter Filial-IT\nTel. 0361 55 40-310\n\n' + FOOT)
PETRA = P('p.schoene@' + D, 'Petra Schöne', 'Teamleiterin Warenwirtschaft', 'albrecht', 'outlook_de_old',
          sig='Gruß\nPetra Schöne\nTeamleitung Warenwirtschaft / Inventur\nTel. 0361 55 40-247\n\n' + FOOT)
RALF = P('r.kessler@' + D, 'Ralf Kessler', 'Strategischer Einkauf IT', 'albrecht', 'outlook_de',
         sig='Mit freundlichen Grüßen\nRalf Kessler\nStrategischer Einkauf – IT & Dienstleistungen\n\n' + FOOT)
KATRIN = P('k.vogel@' + D, 'Dr. Katrin Vogel', 'Bereichsleiterin IT & Digitalisierung (CIO)', 'albrecht', 'apple_de',
           sig='Dr. Katrin Vogel\nBereichsleiterin IT & Digitalisierung\nModehaus Albrecht & Söhne KG\nAnger 41 · 99084 Erfurt')


def build():
    S = Story('albrecht', 'Modehaus Albrecht & Söhne KG', [D], JANA.email, 186000, '2026-11-30', 'enterprise',
              'vendor_consolidation_churn', 'modehaus-albrecht.mbox',
              'Fashion chain (42 stores) launches a vendor-consolidation project, names SAP as the target platform, '
              'asks for a full data export and squeezes the renewal price; the vendor misses its promised test export.')
    S.m('a01', '2026-06-02 09:14', JANA, to=[MARKUS], subject='Nachbereitung Jahresgespräch / Schulungen Inventurmodul',
        body='Hallo Herr Feldmann,\n\nvielen Dank noch einmal für das gute Jahresgespräch letzte Woche in Erfurt.\n\n'
             'Wie besprochen würden wir die Schulungen zum Inventurmodul für die Filialleitungen in zwei Gruppen machen. '
             'Können Sie mir zwei Termine in der zweiten Junihälfte nennen, an denen die Filialleitungen '
             'vormittags je zwei Stunden können? Herr Reuter würde die Schulungen remote übernehmen.')
    S.m('a02', '2026-06-02 13:52', MARKUS, parent='a01',
        body='Hallo Frau Hoffmann,\n\ngern. Vorschlag: Di 16.06. und Mi 17.06., jeweils 9-11 Uhr. '
             'Frau Schöne koordiniert das auf unserer Seite, ich setze sie in CC.\n\nDie Filialen im Osten '
             'haben am 16. allerdings Warenanlieferung, deshalb bitte die Gruppe 1 mit den West-Filialen.',
        cc=[PETRA])
    S.m('a03', '2026-06-03 08:05', JANA, parent='a02', expects=False,
        body='Hallo Herr Feldmann, hallo Frau Schöne,\n\nperfekt, so machen wir es. Herr Reuter schickt die Einladungen.\n\n'
             'Einen guten Start in die Woche!')
    ticket(S, 'a04', '2026-06-08 07:31', PETRA, 'KW-48213', 'Bondrucker Filiale Kassel – keine Belegausgabe', 'Gelöst',
           'Hoch', 'Ihr Ticket wurde gelöst.',
           'Kommentar des Bearbeiters (M. Lenz):\nDer Drucker hatte nach dem Firmware-Update die falsche '
           'Schnittstelle. Wir haben die Konfiguration per Fernwartung korrigiert; Testbon erfolgreich gedruckt. '
           'Sollte das Problem erneut auftreten, eröffnen Sie bitte ein neues Ticket. Eine Eskalation ist nicht erforderlich.',
           'de', neg='Ticket-system notification (solved printer ticket; words "Eskalation", "Priorität Hoch" are template text).')
    newsletter(S, 'a05', '2026-06-10 10:00', MARKUS, 'de', '06', None)
    calendar(S, 'a06', '2026-06-11 15:20', TOBIAS, [PETRA, MARKUS], 'Schulung Inventurmodul – Filialleitungen Gruppe 1 (West)',
             '20260616T090000', '20260616T110000', 'Microsoft Teams',
             'Agenda: Zählliste anlegen, mobile Erfassung mit dem Handscanner, Differenzen buchen, Export der Inventurdifferenzen.',
             'Calendar invitation sent by the vendor for a training session.')
    cal_reply(S, 'a07', '2026-06-12 08:02', PETRA, 'a06', 'ACCEPTED', 'Angenommen: ',
              'Calendar acceptance, automated response.')
    S.m('a08', '2026-06-22 10:41', PETRA, to=[TOBIAS], cc=[MARKUS], subject='Inventurdifferenzen als CSV?',
        body='Hallo Herr Reuter,\n\nnoch eine Frage aus der Schulung: wie bekommen wir die Inventurdifferenzen je Filiale '
             'als CSV, damit die Buchhaltung die in DATEV übernehmen kann? Im Bericht sehe ich nur PDF.\n\n'
             'Danke und Gruß')
    S.m('a09', '2026-06-22 14:18', TOBIAS, parent='a08',
        body='Hallo Frau Schöne,\n\ndas geht über Berichte > Inventur > Differenzliste, dort oben rechts auf das '
             'Zahnrad und "Export als CSV (DATEV-kompatibel)" wählen. Die Spalte "Kostenstelle" wird aus der '
             'Filialnummer befüllt.\n\nFalls die Buchhaltung ein anderes Trennzeichen braucht, sagen Sie Bescheid.')
    S.m('a10', '2026-06-23 07:58', PETRA, parent='a09', expects=False,
        body='Klappt, danke! Die Buchhaltung hat es schon importiert.')
    S.m('a11', '2026-07-07 16:47', MARKUS, to=[JANA], subject='Vertraulich: Projekt Lieferantenkonsolidierung',
        body='Hallo Frau Hoffmann,\n\nich möchte Sie vorwarnen, bevor Sie es über Umwege erfahren: unsere neue '
             'Geschäftsführung hat ein Projekt zur Konsolidierung unserer Softwareanbieter gestartet. Ziel ist, '
             'möglichst viele Einzellösungen abzulösen. Im Gespräch ist, Kasse und Warenwirtschaft künftig komplett '
             'über SAP S/4HANA Retail abzubilden, das wir in der Zentrale ohnehin einführen.\n\n'
             'Ich persönlich halte das für Filialen unserer Größe für überdimensioniert, aber die Entscheidung liegt '
             'nicht bei mir. Es wäre gut, wenn Sie sich im Lenkungskreis selbst vorstellen könnten.\n\n'
             'Bitte behandeln Sie das vertraulich.',
        signals=[('churn_risk', 'ein Projekt zur Konsolidierung unserer Softwareanbieter gestartet'),
                 ('competitor', 'über SAP S/4HANA Retail abzubilden')])
    S.m('a12', '2026-07-07 19:05', JANA, parent='a11',
        body='Hallo Herr Feldmann,\n\ndanke für die offenen Worte, das weiß ich sehr zu schätzen – selbstverständlich '
             'vertraulich.\n\nSehr gern stellen wir uns im Lenkungskreis vor. Herr Dr. Maiwald (unser VP Sales DACH) '
             'würde mitkommen. Welcher Termin kommt in Frage, und wie viel Zeit hätten wir?')
    S.m('a13', '2026-07-09 08:30', MARKUS, parent='a12', expects=False,
        body='Guten Morgen,\n\nLenkungskreis ist am 23.07. um 14 Uhr, Sie hätten 30 Minuten. Ich schicke eine Einladung.\n\n'
             'Bitte zeigen Sie vor allem die Anbindung an die Zentrale. Noch ist nichts entschieden.')
    calendar(S, 'a14', '2026-07-13 11:12', MARKUS, [JANA, MAIWALD], 'Lenkungskreis Kassensysteme – Vorstellung Kassenwerk',
             '20260723T140000', '20260723T143000', 'Erfurt, Anger 41, Raum Gotha',
             'Vorstellung Kassenwerk im Lenkungskreis Lieferantenkonsolidierung (30 Min.).',
             'Calendar invitation from the customer; the project name in it repeats the earlier, already captured signal.')
    S.m('a15', '2026-07-24 09:40', JANA, to=[MARKUS], cc=[MAIWALD], subject='Nachgang Lenkungskreis 23.07.',
        body='Hallo Herr Feldmann,\n\nvielen Dank für die Gelegenheit gestern. Wie zugesagt anbei die Folien und unsere '
             'Übersicht zu den Schnittstellen zu SAP S/4HANA (Kassenwerk als Filialkasse, SAP als führendes ERP).\n\n'
             'Gibt es schon eine Rückmeldung aus dem Lenkungskreis oder weitere Fragen, die wir beantworten sollen?',
        attach=[('Kassenwerk_Lenkungskreis_2026-07-23.pdf', 'application/pdf', fake_pdf('Kassenwerk Lenkungskreis'))])
    ooo(S, 'a16', '2026-07-24 09:40', MARKUS, 'a15',
        'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.08.2026 im Urlaub und habe keinen Zugriff auf '
        'meine E-Mails. In dringenden Fällen wenden Sie sich bitte an it-service@modehaus-albrecht.de.\n\n'
        'Thank you for your message. I am out of office until 14 August 2026.',
        'Automatische Antwort: ', 'Out-of-office auto-reply (holiday), not a customer statement.')
    S.m('a17', '2026-08-10 11:26', PETRA, to=[TOBIAS], cc=[JANA, MARKUS], subject='Datenexport für Projekt Konsolidierung',
        body='Hallo Herr Reuter,\n\nfür die Bewertung im Projekt Lieferantenkonsolidierung benötigen wir einen vollständigen '
             'Export aller Daten aus Kassenwerk: Artikelstamm, Bestände je Filiale, Bondaten und Kundenkarten der letzten '
             'drei Jahre. Wie geht das, und in welchem Format bekommen wir das?\n\nDie Berater von SAP fragen schon danach.\n\n'
             'Gruß',
        signals=[('churn_risk', 'benötigen wir einen vollständigen Export aller Daten aus Kassenwerk'),
                 ('competitor', 'Die Berater von SAP fragen schon danach')])
    S.m('a18', '2026-08-11 09:03', TOBIAS, parent='a17',
        body='Hallo Frau Schöne,\n\ngrundsätzlich geht das über die Export-API bzw. einen einmaligen Vollexport durch '
             'unser Team. Ich schicke Ihnen die Feldbeschreibung aller Exportdateien und ein Beispiel-Set bis Freitag, '
             'den 14. Dann können die Berater prüfen, ob das Format passt.',
        signals=[('commitment', 'Ich schicke Ihnen die Feldbeschreibung aller Exportdateien und ein Beispiel-Set bis Freitag, den 14.',
                  {'due': '2026-08-14', 'kept_by': 'a19'})])
    S.m('a19', '2026-08-14 15:36', TOBIAS, parent='a18', expects=False,
        body='Hallo Frau Schöne,\n\nanbei wie versprochen die Feldbeschreibung (PDF) und ein Beispiel-Set mit den Daten '
             'der Filiale Kassel (ZIP, anonymisierte Kundenkarten).\n\nDer Vollexport aller Filialen läuft bei uns als '
             'Projektleistung; Frau Hoffmann meldet sich dazu.',
        attach=[('Kassenwerk_Exportformate_v4.2.pdf', 'application/pdf', fake_pdf('Kassenwerk Exportformate 4.2'))])
    S.m('a20', '2026-08-17 08:12', PETRA, parent='a19', expects=False,
        body='Danke, hab ich an die Berater weiter gegeben.')
    S.m('a21', '2026-08-25 10:05', RALF, to=[JANA], subject='Vertragsverlängerung Kassenwerk ab 01.12.2026',
        body='Sehr geehrte Frau Hoffmann,\n\nder Vertrag über die Kassenwerk-Lizenzen läuft zum 30.11.2026 aus. '
             'Im Rahmen unserer Lieferantenkonsolidierung bitten wir um Ihr bestes Angebot für eine Verlängerung um '
             '12 bzw. 36 Monate.\n\nBitte berücksichtigen Sie, dass uns Alternativangebote vorliegen und die '
             'Geschäftsführung eine deutliche Reduzierung der IT-Lizenzkosten erwartet.\n\nBitte bis 04.09.',
        signals=[('renewal', 'bitten wir um Ihr bestes Angebot für eine Verlängerung um 12 bzw. 36 Monate'),
                 ('pricing', 'eine deutliche Reduzierung der IT-Lizenzkosten erwartet'),
                 ('churn_risk', 'dass uns Alternativangebote vorliegen')])
    S.m('a22', '2026-09-01 17:20', JANA, parent='a21',
        body='Sehr geehrter Herr Kessler,\n\nvielen Dank. Anbei unser Angebot: bei 12 Monaten bleibt der Preis je Filiale '
             'unverändert bei 369 € monatlich, bei 36 Monaten Laufzeit gewähren wir 8 % Nachlass (339,48 € je Filiale).\n\n'
             'Gern erläutere ich das Angebot auch telefonisch – passt Ihnen ein Termin nächste Woche?',
        attach=[('Angebot_KW-2026-1187_Albrecht.pdf', 'application/pdf', fake_pdf('Angebot KW-2026-1187'))])
    newsletter(S, 'a23', '2026-09-01 10:00', MARKUS, 'de', '09', None)
    S.m('a24', '2026-09-03 13:44', RALF, parent='a22',
        body='Sehr geehrte Frau Hoffmann,\n\ndanke für das Angebot. 8 % liegen deutlich unter dem, was wir erwartet haben. '
             'Wir brauchen bis 15.09. ein nachgebessertes Angebot, sonst geht die Verlängerung so nicht durch die '
             'Geschäftsführung.\n\nTelefonat gern am Freitag, 10 Uhr.',
        signals=[('pricing', '8 % liegen deutlich unter dem, was wir erwartet haben'),
                 ('renewal', 'sonst geht die Verlängerung so nicht durch die Geschäftsführung')])
    S.m('a25', '2026-09-08 12:17', MARKUS, to=[JANA], cc=[KATRIN, PETRA], subject='Neue Ansprechpartnerin / Testexport',
        body='Hallo Frau Hoffmann,\n\nich darf Ihnen Frau Dr. Katrin Vogel vorstellen, seit 1. September unsere '
             'Bereichsleiterin IT & Digitalisierung. Sie verantwortet ab sofort das Projekt Lieferantenkonsolidierung; '
             'die Entscheidung über die Filialkasse fällt im Oktober.\n\nFür den Migrationstest brauchen wir bis Ende '
             'September den vollständigen Export aller Filialen. Können Sie das bestätigen?',
        signals=[('churn_risk', 'Für den Migrationstest brauchen wir bis Ende September den vollständigen Export aller Filialen')])
    S.m('a26', '2026-09-09 08:48', JANA, parent='a25',
        body='Hallo Herr Feldmann,\nsehr geehrte Frau Dr. Vogel,\n\nherzlich willkommen und vielen Dank für die Vorstellung. '
             'Ich würde mich freuen, Sie in den nächsten Wochen persönlich kennenzulernen – gern auch zusammen mit '
             'Herrn Dr. Maiwald.\n\nDen vollständigen Testexport aller Filialen stellen wir Ihnen bis Freitag, den '
             '25. September, auf dem SFTP-Server bereit.',
        signals=[('commitment', 'Den vollständigen Testexport aller Filialen stellen wir Ihnen bis Freitag, den '
                                '25. September, auf dem SFTP-Server bereit', {'due': '2026-09-25'})])
    S.m('a27', '2026-09-10 07:21', KATRIN, parent='a26', expects=False,
        body='Guten Morgen Frau Hoffmann,\n\ndanke, gern. Zur Einordnung: wir entscheiden bis Mitte Oktober, ob wir '
             'Kassenwerk über den 30.11. hinaus weiter einsetzen. Termin stimme ich mit Herrn Feldmann ab.',
        signals=[('churn_risk', 'ob wir Kassenwerk über den 30.11. hinaus weiter einsetzen'),
                 ('renewal', 'wir entscheiden bis Mitte Oktober')])
    S.m('a28', '2026-09-11 16:02', JANA, parent='a24',
        body='Sehr geehrter Herr Kessler,\n\nwie letzten Freitag telefonisch besprochen: bei 36 Monaten Laufzeit können wir '
             '12 % Nachlass anbieten (324,72 € je Filiale und Monat), inklusive Vollexport-Service bei Vertragsende. '
             'Das überarbeitete Angebot liegt bei.\n\nKönnen Sie mir sagen, wann die Geschäftsführung darüber entscheidet?',
        attach=[('Angebot_KW-2026-1187_Albrecht_v2.pdf', 'application/pdf', fake_pdf('Angebot KW-2026-1187 v2'))])
    ticket(S, 'a29', '2026-09-14 06:55', PETRA, 'KW-51877', 'Kundenkarten-Abgleich Filiale Gotha', 'In Bearbeitung',
           'Normal', 'Ihr Ticket wurde aktualisiert.',
           'Kommentar des Bearbeiters (S. Yilmaz):\nWir haben den fehlerhaften Abgleich reproduziert und an die '
           'Entwicklung übergeben. Voraussichtliche Korrektur mit Release 26.9.',
           'de', neg='Ticket update (automated); no customer statement.')
    calendar(S, 'a30', '2026-09-16 18:30', KATRIN, [JANA, TOBIAS, MARKUS], 'Workshop Datenmigration Filialkasse',
             '20261006T100000', '20261006T120000', 'Microsoft Teams',
             'Abstimmung Datenmigration und Exportformate, Teilnehmer SAP-Beratung.',
             'Calendar invitation (automated format); the migration topic is already captured in human mail.')
    S.m('a31', '2026-09-22 09:10', PETRA, to=[TOBIAS], subject='Neue Lieferadresse Hardware ab November', expects=False,
        body='Hallo Herr Reuter,\n\nkurze Info für Ihre Logistik: wir kündigen zum 31.10. den Mietvertrag für unser '
             'Außenlager in Halle. Ersatzgeräte und Bondrucker bitte ab November an die Zentrale in Erfurt schicken '
             '(Anger 41, Warenannahme Tor 3).\n\nGruß',
        neg='"kündigen" refers to the customer\'s warehouse lease, not to the Kassenwerk contract.')
    S.m('a32', '2026-09-28 11:45', MARKUS, parent='a27', to=[JANA], cc=[KATRIN],
        body='Hallo Frau Hoffmann,\n\nwie ist der Stand beim Testexport? Auf dem SFTP-Server liegt noch nichts, und Frau '
             'Dr. Vogel fragt nach, weil die externen Berater nächste Woche damit arbeiten wollen.')
    S.m('a33', '2026-09-28 15:02', JANA, parent='a32', expects=False,
        body='Hallo Herr Feldmann,\n\nentschuldigen Sie bitte – der Vollexport der Bondaten ist bei uns in der Warteschlange '
             'hängen geblieben. Ich habe das mit unserer Technik eskaliert und gebe Ihnen so schnell wie möglich einen '
             'verlässlichen Termin.')

    S.alert('churn_risk', 'high', '2026-07-07', ['a11', 'a17', 'a21', 'a25', 'a27'],
            'Vendor-consolidation project, full data export requested for a migration test, alternative offers on the '
            'table, new CIO decides in October whether Kassenwerk stays.')
    S.alert('competitor_mention', 'medium', '2026-07-07', ['a11', 'a17'],
            'SAP S/4HANA Retail named as the platform that would replace Kassenwerk; SAP consultants already '
            'asking for the data.')
    S.alert('renewal_at_risk', 'high', '2026-09-10', ['a21', 'a24', 'a27'],
            'Renewal 2026-11-30 (61 days): procurement demands a much lower price, decision on continuing in mid-October.')
    S.alert('commitment_overdue', 'high', '2026-09-26', ['a26'],
            'Full test export promised for Friday 25 September; customer chased on 28 September, still not delivered.',
            due='2026-09-25')
    S.alert('new_contacts', 'medium', '2026-09-08', ['a25'],
            'Dr. Katrin Vogel, new CIO since 1 September, now owns the consolidation project (the AM has written to her).',
            contact='k.vogel@' + D)
    return S
