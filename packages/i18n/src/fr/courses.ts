// Courses booked as a whole (issue 14, decision 044): a training whose single booking takes a seat at every
// session. {placeholders} are filled by `t(key, params)`.
export const courses = {
  'booking.course.whole':
    'Ce cycle se réserve en entier : une seule inscription vous réserve une place à chacune de ses séances.',
  'booking.course.dates_title': 'Les séances du cycle',
  'booking.course.book_from_first': 'Voir la première séance et s’inscrire au cycle',
  'booking.course.booked_all': 'Votre inscription vaut pour toutes les séances du cycle :',
  'booking.course.cancel_all': 'Annuler votre inscription l’annule pour toutes les séances du cycle.',
  'booking.course.date_cancelled': 'séance annulée par le lieu',
  'mail.booking.course_dates': 'Cette inscription vaut pour toutes les séances du cycle :\n{dates}',
  'errors.course_booking_only': 'Ce cycle se réserve en entier, à partir de sa première séance.',
  'errors.course_not_movable':
    'Une inscription à un cycle ne change pas de date. Si vous ne pouvez pas venir, annulez-la.',
} as const;
