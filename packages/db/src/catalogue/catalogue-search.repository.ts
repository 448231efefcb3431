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
  return sql`(select m.activity_id from private.public_activity_matches(${sql.val(words)}::text[]) m)`;
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

/**
 * What the filters ask of the session's activity (and of its place, which is the activity's: sessions'
 * foreign key (activity_id, place_id)), words aside, as conditions on `a`; empty when they ask nothing.
 */
function activityConditions(f: CatalogueFilters) {
  const conditions = [];
  if (f.theme) conditions.push(sql`a.themes @> ${sql.val([f.theme])}::text[]`);
  if (f.freeOnly) conditions.push(sql`a.fees_kind = 'gratuit'`);
  if (f.level) conditions.push(sql`a.level = ${f.level}`);
  if (f.format) conditions.push(sql`a.format = ${f.format}`);
  if (f.kind) conditions.push(sql`a.kind = ${f.kind}`);
  if (f.near?.radiusKm !== undefined) {
    const { latitude, longitude, radiusKm } = f.near;
    const point = sql`extensions.ll_to_earth(${latitude}, ${longitude})`;
    // Remote sessions are followed from anywhere: a radius never hides them. The places are found in the
    // earth box first (the GiST index on ll_to_earth), the exact distance trims its corners; a session's
    // place is its activity's, so the radius too is a set of activities.
    // `in (select …)` under an OR is a hashed subplan: one hash probe per activity read, where `= any(array)`
    // would compare each with every place of the radius.
    conditions.push(sql`(a.format = 'remote' or a.place_id in (
      select n.id from public.places n
      where n.latitude is not null
        and extensions.earth_box(${point}, ${radiusKm * 1000}) operator(extensions.@>)
          extensions.ll_to_earth(n.latitude, n.longitude)
        and extensions.earth_distance(${point}, extensions.ll_to_earth(n.latitude, n.longitude))
          <= ${radiusKm * 1000}))`);
  }
  if (f.accessibleOnly) {
    conditions.push(sql`(nullif(trim(a.accessibility_notes), '') is not null
      or exists (select 1 from public.places p where p.id = a.place_id
        and (nullif(trim(p.accessibility_notes), '') is not null or p.acces_libre_url is not null)))`);
  }
  return conditions;
}

/**
 * The matching sessions, on the sessions alone: a session public (its flag) is of a public activity at a
 * public place, so the filters on the activity are one semi-join on its id (the set of matching
 * activities, then their sessions by the partial index on public sessions by activity), and the activity
 * and the place are joined for the page's rows only, not for every match (issue 15, decision 068).
 */
function filteredSessions(tx: Tx, f: CatalogueFilters) {
  let query = publicSessionsInDays(tx, f);
  // The words' matches are public activities already: no need to read the activities again for them.
  if (f.words.length > 0) query = query.where(sql<SqlBool>`s.activity_id in ${matchingActivities(f.words)}`);
  const conditions = activityConditions(f);
  if (conditions.length > 0) {
    const activities = sql`(select a.id from public.activities a where ${sql.join(conditions, sql` and `)})`;
    // Within a radius, every match is read (see pageSessions): the set of activities (thousands, remote ones
    // included) as an array is one index-only scan of their sessions (activity_id = any(…)), cheaper than
    // reading every session of the period to hash it against them, which the planner prefers for `in`.
    query = query.where(
      f.near?.radiusKm !== undefined
        ? sql<SqlBool>`s.activity_id = any(array${activities})`
        : sql<SqlBool>`s.activity_id in ${activities}`,
    );
  }
  return query;
}

/**
 * Whether the page's query counts every match itself: with words, every match is read anyway to be sorted
 * (matched on the activities first, a walk in time order would check them session by session), so a window
 * count rides along; with a point, the matches are read once and counted (see pageSessions). Otherwise
 * `countPublicSessions` counts: in time order the page stops at its last row.
 */
const windowCount = (f: CatalogueFilters) => f.words.length > 0 || f.near !== undefined;

/**
 * The page's sessions (ids, start, activity, place), in the list's order: by Paris day (each day's nearest
 * first when a point is given), then time, then id. Without a point the day order is the time order, so
 * the partial index on public sessions (starts_at, id) serves it and a page stops at its last row. With a
 * point, a day's order needs every match of that day and its distance: only the days up to the one of the
 * page's last row in time order are read (the first `offset + limit` matches in time order all lie in those
 * days, so the page, in the day-then-distance order, does too), and only their places are joined for the
 * distance, instead of every match of the period.
 */
