import { z } from 'zod';

// Messages are keys of the i18n catalogue (`validation.*`): forms and API speak the same words.
export const emailSchema = z
  .string({ error: 'validation.email_required' })
  .trim()
  .toLowerCase()
  .min(1, 'validation.email_required')
  .max(254, 'validation.email_invalid')
  .pipe(z.email('validation.email_invalid'));

export const passwordSchema = z
  .string({ error: 'validation.password_required' })
  .min(1, 'validation.password_required')
  .max(200, 'validation.password_too_long');

// bcrypt reads at most 72 bytes, and Supabase Auth refuses longer passwords: say so rather than truncate.
export const newPasswordSchema = z
  .string({ error: 'validation.password_required' })
  .min(10, 'validation.password_too_short')
  .refine((value) => new TextEncoder().encode(value).length <= 72, 'validation.password_too_long');

export const signInInput = z.object({ email: emailSchema, password: passwordSchema });
export type SignInInput = z.infer<typeof signInInput>;

export const magicLinkInput = z.object({ email: emailSchema });
export const passwordResetRequestInput = z.object({ email: emailSchema });

export const tokenSchema = z.string().min(20, 'validation.link_invalid').max(200, 'validation.link_invalid');

export const passwordResetInput = z
  .object({ token: tokenSchema, password: newPasswordSchema, confirmation: z.string() })
  .refine((v) => v.password === v.confirmation, {
    path: ['confirmation'],
    message: 'validation.password_mismatch',
  });

export const invitationInput = z.object({
  email: emailSchema,
  placeId: z.uuid('validation.place_required').nullable(),
  role: z.enum(['member', 'manager', 'network_admin', 'observer'], { error: 'validation.role_required' }),
});
export type InvitationInput = z.infer<typeof invitationInput>;

/** Accepting while signed in needs only the token; a newcomer also chooses a name and a password. */
export const acceptInvitationInput = z.object({ token: tokenSchema });
export const acceptInvitationWithAccountInput = z.object({
  token: tokenSchema,
  displayName: z.string().trim().min(1, 'validation.name_required').max(120, 'validation.name_too_long'),
  password: newPasswordSchema,
});
