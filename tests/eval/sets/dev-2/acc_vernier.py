"""Groupe Vernier Distribution (Lyon, FR) - CFO cuts tooling spend, competitor, replies slow down, promise missed."""
from kw_core import *  # noqa: F401,F403
from kw_auto import *  # noqa: F401,F403

D = 'vernier-distribution.fr'
FOOT = ('Groupe Vernier Distribution SAS · 12 avenue Tony Garnier · 69007 Lyon\n'
        'SAS au capital de 4 500 000 € · RCS Lyon 512 334 908\n\n'
        'Ce message et toutes les pièces jointes sont établis à l\'intention exclusive de ses destinataires et sont '
        'confidentiels. Si vous recevez ce message par erreur, merci de le détruire et d\'en avertir immédiatement '
        'l\'expéditeur. Pensez à l\'environnement avant d\'imprimer ce message.')
SOPHIE = P('sophie.garnier@' + D, 'Sophie Garnier', 'Directrice des opérations magasins', 'vernier', 'outlook_fr',
           sig='Cordialement,\n\nSophie Garnier\nDirectrice des opérations magasins\nTél. +33 4 72 80 14 22\n\n' + FOOT,
           lang='fr')
LAURENT = P('laurent.bertin@' + D, 'Laurent Bertin', 'Directeur administratif et financier', 'vernier', 'outlook_fr',
            sig='Laurent Bertin\nDirecteur administratif et financier\n\n' + FOOT, lang='fr')
NICOLAS = P('nicolas.petit@' + D, 'Nicolas Petit', 'Responsable informatique magasins', 'vernier', 'outlook_fr',
            sig='Nicolas Petit\nResponsable informatique magasins\nSupport magasins : 04 72 80 14 99\n\n' + FOOT, lang='fr')


