import { dashboardTitle, getDashboard } from '@rf/db/reporting/dashboard.repository';
import { listShareLinks } from '@rf/db/reporting/dashboard-share-links.repository';
import { DomainError } from '@rf/domain/errors';
import {
  canShareDashboard,
  canViewDashboard,
  dashboardInput,
  seesRawFigures,
} from '@rf/domain/reporting/dashboard.schema';
import { signedInProcedure } from '../../trpc.ts';
import type { DashboardDto } from './dashboard.dto.ts';
import { loadPublishedDashboard } from './publication.server.ts';

/**
 * The activity dashboard of a scope the viewer may see (a manager their place or hub; network admins and
 * observers any territory). Network admins and the scope's managers read it raw, from the pre-aggregates;
 * anyone else (observers) reads the one publication of decision 038 — validated quarters, statistical
 * secrecy applied — the same figures as share links and open data.
 */
export const dashboardGet = signedInProcedure
  .input(dashboardInput)
  .query(async ({ ctx, input }): Promise<DashboardDto> => {
    if (!canViewDashboard(ctx.viewer, input.scope)) throw new DomainError('forbidden');
    const title = await dashboardTitle(ctx.tx, input.scope);
    if (title === null) throw new DomainError('not_found');
    const canShare = canShareDashboard(ctx.viewer, input.scope);
    const raw = seesRawFigures(ctx.viewer, input.scope);
    const [dashboard, links] = await Promise.all([
      raw
        ? getDashboard(ctx.tx, input.scope, input.range)
        : loadPublishedDashboard(ctx.services, input.scope, input.range, title),
      canShare ? listShareLinks(ctx.tx, input.scope) : Promise.resolve([]),
    ]);
    return {
      dashboard,
      canShare,
      shareLinks: links.map((l) => ({
        id: l.id,
        from: l.range.from,
        to: l.range.to,
        createdAt: l.createdAt,
        expiresAt: l.expiresAt,
      })),
      validatedOnly: !raw,
    };
  });
