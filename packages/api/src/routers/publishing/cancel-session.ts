import {
  cancelSession as cancelSessionAndBookings,
  findSession,
  listBookingContacts,
} from '@rf/db/catalogue/publishing.repository';
import { cancelSessionInput } from '@rf/domain/catalogue/publishing.schema';
import { DomainError } from '@rf/domain/errors';
import { signedInProcedure } from '../../trpc.ts';
import { assertMayPublishFor } from './access.ts';

/**
 * Cancels a session and all its bookings at once. The e-mails to the people with an address are queued by the
 * database in the same transaction (see @rf/jobs); people who left a phone number only are listed for the
 * organiser to call. Cancelling twice is harmless.
 */
export const cancelSession = signedInProcedure
  .input(cancelSessionInput)
  .mutation(
    async ({ ctx, input }): Promise<{ activityId: string; cancelledBookings: number; toCall: string[] }> => {
      const session = await findSession(ctx.tx, input.sessionId);
      if (!session) throw new DomainError('not_found');
      assertMayPublishFor(ctx.viewer, session.placeId);
      const bookingIds = await cancelSessionAndBookings(ctx.tx, session.id, input.reason ?? null);
      const contacts = await listBookingContacts(ctx.tx, bookingIds);
      const toCall = contacts.filter((contact) => !contact.email).map((contact) => contact.firstName);
      return { activityId: session.activityId, cancelledBookings: bookingIds.length, toCall };
    },
  );
