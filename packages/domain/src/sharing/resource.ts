// The resource library: guides, kits and templates shared by a place, as a link or a stored file, with a
// licence, themes and an audience. Files are recognised by their first bytes (never the name or the type
// the browser claims) and limited in size. Messages are keys of the i18n catalogue.
import { z } from 'zod';
import { THEMATIQUES } from '../vocabulary/activity-records.ts';
import { RESOURCE_KINDS } from './resource-kinds.ts';

export { RESOURCE_KINDS, type ResourceKind } from './resource-kinds.ts';

export const RESOURCE_MAX_BYTES = 20 * 1024 * 1024;
export const RESOURCE_TYPES = ['application/pdf', 'application/zip', 'image/png', 'image/jpeg'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];
/** Licences offered in the form (free text stays possible through the API). */
export const RESOURCE_LICENCES = [
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC0-1.0',
  'Licence Ouverte 2.0',
  'Tous droits réservés',
] as const;

const EXTENSIONS: Record<ResourceType, string> = {
  'application/pdf': 'pdf',
  'application/zip': 'zip',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

/** PDF, ZIP (and the office formats built on it), PNG or JPEG by magic bytes; null for anything else. */
export function detectResourceType(bytes: Uint8Array): ResourceType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'application/zip';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  return null;
}

export const resourceExtension = (type: ResourceType): string => EXTENSIONS[type];

/** What is wrong with an uploaded file (a catalogue key), or its type when we accept it. */
export function checkResourceFile(bytes: Uint8Array): { type: ResourceType } | { error: string } {
  if (bytes.byteLength > RESOURCE_MAX_BYTES) return { error: 'validation.resource.too_large' };
  const type = detectResourceType(bytes);
  return type ? { type } : { error: 'validation.resource.type' };
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.sharing.too_long')
    .nullish()
    .transform((v) => (v == null || v === '' ? null : v));

/** The text fields of the form; a resource is a link (`url`) or a file (checked by `checkResourceFile`). */
export const resourceFields = z.object({
  placeId: z.uuid('validation.place_required'),
  title: z
    .string('validation.resource.title_required')
    .trim()
    .min(1, 'validation.resource.title_required')
    .max(200, 'validation.sharing.too_long'),
  description: optionalText(5000),
  kind: z.enum(RESOURCE_KINDS, { error: 'validation.invalid' }).default('guide'),
  licence: optionalText(100),
  themes: z
    .array(z.enum(THEMATIQUES, { error: 'validation.invalid' }))
    .max(10)
    .default([]),
  audience: optionalText(300),
  url: z
    .string()
    .trim()
    .max(2000, 'validation.sharing.too_long')
    .nullish()
    .transform((v) => (v == null || v === '' ? null : v))
    .refine((v) => v === null || /^https?:\/\/\S+$/.test(v), 'validation.resource.url_invalid'),
  status: z.enum(['draft', 'published'], { error: 'validation.invalid' }).default('published'),
});
export type ResourceFields = z.infer<typeof resourceFields>;

/** A resource is a link or a file, not neither, not both: what is wrong (a catalogue key, on `url`), or null. */
export function linkOrFileError(value: { url: string | null; file?: Uint8Array | undefined }): string | null {
  const hasFile = Boolean(value.file && value.file.byteLength > 0);
  if (!hasFile && !value.url) return 'validation.resource.link_or_file';
  if (hasFile && value.url) return 'validation.resource.not_both';
  return null;
}

export const addResourceInput = resourceFields
  .extend({ file: z.instanceof(Uint8Array).optional() })
  .superRefine((value, ctx) => {
    const error = linkOrFileError(value);
    if (error) ctx.addIssue({ code: 'custom', path: ['url'], message: error });
  });
export type AddResourceInput = z.infer<typeof addResourceInput>;

export const resourceSearchSchema = z.object({
  q: z.string().trim().max(100).optional(),
  type: z.enum(RESOURCE_KINDS).optional(),
  theme: z.enum(THEMATIQUES).optional(),
  lieu: z.uuid().optional(),
});
export type ResourceSearch = z.infer<typeof resourceSearchSchema>;

/** The GET form's query string: empty or invalid fields dropped, never an error. */
export function normaliseResourceSearch(params: URLSearchParams): ResourceSearch {
  const input: Record<string, unknown> = {};
  for (const field of Object.keys(resourceSearchSchema.shape) as (keyof ResourceSearch)[]) {
    const raw = params.get(field);
    if (raw === null || raw.trim() === '') continue;
    const parsed = resourceSearchSchema.shape[field].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) input[field] = parsed.data;
  }
  return input as ResourceSearch;
}

/** Editing a resource: its text fields; a link keeps a link (a file is replaced by deleting and sharing anew). */
export const updateResourceInput = resourceFields
  .omit({ placeId: true })
  .extend({ id: z.uuid('validation.invalid') });
export type UpdateResourceInput = z.infer<typeof updateResourceInput>;

export const resourceIdInput = z.object({ id: z.uuid('validation.invalid') });
