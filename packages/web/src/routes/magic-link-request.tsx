import { EmailLinkRequestPage } from './email-link-request.tsx';

export const meta = () => [{ title: 'Recevoir un lien de connexion — Réseau Fabriques' }];

export default function MagicLinkRequest() {
  return (
    <EmailLinkRequestPage
      words={{
        title: 'magic_link.title',
        lead: 'magic_link.lead',
        submit: 'magic_link.submit',
        sentTitle: 'magic_link.sent_title',
        sent: 'magic_link.sent',
      }}
    />
  );
}
