import type { Db } from '@rf/db';
import { withServiceRole } from '@rf/db/service';
import { isSignInThrottled, type RecentFailures, signInThrottle } from '@rf/domain/identity/sign-in-throttle';
import { sql } from 'kysely';

const windowStart = sql<string>`now() - make_interval(mins => ${signInThrottle.windowMinutes})`;

/** Storage for the sign-in throttle whose rules live in the domain package. */
export function createSignInThrottle(db: Db) {
  return {
    async isThrottled(email: string, client: string): Promise<boolean> {
      const failures = await withServiceRole(db, 'sign-in throttle', async (tx) => {
        const row = await tx
          .selectFrom('private.sign_in_failures')
          .select([
            sql<number>`count(*) filter (where email = ${email})::int`.as('forEmail'),
            sql<number>`count(*) filter (where client = ${client})::int`.as('forClient'),
          ])
          .where('at', '>', windowStart)
          .where((eb) => eb.or([eb('email', '=', email), eb('client', '=', client)]))
          .executeTakeFirstOrThrow();
        return row satisfies RecentFailures;
      });
      return isSignInThrottled(failures);
    },

    async recordFailure(email: string, client: string): Promise<void> {
      await withServiceRole(db, 'sign-in throttle', async (tx) => {
        await tx.insertInto('private.sign_in_failures').values({ email, client }).execute();
        await tx
          .deleteFrom('private.sign_in_failures')
          .where('at', '<', sql<string>`now() - interval '1 day'`)
          .execute();
      });
    },

    async clear(email: string): Promise<void> {
      await withServiceRole(db, 'sign-in throttle', (tx) =>
        tx.deleteFrom('private.sign_in_failures').where('email', '=', email).execute(),
      );
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
