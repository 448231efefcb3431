import type { sms as fr } from '../fr/sms.ts';

// English twin of fr/sms.ts: same keys, same placeholders.
export const sms: Record<keyof typeof fr, string> = {
  'sms.booking.confirmed': 'Booking confirmed: {title}, {date}. Cancel or see: {link}',
  'sms.booking.waitlisted': 'Waiting list: {title}, {date}. A text if a seat frees up. {link}',
  'sms.booking.promoted': 'A seat for you: {title}, {date}. Cancel or see: {link}',
  'sms.booking.cancelled': 'Booking cancelled: {title}, {date}. {link}',
  'sms.booking.session_cancelled': 'Session cancelled by the place: {title}, {date}. Details: {link}',
  'sms.booking.moved_waitlisted': 'Session changed: waiting list for {title}, {date}. {link}',
  'sms.booking.reminder': 'Reminder: {title}, {date}. Coming? Answer: {link}',
  'sms.booking.session_moved': 'Session moved: {title}, now {date}. See or cancel: {link}',
  'sms.booking.place_changed': 'Place changed: {title}, {date}. The new place: {link}',
  'sms.appointment.confirmed': 'Appointment confirmed: {title}, {date}. Cancel or see: {link}',
  'sms.appointment.cancelled': 'Appointment cancelled: {title}, {date}. {link}',
  'sms.appointment.reminder': 'Appointment reminder: {title}, {date}. Cancel or see: {link}',
} as const;
