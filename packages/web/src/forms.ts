import { type AppErrorShape, describeError } from '@rf/api';
import type { HeadersFunction } from 'react-router';
import type { z } from 'zod';

/** What an action returns to its form: field messages and a form-level message, as catalogue keys. */
export interface FormFailure {
  ok: false;
  formError: string | null;
  fieldErrors: Record<string, string>;
  /** What the person typed, so nothing is lost (passwords excepted). */
  values: Record<string, string>;
  /** Set when a rate limit refused: the seconds to wait, said on the page and sent as `Retry-After`. */
  retryAfter?: number;
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
  const failure: FormFailure = {
    ok: false,
    formError: `errors.${described.code}`,
    fieldErrors: described.fieldErrors,
    values: formValues(formData),
  };
  if (described.retryAfterSeconds) failure.retryAfter = described.retryAfterSeconds;
  return failure;
}

/**
 * The status and headers an action answers a refused form with: 429 and `Retry-After` when a rate limit
 * refused (the form is shown again with the wait, with or without JavaScript), `status` otherwise.
 */
export function failureInit(
  failure: { retryAfter?: number | undefined },
  headers?: HeadersInit,
  status = 400,
): { status: number; headers: Headers } {
  const out = new Headers(headers);
  if (!failure.retryAfter) return { status, headers: out };
  out.set('Retry-After', String(failure.retryAfter));
  return { status: 429, headers: out };
}

/**
 * The `headers` of a route whose action a rate limit can refuse. React Router passes an action's own
 * headers on as cookies only; this carries its `Retry-After` over too, on the page (a form posted without
 * JavaScript) and on the data request alike.
 */
export const retryAfterHeaders: HeadersFunction = ({ actionHeaders, parentHeaders }) => {
  const headers = new Headers(parentHeaders);
  const retryAfter = actionHeaders.get('Retry-After');
  if (retryAfter) headers.set('Retry-After', retryAfter);
  return headers;
};
