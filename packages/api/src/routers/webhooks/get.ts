import { findWebhookSubscription, listWebhookDeliveries } from '@rf/db/integrations/webhooks.repository';
import { DomainError } from '@rf/domain/errors';
import { webhookSubscriptionId } from '@rf/domain/integrations/webhooks';
import { secretFingerprint } from './rotate-secret.ts';
import { type WebhookSubscriptionDetailDto, webhooksProcedure } from './webhooks.dto.ts';

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

/** One subscription, its secret and its latest 50 deliveries; not found when the viewer does not manage it. */
export const get = webhooksProcedure
  .input(webhookSubscriptionId)
  .query(async ({ ctx, input }): Promise<WebhookSubscriptionDetailDto> => {
    const subscription = await findWebhookSubscription(ctx.tx, input.id);
    if (!subscription) throw new DomainError('not_found');
    const deliveries = await listWebhookDeliveries(ctx.tx, input.id);
    return {
      id: subscription.id,
      placeId: subscription.placeId,
      placeName: subscription.placeName,
      url: subscription.url,
      events: subscription.events,
      active: subscription.active,
      secret: subscription.secret,
      secretFingerprint: secretFingerprint(subscription.secret),
      previousSecretExpiresAt: iso(subscription.previousSecretExpiresAt),
      createdAt: new Date(subscription.createdAt).toISOString(),
      deliveries: deliveries.map((delivery) => ({
        ...delivery,
        nextAttemptAt: iso(delivery.nextAttemptAt),
        deliveredAt: iso(delivery.deliveredAt),
        createdAt: new Date(delivery.createdAt).toISOString(),
      })),
    };
  });
