// The public catalogue of workshops and trainings: sessions anyone may book (scheduled, of a published,
// visible activity at a published, visible place), filtered, in date order, one page at a time; and the
// choices of its search form. The visibility filters are explicit: a signed-in member would otherwise also
// see their place's drafts.
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface CatalogueFilters {
  /** Words of the text search, already lower-case and unaccented; each must match. */
  words: string[];
  /** Paris calendar days, both included (YYYY-MM-DD). */
  fromDay: string;
  toDay: string;
  /** Sessions starting after this instant only (never one that has begun). */
  after: string;
  theme?: string;
  freeOnly?: boolean;
  level?: 'debutant' | 'intermediaire' | 'avance';
  format?: 'on_site' | 'remote' | 'hybrid';
  kind?: 'workshop' | 'training';
  /** The place says how it is accessible, or the activity does. */
  accessibleOnly?: boolean;
  /** Each day's sessions nearest first; with `radiusKm`, only places that close (remote ones stay). */
  near?: { latitude: number; longitude: number; radiusKm?: number };
}

export interface CatalogueSessionRow {
  id: string;
  title: string;
  kind: 'workshop' | 'training';
  format: 'on_site' | 'remote' | 'hybrid';
  level: 'debutant' | 'intermediaire' | 'avance' | null;
  themes: string[];
  feesKind: 'adhesion' | 'gratuit' | 'gratuit-sous-conditions' | 'pass-numerique' | 'payant';
  placeName: string;
  placeSlug: string;
  commune: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  /** Confirmed bookings; a count only, never who. */
  seatsTaken: number;
  /** The Paris calendar day the session starts on (YYYY-MM-DD). */
  day: string;
  distanceKm: number | null;
}

// A word matches by French full text (prefix, stemmed) or, for typos, by trigram word similarity: the same
// rule as the directory's.
function wordMatches(word: string): Expression<SqlBool> {
  return sql<SqlBool>`(
    a.search_vector @@ to_tsquery('french'::regconfig, ${`${word}:*`})
    or ${word} operator(extensions.<%) a.search_document)`;
}

function distanceKm(near: CatalogueFilters['near']) {
  if (!near) return sql<number | null>`null::float8`;
  return sql<number | null>`(extensions.earth_distance(
    extensions.ll_to_earth(${near.latitude}, ${near.longitude}),
    extensions.ll_to_earth(p.latitude, p.longitude)) / 1000)`;
}

const parisDay = sql<string>`to_char(s.starts_at at time zone 'Europe/Paris', 'YYYY-MM-DD')`;

