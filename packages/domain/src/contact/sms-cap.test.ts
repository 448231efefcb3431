import { describe, expect, it } from 'vitest';
import { smsAllowed, smsCapInput } from './sms-cap.ts';

describe('the monthly SMS cap', () => {
  it('holds back reminders only, once the cap is reached', () => {
    expect(smsAllowed('reminder', { cap: 10, sent: 9 })).toBe(true);
    expect(smsAllowed('reminder', { cap: 10, sent: 10 })).toBe(false);
    expect(smsAllowed('reminder', { cap: 0, sent: 0 })).toBe(false);
    expect(smsAllowed('reminder', { cap: null, sent: 5000 })).toBe(true);
    for (const kind of ['confirmed', 'promoted', 'cancelled', 'session_moved']) {
      expect(smsAllowed(kind, { cap: 0, sent: 50 })).toBe(true);
    }
  });

  it('reads the console form: a number, or empty for no cap; refuses the rest', () => {
    const placeId = '0f0c1e9a-0000-4000-8000-000000000001';
    expect(smsCapInput.parse({ placeId, cap: '200' })).toEqual({ placeId, cap: 200 });
    expect(smsCapInput.parse({ placeId, cap: '' })).toEqual({ placeId, cap: null });
    for (const cap of ['-1', '2.5', 'beaucoup', '1000001']) {
      expect(smsCapInput.safeParse({ placeId, cap }).success).toBe(false);
    }
  });
});
