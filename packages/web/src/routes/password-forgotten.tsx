import { EmailLinkRequestPage } from './email-link-request.tsx';

export const meta = () => [{ title: 'Mot de passe oublié — Réseau Fabriques' }];

export default function PasswordForgotten() {
  return (
    <EmailLinkRequestPage
      words={{
        title: 'password.forgotten_title',
        lead: 'password.forgotten_lead',
        submit: 'password.send_link',
        sentTitle: 'password.sent_title',
        sent: 'password.sent',
      }}
    />
  );
}
