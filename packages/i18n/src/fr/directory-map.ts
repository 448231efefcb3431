// The map of the public directory (an enhancement of the list, which stays the accessible view).
export const directoryMap = {
  'directory_map.title': 'Carte des lieux',
  'directory_map.skip': 'Passer la carte et aller à la liste des résultats',
  'directory_map.label': 'Carte interactive des lieux trouvés',
  'directory_map.hint':
    'La carte montre les lieux de la recherche, regroupés quand ils sont proches. La liste ci-dessous donne les mêmes lieux.',
  'directory_map.cluster': '{count} lieux ici : zoomer',
  'directory_map.zoom_in': 'Zoomer',
  'directory_map.zoom_out': 'Dézoomer',
  'directory_map.truncated':
    'La carte ne montre qu’une partie des lieux : affinez la recherche ou utilisez la liste.',
  'directory_map.unavailable': 'La carte n’a pas pu être chargée. La liste ci-dessous donne tous les lieux.',
} as const;
