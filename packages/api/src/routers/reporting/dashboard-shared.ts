import { hashLinkToken } from '@rf/auth';
import { getDashboard } from '@rf/db/reporting/dashboard.repository';
import { findShareLinkByTokenHash } from '@rf/db/reporting/dashboard-share-links.repository';
import { withServiceRole } from '@rf/db/service';
import { DomainError } from '@rf/domain/errors';
import type { Dashboard } from '@rf/domain/reporting/dashboard';
import { shareTokenInput } from '@rf/domain/reporting/dashboard.schema';
import { selfManagedProcedure } from '../../trpc.ts';

/**
 * The dashboard behind a live share link, for anyone holding it (no session): the service role reads the
 * link and the pre-aggregates of its scope, as the person who shared it saw them.
 */
export const dashboardShared = selfManagedProcedure
  .input(shareTokenInput)
  .query(async ({ ctx, input }): Promise<Dashboard> => {
    const dashboard = await withServiceRole(ctx.services.db, 'dashboard share link', async (tx) => {
      const link = await findShareLinkByTokenHash(tx, hashLinkToken(input.token));
      return link ? getDashboard(tx, link.scope, link.range) : null;
    });
    if (!dashboard) throw new DomainError('not_found');
    return dashboard;
  });
