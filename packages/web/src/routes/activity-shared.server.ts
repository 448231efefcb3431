// What the publishing pages share on the server: where they live (site member space or console), who may
// open them, and reading forms whose checkboxes repeat a name.
import { data } from 'react-router';
import type { z } from 'zod';
import type { FormFailure } from '../forms.ts';
import { formFailure, formValues, parseForm } from '../forms.ts';
import { type RequestScope, requestScope } from '../server/request.ts';
import { requireViewer } from '../server/viewer.ts';

/** Members publish from the site (`/espace/ateliers`), managers and network admins from the console. */
export function activitiesBase(request: Request): string {
  return new URL(request.url).pathname.startsWith('/espace/') ? '/espace/ateliers' : '/ateliers';
}

/** The request's scope for a signed-in person, or a redirect to the sign-in page and back here. */
export async function signedInScope(request: Request): Promise<RequestScope & { base: string }> {
  await requireViewer(request);
  return { ...(await requestScope(request)), base: activitiesBase(request) };
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

/**
 * Validates a form with the procedure's schema (`parseForm`, on Conform: repeated checkboxes come as
 * lists); failures come back as catalogue keys, values kept. An error on one ticked box (`themes[1]`) is
 * shown on the group (`themes`).
 */
export function parsePublishingForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  extra: Record<string, string> = {},
): { ok: true; data: z.output<S> } | PublishingFailure {
  const posted = new FormData();
  for (const [name, value] of formData) if (!(name in extra)) posted.append(name, value);
  for (const [name, value] of Object.entries(extra)) posted.set(name, value);
  const parsed = parseForm(schema, posted);
  if (parsed.ok) return parsed;
  const fieldErrors: Record<string, string> = {};
  for (const [name, message] of Object.entries(parsed.fieldErrors))
    fieldErrors[name.split(/[.[]/)[0] || name] ??= message;
  return { ...parsed, fieldErrors, values: formValues(formData), lists: listsOf(formData) };
}

/** A procedure's refusal, shown on the form it came from. */
export function publishingFailure(error: unknown, formData: FormData): PublishingFailure {
  return { ...formFailure(error, formData), lists: listsOf(formData) };
}
