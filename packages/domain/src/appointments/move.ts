import { mayBookPublicly } from './rules.ts';
import { type AppointmentModality, bookableSlots, type Slot, type SlotQuery } from './slots.ts';

/** The appointment being moved: where, how, by whom it was booked, and its present slot. */
export interface MovingAppointment {
  placeId: string;
  availabilityId: string | null;
  modality: AppointmentModality;
  prescriberName: string | null;
  startsAt: string;
}

/**
 * The slots an appointment may move to: the place's free slots (the booking's rules: notice, horizon,
 * buffer, one médiateur at one place at a time) with its modality, that whoever booked it could book
 * (prescribers-only slots when a prescriber booked it), but not the slot it already has. `query.busy`
 * must leave the appointment itself out, so the slots around it are offered. The first `limit`, by start.
 */
export function appointmentMoveSlots(
  query: Omit<SlotQuery, 'placeId' | 'modality' | 'includeAgentsOnly'>,
  appointment: MovingAppointment,
  limit: number,
): Slot[] {
  const whoMayBook = new Map(query.availabilities.map((a) => [a.id, a.whoMayBook]));
  const current = Date.parse(appointment.startsAt);
  return bookableSlots({ ...query, placeId: appointment.placeId, modality: appointment.modality })
    .filter((slot) => {
      const who = whoMayBook.get(slot.availabilityId);
      if (!who || !mayBookPublicly(who, appointment)) return false;
      return !(slot.availabilityId === appointment.availabilityId && Date.parse(slot.startsAt) === current);
    })
    .slice(0, limit);
}
