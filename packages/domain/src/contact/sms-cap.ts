import { z } from 'zod';

// A place's monthly SMS cap (decision 040): the network pays for SMS, so a network admin may cap a place.
// Beyond the cap, reminders are not sent by SMS (the e-mail still goes when there is an address); news
// that changes a person's plans (confirmed, promoted, cancelled, moved) always is.

export const SMS_CAP_MAX = 100_000;

/** Whether an SMS of this kind may still go out this month. */
export function smsAllowed(kind: string, allowance: { cap: number | null; sent: number }): boolean {
  if (kind !== 'reminder' || allowance.cap === null) return true;
  return allowance.sent < allowance.cap;
}

/** The console's form: an empty field removes the cap. */
export const smsCapInput = z.object({
  placeId: z.uuid('validation.invalid'),
  cap: z.preprocess(
    (value) => (value === '' || value === undefined || value === null ? null : Number(value)),
    z
      .number({ error: 'validation.sms.cap_invalid' })
      .int('validation.sms.cap_invalid')
      .min(0, 'validation.sms.cap_invalid')
      .max(SMS_CAP_MAX, 'validation.sms.cap_invalid')
      .nullable(),
  ),
});
export type SmsCapInput = z.infer<typeof smsCapInput>;

/** How long before a session or appointment its reminder goes: two days unless the place says otherwise. */
export const REMINDER_HOURS = { min: 2, max: 168, default: 48 } as const;

export const reminderHoursInput = z.object({
  placeId: z.uuid('validation.invalid'),
  hours: z.coerce
    .number({ error: 'validation.sms.reminder_hours_invalid' })
    .int('validation.sms.reminder_hours_invalid')
    .min(REMINDER_HOURS.min, 'validation.sms.reminder_hours_invalid')
    .max(REMINDER_HOURS.max, 'validation.sms.reminder_hours_invalid'),
});
export type ReminderHoursInput = z.infer<typeof reminderHoursInput>;
