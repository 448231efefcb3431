import type { Db } from '@rf/db';
import { isIdle } from './queue.ts';

/**
 * Resolves once no job is due or running (jobs scheduled later may wait): tests run the worker, then assert
 * what it sent. Rejects after `timeoutMs` so a stuck queue fails the test instead of hanging it.
 */
export async function waitForIdleQueue(db: Db, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await isIdle(db))) {
    if (Date.now() > deadline) throw new Error('the job queue did not empty');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
