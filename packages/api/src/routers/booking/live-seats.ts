import { findPublicSession } from '@rf/db/catalogue/public-session.repository';
import { sessionIdInput } from '@rf/domain/booking/booking.schema';
import { bookingWindow, seatsLeft } from '@rf/domain/booking/rules';
import { DomainError } from '@rf/domain/errors';
import { publicProcedure } from '../../trpc.ts';
import type { LiveSeatsDto } from './booking.dto.ts';

/** Seats left in a public session, for the page to refresh its count (counts only, never who). */
export const liveSeats = publicProcedure
  .input(sessionIdInput)
  .query(async ({ ctx, input }): Promise<LiveSeatsDto> => {
    const session = await findPublicSession(ctx.tx, input.sessionId);
    if (!session) throw new DomainError('not_found');
    return {
      capacity: session.capacity,
      seatsLeft: seatsLeft(session.capacity, session.seatsTaken),
      booking: bookingWindow({ ...session, cancelled: false }, new Date()),
    };
  });
