// What the booking procedures return: plain data shaped for the pages, never database rows.

export type BookingStateDto = 'not_yet_open' | 'open' | 'closed';

export interface SessionDetailsDto {
  id: string;
  title: string;
  description: string | null;
  facilitatorName: string | null;
  free: boolean;
  placeName: string;
  placeSlug: string;
  /** One line: street, postcode and commune, as far as known. */
  address: string | null;
  /** The same, part by part (structured data). */
  street: string | null;
  postalCode: string | null;
  commune: string | null;
  locationNote: string | null;
  format: 'on_site' | 'remote' | 'hybrid';
  priceCents: number | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  seatsLeft: number;
  /** Whether a booking can be made now (when full, it joins the waitlist). */
  booking: BookingStateDto;
  bookingOpensAt: string | null;
  /** A training booked as a whole (decision 044): its dates, and the session it is booked from. */
  course: CourseDto | null;
}

export interface CourseDateDto {
  startsAt: string;
  endsAt: string;
}

export interface CourseDto {
  /** The first session: the only one whose page takes a booking (for the whole course). */
  firstSessionId: string;
  /** Whether this page is the first session's. */
  isFirstSession: boolean;
  dates: CourseDateDto[];
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
  /** A course booked as a whole (decision 044): every date it takes a seat at; empty otherwise. */
  courseDates: CourseDateDto[];
  email: string | null;
  /** The prescriber kept informed (decision 043), told only to the request that made the booking. */
  prescriberEmail: string | null;
  /** Booked for someone with neither e-mail nor phone: no message reaches them. */
  noContact: boolean;
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
  /**
   * A course booked as a whole (decision 044): every date of the booking, in order (a date whose session
   * was cancelled says so); empty for a single session. Cancelling cancels them all; it does not move.
   */
  courseDates: (CourseDateDto & { cancelled: boolean })[];
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
