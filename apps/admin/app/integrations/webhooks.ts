import type { SignedInViewer } from '@rf/web/server';

/** Who sees the webhook pages (decision 061): network admins, and the managers of a place. */
export function canManageWebhooks(viewer: SignedInViewer): boolean {
  return viewer.networkRole === 'network_admin' || viewer.memberships.some((m) => m.role === 'manager');
}

/** The delivery statuses after which "Renvoyer" makes sense (pending and waiting ones are already out). */
export const REDELIVERABLE = ['delivered', 'failed', 'cancelled'] as const;
