import {
  AGREEMENT_STATUSES,
  CO_FUNDER_SLOTS,
  FUNDING_DURATIONS,
  fundingAgreementFromForm,
  fundingAgreementInput,
  fundingFormField,
} from '@rf/domain/programme/funding';
import { Alert, Button, FormErrorSummary, PageHeader, SelectField, TextAreaField, TextField } from '@rf/ui';
import { formFailure, formValues } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/funding-new';

export const meta = () => [{ title: 'Nouvelle convention de financement — Réseau Fabriques' }];

export async function loader({ request }: Route.LoaderArgs) {
  const { api } = await requestScope(request);
  const viewer = await api.identity.me();
  if (!viewer) throw redirect(`/connexion?retour=${encodeURIComponent('/financements/nouvelle')}`);
  if (viewer.networkRole !== 'network_admin') throw data(null, { status: 403 });
  const { fabriques, waves } = await api.programme.fundingOverview({});
  return {
    fabriques: fabriques.map((f) => ({ id: f.placeId, name: f.placeName })),
    waves,
    placeId: new URL(request.url).searchParams.get('lieu') ?? '',
  };
}

/** Field errors keyed by the form's fields (`year2`, `coFunder1Amount`…), whatever raised them. */
function byFormField(fieldErrors: Record<string, string>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    const keys = path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    fields[fundingFormField(keys)] ??= message;
  }
  return fields;
}

/** Records the agreement; a broken programme rule comes back next to its field, with the rule in words. */
export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const values = formValues(formData);
  const parsed = fundingAgreementInput.safeParse(fundingAgreementFromForm(values));
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.') || '_form'] ??= issue.message;
    return data(
      { formError: 'errors.invalid_input', fieldErrors: byFormField(fieldErrors), values },
      { status: 400 },
    );
  }
  const { api, headers } = await requestScope(request);
  try {
    await api.programme.createAgreement(parsed.data);
    return redirect(`/financements/${parsed.data.placeId}?cree`, { headers });
  } catch (error) {
    const failure = formFailure(error, formData);
    return data({ ...failure, fieldErrors: byFormField(failure.fieldErrors) }, { status: 400, headers });
  }
}

export default function FundingNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { fabriques, waves, placeId } = loaderData;
  const fieldErrors: Record<string, string> = actionData?.fieldErrors ?? {};
  const values: Record<string, string> = actionData?.values ?? {
    placeId,
    durationYears: '3',
    status: 'draft',
  };
  const errorOf = (field: string) => (fieldErrors[field] ? message(fieldErrors[field]) : undefined);
  const errors = Object.entries(fieldErrors).map(([field, key]) => ({
    fieldId: field === 'years' ? 'year1' : field,
    message: message(key),
  }));
  const required = { required: true as const, requiredLabel: t('form.required') };
  return (
    <div className="rf-container">
      <PageHeader title={t('programme.new.title')} lead={t('programme.new.lead')} />
      <p>
        <a href="/financements">{t('programme.place.back')}</a>
      </p>
      {actionData?.formError && errors.length === 0 ? (
        <Alert kind="error" title={message(actionData.formError)} />
      ) : null}
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      <Form method="post" noValidate className="rf-stack">
        <SelectField
          id="placeId"
          name="placeId"
          label={t('programme.new.fabrique')}
          {...required}
          placeholder={t('programme.new.choose_fabrique')}
          options={fabriques.map((f) => ({ value: f.id, label: f.name }))}
          defaultValue={values.placeId ?? ''}
          error={errorOf('placeId')}
        />
        <SelectField
          id="waveId"
          name="waveId"
          label={t('programme.new.wave')}
          placeholder={t('programme.new.no_wave')}
          options={waves.map((w) => ({ value: w.id, label: w.name }))}
          defaultValue={values.waveId ?? ''}
          error={errorOf('waveId')}
        />
        <TextField
          id="reference"
          name="reference"
          label={t('programme.new.reference')}
          defaultValue={values.reference ?? ''}
          error={errorOf('reference')}
        />
        <TextField
          id="startsOn"
          name="startsOn"
          type="date"
          label={t('programme.new.starts_on')}
          {...required}
          defaultValue={values.startsOn ?? ''}
          error={errorOf('startsOn')}
        />
        <SelectField
          id="durationYears"
          name="durationYears"
          label={t('programme.new.duration')}
          {...required}
          options={FUNDING_DURATIONS.map((years) => ({
            value: String(years),
            label: t('programme.new.duration_value', { years: String(years) }),
          }))}
          defaultValue={values.durationYears ?? '3'}
          error={errorOf('durationYears')}
        />
        <fieldset className="rf-fieldset">
          <legend className="rf-legend">{t('programme.new.years_legend')}</legend>
          {/* The total rule concerns every year: each year's field points to it. */}
          {fieldErrors.years ? (
            <p id="years-error" className="rf-error-message">
              {errorOf('years')}
            </p>
          ) : null}
          {[1, 2, 3].map((year) => (
            <TextField
              key={year}
              id={`year${year}`}
              name={`year${year}`}
              inputMode="decimal"
              label={t('programme.new.year', { year: String(year) })}
              hint={year === 3 ? t('programme.new.year3_hint') : undefined}
              defaultValue={values[`year${year}`] ?? ''}
              error={errorOf(`year${year}`)}
              describedBy={fieldErrors.years ? 'years-error' : undefined}
            />
          ))}
        </fieldset>
        <TextField
          id="numeriqueBonus"
          name="numeriqueBonus"
          inputMode="decimal"
          label={t('programme.new.bonus')}
          hint={t('programme.new.bonus_hint')}
          defaultValue={values.numeriqueBonus ?? ''}
          error={errorOf('numeriqueBonus')}
        />
        <fieldset className="rf-fieldset">
          <legend className="rf-legend">{t('programme.new.co_funders_legend')}</legend>
          {Array.from({ length: CO_FUNDER_SLOTS }, (_, i) => i + 1).map((n) => (
            <div key={n} className="rf-stack">
              <TextField
                id={`coFunder${n}Name`}
                name={`coFunder${n}Name`}
                label={t('programme.new.co_funder_name', { n: String(n) })}
                defaultValue={values[`coFunder${n}Name`] ?? ''}
                error={errorOf(`coFunder${n}Name`)}
              />
              <TextField
                id={`coFunder${n}Amount`}
                name={`coFunder${n}Amount`}
                inputMode="decimal"
                label={t('programme.new.co_funder_amount', { n: String(n) })}
                defaultValue={values[`coFunder${n}Amount`] ?? ''}
                error={errorOf(`coFunder${n}Amount`)}
              />
            </div>
          ))}
        </fieldset>
        <SelectField
          id="status"
          name="status"
          label={t('programme.new.status')}
          options={AGREEMENT_STATUSES.map((s) => ({ value: s, label: t(`programme.agreement.status.${s}`) }))}
          defaultValue={values.status ?? 'draft'}
          error={errorOf('status')}
        />
        <TextField
          id="signedOn"
          name="signedOn"
          type="date"
          label={t('programme.new.signed_on')}
          hint={t('programme.new.signed_on_hint')}
          defaultValue={values.signedOn ?? ''}
          error={errorOf('signedOn')}
        />
        <TextAreaField
          id="notes"
          name="notes"
          label={t('programme.new.notes')}
          defaultValue={values.notes ?? ''}
          error={errorOf('notes')}
        />
        <Button type="submit">{t('programme.new.submit')}</Button>
      </Form>
    </div>
  );
}
