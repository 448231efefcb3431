import { DomainError, tooMany } from '@rf/domain/errors';
import { describe, expect, it } from 'vitest';
import { failureInit, formFailure } from './forms.ts';

const form = () => {
  const data = new FormData();
  data.set('email', 'lea@example.org');
  data.set('password', 'secret');
  return data;
};

describe('a refused form', () => {
  it('answers a rate limit with 429, Retry-After and the wait for the page', () => {
    const failure = formFailure(tooMany('too_many_bookings', 1234.5), form());
    expect(failure).toEqual({
      ok: false,
      formError: 'errors.too_many_bookings',
      fieldErrors: {},
      values: { email: 'lea@example.org' },
      retryAfter: 1235,
    });
    const headers = new Headers({ 'set-cookie': 'rf-session=x' });
    const init = failureInit(failure, headers);
    expect(init.status).toBe(429);
    expect(init.headers.get('retry-after')).toBe('1235');
    // The procedures' headers (the session cookie) go along; the scope's own are not changed.
    expect(init.headers.get('set-cookie')).toBe('rf-session=x');
    expect(headers.has('retry-after')).toBe(false);
  });

  it('answers any other refusal with the status given, without Retry-After', () => {
    const failure = formFailure(new DomainError('booking_closed'), form());
    expect(failure.retryAfter).toBeUndefined();
    const init = failureInit(failure);
    expect(init.status).toBe(400);
    expect(init.headers.has('retry-after')).toBe(false);
    expect(failureInit(failure, undefined, 409).status).toBe(409);
  });
});
