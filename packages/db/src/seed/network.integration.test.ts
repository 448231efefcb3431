import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { loadNetwork, planNetwork } from './network.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const communes = [
  { code: '29039', postalCodes: ['29900'] },
  { code: '29019', postalCodes: ['29200'] },
  { code: '80021', postalCodes: ['80000'] },
];

describe('generated network', () => {
  it('is deterministic: the same seed gives the same rows, another seed others', () => {
    const a = planNetwork(communes, { seed: 7, fabriques: 10, places: 60 });
    expect(planNetwork(communes, { seed: 7, fabriques: 10, places: 60 })).toEqual(a);
    expect(planNetwork(communes, { seed: 8, fabriques: 10, places: 60 }).places[0]?.id).not.toBe(
      a.places[0]?.id,
    );
  });

  it('loads 300 fabriques and 1,800 places in real communes, with labels and hubs, and a rerun adds nothing', async () => {
    const started = Date.now();
    const loaded = await loadNetwork(t.db);
    expect(loaded).toMatchObject({ places: 1_800, fabriques: 300 });
    expect(Date.now() - started).toBeLessThan(20_000);
    await loadNetwork(t.db);
    const { rows } = await sql<{
      places: number;
      fabriques: number;
      numeriques: number;
      hubbed: number;
      communes: number;
    }>`
      select count(*)::int as places,
        (count(*) filter (where private.is_fabrique(p.id)))::int as fabriques,
        (count(*) filter (where private.is_fabrique_numerique(p.id)))::int as numeriques,
        (count(*) filter (where hub_fabrique_id is not null))::int as hubbed,
        (count(*) filter (where c.code is not null))::int as communes
      from public.places p left join public.communes c on c.code = p.commune_code
      where p.source like '%généré%'`.execute(t.db);
    expect(rows[0]).toEqual({
      places: 1_800,
      fabriques: 300,
      numeriques: 30,
      hubbed: 1_500,
      communes: 1_800,
    });
  });
});
