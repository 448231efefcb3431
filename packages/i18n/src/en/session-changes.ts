// E-mails of the changes organisers make to a session (issue 14, decision 039): moved, place changed, and
// the minimum attendance — cancelled automatically, or the organisers warned only.
export const sessionChanges = {
  'mail.session_change.moved.subject': 'Session moved: {title}, {date}',
  'mail.session_change.moved.body':
    'Hello {firstName},\n\nThe place\'s team moved the session of the workshop "{title}".\n\nNew date: {date}\nPlace: {place}',
  'mail.session_change.place_changed.subject': 'New place: {title}, {date}',
  'mail.session_change.place_changed.body':
    'Hello {firstName},\n\nThe place\'s team changed where the session of the workshop "{title}" takes place.\n\nDate: {date}\nNew place: {place}',
  'mail.session_change.confirmed':
    'Your seat is kept. If you can no longer come, cancel with this link to leave it to someone else, or choose another date:\n{link}\n\nThe attached file updates the workshop in your calendar.',
  'mail.session_change.waitlisted':
    'You stay on the waitlist, in the same position. To see your booking or cancel it:\n{link}',
  'mail.min_attendance.cancel_reason': 'too few people booked, at least {minimum} were needed.',
  'mail.min_attendance.cancelled_subject': 'Session cancelled, too few bookings: {title}, {date}',
  'mail.min_attendance.cancelled_body':
    'Hello,\n\nThe session "{title}" on {date} at {place} did not reach its minimum of {minimum} confirmed booking(s): as set for this workshop, it was cancelled automatically. Every person booked was told by e-mail.\n\nSee the session:\n{link}',
} as const;
