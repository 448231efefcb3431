import { COUNT_DIMENSION_NAMES, countFieldPrefix } from '@rf/domain/reporting/records';
import { type FormFailure, failureInit, formFailure, formValues, parseForm } from '@rf/web/forms';
import { data } from 'react-router';
import type { z } from 'zod';

// The fast entry form of an activity record, read with the procedure's schema (`parseForm`). Both the
// individual and the collective fields are on the page (no JavaScript needed): the chosen type decides which
// are read. The collective ones carry the record's own names (`participantsTotal`, `dejaAccompagne`,
// `countsByGenre.feminin`); an individual record's person is one choice per breakdown (`genre`…) and a box
// "came before" (`dejaAccompagneIndividuel`), read here as that person's numbers.

/** What the form shows after a refused submit: the refusal, and the ticked boxes (`values` keeps one). */
export interface ActivityRecordFailure extends FormFailure {
  lists: { themes: string[]; materiel: string[] };
}

const listsOf = (formData: FormData) => ({
  themes: formData.getAll('themes').filter((v): v is string => typeof v === 'string'),
  materiel: formData.getAll('materiel').filter((v): v is string => typeof v === 'string'),
});

/** The form as the record's input: an individual record's person read as their numbers. */
function asRecordInput(formData: FormData): FormData {
  if (formData.get('type') !== 'individuel') return formData;
  const input = new FormData();
  const individualOnly = new Set(['participantsTotal', 'dejaAccompagne', ...Object.values(countFieldPrefix)]);
  for (const [name, value] of formData) {
    if (individualOnly.has(name) || name.startsWith('countsBy')) continue;
    input.append(name, value);
  }
  for (const dimension of COUNT_DIMENSION_NAMES) {
    const code = formData.get(countFieldPrefix[dimension]);
    if (typeof code === 'string' && code !== '') input.set(`${dimension}.${code}`, '1');
  }
  input.set('dejaAccompagne', formData.get('dejaAccompagneIndividuel') === 'true' ? '1' : '0');
  return input;
}

/** For an individual record, a breakdown's error is its choice's (`genre`), "came before" its box's. */
function byField(formData: FormData, fieldErrors: Record<string, string>): Record<string, string> {
  if (formData.get('type') !== 'individuel') return fieldErrors;
  const choices: Record<string, string> = {};
  for (const [name, key] of Object.entries(fieldErrors)) {
    const dimension = COUNT_DIMENSION_NAMES.find((d) => name === d || name.startsWith(`${d}.`));
    const field = dimension
      ? countFieldPrefix[dimension]
      : name === 'dejaAccompagne'
        ? 'dejaAccompagneIndividuel'
        : name;
    choices[field] ??= key;
  }
  return choices;
}

/**
 * Validates the form with `schema` (the procedure's: a new record's or a change's); field errors are keyed
 * by the fields' names.
 */
export function parseActivityRecordForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
): { ok: true; data: z.output<S> } | ActivityRecordFailure {
  const parsed = parseForm(schema, asRecordInput(formData));
  if (parsed.ok) return parsed;
  return {
    ...parsed,
    fieldErrors: byField(formData, parsed.fieldErrors),
    values: formValues(formData),
    lists: listsOf(formData),
  };
}

/** The answer to a form the procedure refused (`refusedForm`, with the ticked boxes and the fields' names). */
export function refusedActivityRecord(error: unknown, formData: FormData, headers: HeadersInit) {
  const failure = formFailure(error, formData);
  const shown: ActivityRecordFailure = {
    ...failure,
    fieldErrors: byField(formData, failure.fieldErrors),
    lists: listsOf(formData),
  };
  return data(shown, failureInit(failure, headers));
}
