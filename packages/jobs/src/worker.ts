// The worker: claims due jobs from `private.jobs`, runs their task, records the outcome. It wakes on
// `NOTIFY rf_jobs` (a job was queued: a confirmation goes out within moments of the booking) and polls
// too, for jobs scheduled later and in case the listening connection drops. Several workers may run at
// once (`skip locked`); one that dies mid-job leaves the job locked until `lockTimeoutSeconds`, then
// another worker takes it again.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import type { Db } from '@rf/db';
import pg from 'pg';
import { type ClaimedJob, claimJobs, completeJob, failJob, nextRunAt, purgeDoneJobs } from './queue.ts';
import { enqueueNextRuns, type Schedule } from './schedule.ts';

/** What a task reports when it had nothing to do (the booking was cancelled meanwhile…): logged. */
export interface TaskOutcome {
  skipped?: string;
  /** What the task did (rows erased…): logged. */
  counts?: Record<string, number>;
}

/**
 * Runs one job. Throwing fails this attempt: the job is retried later with the same payload, unless the
 * error says it must not be (`isPermanent`): then it is failed at once, with its reason.
 */
export type TaskHandler = (payload: unknown, job: ClaimedJob) => Promise<TaskOutcome | undefined>;

export interface JobLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface WorkerOptions {
  db: Db;
  /** For the LISTEN connection, kept outside the pool. */
  databaseUrl: string;
  tasks: Record<string, TaskHandler>;
  logger: JobLogger;
  /** Jobs run at the same time by this worker. */
  concurrency?: number;
  /** Longest sleep between two looks at the queue. */
  pollIntervalMs?: number;
  /** After this long, a running job is considered abandoned (its worker crashed) and runs again. */
  lockTimeoutSeconds?: number;
  /** Wait before the next attempt after `attempt` failed ones. */
  retryDelayMs?: (attempt: number) => number;
  workerId?: string;
  /** Recurring jobs whose next run this worker keeps queued (schedule.ts); none by default. */
  schedules?: readonly Schedule[];
  /** How often the next runs are queued again (a minute). */
  scheduleEveryMs?: number;
}

/**
 * Thrown by a task that sets its own wait before the next attempt (webhook deliveries: 1 min, 5 min …)
 * instead of the worker's `retryDelayMs`.
 */
export class RetryLaterError extends Error {
  constructor(
    message: string,
    readonly retryInMs: number,
  ) {
    super(message);
    this.name = 'RetryLaterError';
  }
}

/**
 * Whether an error says the same job would fail again, or must not run twice: any error carrying
 * `retryable: false` (`SmsSendError` for a refused key or number, or an SMS accepted with an unreadable
 * answer, which sent again could reach the person twice — decision 037). Read by shape rather than by
 * class so that mail or any other task can say it the same way without the worker knowing its errors.
 */
export function isPermanent(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'retryable' in error &&
    (error as { retryable: unknown }).retryable === false
  );
}

/** 2 s, 4 s, 8 s … then hourly: 25 attempts span about a day, long enough for an SMTP outage. */
export function defaultRetryDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, 3_600_000);
}

export interface Worker {
  id: string;
  /** Stops taking jobs, lets the running ones finish, closes the listening connection. */
  stop(): Promise<void>;
}

const PURGE_EVERY_MS = 3_600_000;
const KEEP_DONE_DAYS = 30;

