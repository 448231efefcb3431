import { invitationInput } from '@rf/domain/identity/auth.schema';
import {
  Alert,
  Button,
  DataTable,
  EmptyState,
  FormErrorSummary,
  PageHeader,
  SelectField,
  TextField,
} from '@rf/ui';
import { failureInit, formFailure, formValues, retryAfterHeaders } from '@rf/web/forms';
import { useFailureMessage, useLocale, useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/invitations';

export const meta = () => [{ title: 'Invitations — Réseau Fabriques' }];

/** A refusal by a rate limit says when to retry (`Retry-After`). */
export const headers = retryAfterHeaders;

export async function loader({ request }: Route.LoaderArgs) {
  const { api } = await requestScope(request);
  const viewer = await api.identity.me();
  if (!viewer) throw redirect(`/connexion?retour=${encodeURIComponent('/invitations')}`);
  const isAdmin = viewer.networkRole === 'network_admin';
  if (!isAdmin && viewer.homeRole !== 'manager') throw data(null, { status: 403 });
  const [places, pending] = await Promise.all([api.invitations.placeOptions(), api.invitations.list()]);
  const sentTo = new URL(request.url).searchParams.get('envoye');
  return { isAdmin, places, pending, sentTo };
}

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const parsed = invitationInput.safeParse({
    email: formData.get('email'),
    placeId: formData.get('placeId') || null,
    role: formData.get('role'),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? '_form')] ??= issue.message;
    return data(
      { ok: false as const, formError: 'errors.invalid_input', fieldErrors, values: formValues(formData) },
      { status: 400 },
    );
  }
  const { api, headers } = await requestScope(request);
  try {
    const sent = await api.invitations.create(parsed.data);
    return redirect(`/invitations?envoye=${encodeURIComponent(sent.email)}`, { headers });
  } catch (error) {
    // Past a limit on invitation e-mails: 429 with `Retry-After`, the form again with the wait.
    const failure = formFailure(error, formData);
    return data(failure, failureInit(failure, headers));
  }
}

export default function Invitations({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const failureMessage = useFailureMessage();
  const locale = useLocale();
  const { isAdmin, places, pending, sentTo } = loaderData;
  const fieldErrors = actionData?.fieldErrors ?? {};
  const errors = Object.entries(fieldErrors).map(([field, key]) => ({
    fieldId: field,
    message: message(key),
  }));
  const roles: ('member' | 'manager' | 'network_admin' | 'observer')[] = isAdmin
    ? ['member', 'manager', 'network_admin', 'observer']
    : ['member', 'manager'];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Paris' });
  return (
    <div className="rf-container">
      <PageHeader title={t('invitations.title')} lead={t('invitations.lead')} />
      {sentTo ? <Alert kind="success" title={t('invitations.sent', { email: sentTo })} /> : null}
      {actionData?.formError && errors.length === 0 ? (
        <Alert kind="error" title={failureMessage(actionData)} />
      ) : null}
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      <Form method="post" noValidate>
        <TextField
          id="email"
          name="email"
          type="email"
          label={t('invitations.email')}
          autoComplete="off"
          required
          requiredLabel={t('form.required')}
          defaultValue={actionData?.values.email ?? ''}
          error={fieldErrors.email ? message(fieldErrors.email) : undefined}
        />
        <SelectField
          id="placeId"
          name="placeId"
          label={t('invitations.place')}
          defaultValue={actionData?.values.placeId ?? places[0]?.id ?? ''}
          options={[
            ...places.map((place) => ({ value: place.id, label: place.name })),
            ...(isAdmin ? [{ value: '', label: t('invitations.network_place') }] : []),
          ]}
          error={fieldErrors.placeId ? message(fieldErrors.placeId) : undefined}
        />
        <SelectField
          id="role"
          name="role"
          label={t('invitations.role')}
          defaultValue={actionData?.values.role ?? 'member'}
          options={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          error={fieldErrors.role ? message(fieldErrors.role) : undefined}
        />
        <Button type="submit">{t('invitations.submit')}</Button>
      </Form>
      <h2>{t('invitations.pending')}</h2>
      {pending.length === 0 ? (
        <EmptyState title={t('invitations.none')} headingLevel={3} />
      ) : (
        <DataTable
          caption={t('invitations.pending')}
          captionHidden
          rows={pending}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'email',
              header: t('invitations.column_email'),
              cell: (row) => row.email,
              rowHeader: true,
            },
            {
              key: 'place',
              header: t('invitations.column_place'),
              cell: (row) => row.placeName ?? t('invitation.the_network'),
            },
            { key: 'role', header: t('invitations.column_role'), cell: (row) => t(`role.${row.role}`) },
            {
              key: 'expires',
              header: t('invitations.column_expires'),
              cell: (row) => date.format(new Date(row.expiresAt)),
            },
          ]}
        />
      )}
    </div>
  );
}
