import { describe, expect, it } from 'vitest';
import { type PlaceProfileFacts, placeCompleteness } from './completeness.ts';

const empty: PlaceProfileFacts = {
  summary: null,
  address: null,
  communeCode: null,
  openingHours: null,
  phone: null,
  email: null,
  website: null,
  services: [],
  publics: [],
  accessibilityNotes: null,
  photoCount: 0,
};

describe('placeCompleteness', () => {
  it('lists everything as missing for an empty profile, in the order to fill it in', () => {
    expect(placeCompleteness(empty)).toEqual({
      percent: 0,
      missing: [
        'summary',
        'address',
        'opening_hours',
        'contact',
        'services',
        'publics',
        'accessibility',
        'photo',
      ],
    });
  });

  it('counts one way of contact as enough, and blank text as missing', () => {
    const place = { ...empty, email: 'contact@lieu.fr', summary: '   ', address: '1 rue du Port' };
    const result = placeCompleteness(place);
    expect(result.missing).not.toContain('contact');
    expect(result.missing).toContain('summary');
    // An address without its commune is not enough to find the place.
    expect(result.missing).toContain('address');
    expect(result.percent).toBe(13);
  });

  it('is 100 % for a complete profile', () => {
    const place: PlaceProfileFacts = {
      summary: 'Fab lab de la baie',
      address: '1 rue du Port',
      communeCode: '29039',
      openingHours: 'Mo-Fr 09:00-18:00',
      phone: '+33298000000',
      email: null,
      website: null,
      services: ['Loisirs et créations numériques'],
      publics: ['Jeunes'],
      accessibilityNotes: 'Plain-pied',
      photoCount: 2,
    };
    expect(placeCompleteness(place)).toEqual({ percent: 100, missing: [] });
  });
});
