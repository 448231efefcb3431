import type { roles as fr } from '../fr/roles.ts';

export const roles: Record<keyof typeof fr, string> = {
  'role.resident': 'resident',
  'role.member': 'member',
  'role.manager': 'manager',
  'role.network_admin': 'network administrator',
  'role.observer': 'observer',
};
