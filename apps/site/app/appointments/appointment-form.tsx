import type { AppointmentModality } from '@rf/domain/appointments/slots';
import { Alert, Button, CheckboxField, FormErrorSummary, RadioGroup, TextAreaField, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useFormFailure, useT } from '@rf/web/i18n';
import { Form } from 'react-router';
import type { FormWithLandline } from '../booking/landline.ts';
import { BookAnywayButton, LandlineWarning } from '../booking/landline-warning.tsx';
import type { Slot } from './slot-picker.tsx';

// The last step: the chosen slot and the person's details, posted to the page's action. The slot travels
// in hidden fields, so a refused form comes back on the same slot with what was typed.

export function AppointmentForm({
  slot,
  modality,
  idempotencyKey,
  failure,
  changeHref,
}: {
  slot: Slot;
  /** The modality chosen in the first step, preselected when this slot offers it. */
  modality: AppointmentModality | null;
  idempotencyKey: string;
  failure: FormWithLandline | null;
  /** Back to the times of the same day. */
  changeHref: string;
}) {
  const t = useT();
  const format = useFormat();
  // The contact issue (neither e-mail nor phone) links to the e-mail field, the first of the two.
  const { errorOf, errors: summary } = useFormFailure(failure, {
    fieldId: (name) => (name === 'contact' ? 'email' : name),
  });
  const values = failure?.values ?? {};
  return (
    <section aria-labelledby="coordonnees">
      <h2 id="coordonnees">{t('appointments.form.title')}</h2>
      <p>
        <strong>
          {t('appointments.pick.slot_label', {
            time: format.dateTime(slot.startsAt),
            minutes: slot.minutes,
          })}
        </strong>
        {slot.locationNote ? ` — ${slot.locationNote}` : ''}
      </p>
      <p>
        <a href={changeHref}>{t('appointments.pick.change')}</a>
      </p>
      <p>{t('appointments.form.lead')}</p>
      {slot.prescribersOnly ? <Alert kind="info" title={t('appointments.form.prescriber_only')} /> : null}
      {summary.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={summary} /> : null}
      {failure?.landline ? <LandlineWarning landline={failure.landline} /> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="availabilityId" value={slot.availabilityId} />
        <input type="hidden" name="startsAt" value={slot.startsAt} />
        <input type="hidden" name="idempotencyKey" value={values.idempotencyKey ?? idempotencyKey} />
        <RadioGroup
          id="modality"
          name="modality"
          legend={t('appointments.form.modality')}
          required
          requiredLabel={t('form.required')}
          defaultValue={
            values.modality ??
            (modality && slot.modalities.includes(modality) ? modality : slot.modalities[0])
          }
          options={slot.modalities.map((m) => ({ value: m, label: t(`appointments.modality.${m}`) }))}
          error={errorOf('modality')}
        />
        <TextField
          id="firstName"
          name="firstName"
          label={t('appointments.form.first_name')}
          autoComplete="given-name"
          required
          requiredLabel={t('form.required')}
          defaultValue={values.firstName ?? ''}
          error={errorOf('firstName')}
          width="m"
        />
        <fieldset className="rf-fieldset" aria-describedby={errorOf('contact') ? 'contact-error' : undefined}>
          <legend className="rf-legend">{t('appointments.form.contact_legend')}</legend>
          {errorOf('contact') ? (
            <p id="contact-error" className="rf-error-message">
              {errorOf('contact')}
            </p>
          ) : null}
          <TextField
            id="email"
            name="email"
            type="email"
            label={t('appointments.form.email')}
            hint={t('appointments.form.email_hint')}
            autoComplete="email"
            defaultValue={values.email ?? ''}
            error={errorOf('email')}
          />
          <TextField
            id="phone"
            name="phone"
            type="tel"
            label={t('appointments.form.phone')}
            hint={t('appointments.form.phone_hint')}
            autoComplete="tel"
            defaultValue={values.phone ?? ''}
            error={errorOf('phone')}
            width="m"
          />
        </fieldset>
        <TextAreaField
          id="motive"
          name="motive"
          label={t('appointments.form.motive')}
          hint={t('appointments.form.motive_hint')}
          defaultValue={values.motive ?? ''}
          error={errorOf('motive')}
        />
        <details
          open={Boolean(
            slot.prescribersOnly ||
              values.prescriberName ||
              values.prescriberOrganisation ||
              errorOf('prescriberName'),
          )}
        >
          <summary>{t('appointments.form.prescriber_legend')}</summary>
          <TextField
            id="prescriberName"
            name="prescriberName"
            label={t('appointments.form.prescriber_name')}
            optionalLabel={t('appointments.form.optional')}
            autoComplete="name"
            defaultValue={values.prescriberName ?? ''}
            error={errorOf('prescriberName')}
          />
          <TextField
            id="prescriberOrganisation"
            name="prescriberOrganisation"
            label={t('appointments.form.prescriber_organisation')}
            optionalLabel={t('appointments.form.optional')}
            autoComplete="organization"
            defaultValue={values.prescriberOrganisation ?? ''}
            error={errorOf('prescriberOrganisation')}
          />
        </details>
        {/* Honeypot: people never see it; robots fill it. */}
        <div className="visually-hidden">
          <label htmlFor="website">{t('appointments.form.honeypot')}</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <CheckboxField
          id="consent"
          name="consent"
          label={t('appointments.form.consent')}
          required
          requiredLabel={t('form.required')}
          defaultChecked={values.consent === 'on'}
          error={errorOf('consent')}
        />
        <Button type="submit" block>
          {t('appointments.form.submit')}
        </Button>
        {failure?.landline ? <BookAnywayButton landline={failure.landline} /> : null}
      </Form>
    </section>
  );
}
