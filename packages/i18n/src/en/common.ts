import type { common as fr, account as frAccount, sessionTable as frSessionTable } from '../fr/common.ts';

export const common: Record<keyof typeof fr, string> = {
  'nav.skip_to_content': 'Skip to content',
  'nav.main': 'Main menu',
  'nav.home': 'Home',
  'nav.my_space': 'My space',
  'nav.sign_in': 'Sign in',
  'nav.sign_out': 'Sign out',
  'nav.signed_in_as': 'Signed in: {name}',
  'nav.switch_language': 'Français',
  'nav.back_home': 'Back to the home page',
  'form.required': '(required)',
  'form.sending': 'Sending…',
};

// The account pages (sign-in, links by e-mail, passwords): only they receive these (decision 066).
export const account: Record<keyof typeof frAccount, string> = {
  'sign_in.title': 'Sign in',
  'sign_in.lead': 'For members and teams of the network’s places. No account is needed to book a workshop.',
  'sign_in.email': 'E-mail address',
  'sign_in.password': 'Password',
  'sign_in.submit': 'Sign in',
  'sign_in.magic_link': 'Get a sign-in link by e-mail',
  'sign_in.forgot_password': 'Forgot your password?',
  'magic_link.title': 'Get a sign-in link',
  'magic_link.lead': 'We send you a link by e-mail. Open it to sign in, no password needed.',
  'magic_link.submit': 'Send the link',
  'magic_link.sent_title': 'Check your e-mail',
  'magic_link.sent':
    'If an account exists for {email}, a sign-in link has just been sent. It is valid for one hour.',
  'magic_link.confirm_title': 'Sign in with a link',
  'magic_link.confirm': 'Sign me in',
  'magic_link.ask_again': 'Ask for a new link',
  'password.forgotten_title': 'Forgot your password',
  'password.forgotten_lead': 'Enter your e-mail address: we send you a link to choose a new password.',
  'password.send_link': 'Send the link',
  'password.sent_title': 'Check your e-mail',
  'password.sent': 'If an account exists for {email}, a link has just been sent. It is valid for one hour.',
  'password.new_title': 'Choose a new password',
  'password.new_lead': 'You will then be signed in, and signed out of your other devices.',
  'password.new': 'New password',
  'password.rules': 'At least 10 characters. An easy-to-remember sentence works well.',
  'password.confirmation': 'The same password, once more',
  'password.save': 'Save the password',
  'password.ask_again': 'Ask for a new link',
};

// The table of a place's sessions (the member space, the console).
export const sessionTable: Record<keyof typeof frSessionTable, string> = {
  'session.column.title': 'Workshop',
  'session.column.date': 'Date',
  'session.column.place': 'Place',
  'session.column.status': 'Status',
  'session.column.bookings': 'Booked',
  'session.column.waitlist': 'Waiting list',
  'session.bookings_of_capacity': '{confirmed} of {capacity}',
  'session.published': 'Published',
  'session.draft': 'Draft, not yet visible to the public',
};
