// The tools of the network: the public catalogue (filters, distance, free on dates), a tool's page and a
// place's inventory. Queries run as the caller (RLS); the catalogue also checks publication itself because
// a team member sees its own drafts through RLS and the catalogue must not show them.
import { type SqlBool, sql } from 'kysely';
import { cachedPublicFigures } from '../directory/public-figures-cache.ts';
import type { Tx } from '../rls.ts';

// The row's own flags (decision 054: `place_public` is copied by triggers), not a set-returning function of
// every public tool's id, whose hash grows with the national map (issue 15).
const isPublicTool = sql<SqlBool>`(t.status = 'published' and t.hidden_at is null and t.place_public)`;

export interface ToolCatalogueFilters {
  words?: string | undefined;
  category?: string | undefined;
  placeId?: string | undefined;
  lendableOnly?: boolean | undefined;
  near?: { latitude: number; longitude: number; radiusKm?: number | undefined } | undefined;
  /** Free (neither reserved nor lent) during this whole range. */
  freeDuring?: { from: string; to: string } | undefined;
  /** 1-based page of `pageSize` tools. */
  page?: number | undefined;
  pageSize: number;
}

export interface ToolCard {
  id: string;
  name: string;
  category: string | null;
  usage: 'on_site' | 'lendable';
  depositCents: number | null;
  outOfService: boolean;
  requiresTraining: boolean;
  placeId: string;
  placeSlug: string;
  placeName: string;
  commune: string | null;
  distanceKm: number | null;
  photoPath: string | null;
  photoAltText: string | null;
}

function distanceKm(near: ToolCatalogueFilters['near']) {
  if (!near) return sql<number | null>`null::float8`;
  return sql<number | null>`(extensions.earth_distance(
    extensions.ll_to_earth(${near.latitude}, ${near.longitude}),
    extensions.ll_to_earth(p.latitude, p.longitude)) / 1000)`;
}

/**
 * One page of the public tools matching the filters, nearest first when a point is given, then by name,
 * with how many match in all.
 */
