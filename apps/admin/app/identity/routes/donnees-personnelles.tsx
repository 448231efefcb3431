import { describeError } from '@rf/api';
import { RETENTION_BOUNDS, type RetentionField, retentionSettingsSchema } from '@rf/domain/privacy/retention';
import { Alert, Button, PageHeader, TextField } from '@rf/ui';
import { formFailure, parseForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/donnees-personnelles';

// The network's retention periods of residents' personal data (decision 034), changed by network admins:
// a plain form post (works without JavaScript), checked with the procedure's own schema.
const PATH = '/donnees-personnelles';
const SIGN_IN = `/connexion?retour=${encodeURIComponent(PATH)}`;

/** In the order of the public table (apps/site /donnees-personnelles). */
const FIELDS: readonly RetentionField[] = [
  'attendedDays',
  'cancelledDays',
  'invitationDays',
  'linkHours',
  'devMailboxDays',
];

export async function loader({ request }: Route.LoaderArgs) {
  const { api, headers, t } = await requestScope(request);
  const viewer = await api.identity.me();
  if (!viewer) throw redirect(SIGN_IN, { headers });
  if (viewer.networkRole !== 'network_admin') throw data(null, { status: 403, headers });
  const settings = await api.privacy.retentionSettings();
  return data(
    {
      settings,
      saved: new URL(request.url).searchParams.has('enregistre'),
      title: t('admin.meta_title', { page: t('privacy.settings.title') }),
    },
    { headers },
  );
}

export const meta = ({ loaderData }: Route.MetaArgs) => (loaderData ? [{ title: loaderData.title }] : []);

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(retentionSettingsSchema, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    await api.privacy.retentionUpdate(parsed.data);
    return redirect(`${PATH}?enregistre`, { headers });
  } catch (error) {
    const { code } = describeError(error);
    if (code === 'unauthenticated') throw redirect(SIGN_IN, { headers });
    if (code === 'forbidden') throw data(null, { status: 403, headers });
    return data(formFailure(error, formData), { status: 400, headers });
  }
}

export default function RetentionSettings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { settings, saved } = loaderData;
  const fieldErrors: Record<string, string> = actionData?.fieldErrors ?? {};
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  return (
    <div className="rf-container">
      <PageHeader title={t('privacy.settings.title')} lead={t('privacy.settings.lead')} />
      {saved && !actionData ? (
        <Alert kind="success" title={t('privacy.settings.saved')}>
          <p>{t('privacy.settings.saved_body')}</p>
        </Alert>
      ) : null}
      {actionData?.formError ? (
        <Alert kind="error" title={message(hasFieldErrors ? 'errors.invalid_input' : actionData.formError)} />
      ) : null}
      <h2 id="durees">{t('privacy.settings.form_title')}</h2>
      <Form method="post" noValidate aria-labelledby="durees" className="rf-stack">
        {FIELDS.map((field) => {
          const { min, max } = RETENTION_BOUNDS[field];
          return (
            <TextField
              key={field}
              id={field}
              name={field}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              step={1}
              width="xs"
              label={t(`privacy.settings.${field}`)}
              hint={t(`privacy.settings.${field}.hint`, { min, max })}
              required
              requiredLabel={t('form.required')}
              defaultValue={actionData?.values[field] ?? settings[field]}
              error={fieldErrors[field] ? message(fieldErrors[field]) : undefined}
            />
          );
        })}
        <div>
          <Button type="submit">{t('privacy.settings.save')}</Button>
        </div>
      </Form>
    </div>
  );
}
