// The public directory: search with filters, distance and pagination; facets of the search form; one
// place's page; the open-data export. Everything here is what anyone may see (published, not hidden),
// whoever asks: a signed-in member does not get their drafts in the public list.
import { fabriqueLabelCodes } from '@rf/domain/directory/network';
import { type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Tx } from '../rls.ts';
import type { DB } from '../schema.ts';
import {
  currentLabelsOf,
  holdsCurrentLabel,
  isPublicPlace,
  type PlaceLabel,
} from './network-overview.repository.ts';

import { cachedPublicFigures, recallPublicFigure, rememberPublicFigure } from './public-figures-cache.ts';

export interface PlaceSearchFilters {
  /** Words of the text search, already lower-case and unaccented; each must match. */
  words: string[];
  service?: string;
  kind?: string;
  labelCode?: string;
  regionCode?: string;
  departementCode?: string;
  territory?: 'qpv' | 'rural';
  fees?: string;
  specificSupport?: string;
  /** Order by distance from here; with `radiusKm`, only places that close. */
  near?: { latitude: number; longitude: number; radiusKm?: number };
}

export interface PlaceSearchRow {
  id: string;
  slug: string;
  name: string;
  kinds: string[];
  summary: string | null;
  commune: string | null;
  departementCode: string | null;
  openingHours: string | null;
  services: string[];
  distanceKm: number | null;
  labels: PlaceLabel[];
}

// A word matches by French full text (prefix, stemmed) or, for typos, by trigram word similarity with a word
// of the place's search document. `private.public_place_matches` (migration 20261206120855, decision 041)
// finds the places matching every word once, through a lexicon of the documents' words, with each word's
// similarity: joined, not evaluated per place. It runs as its owner: under row-level security Postgres
// cannot use the GIN indexes for these operators.
const MATCHES = 'm';

/** The name as the ranking compares it, `${NAME}.name`: unaccented once per match, not once per word. */
const NAME = 'n';

function relevance(words: string[], name = sql`private.unaccent(lower(p.name))`) {
  if (words.length === 0) return sql<number>`0`;
  const parts = words.map(
    (w, i) =>
      sql`(ts_rank(p.search_vector, to_tsquery('french'::regconfig, ${`${w}:*`})) + ${sql.ref(`${MATCHES}.similarities`)}[${sql.lit(i + 1)}] + extensions.word_similarity(${w}, ${name}))`,
  );
  return sql<number>`(${sql.join(parts, sql` + `)})`;
}

function distanceKm(near: PlaceSearchFilters['near']) {
  if (!near) return sql<number | null>`null::float8`;
  return sql<number | null>`(extensions.earth_distance(
    extensions.ll_to_earth(${near.latitude}, ${near.longitude}),
    extensions.ll_to_earth(p.latitude, p.longitude)) / 1000)`;
}

// The order "nearest first": the straight-line distance between the points on the earth's sphere (`<->` on
// cubes), which earth_distance turns into the great-circle one by an increasing function, so the order is
// the same; unlike the distance, it is what the KNN scan of `places_public_location_idx` (public places,
// coordinates or not; migration 20261206122711) returns in order, places without coordinates last.
function nearness(near: NonNullable<PlaceSearchFilters['near']>) {
  return sql<
    number | null
  >`(extensions.ll_to_earth(p.latitude, p.longitude) operator(extensions.<->) extensions.ll_to_earth(${near.latitude}, ${near.longitude}))`;
}

