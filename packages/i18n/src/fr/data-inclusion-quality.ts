// data·inclusion's quality signals on a place's page in the console (issue 17, decision 060): the score, each
// signal (what is wrong, `.invalid` or `.short` when a value was given but could not be sent or is too short)
// and what to do, with the link that leads there.
export const dataInclusionQuality = {
  'data_inclusion_quality.title': 'Qualité des données (data·inclusion)',
  'data_inclusion_quality.lead':
    'Le registre national data·inclusion reprend les lieux publics du réseau et ce que l’on peut y réserver, pour que les travailleurs sociaux et les conseillers les trouvent et y orientent les personnes. Voici ce qu’il reçoit de ce lieu, et ce qui le rendrait plus facile à trouver et à mobiliser.',
  'data_inclusion_quality.score': 'Complétude pour data·inclusion : {percent}',
  'data_inclusion_quality.services.one': '{count} service publié (ateliers, formations, rendez-vous, prêts).',
  'data_inclusion_quality.services.other':
    '{count} services publiés (ateliers, formations, rendez-vous, prêts).',
  'data_inclusion_quality.all_good': 'Rien à signaler : tout ce que data·inclusion recommande est renseigné.',
  'data_inclusion_quality.level.blocking': 'Bloquant',
  'data_inclusion_quality.level.blocking.lead':
    'La fiche est inutilisable ou n’est pas envoyée : à corriger en premier.',
  'data_inclusion_quality.level.warning': 'À améliorer',
  'data_inclusion_quality.level.warning.lead': 'La fiche est difficile à trouver ou à utiliser.',
  'data_inclusion_quality.level.hint': 'Suggestions',
  'data_inclusion_quality.level.hint.lead': 'La fiche serait plus utile avec ces informations.',
  'data_inclusion_quality.about.place': 'Le lieu',
  'data_inclusion_quality.about.service': 'Service « {name} »',
  'data_inclusion_quality.fix_label': 'Que faire :',
  'data_inclusion_quality.signal.not_published':
    'La fiche n’est pas publique : rien de ce lieu n’est envoyé à data·inclusion.',
  'data_inclusion_quality.fix.not_published':
    'Dès que la fiche est publiée (et non masquée), le lieu et son offre réservable sont publiés dans le fichier que data·inclusion récupère.',
  'data_inclusion_quality.signal.contact': 'Ni téléphone ni courriel : personne ne peut joindre le lieu.',
  'data_inclusion_quality.signal.contact.invalid':
    'Pas de téléphone, et le courriel n’est pas une adresse valide : personne ne peut joindre le lieu.',
  'data_inclusion_quality.fix.contact': 'Indiquez le téléphone ou le courriel public du lieu.',
  'data_inclusion_quality.signal.code_insee':
    'Pas de code INSEE de commune : le lieu n’apparaît dans aucune recherche par territoire.',
  'data_inclusion_quality.fix.code_insee':
    'Indiquez le code INSEE de la commune (5 caractères, par exemple 29039).',
  'data_inclusion_quality.signal.siret': 'Pas de numéro SIRET.',
  'data_inclusion_quality.signal.siret.invalid':
    'Le numéro indiqué n’est pas un SIRET (14 chiffres) : il n’est pas envoyé.',
  'data_inclusion_quality.fix.siret':
    'Indiquez le SIRET de l’établissement (ou, à défaut, celui du siège) : data·inclusion s’en sert pour reconnaître la structure et éviter les doublons. Un numéro RNA n’est pas transmis.',
  'data_inclusion_quality.signal.opening_hours': 'Pas d’horaires d’ouverture.',
  'data_inclusion_quality.signal.opening_hours.invalid':
    'Les horaires indiqués ne sont pas lisibles (format OpenStreetMap) : ils ne sont pas envoyés.',
  'data_inclusion_quality.fix.opening_hours':
    'Saisissez les horaires au format OpenStreetMap, par exemple « Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-12:00 ».',
  'data_inclusion_quality.signal.coordinates':
    'Le lieu n’a pas de position sur la carte : il n’apparaît pas dans les recherches à proximité.',
  'data_inclusion_quality.fix.coordinates':
    'Vérifiez l’adresse et le code postal : la position est calculée à partir de l’adresse.',
  'data_inclusion_quality.signal.description': 'Pas de présentation du lieu.',
  'data_inclusion_quality.signal.description.short':
    'La présentation du lieu est très courte (moins de 200 caractères).',
  'data_inclusion_quality.fix.description':
    'Rédigez une présentation détaillée de quelques phrases simples : ce que l’on y trouve, pour qui, comment venir.',
  'data_inclusion_quality.signal.stale': 'La fiche n’a pas été mise à jour depuis plus de six mois.',
  'data_inclusion_quality.fix.stale':
    'Relisez la fiche ; si tout est encore exact, confirmez-le avec « Toujours à jour ».',
  'data_inclusion_quality.signal.website': 'Pas de site web.',
  'data_inclusion_quality.signal.website.invalid':
    'Le site web indiqué n’est pas une adresse complète (https://…) : il n’est pas envoyé.',
  'data_inclusion_quality.fix.website': 'Indiquez l’adresse complète du site, en commençant par https://.',
  'data_inclusion_quality.signal.accessibility': 'Pas de fiche Accès libre.',
  'data_inclusion_quality.signal.accessibility.invalid':
    'Le lien vers la fiche Accès libre n’est pas valide.',
  'data_inclusion_quality.fix.accessibility':
    'Décrivez l’accessibilité du lieu sur Accès libre, puis transmettez le lien de sa fiche à l’équipe du réseau.',
  'data_inclusion_quality.signal.no_service':
    'Aucun service réservable : data·inclusion dit où est le lieu, pas ce que l’on peut y faire.',
  'data_inclusion_quality.fix.no_service':
    'Publiez un atelier ou une formation avec une séance à venir, des disponibilités de rendez-vous ouvertes au public, ou un outil à prêter.',
  'data_inclusion_quality.signal.service_description': 'Pas de description.',
  'data_inclusion_quality.signal.service_description.short':
    'Description trop courte (moins de 200 caractères ; l’idéal est entre 200 et 2 000).',
  'data_inclusion_quality.fix.service_description':
    'Décrivez le service en phrases courtes et simples : ce que l’on y fait, pour qui, comment s’inscrire.',
  'data_inclusion_quality.signal.service_thematiques': 'Pas de thématique.',
  'data_inclusion_quality.fix.service_thematiques': 'Choisissez les thèmes du service.',
  'data_inclusion_quality.signal.service_publics': 'Pas de public.',
  'data_inclusion_quality.fix.service_publics': 'Indiquez à quels publics le service s’adresse.',
  'data_inclusion_quality.link.field': 'Corriger : {field}',
  'data_inclusion_quality.link.freshness': 'Aller à « Fraîcheur de la fiche »',
  'data_inclusion_quality.link.acces_libre': 'Accès libre (nouvelle fenêtre)',
  'data_inclusion_quality.link.activity': 'Modifier l’atelier',
  'data_inclusion_quality.link.tool': 'Modifier l’outil',
  'data_inclusion_quality.link.appointments': 'Gérer les disponibilités',
  'data_inclusion_quality.link.activities': 'Ateliers et formations',
} as const;
