// Courses booked as a whole (issue 14, decision 044): a training whose single booking takes a seat at every
// session. {placeholders} are filled by `t(key, params)`.
export const courses = {
  'booking.course.whole':
    'This course is booked as a whole: one booking gives you a seat at each of its sessions.',
  'booking.course.dates_title': 'The sessions of the course',
  'booking.course.book_from_first': 'See the first session and book the course',
  'booking.course.booked_all': 'Your booking is for every session of the course:',
  'booking.course.cancel_all': 'Cancelling your booking cancels it for every session of the course.',
  'booking.course.date_cancelled': 'session cancelled by the place',
  'mail.booking.course_dates': 'This booking is for every session of the course:\n{dates}',
  'errors.course_booking_only': 'This course is booked as a whole, from its first session.',
  'errors.course_not_movable': 'A course booking does not change dates. If you cannot come, cancel it.',
} as const;
