import { fabriqueLabelCodes, tiersLieuKinds } from '@rf/domain/directory/network';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';
import { cachedPublicFigures } from './public-figures-cache.ts';

/** The place aliased `p` holds one of these labels today. */
export function holdsCurrentLabel(codes: readonly string[]) {
  return sql<boolean>`exists (
    select 1 from public.place_labels pl join public.labels l on l.id = pl.label_id
    where pl.place_id = p.id and l.code = any (${sql.val([...codes])}::text[])
      and pl.granted_on <= current_date and (pl.ends_on is null or pl.ends_on >= current_date))`;
}

/** The place aliased `p` is published and not hidden by moderation: what anyone may see, whoever asks. */
export const isPublicPlace = sql<boolean>`(p.status = 'published' and p.hidden_at is null)`;

export interface NetworkCounts {
  places: number;
  fabriques: number;
  tiersLieux: number;
  regions: number;
}

/**
 * Places, fabriques, tiers-lieux and régions covered. `public` counts what anyone sees (published, not
 * hidden) even when the viewer may see more; `visible` counts every place RLS shows the viewer.
 */
export async function countNetwork(tx: Tx, scope: 'public' | 'visible'): Promise<NetworkCounts> {
  // What anyone may see is the same for every viewer: cached per instance (decision 048).
  if (scope === 'public')
    return cachedPublicFigures(tx, 'countNetwork', (t) => computeNetworkCounts(t, scope));
  return computeNetworkCounts(tx, scope);
}

async function computeNetworkCounts(tx: Tx, scope: 'public' | 'visible'): Promise<NetworkCounts> {
  const row = await tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select([
      sql<number>`count(*)::int`.as('places'),
      sql<number>`(count(*) filter (where ${holdsCurrentLabel(fabriqueLabelCodes)}))::int`.as('fabriques'),
      sql<number>`(count(*) filter (where p.kinds && ${sql.val([...tiersLieuKinds])}::text[]))::int`.as(
        'tiersLieux',
      ),
      sql<number>`count(distinct c.region_code)::int`.as('regions'),
    ])
    .$if(scope === 'public', (qb) => qb.where(isPublicPlace))
    .executeTakeFirstOrThrow();
  return row;
}

export interface PlaceLabel {
  code: string;
  name: string;
}

/** The labels each place holds today, by place id. */
export async function currentLabelsOf(
  tx: Tx,
  placeIds: readonly string[],
): Promise<Map<string, PlaceLabel[]>> {
  const byPlace = new Map<string, PlaceLabel[]>();
  if (placeIds.length === 0) return byPlace;
  const rows = await tx
    .selectFrom('place_labels as pl')
    .innerJoin('labels as l', 'l.id', 'pl.label_id')
    .select(['pl.place_id', 'l.code', 'l.name'])
    .where('pl.place_id', 'in', placeIds)
    .where('pl.granted_on', '<=', sql<string>`current_date`)
    .where((eb) => eb.or([eb('pl.ends_on', 'is', null), eb('pl.ends_on', '>=', sql<string>`current_date`)]))
    .orderBy('l.name')
    .execute();
  for (const row of rows) {
    const labels = byPlace.get(row.place_id) ?? [];
    if (!labels.some((l) => l.code === row.code)) labels.push({ code: row.code, name: row.name });
    byPlace.set(row.place_id, labels);
  }
  return byPlace;
}

export interface FabriqueSummary {
  id: string;
  slug: string;
  name: string;
  commune: string | null;
  departement: { code: string; name: string } | null;
  labels: PlaceLabel[];
}

/**
 * Public fabriques, by name: the same for everyone, and changed only by the writes that move the places'
 * version (decision 048, names and slugs included), so cached by fingerprint. Callers must not mutate it.
 */
export function listPublicFabriques(tx: Tx, limit: number): Promise<FabriqueSummary[]> {
  return cachedPublicFigures(tx, `listPublicFabriques:${limit}`, (t) => computePublicFabriques(t, limit));
}

async function computePublicFabriques(tx: Tx, limit: number): Promise<FabriqueSummary[]> {
  const rows = await tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .leftJoin('departements as d', 'd.code', 'c.departement_code')
    .select([
      'p.id',
      'p.slug',
      'p.name',
      'c.name as commune',
      'd.code as departementCode',
      'd.name as departementName',
    ])
    .where(isPublicPlace)
    .where(holdsCurrentLabel(fabriqueLabelCodes))
    .orderBy('p.name')
    .limit(limit)
    .execute();
  const labels = await currentLabelsOf(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    commune: row.commune,
    departement:
      row.departementCode && row.departementName
        ? { code: row.departementCode, name: row.departementName }
        : null,
    labels: labels.get(row.id) ?? [],
  }));
}

export interface RegionCount {
  code: string;
  name: string;
  places: number;
  fabriques: number;
}

/** Public places and fabriques per région (places without a commune are left out), most places first. */
export async function countPublicPlacesByRegion(tx: Tx): Promise<RegionCount[]> {
  return cachedPublicFigures(tx, 'countPublicPlacesByRegion', computePlacesByRegion);
}

function computePlacesByRegion(tx: Tx): Promise<RegionCount[]> {
  return tx
    .selectFrom('places as p')
    .innerJoin('communes as c', 'c.code', 'p.commune_code')
    .innerJoin('regions as r', 'r.code', 'c.region_code')
    .select([
      'r.code',
      'r.name',
      sql<number>`count(*)::int`.as('places'),
      sql<number>`(count(*) filter (where ${holdsCurrentLabel(fabriqueLabelCodes)}))::int`.as('fabriques'),
    ])
    .where(isPublicPlace)
    .groupBy(['r.code', 'r.name'])
    .orderBy('places', 'desc')
    .orderBy('r.name')
    .execute();
}

/** Labels granted on or after `since` (an ISO date), as RLS lets the viewer see them. */
export async function countLabelsGrantedSince(tx: Tx, since: string): Promise<number> {
  const row = await tx
    .selectFrom('place_labels')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('granted_on', '>=', since)
    .executeTakeFirstOrThrow();
  return row.count;
}
