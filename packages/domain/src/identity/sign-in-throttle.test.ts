import { describe, expect, it } from 'vitest';
import { isSignInThrottled, signInThrottle } from './sign-in-throttle.ts';

describe('sign-in throttle', () => {
  it('lets a few mistakes through', () => {
    expect(isSignInThrottled({ forEmail: signInThrottle.maxFailuresPerEmail - 1, forClient: 0 })).toBe(false);
  });
  it('stops an address after too many failures', () => {
    expect(isSignInThrottled({ forEmail: signInThrottle.maxFailuresPerEmail, forClient: 0 })).toBe(true);
  });
  it('stops a client that sprays many addresses', () => {
    expect(isSignInThrottled({ forEmail: 0, forClient: signInThrottle.maxFailuresPerClient })).toBe(true);
  });
});
