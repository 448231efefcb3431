import { acceptInvitationInput, acceptInvitationWithAccountInput } from '@rf/domain/identity/auth.schema';
import type { I18nHandle } from '@rf/i18n/core';
import { Alert, Button, ButtonLink, FormErrorSummary, PageHeader, PasswordField, TextField } from '@rf/ui';
import { formFailure, parseForm } from '@rf/web/forms';
import { useFormFailure, useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { signInPath } from '@rf/web/safe-redirect';
import { orNotFound, requestScope, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/invitation';

export const meta = pageMeta;

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const token = new URL(request.url).searchParams.get('jeton') ?? '';
  const { api, headers, t } = await requestScope(request);
  // An unknown, used or expired invitation says so on the page; an outage is the "try again" page.
  const invitation = await orNotFound(api.invitations.preview({ token }), [
    'invitation_invalid',
    'invalid_input',
    'not_found',
  ]);
  return data({ token, invitation, meta: metaOf(t, { title: 'invitation.meta_title' }) }, { headers });
});

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const withAccount = formData.has('password');
  const parsed = withAccount
    ? parseForm(acceptInvitationWithAccountInput, formData)
    : parseForm(acceptInvitationInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const { redirectTo } = await api.invitations.accept(parsed.data);
    return redirect(redirectTo, { headers });
  } catch (error) {
    return data(formFailure(error, formData), { status: 400, headers });
  }
});

export default function Invitation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { invitation, token } = loaderData;
  if (!invitation) {
    return (
      <div className="rf-container rf-container--narrow">
        <PageHeader title={t('invitation.page_title')} />
        <Alert kind="error" title={message('errors.invitation_invalid')} />
      </div>
    );
  }
  const params = {
    inviter: invitation.inviterName ?? '',
    place: invitation.placeName ?? t('invitation.the_network'),
    role: t(`role.${invitation.role}`),
  };
  const failure = useFormFailure(actionData);
  // The token is the page's own (a hidden field): its refusal is the form's message, not a field's.
  const errors = failure.errors.filter((error) => error.fieldId !== 'token');
  const returnPath = `/invitation?jeton=${encodeURIComponent(token)}`;
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader
        title={t('invitation.page_title')}
        lead={
          invitation.inviterName
            ? t('invitation.summary', params)
            : t('invitation.summary_no_inviter', params)
        }
      />
      <p>{t('invitation.for_address', { email: invitation.email })}</p>
      {failure.formError && errors.length === 0 ? <Alert kind="error" title={failure.formError} /> : null}
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      {invitation.mode === 'create_account' ? (
        <Form method="post" noValidate>
          <p>{t('invitation.create_account_lead')}</p>
          <input type="hidden" name="token" value={token} />
          <TextField
            id="displayName"
            name="displayName"
            label={t('invitation.display_name')}
            autoComplete="name"
            required
            requiredLabel={t('form.required')}
            defaultValue={failure.value('displayName')}
            error={failure.errorOf('displayName')}
          />
          <PasswordField
            id="password"
            name="password"
            label={t('invitation.password')}
            hint={t('password.rules')}
            autoComplete="new-password"
            required
            requiredLabel={t('form.required')}
            error={failure.errorOf('password')}
          />
          <Button type="submit">{t('invitation.create_and_accept')}</Button>
        </Form>
      ) : null}
      {invitation.mode === 'accept' ? (
        <Form method="post">
          <input type="hidden" name="token" value={token} />
          <Button type="submit">{t('invitation.accept')}</Button>
        </Form>
      ) : null}
      {invitation.mode === 'sign_in_first' ? (
        <>
          <p>{t('invitation.sign_in_first', { email: invitation.email })}</p>
          <ButtonLink href={signInPath(returnPath)}>{t('invitation.sign_in_link')}</ButtonLink>
        </>
      ) : null}
      {invitation.mode === 'wrong_account' ? (
        <Alert kind="warning" title={t('invitation.wrong_account')} />
      ) : null}
    </div>
  );
}

// The messages this page shows beyond the root's (decision 049).
export const handle = { i18n: ['invitations', 'roles', 'password.rules'] } as const satisfies I18nHandle;
