import {
  CO_FUNDER_SLOTS,
  centsToEuros,
  EDITABLE_AGREEMENT_STATUSES,
  FUNDING_DURATIONS,
} from '@rf/domain/programme/funding';
import { Button, SelectField, TextAreaField, TextField } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { Form } from 'react-router';

// The funding agreement form, for recording an agreement and for changing one: one field per year and per
// co-funder slot (no JavaScript needed), named as the procedure's input (`yearlyAmountsCents[0]`,
// `coFunders[0].name`: amounts typed in euros, which the schema reads), so that an error, whatever raised
// it, is keyed by the name of its field.

const YEARS = [0, 1, 2] as const;
const SLOTS = Array.from({ length: CO_FUNDER_SLOTS }, (_, i) => i);

export const yearField = (i: number) => `yearlyAmountsCents[${i}]`;
export const coFunderField = (i: number, part: 'name' | 'amountCents') => `coFunders[${i}].${part}`;
/** The group of the years (the total rule concerns every year). */
export const YEARS_FIELD = 'yearlyAmountsCents';

/** The id of a field of the form, from its name (ids stay plain: `year1`, `coFunder1Amount`). */
export function agreementFieldId(name: string): string {
  const year = /^yearlyAmountsCents\[(\d+)\]$/.exec(name);
  if (year) return `year${Number(year[1]) + 1}`;
  if (name === YEARS_FIELD) return 'year1';
  const coFunder = /^coFunders\[(\d+)\]\.(name|amountCents)$/.exec(name);
  if (coFunder) return `coFunder${Number(coFunder[1]) + 1}${coFunder[2] === 'name' ? 'Name' : 'Amount'}`;
  return name;
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
    numeriqueBonusCents: a.numeriqueBonusCents ? centsToEuros(a.numeriqueBonusCents).replace('.', ',') : '',
    status: a.status,
    signedOn: a.signedOn ?? '',
    notes: a.notes ?? '',
  };
  a.yearlyAmountsCents.forEach((cents, i) => {
    values[yearField(i)] = centsToEuros(cents).replace('.', ',');
  });
  a.coFunders.forEach((c, i) => {
    values[coFunderField(i, 'name')] = c.name;
    values[coFunderField(i, 'amountCents')] = centsToEuros(c.amountCents).replace('.', ',');
  });
  return values;
}

export function AgreementForm({
  fabriques,
  waves,
  values,
  errorOf,
  submitLabel,
  hidden = {},
}: {
  /** The fabriques to choose from; null when the agreement's place is fixed (a hidden field holds it). */
  fabriques: { id: string; name: string }[] | null;
  waves: { id: string; name: string }[];
  values: Record<string, string>;
  /** The message next to the field of that name (`useFormFailure`'s `errorOf`). */
  errorOf: (name: string) => string | undefined;
  submitLabel: string;
  hidden?: Record<string, string>;
}) {
  const t = useT();
  const required = { required: true as const, requiredLabel: t('form.required') };
  const yearsError = errorOf(YEARS_FIELD);
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
        {yearsError ? (
          <p id="years-error" className="rf-error-message">
            {yearsError}
          </p>
        ) : null}
        {YEARS.map((i) => (
          <TextField
            key={i}
            id={agreementFieldId(yearField(i))}
            name={yearField(i)}
            inputMode="decimal"
            label={t('programme.new.year', { year: String(i + 1) })}
            hint={i === 2 ? t('programme.new.year3_hint') : undefined}
            defaultValue={values[yearField(i)] ?? ''}
            error={errorOf(yearField(i))}
            describedBy={yearsError ? 'years-error' : undefined}
          />
        ))}
      </fieldset>
      <TextField
        id="numeriqueBonusCents"
        name="numeriqueBonusCents"
        inputMode="decimal"
        label={t('programme.new.bonus')}
        hint={t('programme.new.bonus_hint')}
        defaultValue={values.numeriqueBonusCents ?? ''}
        error={errorOf('numeriqueBonusCents')}
      />
      <fieldset className="rf-fieldset">
        <legend className="rf-legend">{t('programme.new.co_funders_legend')}</legend>
        {SLOTS.map((i) => (
          <div key={i} className="rf-stack">
            <TextField
              id={agreementFieldId(coFunderField(i, 'name'))}
              name={coFunderField(i, 'name')}
              label={t('programme.new.co_funder_name', { n: String(i + 1) })}
              defaultValue={values[coFunderField(i, 'name')] ?? ''}
              error={errorOf(coFunderField(i, 'name'))}
            />
            <TextField
              id={agreementFieldId(coFunderField(i, 'amountCents'))}
              name={coFunderField(i, 'amountCents')}
              inputMode="decimal"
              label={t('programme.new.co_funder_amount', { n: String(i + 1) })}
              defaultValue={values[coFunderField(i, 'amountCents')] ?? ''}
              error={errorOf(coFunderField(i, 'amountCents'))}
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
