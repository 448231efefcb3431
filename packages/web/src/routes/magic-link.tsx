import { Alert, Button, PageHeader } from '@rf/ui';
import { Form, useActionData, useLoaderData } from 'react-router';
import { useMessage, useT } from '../i18n.tsx';
import type { action, loader } from './magic-link.server.ts';

export const meta = () => [{ title: 'Connexion par lien — Réseau Fabriques' }];

export default function MagicLink() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const message = useMessage();
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('magic_link.confirm_title')} />
      {actionData?.formError ? (
        <>
          <Alert kind="error" title={message('errors.link_invalid_or_expired')} />
          <p>
            <a href="/connexion/lien-par-email">{t('magic_link.ask_again')}</a>
          </p>
        </>
      ) : (
        <Form method="post">
          <input type="hidden" name="token" value={loaderData.token} />
          <Button type="submit">{t('magic_link.confirm')}</Button>
        </Form>
      )}
    </div>
  );
}
