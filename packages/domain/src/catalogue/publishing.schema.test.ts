import { describe, expect, it } from 'vitest';
import { createActivityInput, sessionPlanInput, updateSessionInput } from './publishing.schema.ts';
import { bookingRulesOf, minimumAttendanceState, sessionRow } from './sessions.ts';

const placeId = '00000000-0000-4000-8000-000000000001';
const activityId = '00000000-0000-4000-8000-000000000002';

const activityForm = (overrides: Record<string, unknown> = {}) => ({
  placeId,
  kind: 'workshop',
  title: ' Prendre en main son smartphone ',
  themes: 'prendre_en_main_du_materiel',
  feesKind: 'gratuit',
  format: 'on_site',
  minAttendance: '',
  minAttendanceNoticeHours: '',
  ...overrides,
});

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('activity schema', () => {
  it('reads a form: trims, one checkbox as a list, defaults the notice to 48 hours', () => {
    const parsed = createActivityInput.parse(activityForm());
    expect(parsed.title).toBe('Prendre en main son smartphone');
    expect(parsed.themes).toEqual(['prendre_en_main_du_materiel']);
    expect(parsed.minAttendance).toBeUndefined();
    expect(parsed.minAttendanceNoticeHours).toBe(48);
  });

  it('cancels below the minimum unless the organiser chose a warning only', () => {
    expect(createActivityInput.parse(activityForm()).minAttendanceAction).toBe('cancel');
    expect(createActivityInput.parse(activityForm({ minAttendanceAction: 'warn' })).minAttendanceAction).toBe(
      'warn',
    );
    expect(issues(createActivityInput.safeParse(activityForm({ minAttendanceAction: 'forget' })))).toEqual({
      minAttendanceAction: 'validation.invalid',
    });
  });

  it('books session by session unless a training is booked as a whole course', () => {
    expect(createActivityInput.parse(activityForm()).bookingScope).toBe('session');
    expect(
      createActivityInput.parse(activityForm({ kind: 'training', bookingScope: 'course' })).bookingScope,
    ).toBe('course');
    expect(issues(createActivityInput.safeParse(activityForm({ bookingScope: 'course' })))).toEqual({
      bookingScope: 'publishing.validation.course_training_only',
    });
    expect(issues(createActivityInput.safeParse(activityForm({ bookingScope: 'all' })))).toEqual({
      bookingScope: 'validation.invalid',
    });
  });

  it('requires at least one theme, from the national vocabulary', () => {
    expect(issues(createActivityInput.safeParse(activityForm({ themes: undefined })))).toEqual({
      themes: 'publishing.validation.themes_required',
    });
    expect(
      issues(createActivityInput.safeParse(activityForm({ themes: ['email', 'cuisine'] }))),
    ).toMatchObject({
      'themes.1': 'publishing.validation.theme_unknown',
    });
  });

  it('keeps prices consistent with the fees: required when paid, refused when free', () => {
    expect(issues(createActivityInput.safeParse(activityForm({ feesKind: 'payant' })))).toEqual({
      price: 'publishing.validation.price_required',
    });
    expect(issues(createActivityInput.safeParse(activityForm({ price: '5' })))).toEqual({
      price: 'publishing.validation.price_not_allowed',
    });
    expect(createActivityInput.parse(activityForm({ feesKind: 'payant', price: '12,50' })).price).toBe(1250);
    expect(
      issues(createActivityInput.safeParse(activityForm({ feesKind: 'payant', price: '12 €' }))),
    ).toEqual({
      price: 'publishing.validation.price_invalid',
    });
  });

  it('refuses a minimum attendance that is not a positive whole number', () => {
    expect(issues(createActivityInput.safeParse(activityForm({ minAttendance: '0' })))).toEqual({
      minAttendance: 'publishing.validation.min_attendance_invalid',
    });
    expect(createActivityInput.parse(activityForm({ minAttendance: '4' })).minAttendance).toBe(4);
  });
});

const planForm = (overrides: Record<string, unknown> = {}) => ({
  activityId,
  firstDate: '2026-10-13',
  startTime: '14:00',
  endTime: '16:00',
  frequency: 'weekly',
  interval: '1',
  weekdays: ['2'],
  endKind: 'count',
  count: '4',
  until: '',
  capacity: '12',
  bookingOpensDaysBefore: '',
  bookingClosesHoursBefore: '',
  cancellationCutoffHours: '',
  locationNote: '',
  ...overrides,
});

