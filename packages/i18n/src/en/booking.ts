import type {
  booking as frBooking,
  bookingMail as frBookingMail,
  bookingManage as frBookingManage,
} from '../fr/booking.ts';

// English twin of fr/booking.ts: same namespaces, same keys, same placeholders.

/** The session page (`/seances/:id`): the session, the booking form and the prescriber's, what they answer. */
export const booking: Record<keyof typeof frBooking, string> = {
  'booking.session.meta_title': '{title} — Réseau Fabriques',
  'booking.session.when': 'When',
  'booking.session.where': 'Where',
  'booking.session.price': 'Price',
  'booking.session.free': 'Free',
  'booking.session.not_free': 'Paid or for members: ask the place',
  'booking.session.facilitator': 'Led by',
  'booking.session.seats': 'Seats',
  'booking.session.seats_left.one': '{count} seat left out of {capacity}.',
  'booking.session.seats_left.other': '{count} seats left out of {capacity}.',
  'booking.session.full':
    'It is full. You can join the waitlist: if a seat frees up, it goes to the first person on the list, and we tell them.',
  'booking.session.not_yet_open': 'Booking opens on {date}.',
  'booking.session.closed': 'Booking is closed for this session.',
  'booking.session.not_found_title': 'Session not found',
  'booking.session.not_found_body':
    'This session does not exist or is no longer offered. See the next workshops on the home page.',
  'booking.session.back_home': 'See the next workshops',
  'booking.form.title': 'Book',
  'booking.form.waitlist_title': 'Join the waitlist',
  'booking.form.lead': 'No account needed. Fields marked “required” must be filled in.',
  'booking.form.first_name': 'First name',
  'booking.form.contact_legend': 'So we can reach you: your e-mail or your phone (either is enough)',
  'booking.form.email': 'E-mail address',
  'booking.form.email_hint': 'You will receive the confirmation and a link to cancel.',
  'booking.form.phone': 'Phone number',
  'booking.form.phone_hint':
    'Only mobiles get the confirmation and a reminder by text message (06, 07, and overseas mobiles). Example: 06 12 34 56 78',
  'booking.landline.title': 'This number cannot receive text messages',
  'booking.landline.body':
    '{phone} is a landline: it cannot receive text messages. With no mobile and no e-mail, nobody will get the confirmation, the reminder, or any news if something changes. Give a mobile number or an e-mail address, or book anyway.',
  'booking.landline.book_anyway': 'Book anyway with this number',
  'booking.form.prescriber_name': 'Your name',
  'booking.form.prescriber_organisation': 'Your organisation',
  'booking.form.consent':
    'I agree that the place keeps my first name and contact for this booking. They are erased after the session.',
  'booking.form.honeypot': 'Leave this field empty',
  'booking.form.submit': 'Book my seat',
  'booking.form.submit_waitlist': 'Join the waitlist',
  'booking.form.optional': '(optional)',
  'booking.confirmed.title': 'Done: you are booked',
  'booking.waitlisted.title': 'You are on the waitlist',
  'booking.waitlisted.position':
    'You are number {position} on the waitlist. If a seat frees up, we will tell you.',
  'booking.existing.title': 'You are already booked for this session',
  'booking.existing.body':
    'One booking per person. To see or cancel your booking, open the link in the confirmation e-mail.',
  'booking.confirmation.summary': '{title}, {date}, at {place}.',
  'booking.confirmation.mail_sent': 'A confirmation e-mail is on its way to {email}.',
  'booking.confirmation.keep_link': 'Keep this link: it lets you see or cancel your booking.',
  'booking.confirmation.sms_sent':
    'You will get a text message with this link, then a reminder before the session.',
  'booking.confirmation.landline':
    'This number is a landline: it cannot receive text messages. Keep this link, or give a mobile number next time.',
  'booking.confirmation.link': 'See or cancel my booking',
  'site.home.sessions.details': 'See the session and book',
  'errors.booking_closed': 'Booking is closed for this session.',
  'errors.too_many_bookings':
    'Too many bookings sent in a short time from this connection. To book for a group, sign in with your account, or call the place.',
  'validation.first_name_required': 'Enter your first name.',
  'validation.first_name_too_long': 'The first name must be at most 100 characters.',
  'validation.contact_required': 'Enter an e-mail address or a phone number, so the place can reach you.',
  'validation.phone_invalid': 'This number is not valid. Example: 06 12 34 56 78',
  'validation.consent_required': 'Tick the box to agree that the place keeps your contact.',
  'validation.prescriber_name_required': 'Enter your name, since you entered your organisation.',
  'validation.text_too_long': 'This text must be at most 200 characters.',
  'validation.honeypot': 'This field must stay empty.',
  'booking.prescriber.title': 'Book for someone you support',
  'booking.prescriber.lead':
    'For social workers, France Services advisers and digital mediators: you book for the person with their consent. They get the confirmation if you give their e-mail; also keep the link shown after booking. Fields marked “required” must be filled in.',
  'booking.prescriber.you_legend': 'You',
  'booking.prescriber.organisation_hint': 'For example: France Services Concarneau, CCAS, Mission locale',
  'booking.prescriber.first_name': 'The person’s first name',
  'booking.prescriber.contact_legend': 'To reach them: their e-mail or their phone (either is enough)',
  'booking.prescriber.email': 'Their e-mail address',
  'booking.prescriber.email_hint': 'They will get the confirmation and a link to cancel or change the date.',
  'booking.prescriber.phone': 'Their phone number',
  'booking.prescriber.consent':
    'The person agrees that the place keeps their first name and contact for this booking. They are erased after the session.',
  'booking.prescriber.submit': 'Book this person',
  'booking.prescriber.submit_waitlist': 'Put this person on the waitlist',
  'booking.prescriber.back_to_self': 'Book for myself',
  'booking.prescriber.switch':
    'Booking for someone else (social worker, France Services adviser…)? Use the form for someone else',
  'booking.one_click.as': 'You are signed in: the booking will be in the name of {name} ({email}).',
  'errors.already_booked': 'You are already booked on that date. Choose another date.',
  'validation.prescriber_name_missing': 'Enter your name.',
  'validation.prescriber_organisation_required': 'Enter your organisation.',
  'booking.prescriber.news_legend': 'Be kept informed (optional)',
  'booking.prescriber.email_self': 'Your work e-mail address',
  'booking.prescriber.email_self_hint':
    'You will get the confirmation, any change and, after the session, whether the person came.',
  'booking.prescriber.news_consent': 'The person agrees that I receive this news.',
  'booking.prescriber.no_contact_warning':
    'Without the person’s e-mail or phone, they will get no confirmation and no reminder. Give at least your e-mail: you will be told in their place and must pass it on.',
  'booking.confirmation.prescriber_told':
    'An e-mail is on its way to {email}: you will be told of any change and, after the session, whether they came.',
  'booking.confirmation.no_contact':
    'The person gave no e-mail and no phone: they will get no message. Give them the date, the place and this link.',
  'validation.contact_or_prescriber_email_required':
    'Enter the person’s e-mail or phone, or your own e-mail to be told in their place.',
  'validation.prescriber_news_consent_required': 'Tick the box if the person agrees, or clear your e-mail.',
  'validation.prescriber_email_required': 'Enter your e-mail address to receive this news.',
};

