import type { admin as fr } from '../fr/admin.ts';

export const admin: Record<keyof typeof fr, string> = {
  'admin.brand': 'Réseau Fabriques — console',
  'admin.footer': 'Console for the places and the network team.',
  'admin.nav.mailbox': 'Development mailbox',
};
