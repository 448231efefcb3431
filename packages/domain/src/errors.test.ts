import { describe, expect, it } from 'vitest';
import { DomainError, retryAfterOf, tooMany } from './errors.ts';

describe('rate-limit refusals', () => {
  it('carry the whole seconds to wait', () => {
    const refusal = tooMany('too_many_bookings', 41.2);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal.code).toBe('too_many_bookings');
    expect(retryAfterOf(refusal)).toBe(42);
  });

  it('are told apart from other refusals', () => {
    expect(retryAfterOf(new DomainError('not_found'))).toBeNull();
    expect(retryAfterOf(new DomainError('service_unavailable', { retryAfterSeconds: 'soon' }))).toBeNull();
  });
});
