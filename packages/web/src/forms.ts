import { parseWithZod } from '@conform-to/zod/v4';
import { configureCoercion } from '@conform-to/zod/v4/future';
import { type AppErrorShape, describeError } from '@rf/api';
import { data, type HeadersFunction } from 'react-router';
import type { z } from 'zod';

/** Seconds a form refused by an outage tells the browser to wait (`Retry-After`), as the pages do. */
export const OUTAGE_RETRY_AFTER_SECONDS = 30;

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

/** The key of a form-level message (an issue of the whole form, not of one field) in `fieldErrors`. */
export const FORM_LEVEL = '_form';

/**
 * Conform's coercion of form values (repeated keys to arrays, "on" to `true` for a boolean, numbers and
 * dates from their text), except that an empty field stays `''`: the schemas read it themselves
 * (`optionalText` makes it "not given"; a required field says its own "required" message, not zod's
 * "expected string").
 */
const { coerceFormValue } = configureCoercion({ stripEmptyString: (value) => value });

/**
 * Validates a posted form with the same zod schema the procedure uses, through Conform (`parseWithZod`):
 * repeated keys become arrays, `a.b` and `list[0]` names nested values, a checkbox's "on" is `true` for a
 * boolean. Failures come back as catalogue keys, one per field, keyed by the field's `name` (Conform's
 * names: `email`, `address.city`, `dates[1]`, as `describeError` keys a procedure's refusal); an issue of
 * the whole form under {@link FORM_LEVEL}. A zod message that is not a key (a schema without its own)
 * reads as `validation.invalid`. The data is the schema's output, which the procedure parses again: the
 * schemas accept their own output.
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
): { ok: true; data: z.output<S> } | FormFailure {
  const submission = parseWithZod(formData, {
    schema: coerceFormValue(schema),
    disableAutoCoercion: true,
    error: () => 'validation.invalid',
  });
  if (submission.status === 'success') return { ok: true, data: submission.value as z.output<S> };
  const fieldErrors: Record<string, string> = {};
  const errors = submission.status === 'error' ? (submission.error ?? {}) : {};
  for (const [name, messages] of Object.entries(errors)) {
    const first = messages?.[0];
    if (first) fieldErrors[name || FORM_LEVEL] = first;
  }
  return { ok: false, formError: 'errors.invalid_input', fieldErrors, values: formValues(formData) };
}

/**
 * The `intent` a form was posted with (the name of its submit button or hidden field), when it is one of
 * `intents`; null otherwise. Typed, so an action switches over known intents only.
 */
export function formIntent<const I extends string>(formData: FormData, intents: readonly I[]): I | null {
  const intent = formData.get('intent');
  return typeof intent === 'string' && (intents as readonly string[]).includes(intent) ? (intent as I) : null;
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
 * refused (the form is shown again with the wait, with or without JavaScript), 503 and `Retry-After` when
 * the database could not be reached (nothing was saved: the form says to try again), `status` otherwise.
 */
export function failureInit(
  failure: { retryAfter?: number | undefined; formError?: string | null },
  headers?: HeadersInit,
  status = 400,
): { status: number; headers: Headers } {
  const out = new Headers(headers);
  if (failure.formError === 'errors.service_unavailable') {
    out.set('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
    return { status: 503, headers: out };
  }
  if (!failure.retryAfter) return { status, headers: out };
  out.set('Retry-After', String(failure.retryAfter));
  return { status: 429, headers: out };
}

/**
 * An action's answer to a form a procedure refused, in one line: the refusal as the form shows it (with
 * `extra`, e.g. the form's `intent`), its status from {@link failureInit}, the procedures' headers.
 */
export function refusedForm<const E extends object = object>(
  error: unknown,
  formData: FormData,
  headers: HeadersInit,
  extra?: E,
  status = 400,
) {
  const failure = { ...(extra as E), ...formFailure(error, formData) };
  return data(failure, failureInit(failure, headers, status));
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
