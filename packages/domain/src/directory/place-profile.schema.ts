import { z } from 'zod';
import {
  FRAIS_A_CHARGE,
  MODALITES_ACCES,
  MODALITES_ACCOMPAGNEMENT,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  SERVICES,
} from '../vocabulary/places.ts';

// A place's profile as its managers edit it: the fields of the national standard that describe the place.
// Status, labels, hub, moderation, external id and flags stay with network admins (the database's
// `places_admin_only` trigger refuses them to anyone else). Messages are keys of the i18n catalogue.

/** Blank text is "not filled in": stored as null. */
const optionalText = (max: number, tooLong = 'validation.place.too_long') =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .nullish()
    .transform((v) => (v == null || v === '' ? null : v));

const optionalPattern = (pattern: RegExp, message: string, max = 500) =>
  z
    .string()
    .trim()
    .max(max, message)
    .nullish()
    .transform((v) => (v == null || v === '' ? null : v))
    .refine((v) => v === null || pattern.test(v), message);

const codes = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values, { error: 'validation.invalid' })).default([]);

export const placeProfileFields = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'validation.place.place_name_required')
    .max(200, 'validation.place.too_long'),
  summary: optionalText(280, 'validation.place.summary_too_long'),
  description: optionalText(5000),
  carrierName: optionalText(200),
  pivot: optionalPattern(/^[a-zA-Z0-9]{9,14}$/, 'validation.place.pivot_invalid', 14),
  address: optionalText(300),
  addressComplement: optionalText(300),
  postalCode: optionalPattern(/^[0-9]{5}$/, 'validation.place.postal_code_invalid', 5),
  communeCode: optionalPattern(/^[0-9][0-9AB][0-9]{3}$/, 'validation.place.commune_code_invalid', 5),
  openingHours: optionalText(500),
  phone: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v == null ? '' : v.replace(/[\s.-]/g, '')))
    .transform((v) => (v === '' ? null : v.replace(/^0(?=[1-9]\d{8}$)/, '+33')))
    .refine(
      (v) => v === null || /^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)[0-9]{6,9}$/.test(v),
      'validation.place.phone_invalid',
    ),
  email: optionalPattern(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'validation.place.email_invalid', 254),
  website: optionalPattern(/^https?:\/\/\S+$/, 'validation.place.url_invalid'),
  bookingUrl: optionalPattern(/^https?:\/\/\S+$/, 'validation.place.url_invalid'),
  accessibilityNotes: optionalText(1000),
  services: codes(SERVICES),
  publics: codes(PUBLICS_SPECIFIQUEMENT_ADRESSES),
  fees: codes(FRAIS_A_CHARGE),
  accessModes: codes(MODALITES_ACCES),
  supportModes: codes(MODALITES_ACCOMPAGNEMENT),
});
export type PlaceProfileFields = z.infer<typeof placeProfileFields>;

/** The multi-valued fields: checkboxes in the form, several values under one name. */
export const placeProfileListFields = ['services', 'publics', 'fees', 'accessModes', 'supportModes'] as const;

export const updatePlaceProfileInput = placeProfileFields.extend({ placeId: z.uuid('validation.invalid') });
export type UpdatePlaceProfileInput = z.infer<typeof updatePlaceProfileInput>;

/** A form post as the schema reads it: list fields gathered with `getAll`, text fields as they are. */
export function placeProfileFromForm(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of formData) if (typeof value === 'string') values[key] = value;
  for (const field of placeProfileListFields)
    values[field] = formData.getAll(field).filter((v): v is string => typeof v === 'string');
  return values;
}
