// What the booking procedures return: plain data shaped for the pages, never database rows.

export type BookingStateDto = 'not_yet_open' | 'open' | 'closed';

export interface SessionDetailsDto {
  id: string;
  title: string;
  description: string | null;
  facilitatorName: string | null;
  free: boolean;
  placeName: string;
  /** One line: street, postcode and commune, as far as known. */
  address: string | null;
  locationNote: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  seatsLeft: number;
  /** Whether a booking can be made now (when full, it joins the waitlist). */
  booking: BookingStateDto;
  bookingOpensAt: string | null;
}

export interface BookResultDto {
  /** `created`: a new booking; `replayed`: the same form sent twice; `existing`: already booked. */
  outcome: 'created' | 'replayed' | 'existing';
  status: 'confirmed' | 'waitlisted';
  /** The private link's token; null when the person already had a booking (the link is in their e-mail). */
  token: string | null;
  /** 1 for the first in line, when waiting. */
  waitlistPosition: number | null;
  title: string;
  placeName: string;
  startsAt: string;
  email: string | null;
  /** Given only to the request that made the booking: SMS go to a mobile number, not to a landline. */
  sms: 'mobile' | 'landline' | null;
}

export interface BookingDto {
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  /** The person answered "Je viens" (decision 040); null until then. */
  comingConfirmedAt: string | null;
  /** Whether "Je viens" can be answered now: a confirmed seat of a session still to come. */
  canSayComing: boolean;
  firstName: string;
  email: string | null;
  phone: string | null;
  prescriberName: string | null;
  prescriberOrganisation: string | null;
  sessionId: string;
  sessionCancelled: boolean;
  title: string;
  placeName: string;
  address: string | null;
  startsAt: string;
  endsAt: string;
  waitlistPosition: number | null;
  canCancel: boolean;
  /** Until when the booking can be cancelled online. */
  cancelUntil: string | null;
  /** Whether the booking can still move to another session of the workshop (same cut-off as cancelling). */
  canMove: boolean;
  /** The other sessions of the workshop it could move to now. */
  moveTargets: MoveTargetDto[];
}

export interface MoveTargetDto {
  id: string;
  startsAt: string;
  endsAt: string;
  seatsLeft: number;
  capacity: number;
}

export interface MoveResultDto {
  /** `moved`; `replayed`: the same move sent twice. */
  outcome: 'moved' | 'replayed';
  /** In the new session: a seat, or a place on its waitlist when it was full. */
  status: 'confirmed' | 'waitlisted';
}

export interface LiveSeatsDto {
  capacity: number;
  seatsLeft: number;
  booking: BookingStateDto;
}
