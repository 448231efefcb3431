// Qualifications recorded by hand by a tool's managers (attendance at the tool's training grants them
// automatically: migration 20261123003000). Days are Paris days: a qualification starts at the first day's
// midnight and ends at the day after the last one, like loans.
import { z } from 'zod';
import { emailSchema } from '../identity/auth.schema.ts';
import { parisDays } from '../time/paris.ts';

const day = z.iso.date('validation.sharing.date_invalid');

export const recordQualificationInput = z
  .object({
    toolId: z.uuid('validation.invalid'),
    email: emailSchema,
    grantedOn: day,
    /** Last day it is valid (included); empty for no expiry. */
    expiresOn: z
      .string()
      .trim()
      .nullish()
      .transform((v) => (v ? v : null))
      .pipe(day.nullable()),
  })
  .refine((r) => r.expiresOn === null || r.expiresOn >= r.grantedOn, {
    path: ['expiresOn'],
    message: 'validation.sharing.end_before_start',
  });
export type RecordQualificationInput = z.infer<typeof recordQualificationInput>;

export const revokeQualificationInput = z.object({
  toolId: z.uuid('validation.invalid'),
  id: z.uuid('validation.invalid'),
});

/** The instants stored for a qualification typed as days. */
export function qualificationPeriod(r: { grantedOn: string; expiresOn: string | null }): {
  grantedAt: string;
  expiresAt: string | null;
} {
  return {
    grantedAt: parisDays(r.grantedOn).from,
    expiresAt: r.expiresOn ? parisDays(r.expiresOn).to : null,
  };
}

/** Whether a qualification's expiry has passed at this instant (no expiry: never). */
export function hasExpired(expiresAt: string | null, now: Date): boolean {
  return expiresAt !== null && Date.parse(expiresAt) <= now.getTime();
}