function pageSessions(tx: Tx, f: CatalogueFilters, page: { limit: number; offset: number }) {
  const columns = [
    's.id',
    's.starts_at as startsAt',
    's.activity_id as activityId',
    's.place_id as placeId',
  ] as const;
  if (!f.near) {
    return filteredSessions(tx, f)
      .select([
        ...columns,
        parisDay.as('day'),
        distanceKm(undefined).as('distanceKm'),
        windowCount(f)
          ? sql<number | null>`count(*) over ()`.as('total')
          : sql<number | null>`null::int8`.as('total'),
      ])
      .orderBy('s.starts_at')
      .orderBy('s.id')
      .limit(page.limit)
      .offset(page.offset);
  }
  // The matches are read once (a CTE referenced three times is materialized): counted, cut at the end of the
  // day of the page's last row in time order, and only those days' places joined for the distance.
  const n = page.offset + page.limit - 1;
  return (
    tx
      .with('matches', () =>
        filteredSessions(tx, f).select(['s.id', 's.starts_at', 's.activity_id', 's.place_id']),
      )
      .selectFrom('matches as s')
      .where(
        sql<SqlBool>`s.starts_at < coalesce((
        select ((b.starts_at at time zone 'Europe/Paris')::date + 1)::timestamp at time zone 'Europe/Paris'
        from (select m.starts_at from matches m order by m.starts_at, m.id offset ${n} limit 1) b),
        'infinity'::timestamptz)`,
      )
      .select([
        ...columns,
        parisDay.as('day'),
        // Per row read (those days' only), by the place's primary key.
        sql<number | null>`(select ${distanceKm(f.near)} from public.places p where p.id = s.place_id)`.as(
          'distanceKm',
        ),
        sql<number | null>`(select count(*) from matches)`.as('total'),
      ])
      // Output columns by name: each computed once per row.
      .orderBy(sql`day`)
      .orderBy(sql`"distanceKm" asc nulls last`)
      .orderBy('s.starts_at')
      .orderBy('s.id')
      .limit(page.limit)
      .offset(page.offset)
  );
}

/** How many public sessions match (the list's total when the page has no window count). */
export async function countPublicSessions(tx: Tx, f: CatalogueFilters): Promise<number> {
  // On the sessions alone (see filteredSessions): without a filter, the partial index on public sessions
  // answers by itself (index-only scan).
  const row = await filteredSessions(tx, f)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * One page of the list, with what a card shows: the activity, the place and its commune, and the seats
 * taken, for the page's sessions only. Exported for the benchmarks' EXPLAIN.
 */
export function publicSessionsPageQuery(
  tx: Tx,
  f: CatalogueFilters,
  page: { limit: number; offset: number },
) {
  return (
    tx
      .selectFrom(pageSessions(tx, f, page).as('page'))
      // The page's sessions are public: their activity and place are too (decision 054). The session's other
      // columns are read here, so that the matches are read from the index alone.
      .innerJoin('sessions as s', 's.id', 'page.id')
      .innerJoin('activities as a', 'a.id', 'page.activityId')
      .innerJoin('places as p', 'p.id', 'page.placeId')
      .leftJoin('communes as c', 'c.code', 'p.commune_code')
      .select([
        'page.id',
        'a.title',
        'a.kind',
        'a.format',
        'a.level',
        'a.themes',
        'a.fees_kind as feesKind',
        'p.name as placeName',
        'p.slug as placeSlug',
        'c.name as commune',
        'page.startsAt',
        's.ends_at as endsAt',
        's.capacity',
        'page.day',
        'page.distanceKm',
        'page.total',
      ])
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
  if (windowCount(f) && rows.length > 0) {
    total = Number(rows[0]?.total ?? 0);
  } else if (rows.length > 0 && rows.length < page.limit) {
    // A page that is not full ends the list.
    total = page.offset + rows.length;
  } else {
    // Past the last page too: still say how many there are.
    total = rows.length === 0 && page.offset === 0 ? 0 : await countPublicSessions(tx, f);
  }
  return {
    total,
    sessions: rows.map(({ total: _, ...row }) => ({
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
