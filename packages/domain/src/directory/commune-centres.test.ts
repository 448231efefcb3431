import { describe, expect, it } from 'vitest';
import { readCommuneCentres } from './commune-centres.ts';

describe('readCommuneCentres', () => {
  it('finds its columns by name, whatever the separator, and skips what is not a point', () => {
    const text =
      'code_insee;nom_standard;latitude_centre;longitude_centre\n29039;Concarneau;47,8753;-3,9189\n' +
      '1001;L’Abergement;46.153;4.926\n2A004;Ajaccio;41.9;8.7\n99999x;Nulle part;1;2\n29293;Trégunc;;\n';
    expect(readCommuneCentres(text)).toEqual({
      ok: true,
      centres: [
        { code: '29039', latitude: 47.8753, longitude: -3.9189 },
        { code: '01001', latitude: 46.153, longitude: 4.926 },
        { code: '2A004', latitude: 41.9, longitude: 8.7 },
      ],
      skipped: 2,
    });
  });

  it('refuses a file without the three columns', () => {
    expect(readCommuneCentres('code,nom\n29039,Concarneau\n')).toMatchObject({ ok: false });
  });
});