/** The public places matching the filters, unordered. */
function matchingPlaces(tx: Tx, f: PlaceSearchFilters) {
  let query = tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .$if(f.words.length > 0, (q) =>
      q.innerJoin(
        sql<{
          place_id: string;
          similarities: number[];
        }>`private.public_place_matches(${sql.val(f.words)}::text[])`.as(MATCHES),
        (join) => join.onRef(`${MATCHES}.place_id`, '=', 'p.id'),
      ),
    )
    .where(isPublicPlace);
  if (f.service) query = query.where(sql<SqlBool>`p.services @> ${sql.val([f.service])}::text[]`);
  if (f.kind) query = query.where(sql<SqlBool>`p.kinds @> ${sql.val([f.kind])}::text[]`);
  if (f.fees) query = query.where(sql<SqlBool>`p.fees @> ${sql.val([f.fees])}::text[]`);
  if (f.specificSupport)
    query = query.where(sql<SqlBool>`p.specific_support @> ${sql.val([f.specificSupport])}::text[]`);
  if (f.labelCode) query = query.where(holdsCurrentLabel([f.labelCode]));
  if (f.regionCode) query = query.where('c.region_code', '=', f.regionCode);
  if (f.departementCode) query = query.where('c.departement_code', '=', f.departementCode);
  if (f.territory === 'qpv') query = query.where('p.is_qpv', '=', true);
  if (f.territory === 'rural') query = query.where('p.is_rural', '=', true);
  if (f.near?.radiusKm !== undefined) {
    const { latitude, longitude, radiusKm } = f.near;
    // The cube search uses the gist index on ll_to_earth, as its owner (under row-level security the index
    // is not used, decision 069); the exact distance then trims the cube's corners.
    query = query.where(
      sql<SqlBool>`p.id in (select private.public_places_within(${latitude}, ${longitude}, ${radiusKm * 1000}))`,
    );
  }
  return query;
}

/** The public places matching the filters, in the list's order. */
function filteredPlaces(tx: Tx, f: PlaceSearchFilters) {
  let query = matchingPlaces(tx, f);
  // Nearest first when a point is given, then most relevant when searching words, then by name.
  if (f.near) query = query.orderBy(sql`${nearness(f.near)} asc nulls last`);
  if (f.words.length > 0) query = query.orderBy(sql`${relevance(f.words)} desc`);
  return query.orderBy('p.name').orderBy('p.id');
}

type PlaceScope = ExpressionBuilder<DB & { p: DB['places'] }, 'p'>;

/**
 * The labels the place aliased `p` holds today, by name, as a JSON column of its card: the same rule as
 * `currentLabelsOf` (one label once, however many of its grants are current), which cost a statement per
 * page.
 */
function cardLabels(eb: PlaceScope) {
  return jsonArrayFrom(
    eb
      .selectFrom('place_labels as pl')
      .innerJoin('labels as l', 'l.id', 'pl.label_id')
      .select(['l.code', 'l.name'])
      .distinct()
      .whereRef('pl.place_id', '=', 'p.id')
      .where('pl.granted_on', '<=', sql<string>`current_date`)
      .where((w) => w.or([w('pl.ends_on', 'is', null), w('pl.ends_on', '>=', sql<string>`current_date`)]))
      .orderBy('l.name')
      .orderBy('l.code'),
  ).as('labels');
}

function cardColumns(eb: PlaceScope, f: PlaceSearchFilters) {
  return [
    'p.id',
    'p.slug',
    'p.name',
    'p.kinds',
    'p.summary',
    'c.name as commune',
    'c.departement_code as departementCode',
    'p.opening_hours as openingHours',
    'p.services',
    distanceKm(f.near).as('distanceKm'),
    cardLabels(eb),
  ] as const;
}

/** How many public places match the filters. */
function countMatches(tx: Tx, f: PlaceSearchFilters) {
  return matchingPlaces(tx, f).select(sql<number>`count(*)::int`.as('n'));
}

/**
 * The places that must all be read to be ordered (ranked by words, or within a radius), cut to one page,
 * with the window count. The order and the count need only the place's own row. Its keys are output
 * columns ordered by name, so each is computed once per match (an expression repeated in ORDER BY would be
 * computed again: its parameters differ).
 */
function rankedCut(tx: Tx, f: PlaceSearchFilters, page: { limit: number; offset: number }) {
  let ranked = matchingPlaces(tx, f)
    // `offset 0` keeps the subquery from being pulled up, which would copy the expression into each word's
    // term. `private.unaccent`'s own body, called directly: the wrapper's `set search_path` keeps Postgres
    // from inlining it, and calling it cost 2 µs per match, 8 times the dictionary's work (decision 070).
    .$if(f.words.length > 0, (q) =>
      q.innerJoin(
        sql`lateral (select extensions.unaccent('extensions.unaccent'::regdictionary, lower(p.name)) as name offset 0)`.as(
          NAME,
        ),
        (join) => join.onTrue(),
      ),
    )
    .select([
      'p.id',
      'p.name',
      (f.near ? nearness(f.near) : sql<number | null>`null::float8`).as('nearness'),
      relevance(f.words, sql.ref(`${NAME}.name`)).as('relevance'),
      sql<number>`count(*) over ()`.as('total'),
    ]);
  if (f.near) ranked = ranked.orderBy(sql`nearness asc nulls last`);
  if (f.words.length > 0) ranked = ranked.orderBy(sql`relevance desc`);
  return ranked.orderBy('p.name').orderBy('p.id').limit(page.limit).offset(page.offset);
}

