import { listPlacesActivities } from '@rf/db/catalogue/publishing.repository';
import { listPlaceOptions } from '@rf/db/directory/place-options.repository';
import { DomainError } from '@rf/domain/errors';
import { signedInProcedure } from '../../trpc.ts';
import { mayPublish, publishingPlaceIds } from './access.ts';
import { listMinimumWarnings } from './minimum-warnings.server.ts';
import type { ActivityListDto } from './publishing.dto.ts';

const ACTIVITIES_SHOWN = 100;

/** The organiser's list: their places' activities (all for a network admin) and sessions to decide on. */
export const list = signedInProcedure.query(async ({ ctx }): Promise<ActivityListDto> => {
  if (!mayPublish(ctx.viewer)) throw new DomainError('forbidden');
  const placeIds = publishingPlaceIds(ctx.viewer);
  const now = new Date();
  const activities = await listPlacesActivities(ctx.tx, {
    placeIds,
    from: now.toISOString(),
    limit: ACTIVITIES_SHOWN,
  });
  return {
    places: await listPlaceOptions(ctx.tx, placeIds),
    activities: activities.map(({ id, placeName, kind, title, status, upcomingSessions, nextStartsAt }) => ({
      id,
      placeName,
      kind,
      title,
      status,
      upcomingSessions,
      nextStartsAt,
    })),
    warnings: await listMinimumWarnings(ctx.tx, placeIds, now),
  };
});
