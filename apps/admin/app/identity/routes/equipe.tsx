import { invitationInput } from '@rf/domain/identity/auth.schema';
import { placeAccessInput, placeRoleInput } from '@rf/domain/identity/people.schema';
import { Alert, Button, DataTable, PageHeader, SelectField, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { formIntent, parseForm, refusedForm, retryAfterHeaders } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/equipe';

export const meta = pageMeta;

/** A refusal by a rate limit says when to retry (`Retry-After`). */
export const headers = retryAfterHeaders;

/** A place's managers run their own team: see it, invite, change roles, remove access (RLS-scoped). */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const viewer = await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  const { teams } = await api.people.team();
  if (teams.length === 0 && viewer.networkRole !== 'network_admin')
    throw data(null, { status: 403, headers });
  const search = new URL(request.url).searchParams;
  return data(
    {
      teams,
      viewerId: viewer.userId,
      done: search.get('fait'),
      invitedEmail: search.get('email'),
      meta: metaOf(t, { title: 'team.meta_title' }),
    },
    { headers },
  );
});

const ROLES = ['member', 'manager'] as const;
const INTENTS = ['role', 'remove', 'invite'] as const;

/** One small form per change (`intent`): role, remove, invite. Errors come back next to their form. */
export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const intent = formIntent(formData, INTENTS) ?? 'role';
  const placeIdField = formData.get('placeId');
  const extra = { intent, placeId: typeof placeIdField === 'string' ? placeIdField : '' };
  const { api, headers } = await requestScope(request);
  // A limit on invitation e-mails answers 429 with `Retry-After`; the page says how long to wait.
  try {
    if (intent === 'invite') {
      const parsed = parseForm(invitationInput, formData);
      if (!parsed.ok) return data({ ...extra, ...parsed }, { status: 400 });
      const sent = await api.invitations.create(parsed.data);
      return redirect(`/equipe?fait=invite&email=${encodeURIComponent(sent.email)}`, { headers });
    }
    if (intent === 'remove') {
      const parsed = parseForm(placeAccessInput, formData);
      if (!parsed.ok) return data({ ...extra, ...parsed }, { status: 400 });
      await api.people.removeFromPlace(parsed.data);
    } else {
      const parsed = parseForm(placeRoleInput, formData);
      if (!parsed.ok) return data({ ...extra, ...parsed }, { status: 400 });
      await api.people.setPlaceRole(parsed.data);
    }
    return redirect(`/equipe?fait=${intent}`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers, extra);
  }
});

export default function Team({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { teams, viewerId, done, invitedEmail } = loaderData;
  const { formError } = useFormFailure(actionData);
  const inviteFailure = actionData?.intent === 'invite' ? actionData : null;
  const invite = useFormFailure(inviteFailure);
  const inviteError = (placeId: string, field: string) =>
    inviteFailure?.placeId === placeId ? invite.errorOf(field) : undefined;
  const inviteValue = (placeId: string, field: string, fallback: string) =>
    inviteFailure?.placeId === placeId ? invite.value(field, fallback) : fallback;
  const inviteFailed = invite.errors.length > 0;
  return (
    <div className="rf-container">
      <PageHeader title={t('team.title')} lead={t('team.lead')} />
      {!actionData && done === 'role' ? <Alert kind="success" title={t('team.role_changed')} /> : null}
      {!actionData && done === 'remove' ? <Alert kind="success" title={t('team.removed')} /> : null}
      {!actionData && done === 'invite' ? (
        <Alert kind="success" title={t('team.invited', { email: invitedEmail ?? '' })} />
      ) : null}
      {formError && !inviteFailed ? <Alert kind="error" title={formError} /> : null}
      {teams.length === 0 ? <p>{t('team.none')}</p> : null}
      {teams.map((team) => (
        <section key={team.placeId} aria-labelledby={`equipe-${team.placeId}`}>
          <h2 id={`equipe-${team.placeId}`}>{t('team.place_heading', { place: team.placeName })}</h2>
          <DataTable
            caption={t('team.caption', { place: team.placeName })}
            captionHidden
            columns={[
              {
                key: 'name',
                header: t('team.column.name'),
                rowHeader: true,
                cell: (m) => (m.userId === viewerId ? t('team.you', { name: m.displayName }) : m.displayName),
              },
              { key: 'email', header: t('team.column.email'), cell: (m) => m.email ?? '' },
              { key: 'role', header: t('team.column.role'), cell: (m) => t(`role.${m.role}`) },
              {
                key: 'actions',
                header: t('team.column.actions'),
                cell: (m) => (
                  <div className="rf-button-group">
                    <Form method="post">
                      <input type="hidden" name="intent" value="role" />
                      <input type="hidden" name="userId" value={m.userId} />
                      <input type="hidden" name="placeId" value={team.placeId} />
                      <input type="hidden" name="role" value={m.role === 'manager' ? 'member' : 'manager'} />
                      <Button type="submit" variant="secondary">
                        {t(m.role === 'manager' ? 'team.make_member' : 'team.make_manager', {
                          name: m.displayName,
                        })}
                      </Button>
                    </Form>
                    <Form method="post">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="userId" value={m.userId} />
                      <input type="hidden" name="placeId" value={team.placeId} />
                      <Button type="submit" variant="secondary">
                        {t('team.remove', { name: m.displayName })}
                      </Button>
                    </Form>
                  </div>
                ),
              },
            ]}
            rows={team.members}
            rowKey={(m) => m.userId}
          />
          <DataTable
            caption={t('team.invitations_caption', { place: team.placeName })}
            columns={[
              { key: 'email', header: t('team.column.email'), rowHeader: true, cell: (i) => i.email },
              { key: 'role', header: t('team.column.role'), cell: (i) => t(`role.${i.role}`) },
              { key: 'expires', header: t('team.column.expires'), cell: (i) => format.date(i.expiresAt) },
            ]}
            rows={team.invitations}
            rowKey={(i) => i.id}
            emptyMessage={t('team.no_invitation')}
          />
          <Form method="post" noValidate className="rf-stack" aria-labelledby={`inviter-${team.placeId}`}>
            <h3 id={`inviter-${team.placeId}`}>{t('team.invite_title', { place: team.placeName })}</h3>
            <input type="hidden" name="intent" value="invite" />
            <input type="hidden" name="placeId" value={team.placeId} />
            <TextField
              id={`email-${team.placeId}`}
              name="email"
              type="email"
              autoComplete="off"
              label={t('team.invite_email', { place: team.placeName })}
              required
              requiredLabel={t('form.required')}
              defaultValue={inviteValue(team.placeId, 'email', '')}
              error={inviteError(team.placeId, 'email')}
            />
            <SelectField
              id={`role-${team.placeId}`}
              name="role"
              label={t('team.invite_role', { place: team.placeName })}
              options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
              defaultValue={inviteValue(team.placeId, 'role', 'member')}
              error={inviteError(team.placeId, 'role')}
            />
            <Button type="submit">{t('team.invite_submit')}</Button>
          </Form>
        </section>
      ))}
    </div>
  );
}
