import type { PlaceSession } from '@rf/db/catalogue/upcoming-sessions.repository';
import type { PlaceSessionDto } from './home.dto.ts';

export const SESSIONS_PER_PLACE = 5;

/** Shared by the member space and the manager console (a procedure never calls another). */
export function toPlaceSessionDto(session: PlaceSession): PlaceSessionDto {
  return {
    id: session.id,
    title: session.title,
    published: session.activityStatus === 'published',
    startsAt: session.startsAt,
    capacity: session.capacity,
    confirmed: session.confirmed,
    waitlisted: session.waitlisted,
  };
}
