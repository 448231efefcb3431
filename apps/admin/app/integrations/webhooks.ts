import type { SignedInViewer } from '@rf/web/server';
import { z } from 'zod';

/** Who sees the webhook pages (decision 061): network admins, and the managers of a place. */
export function canManageWebhooks(viewer: SignedInViewer): boolean {
  return viewer.networkRole === 'network_admin' || viewer.memberships.some((m) => m.role === 'manager');
}

/** The delivery statuses after which "Renvoyer" makes sense (pending and waiting ones are already out). */
export const REDELIVERABLE = ['delivered', 'failed', 'cancelled'] as const;

/**
 * The "Changer le secret" form: the fingerprint of the secret the page showed (the procedure's own input,
 * `webhooks.rotateSecret`, says the same; the subscription's id comes from the address).
 */
export const rotateSecretForm = z.object({
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/, 'validation.invalid'),
});
