"""Épiceries Fines Duval (Bordeaux, FR) - warehouse/e-shop expansion contested by a competitor; question left open."""
from kw_core import *  # noqa: F401,F403
from kw_auto import *  # noqa: F401,F403

D = 'epiceries-duval.fr'
HELENE = P('helene@' + D, 'Hélène Duval', 'Gérante', 'duval', 'apple_fr',
           sig='Hélène Duval\nÉpiceries Fines Duval – Bordeaux · Arcachon · Cap Ferret\n06 80 41 27 59', lang='fr')
MAXIME = P('maxime.roux@' + D, 'Maxime Roux', 'Responsable logistique et e-commerce', 'duval', 'gmail_fr',
           sig='Maxime Roux\nLogistique & e-commerce\nÉpiceries Fines Duval\n05 56 44 18 02', lang='fr')
SALON = P('contact@salon-saveurs-bordeaux.fr', 'Salon Saveurs & Terroirs', '', 'X', 'system')


def build():
    S = Story('duval', 'Épiceries Fines Duval', [D], CAMILLE.email, 22000, '2027-01-15', 'smb',
              'expansion_vs_competitor_unanswered', 'epiceries-duval.mbox',
              'Three delicatessen shops. The logistics lead wants Kassenwerk for the warehouse and the web shop, '
              'a competitor with a native e-commerce connector is in the race, and his technical question from '
              '10 September is never answered.')
    S.m('u01', '2026-06-09 09:20', HELENE, to=[CAMILLE], subject='Transfert de stock entre boutiques',
        body='Bonjour Camille,\n\nComment fait-on un transfert de stock d\'Arcachon vers Bordeaux sans passer par une '
             'vente fictive ? Ma vendeuse a fait ça hier et mes stocks sont faux.\n\nMerci !')
    S.m('u02', '2026-06-09 11:45', CAMILLE, parent='u01',
        body='Bonjour Hélène,\n\nIl faut passer par Stock > Transferts > Nouveau transfert, en choisissant la boutique '
             'de départ et d\'arrivée. Pour corriger la vente fictive d\'hier, le plus simple est une annulation de '
             'ticket : je vous envoie la procédure en pièce jointe.',
        attach=[('Procedure_annulation_ticket.pdf', 'application/pdf', fake_pdf('Procedure annulation ticket'))])
    S.m('u03', '2026-06-09 18:02', HELENE, parent='u02', expects=False, body='Super, c\'est corrigé. Merci Camille !')
    newsletter(S, 'u04', '2026-06-16 10:00', HELENE, 'fr', '06', None)
    ticket(S, 'u05', '2026-06-24 15:30', HELENE, 'KW-49470', 'Balance Cap Ferret – prix au kilo arrondi', 'Résolu',
           'Normale', 'Votre ticket a été résolu.', 'Commentaire (É. Martin) :\nParamètre d\'arrondi corrigé.', 'fr',
           neg='Ticket-system notification.')
    S.m('u06', '2026-07-06 10:15', MAXIME, to=[CAMILLE], cc=[HELENE], subject='Entrepôt + boutique en ligne',
        body='Bonjour Camille,\n\nOn ouvre un petit entrepôt à Mérignac en octobre pour la boutique en ligne et les '
             'paniers garnis de Noël. On aimerait utiliser Kassenwerk aussi pour l\'entrepôt (réception, inventaire, '
             'préparation de commandes) et synchroniser les stocks avec notre site Shopify.\n\n'
             'Est-ce que c\'est possible, et à quel prix ?',
        signals=[('expansion', 'On aimerait utiliser Kassenwerk aussi pour l\'entrepôt'),
                 ('pricing', 'Est-ce que c\'est possible, et à quel prix ?')])
    S.m('u07', '2026-07-07 09:00', CAMILLE, parent='u06',
        body='Bonjour Maxime,\n\nOui, c\'est le module Entrepôt, et le connecteur Shopify est en cours de finalisation. '
             'Le plus simple est une démo avec Julien : je vous envoie une invitation.')
    calendar(S, 'u08', '2026-07-09 11:00', JULIEN, [MAXIME, HELENE], 'Démo module Entrepôt & connecteur e-commerce',
             '20260716T100000', '20260716T113000', 'Teams', 'Démonstration du module Entrepôt et du connecteur Shopify (bêta).',
             'Vendor calendar invitation.', lang='fr', tzid='Europe/Paris')
    S.m('u09', '2026-07-23 14:35', MAXIME, parent='u07',
        body='Bonjour Camille,\n\nMerci pour la démo de la semaine dernière. Pour être honnête, Vendaro nous a aussi fait '
             'une démo et leur connecteur Shopify est natif, déjà en production. Le vôtre est encore en bêta, '
             'c\'est ce qui nous fait hésiter.',
        signals=[('competitor', 'Vendaro nous a aussi fait une démo et leur connecteur Shopify est natif')])
    S.m('u10', '2026-07-24 10:10', CAMILLE, parent='u09', expects=False,
        body='Bonjour Maxime,\n\nMerci de votre franchise. Notre connecteur sort en version finale en octobre ; l\'intérêt '
             'chez nous, c\'est d\'avoir caisse, boutiques et entrepôt dans un seul stock. Je reviens vers vous dès que '
             'la date de sortie est confirmée.')
    ooo(S, 'u11', '2026-08-03 09:00', HELENE, 'u10',
        'Bonjour,\n\nJe suis en congés jusqu\'au 24 août. Les boutiques restent ouvertes tout l\'été ! Pour une urgence : '
        'boutique de Bordeaux, 05 56 44 18 00.\n\nHélène', 'Réponse automatique : ', 'Out-of-office auto-reply.')
    inv = External(SALON, [HELENE], mkdt('2026-08-25 08:00', 2, 'duval-salon'),
                   'Invitation exposants – Salon Saveurs & Terroirs, 14-16 novembre',
                   'Madame,\n\nNous avons le plaisir de vous inviter à exposer au Salon Saveurs & Terroirs de Bordeaux. '
                   'Tarif exposant préférentiel jusqu\'au 30 septembre : 890 € HT le stand de 9 m².\n\n'
                   'Le comité d\'organisation')
    S.m('u12', '2026-08-26 09:40', HELENE, to=[CAMILLE], fwd=inv, expects=False,
        body='Camille, vous y serez ? Si oui on pourrait se voir sur le salon 🙂',
        neg='Forwarded trade-fair invitation (stand price is the fair\'s, not Kassenwerk\'s); social question.',
        client='apple_fr')
    S.m('u13', '2026-08-26 11:02', CAMILLE, parent='u12', expects=False,
        body='Oui, j\'y serai le samedi ! Avec plaisir pour un café.', neg='Social reply.')
    S.m('u14', '2026-09-03 17:20', MAXIME, to=[CAMILLE], cc=[HELENE], subject='Décision entrepôt',
        body='Bonjour Camille,\n\nOn doit décider avant fin octobre pour l\'entrepôt. Pouvez-vous m\'envoyer un devis '
             'pour le module Entrepôt et le connecteur Shopify, avec la date de sortie du connecteur ?',
        signals=[('expansion', 'On doit décider avant fin octobre pour l\'entrepôt'),
                 ('pricing', 'Pouvez-vous m\'envoyer un devis pour le module Entrepôt et le connecteur Shopify')])
    S.m('u15', '2026-09-04 09:25', CAMILLE, parent='u14',
        body='Bonjour Maxime,\n\nBien sûr. La date de sortie doit être confirmée en comité produit le 29 septembre ; '
             'je vous envoie le devis complet d\'ici le vendredi 2 octobre.',
        signals=[('commitment', 'je vous envoie le devis complet d\'ici le vendredi 2 octobre', {'due': '2026-10-02'})])
    S.m('u16', '2026-09-10 16:48', MAXIME, to=[JULIEN], cc=[CAMILLE], subject='Questions techniques connecteur Shopify',
        body='Bonjour Julien,\n\nEn attendant le devis, deux questions techniques pour notre comparatif :\n'
             '1. Le connecteur gère-t-il les produits vendus au poids (prix au kilo, variantes 250 g / 500 g) ?\n'
             '2. L\'API permet-elle de pousser les stocks vers Shopify toutes les 5 minutes ?\n\n'
             'Il me faut les réponses pour le 25 septembre.\n\nMerci')
    ticket(S, 'u17', '2026-09-14 10:05', HELENE, 'KW-52110', 'Ticket Arcachon – logo manquant', 'Résolu', 'Basse',
           'Votre ticket a été résolu.', 'Commentaire (É. Martin) :\nLogo ajouté au modèle de ticket.', 'fr',
           neg='Ticket-system notification.')
    notice(S, 'u18', '2026-09-17 15:00', INFO_FR, [INFO_FR], 'Maintenance planifiée le 20/09 de 2 h à 4 h',
           'Madame, Monsieur,\n\nUne maintenance de notre centre de données aura lieu le dimanche 20 septembre de 2 h à '
           '4 h. Vos caisses continuent de fonctionner hors ligne.\n\nL\'équipe Kassenwerk\n',
           'Mass maintenance notice (Bcc distribution list).', bcc=[HELENE, MAXIME])
    S.m('u19', '2026-09-22 12:30', HELENE, to=[CAMILLE], subject='Petite précision', expects=False,
        body='Camille,\n\nJuste pour que ce soit clair après la réunion de vendredi : on ne compte pas changer de caisse '
             'pour les boutiques, on est très bien avec vous. La seule question ouverte, c\'est l\'entrepôt et le site, '
             'et là c\'est Maxime qui décide.\n\nBelle journée',
        neg='Explicit negation: not changing the shop tills ("on ne compte pas changer de caisse"); the open warehouse '
            'question is already covered by u06/u09.')
    S.m('u20', '2026-09-22 14:05', CAMILLE, parent='u19', expects=False,
        body='Merci Hélène, c\'est très clair et ça me fait plaisir. Je travaille sur l\'offre entrepôt avec Maxime.',
        neg='Vendor thank-you reply.')

    S.alert('expansion_opportunity', 'medium', '2026-07-06', ['u06', 'u14'],
            'Warehouse module and Shopify connector for the new Mérignac warehouse; decision before end of October.')
    S.alert('competitor_mention', 'medium', '2026-07-23', ['u09'],
            'Vendaro demoed a native Shopify connector; the customer is building a comparison (see u16).')
    S.alert('unanswered_customer_message', 'high', '2026-09-16', ['u16'],
            'Technical questions for the competitive comparison sent 10 September (answers needed by 25 September); '
            'no reply from Julien or Camille by as_of.')
    S.alert('open_commitment', 'low', '2026-09-04', ['u15'],
            'Full quote promised "d\'ici le vendredi 2 octobre" (due after as_of).', due='2026-10-02')
    return S
