import type { CreatePlaceInput, GrantLabelInput, PlaceStatus } from '@rf/domain/directory/place-admin.schema';
import { slugify } from '@rf/domain/directory/place-import';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface PlaceListItem {
  id: string;
  name: string;
  status: PlaceStatus;
  hidden: boolean;
  communeName: string | null;
  postalCode: string | null;
}

/** Places for the network admins' list: name search (accent-free), status filter, one page. */
export async function listPlacesForAdmin(
  tx: Tx,
  filter: { q: string; status: PlaceStatus | null; limit: number; offset: number },
): Promise<{ total: number; items: PlaceListItem[] }> {
  let query = tx.selectFrom('places as p').leftJoin('communes as c', 'c.code', 'p.commune_code');
  if (filter.q !== '')
    query = query.where(
      sql<boolean>`private.unaccent(lower(p.name)) like '%' || private.unaccent(lower(${filter.q})) || '%'`,
    );
  if (filter.status) query = query.where('p.status', '=', filter.status);
  const [count, rows] = await Promise.all([
    query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
    query
      .select(['p.id', 'p.name', 'p.status', 'p.hidden_at', 'p.postal_code', 'c.name as communeName'])
      .orderBy('p.name')
      .orderBy('p.id')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
  ]);
  return {
    total: count.n,
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      status: r.status,
      hidden: r.hidden_at !== null,
      communeName: r.communeName,
      postalCode: r.postal_code,
    })),
  };
}

/**
 * A draft identical to the one asked for, created in the last ten minutes (a double click), or a live place
 * of the same name in the same commune (a duplicate to refuse).
 */
export async function findSimilarPlace(
  tx: Tx,
  input: CreatePlaceInput,
): Promise<{ id: string; sameRequest: boolean } | null> {
  const row = await tx
    .selectFrom('places')
    .select((eb) => [
      'id',
      eb
        .and([
          eb('status', '=', 'draft'),
          eb('address', '=', input.address),
          eb('postal_code', '=', input.postalCode),
          sql<boolean>`created_at > now() - interval '10 minutes'`,
        ])
        .as('sameRequest'),
    ])
    .where('commune_code', '=', input.communeCode)
    .where('status', '<>', 'archived')
    .where(sql<boolean>`private.unaccent(lower(name)) = private.unaccent(lower(${input.name}))`)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row ? { id: row.id, sameRequest: Boolean(row.sameRequest) } : null;
}