function filteredSessions(tx: Tx, f: CatalogueFilters) {
  let query = tx
    .selectFrom('sessions as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .innerJoin('places as p', 'p.id', 's.place_id')
    .where('s.status', '=', 'scheduled')
    .where('a.status', '=', 'published')
    .where('a.hidden_at', 'is', null)
    .where('p.status', '=', 'published')
    .where('p.hidden_at', 'is', null)
    .where('s.starts_at', '>', f.after)
    // Paris days: midnight in Paris of the first day, up to midnight after the last one.
    .where(sql<SqlBool>`s.starts_at >= (${f.fromDay}::date::timestamp at time zone 'Europe/Paris')`)
    .where(sql<SqlBool>`s.starts_at < ((${f.toDay}::date + 1)::timestamp at time zone 'Europe/Paris')`);
  for (const word of f.words) query = query.where(wordMatches(word));
  if (f.theme) query = query.where(sql<SqlBool>`a.themes @> ${sql.val([f.theme])}::text[]`);
  if (f.freeOnly) query = query.where('a.fees_kind', '=', 'gratuit');
  if (f.level) query = query.where('a.level', '=', f.level);
  if (f.format) query = query.where('a.format', '=', f.format);
  if (f.kind) query = query.where('a.kind', '=', f.kind);
  if (f.accessibleOnly) {
    query = query.where(
      sql<SqlBool>`(nullif(trim(a.accessibility_notes), '') is not null
        or nullif(trim(p.accessibility_notes), '') is not null or p.acces_libre_url is not null)`,
    );
  }
  if (f.near?.radiusKm !== undefined) {
    const { latitude, longitude, radiusKm } = f.near;
    // Remote sessions are followed from anywhere: a radius never hides them.
    query = query.where((eb) =>
      eb.or([
        eb('a.format', '=', 'remote'),
        eb.and([
          eb('p.latitude', 'is not', null),
          sql<SqlBool>`extensions.earth_box(extensions.ll_to_earth(${latitude}, ${longitude}), ${radiusKm * 1000}) operator(extensions.@>) extensions.ll_to_earth(p.latitude, p.longitude)`,
          eb(distanceKm(f.near), '<=', radiusKm),
        ]),
      ]),
    );
  }
  return query;
}

/**
 * The ordered list of public sessions: by Paris day (each day's nearest first when a point is given), then
 * time. Exported for the benchmark's EXPLAIN; pages go through `searchPublicSessions`.
 */
export function publicSessionsQuery(tx: Tx, f: CatalogueFilters) {
  let query = filteredSessions(tx, f)
    .select([
      's.id',
      'a.title',
      'a.kind',
      'a.format',
      'a.level',
      'a.themes',
      'a.fees_kind as feesKind',
      'p.name as placeName',
      'p.slug as placeSlug',
      'p.commune_code as communeCode',
      's.starts_at as startsAt',
      's.ends_at as endsAt',
      's.capacity',
      parisDay.as('day'),
      distanceKm(f.near).as('distanceKm'),
      sql<number>`count(*) over ()`.as('total'),
    ])
    .orderBy(parisDay);
  if (f.near) query = query.orderBy(sql`${distanceKm(f.near)} asc nulls last`);
  return query.orderBy('s.starts_at').orderBy('s.id');
}

/**
 * One page of that list with the seats taken, counted for the page's sessions only (not for every match
 * the window function sees). Exported for the benchmark's EXPLAIN.
 */
export function publicSessionsPageQuery(
  tx: Tx,
  f: CatalogueFilters,
  page: { limit: number; offset: number },
) {
  return (
    tx
      .selectFrom(publicSessionsQuery(tx, f).limit(page.limit).offset(page.offset).as('page'))
      // The commune's name for the page's 20 rows only (no filter needs it).
      .leftJoin('communes as c', 'c.code', 'page.communeCode')
      .selectAll('page')
      .select('c.name as commune')
      // Public sessions only here, so the seats function's own visibility check always passes.
      .select(sql<number>`coalesce(private.public_session_seats_taken(page.id), 0)`.as('seatsTaken'))
      .orderBy('page.day')
      .orderBy(sql`page."distanceKm" asc nulls last`)
      .orderBy('page.startsAt')
      .orderBy('page.id')
  );
}

/** One page of public sessions and the total matching. */
export async function searchPublicSessions(
  tx: Tx,
  f: CatalogueFilters,
  page: { limit: number; offset: number },
): Promise<{ total: number; sessions: CatalogueSessionRow[] }> {
  const rows = await publicSessionsPageQuery(tx, f, page).execute();
  let total = rows[0]?.total ?? 0;
  // Past the last page: still say how many there are.
  if (rows.length === 0 && page.offset > 0)
    total = (await publicSessionsQuery(tx, f).limit(1).executeTakeFirst())?.total ?? 0;
  return {
    total: Number(total),
    sessions: rows.map(({ total: _, communeCode: __, ...row }) => ({
      ...row,
      distanceKm: row.distanceKm === null ? null : Number(row.distanceKm),
    })),
  };
}

export interface CatalogueFacets {
  /** Themes that public activities with upcoming sessions have. */
  themes: string[];
}

/** What the search form offers beyond the fixed lists: only themes that something upcoming has. */
export async function listCatalogueFacets(tx: Tx, after: string): Promise<CatalogueFacets> {
  const rows = await tx
    .selectFrom('activities as a')
    .innerJoin('places as p', 'p.id', 'a.place_id')
    .select(sql<string>`unnest(a.themes)`.as('theme'))
    .where('a.status', '=', 'published')
    .where('a.hidden_at', 'is', null)
    .where('p.status', '=', 'published')
    .where('p.hidden_at', 'is', null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('sessions as s')
          .whereRef('s.activity_id', '=', 'a.id')
          .where('s.status', '=', 'scheduled')
          .where('s.starts_at', '>', after)
          .select(sql`1`.as('one')),
      ),
    )
    .distinct()
    .execute();
  return { themes: rows.map((r) => r.theme) };
}
