import type { sms as fr } from '../fr/sms.ts';

// English twin of fr/sms.ts: same keys, same placeholders.
export const sms: Record<keyof typeof fr, string> = {
  'sms.booking.confirmed': 'Booking confirmed: {title}, {date}. Cancel or see: {link}',
  'sms.booking.waitlisted': 'Waiting list: {title}, {date}. A text if a seat frees up. {link}',
  'sms.booking.promoted': 'A seat for you: {title}, {date}. Cancel or see: {link}',
  'sms.booking.cancelled': 'Booking cancelled: {title}, {date}. {link}',
  'sms.booking.session_cancelled': 'Session cancelled by the place: {title}, {date}. Details: {link}',
  'sms.booking.session_cancelled_min_attendance':
    'Session cancelled, too few bookings: {title}, {date}. Details: {link}',
  'sms.booking.moved_waitlisted': 'Session changed: waiting list for {title}, {date}. {link}',
  'sms.booking.reminder': 'Reminder: {title}, {date}. Coming? Answer: {link}',
  'sms.booking.session_moved': 'Session moved: {title}, now {date}. See or cancel: {link}',
  'sms.booking.place_changed': 'Place changed: {title}, {date}. The new place: {link}',
  'sms.appointment.confirmed': 'Appointment confirmed: {title}, {date}. Cancel or see: {link}',
  'sms.appointment.cancelled': 'Appointment cancelled: {title}, {date}. {link}',
  'sms.appointment.reminder': 'Appointment reminder: {title}, {date}. Coming? Answer: {link}',
  'sms.usage.nav': 'Text messages sent',
  'sms.usage.title': 'Text messages sent to residents',
  'sms.usage.lead':
    'Confirmation, reminder and cancellation text messages sent to people who gave a mobile number, place by place.',
  'sms.usage.cap_rule':
    'A monthly cap can limit a place’s spending: beyond it, reminders are no longer sent by text (the e-mail still goes when there is one). Confirmations, freed seats and cancellations are always sent.',
  'sms.usage.caption': 'Text messages sent per place, this month and last month',
  'sms.usage.empty': 'No text message sent in the last two months.',
  'sms.usage.column.place': 'Place',
  'sms.usage.column.this_month': 'This month',
  'sms.usage.column.failed': 'Not delivered this month',
  'sms.usage.column.last_month': 'Last month',
  'sms.usage.column.cap': 'Monthly cap',
  'sms.usage.cap_label': 'Monthly text message cap for {place}',
  'sms.usage.cap_hint': 'Leave empty: no cap.',
  'sms.usage.cap_save': 'Save the cap',
  'sms.usage.reminder_save': 'Save the delay',
  'sms.usage.no_cap': 'None',
  'sms.usage.saved': 'Cap saved.',
  'validation.sms.cap_invalid': 'Give a whole number of text messages, from 0 to 100,000, or leave empty.',
  'sms.usage.column.reminder': 'Reminder sent',
  'sms.usage.reminder_label': 'Hours before the session or appointment, for {place}',
  'sms.usage.reminder_hint': 'From 2 to 168 hours (a week). 48 hours by default: two days before.',
  'validation.sms.reminder_hours_invalid': 'Give a whole number of hours, from 2 to 168.',
} as const;
