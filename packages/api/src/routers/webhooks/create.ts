import { createWebhookSubscription } from '@rf/db/integrations/webhooks.repository';
import { DomainError } from '@rf/domain/errors';
import { managedPlaceIds } from '@rf/domain/identity/roles';
import { checkWebhookUrl, webhookSubscriptionInput } from '@rf/domain/integrations/webhooks';
import { webhookPolicyOf } from '../../webhook-policy.server.ts';
import { fieldError } from '../directory-admin/field-error.ts';
import { webhooksProcedure } from './webhooks.dto.ts';

/**
 * Registers a subscription (decision 061): the network's (network admins only) or a place's (its
 * managers, or a network admin). The address must pass the environment's policy (https and a public host in
 * production); the database generates the secret. RLS refuses a place the viewer does not manage, whatever
 * this check says.
 */
export const create = webhooksProcedure
  .input(webhookSubscriptionInput)
  .mutation(async ({ ctx, input }): Promise<{ id: string }> => {
    const isAdmin = ctx.viewer.networkRole === 'network_admin';
    if (!isAdmin && (input.placeId === null || !managedPlaceIds(ctx.viewer).includes(input.placeId)))
      throw new DomainError('forbidden');
    const refused = checkWebhookUrl(input.url, webhookPolicyOf(ctx.services.env));
    if (refused) throw fieldError('url', refused);
    return createWebhookSubscription(ctx.tx, input);
  });
