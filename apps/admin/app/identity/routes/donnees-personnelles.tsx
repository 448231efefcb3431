import { RETENTION_BOUNDS, type RetentionField, retentionSettingsSchema } from '@rf/domain/privacy/retention';
import { Alert, Button, PageHeader, TextField } from '@rf/ui';
import { parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/donnees-personnelles';

// The network's retention periods of residents' personal data (decision 034), changed by network admins:
// a plain form post (works without JavaScript), checked with the procedure's own schema.
const PATH = '/donnees-personnelles';

/** In the order of the public table (apps/site /donnees-personnelles). */
const FIELDS: readonly RetentionField[] = [
  'attendedDays',
  'cancelledDays',
  'invitationDays',
  'linkHours',
  'devMailboxDays',
];

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const { api, headers, t } = await requestScope(request);
  const settings = await api.privacy.retentionSettings();
  return data(
    {
      settings,
      saved: new URL(request.url).searchParams.has('enregistre'),
      meta: metaOf(t, { title: ['admin.meta_title', { page: t('privacy.settings.title') }] }),
    },
    { headers },
  );
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const formData = await request.formData();
  const parsed = parseForm(retentionSettingsSchema, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    await api.privacy.retentionUpdate(parsed.data);
    return redirect(`${PATH}?enregistre`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

export default function RetentionSettings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { settings, saved } = loaderData;
  const { errorOf, errors, value, formError } = useFormFailure(actionData);
  return (
    <div className="rf-container">
      <PageHeader title={t('privacy.settings.title')} lead={t('privacy.settings.lead')} />
      {saved && !actionData ? (
        <Alert kind="success" title={t('privacy.settings.saved')}>
          <p>{t('privacy.settings.saved_body')}</p>
        </Alert>
      ) : null}
      {formError ? (
        <Alert kind="error" title={errors.length > 0 ? message('errors.invalid_input') : formError} />
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
              defaultValue={value(field, String(settings[field]))}
              error={errorOf(field)}
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
