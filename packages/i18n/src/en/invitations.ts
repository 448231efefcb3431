import type { invitations as fr } from '../fr/invitations.ts';

export const invitations: Record<keyof typeof fr, string> = {
  'invitation.the_network': 'the network team',
  'invitation.page_title': 'Invitation',
  'invitation.summary': '{inviter} invites you to join {place} as {role}.',
  'invitation.summary_no_inviter': 'You are invited to join {place} as {role}.',
  'invitation.for_address': 'Invitation for the address {email}.',
  'invitation.create_account_lead': 'Choose your name and a password to create your account.',
  'invitation.display_name': 'Your name, as others will see it',
  'invitation.password': 'Password',
  'invitation.accept': 'Accept the invitation',
  'invitation.create_and_accept': 'Create my account and accept',
  'invitation.sign_in_first':
    'An account already exists for {email}. Sign in with it, then come back to this link to accept.',
  'invitation.sign_in_link': 'Sign in to accept',
  'invitation.wrong_account':
    'You are signed in with another address. Sign out, then open the invitation link again.',
  'invitations.title': 'Invite someone',
  'invitations.lead': 'The person receives an e-mail with a link, valid for 14 days, to join the place.',
  'invitations.email': 'E-mail address of the person',
  'invitations.place': 'Place',
  'invitations.network_place': 'No place: a role in the network team',
  'invitations.role': 'Role',
  'invitations.submit': 'Send the invitation',
  'invitations.sent': 'Invitation sent to {email}.',
  'invitations.pending': 'Pending invitations',
  'invitations.none': 'No pending invitation.',
  'invitations.column_email': 'Address',
  'invitations.column_place': 'Place',
  'invitations.column_role': 'Role',
  'invitations.column_expires': 'Valid until',
  'invitations.nav': 'Invitations',
};