/** A booking's private link and the member space's booking page: its status, cancelling, moving it. */
export const bookingManage: Record<keyof typeof frBookingManage, string> = {
  'booking.manage.meta_title': 'My booking — Réseau Fabriques',
  'booking.manage.title': 'My booking',
  'booking.manage.status': 'Status',
  'booking.manage.status.confirmed': 'Booked: a seat is waiting for you',
  'booking.manage.status.waitlisted': 'On the waitlist (number {position})',
  'booking.manage.status.cancelled': 'Cancelled',
  'booking.manage.name': 'First name',
  'booking.manage.contact': 'Contact',
  'booking.manage.prescriber': 'Booked by',
  'booking.manage.session_cancelled': 'This session was cancelled by the place.',
  'booking.manage.coming_title': 'Are you coming?',
  'booking.manage.coming_button': 'I’m coming',
  'booking.manage.coming_or_cancel': 'Cannot come? Cancel below: your seat will go to the next person.',
  'booking.manage.coming_done': 'Thank you: the place knows you are coming.',
  'booking.manage.cancel_title': 'Cancel my booking',
  'booking.manage.cancel_until': 'You can cancel until {date}. Your seat will go to the next person.',
  'booking.manage.cancel_button': 'Yes, cancel my booking',
  'booking.manage.cancel_closed':
    'It is too late to cancel online. If you cannot come, please tell the place.',
  'booking.manage.cancelled_title': 'Your booking is cancelled',
  'booking.manage.cancelled_body':
    'Thank you for letting us know. You can book another workshop whenever you like.',
  'booking.manage.not_found_title': 'Booking not found',
  'booking.manage.not_found_body':
    'This link matches no booking. Check that you copied the whole link from the e-mail.',
  'booking.manage.session_page': 'See the session page',
  'errors.cancellation_closed': 'It is too late to cancel online. Please tell the place if you cannot come.',
  'booking.move.title': 'Change the date',
  'booking.move.lead':
    'This workshop runs on other dates. If you change, your current seat goes to the next person on the waitlist.',
  'booking.move.legend': 'New date',
  'booking.move.full': 'Full: you will be on the waitlist',
  'booking.move.seats_left.one': '{count} seat left',
  'booking.move.seats_left.other': '{count} seats left',
  'booking.move.submit': 'Change to this date',
  'booking.move.done_confirmed':
    'Done: you are booked on {date}. A confirmation e-mail is on its way if you gave your address.',
  'booking.move.done_waitlisted':
    'Done: you are on the waitlist for {date}. We will tell you if a seat frees up.',
  'validation.move_session_required': 'Choose a new date.',
};

