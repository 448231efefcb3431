/**
 * Sign-in throttling. Failures are counted per e-mail address and per client address over a sliding
 * window; past the limit, attempts are refused before the password is even checked, so guessing stops
 * paying while a person who mistyped a few times is not locked out for long.
 */
export const signInThrottle = {
  windowMinutes: 15,
  maxFailuresPerEmail: 5,
  maxFailuresPerClient: 20,
} as const;

export interface RecentFailures {
  forEmail: number;
  forClient: number;
}

export function isSignInThrottled(failures: RecentFailures): boolean {
  return (
    failures.forEmail >= signInThrottle.maxFailuresPerEmail ||
    failures.forClient >= signInThrottle.maxFailuresPerClient
  );
}
