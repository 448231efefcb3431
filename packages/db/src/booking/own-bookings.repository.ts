import type { Tx } from '../rls.ts';

export interface OwnBooking {
  id: string;
  status: 'confirmed' | 'waitlisted';
  title: string;
  placeName: string;
  startsAt: string;
  endsAt: string;
}

/** A person's bookings (made with their account) of sessions still to come, soonest first. */
export async function listOwnUpcomingBookings(
  tx: Tx,
  userId: string,
  { from, limit }: { from: string; limit: number },
): Promise<OwnBooking[]> {
  const rows = await tx
    .selectFrom('bookings as b')
    .innerJoin('sessions as s', 's.id', 'b.session_id')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .innerJoin('places as p', 'p.id', 's.place_id')
    .select([
      'b.id',
      'b.status',
      'a.title',
      'p.name as placeName',
      's.starts_at as startsAt',
      's.ends_at as endsAt',
    ])
    .where('b.user_id', '=', userId)
    .where('b.status', 'in', ['confirmed', 'waitlisted'])
    .where('s.status', '=', 'scheduled')
    .where('s.starts_at', '>', from)
    .orderBy('s.starts_at')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, status: row.status === 'waitlisted' ? 'waitlisted' : 'confirmed' }));
}
