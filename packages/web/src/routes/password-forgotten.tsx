import { Alert, Button, PageHeader, TextField } from '@rf/ui';
import { Form, useActionData } from 'react-router';
import { useMessage, useT } from '../i18n.tsx';
import type { action } from './password-forgotten.server.ts';

export const meta = () => [{ title: 'Mot de passe oublié — Réseau Fabriques' }];

export default function PasswordForgotten() {
  const actionData = useActionData<typeof action>();
  const t = useT();
  const message = useMessage();
  if (actionData?.ok) {
    return (
      <div className="rf-container rf-container--narrow">
        <PageHeader title={t('password.sent_title')} />
        <Alert kind="success" title={t('password.sent', { email: actionData.email })} />
      </div>
    );
  }
  const failure = actionData && !actionData.ok ? actionData : null;
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('password.forgotten_title')} lead={t('password.forgotten_lead')} />
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
        <Button type="submit">{t('password.send_link')}</Button>
      </Form>
    </div>
  );
}
