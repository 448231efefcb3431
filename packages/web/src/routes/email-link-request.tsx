import type { MessageKey } from '@rf/i18n';
import { Alert, Button, PageHeader, TextField } from '@rf/ui';
import { Form, useActionData } from 'react-router';
import { useFailureMessage, useMessage, useT } from '../i18n.tsx';
import type { EmailLinkRequestResult } from './email-link-request.server.ts';

export interface EmailLinkRequestWords {
  title: MessageKey;
  lead: MessageKey;
  submit: MessageKey;
  sentTitle: MessageKey;
  /** Has an `{email}` placeholder. */
  sent: MessageKey;
}

/** "Send me a link by e-mail" (sign-in link, password reset): one address, then "check your e-mail". */
export function EmailLinkRequestPage({ words }: { words: EmailLinkRequestWords }) {
  const actionData = useActionData<EmailLinkRequestResult>();
  const t = useT();
  const message = useMessage();
  const failureMessage = useFailureMessage();
  if (actionData?.ok) {
    return (
      <div className="rf-container rf-container--narrow">
        <PageHeader title={t(words.sentTitle)} />
        <Alert kind="success" title={t(words.sent, { email: actionData.email })} />
      </div>
    );
  }
  const failure = actionData && !actionData.ok ? actionData : null;
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t(words.title)} lead={t(words.lead)} />
      {failure?.formError ? <Alert kind="error" title={failureMessage(failure)} /> : null}
      <Form method="post" noValidate>
        <TextField
          id="email"
          name="email"
          type="email"
          label={t('sign_in.email')}
          autoComplete="email"
          inputMode="email"
          required
          requiredLabel={t('form.required')}
          defaultValue={failure?.values.email ?? ''}
          error={failure?.fieldErrors.email ? message(failure.fieldErrors.email) : undefined}
        />
        <Button type="submit">{t(words.submit)}</Button>
      </Form>
    </div>
  );
}
