import { describe, expect, it } from 'vitest';
import { constantTimeEqual, parseBrevoSmsEvent } from './receipts.ts';

const secret = 'a-long-shared-secret-of-the-notify-url';
const bearer = { authorization: `Bearer ${secret}` };
const basic = (user: string, password: string) => ({
  Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
});
const delivered = {
  messageId: 1511882900176220,
  msg_status: 'delivered',
  to: '590690123456',
  tag: 'job-42',
  ts_event: 1_796_547_600,
  date: '2026-12-06 10:00:00',
  sms_count: 1,
};

describe('Brevo delivery receipts', () => {
  it('reads a delivered SMS presented with the bearer token', () => {
    expect(parseBrevoSmsEvent(delivered, bearer, secret)).toEqual({
      ok: true,
      events: [
        {
          providerId: '1511882900176220',
          status: 'delivered',
          event: 'delivered',
          reference: 'job-42',
          at: new Date(1_796_547_600_000),
        },
      ],
    });
  });

  it('accepts basic authentication written in the URL (the password is the secret), and Headers', () => {
    expect(parseBrevoSmsEvent(JSON.stringify(delivered), basic('brevo', secret), secret).ok).toBe(true);
    expect(parseBrevoSmsEvent(delivered, new Headers(bearer), secret).ok).toBe(true);
  });

  it('refuses a request without the secret, with another one, or when no secret is configured', () => {
    const refused = { ok: false, reason: 'unauthorized' };
    expect(parseBrevoSmsEvent(delivered, {}, secret)).toEqual(refused);
    expect(parseBrevoSmsEvent(delivered, { authorization: 'Bearer nope' }, secret)).toEqual(refused);
    expect(parseBrevoSmsEvent(delivered, { authorization: `Bearer ${secret}x` }, secret)).toEqual(refused);
    expect(parseBrevoSmsEvent(delivered, basic(secret, 'wrong'), secret)).toEqual(refused);
    expect(parseBrevoSmsEvent(delivered, { authorization: secret }, secret)).toEqual(refused);
    expect(parseBrevoSmsEvent(delivered, { authorization: 'Bearer ' }, '')).toEqual(refused);
    // Unauthorised before the body is even read.
    expect(parseBrevoSmsEvent('{not json', {}, secret)).toEqual(refused);
  });

  it('maps Brevo’s SMS events to delivered, failed, sent or other', () => {
    const status = (name: string) => {
      const result = parseBrevoSmsEvent({ messageId: 7, msg_status: name }, bearer, secret);
      return result.ok ? result.events[0]?.status : result.reason;
    };
    expect(status('sent')).toBe('sent');
    expect(status('accepted')).toBe('sent');
    expect(status('delivered')).toBe('delivered');
    expect(status('soft_bounce')).toBe('failed');
    expect(status('hard_bounce')).toBe('failed');
    expect(status('hardBounce')).toBe('failed');
    expect(status('rejected')).toBe('failed');
    expect(status('skip')).toBe('failed');
    expect(status('replied')).toBe('other');
    expect(status('unsubscribe')).toBe('other');
  });

  it('reads batched webhooks (an array of events)', () => {
    const result = parseBrevoSmsEvent(
      [delivered, { messageId: '42', event: 'hard_bounce', date: '2026-12-06T10:00:00Z' }],
      bearer,
      secret,
    );
    expect(result).toMatchObject({
      ok: true,
      events: [
        { providerId: '1511882900176220', status: 'delivered' },
        { providerId: '42', status: 'failed', reference: undefined, at: new Date('2026-12-06T10:00:00Z') },
      ],
    });
  });

  it('calls a body it cannot read invalid', () => {
    const invalid = { ok: false, reason: 'invalid' };
    expect(parseBrevoSmsEvent('{not json', bearer, secret)).toEqual(invalid);
    expect(parseBrevoSmsEvent({ msg_status: 'delivered' }, bearer, secret)).toEqual(invalid);
    expect(parseBrevoSmsEvent({ messageId: 1 }, bearer, secret)).toEqual(invalid);
    expect(parseBrevoSmsEvent({ messageId: 1.5, msg_status: 'delivered' }, bearer, secret)).toEqual(invalid);
    expect(parseBrevoSmsEvent([], bearer, secret)).toEqual(invalid);
    expect(parseBrevoSmsEvent(null, bearer, secret)).toEqual(invalid);
  });

  it('compares secrets whatever their lengths', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('', 'a')).toBe(false);
  });
});
