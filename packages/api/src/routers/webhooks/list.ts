import { listWebhookSubscriptions } from '@rf/db/integrations/webhooks.repository';
import { type WebhookSubscriptionDto, webhooksProcedure } from './webhooks.dto.ts';

/** The subscriptions the viewer manages (RLS: every one for a network admin, their places' for a manager). */
export const list = webhooksProcedure.query(async ({ ctx }): Promise<WebhookSubscriptionDto[]> => {
  const rows = await listWebhookSubscriptions(ctx.tx);
  return rows.map((row) => ({
    id: row.id,
    placeId: row.placeId,
    placeName: row.placeName,
    url: row.url,
    events: row.events,
    active: row.active,
    createdAt: new Date(row.createdAt).toISOString(),
    delivered: row.delivered,
    failed: row.failed,
    pending: row.pending,
  }));
});
