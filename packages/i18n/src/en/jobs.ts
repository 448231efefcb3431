// E-mails sent by the job worker (packages/jobs): cancellations, reminders, the minimum-attendance warning,
// the steps of loans between places and their overdue reminders.
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
  'mail.loan.note': '\nMessage: {note}\n',
  'mail.loan.requested.subject': 'Loan request: {tool}',
  'mail.loan.requested.body':
    'Hello,\n\n{borrower} asks to borrow "{tool}" from {from} to {to}.\n{note}\nApprove or decline the request on the loans page:\n{link}',
  'mail.loan.cancelled.subject': 'Loan request cancelled: {tool}',
  'mail.loan.cancelled.body':
    'Hello,\n\n{borrower} cancelled the loan of "{tool}" planned from {from} to {to}. You have nothing to do.\n{note}\nSee the loans:\n{link}',
  'mail.loan.approved.subject': 'Loan approved: {tool}',
  'mail.loan.approved.body':
    'Hello,\n\n{lender} agrees to lend "{tool}" from {from} to {to}. Agree with the place\'s team on the hand-over.\n{note}\nSee the loans:\n{link}',
  'mail.loan.declined.subject': 'Loan declined: {tool}',
  'mail.loan.declined.body':
    'Hello,\n\n{lender} cannot lend "{tool}" from {from} to {to}.\n{note}\nOther places of the network may lend a similar tool. See the loans:\n{link}',
  'mail.loan.handed_over.subject': 'Tool handed over: {tool}',
  'mail.loan.handed_over.body':
    'Hello,\n\n"{tool}" was handed over by {lender}. Please return it by {to} at the latest.\n{note}\nSee the loans:\n{link}',
  'mail.loan.returned.subject': 'Tool returned: {tool}',
  'mail.loan.returned.body':
    'Hello,\n\n{lender} has received "{tool}" back. The loan is over, thank you!\n{note}\nSee the loans:\n{link}',
  'mail.loan.overdue.subject': 'Loan overdue: {tool}',
  'mail.loan.overdue.body_borrower':
    'Hello,\n\nThe loan of "{tool}" by {lender} ended on {to}, and the tool is not returned yet. Please bring it back soon, or agree on a new date with the place\'s team.\n\nSee the loans:\n{link}',
  'mail.loan.overdue.body_lender':
    'Hello,\n\n"{tool}", lent to {borrower}, was due back on {to} and is not recorded as returned yet. We sent them a reminder. Once you have the tool back, record its return on the loans page:\n{link}',
  // Fresh data (decision 063).
  'mail.freshness.subject': 'Is the record of {place} still correct?',
  'mail.freshness.body':
    'Hello,\n\nThe record of "{place}" in the network’s directory has not been updated since {date}. Residents and partners rely on it: opening hours, address, contacts, services.\n\nCheck it and correct what changed or, if everything is still right, click "Still correct":\n{link}',
} as const;
