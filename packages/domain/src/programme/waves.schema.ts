import { z } from 'zod';

// AMI waves (appels à manifestation d'intérêt): created as drafts, opened, then closed on a date. The
// database checks the same date order (waves_dates_check, waves_announced_check).

export const WAVE_STATUSES = ['draft', 'open', 'closed'] as const;
export type WaveStatus = (typeof WAVE_STATUSES)[number];

const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.waves.date_invalid')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'validation.waves.date_invalid');
const optionalDate = z.preprocess(blankToNull, isoDate.nullable()).default(null);

export const createWaveInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'validation.waves.name_required')
      .max(120, 'validation.waves.name_too_long'),
    opensOn: isoDate,
    closesOn: optionalDate,
    announcedOn: optionalDate,
  })
  .superRefine((w, ctx) => {
    if (w.closesOn !== null && w.closesOn < w.opensOn) {
      ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'validation.waves.closes_before_opens' });
    }
    if (w.announcedOn !== null && w.announcedOn < w.opensOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['announcedOn'],
        message: 'validation.waves.announced_before_opens',
      });
    }
  });
export type CreateWaveInput = z.infer<typeof createWaveInput>;

/** Opens a wave, or closes it on a date (required then: the closing day is part of the AMI's record). */
export const setWaveStatusInput = z
  .object({
    waveId: z.uuid('validation.invalid'),
    status: z.enum(WAVE_STATUSES, { error: 'validation.invalid' }),
    closesOn: optionalDate,
  })
  .superRefine((w, ctx) => {
    if (w.status === 'closed' && w.closesOn === null) {
      ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'validation.waves.closes_on_required' });
    }
  });
export type SetWaveStatusInput = z.infer<typeof setWaveStatusInput>;
