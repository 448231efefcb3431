import type { FormFailure } from '@rf/web/forms';
import { formValues } from '@rf/web/forms';
import type { z } from 'zod';

/** A failed availability form: the usual failure, plus the ticked boxes (formValues keeps one value). */
export interface AvailabilityFormFailure extends FormFailure {
  lists: { weekdays: string[]; modalities: string[] };
}

/** The availability form as the schema reads it: checkbox lists as arrays, the médiateur as place:user. */
export function readAvailabilityForm(formData: FormData) {
  const [placeId = '', mediateurId = ''] = String(formData.get('mediateur') ?? '').split(':');
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  return {
    id: text('id'),
    placeId,
    mediateurId,
    firstDay: text('firstDay'),
    lastDay: text('lastDay'),
    weekdays: formData.getAll('weekdays').map(String),
    startTime: text('startTime'),
    endTime: text('endTime'),
    slotMinutes: text('slotMinutes'),
    modalities: formData.getAll('modalities').map(String),
    bufferMinutes: text('bufferMinutes'),
    minNoticeMinutes: text('minNoticeMinutes'),
    horizonDays: text('horizonDays'),
    whoMayBook: text('whoMayBook'),
    locationNote: text('locationNote'),
  };
}

/** Validates with the procedure's schema; field messages are catalogue keys, as everywhere. */
export function parseAvailabilityForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
): { ok: true; data: z.infer<S> } | AvailabilityFormFailure {
  const result = schema.safeParse(readAvailabilityForm(formData));
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? '_form');
    // The place and the médiateur are one choice in the form.
    const field = name === 'placeId' || name === 'mediateurId' ? 'mediateur' : name;
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, formError: 'errors.invalid_input', fieldErrors, ...withLists(formData) };
}

export function withLists(formData: FormData) {
  return {
    values: formValues(formData),
    lists: {
      weekdays: formData.getAll('weekdays').map(String),
      modalities: formData.getAll('modalities').map(String),
    },
  };
}
