import { z } from 'zod';
import { isManagerOf, isMemberOf, type Viewer } from '../identity/roles.ts';
import {
  COORDINATION_KINDS,
  NATURES_PARTENARIAT,
  TYPES_ANIMATION,
  TYPES_EVENEMENT,
} from '../vocabulary/coordination.ts';

// A fabrique's coordination activities (network animation, events, partnerships), as the national tools
// record them: a kind and the subtype of that kind only (the database's subtype check). Only fabriques
// record them (a trigger refuses other places). Messages are keys of the i18n catalogue.

/** Who records a fabrique's coordination work: its managers and network admins (RLS agrees). */
export function canRecordCoordinationFor(viewer: Viewer, placeId: string): boolean {
  return viewer.networkRole === 'network_admin' || isManagerOf(viewer, placeId);
}

/** Who reads it: the fabrique's team and network admins. */
export function canReadCoordinationOf(viewer: Viewer, placeId: string): boolean {
  return viewer.networkRole === 'network_admin' || isMemberOf(viewer, placeId);
}

const message = (rule: string) => `validation.coordination.${rule}`;
const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const isoDate = z
  .string({ error: message('date_invalid') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, message('date_invalid'))
  .refine((v) => !Number.isNaN(Date.parse(v)), message('date_invalid'));

/** The subtype field of each kind. */
export const COORDINATION_SUBTYPE_FIELD = {
  animation: 'typeAnimation',
  evenement: 'typeEvenement',
  partenariat: 'naturePartenariat',
} as const;

const fields = z.object({
  kind: z.enum(COORDINATION_KINDS, { error: message('kind_required') }),
  typeAnimation: z
    .preprocess(blankToNull, z.enum(TYPES_ANIMATION, { error: 'validation.invalid' }).nullable())
    .default(null),
  typeEvenement: z
    .preprocess(blankToNull, z.enum(TYPES_EVENEMENT, { error: 'validation.invalid' }).nullable())
    .default(null),
  naturePartenariat: z
    .preprocess(blankToNull, z.enum(NATURES_PARTENARIAT, { error: 'validation.invalid' }).nullable())
    .default(null),
  date: isoDate,
  durationMinutes: z
    .preprocess(
      blankToNull,
      z
        .number({ error: message('duration_invalid') })
        .int(message('duration_invalid'))
        .min(1, message('duration_invalid'))
        .max(14_400, message('duration_invalid'))
        .nullable(),
    )
    .default(null),
  participants: z
    .preprocess(
      blankToNull,
      z
        .number({ error: message('participants_invalid') })
        .int(message('participants_invalid'))
        .min(0, message('participants_invalid'))
        .max(100_000, message('participants_invalid'))
        .nullable(),
    )
    .default(null),
  title: z
    .string({ error: message('title_required') })
    .trim()
    .min(1, message('title_required'))
    .max(200, message('too_long')),
  notes: z
    .preprocess(
      (v) => (typeof v === 'string' ? v.trim() || null : (v ?? null)),
      z.string().max(2000, message('too_long')).nullable(),
    )
    .default(null),
});
type Fields = z.output<typeof fields>;

/** Keeps the subtype of the chosen kind only, and requires it. */
function withSubtype<T extends Fields>(activity: T, ctx: z.RefinementCtx): T {
  const field = COORDINATION_SUBTYPE_FIELD[activity.kind];
  if (activity[field] === null)
    ctx.addIssue({ code: 'custom', path: [field], message: message('subtype_required') });
  return {
    ...activity,
    typeAnimation: activity.kind === 'animation' ? activity.typeAnimation : null,
    typeEvenement: activity.kind === 'evenement' ? activity.typeEvenement : null,
    naturePartenariat: activity.kind === 'partenariat' ? activity.naturePartenariat : null,
  };
}

export const coordinationActivityInput = fields
  .extend({ placeId: z.uuid('validation.invalid') })
  .transform(withSubtype);
export type CoordinationActivityInput = z.output<typeof coordinationActivityInput>;

export const coordinationActivityUpdateInput = fields
  .extend({ id: z.uuid('validation.invalid') })
  .transform(withSubtype);
export type CoordinationActivityUpdateInput = z.output<typeof coordinationActivityUpdateInput>;

export const coordinationActivityIdInput = z.object({ id: z.uuid('validation.invalid') });
export const coordinationActivityListInput = z.object({ placeId: z.uuid('validation.invalid') });
