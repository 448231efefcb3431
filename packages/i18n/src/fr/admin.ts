// The admin console of managers, network admins and observers.
export const admin = {
  'admin.brand': 'Réseau Fabriques — console',
  'admin.footer': 'Console des lieux et de l’équipe du réseau.',
  'admin.nav.mailbox': 'Boîte mail de développement',
} as const;
