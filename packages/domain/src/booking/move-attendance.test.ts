import { describe, expect, it } from 'vitest';
import { canTakeAttendance, markAttendanceForm, markAttendanceInput } from './attendance.ts';
import { bookingInput, moveBookingInput } from './booking.schema.ts';
import { attendanceOpen, moveRefusal } from './rules.ts';

const at = (iso: string) => new Date(iso);
const from = { startsAt: '2026-12-10T09:00:00.000Z', cancellationCutoffMinutes: 1440, cancelled: false };
const to = {
  startsAt: '2026-12-17T09:00:00.000Z',
  bookingOpensAt: null,
  bookingClosesAt: null,
  cancelled: false,
};

describe('moving a booking', () => {
  it('is allowed while the booking could be cancelled and the target takes bookings', () => {
    expect(moveRefusal('confirmed', from, to, at('2026-12-08T09:00:00Z'))).toBeNull();
  });

  it('is refused once the cancellation cut-off of the held seat has passed', () => {
    expect(moveRefusal('confirmed', from, to, at('2026-12-09T09:00:00Z'))).toBe('cancellation_closed');
    // A place on the waitlist can move until the session starts.
    expect(moveRefusal('waitlisted', from, to, at('2026-12-09T09:00:00Z'))).toBeNull();
    expect(moveRefusal('cancelled', from, to, at('2026-12-01T09:00:00Z'))).toBe('cancellation_closed');
  });

  it('is refused when the target session no longer (or not yet) takes bookings', () => {
    const closed = { ...to, bookingClosesAt: '2026-12-05T00:00:00Z' };
    expect(moveRefusal('confirmed', from, closed, at('2026-12-06T09:00:00Z'))).toBe('booking_closed');
    const later = { ...to, bookingOpensAt: '2026-12-12T00:00:00Z' };
    expect(moveRefusal('confirmed', from, later, at('2026-12-06T09:00:00Z'))).toBe('booking_closed');
    expect(moveRefusal('confirmed', from, { ...to, cancelled: true }, at('2026-12-06T09:00:00Z'))).toBe(
      'booking_closed',
    );
  });

  it('needs the private link and a chosen session', () => {
    const token = 'x'.repeat(43);
    expect(moveBookingInput.safeParse({ token, sessionId: '' }).error?.issues[0]?.message).toBe(
      'validation.move_session_required',
    );
    expect(
      moveBookingInput.safeParse({ token, sessionId: '0b9c8d1e-2f3a-4b5c-8d6e-7f8091a2b3c4' }).success,
    ).toBe(true);
  });
});

describe('attendance window', () => {
  // 23:30 UTC on 9 December is already 10 December in Paris.
  const session = { startsAt: '2026-12-10T09:00:00.000Z', cancelled: false };

  it('opens on the day of the session in France and stays open after it', () => {
    expect(attendanceOpen(session, at('2026-12-09T22:59:00Z'))).toBe(false);
    expect(attendanceOpen(session, at('2026-12-09T23:30:00Z'))).toBe(true);
    expect(attendanceOpen(session, at('2026-12-10T08:00:00Z'))).toBe(true);
    expect(attendanceOpen(session, at('2027-01-15T08:00:00Z'))).toBe(true);
  });

  it('never opens for a cancelled session', () => {
    expect(attendanceOpen({ ...session, cancelled: true }, at('2026-12-10T10:00:00Z'))).toBe(false);
  });
});

describe('taking attendance', () => {
  const viewer = {
    userId: 'u',
    email: 'g@test.fr',
    displayName: 'G',
    networkRole: null,
    memberships: [
      { placeId: 'a', placeName: 'A', role: 'manager' as const },
      { placeId: 'b', placeName: 'B', role: 'member' as const },
    ],
  };

  it('belongs to the place’s managers and network admins only', () => {
    expect(canTakeAttendance(viewer, 'a')).toBe(true);
    expect(canTakeAttendance(viewer, 'b')).toBe(false);
    expect(canTakeAttendance(viewer, 'c')).toBe(false);
    expect(canTakeAttendance({ ...viewer, memberships: [], networkRole: 'network_admin' }, 'c')).toBe(true);
    expect(canTakeAttendance({ ...viewer, memberships: [], networkRole: 'observer' }, 'a')).toBe(false);
  });

  it('keeps the marked rows of the sheet only, accepts its own output and refuses unknown marks', () => {
    const id = '0b9c8d1e-2f3a-4b5c-8d6e-7f8091a2b3c4';
    const other = '1c0d9e2f-3a4b-4c5d-9e7f-8091a2b3c4d5';
    const parsed = markAttendanceForm.parse({
      sessionId: id,
      marks: [{ bookingId: id, attendance: 'seen' }, { bookingId: other }, { bookingId: id, attendance: '' }],
    });
    expect(parsed.marks).toEqual([{ bookingId: id, attendance: 'seen' }]);
    expect(markAttendanceForm.parse(parsed)).toEqual(parsed);
    expect(markAttendanceInput.safeParse(parsed).success).toBe(true);
    expect(
      markAttendanceForm.safeParse({ sessionId: id, marks: [{ bookingId: other }] }).error?.issues[0]
        ?.message,
    ).toBe('validation.attendance_none');
    const wrong = markAttendanceInput.safeParse({
      sessionId: id,
      marks: [{ bookingId: id, attendance: 'revoked' }],
    });
    expect(wrong.error?.issues[0]?.message).toBe('validation.attendance_invalid');
    expect(markAttendanceInput.safeParse({ sessionId: id, marks: [] }).error?.issues[0]?.message).toBe(
      'validation.attendance_none',
    );
  });
});

describe('booking for someone else', () => {
  const base = {
    sessionId: '0b9c8d1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
    firstName: 'Jo',
    phone: '06 12 34 56 78',
    consent: 'on',
  };

  it('asks the prescriber who they are and for which organisation', () => {
    const result = bookingInput.safeParse({ ...base, mode: 'prescriber' });
    expect(Object.fromEntries(result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [])).toEqual({
      prescriberName: 'validation.prescriber_name_missing',
      prescriberOrganisation: 'validation.prescriber_organisation_required',
    });
    const ok = bookingInput.parse({
      ...base,
      mode: 'prescriber',
      prescriberName: 'Sam Martin',
      prescriberOrganisation: 'France Services Concarneau',
    });
    expect(ok).toMatchObject({ mode: 'prescriber', prescriberName: 'Sam Martin', phone: '+33612345678' });
  });

  it('books for oneself by default', () => {
    expect(bookingInput.parse(base).mode).toBe('resident');
  });
});
