import { type AppErrorShape, describeError } from '@rf/api';
import type { z } from 'zod';

/** What an action returns to its form: field messages and a form-level message, as catalogue keys. */
export interface FormFailure {
  ok: false;
  formError: string | null;
  fieldErrors: Record<string, string>;
  /** What the person typed, so nothing is lost (passwords excepted). */
  values: Record<string, string>;
}

export function formValues(
  formData: FormData,
  omit: string[] = ['password', 'confirmation'],
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData)
    if (typeof value === 'string' && !omit.includes(key)) values[key] = value;
  return values;
}

/** Validates with the same zod schema the procedure uses; failures come back as catalogue keys. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
): { ok: true; data: z.infer<S> } | FormFailure {
  const result = schema.safeParse(Object.fromEntries(formData));
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) fieldErrors[issue.path.join('.') || '_form'] ??= issue.message;
  return { ok: false, formError: 'errors.invalid_input', fieldErrors, values: formValues(formData) };
}

/** Turns any error from a procedure into what the form shows; unexpected ones are reported generically. */
export function formFailure(error: unknown, formData: FormData): FormFailure {
  const described: AppErrorShape = describeError(error);
  return {
    ok: false,
    formError: `errors.${described.code}`,
    fieldErrors: described.fieldErrors,
    values: formValues(formData),
  };
}
