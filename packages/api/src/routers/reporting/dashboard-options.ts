import { listDashboardScopeOptions } from '@rf/db/reporting/dashboard.repository';
import { managedPlaceIds } from '@rf/domain/identity/roles';
import { dashboardScopeKinds } from '@rf/domain/reporting/dashboard.schema';
import { signedInProcedure } from '../../trpc.ts';
import type { DashboardOptionsDto } from './dashboard.dto.ts';

/** The scopes the viewer may pick: every territory for the network team, their places and hubs otherwise. */
export const dashboardOptions = signedInProcedure.query(async ({ ctx }): Promise<DashboardOptionsDto> => {
  const kinds = dashboardScopeKinds(ctx.viewer);
  const network = ctx.viewer.networkRole !== null;
  const options = await listDashboardScopeOptions(ctx.tx, network ? undefined : managedPlaceIds(ctx.viewer));
  return { kinds, ...options };
});
