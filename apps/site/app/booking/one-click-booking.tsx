import { Alert, Button } from '@rf/ui';
import type { FormFailure } from '@rf/web/forms';
import { useFailureMessage, useT } from '@rf/web/i18n';
import { Form } from 'react-router';

// A signed-in person's name and e-mail are known already: asking them again would only invite typos. The
// action reads the `book-for-me` intent and books with the account.

/** A signed-in person books with their account: their name and e-mail, one button. */
export function OneClickBooking({
  account,
  sessionId,
  idempotencyKey,
  full,
  failure,
}: {
  account: { name: string; email: string };
  sessionId: string;
  idempotencyKey: string;
  full: boolean;
  failure: FormFailure | null;
}) {
  const t = useT();
  const failureMessage = useFailureMessage();
  return (
    <>
      {failure?.formError ? <Alert kind="error" title={failureMessage(failure)} /> : null}
      <p>{t('booking.one_click.as', { name: account.name, email: account.email })}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="book-for-me" />
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="idempotencyKey" value={failure?.values.idempotencyKey ?? idempotencyKey} />
        <Button type="submit" block>
          {full ? t('booking.form.submit_waitlist') : t('booking.form.submit')}
        </Button>
      </Form>
    </>
  );
}
