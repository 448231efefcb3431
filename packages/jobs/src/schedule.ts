// Recurring jobs (docs/decisions/034-recurring-jobs-and-retention.md): a cron expression per task, read
// with croner in the schedule's time zone. The queue stays the one queue of decision 014: every worker,
// at start and then every minute, queues each schedule's NEXT run as an ordinary job keyed by
// `schedule:<task>:<instant>`. The unique `job_key` makes that idempotent across any number of workers
// (the same run is queued once, then claimed once with `skip locked`); a run missed while no worker was up
// is still queued and runs as soon as one starts.
import type { Db } from '@rf/db';
import { withServiceRole } from '@rf/db/service';
import { PARIS_TIME_ZONE } from '@rf/domain/time/paris';
import { Cron } from 'croner';
import { enqueueJob } from './queue.ts';

export interface Schedule {
  task: string;
  /** Cron expression (5 fields, or 6 with seconds). */
  cron: string;
  timezone: string;
  maxAttempts?: number;
}

/** The platform's recurring jobs. */
export const SCHEDULES: readonly Schedule[] = [
  // Nightly, when nobody books: erasure of personal data past its retention period.
  { task: 'retention-purge', cron: '30 3 * * *', timezone: PARIS_TIME_ZONE, maxAttempts: 5 },
  // Hourly: rate-limit counters past their windows (decision 075), kept no longer than the limits need.
  { task: 'rate-limit-purge', cron: '17 * * * *', timezone: PARIS_TIME_ZONE, maxAttempts: 3 },
  // Mondays at 9: managers of places whose record is older than six months are reminded (decision 063).
  { task: 'freshness-reminder', cron: '0 9 * * 1', timezone: PARIS_TIME_ZONE, maxAttempts: 5 },
];

/** The first run of `schedule` strictly after `after`. */
export function nextOccurrence(schedule: Schedule, after: Date): Date | null {
  return new Cron(schedule.cron, { timezone: schedule.timezone, paused: true }).nextRun(after);
}

export function scheduledJobKey(task: string, scheduledFor: Date): string {
  return `schedule:${task}:${scheduledFor.toISOString()}`;
}

/** Queues each schedule's next run, once whatever the number of workers calling it. */
export async function enqueueNextRuns(
  db: Db,
  schedules: readonly Schedule[],
  now = new Date(),
): Promise<void> {
  if (schedules.length === 0) return;
  await withServiceRole(db, 'job queue: schedule', async (tx) => {
    for (const schedule of schedules) {
      const next = nextOccurrence(schedule, now);
      if (!next) continue;
      await enqueueJob(tx, {
        task: schedule.task,
        payload: { scheduledFor: next.toISOString() },
        runAt: next,
        jobKey: scheduledJobKey(schedule.task, next),
        maxAttempts: schedule.maxAttempts ?? 25,
      });
    }
  });
}
