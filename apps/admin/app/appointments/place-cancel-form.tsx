import { Button, TextField } from '@rf/ui';
import type { FormFailure } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { Form } from 'react-router';

// The team cancels one appointment of the day (decision 071): a plain POST to the page's action, so it
// works without JavaScript; the optional reason goes to the person in the e-mail.

export function PlaceCancelForm({
  appointmentId,
  failure,
}: {
  appointmentId: string;
  failure: FormFailure | null;
}) {
  const t = useT();
  const mine = failure?.values.id === appointmentId ? failure : null;
  const { errorOf, value, formError } = useFormFailure(mine);
  return (
    <details open={mine ? true : undefined}>
      <summary>{t('appointments.day.cancel_title')}</summary>
      <Form method="post" noValidate>
        <input type="hidden" name="id" value={appointmentId} />
        {formError && mine && Object.keys(mine.fieldErrors).length === 0 ? (
          <p role="alert">{formError}</p>
        ) : null}
        <TextField
          id={`motif-${appointmentId}`}
          name="reason"
          label={t('appointments.day.cancel_reason')}
          hint={t('appointments.day.cancel_reason_hint')}
          maxLength={200}
          defaultValue={value('reason')}
          error={errorOf('reason')}
        />
        <Button type="submit" variant="secondary">
          {t('appointments.day.cancel_button')}
        </Button>
      </Form>
    </details>
  );
}
