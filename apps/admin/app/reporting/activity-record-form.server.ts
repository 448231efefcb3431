import type { ActivityRecordFormState } from '@rf/domain/reporting/records';
import { activityRecordFormField } from '@rf/domain/reporting/records';
import { formFailure, formValues } from '@rf/web/forms';
import type { z } from 'zod';

/** What the person posted, to show the form again as they left it (checkbox groups keep every value). */
export function postedState(formData: FormData): ActivityRecordFormState {
  const all = (name: string) => formData.getAll(name).filter((v): v is string => typeof v === 'string');
  return { values: formValues(formData), themes: all('themes'), materiel: all('materiel') };
}

/** A schema's issues as messages keyed by the form field they belong next to (the first one per field). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[activityRecordFormField(issue.path)] ??= issue.message;
  return fields;
}

/** What the form shows after a refused submit, whatever refused it (the schema here, or the procedure). */
export interface ActivityRecordFailure {
  state: ActivityRecordFormState;
  fieldErrors: Record<string, string>;
  formError: string | null;
}

export function invalid(formData: FormData, error: z.ZodError): ActivityRecordFailure {
  return {
    state: postedState(formData),
    fieldErrors: fieldErrorsOf(error),
    formError: 'errors.invalid_input',
  };
}

export function refused(formData: FormData, error: unknown): ActivityRecordFailure {
  const failure = formFailure(error, formData);
  const fieldErrors: Record<string, string> = {};
  // The procedure's names are Conform's (`counts.age[0]`): back to a path.
  for (const [path, key] of Object.entries(failure.fieldErrors))
    fieldErrors[activityRecordFormField(path.split(/[.[\]]+/).filter(Boolean))] ??= key;
  return { state: postedState(formData), fieldErrors, formError: failure.formError };
}
