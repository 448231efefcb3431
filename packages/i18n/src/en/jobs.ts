// E-mails sent by the job worker (packages/jobs): cancellations, reminders, the minimum-attendance warning.
export const jobs = {
  'mail.booking.cancelled.subject': 'Booking cancelled: {title}',
  'mail.booking.cancelled.body':
    'Hello {firstName},\n\nYour booking is cancelled.\n\nWorkshop: {title}\nDate: {date}\nPlace: {place}\n\nTo book again or see your booking, open this link:\n{link}\n\nThe attached file removes the workshop from your calendar.',
  'mail.booking.session_cancelled.subject': 'Session cancelled: {title}',
  'mail.booking.session_cancelled.body':
    'Hello {firstName},\n\nWe are sorry: the session "{title}" on {date} ({place}) is cancelled. Reason: {reason}\n\nYour booking is cancelled, you have nothing to do. The place may offer other dates:\n{link}\n\nThe attached file removes the workshop from your calendar.',
  'mail.booking.no_reason': 'not given',
  'mail.booking.moved_waitlisted.subject': 'Booking moved, waitlist: {title}',
  'mail.booking.moved_waitlisted.body':
    'Hello {firstName},\n\nYour booking was moved to another session. That session is full: you are on its waitlist. If a seat frees up, it is yours in order of booking, and we tell you by e-mail.\n\nWorkshop: {title}\nNew date: {date}\nPlace: {place}\n\nTo see your booking, change the date or cancel, open this link:\n{link}\n\nIf the workshop was in your calendar, the attached file removes it.',
  'mail.reminder.subject': 'Reminder: {title}, {date}',
  'mail.reminder.body':
    'Hello {firstName},\n\nA short reminder: you booked a workshop.\n\nWorkshop: {title}\nDate: {date}\nPlace: {place}\n\nIf you cannot come, cancel with this link to leave the seat to someone else:\n{link}\n\nSee you soon!',
  'mail.min_attendance.subject': 'Too few bookings: {title}, {date}',
  'mail.min_attendance.body':
    'Hello,\n\nThe session "{title}" on {date} at {place} has {confirmed} confirmed booking(s), for a minimum of {minimum}.\n\nIt is time to decide whether it takes place. If you cancel it, the people booked are told by e-mail.\n\nSee the session:\n{link}',
  'mail.min_attendance.body_member':
    'Hello,\n\nThe session "{title}" on {date} at {place} has {confirmed} confirmed booking(s), for a minimum of {minimum}.\n\nIt is time to decide with the place\'s team whether it takes place. If it is cancelled, the people booked are told by e-mail.\n\nSee your workshop:\n{link}',
} as const;
