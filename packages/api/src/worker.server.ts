import { createTasks, startWorker, type Worker, type WorkerOptions } from '@rf/jobs';
import type { Services } from './services.server.ts';
import { webhookPolicyOf } from './webhook-policy.server.ts';

/**
 * The job worker on the server's services: it sends the e-mails the database queues (bookings,
 * reminders, minimum-attendance warnings) and runs the recurring jobs it is given (`SCHEDULES` from
 * @rf/jobs: `apps/worker` passes them; the API test harness does not). Run by `apps/worker`, and by the
 * API test harness.
 */
export function startJobWorker(
  services: Services,
  options: Pick<WorkerOptions, 'concurrency' | 'pollIntervalMs' | 'lockTimeoutSeconds' | 'schedules'> & {
    /** Shorter waits between webhook attempts (tests); production's are 1 min … 12 h. */
    webhookRetryDelaysMs?: readonly number[];
  } = {},
): Worker {
  const { db, env, mailer, sms, t, logger, linkKey } = services;
  const { webhookRetryDelaysMs, ...workerOptions } = options;
  return startWorker({
    ...workerOptions,
    db,
    // LISTEN needs a connection of its own on the server itself, not one lent by a transaction pooler.
    databaseUrl: env.DATABASE_DIRECT_URL ?? env.DATABASE_URL,
    logger,
    tasks: createTasks({
      db,
      mailer,
      sms,
      t,
      siteUrl: env.SITE_URL,
      adminUrl: env.ADMIN_URL,
      linkKey,
      geocoderUrl: env.GEOCODER_URL,
      webhooks: { ...webhookPolicyOf(env), retryDelaysMs: webhookRetryDelaysMs },
    }),
  });
}
