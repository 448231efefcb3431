// The public directory's search: one zod schema for the tRPC input and the GET form of `/lieux`, and the
// rules that turn a query string (typed by hand, shared, old) into that input without ever failing.
import { z } from 'zod';
import { FRAIS_A_CHARGE, PRISES_EN_CHARGE_SPECIFIQUES, SERVICES, TYPOLOGIES } from '../vocabulary/places.ts';
import {
  DIRECTORY_MAX_PAGE,
  DIRECTORY_RADII_KM,
  DIRECTORY_SEARCH_FIELDS,
  MAX_SEARCH_WORDS,
} from './search-query.ts';

export {
  DIRECTORY_MAX_PAGE,
  DIRECTORY_PAGE_SIZE,
  DIRECTORY_RADII_KM,
  DIRECTORY_SEARCH_FIELDS,
  directorySearchQuery,
  hasDirectoryFilters,
  MAX_SEARCH_WORDS,
} from './search-query.ts';

/** A département's code: metropolitan (`29`), Corsica (`2A`, `2B`) or overseas (`971`…). */
export const departementCodeSchema = z.string().regex(/^(?:[0-9]{2}|2A|2B|97[0-9])$/);

export const directorySearchSchema = z.object({
  q: z.string().trim().max(100).optional(),
  service: z.enum(SERVICES).optional(),
  typologie: z.enum(TYPOLOGIES).optional(),
  label: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/)
    .max(60)
    .optional(),
  region: z
    .string()
    .regex(/^[0-9]{2}$/)
    .optional(),
  departement: departementCodeSchema.optional(),
  /** A commune's name, INSEE code or postcode: results are ordered by distance from it. */
  pres: z.string().trim().min(2).max(80).optional(),
  /** Kilometres around `pres`; without it every place is listed, nearest first. */
  rayon: z.coerce
    .number()
    .int()
    .refine((n) => (DIRECTORY_RADII_KM as readonly number[]).includes(n))
    .optional(),
  territoire: z.enum(['qpv', 'rural']).optional(),
  ouvert: z.literal('1').optional(),
  frais: z.enum(FRAIS_A_CHARGE).optional(),
  prise_en_charge: z.enum(PRISES_EN_CHARGE_SPECIFIQUES).optional(),
  page: z.coerce.number().int().min(1).max(DIRECTORY_MAX_PAGE).default(1),
});
export type DirectorySearch = z.infer<typeof directorySearchSchema>;
export type DirectorySearchParams = z.input<typeof directorySearchSchema>;

const FIELDS: readonly (keyof DirectorySearch)[] = DIRECTORY_SEARCH_FIELDS;

/**
 * A query string as the GET form sends it, field by field: empty fields are absent, a field that does not
 * validate is dropped (an old link still finds something) and the page falls back to 1.
 */
export function normaliseDirectorySearch(params: URLSearchParams): DirectorySearch {
  const input: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const raw = params.get(field);
    if (raw === null || raw.trim() === '') continue;
    const parsed = directorySearchSchema.shape[field].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) input[field] = parsed.data;
  }
  return directorySearchSchema.parse(input);
}

/**
 * The words of a text search, lower-case, without accents or punctuation, longest first, at most
 * `MAX_SEARCH_WORDS`: each must match (word order is free). One-letter words are dropped.
 */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = q
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2);
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, MAX_SEARCH_WORDS);
}

/** A commune, an INSEE code (2A/2B for Corsica) or a postcode, as typed in "près de". */
export function parseNearQuery(
  value: string,
): { kind: 'code'; code: string } | { kind: 'name'; name: string } {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (/^(?:[0-9]{5}|2[AB][0-9]{3})$/.test(compact)) return { kind: 'code', code: compact };
  return { kind: 'name', name: value.trim() };
}
