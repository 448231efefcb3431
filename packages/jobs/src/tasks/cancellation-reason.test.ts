import { translator } from '@rf/i18n';
import { describe, expect, it } from 'vitest';
import { minAttendanceOf, reasonFor } from './cancellation-reason.ts';

describe('a cancellation reason as the person reads it', () => {
  const fr = translator('fr');
  const en = translator('en');

  it('recognises the minimum-attendance reason in whichever language it was stored', () => {
    expect(minAttendanceOf(fr('mail.min_attendance.cancel_reason', { minimum: 3 }))).toBe(3);
    expect(minAttendanceOf(en('mail.min_attendance.cancel_reason', { minimum: 12 }))).toBe(12);
  });

  it('leaves what organisers wrote alone, even when it looks like it', () => {
    expect(minAttendanceOf('Animatrice malade')).toBeNull();
    expect(minAttendanceOf(null)).toBeNull();
    expect(minAttendanceOf('trop peu de personnes inscrites, il en fallait au moins trois.')).toBeNull();
    expect(reasonFor(en, 'Animatrice malade')).toBe('Animatrice malade');
    expect(reasonFor(en, null)).toBe(en('mail.booking.no_reason'));
  });

  it('renders the minimum-attendance reason in the reader’s language', () => {
    const stored = fr('mail.min_attendance.cancel_reason', { minimum: 3 });
    expect(reasonFor(en, stored)).toBe('too few people booked, at least 3 were needed.');
    expect(reasonFor(fr, stored)).toBe(stored);
  });
});
