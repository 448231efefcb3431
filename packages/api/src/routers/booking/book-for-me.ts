import { withSession } from '@rf/db';
import { findViewer } from '@rf/db/identity/viewer.repository';
import { bookForMeInput } from '@rf/domain/booking/booking.schema';
import { DomainError } from '@rf/domain/errors';
import { selfManagedProcedure } from '../../trpc.ts';
import type { BookResultDto } from './booking.dto.ts';
import { placeBooking } from './place-booking.server.ts';

/**
 * One click for a signed-in person: the booking takes the name and e-mail of their account and belongs
 * to it (listed in their member space). Same engine, throttle and idempotency as booking by form.
 */
export const bookForMe = selfManagedProcedure
  .input(bookForMeInput)
  .mutation(async ({ ctx, input }): Promise<BookResultDto> => {
    const { session, services } = ctx;
    if (!session) throw new DomainError('unauthenticated');
    const viewer = await withSession(services.db, session.claims, (tx) => findViewer(tx, session.userId));
    if (!viewer) throw new DomainError('unauthenticated');
    if (!viewer.email) throw new DomainError('invalid_input');
    const firstName = (viewer.displayName ?? viewer.email.split('@')[0] ?? '').trim().slice(0, 100);
    return placeBooking(ctx, {
      sessionId: input.sessionId,
      idempotencyKey: input.idempotencyKey,
      firstName: firstName || viewer.email,
      email: viewer.email,
      phone: null,
      prescriber: null,
      userId: viewer.userId,
    });
  });