/**
 * One page of the ranked places (`rankedCut`) with the window count; the card's other columns (the commune,
 * the labels) are joined for its rows only.
 */
function rankedPage(tx: Tx, f: PlaceSearchFilters, page: { limit: number; offset: number }) {
  let query = tx
    .selectFrom(rankedCut(tx, f, page).as('r'))
    .innerJoin('places as p', 'p.id', 'r.id')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select((eb) => [...cardColumns(eb, f), 'r.total']);
  if (f.near) query = query.orderBy(sql`r.nearness asc nulls last`);
  if (f.words.length > 0) query = query.orderBy('r.relevance', 'desc');
  return query.orderBy('r.name').orderBy('r.id');
}

/** The cards of the public places `ids`, in that order. */
function cardsOf(tx: Tx, f: PlaceSearchFilters, ids: readonly string[]) {
  return tx
    .selectFrom(
      sql<{
        id: string;
        position: number;
      }>`(select * from unnest(${sql.val(ids)}::uuid[]) with ordinality as u (id, position))`.as('r'),
    )
    .innerJoin('places as p', 'p.id', 'r.id')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .where(isPublicPlace)
    .select((eb) => cardColumns(eb, f))
    .orderBy('r.position');
}

/**
 * How many of a ranked search's first places are kept (decision 072): five pages, what nearly every visitor
 * reads; a page further is ranked again. 100 ids are ~5 KB, so the cache's 2,000 entries stay under 10 MB.
 */
export const RANKED_IDS_KEPT = 100;

interface Ranking {
  /** The first `RANKED_IDS_KEPT` matches' ids, in the list's order. */
  ids: string[];
  total: number;
}

/**
 * The first places of a ranked search (words, or a radius) and how many match, for the database as this
 * transaction sees it: kept per instance under the public figures' fingerprint, which follows every write
 * to places, labels and communes (decisions 048, 069), so a rename, a hidden place or a new one is ranked
 * again at once, on every instance. Ranking is the search's cost (35 ms for "atelir numerik" among
 * 20,000 places, decision 070); the cards of a page are then read by id. `null` for a page past the kept
 * ones, ranked as before.
 */
async function rankingOf(
  tx: Tx,
  f: PlaceSearchFilters,
  page: { limit: number; offset: number },
): Promise<Ranking | null> {
  const key = `directory-ranking|${JSON.stringify(f)}`;
  const known = await recallPublicFigure<Ranking>(tx, key);
  if (known) return page.offset + page.limit <= RANKED_IDS_KEPT || page.offset >= known.total ? known : null;
  if (page.offset + page.limit > RANKED_IDS_KEPT) return null;
  const rows = await rankedCut(tx, f, { limit: RANKED_IDS_KEPT, offset: 0 }).execute();
  const ranking = { ids: rows.map((r) => r.id), total: Number(rows[0]?.total ?? 0) };
  await rememberPublicFigure(tx, key, ranking);
  return ranking;
}

/**
 * One page of the places read in the list's order from an index (by name: `places_public_name_idx`; nearest
 * first without a radius: the KNN scan of `places_public_location_idx`), which stops at its last row. The
 * cards' other columns are joined for the page's rows only (an offset's rows would otherwise build their
 * labels too). With `withCount`, the total rides along as an uncorrelated scalar subquery (run once).
 */
