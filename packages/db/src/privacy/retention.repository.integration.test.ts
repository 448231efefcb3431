// The delivery logs' retention on the real database (decision 061's amendment, `private.purge_delivery_logs`
// through `purgeShortLivedData`): ended webhook deliveries go 30 days after they ended, pending and waiting
// ones never; SMS deliveries go after 13 months, this month's failures (what managers see) stay; previous
// webhook secrets are erased once past their 24 hours. Run with a controlled clock, then again: nothing more.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSmsUsage } from '../messaging/sms.repository.ts';
import { withServiceRole } from '../service.server.ts';
import {
  createRlsFixtures,
  createTestDatabase,
  type RlsFixtures,
  type TestDatabase,
} from '../testing/index.ts';
import { purgeShortLivedData } from './retention.repository.ts';

let t: TestDatabase;
let f: RlsFixtures;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await createRlsFixtures(t.db);
});
afterAll(() => t.drop());

const DAY = 86_400_000;
const purge = (at: Date) => withServiceRole(t.db, 'test: purge', (tx) => purgeShortLivedData(tx, at));

describe('the delivery logs’ retention', () => {
  it('deletes webhook deliveries ended 30 days ago, never a pending or waiting one, nor a recent one', async () => {
    const subscription = f.webhookSubscriptions.A;
    // Inserted with their `updated_at` (the trigger sets it on updates only): when each ended.
    const delivery = async (label: string, status: string, endedDaysAgo: number) => {
      const { rows } = await sql<{ id: string }>`
        insert into public.webhook_deliveries (subscription_id, event_id, event_type, ordering_key, payload,
          status, created_at, updated_at)
        values (${subscription}, ${randomUUID()}, 'booking.confirmed', ${`booking:${label}`}, '{}', ${status},
          now() - make_interval(days => ${endedDaysAgo + 1}), now() - make_interval(days => ${endedDaysAgo}))
        returning id::text as id`.execute(t.db);
      return [label, rows[0]?.id as string] as const;
    };
    const ids = Object.fromEntries([
      await delivery('delivered-old', 'delivered', 31),
      await delivery('failed-old', 'failed', 45),
      await delivery('cancelled-old', 'cancelled', 400),
      await delivery('pending-old', 'pending', 60),
      await delivery('waiting-old', 'waiting', 60),
      await delivery('delivered-recent', 'delivered', 29),
      await delivery('failed-recent', 'failed', 1),
    ]);
    const left = async () => {
      const { rows } = await sql<{ id: string }>`
        select id::text as id from public.webhook_deliveries where id = any (${Object.values(ids)}::bigint[])`.execute(
        t.db,
      );
      const labels = new Map(Object.entries(ids).map(([label, id]) => [id, label]));
      return rows.map((row) => labels.get(row.id)).sort();
    };
    // The fixtures' deliveries ended just now: they stay too.
    const before = await sql<{ n: number }>`select count(*)::int as n from public.webhook_deliveries`.execute(
      t.db,
    );

    expect(await purge(new Date())).toMatchObject({ webhookDeliveries: 3 });
    expect(await left()).toEqual(['delivered-recent', 'failed-recent', 'pending-old', 'waiting-old']);
    const after = await sql<{ n: number }>`select count(*)::int as n from public.webhook_deliveries`.execute(
      t.db,
    );
    expect(after.rows[0]?.n).toBe((before.rows[0]?.n ?? 0) - 3);
    expect(await purge(new Date())).toMatchObject({ webhookDeliveries: 0 });

    // Two days later, the one that ended 29 days ago goes; pending and waiting ones still never.
    expect(await purge(new Date(Date.now() + 2 * DAY))).toMatchObject({ webhookDeliveries: 1 });
    expect(await left()).toEqual(['failed-recent', 'pending-old', 'waiting-old']);
    await purge(new Date(Date.now() + 3650 * DAY));
    expect(await left()).toEqual(['pending-old', 'waiting-old']);
  });

  it('deletes SMS deliveries sent 13 months ago, and keeps what the managers’ SMS page shows', async () => {
    const sms = (id: string, sentAt: string, status = 'delivered') =>
      sql`insert into private.sms_deliveries (provider_id, place_id, kind, status, sent_at)
        values (${id}, ${f.places.A}, 'booking-confirmation', ${status}, ${sentAt}::timestamptz)`.execute(
        t.db,
      );
    await sms('old', new Date(Date.now() - 400 * DAY).toISOString());
    await sms('a-year-ago', new Date(Date.now() - 365 * DAY).toISOString());
    await sms('failed-today', new Date().toISOString(), 'failed');
    const shown = () =>
      withServiceRole(t.db, 'test: sms usage', (tx) => listSmsUsage(tx, [f.places.A])).then((rows) =>
        rows.map((row) => row.failedThisMonth),
      );
    expect(await shown()).toEqual([1]);

    expect(await purge(new Date())).toMatchObject({ smsDeliveries: 1 });
    const { rows } = await sql<{ provider_id: string }>`
      select provider_id from private.sms_deliveries order by provider_id`.execute(t.db);
    expect(rows.map((row) => row.provider_id)).toEqual(['a-year-ago', 'failed-today']);
    expect(await shown()).toEqual([1]);
    expect(await purge(new Date())).toMatchObject({ smsDeliveries: 0 });
  });

  it('erases a previous webhook secret once its 24 hours are over', async () => {
    await sql`update public.webhook_subscriptions
      set previous_secret = secret || 'old', previous_secret_expires_at = now() + interval '24 hours'
      where id = ${f.webhookSubscriptions.B}`.execute(t.db);
    const previous = async () => {
      const { rows } = await sql<{ previous_secret: string | null }>`
        select previous_secret from public.webhook_subscriptions where id = ${f.webhookSubscriptions.B}`.execute(
        t.db,
      );
      return rows[0]?.previous_secret;
    };
    expect(await purge(new Date())).toMatchObject({ webhookSecrets: 0 });
    expect(await previous()).toMatch(/old$/);
    expect(await purge(new Date(Date.now() + DAY + 60_000))).toMatchObject({ webhookSecrets: 1 });
    expect(await previous()).toBeNull();
  });
});
