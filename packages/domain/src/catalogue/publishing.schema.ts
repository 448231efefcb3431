import { z } from 'zod';
import { THEMATIQUES } from '../vocabulary/activity-records.ts';
import { DATA_INCLUSION_FRAIS } from '../vocabulary/data-inclusion.ts';
import {
  ISO_WEEKDAYS,
  MAX_PLAN_DAYS,
  MAX_SESSIONS,
  RECURRENCE_FREQUENCIES,
  type Recurrence,
  recurrenceDates,
} from './recurrence.ts';

// Messages are keys of the i18n catalogue (`publishing.validation.*`, packages/i18n/src/*/publishing.ts).
// Forms post plain fields (strings, repeated checkboxes as arrays): the same schemas serve forms and API.

export const ACTIVITY_KINDS = ['workshop', 'training'] as const;
export const ACTIVITY_FORMATS = ['on_site', 'remote', 'hybrid'] as const;
/** An activity's fees: data·inclusion v1's `frais` (decision 060). */
export const FEES_KINDS = DATA_INCLUSION_FRAIS;
export const ACTIVITY_LEVELS = ['debutant', 'intermediaire', 'avance'] as const;
/** A price may be given for these fees only (activities_price_check); it is required when paid. */
export const PRICED_FEES: readonly (typeof FEES_KINDS)[number][] = ['payant'];

export const MAX_CAPACITY = 500;

/** What happens when a session's minimum attendance is not met at its deadline (decision 039). */
export const MIN_ATTENDANCE_ACTIONS = ['cancel', 'warn'] as const;
export type MinAttendanceAction = (typeof MIN_ATTENDANCE_ACTIONS)[number];

/** How a training is booked: session by session, or as a whole course (decision 044). */
export const BOOKING_SCOPES = ['session', 'course'] as const;
export type BookingScope = (typeof BOOKING_SCOPES)[number];

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** A text field a form may send empty: '' and blanks read as "not given". */
const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, 'publishing.validation.too_long').optional());

/** A whole number typed in a form ("12"), within bounds; `message` when it is not one. */
const wholeNumber = (min: number, max: number, message: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? Number(value.trim() === '' ? Number.NaN : value) : value),
    z.number({ error: message }).int(message).min(min, message).max(max, message),
  );

const optionalWholeNumber = (min: number, max: number, message: string) =>
  z.preprocess(blankToUndefined, wholeNumber(min, max, message).optional());

