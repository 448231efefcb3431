import { z } from 'zod';
import { TYPOLOGIES } from '../vocabulary/places.ts';

// What a network admin does to a place: create it, publish or archive it, hide it (moderation), grant
// labels with dates, set its fabrique. The same schemas validate the procedures and the console's forms;
// messages are keys of the i18n catalogue.

export const PLACE_STATUSES = ['draft', 'published', 'archived'] as const;
export type PlaceStatus = (typeof PLACE_STATUSES)[number];

export const PLACES_PAGE_SIZE = 20;

const placeId = z.uuid('validation.invalid');
const isoDate = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => !Number.isNaN(Date.parse(v)), message);
const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);

export const listPlacesInput = z.object({
  q: z.string().trim().max(200, 'validation.place.too_long').optional().default(''),
  status: z
    .preprocess(blankToNull, z.enum(PLACE_STATUSES, { error: 'validation.invalid' }).nullable())
    .default(null),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type ListPlacesInput = z.infer<typeof listPlacesInput>;

export const createPlaceInput = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'validation.place.place_name_required')
    .max(200, 'validation.place.too_long'),
  communeCode: z
    .string()
    .trim()
    .regex(/^[0-9][0-9AB][0-9]{3}$/, 'validation.place.commune_code_invalid'),
  address: z
    .string()
    .trim()
    .min(1, 'validation.place.address_required')
    .max(300, 'validation.place.too_long'),
  postalCode: z
    .string()
    .trim()
    .regex(/^[0-9]{5}$/, 'validation.place.postal_code_invalid'),
  kinds: z.array(z.enum(TYPOLOGIES, { error: 'validation.invalid' })).default([]),
});
export type CreatePlaceInput = z.infer<typeof createPlaceInput>;

export const setPlaceStatusInput = z.object({
  placeId,
  status: z.enum(PLACE_STATUSES, { error: 'validation.invalid' }),
});

export const hidePlaceInput = z.object({
  placeId,
  reason: z
    .string()
    .trim()
    .min(3, 'validation.place_admin.hide_reason_required')
    .max(500, 'validation.place.too_long'),
});

export const restorePlaceInput = z.object({ placeId });

export const grantLabelInput = z
  .object({
    placeId,
    labelId: z.uuid('validation.place_admin.label_required'),
    grantedOn: isoDate('validation.place_admin.date_invalid'),
    endsOn: z
      .preprocess(blankToNull, isoDate('validation.place_admin.date_invalid').nullable())
      .default(null),
    waveId: z.preprocess(blankToNull, z.uuid('validation.invalid').nullable()).default(null),
  })
  .refine((v) => v.endsOn === null || v.endsOn >= v.grantedOn, {
    path: ['endsOn'],
    message: 'validation.place_admin.ends_before_granted',
  });
export type GrantLabelInput = z.infer<typeof grantLabelInput>;

export const endLabelInput = z.object({
  placeId,
  placeLabelId: z.uuid('validation.invalid'),
  endsOn: isoDate('validation.place_admin.date_invalid'),
});

export const setHubInput = z.object({
  placeId,
  hubFabriqueId: z.preprocess(blankToNull, z.uuid('validation.invalid').nullable()).default(null),
});
