// What the attendance procedures return: plain data shaped for the page, never database rows.

export type AttendanceDto = 'seen' | 'excused' | 'revoked' | 'noshow';

export interface SessionAttendanceDto {
  session: {
    id: string;
    placeId: string;
    placeName: string;
    title: string;
    startsAt: string;
    endsAt: string;
    capacity: number;
    cancelled: boolean;
  };
  /** Whether attendance can be taken now (from the session's day in France, never if cancelled). */
  open: boolean;
  /** The confirmed bookings, in arrival order. */
  people: {
    bookingId: string;
    firstName: string;
    prescriberName: string | null;
    attendance: AttendanceDto | null;
    /** Said "Je viens" from their private link (decision 040). */
    comingConfirmed: boolean;
  }[];
}