describe('session plan schema', () => {
  it('reads a weekly plan from plain form fields', () => {
    const plan = sessionPlanInput.parse(planForm());
    expect(plan).toMatchObject({
      interval: 1,
      weekdays: [2],
      count: 4,
      capacity: 12,
      cancellationCutoffHours: 24,
    });
    expect(plan.bookingOpensDaysBefore).toBeUndefined();
  });

  it('keeps capacity between 1 and 500', () => {
    expect(issues(sessionPlanInput.safeParse(planForm({ capacity: '0' })))).toEqual({
      capacity: 'publishing.validation.capacity_invalid',
    });
    expect(issues(sessionPlanInput.safeParse(planForm({ capacity: '501' })))).toEqual({
      capacity: 'publishing.validation.capacity_invalid',
    });
  });

  it('refuses an end before the start and an inverted booking window', () => {
    expect(issues(sessionPlanInput.safeParse(planForm({ endTime: '13:00' })))).toEqual({
      endTime: 'publishing.validation.end_before_start',
    });
    expect(
      issues(
        sessionPlanInput.safeParse(planForm({ bookingOpensDaysBefore: '1', bookingClosesHoursBefore: '48' })),
      ),
    ).toEqual({ bookingClosesHoursBefore: 'publishing.validation.window_inverted' });
  });

  it('asks for an end date after the first one, and refuses plans of more than 100 sessions', () => {
    expect(issues(sessionPlanInput.safeParse(planForm({ endKind: 'until' })))).toEqual({
      until: 'publishing.validation.until_required',
    });
    expect(issues(sessionPlanInput.safeParse(planForm({ endKind: 'until', until: '2026-10-01' })))).toEqual({
      until: 'publishing.validation.until_before_first',
    });
    expect(
      issues(
        sessionPlanInput.safeParse(
          planForm({ endKind: 'until', until: '2028-10-01', weekdays: ['1', '2', '3'] }),
        ),
      ),
    ).toEqual({ until: 'publishing.validation.too_many_sessions' });
    expect(issues(sessionPlanInput.safeParse(planForm({ count: '101' })))).toEqual({
      count: 'publishing.validation.count_invalid',
    });
  });

  it('does not ask for an end when the session happens once', () => {
    expect(sessionPlanInput.safeParse(planForm({ frequency: 'once', count: '' })).success).toBe(true);
  });

  it('validates the edit of one session the same way', () => {
    expect(
      issues(
        updateSessionInput.safeParse({
          sessionId: activityId,
          date: '2026-13-40',
          startTime: '25:00',
          endTime: '10:00',
          capacity: '10',
        }),
      ),
    ).toMatchObject({
      date: 'publishing.validation.date_invalid',
      startTime: 'publishing.validation.time_invalid',
    });
  });
});

describe('session rows and minimum attendance', () => {
  const occurrence = { startsAt: '2026-10-20T12:00:00.000Z', endsAt: '2026-10-20T14:00:00.000Z' };

  it('measures the booking window and the cut-off back from the start, and reads them back', () => {
    const rules = {
      capacity: 10,
      bookingOpensDaysBefore: 30,
      bookingClosesHoursBefore: 2,
      cancellationCutoffHours: 24,
    };
    const row = sessionRow(occurrence, rules);
    expect(row).toMatchObject({
      bookingOpensAt: '2026-09-20T12:00:00.000Z',
      bookingClosesAt: '2026-10-20T10:00:00.000Z',
      cancellationCutoffMinutes: 1440,
    });
    expect(bookingRulesOf(row)).toEqual({ ...rules, locationNote: undefined });
    expect(sessionRow(occurrence, { capacity: 10, cancellationCutoffHours: 0 })).toMatchObject({
      bookingOpensAt: null,
      bookingClosesAt: null,
    });
  });

  it('flags a session short of its minimum as its deadline nears, then once it has passed', () => {
    const activity = { minAttendance: 4, minAttendanceNoticeMinutes: 48 * 60 };
    const session = { startsAt: occurrence.startsAt, confirmed: 2 };
    // Deadline: 18 October 14:00 Paris (12:00 UTC).
    expect(minimumAttendanceState(session, activity, new Date('2026-10-01T00:00:00Z'))).toBe('short');
    expect(minimumAttendanceState(session, activity, new Date('2026-10-12T00:00:00Z'))).toBe('short_soon');
    expect(minimumAttendanceState(session, activity, new Date('2026-10-18T12:00:00Z'))).toBe(
      'short_past_deadline',
    );
    expect(
      minimumAttendanceState({ ...session, confirmed: 4 }, activity, new Date('2026-10-19T00:00:00Z')),
    ).toBe('reached');
    expect(minimumAttendanceState(session, { ...activity, minAttendance: null }, new Date())).toBe('none');
  });
});
