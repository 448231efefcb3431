import type { Db } from '@rf/db';
import { type CountedHit, settleRateLimits, takeRateLimits } from '@rf/db/rate-limits/rate-limits.repository';
import { tooMany } from '@rf/domain/errors';
import { linkEmailChecks, signInChecks } from '@rf/domain/rate-limits/limits';

/**
 * The rate limits of the sign-in paths (rules in packages/domain/src/rate-limits, one store for every
 * limit: decision 033).
 *
 * Password sign-in: an attempt counts as a failure BEFORE the password is checked (per e-mail address and
 * per client address), and is given back when the password was right. So concurrent guesses, on any
 * number of app instances, never get more tries than the limit, and a refused attempt checks nothing.
 */
export function createSignInThrottle(db: Db) {
  return {
    /** Counts the attempt as a failure; refuses (`too_many_attempts`, with the wait) past either limit. */
    async begin(email: string, clientAddress: string): Promise<CountedHit[]> {
      const { email: perEmail, address } = signInChecks(email, clientAddress);
      const taken = await takeRateLimits(db, 'sign-in', [perEmail, address]);
      if (!taken.allowed) throw tooMany('too_many_attempts', taken.retryAfterSeconds);
      return taken.hits;
    },

    /** The password was right: the address's failures are forgiven, the client's attempt given back. */
    async succeeded(email: string, clientAddress: string, hits: CountedHit[]): Promise<void> {
      const { email: perEmail, address } = signInChecks(email, clientAddress);
      await settleRateLimits(db, 'sign-in', {
        release: hits.filter((hit) => hit.check.limit.bucket === address.limit.bucket),
        clear: [perEmail],
      });
    },

    /**
     * A sign-in or password-reset link asked for `email`: past the client address's limit, refused
     * (`too_many_emails`); past the destination's, `false` — send nothing, and answer as if sent.
     */
    async mayEmailLink(email: string, clientAddress: string): Promise<boolean> {
      const { address, destination } = linkEmailChecks(email, clientAddress);
      const fromClient = await takeRateLimits(db, 'link e-mail', [address]);
      if (!fromClient.allowed) throw tooMany('too_many_emails', fromClient.retryAfterSeconds);
      const toDestination = await takeRateLimits(db, 'link e-mail', [destination]);
      return toDestination.allowed;
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
