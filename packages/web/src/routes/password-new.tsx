import { Alert, Button, FormErrorSummary, PageHeader, PasswordField } from '@rf/ui';
import { Form, useActionData, useLoaderData } from 'react-router';
import { useMessage, useT } from '../i18n.tsx';
import type { action, loader } from './password-new.server.ts';

export const meta = () => [{ title: 'Nouveau mot de passe — Réseau Fabriques' }];

export default function PasswordNew() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const message = useMessage();
  const fieldErrors = actionData?.fieldErrors ?? {};
  const links = Object.entries(fieldErrors)
    .filter(([field]) => field !== 'token')
    .map(([field, key]) => ({ fieldId: field, message: message(key) }));
  const linkBroken = Boolean(fieldErrors.token) || actionData?.formError === 'errors.link_invalid_or_expired';
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('password.new_title')} lead={t('password.new_lead')} />
      {linkBroken ? (
        <Alert kind="error" title={message('errors.link_invalid_or_expired')}>
          <a href="/mot-de-passe/oubli">{t('password.ask_again')}</a>
        </Alert>
      ) : null}
      {links.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={links} /> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="token" value={loaderData.token} />
        <PasswordField
          id="password"
          name="password"
          label={t('password.new')}
          hint={t('password.rules')}
          autoComplete="new-password"
          required
          requiredLabel={t('form.required')}
          error={fieldErrors.password ? message(fieldErrors.password) : undefined}
        />
        <PasswordField
          id="confirmation"
          name="confirmation"
          label={t('password.confirmation')}
          autoComplete="new-password"
          required
          requiredLabel={t('form.required')}
          error={fieldErrors.confirmation ? message(fieldErrors.confirmation) : undefined}
        />
        <Button type="submit">{t('password.save')}</Button>
      </Form>
    </div>
  );
}
