import { hashLinkToken } from '@rf/auth';
import { dashboardTitle } from '@rf/db/reporting/dashboard.repository';
import { findShareLinkByTokenHash } from '@rf/db/reporting/dashboard-share-links.repository';
import { DomainError } from '@rf/domain/errors';
import { shareTokenInput } from '@rf/domain/reporting/dashboard.schema';
import type { PublishedDashboard } from '@rf/domain/reporting/publication';
import { selfManagedProcedure } from '../../trpc.ts';
import { loadPublishedDashboard, readPublication, withPublicationVersion } from './publication.server.ts';

/**
 * The dashboard behind a live share link, for anyone holding it (no session). Whoever made the link, its
 * holder reads the one publication of decision 038 (validated quarters, statistical secrecy applied): the
 * figures an observer and the open-data file show for the same cells, never raw small counts. The service
 * role reads the link; the exact counts are suppressed before anything leaves. An expired link answers
 * `link_invalid_or_expired` (its page: 410), an unknown or revoked one `not_found`. One transaction: the
 * link, its title and the publication's version (read with its `begin`, decision 064); the dashboard itself
 * is this process's copy for that version, computed again (after the transaction) only after a write that
 * changes the publication.
 */
export const dashboardShared = selfManagedProcedure
  .input(shareTokenInput)
  .query(async ({ ctx, input }): Promise<PublishedDashboard> => {
    const { link, title, reading } = await withPublicationVersion(
      ctx.services.db,
      'dashboard share link',
      async (tx) => {
        const link = await findShareLinkByTokenHash(tx, hashLinkToken(input.token));
        if (!link) throw new DomainError('not_found');
        if (link.expired) throw new DomainError('link_invalid_or_expired');
        const title = await dashboardTitle(tx, link.scope);
        return { link, title, reading: await readPublication(ctx.services.db, tx) };
      },
    );
    return loadPublishedDashboard(ctx.services, link.scope, link.range, title ?? '', reading);
  });
