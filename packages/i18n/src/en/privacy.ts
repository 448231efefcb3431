import type { privacy as fr } from '../fr/privacy.ts';

export const privacy: Record<keyof typeof fr, string> = {
  'site.footer.privacy': 'Personal data: what we keep, and for how long',
  'privacy.page.meta_title': 'Personal data — Réseau Fabriques',
  'privacy.page.meta_description':
    'What the site keeps when you sign up for a workshop or book an appointment, why, for how long, and how to erase it.',
  'privacy.page.title': 'Your personal data',
  'privacy.page.lead':
    'To sign up for a workshop or book an appointment, a first name and a way to reach you are enough. Here is what we do with them.',
  'privacy.what.title': 'What we keep',
  'privacy.what.body':
    'Your first name, your e-mail address or phone number and, if someone signed you up, their name and organisation. For an appointment, the reason you wrote. If you have an account, the link between the booking and your account.',
  'privacy.why.title': 'Why',
  'privacy.why.body':
    'To confirm your seat, remind you of the date, tell you if the session changes or a seat frees up, and so the place knows who is coming. We sell nothing, show no advertising, and give your details to nobody but the place.',
  'privacy.how_long.title': 'For how long',
  'privacy.how_long.lead':
    'After this delay, your first name and contact details are erased overnight. The place keeps only what its figures need: the session, the date, whether the seat was taken or cancelled, and attendance, with nothing that says who you are.',
  'privacy.how_long.what': 'What',
  'privacy.how_long.delay': 'Erased',
  'privacy.item.bookings_attended': 'Workshop bookings and appointments (attended or expected)',
  'privacy.item.bookings_cancelled': 'Bookings cancelled or left on the waiting list, appointments cancelled',
  'privacy.item.invitations': 'Team invitations never accepted',
  'privacy.item.sign_in_links': 'Sign-in links sent by e-mail',
  'privacy.item.rate_limits': 'Number of attempts per internet address, e-mail or phone, to stop robots',
  'privacy.item.dev_mailbox': 'E-mails kept by the demonstration site (no mail server)',
  'privacy.after.bookings_attended.one': '{count} day after the session',
  'privacy.after.bookings_attended.other': '{count} days after the session',
  'privacy.after.bookings_cancelled.one': '{count} day after the session',
  'privacy.after.bookings_cancelled.other': '{count} days after the session',
  'privacy.after.invitations.one': '{count} day after they expired',
  'privacy.after.invitations.other': '{count} days after they expired',
  'privacy.after.sign_in_links.one': '{count} hour after being sent',
  'privacy.after.sign_in_links.other': '{count} hours after being sent',
  'privacy.after.rate_limits.one': 'at most {count} day after the last attempt',
  'privacy.after.rate_limits.other': 'at most {count} days after the last attempt',
  'privacy.after.dev_mailbox.one': '{count} day after being sent',
  'privacy.after.dev_mailbox.other': '{count} days after being sent',
  'privacy.rights.title': 'See or erase your data, whenever you like',
  'privacy.rights.body':
    'The personal link e-mailed to you after booking (“Manage my booking”) lets you download what we keep and erase it all at once. If the session has not taken place yet, your seat goes to the next person. With an account, you can delete it from “My space”.',
  'privacy.contact.title': 'A question',
  'privacy.contact.body':
    'Write to the place where you booked: its details are on its page and in the confirmation e-mail. It will answer, or pass your question on to the network.',
  'privacy.contact.network': 'For the network: {contact}.',

  'privacy.manage.download_title': 'Your data',
  'privacy.manage.download_lead':
    'Download everything we keep about this booking, in a file you can open or keep.',
  'privacy.manage.download_link': 'Download my data',
  'privacy.manage.erase_title': 'Erase my data',
  'privacy.manage.erase_lead':
    'Your first name and contact details are erased at once. If the session has not taken place yet, your seat is cancelled and given to the next person.',
  'privacy.manage.erase_button': 'Erase my data',
  'privacy.manage.confirm_title': 'Erase your data?',
  'privacy.manage.confirm_body':
    'This cannot be undone: this link will stop working and we will no longer be able to write to you about this booking.',
  'privacy.manage.confirm_button': 'Yes, erase everything',
  'privacy.manage.keep_button': 'No, keep my booking',
  'privacy.manage.erased_title': 'Your data is erased',
  'privacy.manage.erased_body':
    'We no longer keep your first name or contact details for this booking. If your seat was still to come, it has been freed. This link no longer works.',
  'privacy.manage.back_home': 'Back to the home page',

  'privacy.account.title': 'Delete my account',
  'privacy.account.lead':
    'Your account, your roles in places and the link with your bookings go. Your bookings to come are cancelled, and your first name and contact details are erased from them.',
  'privacy.account.button': 'Delete my account',
  'privacy.account.confirm_title': 'Delete your account?',
  'privacy.account.confirm_body':
    'This cannot be undone: you will no longer be able to sign in with this account, and your bookings to come will be cancelled.',
  'privacy.account.confirm_button': 'Yes, delete my account',
  'privacy.account.keep': 'No, keep my account',
  'privacy.account.refused.last_place_manager':
    'Your account cannot be deleted: you are the last manager of a place. Ask someone else in the team to be made manager, then try again.',
  'privacy.account.refused.last_network_admin':
    'Your account cannot be deleted: you are the last network admin. Invite another admin first, then try again.',
  'privacy.account.refused.other': 'Your account could not be deleted. Try again in a moment.',
  'privacy.account.deleted_title': 'Your account is deleted',
  'privacy.account.deleted_body':
    'Your account and your roles in places no longer exist; your bookings no longer carry your name or contact details. You are signed out.',
  'privacy.settings.nav': 'Personal data',
  'privacy.settings.title': 'How long personal data is kept',
  'privacy.settings.lead':
    'How long the network keeps residents’ data before erasing it: their first name, their contact details and those of their prescriber. What statistics need (attendance, dates, places) stays. Erasure runs every night; the public “Personal data” page shows these periods.',
  'privacy.settings.form_title': 'Periods',
  'privacy.settings.attendedDays': 'Bookings and appointments of people who came or were expected (in days)',
  'privacy.settings.attendedDays.hint':
    'Days after the session. Between {min} and {max} days; 90 by default.',
  'privacy.settings.cancelledDays': 'Bookings cancelled or left on the waitlist (in days)',
  'privacy.settings.cancelledDays.hint':
    'Days after the session. Between {min} and {max} days; 30 by default.',
  'privacy.settings.invitationDays': 'Team invitations never accepted (in days)',
  'privacy.settings.invitationDays.hint':
    'Days after they expired. Between {min} and {max} days; 30 by default.',
  'privacy.settings.linkHours': 'Sign-in links sent by e-mail (in hours)',
  'privacy.settings.linkHours.hint': 'Hours after sending. Between {min} and {max} hours; 24 by default.',
  'privacy.settings.devMailboxDays': 'E-mails kept by the demonstration site (in days)',
  'privacy.settings.devMailboxDays.hint': 'Days after sending. Between {min} and {max} days; 7 by default.',
  'privacy.settings.save': 'Save the periods',
  'privacy.settings.saved': 'The retention periods are saved.',
  'privacy.settings.saved_body': 'They apply from the next erasure, tonight.',
  'validation.retention.out_of_range': 'Enter a whole number within the bounds shown.',
};
