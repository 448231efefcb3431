import { findPublicSession } from '@rf/db/catalogue/public-session.repository';
import { sessionIdInput } from '@rf/domain/booking/booking.schema';
import { bookingWindow, seatsLeft } from '@rf/domain/booking/rules';
import { DomainError } from '@rf/domain/errors';
import { publicProcedure } from '../../trpc.ts';
import type { SessionDetailsDto } from './booking.dto.ts';
import { addressLine } from './booking.server.ts';

/** A session's public page: what, where, when, seats left, and whether it can be booked now. */
export const sessionDetails = publicProcedure
  .input(sessionIdInput)
  .query(async ({ ctx, input }): Promise<SessionDetailsDto> => {
    const session = await findPublicSession(ctx.tx, input.sessionId);
    if (!session) throw new DomainError('not_found');
    const firstSessionId = session.courseDates?.[0]?.id;
    return {
      id: session.id,
      title: session.title,
      description: session.description,
      facilitatorName: session.facilitatorName,
      free: session.feesKind === 'gratuit',
      placeName: session.placeName,
      placeSlug: session.placeSlug,
      address: addressLine(session),
      street: session.address,
      postalCode: session.postalCode,
      commune: session.commune,
      locationNote: session.locationNote,
      format: session.format,
      priceCents: session.priceCents,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      capacity: session.capacity,
      seatsLeft: seatsLeft(session.capacity, session.seatsTaken),
      booking: bookingWindow({ ...session, cancelled: false }, new Date()),
      bookingOpensAt: session.bookingOpensAt,
      course:
        session.courseDates && firstSessionId
          ? {
              firstSessionId,
              isFirstSession: firstSessionId === session.id,
              dates: session.courseDates.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })),
            }
          : null,
    };
  });
