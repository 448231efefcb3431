import { listPlaceResources } from '@rf/db/sharing/resources.repository';
import { signedInProcedure } from '../../trpc.ts';
import type { PlaceResourceDto } from './sharing.dto.ts';
import { toResourceDto } from './sharing.server.ts';

/** The resources of the viewer's places (drafts too), newest first, with whether the viewer may edit them. */
export const placeResources = signedInProcedure.query(async ({ ctx }): Promise<PlaceResourceDto[]> => {
  const rows = await listPlaceResources(
    ctx.tx,
    ctx.viewer.memberships.map((m) => m.placeId),
  );
  return rows.map((row) => ({
    ...toResourceDto(ctx.services.storage, row),
    status: row.status,
    editable: ctx.viewer.memberships.some((m) => m.placeId === row.placeId && m.role === 'manager'),
  }));
});
