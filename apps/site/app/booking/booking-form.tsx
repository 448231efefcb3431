import type { BookingMode } from '@rf/domain/booking/booking.schema';
import { Alert, Button, CheckboxField, FormErrorSummary, TextField } from '@rf/ui';
import { useFormFailure, useT } from '@rf/web/i18n';
import { Form } from 'react-router';
import type { FormWithLandline } from './landline.ts';
import { BookAnywayButton, LandlineWarning } from './landline-warning.tsx';

// A resident books for themself; a prescriber (`?pour=autre`) books for a resident who agreed, and says who
// they are so the place can reach them. The API reads both with the same rules, so one form serves both.
// It posts to the session page's action: no JavaScript needed.

/** One form for the resident and for the prescriber: the words change, the fields and the rules do not. */
export function BookingForm({
  mode,
  sessionId,
  idempotencyKey,
  full,
  failure,
}: {
  mode: BookingMode;
  sessionId: string;
  idempotencyKey: string;
  full: boolean;
  failure: FormWithLandline | null;
}) {
  const t = useT();
  // The contact issue (neither e-mail nor phone) links to the e-mail field, the first of the two.
  const {
    errorOf,
    value,
    errors: summary,
    formError,
  } = useFormFailure(failure, {
    fieldId: (name) => (name === 'contact' ? 'email' : name),
  });
  const forOther = mode === 'prescriber';
  const words = forOther ? 'booking.prescriber' : 'booking.form';
  return (
    <>
      {formError && summary.length === 0 ? <Alert kind="error" title={formError} /> : null}
      {summary.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={summary} /> : null}
      {failure?.landline ? <LandlineWarning landline={failure.landline} /> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="mode" value={mode} />
        <input type="hidden" name="idempotencyKey" value={value('idempotencyKey', idempotencyKey)} />
        {forOther ? (
          <fieldset className="rf-fieldset">
            <legend className="rf-legend">{t('booking.prescriber.you_legend')}</legend>
            <TextField
              id="prescriberName"
              name="prescriberName"
              label={t('booking.form.prescriber_name')}
              autoComplete="name"
              required
              requiredLabel={t('form.required')}
              defaultValue={value('prescriberName')}
              error={errorOf('prescriberName')}
            />
            <TextField
              id="prescriberOrganisation"
              name="prescriberOrganisation"
              label={t('booking.form.prescriber_organisation')}
              hint={t('booking.prescriber.organisation_hint')}
              autoComplete="organization"
              required
              requiredLabel={t('form.required')}
              defaultValue={value('prescriberOrganisation')}
              error={errorOf('prescriberOrganisation')}
            />
          </fieldset>
        ) : null}
        <TextField
          id="firstName"
          name="firstName"
          label={t(`${words}.first_name`)}
          autoComplete={forOther ? 'off' : 'given-name'}
          required
          requiredLabel={t('form.required')}
          defaultValue={value('firstName')}
          error={errorOf('firstName')}
          width="m"
        />
        <fieldset className="rf-fieldset" aria-describedby={errorOf('contact') ? 'contact-error' : undefined}>
          <legend className="rf-legend">{t(`${words}.contact_legend`)}</legend>
          {errorOf('contact') ? (
            <p id="contact-error" className="rf-error-message">
              {errorOf('contact')}
            </p>
          ) : null}
          <TextField
            id="email"
            name="email"
            type="email"
            label={t(`${words}.email`)}
            hint={t(`${words}.email_hint`)}
            autoComplete={forOther ? 'off' : 'email'}
            defaultValue={value('email')}
            error={errorOf('email')}
          />
          <TextField
            id="phone"
            name="phone"
            type="tel"
            label={t(`${words}.phone`)}
            hint={t('booking.form.phone_hint')}
            autoComplete={forOther ? 'off' : 'tel'}
            defaultValue={value('phone')}
            error={errorOf('phone')}
            width="m"
          />
          {forOther ? <p className="rf-hint">{t('booking.prescriber.no_contact_warning')}</p> : null}
        </fieldset>
        {forOther ? (
          <fieldset className="rf-fieldset">
            <legend className="rf-legend">{t('booking.prescriber.news_legend')}</legend>
            <TextField
              id="prescriberEmail"
              name="prescriberEmail"
              type="email"
              label={t('booking.prescriber.email_self')}
              hint={t('booking.prescriber.email_self_hint')}
              autoComplete="work email"
              defaultValue={value('prescriberEmail')}
              error={errorOf('prescriberEmail')}
            />
            <CheckboxField
              id="prescriberNews"
              name="prescriberNews"
              label={t('booking.prescriber.news_consent')}
              defaultChecked={value('prescriberNews') === 'on'}
              error={errorOf('prescriberNews')}
            />
          </fieldset>
        ) : null}
        {/* Honeypot: people never see it; robots fill it. */}
        <div className="visually-hidden">
          <label htmlFor="website">{t('booking.form.honeypot')}</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <CheckboxField
          id="consent"
          name="consent"
          label={t(`${words}.consent`)}
          required
          requiredLabel={t('form.required')}
          defaultChecked={value('consent') === 'on'}
          error={errorOf('consent')}
        />
        <Button type="submit" block>
          {full ? t(`${words}.submit_waitlist`) : t(`${words}.submit`)}
        </Button>
        {failure?.landline ? <BookAnywayButton landline={failure.landline} /> : null}
      </Form>
    </>
  );
}
