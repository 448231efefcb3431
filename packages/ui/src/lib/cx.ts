/** Joins the class names that are set; falsy parts are dropped. */
export function cx(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(' ');
}

/** Joins element ids for `aria-describedby`; `undefined` when none is set, so no empty attribute is rendered. */
export function joinIds(...ids: Array<string | false | null | undefined>): string | undefined {
  const set = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return set.length > 0 ? set.join(' ') : undefined;
}
