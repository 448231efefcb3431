import type { OpenDataRow } from '@rf/domain/reporting/open-data';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../testing.ts';

// The open-data file of activity as anyone downloads it (anon): only validated quarters of public places,
// and no published figure between 1 and 4.

let h: ApiHarness;
const places: Record<string, string> = {};

async function insertPlace(key: string, commune: string, postalCode: string, status = 'published') {
  const { rows } = await sql<{ id: string }>`insert into public.places
      (slug, name, address, commune_code, postal_code, status)
    values (${`lieu-${key}`}, ${`Lieu ${key.toUpperCase()}`}, '1 rue de la Gare', ${commune}, ${postalCode},
      ${status}::public.publication_status)
    returning id`.execute(h.db.db);
  places[key] = rows[0]?.id ?? '';
}

async function report(place: string, period: 'quarter' | 'year', start: string, status: string) {
  await sql`insert into public.reports (place_id, period, period_start, status, submitted_at, reviewed_at)
    values (${places[place]}, ${period}::public.report_period, ${start}::date,
      ${status}::public.report_status, now(), case when ${status} = 'validated' then now() end)`.execute(
    h.db.db,
  );
}

/** A workshop of `n` people: women and men, ages and statuses spread as given. */
async function workshop(place: string, date: string, n: number, women = Math.floor(n / 2)) {
  const genre = { feminin: women, masculin: n - women };
  await sql`insert into public.activity_records (place_id, type, date, duration_minutes, themes,
      participants_total, counts_by_genre, counts_by_tranche_age)
    values (${places[place]}, 'collectif', ${date}::date, 90, ${sql.val(['email', 'sante'])}::text[], ${n},
      ${JSON.stringify(genre)}::jsonb, ${JSON.stringify({ soixante_dix_plus: n })}::jsonb)`.execute(h.db.db);
}

async function individual(place: string, date: string) {
  await sql`insert into public.activity_records (place_id, type, date, duration_minutes, themes)
    values (${places[place]}, 'individuel', ${date}::date, 30, ${sql.val(['bureautique'])}::text[])`.execute(
    h.db.db,
  );
}

/**
 * Turns the frozen-period triggers of activity records and the lock of validated reports off or on (the
 * owner's right, for fixtures that rewrite validated quarters).
 */
async function setFreeze(to: 'enable' | 'disable') {
  for (const event of ['insert', 'update', 'delete']) {
    await sql
      .raw(`alter table public.activity_records ${to} trigger activity_records_frozen_${event}`)
      .execute(h.db.db);
  }
  await sql.raw(`alter table public.reports ${to} trigger reports_workflow`).execute(h.db.db);
}

/**
 * What validating the quarter again would do: the server keeps each validated quarter's suppressed figures
 * until its reports change (the records of a validated quarter cannot), so a fixture that rewrites them
 * re-validates them too.
 */
async function revalidate() {
  await sql`update public.reports set reviewed_at = clock_timestamp() where status = 'validated'`.execute(
    h.db.db,
  );
}

const download = async (): Promise<OpenDataRow[]> => (await h.as()).api.reporting.openData();
const figure = (rows: OpenDataRow[], match: Partial<OpenDataRow>) =>
  rows.find((r) => Object.entries(match).every(([k, v]) => r[k as keyof OpenDataRow] === v));

beforeAll(async () => {
  h = await startApiHarness();
  await insertPlace('a', '29039', '29900');
  await insertPlace('b', '29039', '29900');
  await insertPlace('c', '80021', '80000');
  await insertPlace('draft', '80021', '80000', 'draft');
  await insertPlace('pending', '29039', '29900');
  // Records first: a validated report freezes its period (decision 036).
  await workshop('a', '2026-01-15', 12);
  await workshop('a', '2026-02-10', 9);
  await individual('b', '2026-03-02');
  await workshop('c', '2026-02-20', 40, 30);
  // Not validated: A's second quarter, a submitted report, a draft place.
  await workshop('a', '2026-04-15', 25);
  await workshop('pending', '2026-02-01', 50);
  await workshop('draft', '2026-02-01', 50);
  // Validated: A and B for Q1 2026; C for both Q1 and the whole year (counted once).
  await report('a', 'quarter', '2026-01-01', 'validated');
  await report('b', 'quarter', '2026-01-01', 'validated');
  await report('c', 'quarter', '2026-01-01', 'validated');
  await report('c', 'year', '2026-01-01', 'validated');
  await report('draft', 'quarter', '2026-01-01', 'validated');
  await report('pending', 'quarter', '2026-01-01', 'submitted');
}, 120_000);

