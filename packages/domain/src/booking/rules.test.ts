import { describe, expect, it } from 'vitest';
import {
  bookingWindow,
  canCancel,
  cancellationDeadline,
  nextToPromote,
  seatsLeft,
  waitlist,
  waitlistPosition,
} from './rules.ts';

const startsAt = '2026-12-10T09:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('booking window', () => {
  const session = { startsAt, bookingOpensAt: null, bookingClosesAt: null, cancelled: false };

  it('is open until the session starts when nothing else is set', () => {
    expect(bookingWindow(session, at('2026-12-01T00:00:00Z'))).toBe('open');
    expect(bookingWindow(session, at('2026-12-10T08:59:59Z'))).toBe('open');
    expect(bookingWindow(session, at('2026-12-10T09:00:00Z'))).toBe('closed');
  });

  it('opens and closes at the times the organiser chose', () => {
    const windowed = {
      ...session,
      bookingOpensAt: '2026-12-01T08:00:00Z',
      bookingClosesAt: '2026-12-09T18:00:00Z',
    };
    expect(bookingWindow(windowed, at('2026-12-01T07:59:59Z'))).toBe('not_yet_open');
    expect(bookingWindow(windowed, at('2026-12-01T08:00:00Z'))).toBe('open');
    expect(bookingWindow(windowed, at('2026-12-09T17:59:59Z'))).toBe('open');
    expect(bookingWindow(windowed, at('2026-12-09T18:00:00Z'))).toBe('closed');
  });

  it('is closed for a cancelled session', () => {
    expect(bookingWindow({ ...session, cancelled: true }, at('2026-12-01T00:00:00Z'))).toBe('closed');
  });
});

describe('seats left', () => {
  it('never goes below zero', () => {
    expect(seatsLeft(20, 3)).toBe(17);
    expect(seatsLeft(20, 20)).toBe(0);
    expect(seatsLeft(5, 7)).toBe(0);
  });
});

describe('cancellation cut-off', () => {
  const session = { startsAt, cancellationCutoffMinutes: 24 * 60, cancelled: false };

  it('falls the given number of minutes before the start', () => {
    expect(cancellationDeadline(startsAt, 90).toISOString()).toBe('2026-12-10T07:30:00.000Z');
  });

  it('lets a confirmed seat go until the cut-off, not after', () => {
    expect(canCancel('confirmed', session, at('2026-12-09T08:59:59Z'))).toBe(true);
    expect(canCancel('confirmed', session, at('2026-12-09T09:00:00Z'))).toBe(false);
  });

  it('lets a waiting person leave the waitlist until the start', () => {
    expect(canCancel('waitlisted', session, at('2026-12-10T08:59:00Z'))).toBe(true);
    expect(canCancel('waitlisted', session, at('2026-12-10T09:00:00Z'))).toBe(false);
  });

  it('does nothing for a cancelled booking or a cancelled session', () => {
    expect(canCancel('cancelled', session, at('2026-12-01T00:00:00Z'))).toBe(false);
    expect(canCancel('confirmed', { ...session, cancelled: true }, at('2026-12-01T00:00:00Z'))).toBe(false);
  });
});

describe('waitlist', () => {
  const bookings = [
    { id: 'a', status: 'confirmed', arrival: 1 },
    { id: 'd', status: 'waitlisted', arrival: 9 },
    { id: 'b', status: 'waitlisted', arrival: 4 },
    { id: 'x', status: 'cancelled', arrival: 2 },
    { id: 'c', status: 'waitlisted', arrival: 7 },
  ] as const;

  it('is served in arrival order', () => {
    expect(waitlist(bookings).map((b) => b.id)).toEqual(['b', 'c', 'd']);
  });

  it('promotes the earliest arrival still waiting', () => {
    expect(nextToPromote(bookings)?.id).toBe('b');
    expect(nextToPromote(bookings.filter((b) => b.id !== 'b'))?.id).toBe('c');
  });

  it('promotes nobody when nobody waits', () => {
    expect(nextToPromote([{ status: 'confirmed', arrival: 1 }])).toBeNull();
  });

  it('tells each waiting person their place in line', () => {
    const waiting = [4, 7, 9];
    expect(waitlistPosition({ status: 'waitlisted', arrival: 4 }, waiting)).toBe(1);
    expect(waitlistPosition({ status: 'waitlisted', arrival: 9 }, waiting)).toBe(3);
    expect(waitlistPosition({ status: 'confirmed', arrival: 1 }, waiting)).toBeNull();
  });
});
