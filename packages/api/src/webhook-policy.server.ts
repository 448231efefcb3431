import type { WebhookTargetPolicy } from '@rf/domain/integrations/webhooks';
import type { ServerEnv } from './env.ts';

/**
 * Where webhooks may go (decision 061), from the environment: production allows public https addresses
 * only, unless WEBHOOKS_ALLOW_LOCAL=1 (tests, a receiver on the same machine); development and tests also
 * allow http:// to local hosts. The procedures check addresses with it when a subscription is registered,
 * the worker again at each delivery (after DNS).
 */
export function webhookPolicyOf(
  env: Pick<ServerEnv, 'NODE_ENV' | 'WEBHOOKS_ALLOW_LOCAL'>,
): WebhookTargetPolicy {
  return { production: env.NODE_ENV === 'production', allowLocal: env.WEBHOOKS_ALLOW_LOCAL === '1' };
}