afterAll(async () => {
  await h?.stop();
});

describe('the open-data export of activity', () => {
  it('holds only validated quarters, lists only public places, and counts every validated place in its sums', async () => {
    const rows = await download();
    expect(new Set(rows.map((r) => r.trimestre))).toEqual(new Set(['2026-T1']));
    const ids = new Set(rows.map((r) => r.idLieu));
    expect(ids.has(places.pending as string)).toBe(false);
    expect(ids.has(places.draft as string)).toBe(false);
    // C validated both its quarter and its year: its 40 people count once, and so does the network — whose
    // figure is the one observers read (decision 038): every place with a validated report, the draft
    // place's 50 included, though the file does not name it.
    expect(figure(rows, { idLieu: places.c, dimension: 'total' })?.participants).toBe(40);
    expect(figure(rows, { niveau: 'reseau', dimension: 'total' })?.participants).toBe(12 + 9 + 1 + 40 + 50);
  });

  it('gives the same file twice, and a new one as soon as another report of the quarter is validated', async () => {
    const first = await download();
    expect(await download()).toEqual(first);
    // The submitted report of the place with 50 people is validated: its quarter is suppressed again.
    await sql`update public.reports set status = 'validated', reviewed_at = now()
      where place_id = ${places.pending} and status = 'submitted'`.execute(h.db.db);
    try {
      const network = (rows: OpenDataRow[]) => figure(rows, { niveau: 'reseau', dimension: 'total' });
      expect(network(await download())?.participants).toBe((network(first)?.participants ?? 0) + 50);
    } finally {
      await setFreeze('disable');
      await sql`update public.reports set status = 'submitted' where place_id = ${places.pending}`.execute(
        h.db.db,
      );
      await setFreeze('enable');
    }
    expect(await download()).toEqual(first);
  });

  it('never publishes a figure of 1 to 4 people, nor one that the others give away', async () => {
    const rows = await download();
    for (const r of rows) expect(r.participants === null || r.participants >= 5).toBe(true);
    // B's single person is hidden, and so is a partner in the département (else 29's total minus A gives B).
    const b = figure(rows, { idLieu: places.b, dimension: 'total' });
    expect(b?.participants).toBeNull();
    const a = figure(rows, { idLieu: places.a, dimension: 'total' });
    const finistere = figure(rows, { niveau: 'departement', codeDepartement: '29', dimension: 'total' });
    expect(a?.participants === null || finistere?.participants === null).toBe(true);
    // Figures no line ties to a small one are published exactly: C's 40 people on e-mail.
    expect(figure(rows, { idLieu: places.c, dimension: 'thematique', modalite: 'email' })?.participants).toBe(
      40,
    );
  });

  it('property: whatever the counts, no published figure is below 5 and each département line hides 0 or ≥ 2', async () => {
    // The property rewrites the records of validated quarters, which decision 036 freezes: the freeze is
    // tested in frozen-periods.integration.test.ts, and set aside here (as the database owner).
    await setFreeze('disable');
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 3, maxLength: 3 }),
          async (sizes) => {
            await sql`delete from public.activity_records where date >= '2026-01-01' and date < '2026-04-01'`.execute(
              h.db.db,
            );
            for (const [i, place] of ['a', 'b', 'c'].entries()) {
              await workshop(place, '2026-02-02', sizes[i] as number);
            }
            await revalidate();
            const rows = await download();
            // The figures of this very iteration, not those of a quarter suppressed before.
            for (const [i, place] of ['a', 'b', 'c'].entries()) {
              const shown = figure(rows, { idLieu: places[place], dimension: 'total' })?.participants;
              expect(shown === null || shown === sizes[i]).toBe(true);
            }
            for (const r of rows) expect(r.participants === null || r.participants >= 5).toBe(true);
            const total = (match: Partial<OpenDataRow>) => figure(rows, { ...match, dimension: 'total' });
            const line = [
              total({ niveau: 'departement', codeDepartement: '29' }),
              total({ idLieu: places.a }),
              total({ idLieu: places.b }),
            ];
            const hidden = line.filter((r) => r?.participants === null).length;
            expect(hidden === 0 || hidden >= 2).toBe(true);
          },
        ),
        { numRuns: 8 },
      );
    } finally {
      await setFreeze('enable');
    }
  });
});
