import type { directoryMap as fr } from '../fr/directory-map.ts';

export const directoryMap: Record<keyof typeof fr, string> = {
  'directory_map.title': 'Map of places',
  'directory_map.skip': 'Skip the map and go to the list of results',
  'directory_map.label': 'Interactive map of the places found',
  'directory_map.hint':
    'The map shows the places of the search, grouped when they are close together. The list below gives the same places.',
  'directory_map.cluster': '{count} places here: zoom in',
  'directory_map.zoom_in': 'Zoom in',
  'directory_map.zoom_out': 'Zoom out',
  'directory_map.truncated': 'The map only shows some of the places: narrow the search or use the list.',
  'directory_map.unavailable': 'The map could not be loaded. The list below gives every place.',
};
