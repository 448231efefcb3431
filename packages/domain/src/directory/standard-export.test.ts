import { describe, expect, it } from 'vitest';
import {
  type ExportablePlace,
  STANDARD_COLUMNS,
  toStandardCsv,
  toStandardRecord,
} from './standard-export.ts';

const place: ExportablePlace = {
  id: 'lieu-1',
  pivot: null,
  name: 'Konk Ar Lab, "le" fab lab',
  commune: 'Concarneau',
  postalCode: '29900',
  communeCode: '29039',
  address: '1 rue du Port',
  addressComplement: null,
  latitude: 47.87,
  longitude: -3.91,
  kinds: ['FABLAB', 'FABRIQUE'],
  phone: null,
  email: 'contact@konk.test',
  website: null,
  openingHours: 'Mo-Fr 09:00-17:00',
  summary: null,
  description: null,
  source: null,
  itinerance: [],
  carrierName: null,
  dateMaj: '2026-11-23',
  services: ['Aide aux démarches administratives', 'Loisirs et créations numériques'],
  publics: [],
  specificSupport: [],
  fees: ['Gratuit'],
  nationalProgrammes: [],
  fabrique: true,
  otherLabels: ['France Services'],
  accessModes: [],
  supportModes: [],
  accesLibreUrl: null,
  bookingUrl: null,
};

describe('national standard export', () => {
  it('maps a place, joins multiple values with | and leaves empty fields out', () => {
    expect(toStandardRecord(place)).toEqual({
      id: 'lieu-1',
      pivot: '00000000000000',
      nom: 'Konk Ar Lab, "le" fab lab',
      commune: 'Concarneau',
      code_postal: '29900',
      code_insee: '29039',
      adresse: '1 rue du Port',
      latitude: 47.87,
      longitude: -3.91,
      typologie: 'FABLAB|FABRIQUE',
      courriels: 'contact@konk.test',
      horaires: 'Mo-Fr 09:00-17:00',
      date_maj: '2026-11-23',
      services: 'Aide aux démarches administratives|Loisirs et créations numériques',
      frais_a_charge: 'Gratuit',
      formations_labels: 'Fabriques de Territoire',
      autres_formations_labels: 'France Services',
    });
  });

  it('writes CSV with the standard header and quotes what needs it', () => {
    const csv = toStandardCsv([toStandardRecord(place)]);
    const [header, line] = csv.split('\r\n');
    expect(header?.split(',')).toEqual([...STANDARD_COLUMNS]);
    expect(line?.startsWith('lieu-1,00000000000000,"Konk Ar Lab, ""le"" fab lab",Concarneau,29900,')).toBe(
      true,
    );
    expect(line?.split(',').length).toBeGreaterThanOrEqual(STANDARD_COLUMNS.length);
  });
});
