import {
  fromSchemaLieuDeMediationNumerique,
  ModelError,
  type SchemaLieuMediationNumerique,
} from '@gouvfr-anct/lieux-de-mediation-numerique';
import { describe, expect, it } from 'vitest';
import {
  type ExportablePlace,
  STANDARD_COLUMNS,
  toLieuMediationNumerique,
  toStandardRecord,
  UNKNOWN_PIVOT,
} from './standard-record.ts';

const place: ExportablePlace = {
  id: 'lieu-1',
  pivot: '12345678900011',
  name: 'Médiathèque de Concarneau',
  commune: 'Concarneau',
  postalCode: '29900',
  communeCode: '29039',
  address: '2 rue de la Gare',
  addressComplement: ' 1er étage ',
  latitude: 47.87,
  longitude: -3.91,
  kinds: ['BIB', 'MUNI'],
  phone: '+33298000000',
  email: 'contact@mediatheque.test',
  website: 'https://mediatheque.test',
  openingHours: 'Mo-Sa 10:00-18:00',
  summary: 'Ateliers numériques',
  description: 'Des ateliers tous les samedis.',
  source: 'reseau-fabriques',
  itinerance: ['Fixe'],
  carrierName: 'Ville de Concarneau',
  dateMaj: '2026-11-23',
  services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
  publics: ['Seniors'],
  specificSupport: ['Surdité'],
  fees: ['Gratuit'],
  nationalProgrammes: ['Conseillers numériques'],
  fabrique: false,
  otherLabels: [],
  accessModes: ['Se présenter', 'Téléphoner'],
  supportModes: ['Accompagnement individuel', 'Dans un atelier collectif'],
  accesLibreUrl: 'https://acceslibre.beta.gouv.fr/app/29-concarneau/a/bibliotheque/erp/mediatheque/',
  bookingUrl: 'https://rdv.test/mediatheque',
};

describe('a place as a record of the standard, built by the ANCT library', () => {
  it('writes every field in the schema order, lists joined with |', () => {
    const record = toStandardRecord(place);
    expect(Object.keys(record)).toEqual(STANDARD_COLUMNS.filter((c) => c in record));
    expect(record).toMatchObject({
      pivot: '12345678900011',
      complement_adresse: '1er étage',
      typologie: 'BIB|MUNI',
      telephone: '+33298000000',
      courriels: 'contact@mediatheque.test',
      services: 'Aide aux démarches administratives|Maîtrise des outils numériques du quotidien',
      modalites_acces: 'Se présenter|Téléphoner',
      modalites_accompagnement: 'Accompagnement individuel|Dans un atelier collectif',
      date_maj: '2026-11-23',
    });
    expect(record).not.toHaveProperty('formations_labels');
    expect(record).not.toHaveProperty('autres_formations_labels');
  });

  it('reads back through the library into the same record', () => {
    const record = toStandardRecord(place);
    const again = fromSchemaLieuDeMediationNumerique(record as SchemaLieuMediationNumerique);
    expect(toStandardRecord({ ...place })).toEqual(record);
    expect(again.services).toEqual(place.services);
    expect(again.adresse.code_insee).toBe('29039');
    expect(again.localisation).toMatchObject({ latitude: 47.87, longitude: -3.91 });
  });

  it('leaves out empty lists and blank text rather than writing empty fields', () => {
    const bare: ExportablePlace = {
      ...place,
      pivot: null,
      communeCode: null,
      addressComplement: '  ',
      latitude: null,
      longitude: null,
      kinds: [],
      phone: null,
      email: null,
      website: null,
      openingHours: null,
      summary: null,
      description: '',
      source: null,
      itinerance: [],
      carrierName: null,
      services: [],
      publics: [],
      specificSupport: [],
      fees: [],
      nationalProgrammes: [],
      accessModes: [],
      supportModes: [],
      accesLibreUrl: null,
      bookingUrl: null,
    };
    expect(toStandardRecord(bare)).toEqual({
      id: 'lieu-1',
      pivot: UNKNOWN_PIVOT,
      nom: 'Médiathèque de Concarneau',
      commune: 'Concarneau',
      code_postal: '29900',
      adresse: '2 rue de la Gare',
      date_maj: '2026-11-23',
    });
  });

  it('writes the Fabrique de territoire label with the library code', () => {
    expect(
      toStandardRecord({ ...place, fabrique: true, otherLabels: ['France Services', 'Campus connecté'] }),
    ).toMatchObject({
      formations_labels: 'Fabriques de Territoire',
      autres_formations_labels: 'France Services|Campus connecté',
    });
  });

  it('keeps a pivot the schema accepts though the library model takes only a SIRET or an RNA', () => {
    expect(toStandardRecord({ ...place, pivot: 'ABC123456' }).pivot).toBe('ABC123456');
  });

  it('refuses a code the library does not know, with its own error', () => {
    expect(() => toLieuMediationNumerique({ ...place, services: ['Jardinage'] })).toThrow(ModelError);
    expect(() => toLieuMediationNumerique({ ...place, kinds: ['NOPE'] })).toThrow(ModelError);
    expect(() => toLieuMediationNumerique({ ...place, latitude: 91 })).toThrow(ModelError);
  });
});
