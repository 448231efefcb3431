import type { mail as fr } from '../fr/mail.ts';

export const mail: Record<keyof typeof fr, string> = {
  'mail.signature': 'The Réseau Fabriques team',
  'mail.first_name_fallback': 'there',
  'mail.magic_link.subject': 'Your Réseau Fabriques sign-in link',
  'mail.magic_link.body':
    'Hello,\n\nTo sign in, open this link (valid for {minutes} minutes):\n{link}\n\nIf you did not ask for it, ignore this message.',
  'mail.password_reset.subject': 'Choose a new password',
  'mail.password_reset.body':
    'Hello,\n\nTo choose a new password, open this link (valid for {minutes} minutes):\n{link}\n\nIf you did not ask for it, ignore this message: your password stays the same.',
  'mail.invitation.subject': 'Invitation to join {place} on Réseau Fabriques',
  'mail.invitation.body':
    'Hello,\n\n{inviter} invites you to join {place} as {role}.\nTo accept, open this link (valid for {days} days):\n{link}',
};
