import type { FormFailure } from '@rf/web/forms';
import { formValues, parseForm } from '@rf/web/forms';
import type { z } from 'zod';

/** A failed availability form: the usual failure, plus the ticked boxes (formValues keeps one value). */
export interface AvailabilityFormFailure extends FormFailure {
  lists: { weekdays: string[]; modalities: string[] };
}

/** The place and the médiateur are one choice in the form ("place:user"): its errors are the choice's. */
const CHOICE_FIELDS: ReadonlySet<string> = new Set(['placeId', 'mediateurId']);

/**
 * Validates with the procedure's schema (`parseForm`: checkbox lists as arrays); the médiateur's choice is
 * read as the place and the médiateur, and an error on either is shown on the choice.
 */
export function parseAvailabilityForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
): { ok: true; data: z.output<S> } | AvailabilityFormFailure {
  const [placeId = '', mediateurId = ''] = String(formData.get('mediateur') ?? '').split(':');
  formData.set('placeId', placeId);
  formData.set('mediateurId', mediateurId);
  const parsed = parseForm(schema, formData);
  if (parsed.ok) return parsed;
  const fieldErrors = Object.fromEntries(
    Object.entries(parsed.fieldErrors).map(([name, key]) => [
      CHOICE_FIELDS.has(name) ? 'mediateur' : name,
      key,
    ]),
  );
  return { ...parsed, fieldErrors, ...withLists(formData) };
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
