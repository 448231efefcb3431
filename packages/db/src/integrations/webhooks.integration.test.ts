// Webhook subscriptions and deliveries on the real database (migration 20261206180523, decision 061): who
// may read and write them, as each role, in direct SQL (RLS is the last word); events written in the same
// transaction as the change, one per matching subscription, only to the place's own subscribers and the
// network's; payloads without personal data.
import { randomUUID } from 'node:crypto';
import { webhookPayloadSchema } from '@rf/domain/integrations/webhooks';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Tx, withSession } from '../rls.ts';
import { withServiceRole } from '../service.server.ts';
import {
  claimsFor,
  createRlsFixtures,
  createTestDatabase,
  type Person,
  type RlsFixtures,
  type TestDatabase,
} from '../testing/index.ts';

let t: TestDatabase;
let f: RlsFixtures;
const subs = { A: '', B: '', network: '' };
const ALL_EVENTS =
  '{booking.confirmed,booking.waitlisted,booking.promoted,booking.cancelled,attendance.taken,place.updated,report.validated}';

const as = <T>(who: Person | 'anon', work: (tx: Tx) => Promise<T>) =>
  withSession(t.db, who === 'anon' ? null : claimsFor(f.users[who]), work);

async function sqlState(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

async function deliveries(subscriptionId: string) {
  const { rows } = await sql<{
    id: number;
    event_type: string;
    status: string;
    payload: unknown;
    ordering_key: string;
  }>`
    select id::int as id, event_type, status, payload, ordering_key from public.webhook_deliveries
    where subscription_id = ${subscriptionId} order by id`.execute(t.db);
  return rows;
}

async function subscription(placeId: string | null, url: string) {
  const { rows } = await sql<{ id: string }>`
    insert into public.webhook_subscriptions (place_id, url, events)
    values (${placeId}, ${url}, ${ALL_EVENTS}) returning id`.execute(t.db);
  return rows[0]?.id as string;
}

beforeAll(async () => {
  t = await createTestDatabase();
  f = await createRlsFixtures(t.db);
  subs.A = await subscription(f.places.A, 'https://outil-a.example.org/hook');
  subs.B = await subscription(f.places.B, 'https://outil-b.example.org/hook');
  subs.network = await subscription(null, 'https://reseau.example.org/hook');
});
afterAll(() => t.drop());

describe('webhook subscriptions: who may do what (direct SQL, RLS)', () => {
  const insert = (placeId: string | null) => (tx: Tx) =>
    sql`insert into public.webhook_subscriptions (place_id, url, events)
      values (${placeId}, 'https://outil.example.org/x', '{booking.confirmed}')`.execute(tx);

  it('lets a manager register for their place only, never another place or the network', async () => {
    expect(await sqlState(as('managerA', insert(f.places.A)))).toBeUndefined();
    expect(await sqlState(as('managerA', insert(f.places.B)))).toBe('42501');
    expect(await sqlState(as('managerA', insert(null)))).toBe('42501');
    for (const who of ['memberA', 'resident', 'observer'] as const)
      expect(await sqlState(as(who, insert(f.places.A))), who).toBe('42501');
    expect(await sqlState(as('anon', insert(f.places.A)))).toBe('42501');
  });

  it('lets network admins register for the network and any place', async () => {
    expect(await sqlState(as('admin', insert(null)))).toBeUndefined();
    expect(await sqlState(as('admin', insert(f.places.B)))).toBeUndefined();
  });

  it('never lets a client choose the secret, nor delete a subscription', async () => {
    const chosen = (tx: Tx) =>
      sql`insert into public.webhook_subscriptions (place_id, url, events, secret)
        values (${f.places.A}, 'https://x.example.org', '{booking.confirmed}',
          'whsec_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')`.execute(tx);
    expect(await sqlState(as('managerA', chosen))).toBe('42501');
    expect(await sqlState(as('admin', chosen))).toBe('42501');
    expect(
      await sqlState(
        as('admin', (tx) => sql`delete from public.webhook_subscriptions where id = ${subs.A}`.execute(tx)),
      ),
    ).toBe('42501');
  });

  it('shows each manager their place’s subscriptions and deliveries only; the network’s to admins', async () => {
    const visible = (who: Person) =>
      as(who, async (tx) => {
        const { rows } = await sql<{ id: string }>`select id from public.webhook_subscriptions`.execute(tx);
        return rows.map((row) => row.id);
      });
    expect(await visible('managerA')).toContain(subs.A);
    expect(await visible('managerA')).not.toContain(subs.B);
    expect(await visible('managerA')).not.toContain(subs.network);
    expect(await visible('managerB')).not.toContain(subs.A);
    expect(await visible('admin')).toEqual(expect.arrayContaining([subs.A, subs.B, subs.network]));
    for (const who of ['memberA', 'resident', 'observer'] as const)
      expect(await visible(who), who).toEqual([]);
    expect(
      await sqlState(as('anon', (tx) => sql`select 1 from public.webhook_subscriptions`.execute(tx))),
    ).toBe('42501');
  });

  it('lets no one but a manager of the place (or an admin) deactivate it', async () => {
    const deactivate = (tx: Tx) =>
      sql`update public.webhook_subscriptions set active = false where id = ${subs.A}`.execute(tx);
    expect((await as('managerB', deactivate)).numAffectedRows).toBe(0n);
    expect((await as('observer', deactivate)).numAffectedRows).toBe(0n);
    // The URL cannot be changed behind the console's checks (no update grant on it).
    expect(
      await sqlState(
        as('managerA', (tx) =>
          sql`update public.webhook_subscriptions set url = 'http://127.0.0.1/' where id = ${subs.A}`.execute(
            tx,
          ),
        ),
      ),
    ).toBe('42501');
  });
});

describe('webhook events', () => {
  it('are written in the transaction of the change: rolled back with it', async () => {
    const before = (await deliveries(subs.A)).length;
    await expect(
      t.db.transaction().execute(async (tx) => {
        await sql`update public.bookings set status = 'cancelled', cancelled_at = now()
          where id = ${f.bookings.A_anon}`.execute(tx);
        const { rows } = await sql<{ n: number }>`
          select count(*)::int as n from public.webhook_deliveries d
          join private.jobs j on j.job_key = 'webhook:' || d.id
          where d.subscription_id = ${subs.A} and d.event_type = 'booking.cancelled'`.execute(tx);
        expect(rows[0]?.n).toBe(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await deliveries(subs.A)).toHaveLength(before);
  });

  it('reach the place’s subscribers and the network’s, never another place’s', async () => {
    const before = { A: (await deliveries(subs.A)).length, network: (await deliveries(subs.network)).length };
    await sql`update public.bookings set status = 'cancelled', cancelled_at = now()
      where id = ${f.bookings.B}`.execute(t.db);
    const toB = await deliveries(subs.B);
    expect(toB.at(-1)).toMatchObject({
      event_type: 'booking.cancelled',
      ordering_key: `booking:${f.bookings.B}`,
    });
    expect(await deliveries(subs.A)).toHaveLength(before.A);
    const toNetwork = await deliveries(subs.network);
    expect(toNetwork).toHaveLength(before.network + 1);
    // One event, the same id for both subscribers.
    const eventId = (delivery: { payload: unknown } | undefined) =>
      (delivery?.payload as { id?: string })?.id;
    expect(eventId(toNetwork.at(-1))).toBe(eventId(toB.at(-1)));
  });

  it('write one attendance event per session and transaction, with the final counts', async () => {
    await sql`update public.sessions set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour'
      where id = ${f.sessions.A_pub}`.execute(t.db);
    await sql`update public.bookings set status = 'confirmed', cancelled_at = null where id = ${f.bookings.A_anon}`.execute(
      t.db,
    );
    const before = (await deliveries(subs.A)).filter((d) => d.event_type === 'attendance.taken').length;
    await t.db.transaction().execute(async (tx) => {
      await sql`update public.bookings set attendance = 'seen' where id = ${f.bookings.A_resident}`.execute(
        tx,
      );
      await sql`update public.bookings set attendance = 'noshow' where id = ${f.bookings.A_anon}`.execute(tx);
    });
    const taken = (await deliveries(subs.A)).filter((d) => d.event_type === 'attendance.taken');
    expect(taken).toHaveLength(before + 1);
    expect(taken.at(-1)?.payload).toMatchObject({
      data: { session_id: f.sessions.A_pub, attendance: { seen: 1, noshow: 1, unmarked: 0 } },
    });
  });

  it('say when a place changes (once per transaction) and when a report is validated', async () => {
    await t.db.transaction().execute(async (tx) => {
      await sql`update public.places set summary = 'Un lieu ouvert à tous' where id = ${f.places.B}`.execute(
        tx,
      );
      await sql`update public.places set opening_hours = 'Mo-Fr 09:00-18:00' where id = ${f.places.B}`.execute(
        tx,
      );
    });
    expect((await deliveries(subs.B)).filter((d) => d.event_type === 'place.updated')).toHaveLength(1);
    await sql`update public.reports set status = 'validated', reviewed_by = ${f.users.admin.id}, reviewed_at = now()
      where id = ${f.reports.B_submitted}`.execute(t.db);
    const validated = (await deliveries(subs.B)).filter((d) => d.event_type === 'report.validated');
    expect(validated).toHaveLength(1);
    expect(validated[0]?.payload).toMatchObject({
      data: { report_id: f.reports.B_submitted, period: 'quarter', period_start: '2025-10-01' },
    });
    expect(
      await deliveries(subs.A).then((rows) => rows.filter((d) => d.event_type === 'report.validated')),
    ).toEqual([]);
  });

  it('carry versioned payloads with an event id and nothing about the person', async () => {
    const all = [
      ...(await deliveries(subs.A)),
      ...(await deliveries(subs.B)),
      ...(await deliveries(subs.network)),
    ];
    expect(all.length).toBeGreaterThan(4);
    for (const delivery of all) {
      expect(
        () => webhookPayloadSchema.parse(delivery.payload),
        JSON.stringify(delivery.payload),
      ).not.toThrow();
      expect(JSON.stringify(delivery.payload)).not.toMatch(/Camille|Dominique|Yanis|@|\+33/);
    }
  });

  it('queue the second event of a booking behind the first (ordering per booking)', async () => {
    const id = randomUUID();
    await sql`insert into public.bookings (id, session_id, place_id, first_name, email, consent_at)
      values (${id}, ${f.sessions.B_pub}, ${f.places.B}, 'Lou', 'lou@example.org', now())`.execute(t.db);
    await sql`update public.bookings set status = 'cancelled', cancelled_at = now() where id = ${id}`.execute(
      t.db,
    );
    const line = (await deliveries(subs.B)).filter((d) => d.ordering_key === `booking:${id}`);
    expect(line.map((d) => [d.event_type, d.status])).toEqual([
      ['booking.confirmed', 'pending'],
      ['booking.cancelled', 'waiting'],
    ]);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from private.jobs
      where job_key in (${`webhook:${line[0]?.id}`}, ${`webhook:${line[1]?.id}`})`.execute(t.db);
    expect(rows[0]?.n).toBe(1);
  });

  it('are sent again only by a manager of the place or an admin', async () => {
    const [delivery] = await deliveries(subs.A);
    if (!delivery) throw new Error('no delivery');
    await withServiceRole(t.db, 'test: delivered', (tx) =>
      sql`update public.webhook_deliveries set status = 'delivered' where id = ${delivery.id}`.execute(tx),
    );
    const redeliver = (who: Person) =>
      as(who, async (tx) => {
        const { rows } = await sql<{
          status: string;
        }>`select private.webhook_redeliver(${delivery.id}) as status`.execute(tx);
        return rows[0]?.status;
      });
    expect(await redeliver('managerB')).toBe('not_found');
    expect(await redeliver('observer')).toBe('not_found');
    expect(
      await sqlState(as('anon', (tx) => sql`select private.webhook_redeliver(${delivery.id})`.execute(tx))),
    ).toBe('42501');
    expect(await redeliver('managerA')).toMatch(/^(pending|waiting)$/);
    expect(
      await sqlState(
        as('admin', (tx) =>
          sql`insert into public.webhook_deliveries (subscription_id, event_id, event_type, ordering_key, payload)
            values (${subs.A}, ${randomUUID()}, 'place.updated', 'x', '{}')`.execute(tx),
        ),
      ),
    ).toBe('42501');
  });
});

describe('changing a subscription’s secret (private.rotate_webhook_secret, direct SQL)', () => {
  const rotate = (who: Person | 'anon', id: string) =>
    as(who, async (tx) => {
      const { rows } = await sql<{
        secret: string | null;
      }>`select private.rotate_webhook_secret(${id}::uuid) as secret`.execute(tx);
      return rows[0]?.secret ?? null;
    });
  const secrets = async (id: string) => {
    const { rows } = await sql<{
      secret: string;
      previous_secret: string | null;
      previous_secret_expires_at: string | null;
      in_a_day: boolean | null;
    }>`select secret, previous_secret, previous_secret_expires_at,
        previous_secret_expires_at between now() + interval '23 hours 59 minutes' and now() + interval '24 hours'
          as in_a_day
      from public.webhook_subscriptions where id = ${id}`.execute(t.db);
    return rows[0];
  };

  it('is refused to another place’s manager, to others, and to managers for the network’s', async () => {
    const before = await secrets(subs.A);
    expect(await rotate('managerB', subs.A)).toBeNull();
    expect(await rotate('observer', subs.A)).toBeNull();
    expect(await rotate('memberA', subs.A)).toBeNull();
    expect(await rotate('resident', subs.A)).toBeNull();
    expect(await sqlState(rotate('anon', subs.A))).toBe('42501');
    expect(await secrets(subs.A)).toEqual(before);
    // place_id null: `null in (…)` must not read as "allowed".
    const network = await secrets(subs.network);
    expect(await rotate('managerA', subs.network)).toBeNull();
    expect(await secrets(subs.network)).toEqual(network);
    expect(await rotate('managerA', randomUUID())).toBeNull();
  });

  it('gives a new database-made secret and keeps the previous one for 24 hours', async () => {
    const before = await secrets(subs.A);
    const fresh = await rotate('managerA', subs.A);
    expect(fresh).toMatch(/^whsec_[A-Za-z0-9_-]{40,}$/);
    expect(fresh).not.toBe(before?.secret);
    expect(await secrets(subs.A)).toMatchObject({
      secret: fresh,
      previous_secret: before?.secret,
      in_a_day: true,
    });
    // An admin may too (the network's as well); the previous one is then the secret made just before.
    const again = await rotate('admin', subs.A);
    expect(await secrets(subs.A)).toMatchObject({ secret: again, previous_secret: fresh });
    expect(await rotate('admin', subs.network)).toMatch(/^whsec_/);
  });

  it('lets no client read the previous secret, nor write either secret', async () => {
    for (const who of ['managerA', 'admin'] as const) {
      expect(
        await sqlState(
          as(who, (tx) =>
            sql`select previous_secret from public.webhook_subscriptions where id = ${subs.A}`.execute(tx),
          ),
        ),
        who,
      ).toBe('42501');
      // `select *` names it too.
      expect(
        await sqlState(as(who, (tx) => sql`select * from public.webhook_subscriptions`.execute(tx))),
        who,
      ).toBe('42501');
      for (const column of ['secret', 'previous_secret', 'previous_secret_expires_at'])
        expect(
          await sqlState(
            as(who, (tx) =>
              sql`update public.webhook_subscriptions set ${sql.ref(column)} = null where id = ${subs.A}`.execute(
                tx,
              ),
            ),
          ),
          `${who} ${column}`,
        ).toBe('42501');
    }
    // Until when the old one is accepted is not secret: the page says it.
    const until = await as('managerA', async (tx) => {
      const { rows } = await sql<{ until: string | null }>`
        select previous_secret_expires_at as until from public.webhook_subscriptions where id = ${subs.A}`.execute(
        tx,
      );
      return rows[0]?.until;
    });
    expect(until).not.toBeNull();
  });

  it('refuses a previous secret without its expiry, or of the wrong form (even to the server)', async () => {
    const write = (set: ReturnType<typeof sql>) =>
      sqlState(
        withServiceRole(t.db, 'test: previous secret', (tx) =>
          sql`update public.webhook_subscriptions set ${set} where id = ${subs.B}`.execute(tx),
        ),
      );
    expect(await write(sql`previous_secret = 'whsec_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'`)).toBe(
      '23514',
    );
    expect(await write(sql`previous_secret_expires_at = now()`)).toBe('23514');
    expect(
      await write(
        sql`previous_secret = 'not-a-secret', previous_secret_expires_at = now() + interval '1 day'`,
      ),
    ).toBe('23514');
  });
});

describe('"send again" of the network’s deliveries', () => {
  it('is refused to a place’s manager (a null place is not theirs)', async () => {
    const { rows } = await sql<{ id: number }>`
      insert into public.webhook_deliveries (subscription_id, event_id, event_type, ordering_key, payload, status)
      values (${subs.network}, ${randomUUID()}, 'place.updated', ${`place:${randomUUID()}`}, '{}', 'failed')
      returning id::int as id`.execute(t.db);
    const id = rows[0]?.id as number;
    const redeliver = (who: Person) =>
      as(who, async (tx) => {
        const { rows: out } = await sql<{
          status: string;
        }>`select private.webhook_redeliver(${id}) as status`.execute(tx);
        return out[0]?.status;
      });
    expect(await redeliver('managerA')).toBe('not_found');
    expect(await redeliver('managerB')).toBe('not_found');
    expect(await redeliver('admin')).toBe('pending');
  });
});
