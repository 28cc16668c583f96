# -*- coding: utf-8 -*-
from core import person, account, M, alert, contact_meta

# =====================================================================  FlexPlan Uitzendbureau (NL)
person('marloes', 'Marloes Jansen', 'marloes.jansen@flexplan.nl', 'Manager Salarisadministratie', lang='nl', client='outlook',
       sig="Met vriendelijke groet,\n\nMarloes Jansen\nManager Salarisadministratie | FlexPlan Uitzendbureau B.V.\nCatharijnesingel 48, 3511 GC Utrecht\n\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). FlexPlan aanvaardt geen aansprakelijkheid voor schade voortvloeiend uit het gebruik van dit bericht.")
person('bart', 'Bart van Dijk', 'bart.vandijk@flexplan.nl', 'COO', lang='nl', client='iphone',
       sig="Bart van Dijk\nCOO FlexPlan\n\nVerstuurd vanaf mijn iPhone")
person('yvonne', 'Yvonne Smits', 'yvonne.smits@flexplan.nl', 'Teamleider Planning', lang='nl', client='outlook',
       sig="Yvonne Smits\nTeamleider Planning | FlexPlan")
person('ruben', 'Ruben Kok', 'ruben.kok@flexplan.nl', 'Vestigingsmanager Eindhoven', lang='nl', client='gmail',
       sig="Ruben Kok\nVestigingsmanager FlexPlan Eindhoven")
account(account='FlexPlan Uitzendbureau', mbox='flexplan.mbox', domains=['flexplan.nl'], owner='daan.verhoeven@solano.nl',
        arr=310000, segment='enterprise', renewal_date='2027-03-31', scenario='expansion', risk=False, region='eu', lang='nl', country='NL')

