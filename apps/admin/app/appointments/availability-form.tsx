import type { Caller } from '@rf/api';
import { Button, CheckboxGroup, FormErrorSummary, RadioGroup, SelectField, TextField } from '@rf/ui';
import { useMessage, useT } from '@rf/web/i18n';
import { Form } from 'react-router';

// The availability form, for adding one (with the médiateur to choose) and for changing one.

export type AvailabilityDto = Awaited<
  ReturnType<Caller['appointments']['availabilities']>
>['availabilities'][number];

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
const MODALITIES = ['sur_place', 'telephone', 'domicile', 'visio'] as const;
const WHO = ['everyone', 'agents_and_prescribers', 'agents'] as const;

export interface AvailabilityFormState {
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  lists?: { weekdays: string[]; modalities: string[] };
}

export function AvailabilityForm({
  intent,
  mediateurs,
  current,
  state,
}: {
  intent: 'create' | 'update';
  /** Choices `placeId:userId` → label, when adding. */
  mediateurs?: { value: string; label: string }[];
  current?: AvailabilityDto;
  state: AvailabilityFormState | null;
}) {
  const t = useT();
  const message = useMessage();
  const fieldErrors = state?.fieldErrors ?? {};
  const values = state?.values;
  const errorOf = (field: string) => (fieldErrors[field] ? message(fieldErrors[field]) : undefined);
  const value = (field: string, fallback: string) => values?.[field] ?? fallback;
  const today = new Date().toISOString().slice(0, 10);
  const errors = Object.entries(fieldErrors).map(([field, key]) => ({
    // The first box of a group carries the group's id.
    fieldId: field,
    message: message(key),
  }));
  return (
    <Form method="post" noValidate>
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      <input type="hidden" name="intent" value={intent} />
      {current ? <input type="hidden" name="id" value={current.id} /> : null}
      {mediateurs ? (
        <SelectField
          id="mediateur"
          name="mediateur"
          label={t('availabilities.field.place_mediateur')}
          required
          requiredLabel={t('form.required')}
          defaultValue={value('mediateur', mediateurs[0]?.value ?? '')}
          options={mediateurs}
          error={errorOf('mediateur')}
        />
      ) : null}
      <CheckboxGroup
        id="weekdays"
        name="weekdays"
        legend={t('availabilities.field.weekdays')}
        required
        requiredLabel={t('form.required')}
        inline
        defaultValue={state?.lists?.weekdays ?? current?.weekdays.map(String) ?? ['2', '4']}
        options={WEEKDAYS.map((d) => ({ value: d, label: t(`appointments.weekday.${d}`) }))}
        error={errorOf('weekdays')}
      />
      <TextField
        id="startTime"
        name="startTime"
        type="time"
        label={t('availabilities.field.start_time')}
        hint={t('availabilities.field.time_hint')}
        required
        requiredLabel={t('form.required')}
        defaultValue={value('startTime', current?.startTime ?? '09:30')}
        error={errorOf('startTime')}
        width="s"
      />
      <TextField
        id="endTime"
        name="endTime"
        type="time"
        label={t('availabilities.field.end_time')}
        hint={t('availabilities.field.time_hint')}
        required
        requiredLabel={t('form.required')}
        defaultValue={value('endTime', current?.endTime ?? '12:00')}
        error={errorOf('endTime')}
        width="s"
      />
      <TextField
        id="firstDay"
        name="firstDay"
        type="date"
        label={t('availabilities.field.first_day')}
        required
        requiredLabel={t('form.required')}
        defaultValue={value('firstDay', current?.firstDay ?? today)}
        error={errorOf('firstDay')}
        width="m"
      />
      <TextField
        id="lastDay"
        name="lastDay"
        type="date"
        label={t('availabilities.field.last_day')}
        hint={t('availabilities.field.last_day_hint')}
        optionalLabel={t('appointments.form.optional')}
        defaultValue={value('lastDay', current?.lastDay ?? '')}
        error={errorOf('lastDay')}
        width="m"
      />
      <RadioGroup
        id="slotMinutes"
        name="slotMinutes"
        legend={t('availabilities.field.slot_minutes')}
        inline
        defaultValue={value('slotMinutes', String(current?.slotMinutes ?? 30))}
        options={['30', '45', '60'].map((m) => ({
          value: m,
          label: t('availabilities.field.slot_option', { minutes: m }),
        }))}
        error={errorOf('slotMinutes')}
      />
      <CheckboxGroup
        id="modalities"
        name="modalities"
        legend={t('availabilities.field.modalities')}
        required
        requiredLabel={t('form.required')}
        defaultValue={state?.lists?.modalities ?? current?.modalities ?? ['sur_place']}
        options={MODALITIES.map((m) => ({ value: m, label: t(`appointments.modality.${m}`) }))}
        error={errorOf('modalities')}
      />
      <TextField
        id="bufferMinutes"
        name="bufferMinutes"
        type="number"
        inputMode="numeric"
        label={t('availabilities.field.buffer')}
        defaultValue={value('bufferMinutes', String(current?.bufferMinutes ?? 0))}
        error={errorOf('bufferMinutes')}
        width="xs"
      />
      <TextField
        id="minNoticeMinutes"
        name="minNoticeMinutes"
        type="number"
        inputMode="numeric"
        label={t('availabilities.field.notice')}
        hint={t('availabilities.field.notice_hint')}
        defaultValue={value('minNoticeMinutes', String(current?.minNoticeMinutes ?? 120))}
        error={errorOf('minNoticeMinutes')}
        width="xs"
      />
      <TextField
        id="horizonDays"
        name="horizonDays"
        type="number"
        inputMode="numeric"
        label={t('availabilities.field.horizon')}
        defaultValue={value('horizonDays', String(current?.horizonDays ?? 30))}
        error={errorOf('horizonDays')}
        width="xs"
      />
      <RadioGroup
        id="whoMayBook"
        name="whoMayBook"
        legend={t('availabilities.field.who')}
        defaultValue={value('whoMayBook', current?.whoMayBook ?? 'everyone')}
        options={WHO.map((w) => ({ value: w, label: t(`appointments.who.${w}`) }))}
        error={errorOf('whoMayBook')}
      />
      <TextField
        id="locationNote"
        name="locationNote"
        label={t('availabilities.field.location_note')}
        optionalLabel={t('appointments.form.optional')}
        defaultValue={value('locationNote', current?.locationNote ?? '')}
        error={errorOf('locationNote')}
      />
      <Button type="submit">
        {intent === 'create' ? t('availabilities.submit_create') : t('availabilities.submit_update')}
      </Button>
    </Form>
  );
}
