import { hashLinkToken } from '@rf/auth';
import { dashboardTitle } from '@rf/db/reporting/dashboard.repository';
import { findShareLinkByTokenHash } from '@rf/db/reporting/dashboard-share-links.repository';
import { withServiceRole } from '@rf/db/service';
import { DomainError } from '@rf/domain/errors';
import { shareTokenInput } from '@rf/domain/reporting/dashboard.schema';
import { type PublishedDashboard, publishedDashboard } from '@rf/domain/reporting/publication';
import { selfManagedProcedure } from '../../trpc.ts';
import { loadPublication } from './publication.server.ts';

/**
 * The dashboard behind a live share link, for anyone holding it (no session). Whoever made the link, its
 * holder reads the one publication of decision 038 (validated quarters, statistical secrecy applied): the
 * figures an observer and the open-data file show for the same cells, never raw small counts. The service
 * role reads the link; the exact counts are suppressed before anything leaves. An expired link answers
 * `link_invalid_or_expired` (its page: 410), an unknown or revoked one `not_found`.
 */
export const dashboardShared = selfManagedProcedure
  .input(shareTokenInput)
  .query(async ({ ctx, input }): Promise<PublishedDashboard> => {
    const { link, title } = await withServiceRole(ctx.services.db, 'dashboard share link', async (tx) => {
      const link = await findShareLinkByTokenHash(tx, hashLinkToken(input.token));
      if (!link) throw new DomainError('not_found');
      if (link.expired) throw new DomainError('link_invalid_or_expired');
      return { link, title: await dashboardTitle(tx, link.scope) };
    });
    return publishedDashboard(await loadPublication(ctx.services), link.scope, link.range, title ?? '');
  });
