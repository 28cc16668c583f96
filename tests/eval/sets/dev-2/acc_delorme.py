"""SAS Delorme Restauration (Toulouse, FR) - enthusiastic franchisee rolls out to 12 more restaurants."""
from kw_core import *  # noqa: F401,F403
from kw_auto import *  # noqa: F401,F403

D = 'delorme-restauration.fr'
JEROME = P('jerome@' + D, 'Jérôme Delorme', 'Président – franchisé Pastamore', 'delorme', 'gmail_fr',
           sig='Jérôme Delorme\nPrésident – SAS Delorme Restauration\nFranchisé Pastamore Toulouse · Albi · Montauban · Castres\n'
               '06 12 48 77 30', lang='fr')
AURELIE = P('aurelie.chassagne@' + D, 'Aurélie Chassagne', 'Responsable administrative et financière', 'delorme',
            'gmail_fr', sig='Aurélie Chassagne\nResponsable administrative et financière\nSAS Delorme Restauration\n'
                            '05 61 22 80 14', lang='fr')
RESEAU = P('newsletter@reseau-pastamore.fr', 'Réseau Pastamore', '', 'X', 'system')


def build():
    S = Story('delorme', 'SAS Delorme Restauration', [D], CAMILLE.email, 38000, '2027-03-31', 'mid',
              'franchise_expansion_advocate', 'delorme-restauration.mbox',
              'Franchisee of an Italian restaurant chain (4 restaurants) who loves the product, takes over 12 more '
              'restaurants of the network, signs for all 12 and recommends Kassenwerk to the franchisor.')
    S.m('d01', '2026-06-04 22:10', JEROME, to=[CAMILLE], subject='Bilan après 6 mois',
        body='Bonsoir Camille,\n\nPetit bilan après six mois avec Kassenwerk dans mes 4 restaurants : franchement, '
             'c\'est le jour et la nuit par rapport à l\'ancien système. Le temps d\'attente en caisse le midi a baissé, '
             'les équipes adorent la prise de commande sur tablette et je vois enfin mes marges par restaurant le '
             'lendemain matin.\n\nBref, merci à vous et à Julien.\n\nJérôme',
        signals=[('advocacy', 'c\'est le jour et la nuit par rapport à l\'ancien système'),
                 ('advocacy', 'les équipes adorent la prise de commande sur tablette')])
    S.m('d02', '2026-06-05 09:12', CAMILLE, parent='d01',
        body='Bonjour Jérôme,\n\nMerci beaucoup, ça fait vraiment plaisir à toute l\'équipe !\n\nPuis-je vous demander '
             'un service : accepteriez-vous de servir de référence pour d\'autres restaurateurs, voire de témoigner '
             'pour un petit cas client ?')
    S.m('d03', '2026-06-06 10:41', JEROME, parent='d02', expects=False,
        body='Avec plaisir, donnez mon numéro à qui vous voulez. Pour le cas client, voyez avec Aurélie pour les chiffres.',
        signals=[('advocacy', 'Avec plaisir, donnez mon numéro à qui vous voulez')])
    newsletter(S, 'd04', '2026-06-12 10:00', JEROME, 'fr', '06', None)
    ticket(S, 'd05', '2026-06-19 20:45', AURELIE, 'KW-49302', 'Export comptable Montauban – TVA à 10 %', 'Résolu',
           'Normale', 'Votre ticket a été résolu.', 'Commentaire (É. Martin) :\nLe taux de TVA de la vente à emporter '
           'a été corrigé dans la fiche article.', 'fr', neg='Ticket-system notification.')
    S.m('d06', '2026-06-30 10:12', JEROME, to=[CAMILLE], cc=[AURELIE], subject='12 restaurants de plus !',
        body='Bonjour Camille,\n\nGrande nouvelle : je reprends les 12 restaurants Pastamore du master-franchisé '
             'Sud-Ouest, qui part à la retraite. Reprise effective au 1er septembre.\n\nJe veux déployer Kassenwerk dans '
             'les 12 d\'ici janvier, même configuration que chez nous. Vous pouvez me faire une proposition ?',
        signals=[('expansion', 'Je veux déployer Kassenwerk dans les 12 d\'ici janvier'),
                 ('pricing', 'Vous pouvez me faire une proposition ?')])
    S.m('d07', '2026-06-30 11:05', CAMILLE, parent='d06',
        body='Bonjour Jérôme,\n\nFélicitations, c\'est formidable ! Je vous envoie une proposition d\'ici vendredi, '
             'avec le matériel, les licences et un planning de déploiement en trois vagues.',
        signals=[('commitment', 'Je vous envoie une proposition d\'ici vendredi', {'due': '2026-07-03', 'kept_by': 'd08'})])
    S.m('d08', '2026-07-03 16:20', CAMILLE, parent='d07',
        body='Bonjour Jérôme,\n\nComme promis, ci-joint la proposition pour les 12 restaurants : 36 caisses, '
             '24 tablettes, licences à 79 € par caisse et par mois, soit une remise de 12 % sur notre tarif pour '
             'le volume. Déploiement en trois vagues (octobre, novembre, janvier).\n\nQu\'en pensez-vous ?',
        attach=[('Proposition_Delorme_12_restaurants.pdf', 'application/pdf', fake_pdf('Proposition Delorme 12 restaurants'))])
    S.m('d09', '2026-07-06 09:30', AURELIE, parent='d08',
        body='Bonjour Camille,\n\nMerci pour la proposition. Deux questions : la remise de 12 % est-elle garantie sur '
             'toute la durée du contrat ? Et pouvez-vous étaler la facturation du matériel sur 12 mois ?',
        signals=[('pricing', 'la remise de 12 % est-elle garantie sur toute la durée du contrat ?')])
    S.m('d10', '2026-07-06 14:02', CAMILLE, parent='d09',
        body='Bonjour Aurélie,\n\nOui aux deux : remise garantie sur 36 mois, et matériel facturé en 12 mensualités '
             'sans frais. Je mets à jour la proposition en ce sens.')
    S.m('d11', '2026-07-08 21:30', JEROME, parent='d10', expects=False,
        body='Parfait. On signe en septembre, après la reprise officielle. Julien peut déjà préparer le planning.',
        signals=[('expansion', 'On signe en septembre, après la reprise officielle')])
    calendar(S, 'd12', '2026-07-15 10:00', JULIEN, [JEROME, AURELIE], 'Atelier déploiement – 12 restaurants Sud-Ouest',
             '20260722T140000', '20260722T160000', 'Google Meet',
             'Inventaire matériel, vagues de déploiement, formation des équipes.', 'Vendor calendar invitation.',
             lang='fr', tzid='Europe/Paris')
    S.m('d13', '2026-07-20 18:44', JEROME, to=[CAMILLE], subject='Bonnes vacances', expects=False,
        body='Camille,\n\nJe file en corse pour 10 jours, telephone coupé (ma femme y veille). Bonnes vacances à vous '
             'aussi si vous partez !',
        neg='Personal holiday chit-chat.')
    S.m('d14', '2026-07-21 08:30', CAMILLE, parent='d13', expects=False,
        body='Profitez bien Jérôme ! La Corse en juillet, je suis jalouse. À la rentrée !',
        neg='Personal reply.')
    S.m('d15', '2026-08-10 09:00', JULIEN, to=[AURELIE], cc=[CAMILLE], subject='Inventaire matériel – 12 restaurants',
        body='Bonjour Aurélie,\n\nPour préparer la première vague, pourriez-vous me transmettre la liste du matériel '
             'existant dans les 12 restaurants (imprimantes, TPE, réseau) ?')
    ooo(S, 'd16', '2026-08-10 09:00', AURELIE, 'd15',
        'Bonjour,\n\nJe suis en congés jusqu\'au 21 août. Je traiterai votre message à mon retour.\n\nAurélie Chassagne',
        'Réponse automatique : ', 'Out-of-office auto-reply.')
    nl = External(RESEAU, [JEROME], mkdt('2026-08-31 07:00', 2, 'delorme-nl'),
                  'La Lettre du réseau Pastamore – rentrée 2026',
                  'LA LETTRE DU RÉSEAU PASTAMORE – Rentrée 2026\n\n'
                  '• 14 ouvertures ce semestre, 186 restaurants en France.\n'
                  '• Sud-Ouest : Jérôme Delorme reprend les 12 restaurants de la région et devient notre premier '
                  'multi-franchisé à 16 établissements.\n'
                  '• Achats : nouveau contrat cadre pour les fours à pizza et la farine type 00.\n'
                  '• Nouvelle carte d\'automne dès le 21 septembre.\n\n'
                  'Vous recevez cette lettre en tant que membre du réseau Pastamore.')
    S.m('d17', '2026-08-31 12:15', JEROME, to=[CAMILLE], fwd=nl, expects=False,
        body='Pour info, on parle de nous dans la lettre du réseau 😉',
        neg='Forwarded franchise-network newsletter; growth and takeover lines are forwarded text, not the '
            'customer\'s own statement.')
    S.m('d18', '2026-09-01 08:40', CAMILLE, parent='d17', expects=False,
        body='Bravo Jérôme, 16 restaurants, quelle aventure ! Très fière de vous accompagner.',
        neg='Vendor congratulation, chit-chat.')
    S.m('d19', '2026-09-08 15:10', AURELIE, to=[CAMILLE], cc=[JEROME, JULIEN], subject='Bon de commande signé – 12 restaurants',
        expects=False,
        body='Bonjour Camille,\n\nVeuillez trouver ci-joint le bon de commande signé pour les 12 restaurants, '
             'conformément à la proposition mise à jour du 7 juillet. Merci de nous confirmer les dates de la '
             'première vague.',
        attach=[('BDC_Delorme_Kassenwerk_12_restaurants_signe.pdf', 'application/pdf', fake_pdf('Bon de commande'))],
        signals=[('expansion', 'le bon de commande signé pour les 12 restaurants')])
    S.m('d20', '2026-09-08 16:30', JULIEN, parent='d19', expects=False,
        body='Bonjour Aurélie,\n\nMerci ! Première vague (Agen, Auch, Cahors, Rodez) la semaine du 12 octobre, '
             'je vous envoie le planning détaillé dans la foulée.')
    S.m('d21', '2026-09-15 19:05', JEROME, to=[CAMILLE], subject='Le président du réseau', expects=False,
        body='Camille,\n\nLe président du réseau Pastamore m\'a demandé ce que je pensais de votre caisse pour les '
             'autres franchisés. Je lui ai dit que c\'était la meilleure décision que j\'ai prise depuis trois ans. '
             'Attendez-vous à un appel de leur directeur des achats !',
        signals=[('advocacy', 'Je lui ai dit que c\'était la meilleure décision que j\'ai prise depuis trois ans')])
    S.m('d22', '2026-09-16 08:20', CAMILLE, parent='d21', expects=False,
        body='Jérôme, merci infiniment. Je préviens notre direction et je vous tiens au courant.')
    notice(S, 'd23', '2026-09-21 09:00', NEWS_FR, [JEROME], 'Joyeux anniversaire ! 1 an avec Kassenwerk 🎉',
           '<html><body style="text-align:center;font-family:Arial"><h1>Joyeux anniversaire, Jérôme !</h1>'
           '<p>Il y a un an, SAS Delorme Restauration rejoignait Kassenwerk.</p>'
           '<p>Pour fêter ça : <b>-15 % sur le module Fidélité</b> et parrainez un restaurateur pour gagner 1 mois offert.</p>'
           '<p><a href="https://www.kassenwerk.com/fr/parrainage">Je parraine</a></p></body></html>\n',
           'Automated e-card from the vendor with an upsell and referral offer; not customer intent.',
           html_only=True, kind='ecard')
    notice(S, 'd24', '2026-09-24 10:30', INFO_FR, [AURELIE], 'Votre avis compte : 2 minutes pour Kassenwerk',
           'Bonjour Aurélie,\n\nRecommanderiez-vous Kassenwerk à un confrère ? Notez-nous de 0 à 10 :\n'
           'https://feedback.kassenwerk.com/s/nps-2026-q3?c=FR2231\n\nMerci !\nL\'équipe Kassenwerk\n',
           'Automated NPS survey ("Recommanderiez-vous" is survey text).', kind='survey')

    S.alert('advocacy', 'low', '2026-06-04', ['d01', 'd03', 'd21'],
            'Owner praises results, agrees to be a reference and recommended Kassenwerk to the franchisor\'s president.')
    S.alert('expansion_opportunity', 'medium', '2026-06-30', ['d06', 'd11', 'd19'],
            'Rollout to 12 more restaurants (36 tills); order signed 8 September, waves October to January.')
    return S
