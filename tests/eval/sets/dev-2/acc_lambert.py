"""Papeteries Lambert SA (Namur, BE) - champion on parental leave, deputy takes over, two new stores."""
from kw_core import *  # noqa: F401,F403
from kw_auto import *  # noqa: F401,F403

D = 'papeteries-lambert.be'
FOOT = ('Papeteries Lambert SA · Rue de Fer 58 · 5000 Namur · TVA BE 0412.887.301\n'
        'Ce courriel et ses annexes sont confidentiels. Si vous n\'en êtes pas le destinataire, merci d\'en informer '
        'l\'expéditeur et de le supprimer.')
ELODIE = P('elodie.masson@' + D, 'Élodie Masson', 'Responsable systèmes de caisse', 'lambert', 'outlook_fr',
           sig='Belle journée,\n\nÉlodie Masson\nResponsable systèmes de caisse & informatique magasins\n'
               'GSM +32 475 61 20 88\n\n' + FOOT, lang='fr')
KEVIN = P('kevin.dubois@' + D, 'Kevin Dubois', 'Adjoint informatique magasins', 'lambert', 'outlook_fr',
          sig='Kevin Dubois\nAdjoint informatique magasins\nGSM +32 478 33 90 12\n\n' + FOOT, lang='fr')
THOMAS = P('thomas.lambert@' + D, 'Thomas Lambert', 'Administrateur délégué', 'lambert', 'outlook_fr',
           sig='Thomas Lambert\nAdministrateur délégué\n\n' + FOOT, lang='fr')


