import {
  hasExpired,
  recordQualificationInput,
  revokeQualificationInput,
} from '@rf/domain/sharing/qualification';
import { Alert, Button, DataTable, FormErrorSummary, PageHeader, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { type FormFailure, formIntent, parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { orNotFound, requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/outils.$id.qualifications';

// Who may use a tool that needs a training: those marked present at the training (granted automatically)
// and those a manager records by hand (a training done elsewhere). A manager can revoke either. Forms post
// to the action; works without JavaScript.

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  // A tool this person does not manage is "not found", as before; an outage is the "try again" page.
  const page = await orNotFound(api.sharing.toolQualifications({ id: params.id }), [
    'not_found',
    'invalid_input',
    'forbidden',
  ]);
  if (!page) throw data(null, { status: 404, headers });
  const fait = new URL(request.url).searchParams.get('fait');
  const done: 'ajout' | 'retrait' | null = fait === 'ajout' || fait === 'retrait' ? fait : null;
  const meta = metaOf(t, { title: ['sharing.qualifications.meta_title', { tool: page.tool.name }] });
  return data({ ...page, done, now: new Date().toISOString(), meta }, { headers });
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  const formData = await request.formData();
  formData.set('toolId', params.id);
  const { api, headers } = await requestScope(request);
  const revoke = formIntent(formData, ['revoke'] as const) === 'revoke';
  try {
    if (revoke) {
      const parsed = parseForm(revokeQualificationInput, formData);
      if (!parsed.ok) return data(parsed, { status: 400, headers });
      await api.sharing.revokeQualification(parsed.data);
    } else {
      const parsed = parseForm(recordQualificationInput, formData);
      if (!parsed.ok) return data(parsed, { status: 400, headers });
      await api.sharing.recordQualification(parsed.data);
    }
    return redirect(`/outils/${params.id}/qualifications?fait=${revoke ? 'retrait' : 'ajout'}`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

function RecordForm({ failure }: { failure: FormFailure | null }) {
  const t = useT();
  const { errorOf, value, errors, formError } = useFormFailure(failure);
  return (
    <Form method="post" noValidate>
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      {formError && errors.length === 0 ? <Alert kind="error" title={formError} headingLevel={3} /> : null}
      <TextField
        id="email"
        name="email"
        type="email"
        autoComplete="off"
        label={t('sharing.qualifications.field.email')}
        hint={t('sharing.qualifications.field.email_hint')}
        required
        requiredLabel={t('form.required')}
        defaultValue={value('email')}
        error={errorOf('email')}
      />
      <TextField
        id="grantedOn"
        name="grantedOn"
        type="date"
        label={t('sharing.qualifications.field.granted_on')}
        required
        requiredLabel={t('form.required')}
        defaultValue={value('grantedOn')}
        error={errorOf('grantedOn')}
      />
      <TextField
        id="expiresOn"
        name="expiresOn"
        type="date"
        label={t('sharing.qualifications.field.expires_on')}
        hint={t('sharing.qualifications.field.expires_on_hint')}
        defaultValue={value('expiresOn')}
        error={errorOf('expiresOn')}
      />
      <Button type="submit">{t('sharing.qualifications.submit')}</Button>
    </Form>
  );
}

export default function Qualifications({ loaderData, actionData, params }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { tool, holders, done, now } = loaderData;
  const failure = actionData && actionData.ok === false ? actionData : null;
  const revokeFailed = failure?.values.intent === 'revoke';
  const { formError } = useFormFailure(revokeFailed ? failure : null);
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader
        title={t('sharing.qualifications.title')}
        lead={
          tool.training
            ? t('sharing.qualifications.lead_training', { tool: tool.name, training: tool.training })
            : t('sharing.qualifications.lead', { tool: tool.name })
        }
      />
      {done ? <Alert kind="success" title={t(`sharing.qualifications.done.${done}`)} /> : null}
      {formError ? <Alert kind="error" title={formError} /> : null}
      <section aria-labelledby="qualifies">
        <h2 id="qualifies">{t('sharing.qualifications.holders')}</h2>
        <DataTable
          caption={t('sharing.qualifications.caption', { tool: tool.name })}
          captionHidden
          rows={holders}
          rowKey={(row) => row.id}
          emptyMessage={t('sharing.qualifications.empty')}
          columns={[
            {
              key: 'person',
              header: t('sharing.qualifications.col.person'),
              rowHeader: true,
              cell: (row) => (row.email ? `${row.displayName} (${row.email})` : row.displayName),
            },
            {
              key: 'granted',
              header: t('sharing.qualifications.col.granted'),
              cell: (row) => format.date(row.grantedAt),
            },
            {
              key: 'expires',
              header: t('sharing.qualifications.col.expires'),
              cell: (row) =>
                row.expiresAt === null
                  ? t('sharing.qualifications.no_expiry')
                  : t(
                      hasExpired(row.expiresAt, new Date(now))
                        ? 'sharing.qualifications.expired'
                        : 'sharing.qualifications.until',
                      {
                        date: format.date(new Date(Date.parse(row.expiresAt) - 1).toISOString()),
                      },
                    ),
            },
            {
              key: 'revoke',
              header: t('sharing.qualifications.col.actions'),
              cell: (row) => (
                <Form method="post">
                  <input type="hidden" name="intent" value="revoke" />
                  <input type="hidden" name="id" value={row.id} />
                  <Button type="submit" variant="secondary">
                    {t('sharing.qualifications.revoke', { name: row.displayName })}
                  </Button>
                </Form>
              ),
            },
          ]}
        />
      </section>
      <section aria-labelledby="ajouter-qualification">
        <h2 id="ajouter-qualification">{t('sharing.qualifications.record_title')}</h2>
        <p>{t('sharing.qualifications.record_lead')}</p>
        <RecordForm failure={revokeFailed ? null : failure} />
      </section>
      <p>
        <a href={`/outils/${params.id}`}>{t('sharing.qualifications.back', { tool: tool.name })}</a>
      </p>
    </div>
  );
}
