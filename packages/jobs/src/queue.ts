// The job queue's table (`private.jobs`, migration 20261123001800_job_queue.sql), as the worker and the
// operators use it. Jobs are queued by the database itself (triggers on bookings and sessions) or by
// `enqueueJob` inside the caller's transaction; each function here runs as the service role.
import type { Db, Tx } from '@rf/db';
import { withServiceRole } from '@rf/db/service';
import { sql } from 'kysely';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ClaimedJob {
  id: number;
  task: string;
  payload: unknown;
  /** This attempt's number, from 1. */
  attempt: number;
  maxAttempts: number;
  revision: number;
}

export interface JobRow {
  id: number;
  task: string;
  payload: unknown;
  jobKey: string | null;
  runAt: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
}

/** Queues a job in the caller's transaction: it exists only if that transaction commits. */
export async function enqueueJob(
  tx: Tx,
  job: { task: string; payload?: unknown; runAt?: Date; jobKey?: string; maxAttempts?: number },
): Promise<void> {
  await sql`select private.enqueue_job(
    ${job.task}, ${JSON.stringify(job.payload ?? {})}::jsonb, ${(job.runAt ?? new Date()).toISOString()}::timestamptz,
    ${job.jobKey ?? null}, ${job.maxAttempts ?? 25})`.execute(tx);
}

/**
 * Takes up to `limit` due jobs for this worker: queued ones whose time has come, and running ones whose
 * worker stopped answering (locked longer than `lockTimeoutSeconds`: it crashed). `skip locked` lets many
 * workers claim at once without taking the same job.
 */
export function claimJobs(
  db: Db,
  { workerId, limit, lockTimeoutSeconds }: { workerId: string; limit: number; lockTimeoutSeconds: number },
): Promise<ClaimedJob[]> {
  return withServiceRole(db, 'job queue: claim', async (tx) => {
    const { rows } = await sql<ClaimedJob>`
      with due as (
        select j.id from private.jobs j
        where (j.status = 'queued' and j.run_at <= now())
          or (j.status = 'running' and j.locked_at < now() - make_interval(secs => ${lockTimeoutSeconds}))
        order by j.run_at, j.id
        limit ${limit}
        for update skip locked
      )
      update private.jobs j
      set status = 'running', locked_by = ${workerId}, locked_at = now(), attempts = j.attempts + 1
      from due
      where j.id = due.id
      returning j.id, j.task, j.payload, j.attempts as attempt, j.max_attempts as "maxAttempts", j.revision`.execute(
      tx,
    );
    return rows;
  });
}

/** Marks the job done, unless it was rescheduled (or taken over) while it ran: then it runs again. */
export async function completeJob(db: Db, workerId: string, job: ClaimedJob): Promise<void> {
  await withServiceRole(db, 'job queue: complete', (tx) =>
    sql`update private.jobs
      set status = 'done', done_at = now(), locked_by = null, locked_at = null, last_error = null
      where id = ${job.id} and revision = ${job.revision} and locked_by = ${workerId}`.execute(tx),
  );
}

/**
 * Records a failed attempt: the job is queued again after `retryInMs`, or left `failed` with its error
 * after its last attempt — visible (`listJobs`), retried by hand (`retryFailedJobs`), never silently lost.
 * `permanent`: the error says trying again cannot help (or could do harm), so this attempt is the last.
 */
export async function failJob(
  db: Db,
  workerId: string,
  job: ClaimedJob,
  error: string,
  retryInMs: number,
  permanent = false,
): Promise<'retrying' | 'failed'> {
  const { rows } = await withServiceRole(db, 'job queue: fail', (tx) =>
    sql<{ status: JobStatus }>`update private.jobs
      set status = case when ${permanent}::boolean or attempts >= max_attempts
            then 'failed'::private.job_status else 'queued' end,
          run_at = now() + make_interval(secs => ${retryInMs / 1000}),
          locked_by = null, locked_at = null, last_error = ${error.slice(0, 2000)}
      where id = ${job.id} and revision = ${job.revision} and locked_by = ${workerId}
      returning status`.execute(tx),
  );
  return rows[0]?.status === 'failed' ? 'failed' : 'retrying';
}

/** When the next queued job is due (to sleep until then), or null when none is queued. */
export async function nextRunAt(db: Db): Promise<Date | null> {
  const { rows } = await withServiceRole(db, 'job queue: next', (tx) =>
    sql<{
      run_at: string | null;
    }>`select min(run_at) as run_at from private.jobs where status = 'queued'`.execute(tx),
  );
  const next = rows[0]?.run_at;
  return next ? new Date(next) : null;
}

/** Forgets jobs done more than `days` ago (failed ones stay until someone looks at them). */
export async function purgeDoneJobs(db: Db, days: number): Promise<number> {
  const result = await withServiceRole(db, 'job queue: purge', (tx) =>
    sql`delete from private.jobs where status = 'done' and done_at < now() - make_interval(days => ${days})`.execute(
      tx,
    ),
  );
  return Number(result.numAffectedRows ?? 0);
}

export function listJobs(db: Db, filter: { status?: JobStatus; task?: string } = {}): Promise<JobRow[]> {
  return withServiceRole(db, 'job queue: list', async (tx) => {
    const { rows } = await sql<JobRow>`
      select id, task, payload, job_key as "jobKey", run_at as "runAt", status, attempts,
        max_attempts as "maxAttempts", last_error as "lastError"
      from private.jobs
      where (${filter.status ?? null}::private.job_status is null or status = ${filter.status ?? null}::private.job_status)
        and (${filter.task ?? null}::text is null or task = ${filter.task ?? null})
      order by id`.execute(tx);
    return rows;
  });
}

/** Queues failed jobs again (all, or the given ids) with a fresh set of attempts, e.g. after fixing SMTP. */
export async function retryFailedJobs(db: Db, ids?: number[]): Promise<number> {
  const result = await withServiceRole(db, 'job queue: retry failed', (tx) =>
    sql`update private.jobs set status = 'queued', attempts = 0, run_at = now()
      where status = 'failed' and (${ids ?? null}::bigint[] is null or id = any(${ids ?? null}::bigint[]))`.execute(
      tx,
    ),
  );
  return Number(result.numAffectedRows ?? 0);
}

/** Whether no job is due or running now (scheduled ones may wait): what tests and drains wait for. */
export async function isIdle(db: Db): Promise<boolean> {
  const { rows } = await withServiceRole(db, 'job queue: idle', (tx) =>
    sql<{ busy: boolean }>`select exists (
      select 1 from private.jobs
      where (status = 'queued' and run_at <= now()) or status = 'running'
    ) as busy`.execute(tx),
  );
  return !rows[0]?.busy;
}