M('fp01', '2026-06-01 08:47 +0200', 'marloes', ['daan'], 'Drie nieuwe vestigingen per september',
  sig=[('expansion', 'willen die vanaf dag één in Solano hebben')], body="""
Goedemorgen Daan,

Goed nieuws: we openen in september drie nieuwe vestigingen (Eindhoven, Tilburg en Breda) en willen die vanaf dag één in Solano hebben. Het gaat om ongeveer 450 extra flexkrachten, grotendeels in de logistiek met wisselende diensten.

Kun je een offerte maken voor de uitbreiding?""")
M('fp02', '2026-06-01 11:30 +0200', 'daan', ['marloes'], re='fp01',
  sig=[('commitment', 'Je hebt de offerte uiterlijk vrijdag 5 juni')], body="""
Hoi Marloes,

Mooi nieuws, gefeliciteerd! Je hebt de offerte uiterlijk vrijdag 5 juni, inclusief de ABU-cao-instellingen voor de logistieke fases.""")
M('fp03', '2026-06-04 16:20 +0200', 'daan', ['marloes'], re='fp02', subj='Offerte uitbreiding drie vestigingen', ask=True,
  neg="vendor's own quote (vendor-written upsell)", body="""
Hoi Marloes,

Zoals beloofd: bijgaand de offerte voor 450 extra flexkrachten tegen jullie huidige staffelprijs, plus eenmalig twee implementatiedagen van Sanne. Ingangsdatum naar keuze.""")
M('fp04', '2026-06-08 09:05 +0200', 'marloes', ['daan'], re='fp03', cc=['bart'],
  sig=[('expansion', 'Bart is akkoord met de uitbreiding')], body="""
Hoi Daan,

Bart is akkoord met de uitbreiding, de prijs is prima. Kunnen we 1 september als ingangsdatum nemen? Dan draaien de eerste weken in Eindhoven al mee in de run van week 37.""")
M('fp05', '2026-06-08 10:12 +0200', 'daan', ['marloes'], re='fp04', cc=['sanne'], body="""
Top! 1 september staat. Sanne plant een kick-off in met jou en Yvonne.""")
M('fp06', '2026-06-09 14:00 +0200', 'sanne', ['marloes', 'yvonne'], 'Uitnodiging: Kick-off uitbreiding FlexPlan – di 16 jun 10:00', kind='calendar', ics='fp', sigblock=False,
  neg='calendar invitation', body="""
Sanne de Graaf heeft u uitgenodigd voor een vergadering.

Kick-off uitbreiding FlexPlan (Eindhoven, Tilburg, Breda)
dinsdag 16 juni 2026 10:00-11:30
Locatie: FlexPlan Utrecht, vergaderzaal De Dom""")
M('fp07', '2026-06-09 14:22 +0200', 'yvonne', ['sanne'], 'Geaccepteerd: Kick-off uitbreiding FlexPlan – di 16 jun 10:00', kind='calendar', sigblock=False,
  neg='calendar acceptance', body="""
Yvonne Smits heeft deze vergadering geaccepteerd.""")
M('fp08', '2026-06-15 07:00 +0200', 'mkt_nl', ['marloes'], 'Solano Nieuwsbrief juni: breid uit zonder gedoe', kind='bulk', neg='vendor newsletter with upsell language', body="""
Solano Nieuwsbrief · juni 2026

• Nieuwe vestiging? Breid uw abonnement uit in drie klikken.
• Webinar: de nieuwe Wet toekomst pensioenen en uw loonstrook.
• Klantverhaal: hoe een zorgorganisatie 30% tijd bespaarde op roosters.

Afmelden voor deze nieuwsbrief""")
M('fp09', '2026-06-24 13:40 +0200', 'marloes', ['daan'], 'FW: Flexmarkt Monitor Q2 – tarieven en concurrentie', sigblock=False,
  neg='customer forwards a market report about staffing tariffs and its own competitors', body="""
Ter info, Daan – interessant voor jullie roadmap (vooral het stuk over payrolling).

Marloes""", fwd="""
Van: Flexmarkt Monitor <redactie@flexmarktmonitor.nl>
Verzonden: dinsdag 23 juni 2026 17:00
Aan: Marloes Jansen
Onderwerp: Flexmarkt Monitor Q2 – tarieven en concurrentie

De uurtarieven in de uitzendbranche stegen in het tweede kwartaal met gemiddeld 4,8%. Grote spelers als Randstad en Tempo-Team verlagen hun marges in de logistiek om marktaandeel te winnen; kleinere bureaus stappen over op payrolling om de administratieve lasten te beperken.""")
M('fp10', '2026-07-01 21:10 +0200', 'bart', ['daan'], 'Referentie', sig=[('advocacy', 'ik heb Solano aangeraden')], body="""
Daan, even kort: ik heb Solano aangeraden bij Henk Mulder van Werkzaak Gelderland, ze zoeken een nieuw pakket. Je mag mijn naam noemen als je hem belt.

Bart""")
M('fp11', '2026-07-02 08:15 +0200', 'daan', ['bart'], re='fp10', body="""
Bart, heel erg bedankt! Ik bel Henk deze week.""")
M('fp12', '2026-07-13 10:30 +0200', 'daan', ['marloes'], 'Addendum uitbreiding – graag tekenen', ask=True, body="""
Hoi Marloes,

In de bijlage het addendum voor de drie nieuwe vestigingen. Zouden jullie dat voor 1 augustus getekend kunnen retourneren?""")
M('fp13', '2026-07-13 10:31 +0200', 'marloes', ['daan'], re='fp12', kind='auto', quote=False, sigblock=False,
  subj='Automatisch antwoord: Addendum uitbreiding – graag tekenen', neg='out-of-office auto-reply', body="""
Ik ben met vakantie tot en met maandag 3 augustus. Voor dringende zaken kunt u contact opnemen met Bart van Dijk (bart.vandijk@flexplan.nl).""")
M('fp14', '2026-07-14 07:55 +0200', 'bart', ['daan'], re='fp12', body="""
Getekend retour. Marloes is op vakantie.""")
M('fp15', '2026-08-18 09:20 +0200', 'sanne', ['ruben'], 'Start Eindhoven – roosters en app', cc=['marloes', 'daan'], ask=True, body="""
Hoi Ruben,

Marloes gaf aan dat jij de vestiging Eindhoven leidt. Welkom! Zullen we volgende week een uur inplannen om de roosters en de urenapp voor jouw flexkrachten door te nemen?""")
M('fp16', '2026-08-18 13:02 +0200', 'ruben', ['sanne'], re='fp15', cc=['marloes', 'daan'], body="""
Hoi Sanne,

Prima, dinsdag 25 augustus na 14:00 kan ik. Vraagje vooraf: kunnen flexkrachten zelf diensten ruilen in de app, of moet de planner dat goedkeuren?

Groet, Ruben""")
M('fp17', '2026-08-25 16:45 +0200', 'support_nl', ['ruben'], '[Ticket #50811] Nieuwe gebruikers Eindhoven aangemaakt', kind='bulk', neg='ticketing notification', body="""
Beste Ruben,

Uw verzoek #50811 is afgehandeld: 162 gebruikersaccounts voor vestiging Eindhoven zijn aangemaakt. De inloggegevens zijn per sms verstuurd.

Reageer op deze e-mail als u nog vragen heeft.""")
M('fp18', '2026-09-02 11:00 +0200', 'marloes', ['daan'], 'Eerste run nieuwe vestigingen',
  sig=[('expansion', 'de urenregistratie via de app ook uitrollen naar onze opdrachtgevers')], body="""
Hoi Daan,

De eerste run voor Eindhoven, Tilburg en Breda is vlekkeloos verlopen, geen enkele correctie. Complimenten aan Sanne.

Volgende stap: we willen de urenregistratie via de app ook uitrollen naar onze opdrachtgevers, zodat zij de uren direct kunnen fiatteren. Kun je laten zien hoe dat werkt?""")
M('fp19', '2026-09-02 12:15 +0200', 'daan', ['marloes'], re='fp18',
  sig=[('commitment', 'Ik kom donderdag 17 september bij jullie langs met een demo')], body="""
Wat fijn om te horen, ik geef het door aan Sanne!

Ik kom donderdag 17 september bij jullie langs met een demo van het opdrachtgeversportaal. Past 13:30?""")
M('fp20', '2026-09-17 17:10 +0200', 'daan', ['marloes'], 'Dank voor de ontvangst vandaag', cc=['bart'], ask=True, body="""
Hoi Marloes, Bart,

Dank voor de ontvangst en de goede vragen vandaag. Zoals besproken stuur ik een voorstel voor een pilot met twee opdrachtgevers; laat me weten welke jullie kiezen.""")
M('fp21', '2026-09-18 08:40 +0200', 'marloes', ['daan'], re='fp20', body="""
Hoi Daan, we beginnen met DistriCenter Tilburg en Van Gelder Logistiek. Ik stuur je de contactpersonen.""")
M('fp22', '2026-09-25 06:00 +0200', 'billing', ['marloes'], 'Solano Payroll – factuur SP-NL-2026-0925', kind='bulk', lang='nl', neg='e-bill', body="""
Geachte klant,

Uw factuur SP-NL-2026-0925 (september 2026) staat klaar in het klantportaal. Bedrag: € 29.870,00 excl. btw. Vervaldatum: 25-10-2026.

Dit is een automatisch bericht.""")
M('fp23', '2026-09-10 14:05 +0200', 'yvonne', ['sanne'], 'Roosters Breda per week publiceren?', body="""
Hoi Sanne,

In Breda willen de flexkrachten hun rooster per week zien in plaats van per maand, omdat de opdrachtgever pas op donderdag de bezetting doorgeeft. Kan dat per vestiging worden ingesteld?

Groetjes, Yvonne""")
M('fp24', '2026-09-10 16:30 +0200', 'sanne', ['yvonne'], re='fp23', body="""
Hoi Yvonne,

Ja, onder Planning > Publicatie kun je per vestiging kiezen voor week- of maandpublicatie. Ik heb Breda alvast op 'week, publicatie donderdag 18:00' gezet; kijk maar of dat klopt.""")
M('fp25', '2026-09-18 12:20 +0200', 'bart', ['daan'], re='fp20', body="""
Eens met Marloes. Goed bezoek, Daan. Stuur het pilotvoorstel maar naar ons beiden.

Bart""")
contact_meta('marloes', 'active'); contact_meta('bart', 'active'); contact_meta('yvonne', 'active'); contact_meta('ruben', 'new')
alert('expansion_opportunity', 'high', '2026-06-01', ['fp01', 'fp04'], 'Three new branches, ~450 extra temp workers, approved by COO.')
alert('open_commitment', 'low', '2026-06-01', ['fp02'], 'Quote promised by 2026-06-05; kept by fp03.', due='2026-06-05')
alert('advocacy', 'medium', '2026-07-01', ['fp10'], 'COO recommended Solano to another staffing agency.')
alert('new_contacts', 'low', '2026-08-18', ['fp16'], 'Ruben Kok, branch manager Eindhoven.')
alert('expansion_opportunity', 'medium', '2026-09-02', ['fp18'], 'Client-portal time approval for their own clients.')
alert('open_commitment', 'low', '2026-09-02', ['fp19'], 'Demo promised for 2026-09-17; kept (fp20).', due='2026-09-17')

