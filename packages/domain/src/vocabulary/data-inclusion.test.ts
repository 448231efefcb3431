import { describe, expect, it } from 'vitest';
import {
  DATA_INCLUSION_SERVICE_SCHEMA,
  DATA_INCLUSION_STRUCTURE_SCHEMA,
} from '../open-data/data-inclusion-schemas.ts';
import {
  DATA_INCLUSION_FRAIS,
  DATA_INCLUSION_MODES_ACCUEIL,
  DATA_INCLUSION_MODES_MOBILISATION,
  DATA_INCLUSION_NETWORK_FABRIQUE,
  DATA_INCLUSION_PERSONNES_MOBILISATRICES,
  DATA_INCLUSION_PUBLIC_ALL,
  DATA_INCLUSION_PUBLIC_QPV_FRR,
  DATA_INCLUSION_SERVICE_TYPES,
} from './data-inclusion.ts';
import {
  DATA_INCLUSION_PUBLICS,
  DATA_INCLUSION_REFERENTIALS,
  DATA_INCLUSION_RESEAUX_PORTEURS,
  DATA_INCLUSION_THEMATIQUES,
} from './data-inclusion-referentials.ts';

const values = (name: keyof typeof DATA_INCLUSION_REFERENTIALS) =>
  DATA_INCLUSION_REFERENTIALS[name].map((entry) => entry.value);

const enumOf = (schema: { $defs: Record<string, { enum?: readonly string[] }> }, def: string) =>
  schema.$defs[def]?.enum ?? [];

const sorted = (list: readonly string[]) => [...list].sort();

describe('data·inclusion v1 codes', () => {
  it('are whole referentials, not a selection', () => {
    expect(sorted(DATA_INCLUSION_FRAIS)).toEqual(sorted(values('frais')));
    expect(sorted(DATA_INCLUSION_SERVICE_TYPES)).toEqual(sorted(values('types-de-services')));
    expect(sorted(DATA_INCLUSION_MODES_ACCUEIL)).toEqual(sorted(values('modes-accueil')));
    expect(sorted(DATA_INCLUSION_MODES_MOBILISATION)).toEqual(sorted(values('modes-mobilisation')));
    expect(sorted(DATA_INCLUSION_PERSONNES_MOBILISATRICES)).toEqual(
      sorted(values('personnes-mobilisatrices')),
    );
    expect(DATA_INCLUSION_PUBLICS).toEqual(values('publics'));
    expect(DATA_INCLUSION_THEMATIQUES).toEqual(values('thematiques'));
    expect(DATA_INCLUSION_RESEAUX_PORTEURS).toEqual(values('reseaux-porteurs'));
  });

  it('name codes of the referentials', () => {
    expect(values('publics')).toContain(DATA_INCLUSION_PUBLIC_ALL);
    expect(values('publics')).toContain(DATA_INCLUSION_PUBLIC_QPV_FRR);
    expect(values('reseaux-porteurs')).toContain(DATA_INCLUSION_NETWORK_FABRIQUE);
  });

  it('are the enums of the vendored schemas (referentials and schemas of the same version)', () => {
    const service = DATA_INCLUSION_SERVICE_SCHEMA as never;
    expect(sorted(enumOf(service, 'Frais'))).toEqual(sorted(DATA_INCLUSION_FRAIS));
    expect(sorted(enumOf(service, 'TypeService'))).toEqual(sorted(DATA_INCLUSION_SERVICE_TYPES));
    expect(sorted(enumOf(service, 'ModeAccueil'))).toEqual(sorted(DATA_INCLUSION_MODES_ACCUEIL));
    expect(sorted(enumOf(service, 'ModeMobilisation'))).toEqual(sorted(DATA_INCLUSION_MODES_MOBILISATION));
    expect(sorted(enumOf(service, 'PersonneMobilisatrice'))).toEqual(
      sorted(DATA_INCLUSION_PERSONNES_MOBILISATRICES),
    );
    expect(sorted(enumOf(service, 'Public'))).toEqual(sorted(DATA_INCLUSION_PUBLICS));
    expect(sorted(enumOf(service, 'Thematique'))).toEqual(sorted(DATA_INCLUSION_THEMATIQUES));
    expect(sorted(enumOf(DATA_INCLUSION_STRUCTURE_SCHEMA as never, 'ReseauPorteur'))).toEqual(
      sorted(DATA_INCLUSION_RESEAUX_PORTEURS),
    );
  });

  it('no longer hold the v0 codes dropped in 1.0.7', () => {
    const every = [
      ...DATA_INCLUSION_FRAIS,
      ...DATA_INCLUSION_SERVICE_TYPES,
      ...DATA_INCLUSION_MODES_ACCUEIL,
      ...DATA_INCLUSION_MODES_MOBILISATION,
    ] as string[];
    for (const v0 of ['autonomie', 'delegation', 'adhesion', 'pass-numerique', 'gratuit-sous-conditions']) {
      expect(every).not.toContain(v0);
    }
  });

  it('keep each referential entry labelled', () => {
    for (const [name, referential] of Object.entries(DATA_INCLUSION_REFERENTIALS)) {
      for (const entry of referential) expect(entry.label.trim(), `${name} ${entry.value}`).not.toBe('');
    }
  });
});
