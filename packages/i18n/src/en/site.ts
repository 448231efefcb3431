import type { site as fr } from '../fr/site.ts';

export const site: Record<keyof typeof fr, string> = {
  'site.brand': 'Réseau Fabriques',
  'site.footer': 'Réseau Fabriques — tiers-lieux and Fabriques de territoire, together.',
  'site.home.title': 'Tiers-lieux near you',
  'site.home.lead':
    'Digital workshops, help with online procedures, tools to share: find a place of the network and book, no account needed.',
  'space.title': 'My space',
};