/** Creates a draft place with a free slug; RLS lets only network admins insert. */
export async function insertPlace(tx: Tx, input: CreatePlaceInput): Promise<string> {
  const base = slugify(input.name);
  const taken = new Set(
    (
      await tx
        .selectFrom('places')
        .select('slug')
        .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]))
        .execute()
    ).map((r) => r.slug),
  );
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  const row = await tx
    .insertInto('places')
    .values({
      slug,
      name: input.name,
      commune_code: input.communeCode,
      address: input.address,
      postal_code: input.postalCode,
      kinds: input.kinds,
      status: 'draft',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface PlaceAdminLabel {
  id: string;
  labelId: string;
  labelName: string;
  waveName: string | null;
  grantedOn: string;
  endsOn: string | null;
}

export interface PlaceAdminView {
  id: string;
  name: string;
  slug: string;
  status: PlaceStatus;
  hiddenAt: string | null;
  hiddenReason: string | null;
  communeName: string | null;
  isFabrique: boolean;
  hubFabriqueId: string | null;
  labels: PlaceAdminLabel[];
}

const day = (value: unknown): string | null =>
  value == null
    ? null
    : value instanceof Date
      ? `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`
      : String(value).slice(0, 10);

export async function findPlaceForAdmin(tx: Tx, placeId: string): Promise<PlaceAdminView | null> {
  const row = await tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select([
      'p.id',
      'p.name',
      'p.slug',
      'p.status',
      'p.hidden_at',
      'p.hidden_reason',
      'p.hub_fabrique_id',
      'c.name as communeName',
      sql<boolean>`private.is_fabrique(p.id)`.as('isFabrique'),
    ])
    .where('p.id', '=', placeId)
    .executeTakeFirst();
  if (!row) return null;
  const labels = await tx
    .selectFrom('place_labels as pl')
    .innerJoin('labels as l', 'l.id', 'pl.label_id')
    .leftJoin('waves as w', 'w.id', 'pl.wave_id')
    .select([
      'pl.id',
      'pl.label_id',
      'l.name as labelName',
      'w.name as waveName',
      sql<string>`pl.granted_on::text`.as('grantedOn'),
      sql<string | null>`pl.ends_on::text`.as('endsOn'),
    ])
    .where('pl.place_id', '=', placeId)
    .orderBy('pl.granted_on', 'desc')
    .execute();
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    status: row.status,
    hiddenAt: row.hidden_at === null ? null : new Date(row.hidden_at).toISOString(),
    hiddenReason: row.hidden_reason,
    communeName: row.communeName,
    isFabrique: row.isFabrique,
    hubFabriqueId: row.hub_fabrique_id,
    labels: labels.map((l) => ({
      id: l.id,
      labelId: l.label_id,
      labelName: l.labelName,
      waveName: l.waveName,
      grantedOn: day(l.grantedOn) ?? '',
      endsOn: day(l.endsOn),
    })),
  };
}

export async function listLabelOptions(tx: Tx): Promise<{ id: string; name: string }[]> {
  return tx.selectFrom('labels').select(['id', 'name']).orderBy('name').execute();
}

export async function listWaveOptions(tx: Tx): Promise<{ id: string; name: string }[]> {
  return tx.selectFrom('waves').select(['id', 'name']).orderBy('opens_on', 'desc').execute();
}

/** Places leading a hub: a current Fabrique de territoire label, not archived. */
export async function listFabriqueOptions(tx: Tx): Promise<{ id: string; name: string }[]> {
  return tx
    .selectFrom('places')
    .select(['id', 'name'])
    .where('status', '<>', 'archived')
    .where(sql<boolean>`private.is_fabrique(id)`)
    .orderBy('name')
    .execute();
}

/** Returns whether the place exists for the viewer; an unchanged status writes nothing. */
export async function updatePlaceStatus(tx: Tx, placeId: string, status: PlaceStatus): Promise<boolean> {
  const exists = await tx.selectFrom('places').select('id').where('id', '=', placeId).executeTakeFirst();
  if (!exists) return false;
  await tx
    .updateTable('places')
    .set({ status })
    .where('id', '=', placeId)
    .where('status', '<>', status)
    .execute();
  return true;
}

/** Hides a place with a reason (a second hide keeps the first date and updates the reason). */
export async function hidePlace(tx: Tx, placeId: string, reason: string): Promise<boolean> {
  const result = await tx
    .updateTable('places')
    .set({ hidden_at: sql`coalesce(hidden_at, now())`, hidden_reason: reason })
    .where('id', '=', placeId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function restorePlace(tx: Tx, placeId: string): Promise<boolean> {
  const exists = await tx.selectFrom('places').select('id').where('id', '=', placeId).executeTakeFirst();
  if (!exists) return false;
  await tx
    .updateTable('places')
    .set({ hidden_at: null, hidden_reason: null })
    .where('id', '=', placeId)
    .where('hidden_at', 'is not', null)
    .execute();
  return true;
}

/** Grants a label; granting the same label on the same day again updates its end and wave. */
export async function grantPlaceLabel(tx: Tx, input: GrantLabelInput): Promise<string> {
  const row = await tx
    .insertInto('place_labels')
    .values({
      place_id: input.placeId,
      label_id: input.labelId,
      granted_on: input.grantedOn,
      ends_on: input.endsOn,
      wave_id: input.waveId,
    })
    .onConflict((oc) =>
      oc
        .columns(['place_id', 'label_id', 'granted_on'])
        .doUpdateSet({ ends_on: input.endsOn, wave_id: input.waveId }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Sets the end of a label of this place; false when there is no such label. */
export async function endPlaceLabel(
  tx: Tx,
  placeId: string,
  placeLabelId: string,
  endsOn: string,
): Promise<boolean> {
  const result = await tx
    .updateTable('place_labels')
    .set({ ends_on: endsOn })
    .where('id', '=', placeLabelId)
    .where('place_id', '=', placeId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** What the hub rule reads about a place and its would-be fabrique. */
export async function hubFacts(
  tx: Tx,
  placeId: string,
  hubId: string,
): Promise<{ placeIsFabrique: boolean; hubIsFabrique: boolean; hubArchived: boolean } | null> {
  const row = await sql<{
    place_is_fabrique: boolean;
    hub_is_fabrique: boolean | null;
    hub_status: string | null;
  }>`
    select private.is_fabrique(p.id) as place_is_fabrique,
           private.is_fabrique(h.id) as hub_is_fabrique,
           h.status::text as hub_status
    from public.places p left join public.places h on h.id = ${hubId}
    where p.id = ${placeId}`.execute(tx);
  const r = row.rows[0];
  if (!r) return null;
  return {
    placeIsFabrique: r.place_is_fabrique,
    hubIsFabrique: r.hub_is_fabrique === true,
    hubArchived: r.hub_status === 'archived',
  };
}

export async function setPlaceHub(tx: Tx, placeId: string, hubId: string | null): Promise<boolean> {
  const exists = await tx.selectFrom('places').select('id').where('id', '=', placeId).executeTakeFirst();
  if (!exists) return false;
  await tx
    .updateTable('places')
    .set({ hub_fabrique_id: hubId })
    .where('id', '=', placeId)
    .where(sql<boolean>`hub_fabrique_id is distinct from ${hubId}::uuid`)
    .execute();
  return true;
}
