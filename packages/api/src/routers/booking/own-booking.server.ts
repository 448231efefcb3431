import type { Tx } from '@rf/db';
import { findOwnBookingTokenHash } from '@rf/db/booking/own-booking.repository';
import { DomainError } from '@rf/domain/errors';
import type { Context } from '../../context.ts';

/** The signed-in person's id; the own-booking procedures need a session. */
export function signedInUserId(ctx: Pick<Context, 'session'>): string {
  if (!ctx.session) throw new DomainError('unauthenticated');
  return ctx.session.userId;
}

/**
 * The private link's hash of one of the person's own bookings, to act on it with the private link's
 * engine. Someone else's booking is `not_found`, exactly like an unknown id: nothing tells that it exists.
 */
export async function ownBookingTokenHash(tx: Tx, userId: string, bookingId: string): Promise<string> {
  const hash = await findOwnBookingTokenHash(tx, { bookingId, userId });
  if (!hash) throw new DomainError('not_found');
  return hash;
}
