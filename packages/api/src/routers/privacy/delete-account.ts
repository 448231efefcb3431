import { cancelAppointment } from '@rf/db/appointments/appointment-engine.repository';
import { cancelBooking } from '@rf/db/booking/booking-engine.repository';
import { deleteAccount as deleteAccountRow, listOwnLiveBookings } from '@rf/db/privacy/retention.repository';
import { withServiceRole } from '@rf/db/service';
import { DomainError } from '@rf/domain/errors';
import { cancelsBeforeErasure } from '@rf/domain/privacy/retention';
import { signedInProcedure } from '../../trpc.ts';

// Raised by private.delete_account and private.keep_a_network_admin; their SQLSTATE 42501 is shared with
// RLS refusals, so the message tells these cases apart.
const refusals: Record<string, 'last_place_manager' | 'last_network_admin'> = {
  'the last manager of a place cannot be removed': 'last_place_manager',
  'the last network admin cannot be removed': 'last_network_admin',
};

/**
 * A person deletes their own account from their space: seats and appointments still to come are given
 * back through the engines (the next person waiting is told), every booking's identifying fields are
 * erased, the account, its profile and memberships go, and the person is signed out. Refused, with
 * nothing changed, for the last manager of a place or the last network admin.
 */
export const deleteAccount = signedInProcedure.mutation(async ({ ctx }): Promise<{ status: 'deleted' }> => {
  const userId = ctx.viewer.userId;
  try {
    await withServiceRole(ctx.services.db, 'account deleted by its person', async (tx) => {
      const now = new Date();
      for (const held of await listOwnLiveBookings(tx, userId)) {
        if (!cancelsBeforeErasure(held, now)) continue;
        if (held.kind === 'booking') await cancelBooking(tx, held.manageTokenHash);
        else await cancelAppointment(tx, held.manageTokenHash);
      }
      await deleteAccountRow(tx, userId);
    });
  } catch (error) {
    const code = error instanceof Error ? refusals[error.message] : undefined;
    if (code) throw new DomainError(code);
    throw error;
  }
  // The sessions went with the account; this clears the cookies.
  await ctx.services.auth.signOut(ctx.exchange).catch(() => undefined);
  return { status: 'deleted' };
});
