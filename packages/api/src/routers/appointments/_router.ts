import { router } from '../../trpc.ts';
import { availabilities } from './availabilities.ts';
import { book } from './book.ts';
import { byToken } from './by-token.ts';
import { cancel } from './cancel.ts';
import { cancelByPlace } from './cancel-by-place.ts';
import { confirmComing } from './confirm-coming.ts';
import { createAvailability } from './create-availability.ts';
import { dayAppointments } from './day-appointments.ts';
import { move } from './move.ts';
import { placeSlots } from './place-slots.ts';
import { setAvailabilityActive } from './set-availability-active.ts';
import { updateAvailability } from './update-availability.ts';

export const appointmentsRouter = router({
  placeSlots,
  book,
  byToken,
  cancel,
  confirmComing,
  move,
  availabilities,
  createAvailability,
  updateAvailability,
  setAvailabilityActive,
  dayAppointments,
  cancelByPlace,
});
