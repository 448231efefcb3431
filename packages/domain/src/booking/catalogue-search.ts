// The public catalogue of workshops and trainings (`/ateliers`): one zod schema for the tRPC input and the
// GET form, the rules that turn a query string into that input without ever failing, and the calendar days
// (Europe/Paris) the date range means.
import { z } from 'zod';
import { addDays } from '../time/local-time.ts';
import { parisDay } from '../time/paris.ts';
import { THEMATIQUES } from '../vocabulary/activity-records.ts';
import {
  ACTIVITY_FORMATS,
  ACTIVITY_KINDS,
  ACTIVITY_LEVELS,
  CATALOGUE_MAX_PAGE,
  CATALOGUE_RADII_KM,
  CATALOGUE_SEARCH_FIELDS,
} from './catalogue-query.ts';

export {
  ACTIVITY_FORMATS,
  ACTIVITY_KINDS,
  ACTIVITY_LEVELS,
  CATALOGUE_MAX_PAGE,
  CATALOGUE_PAGE_SIZE,
  CATALOGUE_RADII_KM,
  CATALOGUE_SEARCH_FIELDS,
  catalogueSearchQuery,
  hasCatalogueFilters,
} from './catalogue-query.ts';

/** Without dates, the catalogue shows the next 30 days. */
export const CATALOGUE_DEFAULT_DAYS = 30;
/** A range longer than this is cut: a year of sessions is already more than anyone reads. */
export const CATALOGUE_MAX_DAYS = 366;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'catalogue.form.date_invalid');

export const catalogueSearchSchema = z.object({
  q: z.string().trim().max(100).optional(),
  theme: z.enum(THEMATIQUES).optional(),
  /** First calendar day (Paris time), included. */
  du: day.optional(),
  /** Last calendar day (Paris time), included. */
  au: day.optional(),
  /** A commune's name, INSEE code or postcode: the sessions of each day nearest first. */
  pres: z.string().trim().min(2).max(80).optional(),
  rayon: z.coerce
    .number()
    .int()
    .refine((n) => (CATALOGUE_RADII_KM as readonly number[]).includes(n))
    .optional(),
  gratuit: z.literal('1').optional(),
  niveau: z.enum(ACTIVITY_LEVELS).optional(),
  format: z.enum(ACTIVITY_FORMATS).optional(),
  accessible: z.literal('1').optional(),
  type: z.enum(ACTIVITY_KINDS).optional(),
  page: z.coerce.number().int().min(1).max(CATALOGUE_MAX_PAGE).default(1),
});
export type CatalogueSearch = z.infer<typeof catalogueSearchSchema>;
export type CatalogueSearchParams = z.input<typeof catalogueSearchSchema>;

const FIELDS: readonly (keyof CatalogueSearch)[] = CATALOGUE_SEARCH_FIELDS;

function isRealDay(value: string): boolean {
  const date = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * A query string as the GET form sends it: empty fields are absent, a field that does not validate (or a
 * day that does not exist) is dropped so an old or hand-typed link still finds something.
 */
export function normaliseCatalogueSearch(params: URLSearchParams): CatalogueSearch {
  const input: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const raw = params.get(field);
    if (raw === null || raw.trim() === '') continue;
    const parsed = catalogueSearchSchema.shape[field].safeParse(raw);
    if (!parsed.success || parsed.data === undefined) continue;
    if ((field === 'du' || field === 'au') && !isRealDay(parsed.data as string)) continue;
    input[field] = parsed.data;
  }
  return catalogueSearchSchema.parse(input);
}

/**
 * The days a search covers (Paris calendar days, both included): from `du` (default today) to `au`
 * (default 30 days later); a reversed range is put right, a too long one is cut.
 */
export function catalogueDays(search: CatalogueSearch, now: Date): { from: string; to: string } {
  let from = search.du ?? parisDay(now);
  let to = search.au ?? addDays(from, CATALOGUE_DEFAULT_DAYS);
  if (to < from) [from, to] = [to, from];
  const last = addDays(from, CATALOGUE_MAX_DAYS);
  if (to > last) to = last;
  return { from, to };
}
