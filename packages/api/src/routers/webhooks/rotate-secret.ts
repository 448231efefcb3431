import { createHash } from 'node:crypto';
import { lockWebhookSecret, rotateWebhookSecret } from '@rf/db/integrations/webhooks.repository';
import { DomainError } from '@rf/domain/errors';
import { webhookSubscriptionId } from '@rf/domain/integrations/webhooks';
import { z } from 'zod';
import { webhooksProcedure } from './webhooks.dto.ts';

/**
 * What the page says of the secret it showed, so "Changer le secret" changes THAT secret: the first 16 hex
 * digits of its SHA-256. Not the secret itself — it would travel in every form post and land in logs —, and
 * not reversible; enough to tell one secret from the next.
 */
export function secretFingerprint(secret: string): string {
  return createHash('sha256').update(secret).digest('hex').slice(0, 16);
}

export const webhookSecretRotationInput = webhookSubscriptionId.extend({
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/, 'validation.invalid'),
});

export interface WebhookSecretRotationDto {
  /** False when the secret had already been changed since the page showed it: nothing changed this time. */
  rotated: boolean;
  /** The current secret (the new one), shown once on the page. */
  secret: string;
  /** Until when deliveries are also signed with the previous secret (null: no previous secret accepted). */
  previousSecretExpiresAt: string | null;
}

/**
 * "Changer le secret" (decision 061, amendment): the database generates a new secret and keeps the current
 * one accepted for 24 hours (deliveries are signed with both). Idempotent by the fingerprint of the secret
 * the page showed: when the current secret is not that one any more — a double click, a second tab, a
 * colleague's change — nothing is rotated and the current secret is returned, so the secret receivers
 * still use is never pushed out by a second click. The row is locked first, so two simultaneous calls
 * with the same fingerprint rotate once. Not found for a subscription the viewer does not manage.
 */
export const rotateSecret = webhooksProcedure
  .input(webhookSecretRotationInput)
  .mutation(async ({ ctx, input }): Promise<WebhookSecretRotationDto> => {
    const current = await lockWebhookSecret(ctx.tx, input.id);
    if (!current) throw new DomainError('not_found');
    const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());
    if (secretFingerprint(current.secret) !== input.fingerprint)
      return {
        rotated: false,
        secret: current.secret,
        previousSecretExpiresAt: iso(current.previousSecretExpiresAt),
      };
    const rotated = await rotateWebhookSecret(ctx.tx, input.id);
    if (!rotated) throw new DomainError('not_found');
    return {
      rotated: true,
      secret: rotated.secret,
      previousSecretExpiresAt: iso(rotated.previousSecretExpiresAt),
    };
  });
