import { Alert, Button, FormErrorSummary, SelectField, TextAreaField, TextField } from '@rf/ui';
import type { FormFailure } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { Form } from 'react-router';

// The two requests a tool's page can send, both to the page's action, told apart by `intent`: a member of
// another place asks to borrow it (`loan`), a signed-in person books a time slot on the spot (`reserve`).
// Each form shows only its own refusal, so one failing does not mark the other as wrong.

export function ReservationForm({
  failure,
  training,
}: {
  failure: FormFailure | null;
  training: string | null;
}) {
  const t = useT();
  const { errorOf, value, errors, formError: generic } = useFormFailure(failure);
  // The database only knows a qualification is missing; the page knows which training gives it.
  const formError =
    failure?.formError === 'errors.qualification_required' && training
      ? t('sharing.tool.qualification_required_named', { training })
      : generic;
  return (
    <Form method="post" noValidate>
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      {formError && errors.length === 0 ? <Alert kind="error" title={formError} headingLevel={3} /> : null}
      <input type="hidden" name="intent" value="reserve" />
      <TextField
        id="day"
        name="day"
        type="date"
        label={t('sharing.tool.reserve_day')}
        required
        requiredLabel={t('form.required')}
        defaultValue={value('day')}
        error={errorOf('day')}
      />
      <TextField
        id="startTime"
        name="startTime"
        type="time"
        label={t('sharing.tool.reserve_start')}
        required
        requiredLabel={t('form.required')}
        defaultValue={value('startTime')}
        error={errorOf('startTime')}
      />
      <TextField
        id="endTime"
        name="endTime"
        type="time"
        label={t('sharing.tool.reserve_end')}
        required
        requiredLabel={t('form.required')}
        defaultValue={value('endTime')}
        error={errorOf('endTime')}
      />
      <TextField
        id="purpose"
        name="purpose"
        label={t('sharing.tool.reserve_purpose')}
        defaultValue={value('purpose')}
        error={errorOf('purpose')}
      />
      <Button type="submit">{t('sharing.tool.reserve_submit')}</Button>
    </Form>
  );
}

export function LoanRequestForm({
  places,
  failure,
}: {
  places: { id: string; name: string }[];
  failure: FormFailure | null;
}) {
  const t = useT();
  const { errorOf, value, errors, formError } = useFormFailure(failure);
  return (
    <Form method="post" noValidate>
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      {formError && errors.length === 0 ? <Alert kind="error" title={formError} headingLevel={3} /> : null}
      <input type="hidden" name="intent" value="loan" />
      <SelectField
        id="borrowerPlaceId"
        name="borrowerPlaceId"
        label={t('sharing.tool.request_place')}
        required
        requiredLabel={t('form.required')}
        defaultValue={value('borrowerPlaceId', places[0]?.id)}
        options={places.map((p) => ({ value: p.id, label: p.name }))}
        error={errorOf('borrowerPlaceId')}
      />
      <TextField
        id="from"
        name="from"
        type="date"
        label={t('sharing.tool.request_from')}
        required
        requiredLabel={t('form.required')}
        defaultValue={value('from')}
        error={errorOf('from')}
      />
      <TextField
        id="to"
        name="to"
        type="date"
        label={t('sharing.tool.request_to')}
        required
        requiredLabel={t('form.required')}
        defaultValue={value('to')}
        error={errorOf('to')}
      />
      <TextAreaField
        id="notes"
        name="notes"
        label={t('sharing.tool.request_notes')}
        hint={t('sharing.tool.request_notes_hint')}
        defaultValue={value('notes')}
        error={errorOf('notes')}
      />
      <Button type="submit">{t('sharing.tool.request_submit')}</Button>
    </Form>
  );
}