/** Repeated checkboxes: one value arrives as a string, several as an array, none as nothing. */
const checkboxes = <T extends z.ZodType>(item: T, atLeastOne?: string) =>
  z.preprocess(
    (value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
    atLeastOne ? z.array(item).min(1, atLeastOne) : z.array(item),
  );

/**
 * "12", "12,50" or "12.5" euros → cents. A number is already cents: the schema's own output, which the
 * procedure parses again after the page's action parsed the form.
 */
const euros = z.preprocess(
  blankToUndefined,
  z
    .union(
      [
        z.number().int().min(0).max(9_999_999),
        z
          .string()
          .trim()
          .regex(/^\d{1,5}([.,]\d{1,2})?$/, 'publishing.validation.price_invalid')
          .transform((value) => Math.round(Number(value.replace(',', '.')) * 100)),
      ],
      { error: 'publishing.validation.price_invalid' },
    )
    .optional(),
);

export const activityFields = z.object({
  kind: z.enum(ACTIVITY_KINDS, 'publishing.validation.kind_required'),
  title: z
    .string({ error: 'publishing.validation.title_required' })
    .trim()
    .min(1, 'publishing.validation.title_required')
    .max(200, 'publishing.validation.title_too_long'),
  description: optionalText(5000),
  themes: checkboxes(
    z.enum(THEMATIQUES, 'publishing.validation.theme_unknown'),
    'publishing.validation.themes_required',
  ),
  level: z.preprocess(blankToUndefined, z.enum(ACTIVITY_LEVELS, 'validation.invalid').optional()),
  audience: optionalText(500),
  feesKind: z.enum(FEES_KINDS, 'publishing.validation.fees_required'),
  price: euros,
  accessibilityNotes: optionalText(1000),
  facilitatorName: optionalText(200),
  format: z.enum(ACTIVITY_FORMATS, 'validation.invalid'),
  minAttendance: optionalWholeNumber(1, MAX_CAPACITY, 'publishing.validation.min_attendance_invalid'),
  /** Hours before each session when the minimum is checked (the organiser is warned then). */
  minAttendanceNoticeHours: z.preprocess(
    (value) => blankToUndefined(value) ?? 48,
    wholeNumber(1, 336, 'publishing.validation.notice_invalid'),
  ),
  /** Minimum not met at the deadline: cancel the session and tell everyone (default), or warn only. */
  minAttendanceAction: z.preprocess(
    (value) => blankToUndefined(value) ?? 'cancel',
    z.enum(MIN_ATTENDANCE_ACTIONS, 'validation.invalid'),
  ),
  /** A training may be booked as a whole course, from its first session (decision 044). */
  bookingScope: z.preprocess(
    (value) => blankToUndefined(value) ?? 'session',
    z.enum(BOOKING_SCOPES, 'validation.invalid'),
  ),
});

function checkPrice(
  value: {
    feesKind: (typeof FEES_KINDS)[number];
    price?: number | undefined;
    kind: (typeof ACTIVITY_KINDS)[number];
    bookingScope: BookingScope;
  },
  ctx: z.RefinementCtx,
) {
  if (value.bookingScope === 'course' && value.kind !== 'training')
    ctx.addIssue({
      code: 'custom',
      path: ['bookingScope'],
      message: 'publishing.validation.course_training_only',
    });
  if (value.feesKind === 'payant' && value.price === undefined)
    ctx.addIssue({ code: 'custom', path: ['price'], message: 'publishing.validation.price_required' });
  if (!PRICED_FEES.includes(value.feesKind) && value.price !== undefined)
    ctx.addIssue({ code: 'custom', path: ['price'], message: 'publishing.validation.price_not_allowed' });
}

export const createActivityInput = activityFields
  .extend({ placeId: z.uuid('publishing.validation.place_required') })
  .superRefine(checkPrice);
export type CreateActivityInput = z.infer<typeof createActivityInput>;

export const updateActivityInput = activityFields
  .extend({ activityId: z.uuid('validation.invalid') })
  .superRefine(checkPrice);
export type UpdateActivityInput = z.infer<typeof updateActivityInput>;

export const activityIdInput = z.object({ activityId: z.uuid('validation.invalid') });

export const setActivityStatusInput = z.object({
  activityId: z.uuid('validation.invalid'),
  status: z.enum(['draft', 'published'], 'validation.invalid'),
});

// Session plan ---------------------------------------------------------------------------------------------

const isoDate = z
  .string({ error: 'publishing.validation.date_invalid' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'publishing.validation.date_invalid')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'publishing.validation.date_invalid');

const clockTime = z
  .string({ error: 'publishing.validation.time_invalid' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'publishing.validation.time_invalid');

/** How the sessions are booked, shared by a plan and by the edit of one session. */
const bookingRules = {
  capacity: wholeNumber(1, MAX_CAPACITY, 'publishing.validation.capacity_invalid'),
  /** Bookings open this many days before each session; empty: as soon as it is published. */
  bookingOpensDaysBefore: optionalWholeNumber(1, 365, 'publishing.validation.opens_invalid'),
  /** Bookings close this many hours before each session; empty: when it starts. */
  bookingClosesHoursBefore: optionalWholeNumber(0, 720, 'publishing.validation.closes_invalid'),
  /** A confirmed seat may be given back until this many hours before the session. */
  cancellationCutoffHours: z.preprocess(
    (value) => blankToUndefined(value) ?? 24,
    wholeNumber(0, 720, 'publishing.validation.cutoff_invalid'),
  ),
  locationNote: optionalText(200),
};

function checkBookingWindow(
  value: { bookingOpensDaysBefore?: number | undefined; bookingClosesHoursBefore?: number | undefined },
  ctx: z.RefinementCtx,
) {
  if (
    value.bookingOpensDaysBefore !== undefined &&
    value.bookingClosesHoursBefore !== undefined &&
    value.bookingOpensDaysBefore * 24 <= value.bookingClosesHoursBefore
  )
    ctx.addIssue({
      code: 'custom',
      path: ['bookingClosesHoursBefore'],
      message: 'publishing.validation.window_inverted',
    });
}

export const sessionPlanFields = z.object({
  activityId: z.uuid('validation.invalid'),
  firstDate: isoDate,
  startTime: clockTime,
  endTime: clockTime,
  frequency: z.enum(RECURRENCE_FREQUENCIES, 'publishing.validation.frequency_required'),
  interval: z.preprocess(
    (value) => blankToUndefined(value) ?? 1,
    wholeNumber(1, 12, 'publishing.validation.interval_invalid'),
  ),
  weekdays: checkboxes(
    z.preprocess(
      (value) => (typeof value === 'string' ? Number(value) : value),
      z.union(
        ISO_WEEKDAYS.map((d) => z.literal(d)),
        'validation.invalid',
      ),
    ),
  ),
  endKind: z.preprocess(
    (value) => blankToUndefined(value) ?? 'count',
    z.enum(['count', 'until'], 'validation.invalid'),
  ),
  count: optionalWholeNumber(1, MAX_SESSIONS, 'publishing.validation.count_invalid'),
  until: z.preprocess(blankToUndefined, isoDate.optional()),
  ...bookingRules,
});

/** The plan read from the fields, before the sessions are computed. */
export function recurrenceOf(plan: z.infer<typeof sessionPlanFields>): Recurrence {
  return {
    firstDate: plan.firstDate,
    startTime: plan.startTime,
    endTime: plan.endTime,
    frequency: plan.frequency,
    interval: plan.interval,
    weekdays: plan.weekdays,
    end:
      plan.endKind === 'until' && plan.until
        ? { kind: 'until', until: plan.until }
        : { kind: 'count', count: plan.count ?? 1 },
  };
}

export const sessionPlanInput = sessionPlanFields.superRefine((plan, ctx) => {
  checkBookingWindow(plan, ctx);
  if (plan.endTime <= plan.startTime)
    ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'publishing.validation.end_before_start' });
  if (plan.frequency === 'once') return;
  if (plan.endKind === 'count' && plan.count === undefined)
    ctx.addIssue({ code: 'custom', path: ['count'], message: 'publishing.validation.count_invalid' });
  if (plan.endKind === 'until') {
    if (!plan.until) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'publishing.validation.until_required' });
      return;
    }
    if (plan.until < plan.firstDate)
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'publishing.validation.until_before_first' });
    const days = (Date.parse(plan.until) - Date.parse(plan.firstDate)) / 86_400_000;
    if (days > MAX_PLAN_DAYS)
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'publishing.validation.too_many_sessions' });
    else if (recurrenceDates(recurrenceOf(plan)).length > MAX_SESSIONS)
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'publishing.validation.too_many_sessions' });
  }
});
export type SessionPlanInput = z.infer<typeof sessionPlanInput>;

export const updateSessionInput = z
  .object({
    sessionId: z.uuid('validation.invalid'),
    date: isoDate,
    startTime: clockTime,
    endTime: clockTime,
    ...bookingRules,
  })
  .superRefine((value, ctx) => {
    checkBookingWindow(value, ctx);
    if (value.endTime <= value.startTime)
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'publishing.validation.end_before_start' });
  });
export type UpdateSessionInput = z.infer<typeof updateSessionInput>;

export const cancelSessionInput = z.object({
  sessionId: z.uuid('validation.invalid'),
  reason: optionalText(500),
});
