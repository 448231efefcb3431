import { describe, expect, it } from 'vitest';
import { distanceMetres, likelyDuplicates, nameSimilarity } from './likely-duplicates.ts';

const probe = {
  name: 'Mediatheque de Tregunc',
  address: '1 r. de Pont-Aven',
  communeCode: '29293',
  latitude: null,
  longitude: null,
};
const place = (
  id: string,
  name: string,
  extra: Partial<Parameters<typeof likelyDuplicates>[1][number]> = {},
) => ({
  id,
  name,
  address: null,
  communeCode: '29293',
  latitude: null,
  longitude: null,
  ...extra,
});

describe('likely duplicates (decision 063)', () => {
  it('compares names as pg_trgm does, accents and case ignored', () => {
    expect(nameSimilarity('Médiathèque de Trégunc', 'mediatheque de tregunc')).toBe(1);
    expect(nameSimilarity('Médiathèque de Trégunc', 'Konk Ar Lab')).toBeLessThan(0.2);
  });

  it('flags a similar name or the same address in the same commune, or a point within 100 m', () => {
    const found = likelyDuplicates(probe, [
      place('a', 'Médiathèque de Trégunc', { address: '1 rue de Pont-Aven' }),
      place('b', 'Médiathèque de Trégunc', { communeCode: '29039' }),
      place('c', 'Espace public numérique', { address: '1 Rue de Pont Aven' }),
      place('d', 'Konk Ar Lab'),
    ]);
    expect(found).toEqual([
      { id: 'a', name: 'Médiathèque de Trégunc', reasons: ['name', 'address'] },
      { id: 'c', name: 'Espace public numérique', reasons: ['address'] },
    ]);
    const near = likelyDuplicates({ ...probe, name: 'Autre chose', latitude: 47.8558, longitude: -3.8953 }, [
      place('e', 'Tiers-lieu', { communeCode: '29039', latitude: 47.8562, longitude: -3.895 }),
    ]);
    expect(near).toEqual([{ id: 'e', name: 'Tiers-lieu', reasons: ['distance'] }]);
    expect(
      Math.round(
        distanceMetres({ latitude: 47.8558, longitude: -3.8953 }, { latitude: 47.8562, longitude: -3.895 }),
      ),
    ).toBe(50);
  });
});
