import {
  ACTIVITY_FORMATS,
  ACTIVITY_KINDS,
  ACTIVITY_LEVELS,
  BOOKING_SCOPES,
  FEES_KINDS,
  MIN_ATTENDANCE_ACTIONS,
} from '@rf/domain/catalogue/publishing.schema';
import {
  THEMATIQUES_DEMARCHES_ADMINISTRATIVES,
  THEMATIQUES_MEDIATION_NUMERIQUE,
} from '@rf/domain/vocabulary/activity-records';
import type { MessageKey } from '@rf/i18n';
import {
  Alert,
  CheckboxGroup,
  FormErrorSummary,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '@rf/ui';
import { useMessage, useT } from '../i18n.tsx';

/** What the activity form shows: the saved values, or what was typed when the form came back. */
export interface ActivityFieldValues {
  values: Record<string, string>;
  lists: Record<string, string[]>;
  fieldErrors: Record<string, string>;
}

/** The errors of a form at its top, each linked to its field (the field shows it too). */
export function PublishingErrors({
  fieldErrors,
  formError,
  idPrefix = '',
}: {
  fieldErrors: Record<string, string>;
  formError?: string | null;
  /** The prefix of the form's field ids, so each message links to its field. */
  idPrefix?: string;
}) {
  const t = useT();
  const message = useMessage();
  const errors = Object.entries(fieldErrors).map(([field, key]) => ({
    fieldId: `${idPrefix}${field}`,
    message: message(key),
  }));
  if (errors.length > 0) return <FormErrorSummary title={t('errors.invalid_input')} errors={errors} />;
  if (formError) return <Alert kind="error" title={message(formError)} />;
  return null;
}

/** The description of a workshop or training: the same fields to create and to edit it. */
export function ActivityFields({ values, lists, fieldErrors }: ActivityFieldValues) {
  const t = useT();
  const message = useMessage();
  const error = (field: string) => (fieldErrors[field] ? message(fieldErrors[field]) : undefined);
  const optional = t('publishing.form.optional');
  const themeOptions = (codes: readonly string[]) =>
    codes.map((code) => ({ value: code, label: t(`catalogue.theme.${code}` as MessageKey) }));
  return (
    <>
      <RadioGroup
        id="kind"
        name="kind"
        legend={t('publishing.form.kind')}
        inline
        defaultValue={values.kind || 'workshop'}
        options={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`catalogue.kind.${kind}`) }))}
        error={error('kind')}
      />
      <RadioGroup
        id="bookingScope"
        name="bookingScope"
        legend={t('publishing.form.booking_scope')}
        hint={t('publishing.form.booking_scope_hint')}
        defaultValue={values.bookingScope || 'session'}
        options={BOOKING_SCOPES.map((scope) => ({
          value: scope,
          label: t(`publishing.booking_scope.${scope}`),
        }))}
        error={error('bookingScope')}
      />
      <TextField
        id="title"
        name="title"
        label={t('publishing.form.title')}
        hint={t('publishing.form.title_hint')}
        required
        requiredLabel={t('form.required')}
        maxLength={200}
        defaultValue={values.title ?? ''}
        error={error('title')}
      />
      <TextAreaField
        id="description"
        name="description"
        label={t('publishing.form.description')}
        hint={t('publishing.form.description_hint')}
        optionalLabel={optional}
        rows={5}
        defaultValue={values.description ?? ''}
        error={error('description')}
      />
      <CheckboxGroup
        id="themes"
        name="themes"
        legend={t('publishing.form.themes_mediation')}
        hint={t('publishing.form.themes_hint')}
        options={themeOptions(THEMATIQUES_MEDIATION_NUMERIQUE)}
        defaultValue={lists.themes ?? []}
        error={error('themes')}
      />
      <CheckboxGroup
        id="themes-demarches"
        name="themes"
        legend={t('publishing.form.themes_demarches')}
        options={themeOptions(THEMATIQUES_DEMARCHES_ADMINISTRATIVES)}
        defaultValue={lists.themes ?? []}
      />
      <SelectField
        id="level"
        name="level"
        label={t('publishing.form.level')}
        defaultValue={values.level ?? ''}
        options={[
          { value: '', label: t('publishing.level.none') },
          ...ACTIVITY_LEVELS.map((level) => ({ value: level, label: t(`catalogue.level.${level}`) })),
        ]}
        error={error('level')}
      />
      <TextField
        id="audience"
        name="audience"
        label={t('publishing.form.audience')}
        hint={t('publishing.form.audience_hint')}
        optionalLabel={optional}
        defaultValue={values.audience ?? ''}
        error={error('audience')}
      />
      <RadioGroup
        id="format"
        name="format"
        legend={t('publishing.form.format')}
        defaultValue={values.format || 'on_site'}
        options={ACTIVITY_FORMATS.map((format) => ({
          value: format,
          label: t(`catalogue.format.${format}`),
        }))}
        error={error('format')}
      />
      <SelectField
        id="feesKind"
        name="feesKind"
        label={t('publishing.form.fees')}
        defaultValue={values.feesKind || 'gratuit'}
        options={FEES_KINDS.map((fees) => ({ value: fees, label: t(`publishing.fees.${fees}`) }))}
        error={error('feesKind')}
      />
      <TextField
        id="price"
        name="price"
        label={t('publishing.form.price')}
        hint={t('publishing.form.price_hint')}
        optionalLabel={optional}
        inputMode="decimal"
        width="s"
        defaultValue={values.price ?? ''}
        error={error('price')}
      />
      <TextField
        id="facilitatorName"
        name="facilitatorName"
        label={t('publishing.form.facilitator')}
        optionalLabel={optional}
        autoComplete="name"
        defaultValue={values.facilitatorName ?? ''}
        error={error('facilitatorName')}
      />
      <TextAreaField
        id="accessibilityNotes"
        name="accessibilityNotes"
        label={t('publishing.form.accessibility')}
        hint={t('publishing.form.accessibility_hint')}
        optionalLabel={optional}
        rows={2}
        defaultValue={values.accessibilityNotes ?? ''}
        error={error('accessibilityNotes')}
      />
      <TextField
        id="minAttendance"
        name="minAttendance"
        label={t('publishing.form.min_attendance')}
        hint={t('publishing.form.min_attendance_hint')}
        optionalLabel={optional}
        inputMode="numeric"
        width="xs"
        defaultValue={values.minAttendance ?? ''}
        error={error('minAttendance')}
      />
      <TextField
        id="minAttendanceNoticeHours"
        name="minAttendanceNoticeHours"
        label={t('publishing.form.notice')}
        hint={t('publishing.form.notice_hint')}
        optionalLabel={optional}
        inputMode="numeric"
        width="xs"
        defaultValue={values.minAttendanceNoticeHours || '48'}
        error={error('minAttendanceNoticeHours')}
      />
      <SelectField
        id="minAttendanceAction"
        name="minAttendanceAction"
        label={t('publishing.form.min_attendance_action')}
        hint={t('publishing.form.min_attendance_action_hint')}
        defaultValue={values.minAttendanceAction || 'cancel'}
        options={MIN_ATTENDANCE_ACTIONS.map((action) => ({
          value: action,
          label: t(`publishing.min_attendance_action.${action}`),
        }))}
        error={error('minAttendanceAction')}
      />
    </>
  );
}
