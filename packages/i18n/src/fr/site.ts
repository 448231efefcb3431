// The public site's layout (brand, footer): every page of the site receives it.
export const site = {
  'site.brand': 'Réseau Fabriques',
  'site.footer': 'Réseau Fabriques — les tiers-lieux et les Fabriques de territoire, ensemble.',
  'site.footer.open_data': 'Données ouvertes : les lieux et l’activité du réseau',
  'site.footer.accessibility': 'Accessibilité : non conforme',
} as const;

// The home page.
export const siteHome = {
  'site.home.title': 'Les tiers-lieux près de chez vous',
  'site.home.lead':
    'Ateliers numériques, aide pour vos démarches, outils à partager : trouvez un lieu du réseau et inscrivez-vous, sans créer de compte.',
  'site.home.meta_title': 'Réseau Fabriques — tiers-lieux et Fabriques de territoire',
  'site.home.meta_description':
    'Trouvez un tiers-lieu, un atelier numérique ou une aide pour vos démarches près de chez vous, et inscrivez-vous sans créer de compte.',
  'site.home.figures': 'Le réseau en chiffres',
  'site.home.figure.places': 'Lieux ouverts au public',
  'site.home.figure.fabriques': 'Fabriques de territoire',
  'site.home.figure.tiers_lieux': 'Tiers-lieux',
  'site.home.figure.regions': 'Régions couvertes',
  'site.home.sessions.title': 'Prochains ateliers',
  'site.home.sessions.lead': 'Des ateliers collectifs, gratuits pour la plupart, ouverts à toutes et à tous.',
  'site.home.sessions.empty_title': 'Aucun atelier annoncé pour le moment',
  'site.home.sessions.empty_body':
    'Les lieux du réseau publient régulièrement de nouveaux ateliers. Revenez bientôt, ou contactez le lieu le plus proche de chez vous.',
  'site.home.sessions.place': 'Lieu : {place}',
  'site.home.sessions.seats_left.one': '{count} place restante',
  'site.home.sessions.seats_left.other': '{count} places restantes',
  'site.home.sessions.full': 'Complet : liste d’attente',
  'site.home.fabriques.title': 'Des Fabriques de territoire du réseau',
  'site.home.fabriques.lead':
    'Une Fabrique est un tiers-lieu tête de réseau : un lieu ressource pour les projets autour d’elle, un lieu pour apprendre en faisant ensemble, et un lieu d’inclusion numérique.',
  'site.home.fabriques.empty_title': 'Aucune fabrique publiée pour le moment',
  'site.home.fabriques.where': '{commune} ({departement})',
  'site.home.fabriques.labels': 'Labels',
  'site.home.team.title': 'Vous faites partie d’un lieu du réseau ?',
  'site.home.team.body':
    'Connectez-vous pour retrouver vos inscriptions et les ateliers de votre lieu. Les équipes des lieux et du réseau arrivent ensuite sur leur console.',
} as const;

// The accessibility statement.
export const siteAccessibility = {
  'site.accessibility.meta_title': 'Déclaration d’accessibilité — Réseau Fabriques',
  'site.accessibility.title': 'Déclaration d’accessibilité',
  'site.accessibility.lead':
    'Le Réseau Fabriques s’engage à rendre son site accessible, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.',
  'site.accessibility.scope':
    'Cette déclaration d’accessibilité s’applique au site public du Réseau Fabriques : l’annuaire des lieux, les ateliers et l’inscription, les outils et ressources partagés, les données ouvertes.',
  'site.accessibility.status.title': 'État de conformité',
  'site.accessibility.status.body':
    'Le site est non conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1.2 : aucun audit de conformité n’a encore été réalisé, et c’est ce que la loi demande d’écrire en attendant. Les pages publiques sont vérifiées avec des outils automatiques et fonctionnent pour l’essentiel sans JavaScript.',
  'site.accessibility.date.title': 'Établissement de cette déclaration',
  'site.accessibility.date.body':
    'Cette déclaration a été établie le 6 décembre 2026. Technologies utilisées : HTML, CSS, JavaScript (facultatif pour l’essentiel des pages).',
  'site.accessibility.contact.title': 'Retour d’information et contact',
  'site.accessibility.contact.body':
    'Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez le lieu concerné ou le réseau (son adresse figure sur la page « Données personnelles ») : nous vous orienterons vers une alternative accessible ou vous transmettrons le contenu sous une autre forme.',
  'site.accessibility.remedy.title': 'Voies de recours',
  'site.accessibility.remedy.body':
    'Si vous nous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits : par le formulaire en ligne sur defenseurdesdroits.fr, auprès du délégué du Défenseur des droits dans votre région, ou par courrier gratuit, sans timbre, à « Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07 ».',
} as const;

// The member space.
export const space = {
  'space.title': 'Mon espace',
  'space.meta_title': 'Mon espace — Réseau Fabriques',
  'space.greeting': 'Bonjour {name}. Retrouvez ici vos inscriptions aux ateliers du réseau.',
  'space.greeting_member': 'Bonjour {name}. Retrouvez ici vos inscriptions et les ateliers de vos lieux.',
  'space.bookings.title': 'Mes prochaines inscriptions',
  'space.bookings.caption': 'Mes prochaines inscriptions, de la plus proche à la plus lointaine',
  'space.bookings.empty_title': 'Vous n’avez pas d’inscription à venir',
  'space.bookings.empty_body':
    'Choisissez un atelier près de chez vous : l’inscription prend quelques minutes et la plupart des ateliers sont gratuits.',
  'space.bookings.find': 'Trouver un atelier',
  'space.bookings.status.confirmed': 'Inscription confirmée',
  'space.bookings.status.waitlisted': 'Sur liste d’attente',
  'space.bookings.column.actions': 'Gérer',
  'space.bookings.cancel': 'Annuler',
  'space.bookings.move': 'Changer de date',
  'space.bookings.which': '{title}, le {date}',
  'space.bookings.too_late': 'Trop tard pour annuler en ligne : prévenez le lieu.',
  'space.bookings.course_follower': 'Séance d’une formation : annulez-la depuis sa première séance.',
  'space.bookings.cancel_confirm_title': 'Annuler cette inscription ?',
  'space.bookings.cancel_confirm_body':
    '{title}, le {date}, à {place}. Votre place ira à la personne suivante sur la liste d’attente.',
  'space.bookings.cancel_confirm_button': 'Oui, j’annule mon inscription',
  'space.bookings.cancel_keep': 'Non, garder mon inscription',
  'space.bookings.cancelled':
    'Votre inscription à « {title} » du {date} est annulée. Un e-mail vous le confirme.',
  'space.bookings.not_found':
    'Cette inscription n’est plus dans votre espace. Elle a peut-être déjà été annulée.',
  'space.booking.meta_title': 'Changer de date — Mon espace',
  'space.booking.title': 'Changer de date',
  'space.booking.back': 'Retour à mon espace',
  'space.booking.no_other_date':
    'Cet atelier n’a pas d’autre date ouverte aux inscriptions pour le moment. Vous pouvez garder votre inscription ou l’annuler depuis votre espace.',
  'space.booking.too_late':
    'Il est trop tard pour changer de date en ligne. Si vous ne pouvez pas venir, prévenez le lieu.',
  'space.places.title': 'Mes lieux',
  'space.places.role': 'Votre rôle : {role}',
  'space.places.sessions_caption': 'Prochaines séances à {place}',
  'space.places.sessions_empty': 'Aucune séance prévue pour le moment.',
  'space.places.console': 'Ouvrir la console de gestion',
} as const;
