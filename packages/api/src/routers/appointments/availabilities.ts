import { listAvailabilities, listPlaceTeams } from '@rf/db/appointments/availabilities.repository';
import { managedPlaceIds } from '@rf/domain/identity/roles';
import { managerProcedure } from '../../trpc.ts';
import type { AvailabilitiesDto } from './appointments.dto.ts';

/** The availabilities of the places the viewer manages, with each place's team to choose a médiateur from. */
export const availabilities = managerProcedure.query(async ({ ctx }): Promise<AvailabilitiesDto> => {
  const placeIds = managedPlaceIds(ctx.viewer);
  const [teams, rows] = await Promise.all([
    listPlaceTeams(ctx.tx, placeIds),
    listAvailabilities(ctx.tx, placeIds),
  ]);
  const places = ctx.viewer.memberships
    .filter((m) => m.role === 'manager')
    .map((m) => ({
      id: m.placeId,
      name: m.placeName,
      team: teams.filter((t) => t.placeId === m.placeId).map(({ userId, name }) => ({ userId, name })),
    }));
  return {
    places,
    availabilities: rows.map((row) => ({
      ...row,
      startTime: row.startTime.slice(0, 5),
      endTime: row.endTime.slice(0, 5),
    })),
  };
});
