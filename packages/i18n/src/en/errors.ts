import type { errors as fr } from '../fr/errors.ts';

export const errors: Record<keyof typeof fr, string> = {
  'errors.invalid_credentials': 'Wrong e-mail address or password. Check them and try again.',
  'errors.too_many_attempts':
    'Too many sign-in attempts. For your security, signing in with a password is paused for a while; you can also get a sign-in link by e-mail.',
  'errors.session_expired': 'Your session has expired. Please sign in again.',
  'errors.link_invalid_or_expired': 'This link is no longer valid. Ask for a new one.',
  'errors.invitation_invalid':
    'This invitation is no longer valid. Ask the person who invited you to send a new one.',
  'errors.email_already_registered': 'An account already exists with this e-mail address. Please sign in.',
  'errors.not_found': 'We could not find what you are looking for.',
  'errors.forbidden': 'You do not have access to this page or action.',
  'errors.unauthenticated': 'Sign in to continue.',
  'errors.conflict': 'This was already done, or conflicts with another change. Reload the page.',
  'errors.invalid_input': 'Some information needs correcting.',
  'errors.weak_password': 'Choose a longer password: at least 10 characters.',
  'errors.service_unavailable':
    'The service is temporarily unavailable. Nothing was saved unless you received a confirmation: try again in a few minutes.',
  'errors.unexpected': 'A technical problem occurred. Try again in a moment.',
  'errors.bad_address': 'This address is malformed. Check the link, or go back to the home page.',
  'errors.bad_request':
    'The form sent could not be read. Go back to the previous page, reload it and try again.',
  'errors.payload_too_large':
    'What you sent is too large. Reduce the size of the attached files, then try again.',
  'errors.unsupported_content':
    'This page expects a form filled in on the site. Go back to the previous page and try again.',
  'errors.too_many_requests': 'Too many requests in a short time. Wait a minute, then try again.',
  'errors.too_many_emails':
    'Too many e-mails asked for in a short time. Those already sent can take a few minutes to arrive: check your spam folder too.',
  'errors.retry_after.minutes.one': 'You can try again in {count} minute.',
  'errors.retry_after.minutes.other': 'You can try again in {count} minutes.',
  'errors.retry_after.hours.one': 'You can try again in {count} hour.',
  'errors.retry_after.hours.other': 'You can try again in {count} hours.',
  'errors.cross_site':
    'This form was sent from another website: for your safety, nothing was done. Go back to our site, reload the page and try again.',
  'validation.email_required': 'Enter your e-mail address.',
  'validation.email_invalid': 'This e-mail address is not valid. Example: first.last@example.org',
  'validation.password_required': 'Enter your password.',
  'validation.password_too_short': 'The password must be at least 10 characters long.',
  'validation.password_too_long':
    'The password must be at most 72 characters long (a little less with accents).',
  'validation.password_mismatch': 'The two passwords are not the same.',
  'validation.link_invalid': 'This link is incomplete. Copy all of it from the e-mail.',
  'validation.place_required': 'Choose a place.',
  'validation.role_required': 'Choose a role.',
  'validation.name_required': 'Enter your name.',
  'validation.name_too_long': 'The name must be at most 120 characters long.',
  'validation.invalid': 'This value is not valid.',
};
