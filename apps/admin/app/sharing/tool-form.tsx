import type { Caller } from '@rf/api';
import {
  Button,
  CheckboxField,
  FormErrorSummary,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '@rf/ui';
import { useMessage, useT } from '@rf/web/i18n';
import { Form } from 'react-router';

// The tool form, for adding one to a place (the place to choose) and for editing one.

export type InventoryTool = Awaited<ReturnType<Caller['sharing']['inventoryTool']>>;

export interface ToolFormState {
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

const USAGES = ['on_site', 'lendable'] as const;
const STATUSES = ['draft', 'published', 'archived'] as const;

export function ToolForm({
  places,
  trainings,
  current,
  state,
}: {
  /** The places to choose from, when adding. */
  places?: { id: string; name: string }[];
  /** The trainings that may unlock the tool (of the places the manager runs). */
  trainings: { id: string; title: string }[];
  current?: InventoryTool;
  state: ToolFormState | null;
}) {
  const t = useT();
  const message = useMessage();
  const fieldErrors = state?.fieldErrors ?? {};
  const values = state?.values;
  const errorOf = (field: string) => (fieldErrors[field] ? message(fieldErrors[field]) : undefined);
  const value = (field: string, fallback: string | null | undefined) => values?.[field] ?? fallback ?? '';
  const errors = Object.entries(fieldErrors).map(([fieldId, key]) => ({ fieldId, message: message(key) }));
  const deposit = current?.depositCents != null ? String(current.depositCents / 100).replace('.', ',') : '';
  return (
    <Form method="post" noValidate>
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      {places ? (
        <SelectField
          id="placeId"
          name="placeId"
          label={t('sharing.inventory.field.place')}
          required
          requiredLabel={t('form.required')}
          defaultValue={value('placeId', places[0]?.id)}
          options={places.map((p) => ({ value: p.id, label: p.name }))}
          error={errorOf('placeId')}
        />
      ) : null}
      <TextField
        id="name"
        name="name"
        label={t('sharing.inventory.field.name')}
        required
        requiredLabel={t('form.required')}
        defaultValue={value('name', current?.name)}
        error={errorOf('name')}
      />
      <TextAreaField
        id="description"
        name="description"
        label={t('sharing.inventory.field.description')}
        defaultValue={value('description', current?.description)}
        error={errorOf('description')}
      />
      <TextField
        id="category"
        name="category"
        label={t('sharing.inventory.field.category')}
        hint={t('sharing.inventory.field.category_hint')}
        defaultValue={value('category', current?.category)}
        error={errorOf('category')}
      />
      <RadioGroup
        id="usage"
        name="usage"
        legend={t('sharing.inventory.field.usage')}
        required
        requiredLabel={t('form.required')}
        inline
        defaultValue={value('usage', current?.usage ?? 'on_site')}
        options={USAGES.map((u) => ({ value: u, label: t(`sharing.usage.${u}`) }))}
        error={errorOf('usage')}
      />
      <TextField
        id="deposit"
        name="deposit"
        inputMode="decimal"
        label={t('sharing.inventory.field.deposit')}
        defaultValue={value('deposit', deposit)}
        error={errorOf('deposit')}
      />
      <TextAreaField
        id="condition"
        name="condition"
        label={t('sharing.inventory.field.condition')}
        defaultValue={value('condition', current?.condition)}
        error={errorOf('condition')}
      />
      <SelectField
        id="requiredTrainingActivityId"
        name="requiredTrainingActivityId"
        label={t('sharing.inventory.field.training')}
        hint={t('sharing.inventory.field.training_hint')}
        placeholder={t('sharing.inventory.field.training_none')}
        defaultValue={value('requiredTrainingActivityId', current?.requiredTrainingActivityId)}
        options={trainings.map((a) => ({ value: a.id, label: a.title }))}
        error={errorOf('requiredTrainingActivityId')}
      />
      <TextField
        id="qualificationValidityMonths"
        name="qualificationValidityMonths"
        inputMode="numeric"
        label={t('sharing.inventory.field.validity')}
        hint={t('sharing.inventory.field.validity_hint')}
        defaultValue={value(
          'qualificationValidityMonths',
          current?.qualificationValidityMonths != null ? String(current.qualificationValidityMonths) : '',
        )}
        error={errorOf('qualificationValidityMonths')}
      />
      <CheckboxField
        id="outOfService"
        name="outOfService"
        label={t('sharing.inventory.field.out_of_service')}
        defaultChecked={values ? values.outOfService === 'on' : (current?.outOfService ?? false)}
      />
      <SelectField
        id="status"
        name="status"
        label={t('sharing.inventory.field.status')}
        defaultValue={value('status', current?.status ?? 'draft')}
        options={STATUSES.map((s) => ({ value: s, label: t(`sharing.tool_status.${s}`) }))}
        error={errorOf('status')}
      />
      <Button type="submit">
        {current ? t('sharing.inventory.submit_update') : t('sharing.inventory.submit_create')}
      </Button>
    </Form>
  );
}