function orderedPage(
  tx: Tx,
  f: PlaceSearchFilters,
  page: { limit: number; offset: number },
  withCount: boolean,
) {
  const cut = filteredPlaces(tx, f)
    .select(['p.id', 'p.name', (f.near ? nearness(f.near) : sql<number | null>`null::float8`).as('nearness')])
    .limit(page.limit)
    .offset(page.offset);
  let query = tx
    .selectFrom(cut.as('r'))
    .innerJoin('places as p', 'p.id', 'r.id')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select((eb) => [
      ...cardColumns(eb, f),
      (withCount ? sql<number | null>`(${countMatches(tx, f)})` : sql<number | null>`null::int`).as('total'),
    ]);
  if (f.near) query = query.orderBy(sql`r.nearness asc nulls last`);
  return query.orderBy('r.name').orderBy('r.id');
}

/**
 * The key of the total of a search by filters only: the figures' fingerprint follows every write to places,
 * labels and communes (decision 069), so any such total is kept. `null` for words and radii, counted by the
 * ranked page's window anyway.
 */
function cachedTotalKey(f: PlaceSearchFilters): string | null {
  if (f.words.length > 0 || f.near?.radiusKm !== undefined) return null;
  const { words: _, near: __, ...filters } = f;
  return `directory-total|${JSON.stringify(filters)}`;
}

/**
 * One page of public places and the total matching, in one statement (issue 15: each statement costs the
 * Node process a socket write and a parse, more than most of these queries cost Postgres). It was up to
 * three: the page, a separate count, and the cards' labels.
 */
export async function searchPublicPlaces(
  tx: Tx,
  f: PlaceSearchFilters,
  page: { limit: number; offset: number },
): Promise<{ total: number; places: PlaceSearchRow[] }> {
  // Ranked by words, or within a radius, every match is read to order them: the window count rides along.
  const everyMatchRead = f.words.length > 0 || f.near?.radiusKm !== undefined;
  if (everyMatchRead) {
    const ranking = await rankingOf(tx, f, page);
    if (ranking) {
      const ids = ranking.ids.slice(page.offset, page.offset + page.limit);
      const places = ids.length > 0 ? await cardsOf(tx, f, ids).execute() : [];
      return { total: ranking.total, places };
    }
    const rows = await rankedPage(tx, f, page).execute();
    let total = rows[0]?.total ?? 0;
    // Past the last page: still say how many there are.
    if (rows.length === 0 && page.offset > 0)
      total = (await rankedPage(tx, f, { limit: 1, offset: 0 }).executeTakeFirst())?.total ?? 0;
    return { total: Number(total), places: rows.map(({ total: _, ...r }) => r) };
  }
  // Ordered by name, or nearest first without a radius, the page stops at its last row and the total is
  // counted apart — in the same statement, as a scalar subquery, rather than a second one. Counting every
  // match again on each page would still cost Postgres a scan of the public places (20,000 at national
  // scale), so the total of a search by filters the fingerprint follows (the bare list, a département, a
  // kind, a label: the directory's landing pages) is kept per instance and the subquery left out then. The
  // fingerprint is read once per transaction, and the directory page reads it for its facets anyway.
  const key = cachedTotalKey(f);
  const known = key ? await recallPublicFigure<number>(tx, key) : undefined;
  const rows = await orderedPage(tx, f, page, known === undefined).execute();
  let total: number;
  if (known !== undefined) total = known;
  else if (rows[0]) total = Number(rows[0].total);
  else if (page.offset === 0) total = 0;
  // Past the last page: still say how many there are.
  else total = (await countMatches(tx, f).executeTakeFirstOrThrow()).n;
  if (key && known === undefined) await rememberPublicFigure(tx, key, total);
  return { total, places: rows.map(({ total: _, ...r }) => r) };
}

/**
 * Every match's id and opening hours, in order (for "open now", decided by the opening_hours rules outside
 * SQL); bounded, since the public directory holds a few thousand places.
 */
export async function listPublicPlaceHours(
  tx: Tx,
  f: PlaceSearchFilters,
  max = 10_000,
): Promise<{ id: string; openingHours: string | null }[]> {
  return filteredPlaces(tx, f)
    .where('p.opening_hours', 'is not', null)
    .select(['p.id', 'p.opening_hours as openingHours'])
    .limit(max)
    .execute();
}

export interface PlacePointRow {
  slug: string;
  name: string;
  commune: string | null;
  latitude: number;
  longitude: number;
  openingHours: string | null;
}

/**
 * Every match that has coordinates, for the map: the same filters as the list, without its ordering
 * (markers have none). At most `max` rows, by id so a capped map is stable from one request to the next.
 */
