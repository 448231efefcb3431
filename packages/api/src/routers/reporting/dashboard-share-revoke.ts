import { revokeShareLink } from '@rf/db/reporting/dashboard-share-links.repository';
import { DomainError } from '@rf/domain/errors';
import { revokeShareLinkInput } from '@rf/domain/reporting/dashboard.schema';
import { signedInProcedure } from '../../trpc.ts';

/** Revokes a share link: its page answers "not found" from then on. RLS decides who may. */
export const dashboardShareRevoke = signedInProcedure
  .input(revokeShareLinkInput)
  .mutation(async ({ ctx, input }) => {
    if (!(await revokeShareLink(ctx.tx, input.id))) throw new DomainError('not_found');
    return { ok: true as const };
  });
