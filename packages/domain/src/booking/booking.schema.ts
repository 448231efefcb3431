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

export const bookingInput = z
  .object({
    sessionId: z.uuid('validation.invalid'),
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
    /** Honeypot: hidden from people, filled by robots. */
    website: z.string().max(0, 'validation.honeypot').optional(),
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
      // Checked even when other fields are wrong, so every message shows at once.
    },
    { when: () => true },
  );
export type BookingInput = z.infer<typeof bookingInput>;

export const sessionIdInput = z.object({ sessionId: z.uuid('validation.invalid') });
export const bookingTokenInput = z.object({ token: tokenSchema });