export async function listPublicPlacePoints(
  tx: Tx,
  f: PlaceSearchFilters,
  max: number,
): Promise<PlacePointRow[]> {
  const rows = await matchingPlaces(tx, f)
    .where('p.latitude', 'is not', null)
    .where('p.longitude', 'is not', null)
    .select([
      'p.slug',
      'p.name',
      'c.name as commune',
      'p.latitude',
      'p.longitude',
      'p.opening_hours as openingHours',
    ])
    .orderBy('p.id')
    .limit(max)
    .execute();
  return rows.map((r) => ({ ...r, latitude: Number(r.latitude), longitude: Number(r.longitude) }));
}

/** The cards of these places, in the order given. */
export async function listPublicPlaceCards(
  tx: Tx,
  ids: readonly string[],
  f: PlaceSearchFilters,
): Promise<PlaceSearchRow[]> {
  if (ids.length === 0) return [];
  const rows = await filteredPlaces(tx, f)
    .select((eb) => cardColumns(eb, f))
    .where('p.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The point of a commune (by name, INSEE code or postcode; a postcode is its most populous commune): the
 * commune's centre (`communes.latitude/longitude`, decision 063). A commune whose centre is not known yet
 * falls back to the mean position of the public places located in it, else in its département (decision
 * 009). `null` when the commune is unknown or neither gives a point.
 */
export async function resolveNearPoint(tx: Tx, near: NearQuery): Promise<NearPoint | null> {
  return findNearPoint(tx, near);
}

type NearQuery = { kind: 'code'; code: string } | { kind: 'name'; name: string };
type NearPoint = { commune: string; latitude: number; longitude: number };

/**
 * `resolveNearPoint`, remembered per instance under the figures' fingerprint, which follows every write to
 * communes and places (decision 069): a search "près de" thus costs no statement of its own, the fingerprint
 * being read for the page's facets anyway. It folds no better into the page's statement, whose plan (the KNN
 * scan, the name order when the commune is unknown) depends on the point.
 */
export async function resolveNearPointCached(tx: Tx, near: NearQuery): Promise<NearPoint | null> {
  const key = `near-point|${JSON.stringify(near)}`;
  const known = await recallPublicFigure<{ point: NearPoint | null }>(tx, key);
  if (known) return known.point;
  const point = await findNearPoint(tx, near);
  await rememberPublicFigure(tx, key, { point });
  return point;
}

async function findNearPoint(tx: Tx, near: NearQuery): Promise<NearPoint | null> {
  const commune = await tx
    .selectFrom('communes as c')
    .select(['c.code', 'c.name', 'c.departement_code', 'c.latitude', 'c.longitude'])
    .$if(near.kind === 'code', (q) =>
      q.where((eb) =>
        eb.or([
          eb('c.code', '=', near.kind === 'code' ? near.code : ''),
          // `@>` (not `= any`) so the GIN index on postal_codes answers, with the primary key (BitmapOr).
          sql<SqlBool>`c.postal_codes @> array[${near.kind === 'code' ? near.code : ''}]::text[]`,
        ]),
      ),
    )
    .$if(near.kind === 'name', (q) =>
      q
        .where(
          sql<SqlBool>`private.unaccent(lower(c.name)) operator(extensions.%) private.unaccent(lower(${near.kind === 'name' ? near.name : ''}))`,
        )
        // A typo, not another word: close names (0.5) or, at pg_trgm's 0.3, the same first letter — so
        // "Concarnau" and "Brets" find Concarneau and Brest, "Nullepartville" does not find Alfortville.
        .where(
          sql<SqlBool>`(extensions.similarity(private.unaccent(lower(c.name)), private.unaccent(lower(${near.kind === 'name' ? near.name : ''}))) >= 0.5
            or left(private.unaccent(lower(c.name)), 1) = left(private.unaccent(lower(${near.kind === 'name' ? near.name : ''})), 1))`,
        )
        .orderBy(
          sql`extensions.similarity(private.unaccent(lower(c.name)), private.unaccent(lower(${near.kind === 'name' ? near.name : ''}))) desc`,
        ),
    )
    .orderBy('c.population', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!commune) return null;
  if (commune.latitude !== null && commune.longitude !== null)
    return { commune: commune.name, latitude: commune.latitude, longitude: commune.longitude };
  const point = await tx
    .selectFrom('places as p')
    .innerJoin('communes as c', 'c.code', 'p.commune_code')
    .select([
      sql<number | null>`avg(p.latitude) filter (where p.commune_code = ${commune.code})`.as('lat'),
      sql<number | null>`avg(p.longitude) filter (where p.commune_code = ${commune.code})`.as('lon'),
      sql<number | null>`avg(p.latitude)`.as('depLat'),
      sql<number | null>`avg(p.longitude)`.as('depLon'),
    ])
    .where(isPublicPlace)
    .where('p.latitude', 'is not', null)
    .where('c.departement_code', '=', commune.departement_code)
    .executeTakeFirstOrThrow();
  const latitude = point.lat ?? point.depLat;
  const longitude = point.lon ?? point.depLon;
  if (latitude === null || longitude === null) return null;
  return { commune: commune.name, latitude: Number(latitude), longitude: Number(longitude) };
}

export interface DirectoryFacets {
  regions: { code: string; name: string }[];
  departements: { code: string; name: string }[];
  labels: { code: string; name: string }[];
  kinds: string[];
}

/**
 * What the search form offers: only territories, labels and kinds that public places have. One statement
 * reads the public places once (it was four, each joining every place to the 35,000 communes).
 */
export async function listDirectoryFacets(tx: Tx): Promise<DirectoryFacets> {
  // The same for every viewer and changed only by places, labels and communes: cached (decision 048).
  return cachedPublicFigures(tx, 'listDirectoryFacets', computeDirectoryFacets);
}

async function computeDirectoryFacets(tx: Tx): Promise<DirectoryFacets> {
  const { rows } = await sql<DirectoryFacets>`
    with pub as materialized (
      select p.id, p.kinds, p.commune_code from public.places p where ${isPublicPlace}
    ),
    territories as materialized (
      select distinct c.region_code, c.departement_code from public.communes c
      where c.code in (select pub.commune_code from pub)
    )
    select
      (select coalesce(json_agg(json_build_object('code', r.code, 'name', r.name) order by r.name), '[]')
        from public.regions r where r.code in (select t.region_code from territories t)) as regions,
      (select coalesce(json_agg(json_build_object('code', d.code, 'name', d.name) order by d.code), '[]')
        from public.departements d where d.code in (select t.departement_code from territories t)) as departements,
      (select coalesce(json_agg(json_build_object('code', l.code, 'name', l.name) order by l.name), '[]')
        from public.labels l
        where exists (select 1 from public.place_labels pl
          where pl.label_id = l.id and pl.place_id in (select pub.id from pub))) as labels,
      (select coalesce(json_agg(k.kind order by k.kind), '[]')
        from (select distinct unnest(pub.kinds) as kind from pub) k) as kinds`.execute(tx);
  const row = rows[0];
  return {
    regions: row?.regions ?? [],
    departements: row?.departements ?? [],
    labels: row?.labels ?? [],
    kinds: row?.kinds ?? [],
  };
}

export interface PublicPlaceDetail {
  id: string;
  slug: string;
  name: string;
  kinds: string[];
  carrierName: string | null;
  carrierLegalForm: string | null;
  address: string | null;
  addressComplement: string | null;
  postalCode: string | null;
  commune: string | null;
  departement: { code: string; name: string } | null;
  latitude: number | null;
  longitude: number | null;
  isQpv: boolean;
  isRural: boolean;
  itinerance: string[];
  openingHours: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  summary: string | null;
  description: string | null;
  services: string[];
  publics: string[];
  specificSupport: string[];
  fees: string[];
  accessModes: string[];
  supportModes: string[];
  nationalProgrammes: string[];
  accessibilityNotes: string | null;
  accesLibreUrl: string | null;
  bookingUrl: string | null;
  dateMaj: string;
  hubFabriqueId: string | null;
  isFabrique: boolean;
}

/** A public place by slug, or `null` (a draft, a hidden or an unknown place look the same). */
export async function findPublicPlaceBySlug(tx: Tx, slug: string): Promise<PublicPlaceDetail | null> {
  const row = await placeDetails(tx).where('p.slug', '=', slug).executeTakeFirst();
  return row ? toDetail(row) : null;
}

function toDetail<R extends { departementCode: string | null; departementName: string | null }>(row: R) {
  const { departementCode, departementName, ...rest } = row;
  return {
    ...rest,
    departement: departementCode && departementName ? { code: departementCode, name: departementName } : null,
  };
}

/**
 * What a public place's page and the open-data export read of the place, its commune and its département
 * (with `isFabrique`); `places as p`, `communes as c`, `departements as d`.
 */
export const placeDetailColumns = [
  'p.id',
  'p.slug',
  'p.name',
  'p.kinds',
  'p.carrier_name as carrierName',
  'p.carrier_legal_form as carrierLegalForm',
  'p.address',
  'p.address_complement as addressComplement',
  'p.postal_code as postalCode',
  'c.name as commune',
  'd.code as departementCode',
  'd.name as departementName',
  'p.latitude',
  'p.longitude',
  'p.is_qpv as isQpv',
  'p.is_rural as isRural',
  'p.itinerance',
  'p.opening_hours as openingHours',
  'p.phone',
  'p.email',
  'p.website',
  'p.summary',
  'p.description',
  'p.services',
  'p.publics',
  'p.specific_support as specificSupport',
  'p.fees',
  'p.access_modes as accessModes',
  'p.support_modes as supportModes',
  'p.national_programmes as nationalProgrammes',
  'p.accessibility_notes as accessibilityNotes',
  'p.acces_libre_url as accesLibreUrl',
  'p.booking_url as bookingUrl',
  'p.date_maj as dateMaj',
  'p.hub_fabrique_id as hubFabriqueId',
] as const;

function placeDetails(tx: Tx) {
  return tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .leftJoin('departements as d', 'd.code', 'c.departement_code')
    .select([...placeDetailColumns, holdsCurrentLabel(fabriqueLabelCodes).as('isFabrique')])
    .where(isPublicPlace);
}

export interface PlaceLabelGrant {
  code: string;
  name: string;
  grantedOn: string;
  endsOn: string | null;
  wave: string | null;
}

/** Every label of a place with its dates, current and past, most recent first. */
export async function listPlaceLabelGrants(tx: Tx, placeId: string): Promise<PlaceLabelGrant[]> {
  return tx
    .selectFrom('place_labels as pl')
    .innerJoin('labels as l', 'l.id', 'pl.label_id')
    .leftJoin('waves as w', 'w.id', 'pl.wave_id')
    .select(['l.code', 'l.name', 'pl.granted_on as grantedOn', 'pl.ends_on as endsOn', 'w.name as wave'])
    .where('pl.place_id', '=', placeId)
    .orderBy('pl.granted_on', 'desc')
    .orderBy('l.name')
    .execute();
}

export interface PlaceLink {
  slug: string;
  name: string;
  commune: string | null;
}

/** Public places whose hub is this fabrique, by name. */
export async function listPublicHubPlaces(tx: Tx, fabriqueId: string): Promise<PlaceLink[]> {
  return tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select(['p.slug', 'p.name', 'c.name as commune'])
    .where(isPublicPlace)
    .where('p.hub_fabrique_id', '=', fabriqueId)
    .orderBy('p.name')
    .execute();
}

/** The public place with this id (a place's fabrique), or `null`. */
export async function findPublicPlaceLink(tx: Tx, id: string): Promise<PlaceLink | null> {
  const row = await tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select(['p.slug', 'p.name', 'c.name as commune'])
    .where(isPublicPlace)
    .where('p.id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

export interface ExportRow extends PublicPlaceDetail {
  pivot: string | null;
  communeCode: string | null;
  source: string | null;
  otherLabels: string[];
}

/** Every public place for the open-data export, by name then id (stable). */
export async function listExportPlaces(tx: Tx): Promise<ExportRow[]> {
  const rows = await placeDetails(tx)
    .select(['p.pivot', 'p.source', 'p.commune_code as communeCode'])
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
  const labels = await currentLabelsOf(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...toDetail(row),
    otherLabels: (labels.get(row.id) ?? [])
      .filter((l) => !(fabriqueLabelCodes as readonly string[]).includes(l.code))
      .map((l) => l.name),
  }));
}
