// The catalogue search's parts a page needs in the browser (the form's choices, its links): no zod here, so
// the public pages do not ship the validation library (decision 049). `catalogue-search.ts` re-exports all
// of this with the schema.
import type { CatalogueSearch } from './catalogue-search.ts';

export const CATALOGUE_PAGE_SIZE = 20;
export const CATALOGUE_MAX_PAGE = 50;
export const CATALOGUE_RADII_KM = [5, 10, 25, 50, 100] as const;
export const ACTIVITY_LEVELS = ['debutant', 'intermediaire', 'avance'] as const;
export const ACTIVITY_FORMATS = ['on_site', 'remote', 'hybrid'] as const;
export const ACTIVITY_KINDS = ['workshop', 'training'] as const;

/** The search's fields, in the schema's order (a test keeps them equal to `catalogueSearchSchema`'s). */
export const CATALOGUE_SEARCH_FIELDS = [
  'q',
  'theme',
  'du',
  'au',
  'pres',
  'rayon',
  'gratuit',
  'niveau',
  'format',
  'accessible',
  'type',
  'page',
] as const satisfies readonly (keyof CatalogueSearch)[];

/** The query string of a search (pagination links), without empty fields. */
export function catalogueSearchQuery(search: Partial<CatalogueSearch>, page?: number): string {
  const params = new URLSearchParams();
  for (const field of CATALOGUE_SEARCH_FIELDS) {
    if (field === 'page') continue;
    const value = search[field];
    if (value !== undefined && value !== '') params.set(field, String(value));
  }
  const p = page ?? search.page ?? 1;
  if (p > 1) params.set('page', String(p));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether anything narrows the list beyond the default dates. */
export function hasCatalogueFilters(search: CatalogueSearch): boolean {
  return CATALOGUE_SEARCH_FIELDS.some((field) => field !== 'page' && search[field] !== undefined);
}
