import { newLinkToken } from '@rf/auth';
import { dashboardTitle } from '@rf/db/reporting/dashboard.repository';
import { insertShareLink } from '@rf/db/reporting/dashboard-share-links.repository';
import { DomainError } from '@rf/domain/errors';
import { canShareDashboard, shareLinkCreateInput } from '@rf/domain/reporting/dashboard.schema';
import { signedInProcedure } from '../../trpc.ts';

/**
 * A read-only public link to a dashboard (network admins any scope, managers their place or hub). The token
 * is returned once; only its hash is kept. It works for the days chosen (90 unless said otherwise), and its
 * creation is audited.
 */
export const dashboardShareCreate = signedInProcedure
  .input(shareLinkCreateInput)
  .mutation(async ({ ctx, input }) => {
    if (!canShareDashboard(ctx.viewer, input.scope)) throw new DomainError('forbidden');
    if ((await dashboardTitle(ctx.tx, input.scope)) === null) throw new DomainError('not_found');
    const { token, hash } = newLinkToken();
    const id = await insertShareLink(ctx.tx, {
      tokenHash: hash,
      scope: input.scope,
      range: input.range,
      days: input.days,
    });
    return { id, token };
  });
