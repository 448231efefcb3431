// `webhook-delivery` (decision 061): POSTs one event to one subscription, signed (webhooks/signature.ts),
// through the SSRF guard (webhooks/post.ts). Queued by the database in the transaction of the change
// (migration 20261206180523), one job per delivery at a time (job key `webhook:<id>`, payload with the
// delivery's round). A 2xx is delivered; anything else (3xx included: redirects are not followed, 4xx, 5xx,
// no answer within 10 s, an address refused) is a failed attempt, tried again after 1 min, 5 min, 30 min,
// 2 h and 12 h; after the sixth the delivery is `failed` in the console's log and the job `failed` in the
// queue (`jobs failed`, `jobs retry`). For 24 hours after the subscription's secret was changed, each
// delivery is signed with the new and the previous secret (migration 20261206205749). A delivery that is
// over (or of an earlier round) does nothing; one that finds an earlier delivery of its line being sent
// waits for it.

import {
  type AttemptOutcome,
  findDeliveryToSend,
  markDeliveryWaiting,
  recordDeliveryAttempt,
} from '@rf/db/integrations/webhook-deliveries.repository';
import { withServiceRole } from '@rf/db/service';
import {
  WEBHOOK_TIMEOUT_MS,
  type WebhookTargetPolicy,
  webhookRetryDelayMs,
} from '@rf/domain/integrations/webhooks';
import { z } from 'zod';
import { postWebhook } from '../webhooks/post.ts';
import { signedHeaders } from '../webhooks/signature.ts';
import { RetryLaterError, type TaskHandler } from '../worker.ts';
import type { MailTaskDeps } from './deps.ts';

const payloadSchema = z.object({
  deliveryId: z.number().int().positive(),
  round: z.number().int().positive(),
});

/** How deliveries go out: the target policy from the environment; tests shorten the waits. */
export interface WebhookDeliveryOptions extends WebhookTargetPolicy {
  retryDelaysMs?: readonly number[];
  timeoutMs?: number;
}

/** Without options: production's rules (public https addresses only). */
const STRICT: WebhookDeliveryOptions = { production: true, allowLocal: false };

export function webhookDeliveryTask(deps: MailTaskDeps): TaskHandler {
  const options = deps.webhooks ?? STRICT;
  return async (payload, job) => {
    const { deliveryId, round } = payloadSchema.parse(payload);
    const record = (outcome: AttemptOutcome) =>
      withServiceRole(deps.db, 'webhook delivery: outcome', (tx) =>
        recordDeliveryAttempt(tx, deliveryId, outcome),
      );
    const delivery = await withServiceRole(deps.db, 'webhook delivery: read', (tx) =>
      findDeliveryToSend(tx, deliveryId),
    );
    if (!delivery) return { skipped: 'the delivery is gone' };
    if (delivery.round !== round) return { skipped: 'a later round of this delivery is queued' };
    if (delivery.status !== 'pending' && delivery.status !== 'failed')
      return { skipped: `the delivery is ${delivery.status}` };
    if (!delivery.active) {
      await record({ kind: 'cancelled' });
      return { skipped: 'the subscription is deactivated' };
    }
    if (delivery.behind) {
      await withServiceRole(deps.db, 'webhook delivery: wait', (tx) => markDeliveryWaiting(tx, deliveryId));
      return { skipped: 'an earlier delivery of the same line is being sent' };
    }

    const body = JSON.stringify(delivery.payload);
    const headers = signedHeaders({
      secret: delivery.secret,
      // Set for 24 hours after the secret was changed (the database says so): both signatures go out.
      previousSecret: delivery.previousSecret,
      eventId: delivery.eventId,
      body,
      timestamp: Math.floor(Date.now() / 1000),
    });
    let statusCode: number | null = null;
    let error: string;
    try {
      const result = await postWebhook({
        url: delivery.url,
        body,
        headers: { ...headers },
        timeoutMs: options.timeoutMs ?? WEBHOOK_TIMEOUT_MS,
        allowLocal: options.allowLocal || !options.production,
      });
      statusCode = result.statusCode;
      if (statusCode >= 200 && statusCode < 300) {
        await record({ kind: 'delivered', statusCode });
        return { counts: { statusCode } };
      }
      error =
        statusCode >= 300 && statusCode < 400
          ? `HTTP ${statusCode} (redirects are not followed)`
          : `HTTP ${statusCode}`;
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    const last = job.attempt >= job.maxAttempts;
    const waitMs = webhookRetryDelayMs(job.attempt, options.retryDelaysMs);
    await record(
      last
        ? { kind: 'failed', statusCode, error }
        : { kind: 'retrying', statusCode, error, nextAttemptAt: new Date(Date.now() + waitMs) },
    );
    throw new RetryLaterError(`webhook delivery ${deliveryId}: ${error}`, waitMs);
  };
}
