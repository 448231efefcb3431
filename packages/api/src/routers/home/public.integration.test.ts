import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiHarness, startApiHarness } from '../../testing.ts';
import { callerAs, createHomeFixtures, type HomeFixtures } from './home.fixtures.ts';

let h: ApiHarness;
let f: HomeFixtures;

beforeAll(async () => {
  h = await startApiHarness();
  f = await createHomeFixtures(h);
});
afterAll(() => h.stop());

describe('home.public', () => {
  it('counts what anyone may see: published places that are not hidden', async () => {
    const home = await (await callerAs(h, 'anon')).home.public();
    // A, B and E are public; C is a draft and D is hidden by moderation.
    expect(home.totals).toEqual({ places: 3, fabriques: 2, tiersLieux: 2, regions: 2 });
  });

  it('lists public fabriques with their commune, département and current labels', async () => {
    const home = await (await callerAs(h, 'anon')).home.public();
    expect(home.fabriques).toEqual([
      {
        slug: 'konk-ar-lab',
        name: 'Konk Ar Lab',
        commune: 'Concarneau',
        departement: { code: '29', name: 'Finistère' },
        labels: [{ code: 'fabrique_territoire', name: 'Fabrique de territoire' }],
      },
      {
        slug: 'la-machinerie',
        name: 'La Machinerie',
        commune: 'Amiens',
        departement: { code: '80', name: 'Somme' },
        labels: [{ code: 'fabrique_numerique_territoire', name: 'Fabrique numérique de territoire' }],
      },
    ]);
  });

  it('shows a fabrique under its new name, and no longer one whose label ended, at once (cached figures, 048)', async () => {
    const anon = async () => (await callerAs(h, 'anon')).home.public();
    const names = async () => (await anon()).fabriques.map((x) => x.name);
    expect(await names()).toEqual(['Konk Ar Lab', 'La Machinerie']);
    await sql`update public.places set name = 'Konk Ar Lab (Concarneau)' where slug = 'konk-ar-lab'`.execute(
      h.db.db,
    );
    expect(await names()).toEqual(['Konk Ar Lab (Concarneau)', 'La Machinerie']);
    await sql`update public.place_labels set ends_on = current_date - 1
      where place_id = (select id from public.places where slug = 'la-machinerie')`.execute(h.db.db);
    expect(await names()).toEqual(['Konk Ar Lab (Concarneau)']);
    await sql`update public.place_labels set ends_on = null
      where place_id = (select id from public.places where slug = 'la-machinerie')`.execute(h.db.db);
    await sql`update public.places set name = 'Konk Ar Lab' where slug = 'konk-ar-lab'`.execute(h.db.db);
    expect(await names()).toEqual(['Konk Ar Lab', 'La Machinerie']);
  });

  it('shows the next public sessions with the seats left, and only those', async () => {
    const home = await (await callerAs(h, 'anon')).home.public();
    expect(home.upcomingSessions.map((s) => [s.id, s.title, s.placeName, s.seatsLeft])).toEqual([
      [f.sessions.laser, 'Initiation à la découpe laser', 'Konk Ar Lab', 1],
      [f.sessions.smartphone, 'Prendre en main son smartphone', 'La Machinerie', 9],
    ]);
  });

  it('gives a network admin or a member the same public view, not what their role lets them see', async () => {
    const anonymous = await (await callerAs(h, 'anon')).home.public();
    expect(await (await callerAs(h, 'admin')).home.public()).toEqual(anonymous);
    expect(await (await callerAs(h, 'memberA')).home.public()).toEqual(anonymous);
  });

  it('never carries who booked', async () => {
    const json = JSON.stringify(await (await callerAs(h, 'admin')).home.public());
    for (const personal of ['Claire', 'claire@exemple.fr', 'Bruno', 'habitante@test.fr', '@']) {
      expect(json).not.toContain(personal);
    }
  });
});
