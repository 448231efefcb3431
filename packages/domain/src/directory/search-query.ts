// The directory search's parts a page needs in the browser (the form's choices, its links): no zod here, so
// the public pages do not ship the validation library (decision 049). The schema and the parsing stay in
// `search.ts`, which re-exports all of this.
import type { DirectorySearch } from './search.ts';

export const DIRECTORY_PAGE_SIZE = 20;
/** Bounded offset: past this page, people refine the search (the total is always shown). */
export const DIRECTORY_MAX_PAGE = 100;
export const DIRECTORY_RADII_KM = [5, 10, 25, 50, 100] as const;
/** Words of the text search taken into account. */
export const MAX_SEARCH_WORDS = 8;

/** The search's fields, in the schema's order (a test keeps them equal to `directorySearchSchema`'s). */
export const DIRECTORY_SEARCH_FIELDS = [
  'q',
  'service',
  'typologie',
  'label',
  'region',
  'departement',
  'pres',
  'rayon',
  'territoire',
  'ouvert',
  'frais',
  'prise_en_charge',
  'page',
] as const satisfies readonly (keyof DirectorySearch)[];

/** The query string of a search (for pagination links and the export), without empty fields. */
export function directorySearchQuery(search: Partial<DirectorySearch>, page?: number): string {
  const params = new URLSearchParams();
  for (const field of DIRECTORY_SEARCH_FIELDS) {
    if (field === 'page') continue;
    const value = search[field];
    if (value !== undefined && value !== '') params.set(field, String(value));
  }
  const p = page ?? search.page ?? 1;
  if (p > 1) params.set('page', String(p));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether anything narrows the list (so the page can say "no result for these filters"). */
export function hasDirectoryFilters(search: DirectorySearch): boolean {
  return DIRECTORY_SEARCH_FIELDS.some((field) => field !== 'page' && search[field] !== undefined);
}
