import {
  hasExpired,
  recordQualificationInput,
  revokeQualificationInput,
} from '@rf/domain/sharing/qualification';
import { Alert, Button, DataTable, FormErrorSummary, PageHeader, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { type FormFailure, formFailure, parseForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/outils.$id.qualifications';

// Who may use a tool that needs a training: those marked present at the training (granted automatically)
// and those a manager records by hand (a training done elsewhere). A manager can revoke either. Forms post
// to the action; works without JavaScript.

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api, t } = await requestScope(request);
  const viewer = await api.identity.me();
  const back = `/outils/${params.id}/qualifications`;
  if (!viewer) throw redirect(`/connexion?retour=${encodeURIComponent(back)}`);
  const page = await api.sharing.toolQualifications({ id: params.id }).catch(() => {
    throw data(null, { status: 404 });
  });
  const fait = new URL(request.url).searchParams.get('fait');
  const done: 'ajout' | 'retrait' | null = fait === 'ajout' || fait === 'retrait' ? fait : null;
  return {
    ...page,
    done,
    now: new Date().toISOString(),
    metaTitle: t('sharing.qualifications.meta_title', { tool: page.tool.name }),
  };
}

export const meta = ({ loaderData }: Route.MetaArgs) => (loaderData ? [{ title: loaderData.metaTitle }] : []);

export async function action({ request, params }: Route.ActionArgs) {
  const formData = await request.formData();
  formData.set('toolId', params.id);
  const { api, headers } = await requestScope(request);
  const revoke = formData.get('intent') === 'revoke';
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
    return data(formFailure(error, formData), { status: 400, headers });
  }
}

function RecordForm({ failure }: { failure: FormFailure | null }) {
  const t = useT();
  const message = useMessage();
  const fieldErrors = failure?.fieldErrors ?? {};
  const errorOf = (field: string) => (fieldErrors[field] ? message(fieldErrors[field]) : undefined);
  const value = (field: string) => failure?.values[field] ?? '';
  const errors = Object.entries(fieldErrors).map(([fieldId, key]) => ({ fieldId, message: message(key) }));
  return (
    <Form method="post" noValidate>
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      {failure?.formError && errors.length === 0 ? (
        <Alert kind="error" title={message(failure.formError)} headingLevel={3} />
      ) : null}
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
  const message = useMessage();
  const format = useFormat();
  const { tool, holders, done, now } = loaderData;
  const failure = actionData && actionData.ok === false ? actionData : null;
  const revokeFailed = failure?.values.intent === 'revoke';
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
      {revokeFailed && failure?.formError ? <Alert kind="error" title={message(failure.formError)} /> : null}
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
