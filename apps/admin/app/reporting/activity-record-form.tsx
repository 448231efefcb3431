import type { ActivityRecordFormState, CountDimension } from '@rf/domain/reporting/records';
import { COUNT_DIMENSIONS, countFieldPrefix } from '@rf/domain/reporting/records';
import {
  ACTIVITY_RECORD_TYPES,
  AUTONOMIES,
  GENRES,
  MATERIELS,
  NIVEAUX,
  STATUTS_SOCIAUX,
  STRUCTURES_DE_REDIRECTION,
  THEMATIQUES_DEMARCHES_ADMINISTRATIVES,
  THEMATIQUES_MEDIATION_NUMERIQUE,
  TRANCHES_AGE,
  TYPES_LIEU,
} from '@rf/domain/vocabulary/activity-records';
import {
  Button,
  CheckboxField,
  CheckboxGroup,
  FormErrorSummary,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '@rf/ui';
import { useFormFailure, useMessage, useT } from '@rf/web/i18n';
import { Form } from 'react-router';

// The fast entry form of an activity record, for a médiateur on a phone: native fields only, so it works
// without JavaScript. Both the individual and the collective fields are on the page; the chosen type
// decides which are read (`parseActivityRecordForm`). Collective counts are numbers per code, never names.

/** The field a name's error links to: a workshop's numbers have plain ids (`genre_feminin`). */
export function activityRecordFieldId(name: string): string {
  const [dimension, code] = name.split('.');
  if (!dimension || !(dimension in COUNT_DIMENSIONS)) return name;
  const counts = dimension as CountDimension;
  return `${countFieldPrefix[counts]}_${code ?? COUNT_DIMENSIONS[counts][0]}`;
}

const DIMENSIONS: { dimension: CountDimension; codes: readonly string[]; label: string; vocab: string }[] = [
  { dimension: 'countsByGenre', codes: GENRES, label: 'genre', vocab: 'genre' },
  { dimension: 'countsByTrancheAge', codes: TRANCHES_AGE, label: 'tranche_age', vocab: 'tranche_age' },
  {
    dimension: 'countsByStatutSocial',
    codes: STATUTS_SOCIAUX,
    label: 'statut_social',
    vocab: 'statut_social',
  },
];

export function ActivityRecordForm({
  state,
  failure,
}: {
  /** What the form shows: the record, or what was posted when it was refused. */
  state: ActivityRecordFormState;
  failure: Parameters<typeof useFormFailure>[0];
}) {
  const t = useT();
  const message = useMessage();
  const { values, themes, materiel } = state;
  const collective = values.type === 'collectif';
  const { errorOf, errors, formError } = useFormFailure(failure, { fieldId: activityRecordFieldId });
  const summary = errors.filter((e) => e.fieldId !== '_form');
  const label = (key: string) => message(key);
  return (
    <>
      {summary.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={summary} /> : null}
      {formError && summary.length === 0 ? (
        <p className="rf-error-message" role="alert">
          {formError}
        </p>
      ) : null}
      <Form method="post" noValidate className="rf-stack">
        <input type="hidden" name="placeId" value={values.placeId ?? ''} />
        <input type="hidden" name="sessionId" value={values.sessionId ?? ''} />
        <input type="hidden" name="appointmentId" value={values.appointmentId ?? ''} />
        <RadioGroup
          id="type"
          name="type"
          legend={t('activity_records.form.type')}
          required
          requiredLabel={t('form.required')}
          options={ACTIVITY_RECORD_TYPES.map((type) => ({
            value: type,
            label: t(`activity_records.type.${type}`),
          }))}
          defaultValue={values.type}
          error={errorOf('type')}
        />
        <TextField
          id="date"
          name="date"
          type="date"
          label={t('activity_records.form.date')}
          required
          requiredLabel={t('form.required')}
          defaultValue={values.date ?? ''}
          error={errorOf('date')}
          width="m"
        />
        <TextField
          id="durationMinutes"
          name="durationMinutes"
          inputMode="numeric"
          label={t('activity_records.form.duration')}
          hint={t('activity_records.form.duration_hint')}
          required
          requiredLabel={t('form.required')}
          defaultValue={values.durationMinutes ?? ''}
          error={errorOf('durationMinutes')}
          width="xs"
        />
        <RadioGroup
          id="typeLieu"
          name="typeLieu"
          legend={t('activity_records.form.type_lieu')}
          options={TYPES_LIEU.map((code) => ({
            value: code,
            label: t(`activity_records.type_lieu.${code}`),
          }))}
          defaultValue={values.typeLieu ?? 'lieu_activite'}
          error={errorOf('typeLieu')}
        />
        <TextField
          id="communeCode"
          name="communeCode"
          inputMode="numeric"
          autoComplete="off"
          label={t('activity_records.form.commune')}
          hint={t('activity_records.form.commune_hint')}
          defaultValue={values.communeCode ?? ''}
          error={errorOf('communeCode')}
          width="s"
        />
        <CheckboxGroup
          id="themes"
          name="themes"
          legend={t('activity_records.form.themes_numerique')}
          hint={t('activity_records.form.themes_numerique_hint')}
          required
          requiredLabel={t('form.required')}
          options={THEMATIQUES_MEDIATION_NUMERIQUE.map((code) => ({
            value: code,
            label: t(`catalogue.theme.${code}`),
          }))}
          defaultValue={themes}
          error={errorOf('themes')}
        />
        <CheckboxGroup
          id="themes-demarches"
          name="themes"
          legend={t('activity_records.form.themes_demarches')}
          options={THEMATIQUES_DEMARCHES_ADMINISTRATIVES.map((code) => ({
            value: code,
            label: t(`catalogue.theme.${code}`),
          }))}
          defaultValue={themes}
        />
        <CheckboxGroup
          id="materiel"
          name="materiel"
          legend={t('activity_records.form.materiel')}
          options={MATERIELS.map((code) => ({ value: code, label: t(`activity_records.materiel.${code}`) }))}
          defaultValue={materiel}
          error={errorOf('materiel')}
        />

        <fieldset className="rf-fieldset rf-stack">
          <legend className="rf-legend">{t('activity_records.form.individual')}</legend>
          <p className="rf-hint">{t('activity_records.form.individual_hint')}</p>
          <RadioGroup
            id="autonomie"
            name="autonomie"
            legend={t('activity_records.form.autonomie')}
            options={AUTONOMIES.map((code) => ({
              value: code,
              label: t(`activity_records.autonomie.${code}`),
            }))}
            defaultValue={values.autonomie}
            error={errorOf('autonomie')}
          />
          <RadioGroup
            id="orienteVersStructure"
            name="orienteVersStructure"
            inline
            legend={t('activity_records.form.orientation')}
            options={[
              { value: 'true', label: t('activity_records.form.yes') },
              { value: 'false', label: t('activity_records.form.no') },
            ]}
            defaultValue={values.orienteVersStructure}
            error={errorOf('orienteVersStructure')}
          />
          <SelectField
            id="structureDeRedirection"
            name="structureDeRedirection"
            label={t('activity_records.form.structure')}
            placeholder={t('activity_records.form.structure_none')}
            options={STRUCTURES_DE_REDIRECTION.map((code) => ({
              value: code,
              label: t(`activity_records.structure.${code}`),
            }))}
            defaultValue={values.structureDeRedirection ?? ''}
            error={errorOf('structureDeRedirection')}
          />
          <CheckboxField
            id="dejaAccompagneIndividuel"
            name="dejaAccompagneIndividuel"
            value="true"
            label={t('activity_records.form.deja_accompagne_individuel')}
            defaultChecked={values.dejaAccompagneIndividuel === 'true'}
            error={errorOf('dejaAccompagneIndividuel')}
          />
          {DIMENSIONS.map(({ dimension, codes, label: name, vocab }) => (
            <RadioGroup
              key={dimension}
              id={countFieldPrefix[dimension]}
              name={countFieldPrefix[dimension]}
              legend={label(`activity_records.form.${name}`)}
              options={codes.map((code) => ({
                value: code,
                label: label(`activity_records.${vocab}.${code}`),
              }))}
              defaultValue={values[countFieldPrefix[dimension]]}
              error={collective ? undefined : errorOf(countFieldPrefix[dimension])}
            />
          ))}
        </fieldset>

        <fieldset className="rf-fieldset rf-stack">
          <legend className="rf-legend">{t('activity_records.form.collective')}</legend>
          <p className="rf-hint">{t('activity_records.form.collective_hint')}</p>
          <TextField
            id="titreAtelier"
            name="titreAtelier"
            label={t('activity_records.form.titre')}
            defaultValue={values.titreAtelier ?? ''}
            error={errorOf('titreAtelier')}
          />
          <SelectField
            id="niveau"
            name="niveau"
            label={t('activity_records.form.niveau')}
            placeholder={t('activity_records.form.niveau_none')}
            options={NIVEAUX.map((code) => ({ value: code, label: t(`catalogue.level.${code}`) }))}
            defaultValue={values.niveau ?? ''}
            error={errorOf('niveau')}
          />
          <TextField
            id="participantsTotal"
            name="participantsTotal"
            inputMode="numeric"
            label={t('activity_records.form.participants_total')}
            defaultValue={values.participantsTotal ?? ''}
            error={errorOf('participantsTotal')}
            width="xs"
          />
          <TextField
            id="dejaAccompagne"
            name="dejaAccompagne"
            inputMode="numeric"
            label={t('activity_records.form.deja_accompagne')}
            defaultValue={values.dejaAccompagne ?? ''}
            error={errorOf('dejaAccompagne')}
            width="xs"
          />
          {DIMENSIONS.map(({ dimension, codes, label: name, vocab }) => {
            const prefix = countFieldPrefix[dimension];
            const error = collective ? errorOf(dimension) : undefined;
            const errorId = `${prefix}-counts-error`;
            const hintId = `${prefix}-counts-hint`;
            return (
              <fieldset key={dimension} className="rf-fieldset rf-stack">
                <legend className="rf-legend">{label(`activity_records.form.${name}`)}</legend>
                <p id={hintId} className="rf-hint">
                  {t('activity_records.form.counts_hint')}
                </p>
                {error ? (
                  <p id={errorId} className="rf-error-message">
                    {error}
                  </p>
                ) : null}
                {codes.map((code) => (
                  <TextField
                    key={code}
                    id={activityRecordFieldId(`${dimension}.${code}`)}
                    name={`${dimension}.${code}`}
                    inputMode="numeric"
                    label={label(`activity_records.${vocab}.${code}`)}
                    defaultValue={values[`${dimension}.${code}`] ?? ''}
                    error={errorOf(`${dimension}.${code}`)}
                    describedBy={error ? `${errorId} ${hintId}` : hintId}
                    width="xs"
                  />
                ))}
              </fieldset>
            );
          })}
        </fieldset>

        <TextAreaField
          id="notes"
          name="notes"
          label={t('activity_records.form.notes')}
          hint={t('activity_records.form.notes_hint')}
          defaultValue={values.notes ?? ''}
          error={errorOf('notes')}
        />
        <Button type="submit" block>
          {t('activity_records.form.submit')}
        </Button>
      </Form>
    </>
  );
}