export async function searchPublicTools(
  tx: Tx,
  f: ToolCatalogueFilters,
): Promise<{ tools: ToolCard[]; total: number }> {
  let query = tx
    .selectFrom('tools as t')
    .innerJoin('places as p', 'p.id', 't.place_id')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .where(isPublicTool);
  if (f.words) {
    const pattern = `%${f.words.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('t.name', 'ilike', pattern),
        eb('t.description', 'ilike', pattern),
        eb('t.category', 'ilike', pattern),
      ]),
    );
  }
  if (f.category) query = query.where(sql<SqlBool>`lower(t.category) = lower(${f.category})`);
  if (f.placeId) query = query.where('t.place_id', '=', f.placeId);
  if (f.lendableOnly) query = query.where('t.usage', '=', 'lendable');
  if (f.near?.radiusKm !== undefined) {
    query = query.where('p.latitude', 'is not', null).where(distanceKm(f.near), '<=', f.near.radiusKm);
  }
  if (f.freeDuring) {
    const { from, to } = f.freeDuring;
    query = query
      .where('t.out_of_service', '=', false)
      .where(sql<SqlBool>`private.tool_is_free(t.id, tstzrange(${from}::timestamptz, ${to}::timestamptz))`);
  }
  if (f.near) query = query.orderBy(sql`${distanceKm(f.near)} asc nulls last`);
  const rows = await query
    .select([
      't.id',
      't.name',
      't.category',
      't.usage',
      't.deposit_cents as depositCents',
      't.out_of_service as outOfService',
      sql<boolean>`t.required_training_activity_id is not null`.as('requiresTraining'),
      'p.id as placeId',
      'p.slug as placeSlug',
      'p.name as placeName',
      'c.name as commune',
      distanceKm(f.near).as('distanceKm'),
      't.photo_path as photoPath',
      't.photo_alt_text as photoAltText',
      sql<string>`count(*) over ()`.as('total'),
    ])
    .orderBy('t.name')
    .orderBy('t.id')
    .limit(f.pageSize)
    .offset(((f.page ?? 1) - 1) * f.pageSize)
    .execute();
  // The window count rides on each row; a page past the end has none, so count again (rare).
  const total = rows[0]
    ? Number(rows[0].total)
    : (f.page ?? 1) > 1
      ? (await searchPublicTools(tx, { ...f, page: 1, pageSize: 1 })).total
      : 0;
  return {
    total,
    tools: rows.map(({ total: _total, ...r }) => ({
      ...r,
      distanceKm: r.distanceKm === null ? null : Number(r.distanceKm),
    })),
  };
}

/**
 * The categories of the public tools, for the catalogue's filter: the same for every viewer, kept per
 * instance under the public figures' fingerprint (decision 048; the 'tools' group, migration 20261207062452).
 * Shared between requests: callers must not mutate it.
 */
export function listPublicToolCategories(tx: Tx): Promise<readonly string[]> {
  return cachedPublicFigures(tx, 'listPublicToolCategories', computePublicToolCategories);
}

async function computePublicToolCategories(tx: Tx): Promise<readonly string[]> {
  const rows = await tx
    .selectFrom('tools as t')
    .select('t.category')
    .distinct()
    .where(isPublicTool)
    .where('t.category', 'is not', null)
    .orderBy('t.category')
    .execute();
  return rows.map((r) => r.category as string);
}

/**
 * The places that share at least one public tool, for the catalogue's filter: public places only (a tool is
 * public only if its place is), the same for every viewer, kept per instance like the categories. Shared
 * between requests: callers must not mutate it.
 */
export function listPlacesSharingTools(
  tx: Tx,
): Promise<readonly { readonly id: string; readonly name: string }[]> {
  return cachedPublicFigures(tx, 'listPlacesSharingTools', computePlacesSharingTools);
}

async function computePlacesSharingTools(
  tx: Tx,
): Promise<readonly { readonly id: string; readonly name: string }[]> {
  return tx
    .selectFrom('places as p')
    .select(['p.id', 'p.name'])
    .where(sql<SqlBool>`p.id in (select t.place_id from public.tools t where ${isPublicTool})`)
    .orderBy('p.name')
    .execute();
}

export interface ToolDetails extends ToolCard {
  description: string | null;
  condition: string | null;
  status: 'draft' | 'published' | 'archived';
  photoPath: string | null;
  photoAltText: string | null;
  requiredTrainingTitle: string | null;
}

/** One tool as the caller may see it (public, or of their team), or undefined. */
export async function findTool(tx: Tx, id: string): Promise<ToolDetails | undefined> {
  const row = await tx
    .selectFrom('tools as t')
    .innerJoin('places as p', 'p.id', 't.place_id')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .leftJoin('activities as a', 'a.id', 't.required_training_activity_id')
    .select([
      't.id',
      't.name',
      't.category',
      't.usage',
      't.deposit_cents as depositCents',
      't.out_of_service as outOfService',
      sql<boolean>`t.required_training_activity_id is not null`.as('requiresTraining'),
      'p.id as placeId',
      'p.slug as placeSlug',
      'p.name as placeName',
      'c.name as commune',
      sql<number | null>`null::float8`.as('distanceKm'),
      't.description',
      't.condition',
      't.status',
      't.photo_path as photoPath',
      't.photo_alt_text as photoAltText',
      'a.title as requiredTrainingTitle',
    ])
    .where('t.id', '=', id)
    .executeTakeFirst();
  return row;
}

export interface BusyPeriod {
  startsAt: string;
  endsAt: string;
  kind: 'reservation' | 'loan';
}

/** When the tool is reserved or lent within the range (no names: see migration 20261123002400). */
export async function listToolBusyPeriods(
  tx: Tx,
  toolId: string,
  range: { from: string; to: string },
): Promise<BusyPeriod[]> {
  const { rows } = await sql<BusyPeriod>`
    select starts_at as "startsAt", ends_at as "endsAt", kind
    from private.tool_busy_periods(${toolId}, tstzrange(${range.from}::timestamptz, ${range.to}::timestamptz))`.execute(
    tx,
  );
  return rows.map((r) => ({
    ...r,
    startsAt: new Date(r.startsAt).toISOString(),
    endsAt: new Date(r.endsAt).toISOString(),
  }));
}

export interface InventoryTool {
  id: string;
  placeId: string;
  name: string;
  description: string | null;
  category: string | null;
  usage: 'on_site' | 'lendable';
  depositCents: number | null;
  condition: string | null;
  outOfService: boolean;
  status: 'draft' | 'published' | 'archived';
  photoPath: string | null;
  photoAltText: string | null;
  requiredTrainingActivityId: string | null;
  qualificationValidityMonths: number | null;
}

const inventoryColumns = [
  'id',
  'place_id as placeId',
  'name',
  'description',
  'category',
  'usage',
  'deposit_cents as depositCents',
  'condition',
  'out_of_service as outOfService',
  'status',
  'photo_path as photoPath',
  'photo_alt_text as photoAltText',
  'required_training_activity_id as requiredTrainingActivityId',
  'qualification_validity_months as qualificationValidityMonths',
] as const;

/** Every tool of these places (drafts included), by place then name. */
export async function listInventory(tx: Tx, placeIds: readonly string[]): Promise<InventoryTool[]> {
  if (placeIds.length === 0) return [];
  return tx
    .selectFrom('tools')
    .select(inventoryColumns)
    .where('place_id', 'in', placeIds)
    .orderBy('place_id')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function findInventoryTool(tx: Tx, id: string): Promise<InventoryTool | undefined> {
  return tx.selectFrom('tools').select(inventoryColumns).where('id', '=', id).executeTakeFirst();
}

export interface ToolFields {
  name: string;
  description: string | null;
  category: string | null;
  usage: 'on_site' | 'lendable';
  deposit: number | null;
  condition: string | null;
  outOfService: boolean;
  status: 'draft' | 'published' | 'archived';
  requiredTrainingActivityId: string | null;
  qualificationValidityMonths: number | null;
}

function toolColumns(f: ToolFields) {
  return {
    name: f.name,
    description: f.description,
    category: f.category,
    usage: f.usage,
    deposit_cents: f.deposit,
    condition: f.condition,
    out_of_service: f.outOfService,
    status: f.status,
    required_training_activity_id: f.requiredTrainingActivityId,
    qualification_validity_months: f.qualificationValidityMonths,
  };
}

/** The trainings of these places, which a tool may require, by title. */
export async function listTrainings(
  tx: Tx,
  placeIds: readonly string[],
): Promise<{ id: string; placeId: string; title: string }[]> {
  if (placeIds.length === 0) return [];
  return tx
    .selectFrom('activities')
    .select(['id', 'place_id as placeId', 'title'])
    .where('place_id', 'in', placeIds)
    .where('kind', '=', 'training')
    .orderBy('title')
    .orderBy('id')
    .execute();
}

/**
 * The place of an activity the caller may see (a public one, or one of their places'), or undefined: a
 * tool may only require a training of its own place (the database refuses any other, migration
 * 20261206064129).
 */
export async function findActivityPlaceId(tx: Tx, activityId: string): Promise<string | undefined> {
  const row = await tx
    .selectFrom('activities')
    .select('place_id')
    .where('id', '=', activityId)
    .executeTakeFirst();
  return row?.place_id;
}

/** Adds a tool to a place (RLS: managers of the place, network admins). */
export async function insertTool(tx: Tx, placeId: string, fields: ToolFields): Promise<string> {
  const row = await tx
    .insertInto('tools')
    .values({ place_id: placeId, ...toolColumns(fields) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Edits a tool; false when RLS hides it or it does not exist. */
export async function updateTool(tx: Tx, id: string, fields: ToolFields): Promise<boolean> {
  const result = await tx
    .updateTable('tools')
    .set(toolColumns(fields))
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Sets or clears a tool's photo and returns the path it replaces (to delete that file), or undefined when
 * the tool does not exist. Storage paths are written by the server only (the service role: clients hold no
 * grant on photo_path), after it checked that the viewer manages the tool.
 */
export async function replaceToolPhoto(
  tx: Tx,
  id: string,
  photo: { path: string; altText: string } | null,
): Promise<{ previous: string | null } | undefined> {
  const before = await tx
    .selectFrom('tools')
    .select('photo_path')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!before) return undefined;
  const result = await tx
    .updateTable('tools')
    .set({ photo_path: photo?.path ?? null, photo_alt_text: photo?.altText ?? null })
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return undefined;
  return { previous: before.photo_path };
}
