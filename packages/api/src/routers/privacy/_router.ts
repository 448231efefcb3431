import { router } from '../../trpc.ts';
import { deleteAccount } from './delete-account.ts';
import { appointmentData, bookingData } from './download.ts';
import { eraseAppointment, eraseBooking } from './erase.ts';
import { retention } from './retention.ts';

/** Residents' personal data (docs/decisions/034): how long it is kept, downloading and erasing one's own,
 * deleting one's account. */
export const privacyRouter = router({
  retention,
  bookingData,
  appointmentData,
  eraseBooking,
  eraseAppointment,
  deleteAccount,
});