# =====================================================================  Versmarkt Kempen (BE)
person('karel', 'Karel Wouters', 'karel.wouters@versmarktkempen.be', 'HR-directeur', lang='nl', client='lotus',
       sig="Karel Wouters\nHR-directeur\nVersmarkt Kempen NV – Steenweg op Gierle 212, 2300 Turnhout\nBTW BE 0412.345.678\n\nDe informatie in dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.")
person('els', 'Els Peeters', 'els.peeters@versmarktkempen.be', 'Payroll officer', lang='nl', client='lotus',
       sig="Els Peeters\nPayroll – Versmarkt Kempen")
person('jan', 'Jan Van den Broeck', 'jan.vandenbroeck@versmarktkempen.be', 'IT-manager', lang='nl', client='lotus',
       sig="Jan Van den Broeck\nIT-manager Versmarkt Kempen")
person('sofie', 'Sofie Mertens', 'sofie.mertens@versmarktkempen.be', 'CFO', lang='nl', client='outlook',
       sig="Sofie Mertens\nChief Financial Officer\nVersmarkt Kempen NV")
account(account='Versmarkt Kempen', mbox='versmarkt_kempen.mbox', domains=['versmarktkempen.be'], owner='daan.verhoeven@solano.nl',
        arr=245000, segment='enterprise', renewal_date='2026-12-01', scenario='competitor_churn_new_exec_unengaged', risk=True, region='eu', lang='nl', country='BE')

