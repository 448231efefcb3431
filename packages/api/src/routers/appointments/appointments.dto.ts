// What the appointment procedures return: plain data shaped for the pages, never database rows.
import type { AppointmentModality, WhoMayBook } from '@rf/domain/appointments/slots';

export interface SlotDto {
  availabilityId: string;
  startsAt: string;
  endsAt: string;
  minutes: number;
  modalities: AppointmentModality[];
  /** Only prescribers may book it for someone (`agents_and_prescribers`). */
  prescribersOnly: boolean;
  locationNote: string | null;
}

export interface PlaceSlotsDto {
  place: { id: string; slug: string; name: string; phone: string | null; address: string | null };
  /** Modalities offered by at least one availability of the place, in a stable order. */
  modalities: AppointmentModality[];
  days: { day: string; slots: SlotDto[] }[];
}

export interface AppointmentBookedDto {
  /** `replayed`: the same idempotency key was sent again (a double submit, or someone else replaying it). */
  outcome: 'created' | 'replayed';
  /** The private link's token, only to whoever created the appointment (null when `replayed`). */
  token: string | null;
  startsAt: string;
  modality: AppointmentModality;
  placeName: string;
  /** Where the confirmation went; null when `replayed`. */
  email: string | null;
  /** Given only to who created it: SMS go to a mobile number, not to a landline (as a booking's). */
  sms: 'mobile' | 'landline' | null;
}

export interface AppointmentDto {
  status: 'booked' | 'cancelled';
  firstName: string;
  email: string | null;
  phone: string | null;
  prescriberName: string | null;
  modality: AppointmentModality;
  motive: string | null;
  startsAt: string;
  endsAt: string;
  placeName: string;
  placeSlug: string;
  placePhone: string | null;
  address: string | null;
  locationNote: string | null;
  mediateurName: string | null;
  canCancel: boolean;
  cancelUntil: string | null;
  /** When the person answered "Je viens"; `canSayComing`: booked and still to come. */
  comingConfirmedAt: string | null;
  canSayComing: boolean;
  /** Whether it can still be moved online (until the cut-off), and the next free slots of the place. */
  canMove: boolean;
  moveSlots: MoveSlotDto[];
}

export interface MoveSlotDto {
  availabilityId: string;
  startsAt: string;
  endsAt: string;
}

export interface AppointmentMovedDto {
  /** `replayed`: it was already at that slot (the same move sent twice). */
  outcome: 'moved' | 'replayed';
  startsAt: string;
  endsAt: string;
}

export interface AvailabilityDto {
  id: string;
  placeId: string;
  placeName: string;
  mediateurId: string;
  mediateurName: string | null;
  firstDay: string;
  lastDay: string | null;
  weekdays: number[];
  startTime: string;
  endTime: string;
  slotMinutes: number;
  modalities: AppointmentModality[];
  bufferMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  whoMayBook: WhoMayBook;
  locationNote: string | null;
  isActive: boolean;
}

export interface AvailabilitiesDto {
  /** The places the viewer manages, each with its team (who may hold appointments). */
  places: { id: string; name: string; team: { userId: string; name: string }[] }[];
  availabilities: AvailabilityDto[];
}

export interface DayAppointmentDto {
  id: string;
  placeName: string;
  mediateurName: string | null;
  startsAt: string;
  endsAt: string;
  modality: AppointmentModality;
  status: 'booked' | 'cancelled';
  firstName: string;
  email: string | null;
  phone: string | null;
  prescriberName: string | null;
  motive: string | null;
  /** When the person answered "Je viens" from their private link (null: no answer). */
  comingConfirmedAt: string | null;
  /** Cancelled by the place's team (decision 071), and the reason the person was given. */
  cancelledByPlace: boolean;
  cancellationReason: string | null;
  /** Booked and still to come: the team may cancel it. */
  canCancel: boolean;
}
