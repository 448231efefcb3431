import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DISPOSITIFS_PROGRAMMES_NATIONAUX,
  FORMATIONS_LABELS,
  FRAIS_A_CHARGE,
  ITINERANCES,
  MODALITES_ACCES,
  MODALITES_ACCOMPAGNEMENT,
  PRISES_EN_CHARGE_SPECIFIQUES,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  SERVICES,
  TYPOLOGIES,
} from './places.ts';
import { STANDARD_ENUMS, STANDARD_FORMATION_LABELS, type StandardVocabulary } from './standard-enums.ts';

// Our code lists of the standard are the values of the ANCT library's enums (decision 053).
const ours: Record<StandardVocabulary, readonly string[]> = {
  typologie: TYPOLOGIES,
  services: SERVICES,
  publics_specifiquement_adresses: PUBLICS_SPECIFIQUEMENT_ADRESSES,
  prise_en_charge_specifique: PRISES_EN_CHARGE_SPECIFIQUES,
  frais_a_charge: FRAIS_A_CHARGE,
  itinerance: ITINERANCES,
  modalites_acces: MODALITES_ACCES,
  modalites_accompagnement: MODALITES_ACCOMPAGNEMENT,
  dispositif_programmes_nationaux: DISPOSITIFS_PROGRAMMES_NATIONAUX,
};

const sorted = (values: Iterable<string>) => [...values].sort();

describe('code lists of the national standard, from the ANCT library', () => {
  it.each(Object.entries(ours))('%s holds exactly the values of the library enum', (name, codes) => {
    const library = Object.values(STANDARD_ENUMS[name as StandardVocabulary]) as string[];
    expect(sorted(codes)).toEqual(sorted(library));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('keeps the library order, except services, listed in the order of the UI and the database', () => {
    for (const [name, codes] of Object.entries(ours)) {
      if (name === 'services') continue;
      expect(codes, name).toEqual(Object.values(STANDARD_ENUMS[name as StandardVocabulary]));
    }
    expect(SERVICES[0]).toBe('Aide aux démarches administratives');
    expect(SERVICES.at(-1)).toBe('Acquisition de matériel informatique à prix solidaire');
  });

  it('takes the labels from the library too', () => {
    expect(FORMATIONS_LABELS).toEqual(Object.values(STANDARD_FORMATION_LABELS));
    expect(FORMATIONS_LABELS).toContain('Fabriques de Territoire');
  });
});

/** The alternatives of a field's pattern in the published schema, e.g. `(?:(?:^|\|)(A|B \(x\)))+$`. */
function schemaCodes(field: string): string[] | undefined {
  const schema = JSON.parse(
    readFileSync(new URL('../directory/fixtures/schema.json', import.meta.url), 'utf8'),
  ) as { fields: { name: string; constraints?: { pattern?: string } }[] };
  const pattern = schema.fields.find((f) => f.name === field)?.constraints?.pattern;
  const inner = pattern?.match(/^\(\?:\(\?:\^\|\\\|\)\((.*)\)\)\+\$$/)?.[1];
  return inner?.split('|').map((code) => code.replace(/\\(.)/g, '$1'));
}

describe('the library and the published schema v1.0.2', () => {
  const fields: [string, readonly string[]][] = [
    ['services', SERVICES],
    ['publics_specifiquement_adresses', PUBLICS_SPECIFIQUEMENT_ADRESSES],
    ['prise_en_charge_specifique', PRISES_EN_CHARGE_SPECIFIQUES],
    ['frais_a_charge', FRAIS_A_CHARGE],
    ['itinerance', ITINERANCES],
    ['modalites_acces', MODALITES_ACCES],
    ['modalites_accompagnement', MODALITES_ACCOMPAGNEMENT],
    ['dispositif_programmes_nationaux', DISPOSITIFS_PROGRAMMES_NATIONAUX],
  ];

  it.each(fields)('%s: the schema accepts the same codes', (field, codes) => {
    expect(sorted(schemaCodes(field) ?? [])).toEqual(sorted(codes));
  });

  it('formations_labels: one spelling differs (a space), the library is followed', () => {
    const schema = schemaCodes('formations_labels') ?? [];
    expect(FORMATIONS_LABELS.filter((code) => !schema.includes(code))).toEqual([
      'Étapes numériques (La Poste)',
    ]);
    expect(schema.filter((code) => !(FORMATIONS_LABELS as readonly string[]).includes(code))).toEqual([
      'Étapes numériques(La Poste)',
    ]);
  });
});