M('vk01', '2026-06-02 15:00 +0200', 'daan', ['karel', 'els'], 'Uitnodiging: Kwartaalreview Versmarkt Kempen – wo 10 jun 10:00', kind='calendar', ics='vk', sigblock=False,
  neg='calendar invitation', body="""
Daan Verhoeven heeft u uitgenodigd.

Kwartaalreview Versmarkt Kempen / Solano
woensdag 10 juni 2026 10:00-11:30
Locatie: hoofdkantoor Turnhout""")
M('vk02', '2026-06-03 08:12 +0200', 'karel', ['daan'], 'Aanvaard: Kwartaalreview Versmarkt Kempen – wo 10 jun 10:00', kind='calendar', sigblock=False,
  neg='calendar acceptance (Lotus Notes)', body="""
Karel Wouters/VMK heeft deze uitnodiging aanvaard.""")
M('vk03', '2026-06-11 09:40 +0200', 'els', ['support_nl'], 'Ecocheques juni', drop_irt=False, body="""
Goeiemorgen,

Bij de berekening van de ecocheques voor juni krijgen de deeltijdse winkelmedewerkers het volle bedrag van 250 euro in plaats van pro rata. Kunnen jullie dat nakijken voor de run van 25 juni?

Dank u,""")
M('vk04', '2026-06-11 14:05 +0200', 'support_nl', ['els'], re='vk03', body="""
Beste Els,

Klopt, de pro-rataregel stond uit voor de paritair comité 202-groep. Die staat nu aan; een testberekening geeft 187,50 euro voor iemand op 30 uur. Wilt u dat even bevestigen?""")
M('vk05', '2026-06-12 08:30 +0200', 'els', ['support_nl'], re='vk04', drop_irt=True, body="""
Opgelost, merci!""")
M('vk06', '2026-06-24 16:15 +0200', 'karel', ['daan'], 'Koppeling kassasysteem – prikklok', cc=['jan'],
  sig=[('escalation', 'Dat is nu de derde keer deze maand')], body="""
Daan,

De koppeling tussen ons kassasysteem en de prikklok van Solano valt opnieuw weg: in de filialen Geel en Mol zijn gisteren de uren van 64 medewerkers niet doorgekomen. Dat is nu de derde keer deze maand en de winkelverantwoordelijken moeten alles manueel invoeren.

Ik verwacht een structurele oplossing, geen workaround.

Karel""")
M('vk07', '2026-06-24 18:02 +0200', 'daan', ['karel'], re='vk06', cc=['jan', 'sanne'],
  sig=[('commitment', 'ik beloof je tegen vrijdag 3 juli een structurele oplossing')], body="""
Karel,

Excuses, dit mag niet gebeuren. Sanne bekijkt het morgen samen met Jan en ons ontwikkelteam, en ik beloof je tegen vrijdag 3 juli een structurele oplossing.""")
M('vk08', '2026-07-08 11:20 +0200', 'karel', ['daan'], re='vk07', drop_irt=True, cc=['jan'],
  sig=[('escalation', 'We hebben nog niets gezien van de beloofde oplossing')], body="""
Daan,

We hebben nog niets gezien van de beloofde oplossing. Gisteren opnieuw twee filialen zonder uren. Ik had graag vandaag een datum.

Karel""")
M('vk09', '2026-07-08 13:45 +0200', 'daan', ['karel'], re='vk08', cc=['jan', 'sanne'],
  sig=[('commitment', 'staat de nieuwe koppeling uiterlijk vrijdag 17 juli in productie')], body="""
Karel,

Je hebt gelijk en het spijt me: de fix bleek groter dan gedacht omdat jullie kassasoftware een andere tijdzone meestuurt. Sanne heeft een nieuwe versie in test; staat de nieuwe koppeling uiterlijk vrijdag 17 juli in productie. Ik bel je morgen met de details.""")
M('vk10', '2026-07-17 15:30 +0200', 'sanne', ['jan'], 'Nieuwe koppeling kassa-prikklok in productie', cc=['karel', 'daan'], body="""
Hoi Jan,

De nieuwe koppeling staat sinds 14:00 in productie. Berichten worden nu in UTC uitgewisseld en een uitval wordt binnen 15 minuten automatisch opnieuw verstuurd. Graag volgende week even samen de logs bekijken.""")
M('vk11', '2026-07-22 09:10 +0200', 'jan', ['sanne'], re='vk10', drop_irt=True, cc=['karel'], body="""
Sanne,

Koppeling draait stabiel sinds vrijdag, geen uitval meer in de 41 filialen. Logs bekijken mag, donderdag na 10u.

Jan""")
M('vk12', '2026-08-05 10:30 +0200', 'karel', ['daan'], 'Verlenging contract', drop_irt=False,
  sig=[('competitor', 'ook een offerte van SD Worx op te vragen'), ('renewal', 'voor de verlenging')], body="""
Daan,

Ter info: het directiecomité heeft gevraagd om naast Solano ook een offerte van SD Worx op te vragen voor de verlenging. De problemen met de prikklok in juni hebben daar zeker niet bij geholpen. Ik hou je op de hoogte.

Karel""")
M('vk13', '2026-08-05 12:00 +0200', 'daan', ['karel'], re='vk12', ask=True, body="""
Karel,

Dank voor je openheid. Ik zou graag een gesprek inplannen met jou en wie de beslissing neemt, om te laten zien wat we sinds juli verbeterd hebben. Wanneer past het?""")
M('vk14', '2026-08-10 08:50 +0200', 'karel', ['daan'], re='vk13', drop_irt=True, body="""
Daan,

Onze nieuwe CFO, Sofie Mertens, begint op 17 augustus. Zij neemt de beslissing over de verlenging. Ik stel voor dat je daarna met haar afspreekt.

Karel""")
M('vk15', '2026-08-17 14:20 +0200', 'sofie', ['karel'], 'Overzicht softwarecontracten HR', cc=['daan', 'sales'], body="""
Dag Karel,

Als eerste stap wil ik een overzicht van alle HR- en payrollcontracten. Aan Solano (in cc): graag ontvang ik tegen 4 september een overzicht van jullie kosten per filiaal over 2025 en 2026, inclusief meerwerk. Kan iemand mij dat bezorgen?

Met vriendelijke groeten,""")
M('vk16', '2026-08-20 07:00 +0200', 'mkt_nl', ['karel'], 'Solano Nieuwsbrief augustus: klaar voor de eindejaarspremie?', kind='bulk', neg='vendor newsletter', body="""
Solano Nieuwsbrief · augustus 2026

• Eindejaarspremie en ecocheques: zo rekent Solano automatisch pro rata.
• Nieuw: prikklok-koppeling met alle grote kassasystemen.
• Upgrade naar Solano Enterprise en krijg de planningsmodule drie maanden gratis.

Uitschrijven""")
M('vk17', '2026-08-27 11:40 +0200', 'karel', ['daan'], 'Doorgestuurd: Comeos Retail Flash – prijzenoorlog', sigblock=False,
  neg='customer forwards a retail newsletter about its own prices and its own competitors (Colruyt, Aldi)', body="""
Daan, ter info: zo ziet onze markt er nu uit. Vandaar de druk op alle kosten.

Karel""", fwd="""
----- Doorgestuurd door Karel Wouters/VMK op 27/08/2026 11:38 -----

Van:	Comeos Retail Flash <flash@comeos-retail.be>
Aan:	Karel Wouters/VMK@VMK
Datum:	26/08/2026 18:00
Onderwerp:	Comeos Retail Flash – prijzenoorlog

Colruyt en Aldi verlagen de prijzen van 1.200 basisproducten met gemiddeld 6%. Regionale ketens zoals Versmarkt Kempen en Delhaize-franchisenemers zien hun marges dalen; verschillende ketens overwegen hun openingsuren te beperken om loonkosten te drukken.""")
M('vk18', '2026-09-02 08:00 +0200', 'daan', ['karel'], 'Herinnering: uw contract met Solano loopt af op 1 december 2026', neg='vendor-written renewal reminder (template)', body="""
Beste Karel,

Uw overeenkomst met Solano Payroll loopt af op 1 december 2026. Wij nemen graag contact met u op om de verlenging en eventuele uitbreidingen te bespreken.""")
M('vk19', '2026-09-09 10:05 +0200', 'els', ['daan'], 'Vraagje eindejaarspremie', drop_irt=False,
  sig=[('competitor', 'de demo van SD Worx was vorige week')], body="""
Dag Daan,

Kleine vraag over de simulatie van de eindejaarspremie: wordt de anciënniteit per 30 september of per 31 december genomen?

En nog iets, maar dat heb je niet van mij: de demo van SD Worx was vorige week. Ze doen prikklok en payroll in één pakket en dat vond de directie wel interessant.

Els""")
M('vk20', '2026-09-09 11:30 +0200', 'daan', ['els'], re='vk19', body="""
Dag Els,

Per 31 december, volgens jullie sectorale regeling. En dank voor de tip, dat waardeer ik.""")
M('vk21', '2026-09-16 16:50 +0200', 'karel', ['daan'], re='vk18', drop_irt=True,
  sig=[('renewal', 'De beslissing over de verlenging valt half oktober')], body="""
Daan,

De beslissing over de verlenging valt half oktober in het directiecomité. Ik kan je niets beloven.

Karel""")
M('vk22', '2026-09-23 05:00 +0200', 'support_nl', ['els'], '[Ticket #52219] Status: opgelost', kind='bulk', neg='ticketing notification', body="""
Beste Els,

Uw ticket #52219 «Simulatie eindejaarspremie» heeft de status OPGELOST gekregen. Als u binnen 5 werkdagen niet reageert, wordt het ticket gesloten.""")
M('vk23', '2026-09-14 10:25 +0200', 'jan', ['sanne'], re='vk10', drop_irt=True, subj='Export prikklokhistoriek',
  sig=[('churn_risk', 'bij een eventuele migratie')], body="""
Sanne,

Vraag van de directie: in welk formaat kunnen we de volledige prikklokhistoriek (2021-2026) exporteren, bij een eventuele migratie? CSV per filiaal volstaat.

Jan""")
M('vk24', '2026-09-14 15:40 +0200', 'sanne', ['jan'], re='vk23', cc=['daan'], body="""
Hoi Jan,

Dat kan als CSV per filiaal en per jaar via Rapporten > Export > Tijdregistratie. Voor de volledige historiek maak ik graag een export voor jullie klaar. Mag ik vragen waarvoor de directie het nodig heeft? Daan hoort graag of hij ergens mee kan helpen.""")
contact_meta('karel', 'active'); contact_meta('els', 'active'); contact_meta('jan', 'active'); contact_meta('sofie', 'new')
alert('escalation', 'high', '2026-06-24', ['vk06'], 'Till-to-timeclock interface failed three times in June.')
alert('open_commitment', 'medium', '2026-06-24', ['vk07'], 'Structural fix promised by 2026-07-03.', due='2026-07-03')
alert('commitment_overdue', 'high', '2026-07-04', ['vk07', 'vk08'], 'Fix promised for 2026-07-03 not delivered; customer chased on 07-08; delivered 07-17 (vk10).', due='2026-07-03')
alert('escalation', 'high', '2026-07-08', ['vk08'], 'HR director chases the missed fix.')
alert('competitor_mention', 'high', '2026-08-05', ['vk12', 'vk19'], 'Board asks for an SD Worx quote for the renewal; SD Worx demo held (vk19).')
alert('renewal_at_risk', 'high', '2026-08-05', ['vk12', 'vk14', 'vk21'], 'Renewal 2026-12-01 contested by SD Worx; decision moved to a new CFO.')
alert('churn_risk', 'high', '2026-08-05', ['vk12', 'vk23'], 'Competitive tender after service problems; in September IT asks how to export all timeclock history for a possible migration.')
alert('new_contacts', 'low', '2026-08-17', ['vk15'], 'Sofie Mertens, new CFO.')
alert('new_senior_contact_not_engaged', 'high', '2026-08-31', ['vk14', 'vk15'], 'New CFO (decision maker) wrote on 08-17; no vendor mail to her in 14 days (still none at as_of).')
alert('unanswered_customer_message', 'high', '2026-08-20', ['vk15'], 'CFO asked for a per-branch cost overview by 2026-09-04; nobody replied.')

