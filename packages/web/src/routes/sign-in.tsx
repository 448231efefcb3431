import { Alert, Button, FormErrorSummary, PageHeader, PasswordField, TextField } from '@rf/ui';
import { Form, useActionData, useLoaderData, useNavigation } from 'react-router';
import { useFailureMessage, useMessage, useT } from '../i18n.tsx';
import type { action, loader } from './sign-in.server.ts';

export const meta = () => [{ title: 'Connexion — Réseau Fabriques' }];

export default function SignIn() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const message = useMessage();
  const failureMessage = useFailureMessage();
  const busy = useNavigation().state === 'submitting';
  const fieldErrors = actionData?.fieldErrors ?? {};
  const fieldLinks = Object.entries(fieldErrors).map(([field, key]) => ({
    fieldId: field,
    message: message(key),
  }));
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('sign_in.title')} lead={t('sign_in.lead')} />
      {actionData?.formError && fieldLinks.length === 0 ? (
        <Alert kind="error" title={failureMessage(actionData)} />
      ) : null}
      {fieldLinks.length > 0 ? (
        <FormErrorSummary title={t('errors.invalid_input')} errors={fieldLinks} />
      ) : null}
      <Form method="post" noValidate>
        {loaderData?.retour ? <input type="hidden" name="retour" value={loaderData.retour} /> : null}
        <TextField
          id="email"
          name="email"
          type="email"
          label={t('sign_in.email')}
          autoComplete="email"
          inputMode="email"
          required
          requiredLabel={t('form.required')}
          defaultValue={actionData?.values.email ?? ''}
          error={fieldErrors.email ? message(fieldErrors.email) : undefined}
        />
        <PasswordField
          id="password"
          name="password"
          label={t('sign_in.password')}
          autoComplete="current-password"
          required
          requiredLabel={t('form.required')}
          error={fieldErrors.password ? message(fieldErrors.password) : undefined}
        />
        <Button type="submit" disabled={busy}>
          {busy ? t('form.sending') : t('sign_in.submit')}
        </Button>
      </Form>
      <ul className="rf-link-list">
        <li>
          <a href="/connexion/lien-par-email">{t('sign_in.magic_link')}</a>
        </li>
        <li>
          <a href="/mot-de-passe/oubli">{t('sign_in.forgot_password')}</a>
        </li>
      </ul>
    </div>
  );
}
