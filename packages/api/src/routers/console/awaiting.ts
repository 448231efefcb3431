import { countAwaiting } from '@rf/db/console/awaiting.repository';
import { type AwaitingCounts, NOTHING_AWAITING } from '@rf/domain/console/navigation';
import { homeRole, managedPlaceIds } from '@rf/domain/identity/roles';
import { parisDay, parisDays } from '@rf/domain/time/paris';
import { signedInProcedure } from '../../trpc.ts';
import { consoleSessionsWindow } from '../home/place-sessions.ts';

/** Today in France, as the appointments page counts it, and since when a session's attendance is awaited. */
function window(now: Date) {
  const today = parisDays(parisDay(now));
  return {
    dayStart: today.from,
    dayEnd: today.to,
    attendanceSince: consoleSessionsWindow(now).attendancePendingSince,
  };
}

/**
 * What waits for the viewer, for the console's navigation: one statement per request, run as the viewer.
 * A manager: their places' loan requests, reports sent back, attendance sheets to fill in, today's sessions
 * and appointments. A network admin: the reports to validate and the loan requests of the whole network
 * (they may decide on any). Observers and members act on none of these: nothing, and no query.
 */
export const awaiting = signedInProcedure.query(async ({ ctx }): Promise<AwaitingCounts> => {
  const role = homeRole(ctx.viewer);
  if (role === 'manager') {
    const counts = await countAwaiting(ctx.tx, {
      placeIds: managedPlaceIds(ctx.viewer),
      ...window(new Date()),
    });
    return { ...counts, reportsToValidate: 0 };
  }
  if (role === 'network_admin') {
    const counts = await countAwaiting(ctx.tx, { placeIds: null, ...window(new Date()) });
    return {
      ...NOTHING_AWAITING,
      reportsToValidate: counts.reportsToValidate,
      loansToApprove: counts.loansToApprove,
    };
  }
  return { ...NOTHING_AWAITING };
});
