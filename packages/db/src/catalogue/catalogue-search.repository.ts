// The public catalogue of workshops and trainings: sessions anyone may book (scheduled, of a published,
// visible activity at a published, visible place), filtered, in date order, one page at a time; and the
// choices of its search form. The visibility filters are explicit: a signed-in member would otherwise also
// see their place's drafts.
import { type SqlBool, sql } from 'kysely';
import { cachedPublicFigures } from '../directory/public-figures-cache.ts';
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
  feesKind: 'gratuit' | 'payant';
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

// A word matches by French full text (prefix, stemmed) or, for typos, by trigram word similarity with a word
// of the activity's search document: the directory's rule. `private.public_activity_matches` (migration
// 20261206122711, decision 041) finds the public activities matching every word once, through a lexicon of
// the documents' words, instead of checking word_similarity on every public activity; it runs as its owner,
// since under row-level security Postgres cannot use the GIN indexes for these operators.
function matchingActivities(words: string[]) {
  return sql<{ activity_id: string }>`private.public_activity_matches(${sql.val(words)}::text[])`.as('m');
}

function distanceKm(near: CatalogueFilters['near']) {
  if (!near) return sql<number | null>`null::float8`;
  return sql<number | null>`(extensions.earth_distance(
    extensions.ll_to_earth(${near.latitude}, ${near.longitude}),
    extensions.ll_to_earth(p.latitude, p.longitude)) / 1000)`;
}

const parisDay = sql<string>`to_char(s.starts_at at time zone 'Europe/Paris', 'YYYY-MM-DD')`;

/**
 * Public sessions in the days asked for. Public is the session's own flag (`activity_public`, copied by
 * triggers from its activity and its place, decision 054), written as the partial index on upcoming public
 * sessions says it, so that index serves the list's order and, alone, its count.
 */
function publicSessionsInDays(tx: Tx, f: CatalogueFilters) {
  return (
    tx
      .selectFrom('sessions as s')
      .where(sql<SqlBool>`s.status = 'scheduled' and s.activity_public`)
      .where('s.starts_at', '>', f.after)
      // Paris days: midnight in Paris of the first day, up to midnight after the last one.
      .where(sql<SqlBool>`s.starts_at >= (${f.fromDay}::date::timestamp at time zone 'Europe/Paris')`)
      .where(sql<SqlBool>`s.starts_at < ((${f.toDay}::date + 1)::timestamp at time zone 'Europe/Paris')`)
  );
}

/** Whether a filter reads the activity or the place (else the sessions alone answer). */
const filtersOnActivityOrPlace = (f: CatalogueFilters) =>
  f.words.length > 0 ||
  Boolean(f.theme || f.freeOnly || f.level || f.format || f.kind || f.accessibleOnly || f.near);

function filteredSessions(tx: Tx, f: CatalogueFilters) {
  let query = publicSessionsInDays(tx, f)
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .innerJoin('places as p', 'p.id', 's.place_id')
    .$if(f.words.length > 0, (q) =>
      q.innerJoin(matchingActivities(f.words), (join) => join.onRef('m.activity_id', '=', 'a.id')),
    );
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
    const point = sql`extensions.ll_to_earth(${latitude}, ${longitude})`;
    // Remote sessions are followed from anywhere: a radius never hides them. Both halves are sets the
    // sessions' indexes read (by place, by activity), not a test on every session of the period.
    query = query.where(
      sql<SqlBool>`(s.place_id = any(array(
        select n.id from public.places n
        where n.latitude is not null
          and extensions.earth_box(${point}, ${radiusKm * 1000}) operator(extensions.@>)
            extensions.ll_to_earth(n.latitude, n.longitude)
          and extensions.earth_distance(${point}, extensions.ll_to_earth(n.latitude, n.longitude))
            <= ${radiusKm * 1000}))
      or s.activity_id = any(array(select r.id from public.activities r where r.format = 'remote')))`,
    );
  }
  return query;
}

