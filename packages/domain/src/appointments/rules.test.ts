import { describe, expect, it } from 'vitest';
import { appointmentCancellationDeadline, canCancelAppointment, mayBookPublicly } from './rules.ts';

const startsAt = '2026-12-10T09:00:00.000Z';

describe('appointment cut-offs', () => {
  it('may be cancelled until the availability’s notice before it starts', () => {
    const booked = { status: 'booked' as const, startsAt, noticeMinutes: 180 };
    expect(appointmentCancellationDeadline(startsAt, 180).toISOString()).toBe('2026-12-10T06:00:00.000Z');
    expect(canCancelAppointment(booked, new Date('2026-12-10T05:59:00Z'))).toBe(true);
    expect(canCancelAppointment(booked, new Date('2026-12-10T06:00:00Z'))).toBe(false);
  });

  it('falls back to two hours when the availability is gone, and never cancels twice', () => {
    expect(appointmentCancellationDeadline(startsAt, null).toISOString()).toBe('2026-12-10T07:00:00.000Z');
    expect(
      canCancelAppointment({ status: 'cancelled', startsAt, noticeMinutes: 0 }, new Date('2026-12-01')),
    ).toBe(false);
  });
});

describe('who may book from the public page', () => {
  it('lets everyone book open slots, prescribers only theirs, and nobody the team’s', () => {
    expect(mayBookPublicly('everyone', {})).toBe(true);
    expect(mayBookPublicly('agents_and_prescribers', {})).toBe(false);
    expect(mayBookPublicly('agents_and_prescribers', { prescriberName: 'Agent France Services' })).toBe(true);
    expect(mayBookPublicly('agents', { prescriberName: 'X' })).toBe(false);
  });
});
