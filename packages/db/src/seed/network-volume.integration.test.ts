import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { loadNetwork } from './network.ts';
import { loadNetworkActivity } from './network-activity.ts';
import { loadNetworkCatalogue } from './network-catalogue.ts';

// The network-sized dataset of the benchmarks, at a small scale: the generators give the same rows every
// time (counts and a checksum of the content), whatever the batch size, and the rows obey the schema.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await loadNetwork(t.db, { fabriques: 20, places: 120 });
}, 120_000);
afterAll(() => t.drop());

async function recordsChecksum() {
  const { rows } = await sql<{ records: number; participants: number; checksum: string }>`
    select count(*)::int as records, coalesce(sum(participants_total), 0)::int as participants,
      md5(coalesce(string_agg(
        concat_ws('|', id, place_id, type, date, duration_minutes, type_lieu, themes, materiel, autonomie,
          structure_de_redirection, titre_atelier, niveau, participants_total, deja_accompagne,
          counts_by_genre, counts_by_tranche_age, counts_by_statut_social),
        ',' order by id), '')) as checksum
    from public.activity_records`.execute(t.db);
  return rows[0];
}

async function catalogueChecksum() {
  const { rows } = await sql<{ sessions: number; bookings: number; past: number; checksum: string }>`
    select (select count(*)::int from public.sessions) as sessions,
      (select count(*)::int from public.bookings where status = 'confirmed') as bookings,
      (select count(*)::int from public.bookings where attendance is not null) as past,
      md5(coalesce((select string_agg(concat_ws('|', b.id, b.session_id, b.email, b.attendance, s.starts_at, s.capacity),
        ',' order by b.id) from public.bookings b join public.sessions s on s.id = b.session_id), '')) as checksum`.execute(
    t.db,
  );
  return rows[0];
}

describe('network-sized dataset generators', () => {
  it('activity records: the same rows for the same seed, whatever the batch size; a rerun adds nothing', async () => {
    const first = await loadNetworkActivity(t.db, { records: 3_000, batchSize: 1_000 });
    expect(first).toMatchObject({ records: 3_000, inserted: 3_000 });
    const a = await recordsChecksum();
    expect(await loadNetworkActivity(t.db, { records: 3_000 })).toMatchObject({ inserted: 0 });
    await sql`delete from public.activity_records`.execute(t.db);
    await loadNetworkActivity(t.db, { records: 3_000, batchSize: 700 });
    expect(await recordsChecksum()).toEqual(a);
    expect(a?.records).toBe(3_000);

    await sql`delete from public.activity_records`.execute(t.db);
    await loadNetworkActivity(t.db, { records: 3_000, seed: 1 });
    expect((await recordsChecksum())?.checksum).not.toBe(a?.checksum);
  });

  it('activity records: a bulk load that rebuilds the pre-aggregates gives the same aggregates as the triggers', async () => {
    const aggregates = async () =>
      (
        await sql<{ rows: number; checksum: string }>`
          select count(*)::int as rows, md5(string_agg(concat_ws('|', place_id, month, dimension, code, records,
            individual, collective, participants, minutes, deja_accompagne), ',' order by place_id, month, dimension, code)) as checksum
          from public.activity_monthly_aggregates`.execute(t.db)
      ).rows[0];
    await sql`delete from public.activity_records`.execute(t.db);
    await loadNetworkActivity(t.db, { records: 3_000, batchSize: 500 });
    const byTriggers = await aggregates();
    expect(byTriggers?.rows).toBeGreaterThan(0);
    await sql`delete from public.activity_records`.execute(t.db);
    expect((await aggregates())?.rows).toBe(0);
    await loadNetworkActivity(t.db, { records: 3_000, batchSize: 1_000, aggregates: 'rebuild' });
    expect(await aggregates()).toEqual(byTriggers);
    // The trigger is back on: a record added afterwards is counted.
    await loadNetworkActivity(t.db, { records: 1, seed: 99 });
    expect((await aggregates())?.checksum).not.toBe(byTriggers?.checksum);
    await sql`delete from public.activity_records`.execute(t.db);
    await loadNetworkActivity(t.db, { records: 3_000 });
  });

  it('activity records: a realistic mix within the period, breakdowns adding up to the totals', async () => {
    const { rows } = await sql<Record<string, number | string>>`
      select
        (count(*) filter (where type = 'collectif'))::float8 / count(*) as collective_share,
        min(date)::text as first_day, max(date)::text as last_day,
        count(distinct place_id)::int as places,
        count(*) filter (where type = 'individuel' and participants_total <> 1)::int as bad_individuals,
        count(*) filter (where counts_by_genre is not null and (
          select sum(value::int) from jsonb_each_text(counts_by_genre)) <> participants_total)::int as bad_genre,
        count(*) filter (where counts_by_genre is null)::float8 / count(*) as genre_missing,
        count(distinct t.theme)::int as themes
      from public.activity_records, unnest(themes) as t(theme)`.execute(t.db);
    const summary = rows[0] ?? {};
    expect(summary.collective_share).toBeGreaterThan(0.1);
    expect(summary.collective_share).toBeLessThan(0.3);
    expect(String(summary.first_day) >= '2023-11-01').toBe(true);
    expect(String(summary.last_day) < '2026-11-01').toBe(true);
    expect(summary.places).toBeGreaterThan(60);
    expect(summary).toMatchObject({ bad_individuals: 0, bad_genre: 0, themes: 30 });
    expect(summary.genre_missing).toBeGreaterThan(0);
  });

  it('catalogue: past and upcoming sessions, exactly the bookings asked, attendance on past ones only, the same twice', async () => {
    const options = {
      firstDay: '2026-11-24',
      sessionsPerActivity: 3,
      pastWeeks: 4,
      capacity: [8, 20] as const,
      bookings: 2_000,
    };
    const loaded = await loadNetworkCatalogue(t.db, options);
    expect(loaded.bookings).toBe(2_000);
    const a = await catalogueChecksum();
    expect(a).toMatchObject({ sessions: loaded.sessions, bookings: 2_000 });
    expect(loaded.sessions).toBe(loaded.activities * 7);
    const { rows } = await sql<{ future_attended: number; past_unmarked: number; overbooked: number }>`
      select
        (select count(*)::int from public.bookings b join public.sessions s on s.id = b.session_id
          where s.starts_at >= '2026-11-24' and b.attendance is not null) as future_attended,
        (select count(*)::int from public.bookings b join public.sessions s on s.id = b.session_id
          where s.starts_at < '2026-11-24' and b.attendance is null) as past_unmarked,
        (select count(*)::int from public.sessions s where s.capacity <
          (select count(*) from public.bookings b where b.session_id = s.id and b.status = 'confirmed')) as overbooked`.execute(
      t.db,
    );
    expect(rows[0]).toEqual({ future_attended: 0, past_unmarked: 0, overbooked: 0 });
    expect(a?.past).toBeGreaterThan(0);
    // No e-mail nor reminder queued for generated history.
    const jobs = await sql<{ n: number }>`
      select count(*)::int as n from private.jobs where payload ? 'bookingId'`.execute(t.db);
    expect(jobs.rows[0]?.n).toBe(0);

    expect(await loadNetworkCatalogue(t.db, options)).toMatchObject({ bookings: 0 });
    await sql`delete from public.bookings`.execute(t.db);
    await sql`delete from public.activities where place_id in (select id from public.places where slug like 'reseau-%')`.execute(
      t.db,
    );
    await loadNetworkCatalogue(t.db, options);
    expect(await catalogueChecksum()).toEqual(a);
  });
});
