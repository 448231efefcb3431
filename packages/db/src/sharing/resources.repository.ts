// The resource library. The public list checks publication itself (a team sees its drafts through RLS).
import { type SqlBool, sql } from 'kysely';
import type { Tx } from '../rls.ts';

type Kind = 'guide' | 'kit' | 'template' | 'other';

export interface ResourceRow {
  id: string;
  title: string;
  description: string | null;
  kind: Kind;
  licence: string | null;
  themes: string[];
  audience: string | null;
  url: string | null;
  storagePath: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  status: 'draft' | 'published' | 'archived';
  placeId: string;
  placeName: string;
}

/** What a resource row shows (`resources as r`, with its place `p`): the library's and the place page's. */
export const resourceColumns = [
  'r.id',
  'r.title',
  'r.description',
  'r.kind',
  'r.licence',
  'r.themes',
  'r.audience',
  'r.url',
  'r.storage_path as storagePath',
  'r.mime_type as mimeType',
  sql<number | null>`r.size_bytes::int`.as('sizeBytes'),
  'r.status',
  'p.id as placeId',
  'p.name as placeName',
] as const;

function resources(tx: Tx) {
  return tx
    .selectFrom('resources as r')
    .innerJoin('places as p', 'p.id', 'r.place_id')
    .select(resourceColumns);
}

/** Published resources of published places matching the filters, newest first (at most 100). */
export async function searchPublicResources(
  tx: Tx,
  f: {
    words?: string | undefined;
    kind?: Kind | undefined;
    theme?: string | undefined;
    placeId?: string | undefined;
    /** At most this many (100 by default). */
    limit?: number | undefined;
  },
): Promise<ResourceRow[]> {
  let query = resources(tx)
    .where('r.status', '=', 'published')
    .where('r.hidden_at', 'is', null)
    // The row's own flag (decision 054), not the set of every published place's id (issue 15).
    .where('r.place_public', '=', true);
  if (f.words) {
    const pattern = `%${f.words.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('r.title', 'ilike', pattern), eb('r.description', 'ilike', pattern)]),
    );
  }
  if (f.kind) query = query.where('r.kind', '=', f.kind);
  if (f.theme) query = query.where(sql<SqlBool>`r.themes @> ${sql.val([f.theme])}::text[]`);
  if (f.placeId) query = query.where('r.place_id', '=', f.placeId);
  return query
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id')
    .limit(f.limit ?? 100)
    .execute();
}

/** The resources of these places (drafts too), newest first. */
export async function listPlaceResources(tx: Tx, placeIds: readonly string[]): Promise<ResourceRow[]> {
  if (placeIds.length === 0) return [];
  return resources(tx).where('r.place_id', 'in', placeIds).orderBy('r.created_at', 'desc').execute();
}

/**
 * Shares a resource. A link is recorded as the caller (RLS: the place's members, network admins); a stored
 * file only by the server (the service role: clients hold no grant on the file columns, so nobody points a
 * record at a file they did not upload), which then names who shared it (`createdBy`).
 */
export async function insertResource(
  tx: Tx,
  r: {
    placeId: string;
    title: string;
    description: string | null;
    kind: Kind;
    licence: string | null;
    themes: string[];
    audience: string | null;
    url: string | null;
    file: { storagePath: string; mimeType: string; sizeBytes: number } | null;
    status: 'draft' | 'published';
    createdBy?: string;
  },
): Promise<string> {
  const row = await tx
    .insertInto('resources')
    .values({
      place_id: r.placeId,
      title: r.title,
      description: r.description,
      kind: r.kind,
      licence: r.licence,
      themes: r.themes,
      audience: r.audience,
      url: r.url,
      ...(r.file
        ? { storage_path: r.file.storagePath, mime_type: r.file.mimeType, size_bytes: r.file.sizeBytes }
        : {}),
      ...(r.createdBy ? { created_by: r.createdBy } : {}),
      status: r.status,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One resource as the caller may see it (published, or of their places), or undefined. */
export async function findResource(tx: Tx, id: string): Promise<ResourceRow | undefined> {
  return resources(tx).where('r.id', '=', id).executeTakeFirst();
}

/** Edits a resource's text fields (RLS: the place's members, network admins); false when hidden or absent. */
export async function updateResource(
  tx: Tx,
  id: string,
  r: {
    title: string;
    description: string | null;
    kind: Kind;
    licence: string | null;
    themes: string[];
    audience: string | null;
    url: string | null;
    status: 'draft' | 'published';
  },
): Promise<boolean> {
  const result = await tx
    .updateTable('resources')
    .set({
      title: r.title,
      description: r.description,
      kind: r.kind,
      licence: r.licence,
      themes: r.themes,
      audience: r.audience,
      url: r.url,
      status: r.status,
    })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes a resource and returns its stored file's path (to delete the file), or undefined when absent. */
export async function deleteResource(
  tx: Tx,
  id: string,
): Promise<{ storagePath: string | null } | undefined> {
  return tx
    .deleteFrom('resources')
    .where('id', '=', id)
    .returning('storage_path as storagePath')
    .executeTakeFirst();
}
