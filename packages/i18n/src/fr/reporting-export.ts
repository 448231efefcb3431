// Exports of activity: the dashboard as CSV and XLSX (console), and the anonymised open-data file with its
// explanation page (public site).
export const reportingExport = {
  'reporting_export.sheet.totals': 'Totaux',
  'reporting_export.sheet.months': 'Mois',
  'reporting_export.sheet.themes': 'Thématiques',
  'reporting_export.sheet.publics': 'Publics',
  'reporting_export.sheet.territories': 'Territoires',
  'reporting_export.sheet.places': 'Lieux',
  'reporting_export.column.indicator': 'Indicateur',
  'reporting_export.column.value': 'Valeur',
  'reporting_export.column.month': 'Mois',
  'reporting_export.column.participants': 'Personnes accompagnées',
  'reporting_export.column.records': 'Activités',
  'reporting_export.column.theme': 'Thématique',
  'reporting_export.column.dimension': 'Dimension',
  'reporting_export.column.code': 'Code',
  'reporting_export.column.territory': 'Territoire',
  'reporting_export.column.place': 'Lieu',
  'reporting_export.column.place_id': 'Identifiant du lieu',
  'reporting_export.column.latitude': 'Latitude',
  'reporting_export.column.longitude': 'Longitude',
  'reporting_export.column.section': 'Rubrique',
  'reporting_export.column.name': 'Nom',
  'reporting_export.meta.scope': 'Périmètre',
  'reporting_export.meta.from': 'Du',
  'reporting_export.meta.to': 'Au',
  'reporting_export.total.records': 'Activités',
  'reporting_export.total.individual': 'Accompagnements individuels',
  'reporting_export.total.collective': 'Ateliers collectifs',
  'reporting_export.total.participants': 'Personnes accompagnées',
  'reporting_export.total.minutes': 'Durée totale (minutes)',
  'reporting_export.total.deja_accompagne': 'Personnes déjà accompagnées',
  'reporting_export.territory.qpv': 'Quartiers prioritaires (QPV)',
  'reporting_export.territory.rural': 'Communes rurales (hors QPV)',
  'reporting_export.territory.other': 'Autres territoires',

  'reporting_export.secret': 'secret',
  'reporting_export.sheet.quarters': 'Trimestres',
  'reporting_export.column.quarter': 'Trimestre',
  'reporting_export.meta.secrecy': 'Secret statistique',
  'reporting_export.meta.secrecy_note':
    '« secret » : chiffre masqué (1 à 4 personnes, ou permettrait d’en retrouver un tel). Trimestres validés seulement, les mêmes chiffres que les données ouvertes.',
  'reporting_export.open_data.meta_title': 'Données ouvertes — Réseau des Fabriques',
  'reporting_export.open_data.meta_description':
    'Les lieux du réseau et son activité par trimestre, en fichiers ouverts, sans aucune donnée personnelle.',
  'reporting_export.open_data.title': 'Données ouvertes',
  'reporting_export.open_data.lead':
    'Le réseau publie ses lieux et son activité en fichiers libres de réutilisation. Aucun fichier ne contient de donnée personnelle.',
  'reporting_export.open_data.files.title': 'Les fichiers',
  'reporting_export.open_data.files.places_csv': 'Les lieux (CSV)',
  'reporting_export.open_data.files.places_json': 'Les lieux (JSON)',
  'reporting_export.open_data.files.places_hint': 'Au standard national des lieux de médiation numérique.',
  'reporting_export.open_data.files.places_positions':
    'Un lieu dont l’adresse n’a pas été localisée est placé au centre de sa commune, calculé d’après GeoNames (geonames.org, licence CC BY 4.0).',
  'reporting_export.open_data.files.api': 'L’interface de programmation (API) publique',
  'reporting_export.open_data.files.api_hint':
    'les mêmes données, à jour, lisibles par vos outils (JSON, documentée en OpenAPI).',
  'reporting_export.open_data.files.activity_csv': 'L’activité par trimestre (CSV)',
  'reporting_export.open_data.files.activity_hint':
    'Les personnes accompagnées par trimestre, pour chaque lieu, chaque département et tout le réseau : en tout, par tranche d’âge, par genre, par statut social et par thématique.',
  'reporting_export.open_data.files.data_inclusion_structures_json': 'Les structures data·inclusion (JSON)',
  'reporting_export.open_data.files.data_inclusion_structures_csv': 'Les structures data·inclusion (CSV)',
  'reporting_export.open_data.files.data_inclusion_services_json': 'Les services data·inclusion (JSON)',
  'reporting_export.open_data.files.data_inclusion_services_csv': 'Les services data·inclusion (CSV)',
  'reporting_export.open_data.files.data_inclusion_hint':
    'Au schéma data·inclusion v1 ({version}) : chaque lieu public est une structure ; chaque offre que l’on peut réserver (un atelier ou une formation à venir, des rendez-vous, un outil prêté) est un service, avec le lien pour réserver.',
  'reporting_export.data_inclusion.appointment_name': 'Rendez-vous d’accompagnement au numérique',
  'reporting_export.data_inclusion.appointment_description':
    'Un rendez-vous individuel avec un médiateur numérique de {place}, pour être accompagné à son rythme dans ses usages du numérique (ordinateur, smartphone, courriel) et ses démarches en ligne (impôts, santé, emploi, droits). Réservation en ligne, en choisissant un créneau.',
  'reporting_export.data_inclusion.tool_description': '{tool}, prêté aux équipes des lieux du réseau.',
  'reporting_export.data_inclusion.price': '{euros} € par personne',
  'reporting_export.data_inclusion.deposit': 'Prêt gratuit, caution de {euros} €',
  'reporting_export.open_data.scope.title': 'Ce que contient le fichier d’activité',
  'reporting_export.open_data.scope.validated':
    'Seuls les trimestres dont le rapport d’activité a été validé par l’équipe du réseau sont publiés. Le fichier nomme les lieux visibles dans l’annuaire.',
  'reporting_export.open_data.scope.totals':
    'Les chiffres d’un département et du réseau comptent tous les lieux dont le trimestre est validé, y compris ceux que l’annuaire ne montre pas. Ce sont les mêmes chiffres que voient les observateurs du réseau.',
  'reporting_export.open_data.scope.themes':
    'Une activité peut porter sur plusieurs thématiques : ses participants comptent dans chacune, les chiffres par thématique ne s’additionnent donc pas au total.',
  'reporting_export.open_data.scope.zero': 'Une ligne absente du fichier vaut zéro.',
  'reporting_export.open_data.format':
    'Format : CSV séparé par des virgules, encodé en UTF-8, une ligne par chiffre. Les codes sont ceux des vocabulaires nationaux du compte-rendu d’activité.',
  'reporting_export.open_data.columns.title': 'Les colonnes',
  'reporting_export.open_data.columns.caption': 'Colonnes du fichier activite.csv',
  'reporting_export.open_data.columns.name': 'Colonne',
  'reporting_export.open_data.columns.meaning': 'Contenu',
  'reporting_export.open_data.column.trimestre': 'Le trimestre, par exemple 2026-T1 (janvier à mars 2026).',
  'reporting_export.open_data.column.niveau':
    'À quoi se rapporte le chiffre : reseau (tout le réseau), departement ou lieu.',
  'reporting_export.open_data.column.code_departement': 'Le code du département (vide pour le réseau).',
  'reporting_export.open_data.column.departement': 'Le nom du département (vide pour le réseau).',
  'reporting_export.open_data.column.id_lieu':
    'L’identifiant du lieu, le même que dans le fichier des lieux (vide sauf pour un lieu).',
  'reporting_export.open_data.column.lieu': 'Le nom du lieu (vide sauf pour un lieu).',
  'reporting_export.open_data.column.dimension': 'total, tranche_age, genre, statut_social ou thematique.',
  'reporting_export.open_data.column.modalite':
    'Le code de la tranche d’âge, du genre, du statut social ou de la thématique (vide pour le total) ; non_renseigne quand l’activité ne le précisait pas.',
  'reporting_export.open_data.column.participants':
    'Le nombre de personnes accompagnées ; vide quand le chiffre est couvert par le secret statistique.',
  'reporting_export.open_data.column.secret_statistique':
    'oui quand le chiffre est masqué par le secret statistique, non sinon.',
  'reporting_export.open_data.codes.title': 'Les codes',
  'reporting_export.open_data.secret.title': 'Le secret statistique',
  'reporting_export.open_data.secret.small':
    'Aucun chiffre publié ne compte de 1 à 4 personnes : un si petit nombre pourrait permettre de reconnaître quelqu’un. Ces chiffres sont masqués.',
  'reporting_export.open_data.secret.secondary':
    'Masquer ne suffit pas : quand un total et toutes ses parties sauf une sont publiés, une soustraction redonne la partie masquée. D’autres chiffres, les plus petits possible, sont donc masqués avec elle, dans chaque total dont elle fait partie (le lieu, son département, le réseau), jusqu’à ce qu’aucun chiffre masqué ne puisse être recalculé, même en combinant plusieurs totaux.',
  'reporting_export.open_data.secret.zero': 'Un zéro est publié : il ne désigne personne.',
  'reporting_export.open_data.secret.quarters':
    'Chaque trimestre est traité à part et aucun total annuel n’est publié, pour qu’aucun calcul entre trimestres ne défasse le secret.',
} as const;
