// `rate-limit-purge` (hourly, decision 075): deletes the rate-limit counters past the end of the window
// after theirs. They name client addresses and people, and count for nothing once expired. Counting no
// longer deletes them on the way (decision 075): that needed an index every hit had to update.
import type { Db } from '@rf/db';
import { forgetExpiredRateLimits } from '@rf/db/rate-limits/rate-limits.repository';
import { withServiceRole } from '@rf/db/service';
import { z } from 'zod';
import type { TaskHandler } from '../worker.ts';

const payloadSchema = z.object({ scheduledFor: z.iso.datetime().optional() }).loose();

export function rateLimitPurgeTask(deps: { db: Db }): TaskHandler {
  return async (payload) => {
    payloadSchema.parse(payload);
    const counters = await withServiceRole(deps.db, 'rate-limit purge', forgetExpiredRateLimits);
    return { counts: { counters } };
  };
}
