import {
  CO_FUNDER_SLOTS,
  centsToEuros,
  EDITABLE_AGREEMENT_STATUSES,
  FUNDING_DURATIONS,
  fundingFormField,
} from '@rf/domain/programme/funding';
import { Button, SelectField, TextAreaField, TextField } from '@rf/ui';
import { useMessage, useT } from '@rf/web/i18n';
import { Form } from 'react-router';

// The funding agreement form, for recording an agreement and for changing one: one field per year and per
// co-funder slot (no JavaScript needed), errors next to their field whatever raised them.

/** Field errors keyed by the form's fields (`year2`, `coFunder1Amount`…), from zod paths. */
export function byFormField(fieldErrors: Record<string, string>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors)) {
    // Both spellings of a nested field: `coFunders.0.name` (zod's path) and `coFunders[0].name` (Conform's).
    const keys = path
      .split(/[.[\]]+/)
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    fields[fundingFormField(keys)] ??= message;
  }
  return fields;
}

export interface AgreementFormSource {
  placeId: string;
  waveId: string | null;
  reference: string | null;
  startsOn: string;
  durationYears: number;
  yearlyAmountsCents: number[];
  numeriqueBonusCents: number;
  coFunders: { name: string; amountCents: number }[];
  status: string;
  signedOn: string | null;
  notes: string | null;
}

/** An agreement as the form's values (euros as typed in French). */
export function agreementFormValues(a: AgreementFormSource): Record<string, string> {
  const values: Record<string, string> = {
    placeId: a.placeId,
    waveId: a.waveId ?? '',
    reference: a.reference ?? '',
    startsOn: a.startsOn,
    durationYears: String(a.durationYears),
    numeriqueBonus: a.numeriqueBonusCents ? centsToEuros(a.numeriqueBonusCents).replace('.', ',') : '',
    status: a.status,
    signedOn: a.signedOn ?? '',
    notes: a.notes ?? '',
  };
  a.yearlyAmountsCents.forEach((cents, i) => {
    values[`year${i + 1}`] = centsToEuros(cents).replace('.', ',');
  });
  a.coFunders.forEach((c, i) => {
    values[`coFunder${i + 1}Name`] = c.name;
    values[`coFunder${i + 1}Amount`] = centsToEuros(c.amountCents).replace('.', ',');
  });
  return values;
}

export function AgreementForm({
  fabriques,
  waves,
  values,
  fieldErrors,
  submitLabel,
  hidden = {},
}: {
  /** The fabriques to choose from; null when the agreement's place is fixed (a hidden field holds it). */
  fabriques: { id: string; name: string }[] | null;
  waves: { id: string; name: string }[];
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  submitLabel: string;
  hidden?: Record<string, string>;
}) {
  const t = useT();
  const message = useMessage();
  const errorOf = (field: string) => (fieldErrors[field] ? message(fieldErrors[field]) : undefined);
  const required = { required: true as const, requiredLabel: t('form.required') };
  return (
    <Form method="post" noValidate className="rf-stack">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fabriques ? (
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
      ) : (
        <input type="hidden" name="placeId" value={values.placeId ?? ''} />
      )}
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
        options={EDITABLE_AGREEMENT_STATUSES.map((s) => ({
          value: s,
          label: t(`programme.agreement.status.${s}`),
        }))}
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
      <Button type="submit">{submitLabel}</Button>
    </Form>
  );
}
