import {
  COORDINATION_KINDS,
  NATURES_PARTENARIAT,
  TYPES_ANIMATION,
  TYPES_EVENEMENT,
} from '@rf/domain/vocabulary/coordination';
import { Button, FormErrorSummary, RadioGroup, SelectField, TextAreaField, TextField } from '@rf/ui';
import { type useFormFailure, useT } from '@rf/web/i18n';
import { Form } from 'react-router';

// A coordination activity of a fabrique: its kind, the subtype of that kind (one select per kind, the
// chosen kind's is read: no JavaScript needed), date, title, duration and participants.

export function CoordinationForm({
  values,
  failure,
}: {
  values: Record<string, string>;
  /** The refusal in words (`useFormFailure`): each field's message keyed by its name, the summary's list. */
  failure: Pick<ReturnType<typeof useFormFailure>, 'errorOf' | 'errors'>;
}) {
  const t = useT();
  const { errorOf, errors } = failure;
  const required = { required: true as const, requiredLabel: t('form.required') };
  return (
    <>
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      <Form method="post" noValidate className="rf-stack">
        <input type="hidden" name="placeId" value={values.placeId ?? ''} />
        <RadioGroup
          id="kind"
          name="kind"
          legend={t('coordination.form.kind')}
          {...required}
          options={COORDINATION_KINDS.map((kind) => ({ value: kind, label: t(`coordination.kind.${kind}`) }))}
          defaultValue={values.kind}
          error={errorOf('kind')}
        />
        <SelectField
          id="typeAnimation"
          name="typeAnimation"
          label={t('coordination.form.type_animation')}
          hint={t('coordination.form.subtype_hint')}
          placeholder={t('coordination.form.choose')}
          options={TYPES_ANIMATION.map((c) => ({ value: c, label: t(`coordination.type_animation.${c}`) }))}
          defaultValue={values.typeAnimation ?? ''}
          error={errorOf('typeAnimation')}
        />
        <SelectField
          id="typeEvenement"
          name="typeEvenement"
          label={t('coordination.form.type_evenement')}
          hint={t('coordination.form.subtype_hint')}
          placeholder={t('coordination.form.choose')}
          options={TYPES_EVENEMENT.map((c) => ({ value: c, label: t(`coordination.type_evenement.${c}`) }))}
          defaultValue={values.typeEvenement ?? ''}
          error={errorOf('typeEvenement')}
        />
        <SelectField
          id="naturePartenariat"
          name="naturePartenariat"
          label={t('coordination.form.nature_partenariat')}
          hint={t('coordination.form.subtype_hint')}
          placeholder={t('coordination.form.choose')}
          options={NATURES_PARTENARIAT.map((c) => ({
            value: c,
            label: t(`coordination.nature_partenariat.${c}`),
          }))}
          defaultValue={values.naturePartenariat ?? ''}
          error={errorOf('naturePartenariat')}
        />
        <TextField
          id="title"
          name="title"
          label={t('coordination.form.title')}
          {...required}
          defaultValue={values.title ?? ''}
          error={errorOf('title')}
        />
        <TextField
          id="date"
          name="date"
          type="date"
          label={t('coordination.form.date')}
          {...required}
          defaultValue={values.date ?? ''}
          error={errorOf('date')}
          width="m"
        />
        <TextField
          id="durationMinutes"
          name="durationMinutes"
          inputMode="numeric"
          label={t('coordination.form.duration')}
          defaultValue={values.durationMinutes ?? ''}
          error={errorOf('durationMinutes')}
          width="xs"
        />
        <TextField
          id="participants"
          name="participants"
          inputMode="numeric"
          label={t('coordination.form.participants')}
          defaultValue={values.participants ?? ''}
          error={errorOf('participants')}
          width="xs"
        />
        <TextAreaField
          id="notes"
          name="notes"
          label={t('coordination.form.notes')}
          defaultValue={values.notes ?? ''}
          error={errorOf('notes')}
        />
        <Button type="submit">{t('coordination.form.submit')}</Button>
      </Form>
    </>
  );
}

/** A saved activity as the form's values. */
export function coordinationToForm(activity: {
  placeId: string;
  kind: string;
  typeAnimation: string | null;
  typeEvenement: string | null;
  naturePartenariat: string | null;
  date: string;
  durationMinutes: number | null;
  participants: number | null;
  title: string;
  notes: string | null;
}): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(activity))
    if (value !== null && value !== undefined) values[key] = String(value);
  return values;
}
