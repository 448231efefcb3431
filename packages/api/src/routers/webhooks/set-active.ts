import { setWebhookSubscriptionActive } from '@rf/db/integrations/webhooks.repository';
import { DomainError } from '@rf/domain/errors';
import { webhookSubscriptionId } from '@rf/domain/integrations/webhooks';
import { z } from 'zod';
import { webhooksProcedure } from './webhooks.dto.ts';

/** Deactivates (or reactivates) a subscription: deliveries still queued for it are then cancelled. */
export const setActive = webhooksProcedure
  .input(webhookSubscriptionId.extend({ active: z.boolean() }))
  .mutation(async ({ ctx, input }): Promise<{ active: boolean }> => {
    if (!(await setWebhookSubscriptionActive(ctx.tx, input.id, input.active)))
      throw new DomainError('not_found');
    return { active: input.active };
  });
