import { router } from '../../trpc.ts';
import { deleteAccount } from './delete-account.ts';
import { appointmentData, bookingData } from './download.ts';
import { eraseAppointment, eraseBooking } from './erase.ts';
import { retention } from './retention.ts';
import { retentionSettings } from './retention-settings.ts';
import { retentionUpdate } from './retention-update.ts';

/** Residents' personal data (docs/decisions/034): how long it is kept, downloading and erasing one's own,
 * deleting one's account; network admins change the periods. */
export const privacyRouter = router({
  retention,
  retentionSettings,
  retentionUpdate,
  bookingData,
  appointmentData,
  eraseBooking,
  eraseAppointment,
  deleteAccount,
});
