// The public site and the member space.
export const site = {
  'site.brand': 'Réseau Fabriques',
  'site.footer': 'Réseau Fabriques — les tiers-lieux et les Fabriques de territoire, ensemble.',
  'site.home.title': 'Les tiers-lieux près de chez vous',
  'site.home.lead':
    'Ateliers numériques, aide pour vos démarches, outils à partager : trouvez un lieu du réseau et inscrivez-vous, sans créer de compte.',
  'space.title': 'Mon espace',
} as const;
