export const roles = {
  'role.resident': 'habitant',
  'role.member': 'membre',
  'role.manager': 'gestionnaire',
  'role.network_admin': 'administrateur du réseau',
  'role.observer': 'observateur',
} as const;
