/**
 * How complete a place's public profile is: the basics a resident needs to find it, reach it and know what
 * it offers. Managers see the score and what is missing; the order of the list is the order to fill it in.
 */
export const completenessFields = [
  'summary',
  'address',
  'opening_hours',
  'contact',
  'services',
  'publics',
  'accessibility',
  'photo',
] as const;

export type CompletenessField = (typeof completenessFields)[number];

export interface PlaceProfileFacts {
  summary: string | null;
  address: string | null;
  communeCode: string | null;
  openingHours: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  services: readonly string[];
  publics: readonly string[];
  accessibilityNotes: string | null;
  photoCount: number;
}

export interface Completeness {
  /** Whole percent, 0 to 100. */
  percent: number;
  missing: CompletenessField[];
}

const filled = (value: string | null) => value !== null && value.trim() !== '';

const isFilled: Record<CompletenessField, (place: PlaceProfileFacts) => boolean> = {
  summary: (p) => filled(p.summary),
  address: (p) => filled(p.address) && filled(p.communeCode),
  opening_hours: (p) => filled(p.openingHours),
  contact: (p) => filled(p.phone) || filled(p.email) || filled(p.website),
  services: (p) => p.services.length > 0,
  publics: (p) => p.publics.length > 0,
  accessibility: (p) => filled(p.accessibilityNotes),
  photo: (p) => p.photoCount > 0,
};

export function placeCompleteness(place: PlaceProfileFacts): Completeness {
  const missing = completenessFields.filter((field) => !isFilled[field](place));
  const percent = Math.round(
    ((completenessFields.length - missing.length) / completenessFields.length) * 100,
  );
  return { percent, missing };
}
