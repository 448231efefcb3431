import { listInventory, listTrainings } from '@rf/db/sharing/tools.repository';
import { managedPlaceIds } from '@rf/domain/identity/roles';
import { managerProcedure } from '../../trpc.ts';
import type { InventoryDto } from './sharing.dto.ts';

/** The tools of the places the viewer manages, drafts included, and the trainings a tool may require. */
export const inventory = managerProcedure.query(async ({ ctx }): Promise<InventoryDto> => {
  const ids = managedPlaceIds(ctx.viewer);
  const places = ctx.viewer.memberships
    .filter((m) => m.role === 'manager')
    .map((m) => ({ id: m.placeId, name: m.placeName }));
  return { places, tools: await listInventory(ctx.tx, ids), trainings: await listTrainings(ctx.tx, ids) };
});