# =====================================================================  Thuiszorg De Linde (NL)
person('pieter', 'Pieter Bosman', 'pieter.bosman@delinde-thuiszorg.nl', 'Directeur-bestuurder', lang='nl', client='apple',
       sig="Pieter Bosman\nDirecteur-bestuurder | Thuiszorg De Linde\nZwolle")
person('anouk', 'Anouk Veenstra', 'anouk.veenstra@delinde-thuiszorg.nl', 'Salarisadministrateur', lang='nl', client='outlook',
       sig="Anouk Veenstra\nSalarisadministratie | Thuiszorg De Linde\nwerkdagen: ma, di, do")
person('fatima', 'Fatima El Amrani', 'fatima.elamrani@delinde-thuiszorg.nl', 'Planner', lang='nl', client='outlook',
       sig="Fatima El Amrani\nPlanner wijkteams Zwolle-Zuid")
account(account='Thuiszorg De Linde', mbox='de_linde.mbox', domains=['delinde-thuiszorg.nl'], owner='daan.verhoeven@solano.nl',
        arr=18500, segment='smb', renewal_date='2027-01-15', scenario='advocacy', risk=False, region='eu', lang='nl', country='NL')

M('dl01', '2026-06-02 09:15 +0200', 'anouk', ['support_nl'], 'ORT-percentages cao VVT per 1 juli', body="""
Goedemorgen,

Per 1 juli gaan de ORT-percentages in de cao VVT omhoog (zaterdag en avond). Worden die automatisch aangepast in Solano of moet ik ze zelf invoeren?

Groet, Anouk""")
M('dl02', '2026-06-02 13:40 +0200', 'sanne', ['anouk'], re='dl01', cc=['support_nl'],
  sig=[('commitment', 'De nieuwe ORT-percentages staan uiterlijk vrijdag 26 juni klaar')], body="""
Hoi Anouk,

Die passen wij centraal aan voor alle VVT-klanten. De nieuwe ORT-percentages staan uiterlijk vrijdag 26 juni klaar in jullie omgeving, zodat je de run van juli gewoon kunt draaien.""")
M('dl03', '2026-06-25 15:10 +0200', 'sanne', ['anouk'], re='dl02', body="""
Hoi Anouk,

Klaar: de ORT-percentages per 1 juli staan erin (zaterdag 38%, avond 22%). Je ziet ze terug onder Cao-tabellen > VVT 2026.""")
M('dl04', '2026-06-25 15:32 +0200', 'anouk', ['sanne'], re='dl03', body="""
Top, dank je!""")
M('dl05', '2026-06-30 17:45 +0200', 'pieter', ['daan'], 'Een jaar Solano',
  sig=[('advocacy', 'Ik wil best als referentie dienen voor andere zorgaanbieders')], body="""
Beste Daan,

Vandaag precies een jaar met Solano. Onze wijkverpleegkundigen klagen niet meer over hun loonstrook en Anouk is twee dagen per maand minder kwijt aan correcties. Ik wil best als referentie dienen voor andere zorgaanbieders in de regio, laat maar weten wie ik moet bellen.

Hartelijke groet,""")
M('dl06', '2026-06-30 19:02 +0200', 'daan', ['pieter'], re='dl05', ask=True, body="""
Beste Pieter,

Wat een mooi bericht, dank je wel! Mag ik twee dingen vragen: zouden we een korte klantcase over De Linde mogen schrijven, en zou je in november op het ActiZ-congres tien minuten over jullie ervaring willen vertellen?""")
M('dl07', '2026-07-02 08:20 +0200', 'pieter', ['daan'], re='dl06',
  sig=[('advocacy', 'zet me maar op het programma van het congres')], body="""
Daan, allebei prima. Klantcase graag via Anouk laten lopen voor de cijfers, en zet me maar op het programma van het congres.

Pieter""")
M('dl08', '2026-07-07 20:30 +0200', 'daan', ['pieter'], 'PEC – Feyenoord', kind='personal', client='gmail', sigblock=False,
  neg='personal mail about football tickets', body="""
Pieter, ik heb twee kaarten voor PEC Zwolle – Feyenoord op zondag 23 augustus. Zin om mee te gaan? Ik ben wel in het rood-wit, dat waarschuw ik alvast.

Daan""")
M('dl09', '2026-07-07 21:15 +0200', 'pieter', ['daan'], re='dl08', kind='personal', client='iphone', sigblock=False,
  neg='personal reply about football', body="""
Haha, graag! Ik neem wel een blauw-witte sjaal voor je mee. Pilsje vooraf bij het Stadshuis?

Verstuurd vanaf mijn iPhone""")
M('dl10', '2026-07-20 07:00 +0200', 'mkt_nl', ['anouk'], 'Solano Nieuwsbrief juli: zomerroosters in de zorg', kind='bulk', neg='vendor newsletter', body="""
Solano Nieuwsbrief · juli 2026

• Zomerroosters in de zorg: zo voorkomt u onderbezetting.
• Nieuw in de app: verlof aanvragen met één tik.
• Breid uit naar de planningsmodule en bespaar 10% in het eerste jaar.

Afmelden""")
M('dl11', '2026-07-20 07:01 +0200', 'anouk', ['mkt_nl'], re='dl10', kind='auto', quote=False, sigblock=False,
  subj='Automatisch antwoord: Solano Nieuwsbrief juli: zomerroosters in de zorg', neg='out-of-office auto-reply', body="""
Ik ben met vakantie tot 10 augustus. Voor salarisvragen kunt u terecht bij salaris@delinde-thuiszorg.nl.""")
M('dl12', '2026-08-13 11:00 +0200', 'lotte', ['pieter'], 'Concept klantcase De Linde', cc=['daan', 'anouk'], ask=True, body="""
Beste Pieter,

Hierbij het concept van de klantcase ("Meer tijd voor de cliënt: hoe Thuiszorg De Linde de salarisadministratie vereenvoudigde"). Zou je de citaten willen controleren? Anouk heeft de cijfers al bevestigd.""")
M('dl13', '2026-08-14 09:30 +0200', 'pieter', ['lotte'], re='dl12', cc=['daan'], body="""
Beste Lotte,

Mooi stuk. Eén correctie: het zijn 230 medewerkers, niet 250. Verder akkoord, je mag hem publiceren.

Pieter""")
M('dl14', '2026-08-24 08:05 +0200', 'pieter', ['daan'], 'Zondag', kind='personal', client='iphone', sigblock=False,
  neg='personal mail after a football match', body="""
Wat een wedstrijd! Die 2-2 in blessuretijd gun ik je niet, maar de bitterballen waren goed. Volgende keer in De Kuip?

Verstuurd vanaf mijn iPhone""")
M('dl15', '2026-09-01 10:40 +0200', 'fatima', ['support_nl'], 'Diensten ruilen in de app', body="""
Hallo,

Ik ben sinds deze week planner voor de wijkteams Zwolle-Zuid. Kunnen medewerkers in de app zelf diensten met elkaar ruilen, of moet ik dat goedkeuren?

Met vriendelijke groet,""")
M('dl16', '2026-09-01 14:20 +0200', 'support_nl', ['fatima'], re='dl15', body="""
Beste Fatima,

Welkom! Medewerkers kunnen een ruil voorstellen in de app; u krijgt een melding en keurt de ruil goed of af. U kunt dat per team instellen onder Planning > Instellingen > Ruilen.""")
M('dl17', '2026-09-08 12:30 +0200', 'pieter', ['daan'], 'Fwd: Zorgvisie: thuiszorgaanbieders stappen massaal over op nieuwe HR-software', client='gmail', sigblock=False,
  neg='customer forwards a trade article about other care providers switching HR software', body="""
Grappig, Daan, staan wij er ook bijna in 😉

P.""", fwd="""
---------- Doorgestuurd bericht ---------
Van: Zorgvisie Nieuwsbrief <nieuws@zorgvisie.nl>
Date: ma 7 sep 2026 om 06:00
Subject: Thuiszorgaanbieders stappen massaal over op nieuwe HR-software
To: <pieter.bosman@delinde-thuiszorg.nl>

Uit een rondgang onder 40 thuiszorgorganisaties blijkt dat een derde dit jaar overstapt op een nieuw HR- en salarispakket. Veel genoemd: Nmbrs, AFAS en Solano. Bestuurders noemen de stijgende loonkosten door de cao en de administratieve lasten als belangrijkste reden om te wisselen.""")
M('dl18', '2026-09-15 06:00 +0200', 'billing', ['anouk'], 'Solano Payroll – factuur SP-NL-2026-0915', kind='bulk', lang='nl', neg='e-bill', body="""
Geachte klant,

Uw factuur SP-NL-2026-0915 (september 2026) staat klaar. Bedrag: € 1.541,67 excl. btw. Vervaldatum: 15-10-2026.
Dit is een automatisch bericht.""")
M('dl19', '2026-09-22 10:00 +0200', 'daan', ['anouk', 'pieter'], 'Uitnodiging: Jaargesprek De Linde – di 6 okt 14:00', kind='calendar', ics='dl', sigblock=False,
  neg='calendar invitation', body="""
Daan Verhoeven heeft u uitgenodigd.

Jaargesprek Thuiszorg De Linde / Solano
dinsdag 6 oktober 2026 14:00-15:00
Locatie: De Linde, Zwolle""")
M('dl20', '2026-09-22 10:31 +0200', 'anouk', ['daan'], 'Geaccepteerd: Jaargesprek De Linde – di 6 okt 14:00', kind='calendar', sigblock=False,
  neg='calendar acceptance', body="""
Anouk Veenstra heeft deze vergadering geaccepteerd.""")
M('dl21', '2026-09-28 09:10 +0200', 'daan', ['anouk'], 'Vraag van jullie accountant over Nmbrs', ask=True, body="""
Hoi Anouk,

Jullie accountant belde ons met de vraag of er een koppeling met Nmbrs is. Gaan jullie iets veranderen aan de salarisadministratie, of gaat het om iets anders?""")
M('dl22', '2026-09-29 08:45 +0200', 'anouk', ['daan'], re='dl21',
  neg='negation: customer states they are not planning to switch; Nmbrs is the accountant\'s own tool', body="""
Hoi Daan,

Nee hoor, we zijn niet van plan over te stappen. De accountant gebruikt zelf Nmbrs voor zijn andere klanten en wilde weten of hij onze journaalposten in hetzelfde formaat kan krijgen. Een export naar Excel is voor hem ook goed.

Groet, Anouk""")
contact_meta('pieter', 'active'); contact_meta('anouk', 'active'); contact_meta('fatima', 'new')
alert('open_commitment', 'low', '2026-06-02', ['dl02'], 'ORT tables promised by 2026-06-26; kept by dl03.', due='2026-06-26')
alert('advocacy', 'medium', '2026-06-30', ['dl05', 'dl07'], 'Director offers to be a reference and to speak at the ActiZ congress; case study approved (dl13).')
alert('new_contacts', 'low', '2026-09-01', ['dl15'], 'Fatima El Amrani, new planner.')