/** The e-mails about a booking (the worker's, never sent to a page). */
export const bookingMail: Record<keyof typeof frBookingMail, string> = {
  'mail.booking.confirmed.subject': 'Booking confirmed: {title}',
  'mail.booking.confirmed.body':
    'Hello {firstName},\n\nYour booking is confirmed.\n\nWorkshop: {title}\nDate: {date}\nPlace: {place}\n\nTo see or cancel your booking, open this link:\n{link}\n\nThe attached file adds the workshop to your calendar.',
  'mail.booking.waitlisted.subject': 'Waitlist: {title}',
  'mail.booking.waitlisted.body':
    'Hello {firstName},\n\nThe workshop is full: you are on the waitlist. If a seat frees up, it goes to you in booking order, and we tell you by e-mail.\n\nWorkshop: {title}\nDate: {date}\nPlace: {place}\n\nTo see or cancel your booking, open this link:\n{link}',
  'mail.booking.promoted.subject': 'A seat is free: {title}',
  'mail.booking.promoted.body':
    'Hello {firstName},\n\nGood news: a seat freed up and it is yours. Your booking is confirmed.\n\nWorkshop: {title}\nDate: {date}\nPlace: {place}\n\nIf you cannot come, cancel with this link to leave the seat to someone else:\n{link}\n\nThe attached file adds the workshop to your calendar.',
  'mail.booking.ics_description': 'See or cancel your booking: {link}',
  'mail.prescriber.subject.confirmed': 'Booking confirmed for {firstName}: {title}',
  'mail.prescriber.subject.waitlisted': '{firstName} is on the waitlist: {title}',
  'mail.prescriber.subject.promoted': 'A seat freed up for {firstName}: {title}',
  'mail.prescriber.subject.cancelled': 'Booking cancelled for {firstName}: {title}',
  'mail.prescriber.subject.moved_waitlisted': '{firstName} is on the waitlist: {title}',
  'mail.prescriber.subject.attendance': '{firstName} at “{title}”',
  'mail.prescriber.news.confirmed': '{firstName}’s booking is confirmed.',
  'mail.prescriber.news.waitlisted':
    'The workshop is full: {firstName} is on the waitlist. You will be told if a seat frees up.',
  'mail.prescriber.news.promoted': 'A seat freed up: {firstName}’s booking is now confirmed.',
  'mail.prescriber.news.cancelled': '{firstName}’s booking is cancelled.',
  'mail.prescriber.news.session_cancelled': 'The place cancelled the session. Reason: {reason}',
  'mail.prescriber.news.moved_waitlisted':
    '{firstName}’s booking changed date; that session is full, {firstName} is on its waitlist.',
  'mail.prescriber.attendance.seen': '{firstName} came to the session.',
  'mail.prescriber.attendance.excused': '{firstName} did not come and had said so.',
  'mail.prescriber.attendance.noshow': '{firstName} did not come to the session.',
  'mail.prescriber.attendance.revoked': '{firstName}’s attendance was withdrawn.',
  'mail.prescriber.body':
    'Hello {prescriberName},\n\nYou booked {firstName} onto a workshop.\n\n{news}\n\nWorkshop: {title}\nDate: {date}\nPlace: {place}\n\n{contact}To see, cancel or change the booking:\n{link}\n\nYou get this message because the person agreed that you be kept informed. Your address is erased with their booking.',
  'mail.prescriber.attendance_body':
    'Hello {prescriberName},\n\nYou had booked {firstName} onto “{title}” on {date}, at {place}.\n\n{news}\n\nThis is the last message you get about this booking.',
  'mail.prescriber.no_contact': 'The person gave no e-mail and no phone: remember to tell them yourself.\n\n',
  'mail.prescriber.subject.session_moved': 'Session moved for {firstName}: {title}',
  'mail.prescriber.subject.place_changed': 'Change of place for {firstName}: {title}',
  'mail.prescriber.news.session_moved': 'The place moved the session. New date: {date}.',
  'mail.prescriber.news.place_changed':
    'The place changed where the session takes place: the new address is below.',
};
