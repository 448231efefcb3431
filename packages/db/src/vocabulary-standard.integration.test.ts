import {
  NOT_FROM_THE_STANDARD,
  STANDARD_ENUMS,
  type StandardVocabulary,
  standardCodes,
} from '@rf/domain/vocabulary/standard-enums';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/index.ts';

// The database's code lists of the national standard "lieux de médiation numérique" against the enums of
// the ANCT's library `@gouvfr-anct/lieux-de-mediation-numerique`, which models and validates the standard
// (decision 053): the migrations hold their own copy of the codes (a check cannot call JavaScript), so a
// new version of the library that adds, removes or respells a code fails here until a migration follows.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

const sorted = (values: readonly string[]) => [...values].sort();

async function vocabulary(name: string): Promise<string[]> {
  const { rows } = await sql<{ codes: string[] }>`select private.vocabulary(${name}) as codes`.execute(t.db);
  return rows[0]?.codes ?? [];
}

describe('code lists of the database and the ANCT library', () => {
  it.each(Object.keys(STANDARD_ENUMS))('%s holds exactly the codes of the library enum', async (name) => {
    const codes = await vocabulary(name);
    expect(sorted(codes)).toEqual(sorted(standardCodes(name as StandardVocabulary)));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('every list of private.vocabulary is the library one, or set apart with its reason', async () => {
    const { rows } = await sql<{ def: string }>`
      select pg_get_functiondef('private.vocabulary(text)'::regprocedure) as def`.execute(t.db);
    const names = [...(rows[0]?.def ?? '').matchAll(/when '([a-z_]+)' then/g)].map((m) => m[1]);
    expect(sorted(names as string[])).toEqual(
      sorted([...Object.keys(STANDARD_ENUMS), ...Object.keys(NOT_FROM_THE_STANDARD)]),
    );
  });

  it('accepts in the places table every code of the library, and refuses another one', async () => {
    // The check constraints use the lists: one place holding every code of every list is accepted.
    const all = (name: StandardVocabulary) => standardCodes(name);
    const insert = (services: string[]) => sql`
      insert into public.places (slug, name, kinds, services, publics, specific_support, fees, itinerance,
        access_modes, support_modes, national_programmes)
      values (${`toutes-les-valeurs-${services.length}`}, ${`Toutes les valeurs ${services.length}`},
        ${all('typologie')}::text[], ${services}::text[], ${all('publics_specifiquement_adresses')}::text[],
        ${all('prise_en_charge_specifique')}::text[], ${all('frais_a_charge')}::text[],
        ${all('itinerance')}::text[], ${all('modalites_acces')}::text[],
        ${all('modalites_accompagnement')}::text[], ${all('dispositif_programmes_nationaux')}::text[])`;
    await expect(insert(all('services')).execute(t.db)).resolves.toBeDefined();
    await expect(insert(['Jardinage']).execute(t.db)).rejects.toThrow(/check constraint/);
  });
});