/** Whether the list reads every match anyway, so that a window count costs nothing more. */
const readsEveryMatch = (f: CatalogueFilters) => f.near !== undefined || f.words.length > 0;

/**
 * The ordered list of public sessions: by Paris day (each day's nearest first when a point is given), then
 * time. Without a point the day order is the time order, so the list is ordered by time and id alone, which
 * the partial index on scheduled sessions (starts_at, id) serves: a page stops at its last row instead of
 * sorting every match. With a point (each day ordered by distance) or words (matched on the activities
 * first, the walk would check them session by session), every match is read anyway, and the window count
 * rides along (`total`); otherwise `total` is null and `countPublicSessions` counts.
 * Exported for the benchmark's EXPLAIN; pages go through `searchPublicSessions`.
 */
export function publicSessionsQuery(tx: Tx, f: CatalogueFilters) {
  const query = filteredSessions(tx, f).select([
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
    readsEveryMatch(f)
      ? sql<number | null>`count(*) over ()`.as('total')
      : sql<number | null>`null::int8`.as('total'),
  ]);
  if (!f.near) return query.orderBy('s.starts_at').orderBy('s.id');
  return query
    .orderBy(parisDay)
    .orderBy(sql`${distanceKm(f.near)} asc nulls last`)
    .orderBy('s.starts_at')
    .orderBy('s.id');
}

/** How many public sessions match (the list's total when it has no window count). */
export async function countPublicSessions(tx: Tx, f: CatalogueFilters): Promise<number> {
  // Without a filter on the activity or the place, the count is the partial index's alone (joins, even
  // removed by the planner, would keep it from an index-only scan).
  const row = await (filtersOnActivityOrPlace(f) ? filteredSessions(tx, f) : publicSessionsInDays(tx, f))
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
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
  let total: number;
  if (readsEveryMatch(f)) {
    total = Number(rows[0]?.total ?? 0);
    // Past the last page: still say how many there are.
    if (rows.length === 0 && page.offset > 0)
      total = Number((await publicSessionsQuery(tx, f).limit(1).executeTakeFirst())?.total ?? 0);
  } else {
    // A first page that is not full is every match.
    total =
      rows.length > 0 && rows.length < page.limit
        ? page.offset + rows.length
        : await countPublicSessions(tx, f);
  }
  return {
    total,
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

/**
 * What the search form offers beyond the fixed lists: only themes that something upcoming has. The same for
 * every viewer: cached per instance (decision 048) until an activity or a session changes, or until the
 * first of those themes loses its last upcoming session.
 */
export async function listCatalogueFacets(tx: Tx, after: string): Promise<CatalogueFacets> {
  const at = Date.parse(after);
  const themes = await cachedPublicFigures(tx, 'listCatalogueFacets', (t) => themesAfter(t, after), {
    at,
    validUntil: (rows) => Math.min(...rows.map((r) => r.lastStartsAtMs)),
  });
  return { themes: themes.map((r) => r.theme) };
}

/** Each theme of public activities with sessions after `after`, with the start (ms) of its last such session. */
async function themesAfter(tx: Tx, after: string): Promise<{ theme: string; lastStartsAtMs: number }[]> {
  const { rows } = await sql<{ theme: string; lastStartsAtMs: number }>`
    select t.theme, (extract(epoch from max(last.starts_at)) * 1000)::float8 as "lastStartsAtMs"
    from public.activities a
    join public.places p on p.id = a.place_id
    cross join lateral (
      select max(s.starts_at) as starts_at from public.sessions s
      where s.activity_id = a.id and s.status = 'scheduled' and s.starts_at > ${after}::timestamptz
    ) last
    cross join unnest(a.themes) as t (theme)
    where a.status = 'published' and a.hidden_at is null and p.status = 'published' and p.hidden_at is null
      and last.starts_at is not null
    group by t.theme
    order by t.theme`.execute(tx);
  return rows.map((r) => ({ theme: r.theme, lastStartsAtMs: Number(r.lastStartsAtMs) }));
}
