import { ISO_WEEKDAYS, RECURRENCE_FREQUENCIES } from '@rf/domain/catalogue/recurrence';
import { CheckboxGroup, RadioGroup, TextField } from '@rf/ui';
import { useMessage, useT } from '../i18n.tsx';

interface FieldsProps {
  values: Record<string, string>;
  lists?: Record<string, string[]>;
  fieldErrors: Record<string, string>;
  /** Prefix of the field ids, so two forms on one page never share an id. */
  idPrefix: string;
}

function useFieldError(fieldErrors: Record<string, string>) {
  const message = useMessage();
  return (field: string) => (fieldErrors[field] ? message(fieldErrors[field]) : undefined);
}

/** Start and end times, in Paris time. */
export function TimeFields({ values, fieldErrors, idPrefix }: FieldsProps) {
  const t = useT();
  const error = useFieldError(fieldErrors);
  return (
    <>
      <TextField
        id={`${idPrefix}startTime`}
        name="startTime"
        type="time"
        label={t('publishing.plan.start_time')}
        hint={t('publishing.plan.time_hint')}
        required
        requiredLabel={t('form.required')}
        width="s"
        defaultValue={values.startTime ?? ''}
        error={error('startTime')}
      />
      <TextField
        id={`${idPrefix}endTime`}
        name="endTime"
        type="time"
        label={t('publishing.plan.end_time')}
        hint={t('publishing.plan.time_hint')}
        required
        requiredLabel={t('form.required')}
        width="s"
        defaultValue={values.endTime ?? ''}
        error={error('endTime')}
      />
    </>
  );
}

/** Seats, booking window, cancellation cut-off, room: the same for a plan and for one session. */
export function BookingRuleFields({ values, fieldErrors, idPrefix }: FieldsProps) {
  const t = useT();
  const error = useFieldError(fieldErrors);
  const optional = t('publishing.form.optional');
  return (
    <>
      <TextField
        id={`${idPrefix}capacity`}
        name="capacity"
        label={t('publishing.plan.capacity')}
        hint={t('publishing.plan.capacity_hint')}
        required
        requiredLabel={t('form.required')}
        inputMode="numeric"
        width="xs"
        defaultValue={values.capacity ?? ''}
        error={error('capacity')}
      />
      <TextField
        id={`${idPrefix}bookingOpensDaysBefore`}
        name="bookingOpensDaysBefore"
        label={t('publishing.plan.opens')}
        hint={t('publishing.plan.opens_hint')}
        optionalLabel={optional}
        inputMode="numeric"
        width="xs"
        defaultValue={values.bookingOpensDaysBefore ?? ''}
        error={error('bookingOpensDaysBefore')}
      />
      <TextField
        id={`${idPrefix}bookingClosesHoursBefore`}
        name="bookingClosesHoursBefore"
        label={t('publishing.plan.closes')}
        hint={t('publishing.plan.closes_hint')}
        optionalLabel={optional}
        inputMode="numeric"
        width="xs"
        defaultValue={values.bookingClosesHoursBefore ?? ''}
        error={error('bookingClosesHoursBefore')}
      />
      <TextField
        id={`${idPrefix}cancellationCutoffHours`}
        name="cancellationCutoffHours"
        label={t('publishing.plan.cutoff')}
        hint={t('publishing.plan.cutoff_hint')}
        optionalLabel={optional}
        inputMode="numeric"
        width="xs"
        defaultValue={values.cancellationCutoffHours ?? '24'}
        error={error('cancellationCutoffHours')}
      />
      <TextField
        id={`${idPrefix}locationNote`}
        name="locationNote"
        label={t('publishing.plan.location')}
        optionalLabel={optional}
        defaultValue={values.locationNote ?? ''}
        error={error('locationNote')}
      />
    </>
  );
}

/** The recurrence with plain fields (no script needed): every field stays visible, hints say when it counts. */
export function RecurrenceFields({ values, lists = {}, fieldErrors, idPrefix }: FieldsProps) {
  const t = useT();
  const error = useFieldError(fieldErrors);
  return (
    <>
      <TextField
        id={`${idPrefix}firstDate`}
        name="firstDate"
        type="date"
        label={t('publishing.plan.first_date')}
        hint={t('publishing.plan.date_hint')}
        required
        requiredLabel={t('form.required')}
        width="s"
        defaultValue={values.firstDate ?? ''}
        error={error('firstDate')}
      />
      <TimeFields values={values} fieldErrors={fieldErrors} idPrefix={idPrefix} />
      <RadioGroup
        id={`${idPrefix}frequency`}
        name="frequency"
        legend={t('publishing.plan.frequency')}
        defaultValue={values.frequency || 'weekly'}
        options={RECURRENCE_FREQUENCIES.map((f) => ({
          value: f,
          label: t(`publishing.plan.frequency.${f}`),
        }))}
        error={error('frequency')}
      />
      <CheckboxGroup
        id={`${idPrefix}weekdays`}
        name="weekdays"
        legend={t('publishing.plan.weekdays')}
        hint={t('publishing.plan.weekdays_hint')}
        inline
        defaultValue={lists.weekdays ?? []}
        options={ISO_WEEKDAYS.map((d) => ({ value: String(d), label: t(`appointments.weekday.${d}`) }))}
        error={error('weekdays')}
      />
      <TextField
        id={`${idPrefix}interval`}
        name="interval"
        label={t('publishing.plan.interval')}
        hint={t('publishing.plan.interval_hint')}
        inputMode="numeric"
        width="xs"
        defaultValue={values.interval || '1'}
        error={error('interval')}
      />
      <RadioGroup
        id={`${idPrefix}endKind`}
        name="endKind"
        legend={t('publishing.plan.end')}
        defaultValue={values.endKind || 'count'}
        options={[
          { value: 'count', label: t('publishing.plan.end.count') },
          { value: 'until', label: t('publishing.plan.end.until') },
        ]}
        error={error('endKind')}
      />
      <TextField
        id={`${idPrefix}count`}
        name="count"
        label={t('publishing.plan.count')}
        hint={t('publishing.plan.count_hint')}
        inputMode="numeric"
        width="xs"
        defaultValue={values.count ?? ''}
        error={error('count')}
      />
      <TextField
        id={`${idPrefix}until`}
        name="until"
        type="date"
        label={t('publishing.plan.until')}
        hint={t('publishing.plan.date_hint')}
        width="s"
        defaultValue={values.until ?? ''}
        error={error('until')}
      />
    </>
  );
}
