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

describe('national standard export, opened in a spreadsheet', () => {
  it('neutralises text typed like a formula; ordinary text and numbers (negative ones too) are unchanged', () => {
    const hostile: ExportablePlace = {
      ...place,
      name: '=HYPERLINK("http://evil.example","x")',
      description: '@SUM(1)',
      summary: '-1+1',
      phone: '+33298000000',
      openingHours: '\t=1+1',
      carrierName: 'Association Konk Ar Lab',
      latitude: -21.11,
      longitude: 55.53,
    };
    const [header, line] = toStandardCsv([toStandardRecord(hostile)]).split('\r\n');
    const columns = header?.split(',') ?? [];
    // RFC 4180 fields: quoted ones may hold commas.
    const cells = line?.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '')) ?? [];
    const cell = (column: string) => cells[columns.indexOf(column)];
    expect(cell('nom')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(cell('presentation_detail')).toBe("'@SUM(1)");
    expect(cell('presentation_resume')).toBe("'-1+1");
    // A phone number is a number to a spreadsheet, not a formula: kept valid for the standard.
    expect(cell('telephone')).toBe('+33298000000');
    // Trimmed by the export, then neutralised.
    expect(cell('horaires')).toBe("'=1+1");
    expect(cell('structure_parente')).toBe('Association Konk Ar Lab');
    expect(cell('commune')).toBe('Concarneau');
    expect(cell('latitude')).toBe('-21.11');
    expect(cell('longitude')).toBe('55.53');
    expect(cell('date_maj')).toBe('2026-11-23');
  });
});
