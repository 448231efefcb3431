// The tool catalogue's parts a page needs in the browser (the form's choices, its links): no zod here, so
// the public pages do not ship the validation library (decision 049). `sharing.schema.ts` re-exports them.
import type { ToolSearch } from './sharing.schema.ts';

export const TOOL_RADII_KM = [10, 25, 50, 100, 200] as const;
export const TOOL_CATALOGUE_PAGE_SIZE = 48;
export const TOOL_CATALOGUE_MAX_PAGE = 200;

/** The search's fields, in the schema's order (a test keeps them equal to `toolSearchSchema`'s). */
export const TOOL_SEARCH_FIELDS = [
  'q',
  'categorie',
  'lieu',
  'pret',
  'pres',
  'rayon',
  'du',
  'au',
  'page',
] as const satisfies readonly (keyof ToolSearch)[];

/** The query string of a catalogue search at `page` (page 1 has none), for the page links. */
export function toolSearchQuery(search: ToolSearch, page: number): string {
  const params = new URLSearchParams();
  for (const field of TOOL_SEARCH_FIELDS) {
    const value = search[field];
    if (field !== 'page' && value !== undefined) params.set(field, String(value));
  }
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `?${query}` : '';
}
