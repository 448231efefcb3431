import { z } from 'zod';
import { bookingInput, bookingTokenInput } from '../booking/booking.schema.ts';
import { appointmentModalities, slotLengths } from './slots.ts';

// Messages are keys of the i18n catalogue (`validation.*`, packages/i18n/src/*/appointments.ts).
// The person's fields are the session booking's, so both forms read and refuse alike.
const person = bookingInput.shape;

export const modalitySchema = z.enum(appointmentModalities, { error: 'validation.appointment.modality' });

const slug = z
  .string()
  .max(100, 'validation.invalid')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'validation.invalid');

export const placeSlotsInput = z.object({
  slug,
  modality: modalitySchema.optional(),
  /** How many days ahead the page lists. */
  days: z.coerce.number().int().min(1).max(60).default(14),
});
export type PlaceSlotsInput = z.infer<typeof placeSlotsInput>;

export const appointmentBookingInput = z
  .object({
    availabilityId: z.uuid('validation.appointment.slot_required'),
    startsAt: z.iso.datetime({ offset: true, error: 'validation.appointment.slot_required' }),
    modality: modalitySchema,
    idempotencyKey: person.idempotencyKey,
    firstName: person.firstName,
    email: person.email,
    phone: person.phone,
    consent: person.consent,
    prescriberName: person.prescriberName,
    prescriberOrganisation: person.prescriberOrganisation,
    motive: z
      .string()
      .optional()
      .transform((value) => value?.trim() || undefined)
      .pipe(z.string().max(500, 'validation.appointment.motive_too_long').optional()),
    website: person.website,
  })
  .superRefine(
    (value, ctx) => {
      if (!value.email && !value.phone) {
        ctx.addIssue({ code: 'custom', path: ['contact'], message: 'validation.contact_required' });
      }
      if (value.prescriberOrganisation && !value.prescriberName) {
        ctx.addIssue({
          code: 'custom',
          path: ['prescriberName'],
          message: 'validation.prescriber_name_required',
        });
      }
    },
    { when: () => true },
  );
export type AppointmentBookingInput = z.infer<typeof appointmentBookingInput>;

/** The private link of an appointment: the same shape of token as a booking's. */
export const appointmentTokenInput = bookingTokenInput;

/**
 * A slot chosen in a form, as one field: `<availabilityId>|<startsAt>` (one radio button per slot).
 * `slotChoice` writes it; the move's schema reads it back.
 */
export const slotChoice = (slot: { availabilityId: string; startsAt: string }) =>
  `${slot.availabilityId}|${slot.startsAt}`;

/** From a form's `slot` field, the availability and start it stands for (API callers send both). */
function readSlotChoice(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('slot' in value)) return value;
  const { slot, ...rest } = value as { slot: unknown } & Record<string, unknown>;
  if (typeof slot !== 'string') return rest;
  const [availabilityId, startsAt] = slot.split('|');
  return { ...rest, availabilityId, startsAt };
}

/** Moving an appointment, from its private link, to another slot of the same place. */
export const moveAppointmentInput = z.preprocess(
  readSlotChoice,
  z.object({
    token: appointmentTokenInput.shape.token,
    availabilityId: z.uuid('validation.appointment.move_slot_required'),
    startsAt: z.iso.datetime({ offset: true, error: 'validation.appointment.move_slot_required' }),
  }),
);
export type MoveAppointmentInput = z.infer<typeof moveAppointmentInput>;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:00)?$/, 'validation.appointment.time');
const day = z.iso.date('validation.appointment.day');
const optionalDay = z
  .string()
  .optional()
  .nullable()
  .transform((value) => value?.trim() || null)
  .pipe(day.nullable());

/** A whole number in a range, from a form field or an API caller. */
const minutes = (min: number, max: number, message: string) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);

/** A checkbox list from a form (one value, several, or none) or an array from an API caller. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));

/** What an availability says, whoever writes it; the médiateur and the place are set when it is created. */
const availabilityFields = z.object({
  firstDay: day,
  lastDay: optionalDay,
  weekdays: list(z.coerce.number().int().min(1).max(7)).pipe(
    z.array(z.number()).min(1, 'validation.appointment.weekdays_required'),
  ),
  startTime: time,
  endTime: time,
  slotMinutes: z.coerce
    .number()
    .refine((n) => (slotLengths as readonly number[]).includes(n), 'validation.appointment.slot_minutes'),
  modalities: list(modalitySchema).pipe(
    z.array(modalitySchema).min(1, 'validation.appointment.modalities_required'),
  ),
  bufferMinutes: minutes(0, 240, 'validation.appointment.buffer'),
  minNoticeMinutes: minutes(0, 43_200, 'validation.appointment.notice'),
  horizonDays: minutes(1, 365, 'validation.appointment.horizon'),
  whoMayBook: z.enum(['agents', 'agents_and_prescribers', 'everyone'], { error: 'validation.invalid' }),
  locationNote: z
    .string()
    .optional()
    .nullable()
    .transform((value) => value?.trim() || null)
    .pipe(z.string().max(300, 'validation.text_too_long').nullable()),
});

/** Checked even when other fields are wrong, so every message shows at once. */
function refineAvailability(
  value: { startTime?: string; endTime?: string; firstDay?: string; lastDay?: string | null },
  ctx: z.RefinementCtx,
) {
  if (value.startTime && value.endTime && value.startTime.slice(0, 5) >= value.endTime.slice(0, 5)) {
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'validation.appointment.end_before_start' });
  }
  if (value.lastDay && value.firstDay && value.lastDay < value.firstDay) {
    ctx.addIssue({
      code: 'custom',
      path: ['lastDay'],
      message: 'validation.appointment.last_day_before_first',
    });
  }
}

export const createAvailabilityInput = availabilityFields
  .extend({
    placeId: z.uuid('validation.appointment.mediateur_required'),
    mediateurId: z.uuid('validation.appointment.mediateur_required'),
  })
  .superRefine(refineAvailability, { when: () => true });
export type CreateAvailabilityInput = z.infer<typeof createAvailabilityInput>;
export const updateAvailabilityInput = availabilityFields
  .extend({ id: z.uuid('validation.invalid') })
  .superRefine(refineAvailability, { when: () => true });
export type UpdateAvailabilityInput = z.infer<typeof updateAvailabilityInput>;
export const availabilityActiveInput = z.object({ id: z.uuid('validation.invalid'), active: z.boolean() });

export const appointmentsDayInput = z.object({ day: day.optional() });

/** The place's team cancels an appointment (decision 071): the reason, optional, goes to the person. */
export const cancelAppointmentByPlaceInput = z.object({
  id: z.uuid('validation.invalid'),
  reason: z
    .string()
    .optional()
    .nullable()
    .transform((value) => value?.trim() || null)
    .pipe(z.string().max(200, 'validation.appointment.cancel_reason_too_long').nullable()),
});
export type CancelAppointmentByPlaceInput = z.infer<typeof cancelAppointmentByPlaceInput>;
