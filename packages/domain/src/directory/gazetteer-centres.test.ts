import { describe, expect, it } from 'vitest';
import { deriveCommuneCentres, gazetteerKey } from './gazetteer-centres.ts';

const commune = (code: string, name: string, departement: string, postalCodes: string[]) => ({
  code,
  name,
  departement,
  postalCodes,
});

describe('deriveCommuneCentres', () => {
  it('matches a commune by its name in its département, accents, case and "St" aside', () => {
    const centres = deriveCommuneCentres(
      [
        commune('29039', 'Concarneau', '29', ['29900']),
        commune('22277', 'Saint-Brieuc', '22', ['22000']),
        commune('56240', 'Concarneau', '56', ['56000']),
      ],
      [
        { name: 'CONCARNEAU', lat: '47.8753', lng: '-3.9189', country: 'FR', admin2: '29' },
        { name: 'St-Brieuc', lat: '48.51513', lng: '-2.76838', country: 'FR', admin2: '22' },
      ],
    );
    expect(centres).toEqual([
      { code: '29039', latitude: 47.8753, longitude: -3.9189, source: 'gazetteer' },
      { code: '22277', latitude: 48.51513, longitude: -2.76838, source: 'gazetteer' },
    ]);
  });

  it('files the overseas départements under their own country codes: a Guadeloupe town is 971, not 97', () => {
    expect(
      deriveCommuneCentres(
        [commune('97105', 'Basse-Terre', '971', ['97100'])],
        [{ name: 'Basse-Terre', lat: '15.99714', lng: '-61.73214', country: 'GP', admin2: '971' }],
      ),
    ).toEqual([{ code: '97105', latitude: 15.99714, longitude: -61.73214, source: 'gazetteer' }]);
  });

  it('gives an unmatched commune the mean of the matched ones sharing a postcode, else of its EPCI', () => {
    const centres = deriveCommuneCentres(
      [
        commune('29039', 'Concarneau', '29', ['29900']),
        commune('29150', 'Melgven', '29', ['29140']),
        commune('29293', 'Trégunc', '29', ['29910']),
        commune('29170', 'Névez', '29', ['29920']),
        commune('29999', 'Lieu-Dit', '29', ['29900', '29910']),
        commune('29998', 'Hameau', '29', ['29940']),
        commune('29997', 'Isolée', '29', ['29950']),
      ],
      [
        { name: 'Concarneau', lat: '47.8', lng: '-3.9', country: 'FR', admin2: '29' },
        { name: 'Trégunc', lat: '47.9', lng: '-3.8', country: 'FR', admin2: '29' },
        { name: 'Névez', lat: '47.7', lng: '-3.7', country: 'FR', admin2: '29' },
      ],
      [['29039', '29293', '29998']],
    );
    expect(centres.filter((c) => c.source === 'neighbours')).toEqual([
      { code: '29999', latitude: 47.85, longitude: -3.85, source: 'neighbours' },
      { code: '29998', latitude: 47.85, longitude: -3.85, source: 'neighbours' },
    ]);
    expect(centres.map((c) => c.code)).not.toContain('29997');
  });

  it('trusts no name found twice in a département, nor an impossible point', () => {
    expect(
      deriveCommuneCentres(
        [commune('29001', 'Le Bourg', '29', []), commune('29002', 'Loin', '29', [])],
        [
          { name: 'Le Bourg', lat: '48.1', lng: '-4.1', country: 'FR', admin2: '29' },
          { name: 'le bourg', lat: '48.5', lng: '-4.5', country: 'FR', admin2: '29' },
          { name: 'Loin', lat: '148', lng: '-4', country: 'FR', admin2: '29' },
        ],
      ),
    ).toEqual([]);
  });
});

describe('gazetteerKey', () => {
  it('spells both sources alike', () => {
    expect(gazetteerKey('Saint-Pol-de-Léon')).toBe(gazetteerKey('St Pol de Leon'));
    expect(gazetteerKey("L'Haÿ-les-Roses")).toBe('l hay les roses');
    expect(gazetteerKey('Sainte-Marie')).toBe(gazetteerKey('Ste-Marie'));
  });
});
