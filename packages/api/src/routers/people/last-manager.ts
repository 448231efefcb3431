import { DomainError } from '@rf/domain/errors';

// Raised by the trigger private.keep_a_place_manager (migration 20261123003100_programme_more); its
// SQLSTATE 42501 is shared with RLS refusals, so the message tells this case apart.
const lastManagerMessage = 'the last manager of a place cannot be removed';

/** Runs a change to a team; the database's refusal to leave a place without a manager becomes its error. */
export async function keepingAPlaceManager<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof Error && error.message === lastManagerMessage)
      throw new DomainError('last_place_manager');
    throw error;
  }
}
