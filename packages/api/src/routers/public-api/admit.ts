import { publicApiChecks } from '@rf/domain/rate-limits/limits';
import { enforceRateLimits } from '../../rate-limits.server.ts';
import { selfManagedProcedure } from '../../trpc.ts';

/**
 * Counts one request of the public API against the client address's allowance (decision 062), or refuses
 * it with `too_many_attempts` and the seconds to wait (429 and `Retry-After`), counting nothing.
 */
export const admit = selfManagedProcedure.mutation(async ({ ctx }) => {
  await enforceRateLimits(
    ctx,
    'public api',
    publicApiChecks(ctx.exchange.clientAddress),
    'too_many_attempts',
  );
});
