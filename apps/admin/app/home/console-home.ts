import type { Caller } from '@rf/api';
import { isMessageKey, type Translate } from '@rf/i18n';

// What the console's home shows, one shape per role: a place's manager, a network admin, an observer.

export type ConsoleHome = Awaited<ReturnType<Caller['home']['console']>>;
export type ManagerHomeData = Extract<ConsoleHome, { homeRole: 'manager' }>;
export type NetworkAdminHomeData = Extract<ConsoleHome, { homeRole: 'network_admin' }>;
export type ObserverHomeData = Extract<ConsoleHome, { homeRole: 'observer' }>;

/** A code the catalogue may not know (data from the database): its message, else the code itself. */
export function known(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}
