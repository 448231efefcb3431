import type { Viewer } from '@rf/domain/identity/roles';
import { managedPlaceIds } from '@rf/domain/identity/roles';
import { TRPCError } from '@trpc/server';
import { signedInProcedure } from '../../trpc.ts';

/** Who may use webhooks (decision 061): network admins, and managers of a place. */
export function canManageWebhooks(viewer: Viewer): boolean {
  return viewer.networkRole === 'network_admin' || managedPlaceIds(viewer).length > 0;
}

export const webhooksProcedure = signedInProcedure.use(({ ctx, next }) => {
  if (!canManageWebhooks(ctx.viewer)) throw new TRPCError({ code: 'FORBIDDEN', message: 'forbidden' });
  return next();
});

export interface WebhookSubscriptionDto {
  id: string;
  /** null: the network's subscription. */
  placeId: string | null;
  placeName: string | null;
  url: string;
  events: string[];
  active: boolean;
  createdAt: string;
  delivered: number;
  failed: number;
  pending: number;
}

export interface WebhookDeliveryDto {
  id: number;
  eventId: string;
  eventType: string;
  status: 'pending' | 'waiting' | 'delivered' | 'failed' | 'cancelled';
  round: number;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

export interface WebhookSubscriptionDetailDto {
  id: string;
  placeId: string | null;
  placeName: string | null;
  url: string;
  events: string[];
  active: boolean;
  /** The signing key, shown to the people who manage the subscription (they configure their receiver). */
  secret: string;
  /** Posted back by "Changer le secret", so a second click changes nothing (rotate-secret.ts). */
  secretFingerprint: string;
  /** Until when deliveries are also signed with the secret before the last change; null when not. */
  previousSecretExpiresAt: string | null;
  createdAt: string;
  deliveries: WebhookDeliveryDto[];
}
