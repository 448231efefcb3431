import { Alert, Button, PageHeader, TextField } from '@rf/ui';
import { Form, useActionData } from 'react-router';
import { useMessage, useT } from '../i18n.tsx';
import type { action } from './magic-link-request.server.ts';

export const meta = () => [{ title: 'Recevoir un lien de connexion — Réseau Fabriques' }];

export default function MagicLinkRequest() {
  const actionData = useActionData<typeof action>();
  const t = useT();
  const message = useMessage();
  if (actionData?.ok) {
    return (
      <div className="rf-container rf-container--narrow">
        <PageHeader title={t('magic_link.sent_title')} />
        <Alert kind="success" title={t('magic_link.sent', { email: actionData.email })} />
      </div>
    );
  }
  const failure = actionData && !actionData.ok ? actionData : null;
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('magic_link.title')} lead={t('magic_link.lead')} />
      {failure?.formError ? <Alert kind="error" title={message(failure.formError)} /> : null}
      <Form method="post" noValidate>
        <TextField
          id="email"
          name="email"
          type="email"
          label={t('sign_in.email')}
          autoComplete="email"
          inputMode="email"
          required
          requiredLabel={t('form.required')}
          defaultValue={failure?.values.email ?? ''}
          error={failure?.fieldErrors.email ? message(failure.fieldErrors.email) : undefined}
        />
        <Button type="submit">{t('magic_link.submit')}</Button>
      </Form>
    </div>
  );
}
