// What the publishing pages share on the server: where they live (site member space or console), who may
// open them, and reading forms whose checkboxes repeat a name.
import { describeError } from '@rf/api';
import { data, redirect } from 'react-router';
import type { z } from 'zod';
import type { FormFailure } from '../forms.ts';
import { formFailure, formValues } from '../forms.ts';
import { signInPath } from '../safe-redirect.ts';
import { type RequestScope, requestScope } from '../server/request.ts';

/** Members publish from the site (`/espace/ateliers`), managers and network admins from the console. */
export function activitiesBase(request: Request): string {
  return new URL(request.url).pathname.startsWith('/espace/') ? '/espace/ateliers' : '/ateliers';
}

/** The request's scope for a signed-in person, or a redirect to the sign-in page and back here. */
export async function signedInScope(request: Request): Promise<RequestScope & { base: string }> {
  const scope = await requestScope(request);
  const base = activitiesBase(request);
  const viewer = await scope.api.identity.me();
  if (!viewer) {
    const url = new URL(request.url);
    throw redirect(signInPath(url.pathname + url.search), {
      headers: scope.headers,
    });
  }
  return { ...scope, base };
}

/** Not a member of any place (a resident): a kind page saying who publishes, not a 500. */
export function forbiddenPage(scope: RequestScope & { base: string }) {
  const { t } = scope;
  return data(
    {
      kind: 'forbidden' as const,
      base: scope.base,
      title: t('publishing.meta_title', { page: t('publishing.forbidden_title') }),
    },
    { status: 403, headers: scope.headers },
  );
}

/** Not found, or hidden by RLS (another place's draft): the same 404. */
export function rethrowAsPage(error: unknown, scope: RequestScope & { base: string }): never {
  const { code } = describeError(error);
  if (code === 'not_found' || code === 'invalid_input')
    throw data(null, { status: 404, headers: scope.headers });
  if (code === 'forbidden') throw data(null, { status: 403, headers: scope.headers });
  throw error;
}

/** Fields posted with the same name several times (checkboxes) come as lists. */
export const LIST_FIELDS = ['themes', 'weekdays'] as const;

export interface PublishingFailure extends FormFailure {
  lists: Record<string, string[]>;
}

function listsOf(formData: FormData): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const name of LIST_FIELDS) lists[name] = formData.getAll(name).filter((v) => typeof v === 'string');
  return lists;
}

/** What was typed, to show the form again as it was sent. */
export function typedValues(formData: FormData): {
  values: Record<string, string>;
  lists: Record<string, string[]>;
} {
  return { values: formValues(formData), lists: listsOf(formData) };
}

/** Validates a form with the procedure's schema; failures come back as catalogue keys, values kept. */
export function parsePublishingForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  extra: Record<string, unknown> = {},
): { ok: true; data: z.infer<S> } | PublishingFailure {
  const object: Record<string, unknown> = { ...Object.fromEntries(formData), ...extra };
  const lists = listsOf(formData);
  for (const [name, values] of Object.entries(lists)) object[name] = values;
  const result = schema.safeParse(object);
  if (result.success) return { ok: true, data: result.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    // An error on one ticked box (themes.1) is shown on the group.
    const field = String(issue.path[0] ?? '_form');
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, formError: 'errors.invalid_input', fieldErrors, values: formValues(formData), lists };
}

/** A procedure's refusal, shown on the form it came from. */
export function publishingFailure(error: unknown, formData: FormData): PublishingFailure {
  return { ...formFailure(error, formData), lists: listsOf(formData) };
}
