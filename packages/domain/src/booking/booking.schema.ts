import { z } from 'zod';
import { tokenSchema } from '../identity/auth.schema.ts';
import { normaliseEmail, normalisePhone } from './person.ts';

// Messages are keys of the i18n catalogue (`validation.*`, in packages/i18n/src/*/booking.ts).

/** A text field a form may send empty: '' and blanks read as "not given". */
const optionalText = <T extends z.ZodType<unknown, string>>(schema: T) =>
  z
    .string()
    .optional()
    .transform((value) => value?.trim() || undefined)
    .pipe(schema.optional());

const bookingEmailSchema = z
  .string()
  .max(254, 'validation.email_invalid')
  .transform(normaliseEmail)
  .pipe(z.email('validation.email_invalid'));

/** A French number in any usual spelling (or an international one), stored as +33612345678. */
export const phoneSchema = z.string().transform((value, ctx) => {
  const phone = normalisePhone(value);
  if (!phone) {
    ctx.addIssue({ code: 'custom', message: 'validation.phone_invalid' });
    return z.NEVER;
  }
  return phone;
});

/**
 * Who fills the form: the resident for themself, or a prescriber (a social worker, a France Services
 * agent) for a resident who agreed; the prescriber then says who they are and attests the consent.
 */
export const bookingModes = ['resident', 'prescriber'] as const;
export type BookingMode = (typeof bookingModes)[number];

export const bookingInput = z
  .object({
    sessionId: z.uuid('validation.invalid'),
    mode: z.enum(bookingModes, { error: 'validation.invalid' }).default('resident'),
    /** Generated with the form: a double submit of the same form books once. */
    idempotencyKey: z.uuid('validation.invalid').optional(),
    firstName: z
      .string({ error: 'validation.first_name_required' })
      .trim()
      .min(1, 'validation.first_name_required')
      .max(100, 'validation.first_name_too_long'),
    email: optionalText(bookingEmailSchema),
    phone: optionalText(phoneSchema),
    // A checkbox sends "on"; API callers send true.
    consent: z
      .union([z.literal('on'), z.literal(true)], { error: 'validation.consent_required' })
      .transform(() => true as const),
    prescriberName: optionalText(z.string().max(200, 'validation.text_too_long')),
    prescriberOrganisation: optionalText(z.string().max(200, 'validation.text_too_long')),
    /** The prescriber's work e-mail, to be kept informed (decision 043): only with the resident's consent. */
    prescriberEmail: optionalText(bookingEmailSchema),
    /** The resident agreed that the prescriber receives the confirmation and whether they came. */
    // The page's action parses the form, then the procedure parses its output again: false must pass too.
    prescriberNews: z
      .union([z.literal('on'), z.boolean()])
      .optional()
      .transform((value) => value === 'on' || value === true),
    /** Honeypot: hidden from people, filled by robots. */
    website: z.string().max(0, 'validation.honeypot').optional(),
  })
  .superRefine(
    (value, ctx) => {
      const forOther = value.mode === 'prescriber';
      // Booked for someone with no e-mail and no phone: the prescriber who gave theirs is the one told.
      if (!value.email && !value.phone && !(forOther && value.prescriberEmail)) {
        ctx.addIssue({
          code: 'custom',
          path: ['contact'],
          message: forOther
            ? 'validation.contact_or_prescriber_email_required'
            : 'validation.contact_required',
        });
      }
      if (forOther && value.prescriberEmail && !value.prescriberNews) {
        ctx.addIssue({
          code: 'custom',
          path: ['prescriberNews'],
          message: 'validation.prescriber_news_consent_required',
        });
      }
      if (forOther && value.prescriberNews && !value.prescriberEmail) {
        ctx.addIssue({
          code: 'custom',
          path: ['prescriberEmail'],
          message: 'validation.prescriber_email_required',
        });
      }
      if (forOther) {
        if (!value.prescriberName)
          ctx.addIssue({
            code: 'custom',
            path: ['prescriberName'],
            message: 'validation.prescriber_name_missing',
          });
        if (!value.prescriberOrganisation)
          ctx.addIssue({
            code: 'custom',
            path: ['prescriberOrganisation'],
            message: 'validation.prescriber_organisation_required',
          });
      } else if (value.prescriberOrganisation && !value.prescriberName) {
        ctx.addIssue({
          code: 'custom',
          path: ['prescriberName'],
          message: 'validation.prescriber_name_required',
        });
      }
      // Checked even when other fields are wrong, so every message shows at once.
    },
    { when: () => true },
  );
export type BookingInput = z.infer<typeof bookingInput>;

export const sessionIdInput = z.object({ sessionId: z.uuid('validation.invalid') });
export const bookingTokenInput = z.object({ token: tokenSchema });

/** One click for a signed-in person: their name and e-mail come from their account. */
export const bookForMeInput = z.object({
  sessionId: z.uuid('validation.invalid'),
  idempotencyKey: z.uuid('validation.invalid').optional(),
});
export type BookForMeInput = z.infer<typeof bookForMeInput>;

/** Moving the booking of a private link to another session of the same workshop. */
export const moveBookingInput = z.object({
  token: tokenSchema,
  sessionId: z.uuid({ error: 'validation.move_session_required' }),
});
export type MoveBookingInput = z.infer<typeof moveBookingInput>;

// A signed-in person's own bookings (made with their account), managed from their member space ----------

/** One of the signed-in person's own bookings; anyone else's reads as unknown. */
export const ownBookingInput = z.object({ bookingId: z.uuid('validation.invalid') });
export type OwnBookingInput = z.infer<typeof ownBookingInput>;

/** Moving one's own booking to another session of the same workshop (same rules as by private link). */
export const moveOwnBookingInput = z.object({
  bookingId: z.uuid('validation.invalid'),
  sessionId: z.uuid({ error: 'validation.move_session_required' }),
});
export type MoveOwnBookingInput = z.infer<typeof moveOwnBookingInput>;
