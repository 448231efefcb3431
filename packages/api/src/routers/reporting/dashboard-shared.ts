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
 * link and the pre-aggregates of its scope, as the person who shared it saw them. An expired link answers
 * `link_invalid_or_expired` (its page: 410), an unknown or revoked one `not_found`.
 */
export const dashboardShared = selfManagedProcedure
  .input(shareTokenInput)
  .query(async ({ ctx, input }): Promise<Dashboard> => {
    return withServiceRole(ctx.services.db, 'dashboard share link', async (tx) => {
      const link = await findShareLinkByTokenHash(tx, hashLinkToken(input.token));
      if (!link) throw new DomainError('not_found');
      if (link.expired) throw new DomainError('link_invalid_or_expired');
      return getDashboard(tx, link.scope, link.range);
    });
  });
