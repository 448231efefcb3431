import { dashboardTitle, getDashboard } from '@rf/db/reporting/dashboard.repository';
import { listShareLinks } from '@rf/db/reporting/dashboard-share-links.repository';
import { DomainError } from '@rf/domain/errors';
import { canShareDashboard, canViewDashboard, dashboardInput } from '@rf/domain/reporting/dashboard.schema';
import { signedInProcedure } from '../../trpc.ts';
import type { DashboardDto } from './dashboard.dto.ts';

/**
 * The activity dashboard of a scope the viewer may see (a manager their place or hub; network admins and
 * observers any territory), read from the pre-aggregates; RLS keeps an observer to validated months.
 */
export const dashboardGet = signedInProcedure
  .input(dashboardInput)
  .query(async ({ ctx, input }): Promise<DashboardDto> => {
    if (!canViewDashboard(ctx.viewer, input.scope)) throw new DomainError('forbidden');
    if ((await dashboardTitle(ctx.tx, input.scope)) === null) throw new DomainError('not_found');
    const canShare = canShareDashboard(ctx.viewer, input.scope);
    const [dashboard, links] = await Promise.all([
      getDashboard(ctx.tx, input.scope, input.range),
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
      validatedOnly: ctx.viewer.networkRole === 'observer',
    };
  });
