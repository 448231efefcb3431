// What the multi-instance tests read in the database (E2E_DATABASE_URL, a direct connection): whether the
// job queue has drained, and what the development mailbox holds per recipient.
import { createDb, type Db } from '@rf/db';
import { sql } from 'kysely';

async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run these tests with pnpm e2e:multi');
  const db = createDb(url, { max: 1 });
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** Resolves once no job is due or running (the workers took everything queued), or fails after 60 s. */
export function waitForDrainedQueue(): Promise<void> {
  return withDatabase(async (db) => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from private.jobs
        where status = 'running' or (status = 'queued' and run_at <= now())`.execute(db);
      if (rows[0]?.n === 0) return;
      if (Date.now() > deadline) throw new Error('the job queue did not drain');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
}

/** Messages the development mailbox received, per recipient, among these addresses. */
export function mailsPerRecipient(addresses: readonly string[]): Promise<Record<string, number>> {
  return withDatabase(async (db) => {
    const { rows } = await sql<{ to_address: string; n: number }>`
      select lower(to_address) as to_address, count(*)::int as n from public.dev_mailbox
      where lower(to_address) = any(${addresses.map((a) => a.toLowerCase())}) group by 1`.execute(db);
    return Object.fromEntries(rows.map((r) => [r.to_address, r.n]));
  });
}
