import { redeliverWebhook } from '@rf/db/integrations/webhooks.repository';
import { DomainError } from '@rf/domain/errors';
import { webhookDeliveryId } from '@rf/domain/integrations/webhooks';
import { webhooksProcedure } from './webhooks.dto.ts';

/**
 * "Send again": the delivery is queued again with a fresh set of attempts (behind its line if an earlier
 * delivery is still out). Idempotent: a delivery already queued stays as it is, and one sent again since the
 * round the page showed too, so two clicks send once however fast the worker is.
 */
export const redeliver = webhooksProcedure
  .input(webhookDeliveryId)
  .mutation(async ({ ctx, input }): Promise<{ status: 'pending' | 'waiting' }> => {
    const status = await redeliverWebhook(ctx.tx, input.deliveryId, input.round);
    if (status === 'not_found') throw new DomainError('not_found');
    if (status === 'inactive') throw new DomainError('conflict');
    return { status };
  });