def build():
    S = Story('lambert', 'Papeteries Lambert SA', [D], CAMILLE.email, 41000, '2027-02-28', 'mid',
              'champion_on_parental_leave', 'papeteries-lambert.mbox',
              'Belgian stationery chain (14 shops). Seasonal extra tills for the back-to-school peak, the champion '
              'goes on parental leave until 4 January 2027 and hands over to her deputy, the CEO announces two new '
              'shops for November.')
    S.contact_overrides[ELODIE.email] = {'status': 'on_leave', 'on_leave_until': '2027-01-04',
                                         'note': 'maternity then parental leave from 2026-09-04 (stated 2 September)'}
    S.m('l01', '2026-06-03 10:20', ELODIE, to=[CAMILLE], subject='Payconiq by Bancontact à la caisse',
        body='Bonjour Camille,\n\nNos clients demandent de plus en plus à payer avec Payconiq by Bancontact (QR code). '
             'Est-ce que Kassenwerk gère ça directement à la caisse, ou faut-il passer par le terminal ?\n\nMerci d\'avance')
    S.m('l02', '2026-06-03 14:05', CAMILLE, parent='l01',
        body='Bonjour Élodie,\n\nLes deux sont possibles : via vos terminaux CCV, Payconiq est déjà actif ; en direct, '
             'le QR code dynamique peut s\'afficher sur l\'écran client. Julien peut l\'activer magasin par magasin.')
    S.m('l03', '2026-06-04 08:32', ELODIE, parent='l02', expects=False,
        body='Top, on fait un test à Namur d\'abord. Merci !')
    ticket(S, 'l04', '2026-06-10 11:45', ELODIE, 'KW-49140', 'Liège – imprimante tickets hors ligne', 'Résolu', 'Normale',
           'Votre ticket a été résolu.', 'Commentaire (É. Martin) :\nAdresse IP fixe attribuée à l\'imprimante.', 'fr',
           neg='Ticket-system notification.')
    newsletter(S, 'l05', '2026-06-16 10:00', ELODIE, 'fr', '06', None)
    S.m('l06', '2026-06-23 09:50', ELODIE, to=[CAMILLE], cc=[JULIEN, THOMAS], subject='Rentrée scolaire – caisses mobiles',
        body='Bonjour Camille,\n\nComme l\'an passé, la rentrée scolaire va être costaude. On voudrait ajouter 5 caisses '
             'mobiles (licences temporaires) du 10 août au 30 septembre dans nos cinq plus grands magasins : Namur, '
             'Liège, Wavre, Louvain-la-Neuve et Bruxelles-Ixelles.\n\nPouvez-vous nous faire une offre ?',
        signals=[('expansion', 'On voudrait ajouter 5 caisses mobiles (licences temporaires)'),
                 ('pricing', 'Pouvez-vous nous faire une offre ?')])
    S.m('l07', '2026-06-24 08:40', CAMILLE, parent='l06',
        body='Bonjour Élodie,\n\nAvec plaisir. Je vous envoie l\'offre d\'ici vendredi, avec les tablettes en location.',
        signals=[('commitment', 'Je vous envoie l\'offre d\'ici vendredi', {'due': '2026-06-26', 'kept_by': 'l08'})])
    S.m('l08', '2026-06-26 11:15', CAMILLE, parent='l07',
        body='Bonjour Élodie,\n\nCi-joint l\'offre : 5 licences temporaires à 45 € par mois et tablettes en location, '
             'du 10 août au 30 septembre, résiliation automatique à la fin de la période.\n\nBonne fin de semaine !',
        attach=[('Offre_Lambert_caisses_mobiles_rentree.pdf', 'application/pdf', fake_pdf('Offre caisses mobiles'))])
    S.m('l09', '2026-06-29 10:02', ELODIE, parent='l08', expects=False,
        body='Bon pour accord, Thomas a validé. Merci Camille !')
    S.m('l10', '2026-07-09 16:48', ELODIE, to=[CAMILLE], subject='Petite nouvelle perso', expects=False,
        body='Camille,\n\nPetite nouvelle plus personnelle : j\'attends un heureux événement pour l\'automne 🙂 Je vous '
             'dirai fin août comment on organise mon remplacement.\n\nÀ tantôt',
        neg='Personal news; the leave and handover are stated formally later (l17).')
    S.m('l11', '2026-07-10 08:20', CAMILLE, parent='l10', expects=False,
        body='Élodie, quelle merveilleuse nouvelle ! Toutes mes félicitations.', neg='Personal congratulation.')
    calendar(S, 'l12', '2026-07-21 14:00', ELODIE, [CAMILLE, JULIEN], 'Préparation rentrée – caisses mobiles',
             '20260805T100000', '20260805T110000', 'Teams', 'Installation des 5 caisses mobiles, tests, formation.',
             'Calendar invitation from the customer.', lang='fr', tzid='Europe/Brussels')
    S.m('l13', '2026-08-18 09:05', ELODIE, to=[JULIEN], subject='Caisse mobile Wavre ne synchronise pas',
        body='Bonjour Julien,\n\nLa caisse mobile de Wavre ne synchronise plus les ventes depuis ce matin (icône rouge). '
             'Une idée ?')
    S.m('l14', '2026-08-18 10:20', JULIEN, parent='l13',
        body='Bonjour Élodie,\n\nLa tablette est restée sur le Wi-Fi invité du magasin. Je l\'ai basculée à distance sur '
             'le réseau caisse, les ventes remontent.')
    S.m('l15', '2026-08-18 10:41', ELODIE, parent='l14', expects=False, body='Merci, c\'est vert !')
    ticket(S, 'l16', '2026-08-20 16:00', ELODIE, 'KW-50590', 'Ixelles – écran client noir', 'Résolu', 'Normale',
           'Votre ticket a été résolu.', 'Commentaire (É. Martin) :\nCâble remplacé par le magasin.', 'fr',
           neg='Ticket-system notification.')
    S.m('l17', '2026-09-02 15:30', ELODIE, to=[CAMILLE], cc=[KEVIN, THOMAS, JULIEN], subject='Passation – mon absence',
        expects=False,
        body='Bonjour Camille, bonjour Julien,\n\nComme annoncé, je serai en congé de maternité puis en congé parental '
             'à partir du 4 septembre, jusqu\'au 4 janvier 2027 inclus.\n\nPendant mon absence, Kevin Dubois (en copie) '
             'reprend tous les sujets caisse. Il connaît bien Kassenwerk, il a géré les caisses mobiles avec moi.\n\n'
             'Merci pour tout et à l\'année prochaine !')
    S.m('l18', '2026-09-02 17:10', CAMILLE, parent='l17',
        body='Élodie, profitez bien de ces moments, on pense à vous !\n\nKevin, bienvenue : je vous propose un appel de '
             'prise de contact la semaine prochaine. Jeudi 10 septembre à 10 h, ça vous irait ?')
    S.m('l19', '2026-09-03 08:55', KEVIN, parent='l18', expects=False,
        body='Bonjour Camille,\n\nJeudi 10 h, c\'est parfait. À jeudi !')
    S.m('l20', '2026-09-07 09:00', JULIEN, to=[ELODIE], subject='Fin des caisses mobiles au 30/09',
        body='Bonjour Élodie,\n\nPour préparer la fin de période des caisses mobiles : voulez-vous que l\'on récupère '
             'les tablettes le 1er ou le 2 octobre ?')
    ooo(S, 'l21', '2026-09-07 09:00', ELODIE, 'l20',
        'Bonjour,\n\nJe suis en congé parental jusqu\'au 4 janvier 2027. Pour toute question concernant les caisses, '
        'merci de contacter Kevin Dubois (kevin.dubois@papeteries-lambert.be).\n\nÉlodie Masson',
        'Absence du bureau : ', 'Out-of-office auto-reply stating the parental leave.')
    S.m('l22', '2026-09-10 14:15', KEVIN, to=[CAMILLE], cc=[JULIEN], subject='Suite à notre appel – caisses mobiles',
        expects=False,
        body='Bonjour Camille,\n\nMerci pour l\'appel de ce matin. Comme convenu, on met fin aux 5 licences temporaires '
             'au 30 septembre comme prévu dans l\'offre ; Julien peut passer récupérer les tablettes le 2 octobre à Namur.\n\n'
             'Bonne fin de journée',
        neg='Planned end of seasonal temporary licences agreed in June ("met fin ... comme prévu"); not churn.')
    S.m('l23', '2026-09-10 15:02', CAMILLE, parent='l22', expects=False,
        body='C\'est noté, merci Kevin !', neg='Vendor acknowledgement.')
    newsletter(S, 'l24', '2026-09-15 10:00', THOMAS, 'fr', '09', None)
    S.m('l25', '2026-09-16 18:20', THOMAS, to=[CAMILLE], cc=[KEVIN], subject='Mons et Charleroi',
        body='Madame Rousseau,\n\nLa rentrée s\'est très bien passée, merci à vos équipes. Nous ouvrons deux nouveaux '
             'magasins, à Mons et à Charleroi, mi-novembre. Il faudra les équiper comme les autres (deux caisses '
             'chacun). Pouvez-vous adresser une offre à Kevin ?',
        signals=[('expansion', 'Il faudra les équiper comme les autres (deux caisses chacun)')])
    S.m('l26', '2026-09-17 09:10', CAMILLE, parent='l25',
        body='Monsieur Lambert,\n\nMerci, et félicitations pour ces ouvertures. J\'adresse une proposition à Kevin d\'ici le '
             'vendredi 25 septembre.',
        signals=[('commitment', 'J\'adresse une proposition à Kevin d\'ici le vendredi 25 septembre',
                  {'due': '2026-09-25', 'kept_by': 'l27'})])
    S.m('l27', '2026-09-24 16:40', CAMILLE, to=[KEVIN], cc=[THOMAS], subject='Proposition Mons et Charleroi',
        parent='l26',
        body='Bonjour Kevin,\n\nCi-joint la proposition pour Mons et Charleroi : 4 caisses, 4 licences aux conditions '
             'actuelles, installation la semaine du 9 novembre.',
        attach=[('Proposition_Lambert_Mons_Charleroi.pdf', 'application/pdf', fake_pdf('Proposition Mons Charleroi'))])
    S.m('l28', '2026-09-25 09:12', KEVIN, parent='l27', expects=False,
        body='Bonjour Camille,\n\nBien reçu, merci. On valide en interne et je reviens vers vous début octobre.')

    S.alert('expansion_opportunity', 'medium', '2026-09-16', ['l06', 'l25'],
            'Seasonal extra tills (June) and two new shops in Mons and Charleroi (4 tills) for mid-November; '
            'proposal sent 24 September.')
    S.alert('new_contacts', 'low', '2026-09-02', ['l17', 'l19'],
            'Kevin Dubois takes over while Élodie Masson is on parental leave until 4 January 2027.',
            contact=KEVIN.email)
    return S
