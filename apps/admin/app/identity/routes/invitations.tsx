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
import { useFormat } from '@rf/web/format';
import { parseForm, refusedForm, retryAfterHeaders } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { z } from 'zod';
import type { Route } from './+types/invitations';

export const meta = pageMeta;

/** A refusal by a rate limit says when to retry (`Retry-After`). */
export const headers = retryAfterHeaders;

/** Network admins invite anywhere, managers to their places. */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const viewer = await requireViewer(request, {
    role: (v) => v.networkRole === 'network_admin' || v.homeRole === 'manager',
  });
  const isAdmin = viewer.networkRole === 'network_admin';
  const { api, headers, t } = await requestScope(request);
  const [places, pending] = await Promise.all([api.invitations.placeOptions(), api.invitations.list()]);
  const sentTo = new URL(request.url).searchParams.get('envoye');
  return data(
    { isAdmin, places, pending, sentTo, meta: metaOf(t, { title: 'invitations.meta_title' }) },
    { headers },
  );
});

/** The form's "Le réseau" option is the empty place: an invitation to the network, no place (null). */
const invitationForm = invitationInput.extend({
  placeId: z.preprocess((value) => (value === '' ? null : value), invitationInput.shape.placeId),
});

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const parsed = parseForm(invitationForm, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  let answerHeaders = new Headers();
  try {
    // Inside the try: the database down while the session is read is refused like the procedure's outage.
    const { api, headers } = await requestScope(request);
    answerHeaders = headers;
    const sent = await api.invitations.create(parsed.data);
    return redirect(`/invitations?envoye=${encodeURIComponent(sent.email)}`, { headers });
  } catch (error) {
    // Past a limit on invitation e-mails: 429 with `Retry-After`, the form again with the wait; the database
    // down: 503 with `Retry-After`, the form again with what was typed.
    return refusedForm(error, formData, answerHeaders);
  }
});

export default function Invitations({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { isAdmin, places, pending, sentTo } = loaderData;
  const { errorOf, errors, value, formError } = useFormFailure(actionData);
  const roles: ('member' | 'manager' | 'network_admin' | 'observer')[] = isAdmin
    ? ['member', 'manager', 'network_admin', 'observer']
    : ['member', 'manager'];
  return (
    <div className="rf-container">
      <PageHeader title={t('invitations.title')} lead={t('invitations.lead')} />
      {sentTo ? <Alert kind="success" title={t('invitations.sent', { email: sentTo })} /> : null}
      {formError && errors.length === 0 ? <Alert kind="error" title={formError} /> : null}
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
          defaultValue={value('email')}
          error={errorOf('email')}
        />
        <SelectField
          id="placeId"
          name="placeId"
          label={t('invitations.place')}
          defaultValue={value('placeId', places[0]?.id ?? '')}
          options={[
            ...places.map((place) => ({ value: place.id, label: place.name })),
            ...(isAdmin ? [{ value: '', label: t('invitations.network_place') }] : []),
          ]}
          error={errorOf('placeId')}
        />
        <SelectField
          id="role"
          name="role"
          label={t('invitations.role')}
          defaultValue={value('role', 'member')}
          options={roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          error={errorOf('role')}
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
              cell: (row) => format.date(row.expiresAt),
            },
          ]}
        />
      )}
    </div>
  );
}
