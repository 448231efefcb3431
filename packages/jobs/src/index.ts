export { appointmentLink, appointmentToken, placeLine } from './appointment-link.ts';
export { addressLine, bookingToken, mailDate, privateLink } from './booking-link.ts';
export {
  type ClaimedJob,
  enqueueJob,
  isIdle,
  type JobRow,
  type JobStatus,
  listJobs,
  retryFailedJobs,
} from './queue.ts';
export {
  enqueueNextRuns,
  nextOccurrence,
  SCHEDULES,
  type Schedule,
  scheduledJobKey,
} from './schedule.ts';
export { SHORT_TOKEN_PATTERN, shortTokenHash } from './sms-link.ts';
export { sendFreshnessReminders } from './tasks/freshness-reminder.ts';
export { createTasks, type MailTaskDeps } from './tasks/index.ts';
export { purgePersonalData, type RetentionPurgeResult } from './tasks/retention-purge.ts';
export type { WebhookDeliveryOptions } from './tasks/webhook-delivery.ts';
export { signedHeaders, verifyWebhookSignature, webhookSignature } from './webhooks/signature.ts';
export {
  defaultRetryDelay,
  isPermanent,
  type JobLogger,
  RetryLaterError,
  startWorker,
  type TaskHandler,
  type TaskOutcome,
  type Worker,
  type WorkerOptions,
} from './worker.ts';
