import { signInInput } from '@rf/domain/identity/auth.schema';
import { Alert, Button, FormErrorSummary, PageHeader, PasswordField, TextField } from '@rf/ui';
import {
  type ActionFunctionArgs,
  data,
  Form,
  type LoaderFunctionArgs,
  redirect,
  useActionData,
  useLoaderData,
  useNavigation,
} from 'react-router';
import { formFailure, parseForm } from '../forms.ts';
import { useMessage, useT } from '../i18n.tsx';
import { safeReturnPath } from '../safe-redirect.ts';
import { requestScope } from '../server/request.ts';

export const meta = () => [{ title: 'Connexion — Réseau Fabriques' }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { api } = await requestScope(request);
  const viewer = await api.identity.me();
  const retour = safeReturnPath(new URL(request.url).searchParams.get('retour'));
  if (viewer) throw redirect(retour ?? viewer.homeUrl);
  return { retour };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(signInInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const { redirectTo } = await api.identity.signIn(parsed.data);
    return redirect(safeReturnPath(formData.get('retour')) ?? redirectTo, { headers });
  } catch (error) {
    const failure = formFailure(error, formData);
    return data(failure, { status: failure.formError === 'errors.too_many_attempts' ? 429 : 400, headers });
  }
}

export default function SignIn() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const message = useMessage();
  const busy = useNavigation().state === 'submitting';
  const fieldErrors = actionData?.fieldErrors ?? {};
  const fieldLinks = Object.entries(fieldErrors).map(([field, key]) => ({
    fieldId: field,
    message: message(key),
  }));
  return (
    <div className="container container--narrow">
      <PageHeader title={t('sign_in.title')} lead={t('sign_in.lead')} />
      {actionData?.formError && fieldLinks.length === 0 ? (
        <Alert kind="error" title={message(actionData.formError)} />
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
      <ul className="link-list">
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