export function startWorker(options: WorkerOptions): Worker {
  const {
    db,
    databaseUrl,
    tasks,
    logger,
    concurrency = 4,
    pollIntervalMs = 2000,
    lockTimeoutSeconds = 300,
    retryDelayMs = defaultRetryDelay,
    workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    schedules = [],
    scheduleEveryMs = 60_000,
  } = options;
  const stopping = new AbortController();
  const running = new Set<Promise<void>>();
  let nudged = false;
  let wake: (() => void) | null = null;
  let lastPurge = 0;
  let lastSchedule = 0;

  /** A job was queued or a slot freed up: look at the queue now rather than at the next poll. */
  function nudge() {
    nudged = true;
    wake?.();
  }

  function sleep(ms: number): Promise<void> {
    if (nudged || stopping.signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  }

  async function runJob(job: ClaimedJob) {
    const details = { jobId: job.id, task: job.task, attempt: job.attempt };
    try {
      const handler = tasks[job.task];
      if (!handler) throw new Error(`no handler for task "${job.task}"`);
      const outcome = await handler(job.payload, job);
      await completeJob(db, workerId, job);
      logger.info({ ...details, ...outcome }, outcome?.skipped ? 'job skipped' : 'job done');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      try {
        const retryIn = error instanceof RetryLaterError ? error.retryInMs : retryDelayMs(job.attempt);
        const permanent = isPermanent(error);
        const status = await failJob(db, workerId, job, message, retryIn, permanent);
        if (status === 'failed')
          logger.error(
            { ...details, err: message, ...(permanent ? { permanent } : {}) },
            'job failed for good: retry it once the cause is fixed',
          );
        else logger.warn({ ...details, err: message }, 'job failed, will retry');
      } catch (recordError) {
        // The lock timeout hands the job to a worker again: it is not lost.
        logger.error({ ...details, err: recordError }, 'job outcome not recorded');
      }
    }
  }

  async function loop() {
    while (!stopping.signal.aborted) {
      nudged = false;
      try {
        if (schedules.length > 0 && Date.now() - lastSchedule >= scheduleEveryMs) {
          lastSchedule = Date.now();
          await enqueueNextRuns(db, schedules);
        }
        const free = concurrency - running.size;
        if (free > 0) {
          const jobs = await claimJobs(db, { workerId, limit: free, lockTimeoutSeconds });
          for (const job of jobs) {
            const run: Promise<void> = runJob(job).finally(() => {
              running.delete(run);
              nudge();
            });
            running.add(run);
          }
          if (jobs.length === free) continue;
        }
        if (Date.now() - lastPurge > PURGE_EVERY_MS) {
          lastPurge = Date.now();
          await purgeDoneJobs(db, KEEP_DONE_DAYS);
        }
        let wait = pollIntervalMs;
        if (schedules.length > 0)
          wait = Math.min(wait, Math.max(0, lastSchedule + scheduleEveryMs - Date.now()));
        if (free > 0) {
          const next = await nextRunAt(db);
          if (next) wait = Math.max(0, Math.min(wait, next.getTime() - Date.now()));
        }
        await sleep(wait);
      } catch (error) {
        logger.error({ err: error, workerId }, 'job queue unreachable, trying again');
        await sleep(pollIntervalMs);
      }
    }
  }

  async function listen() {
    while (!stopping.signal.aborted) {
      const client = new pg.Client({ connectionString: databaseUrl });
      client.on('error', () => {});
      try {
        await client.connect();
        client.on('notification', nudge);
        await client.query('listen rf_jobs');
        // Jobs queued while not listening are found by this look.
        nudge();
        await new Promise<void>((resolve) => {
          client.once('error', () => resolve());
          client.once('end', () => resolve());
          // Stopped while connecting: the abort event has already fired.
          if (stopping.signal.aborted) resolve();
          else stopping.signal.addEventListener('abort', () => resolve(), { once: true });
        });
      } catch (error) {
        if (!stopping.signal.aborted) logger.warn({ err: error, workerId }, 'not listening for new jobs');
      } finally {
        await client.end().catch(() => {});
      }
      await delay(pollIntervalMs, undefined, { signal: stopping.signal }).catch(() => {});
    }
  }

  const looping = loop();
  const listening = listen();
  logger.info({ workerId, tasks: Object.keys(tasks), concurrency }, 'job worker started');

  return {
    id: workerId,
    async stop() {
      stopping.abort();
      wake?.();
      await Promise.all([looping, listening]);
      await Promise.allSettled([...running]);
      logger.info({ workerId }, 'job worker stopped');
    },
  };
}