def build():
    S = Story('vernier', 'Groupe Vernier Distribution', [D], CAMILLE.email, 148000, '2026-12-15', 'enterprise',
              'budget_cut_renewal_at_risk', 'vernier-distribution.mbox',
              'DIY and garden chain (38 stores). The CFO cuts software tooling spend and calls the 2027 budget '
              'uncertain, a cheaper competitor is evaluated, customer replies slow from hours to weeks and the vendor '
              'misses the promised best offer.')
    S.m('v01', '2026-06-02 09:40', CAMILLE, to=[SOPHIE], subject='Bilan du semestre et revue de juin',
        body='Bonjour Sophie,\n\nJ\'espère que vous allez bien. Je vous propose de faire notre revue semestrielle fin juin '
             '(bilan du déploiement de l\'inventaire tournant, feuille de route). Seriez-vous disponible le 23 ou le 25 juin ?')
    S.m('v02', '2026-06-02 12:48', SOPHIE, parent='v01', expects=False,
        body='Bonjour Camille,\n\nLe 25 me va bien, plutôt le matin. J\'inviterai Nicolas pour la partie technique.\n\n'
             'Bonne journée')
    S.m('v03', '2026-06-08 10:05', NICOLAS, to=[JULIEN], subject='Mise à jour NF525 – calendrier ?',
        body='Bonjour Julien,\n\nQuand est prévue la mise à jour de la certification NF525 (version 26.2) ? Il faut que je '
             'la planifie en dehors des soldes d\'été, donc avant le 24 juin ou après le 21 juillet.\n\nMerci')
    S.m('v04', '2026-06-08 14:30', JULIEN, parent='v03',
        body='Bonjour Nicolas,\n\nLa 26.2 est disponible depuis le 1er juin. Vous pouvez la déployer quand vous voulez ; '
             'je vous conseille un premier magasin pilote, par exemple Villeurbanne, avant le déploiement général.')
    S.m('v05', '2026-06-08 16:22', NICOLAS, parent='v04', expects=False,
        body='Parfait, je lance Villeurbanne la semaine prochiane. Merci !')
    newsletter(S, 'v06', '2026-06-12 10:00', SOPHIE, 'fr', '06', None)
    calendar(S, 'v07', '2026-06-15 11:30', CAMILLE, [SOPHIE, NICOLAS], 'Revue semestrielle Kassenwerk – Groupe Vernier',
             '20260625T093000', '20260625T110000', 'Lyon, 12 avenue Tony Garnier / Teams',
             'Bilan S1, inventaire tournant, feuille de route 2027.', 'Calendar invitation from the vendor.', lang='fr',
             tzid='Europe/Paris')
    S.m('v08', '2026-06-25 17:05', CAMILLE, to=[SOPHIE], cc=[NICOLAS], subject='Compte rendu revue semestrielle 25/06',
        body='Bonjour Sophie,\n\nMerci pour ce matin. En résumé : inventaire tournant en place dans 31 magasins sur 38, '
             'les 7 restants en septembre ; Nicolas déploie la 26.2 en juillet.\n\nPouvez-vous me confirmer le '
             'planning des 7 magasins restants pour que Julien réserve les dates ?')
    S.m('v09', '2026-06-26 11:20', SOPHIE, parent='v08', expects=False,
        body='Bonjour Camille,\n\nC\'est bien ça. Planning des 7 magasins ci-joint, semaines 37 à 39.\n\nBon week-end',
        attach=[('Planning_inventaire_tournant_S37-S39.xlsx',
                 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', b'PK\x03\x04 fake xlsx')])
    S.m('v10', '2026-07-07 18:12', LAURENT, to=[CAMILLE], cc=[SOPHIE], subject='Renouvellement Kassenwerk – contexte budgétaire',
        body='Madame,\n\nSuite au comité de direction d\'hier, nous réduisons de 20 % les dépenses d\'outils logiciels '
             'dès le second semestre. Le budget 2027 est incertain et toutes les licences seront revues une par une '
             'avant les renouvellements.\n\nJe vous demande donc de revoir votre proposition tarifaire pour le '
             'renouvellement de décembre.\n\nCordialement',
        signals=[('churn_risk', 'Le budget 2027 est incertain'),
                 ('pricing', 'nous réduisons de 20 % les dépenses d\'outils logiciels'),
                 ('renewal', 'revoir votre proposition tarifaire pour le renouvellement de décembre')])
    S.m('v11', '2026-07-08 09:15', CAMILLE, parent='v10',
        body='Monsieur Bertin,\n\nMerci pour votre message, je comprends le contexte. Je vous envoie une proposition '
             'révisée d\'ici vendredi, avec plusieurs options (durée, périmètre, modules).\n\nSeriez-vous disponible '
             'pour un échange de 30 minutes la semaine prochaine ?',
        signals=[('commitment', 'Je vous envoie une proposition révisée d\'ici vendredi',
                  {'due': '2026-07-10', 'kept_by': 'v12'})])
    S.m('v12', '2026-07-10 15:48', CAMILLE, parent='v11',
        body='Monsieur Bertin,\n\nComme convenu, ci-joint notre proposition révisée : -5 % sur 3 ans, ou maintien du '
             'tarif sur 1 an avec retrait du module fidélité.\n\nJe reste à votre disposition.',
        attach=[('Proposition_renouvellement_Vernier_2026-07.pdf', 'application/pdf', fake_pdf('Proposition Vernier'))])
    S.m('v13', '2026-07-15 16:30', LAURENT, parent='v12',
        body='Madame,\n\n-5 % ne répond pas à l\'objectif. Pour information, Tillio nous propose une solution caisse '
             'et stock environ 30 % moins chère, migration comprise. Nous allons l\'étudier sérieusement.\n\nCordialement',
        signals=[('competitor', 'Tillio nous propose une solution caisse et stock environ 30 % moins chère'),
                 ('pricing', '-5 % ne répond pas à l\'objectif'),
                 ('churn_risk', 'Nous allons l\'étudier sérieusement')])
    S.m('v14', '2026-07-16 09:02', CAMILLE, parent='v13',
        body='Monsieur Bertin,\n\nJe comprends. Pour comparer à périmètre égal (inventaire tournant, 38 magasins, '
             'NF525, reprise des données), pourrions-nous faire un point avec Sophie avant votre décision ? '
             'Je peux venir à Lyon.')
    ooo(S, 'v15', '2026-07-16 09:02', LAURENT, 'v14',
        'Je suis absent du bureau jusqu\'au 17 août inclus. Pour toute urgence, merci de contacter '
        'compta@vernier-distribution.fr.', 'Réponse automatique : ', 'Out-of-office auto-reply.')
    ticket(S, 'v16', '2026-08-06 10:14', NICOLAS, 'KW-50102', 'Remontée des ventes magasin Annecy en retard', 'Résolu',
           'Normale', 'Votre ticket a été résolu.', 'Commentaire (É. Martin) :\nLe certificat du poste caisse 2 avait '
           'expiré. Renouvelé à distance.', 'fr', neg='Ticket-system notification.')
    S.m('v17', '2026-08-19 10:00', CAMILLE, to=[SOPHIE], subject='Des nouvelles ?',
        body='Bonjour Sophie,\n\nJ\'espère que vous avez pu profiter de l\'été. Avez-vous des nouvelles côté direction '
             'financière ? Je n\'ai pas eu de retour de M. Bertin depuis mi-juillet.')
    S.m('v18', '2026-08-27 19:40', SOPHIE, parent='v17', expects=False,
        body='Bonjour Camille,\n\nDésolée pour le délai. Pour être transparente : le DAF a lancé une consultation et nous '
             'regardons Tillio de près. Moi je préfèrerais rester chez vous, mais ce n\'est pas moi qui décide.',
        signals=[('churn_risk', 'le DAF a lancé une consultation'),
                 ('competitor', 'nous regardons Tillio de près')])
    newsletter(S, 'v19', '2026-09-01 10:00', SOPHIE, 'fr', '09', None)
    S.m('v20', '2026-09-02 09:30', CAMILLE, to=[LAURENT], cc=[SOPHIE], subject='Renouvellement décembre – rencontre ?',
        body='Monsieur Bertin,\n\nJe reviens vers vous au sujet du renouvellement du 15 décembre. Nous avons travaillé '
             'sur une nouvelle offre. Pourrions-nous nous rencontrer, ou préférez-vous que je vous l\'envoie directement ?')
    S.m('v21', '2026-09-09 11:05', LAURENT, parent='v20',
        body='Madame,\n\nEnvoyez-nous votre meilleure offre sur 3 ans. Nous prendrons notre décision fin octobre, '
             'après réception de toutes les offres.',
        signals=[('pricing', 'Envoyez-nous votre meilleure offre sur 3 ans'),
                 ('renewal', 'Nous prendrons notre décision fin octobre')])
    S.m('v22', '2026-09-10 08:50', CAMILLE, parent='v21',
        body='Monsieur Bertin,\n\nC\'est noté. Je vous envoie notre meilleure offre sur 3 ans d\'ici vendredi 18 '
             'septembre.', expects=False,
        signals=[('commitment', 'Je vous envoie notre meilleure offre sur 3 ans d\'ici vendredi 18 septembre',
                  {'due': '2026-09-18'})])
    S.m('v23', '2026-09-15 08:12', NICOLAS, to=[JULIEN], subject='Magasin Villeurbanne fermé S39', expects=False,
        body='Bonjour Julien,\n\nPour info : nous fermons le magasin de Villeurbanne du 21 au 27 septembre pour travaux '
             '(nouveau rayon jardin). Pas de remontées de caisse cette semaine-là, inutile de vous inquiéter si '
             'l\'alerte de supervision se déclenche.',
        neg='Temporary store closure for works; customer operations language, not a churn signal.')
    S.m('v24', '2026-09-15 09:40', JULIEN, parent='v23', expects=False,
        body='Bonjour Nicolas,\n\nMerci, j\'ai mis la supervision en pause pour Villeurbanne sur cette période.',
        neg='Vendor acknowledgement of a store closure.')
    S.m('v25', '2026-09-21 18:30', SOPHIE, parent='v20',
        body='Bonjour Camille,\n\nLaurent me dit qu\'il n\'a toujours rien reçu. L\'offre de Tillio est arrivée la semaine '
             'dernière. Si vous voulez être comparés, il faut faire vite.',
        signals=[('churn_risk', 'Si vous voulez être comparés, il faut faire vite'),
                 ('competitor', 'L\'offre de Tillio est arrivée la semaine dernière')])
    S.m('v26', '2026-09-22 08:35', CAMILLE, parent='v25', expects=False,
        body='Bonjour Sophie,\n\nToutes mes excuses, la validation interne a pris plus de temps que prévu. Je fais le '
             'maximum pour vous l\'envoyer au plus vite.')
    ticket(S, 'v27', '2026-09-25 13:05', NICOLAS, 'KW-52601', 'Inventaire tournant – écart de stock Roanne', 'En cours',
           'Normale', 'Votre ticket a été mis à jour.', 'Commentaire (É. Martin) :\nAnalyse en cours avec l\'équipe '
           'produit.', 'fr', neg='Ticket-system notification.')
    S.m('v28', '2026-06-17 14:10', CAMILLE, to=[SOPHIE], subject='Nouveau : module Click & Collect',
        body='Bonjour Sophie,\n\nPetite nouveauté qui pourrait vous intéresser : notre module Click & Collect est '
             'disponible pour les enseignes multi-magasins, avec réservation du stock en temps réel. Plusieurs de nos '
             'clients l\'ont déployé avant l\'été. Voulez-vous une démo lors de notre revue du 25 ?',
        neg='Vendor\'s own upsell proposal; the customer did not express expansion.')

    S.alert('churn_risk', 'high', '2026-07-07', ['v10', 'v13', 'v18', 'v25'],
            'CFO cuts software tooling spend by 20 %, 2027 budget uncertain, formal consultation launched, '
            'competing offer already received.')
    S.alert('competitor_mention', 'high', '2026-07-15', ['v13', 'v18', 'v25'],
            'Tillio offers a POS and stock solution ~30 % cheaper; being evaluated.')
    S.alert('renewal_at_risk', 'high', '2026-09-09', ['v10', 'v21', 'v25'],
            'Renewal 15 December (76 days); decision at end of October after comparing offers.')
    S.alert('commitment_overdue', 'high', '2026-09-19', ['v22'],
            'Best 3-year offer promised "d\'ici vendredi 18 septembre"; not sent, the customer chased on 21 September.',
            due='2026-09-18')
    S.alert('latency_degradation', 'medium', '2026-09-21', ['v13', 'v21', 'v25'],
            'Customer replies went from hours (median ~10 h in June/July) to one to three weeks in September.')
    return S
