import * as v from '@rf/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing/index.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

// Every enum of the public schema, with the domain list it must equal (in order).
const enums: Record<string, readonly string[]> = {
  network_role: v.NETWORK_ROLES,
  place_role: v.PLACE_ROLES,
  publication_status: v.PUBLICATION_STATUSES,
  wave_status: v.WAVE_STATUSES,
  activity_kind: v.ACTIVITY_KINDS,
  activity_status: v.ACTIVITY_STATUSES,
  activity_format: v.ACTIVITY_FORMATS,
  session_status: v.SESSION_STATUSES,
  fees_kind: v.DATA_INCLUSION_FRAIS,
  niveau: v.NIVEAUX,
  appointment_modality: v.APPOINTMENT_MODALITIES,
  who_may_book: v.WHO_MAY_BOOK,
  booking_status: v.BOOKING_STATUSES,
  appointment_status: v.APPOINTMENT_STATUSES,
  attendance: v.ATTENDANCES,
  tool_usage: v.TOOL_USAGES,
  reservation_status: v.RESERVATION_STATUSES,
  loan_status: v.LOAN_STATUSES,
  resource_kind: v.RESOURCE_KINDS,
  activity_record_type: v.ACTIVITY_RECORD_TYPES,
  type_lieu: v.TYPES_LIEU,
  autonomie: v.AUTONOMIES,
  structure_de_redirection: v.STRUCTURES_DE_REDIRECTION,
  genre: v.GENRES,
  tranche_age: v.TRANCHES_AGE,
  statut_social: v.STATUTS_SOCIAUX,
  coordination_kind: v.COORDINATION_KINDS,
  type_animation: v.TYPES_ANIMATION,
  type_evenement: v.TYPES_EVENEMENT,
  nature_partenariat: v.NATURES_PARTENARIAT,
  report_period: v.REPORT_PERIODS,
  report_status: v.REPORT_STATUSES,
  agreement_status: v.AGREEMENT_STATUSES,
  disbursement_status: v.DISBURSEMENT_STATUSES,
};

// The code lists that check the text[] columns (`private.vocabulary(name)`).
const checkLists: Record<string, readonly string[]> = {
  typologie: v.TYPOLOGIES,
  services: v.SERVICES,
  publics_specifiquement_adresses: v.PUBLICS_SPECIFIQUEMENT_ADRESSES,
  prise_en_charge_specifique: v.PRISES_EN_CHARGE_SPECIFIQUES,
  frais_a_charge: v.FRAIS_A_CHARGE,
  itinerance: v.ITINERANCES,
  modalites_acces: v.MODALITES_ACCES,
  modalites_accompagnement: v.MODALITES_ACCOMPAGNEMENT,
  dispositif_programmes_nationaux: v.DISPOSITIFS_PROGRAMMES_NATIONAUX,
  thematiques: v.THEMATIQUES,
  materiel: v.MATERIELS,
};

describe('controlled vocabularies: database and domain agree', () => {
  it('has a domain list for every enum of the database', async () => {
    const { rows } = await sql<{ name: string }>`
      select t.typname as name from pg_type t
      where t.typtype = 'e' and t.typnamespace = 'public'::regnamespace order by 1`.execute(t.db);
    expect(rows.map((r) => r.name)).toEqual(Object.keys(enums).sort());
  });

  it.each(Object.entries(enums))('enum %s has exactly the domain codes', async (name, codes) => {
    const { rows } = await sql<{ label: string }>`
      select e.enumlabel as label from pg_enum e
      join pg_type t on t.oid = e.enumtypid
      where t.typname = ${name} and t.typnamespace = 'public'::regnamespace
      order by e.enumsortorder`.execute(t.db);
    expect(rows.map((r) => r.label)).toEqual([...codes]);
  });

  it.each(Object.entries(checkLists))('check list %s has exactly the domain codes', async (name, codes) => {
    const { rows } = await sql<{ codes: string[] }>`select private.vocabulary(${name}) as codes`.execute(
      t.db,
    );
    expect(rows[0]?.codes).toEqual([...codes]);
  });

  it('refuses an unknown vocabulary rather than checking nothing', async () => {
    await expect(sql`select private.vocabulary('nope')`.execute(t.db)).rejects.toThrow(/unknown vocabulary/);
  });

  it('uses every check list in a check constraint', async () => {
    const { rows } = await sql<{ def: string }>`
      select pg_get_constraintdef(c.oid) as def from pg_constraint c
      where c.contype = 'c' and c.connamespace = 'public'::regnamespace
        and pg_get_constraintdef(c.oid) like '%private.vocabulary(%'`.execute(t.db);
    const used = new Set(
      rows.flatMap((r) => [...r.def.matchAll(/vocabulary\('([a-z_]+)'/g)].map((m) => m[1])),
    );
    expect([...used].sort()).toEqual(Object.keys(checkLists).sort());
  });

  it('seeds the labels the programme rules refer to', async () => {
    const { rows } = await sql<{ code: string }>`select code from public.labels order by code`.execute(t.db);
    expect(rows.map((r) => r.code)).toEqual([...v.PROGRAMME_LABEL_CODES].sort());
  });
});
