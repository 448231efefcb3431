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

/**
 * The public activities matching every word, the same for every viewer: kept per instance under the public
 * figures' fingerprint, which moves with every write to activities and places (decision 048), so a page of a
 * text search runs the matching (10 to 30 ms on the national map) once a minute at most per set of words,
 * and its sessions are then walked in time order against that set (decision 069).
 */
function cachedMatchingActivities(tx: Tx, words: string[]): Promise<string[]> {
  return cachedPublicFigures(tx, `catalogueWords:${JSON.stringify(words)}`, async (t) => {
    const { rows } = await sql<{
      id: string;
    }>`select m.activity_id as id from ${matchingActivities(words)} m`.execute(t);
    return rows.map((r) => r.id);
  });
}

/** The filters, and the activities the words matched once read (see cachedMatchingActivities). */
type ResolvedFilters = CatalogueFilters & { matched?: readonly string[] };

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
 * The two kinds of sessions a search near a point reads apart: on site (or hybrid), within the radius and
 * nearest first each day, and remote, followed from anywhere, which no radius hides and which have no
 * distance (decision 069). Without a point, the list does not tell them apart (`all`).
 */
type Kind = 'all' | 'on_site' | 'remote';

/** The kinds a search reads: a format asked for leaves one of them, or none. */
function kindsOf(f: CatalogueFilters): Kind[] {
  if (!f.near) return ['all'];
  if (f.format === 'remote') return ['remote'];
  if (f.format) return ['on_site'];
  return ['on_site', 'remote'];
}

/**
 * What the filters ask of the session's activity (and of its place, which is the activity's: sessions'
 * foreign key (activity_id, place_id)), words aside, as conditions on `a`; empty when they ask nothing. The
 * radius is a condition on the on-site kind only: remote sessions are followed from anywhere.
 */
function activityConditions(f: CatalogueFilters, kind: Kind) {
  const conditions = [];
  if (f.theme) conditions.push(sql`a.themes @> ${sql.val([f.theme])}::text[]`);
  if (f.freeOnly) conditions.push(sql`a.fees_kind = 'gratuit'`);
  if (f.level) conditions.push(sql`a.level = ${f.level}`);
  if (f.format) conditions.push(sql`a.format = ${f.format}`);
  if (f.kind) conditions.push(sql`a.kind = ${f.kind}`);
  if (kind === 'on_site' && f.near?.radiusKm !== undefined) {
    const { latitude, longitude, radiusKm } = f.near;
    // The places in the radius, by the GiST index on their position (as its owner: under row-level
    // security the index is not used, decision 069); a session's place is its activity's, so the radius too
    // is a set of activities.
    conditions.push(sql`a.place_id in (
      select private.public_places_within(${latitude}, ${longitude}, ${radiusKm * 1000}))`);
  }
  if (f.accessibleOnly) {
    conditions.push(sql`(nullif(trim(a.accessibility_notes), '') is not null
      or exists (select 1 from public.places p where p.id = a.place_id
        and (nullif(trim(p.accessibility_notes), '') is not null or p.acces_libre_url is not null)))`);
  }
  return conditions;
}

/**
 * The matching sessions of a kind, on the sessions alone: a session public (its flag) is of a public
 * activity at a public place, so the filters on the activity are one semi-join on its id (the set of
 * matching activities, then their sessions by the partial index on public sessions by activity), and the
 * activity and the place are joined for the page's rows only, not for every match (issue 15, decision
 * 068). A kind is the session's own flag (`activity_remote`, decision 069), first column of the index that
 * orders each kind's public sessions by time.
 */
function filteredSessions(tx: Tx, f: ResolvedFilters, kind: Kind) {
  let query = publicSessionsInDays(tx, f);
  if (kind !== 'all') query = query.where('s.activity_remote', '=', kind === 'remote');
  // The words' matches are public activities already: no need to read the activities again for them.
  if (f.matched) query = query.where(sql<SqlBool>`s.activity_id = any(${sql.val(f.matched)}::uuid[])`);
  else if (f.words.length > 0)
    query = query.where(sql<SqlBool>`s.activity_id in ${matchingActivities(f.words)}`);
  const conditions = activityConditions(f, kind);
  if (conditions.length > 0) {
    const activities = sql`(select a.id from public.activities a where ${sql.join(conditions, sql` and `)})`;
    // Within a radius, the activities are those of a few places: as an array, their sessions are a few index
    // probes (activity_id = any(…)), cheaper than walking every session of the period to hash them.
    query = query.where(
      kind === 'on_site' && f.near?.radiusKm !== undefined
        ? sql<SqlBool>`s.activity_id = any(array${activities})`
        : sql<SqlBool>`s.activity_id in ${activities}`,
    );
  }
  return query;
}

const pageColumns = [
  's.id',
  's.starts_at as startsAt',
  's.activity_id as activityId',
  's.place_id as placeId',
] as const;

/** The first `n` remote matches in time order: they have no distance. */
function firstRemote(tx: Tx, f: ResolvedFilters, n: number) {
  return filteredSessions(tx, f, 'remote')
    .select([...pageColumns, parisDay.as('day'), sql<number | null>`null::float8`.as('distanceKm')])
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .limit(n);
}

/** The on-site matches of the days up to that of the `n`-th of them in time order, with their distance. */
function onSiteDays(tx: Tx, f: ResolvedFilters, n: number) {
  const nth = filteredSessions(tx, f, 'on_site')
    .select('s.starts_at')
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .offset(n - 1)
    .limit(1);
  return filteredSessions(tx, f, 'on_site')
    .where(
      sql<SqlBool>`s.starts_at < coalesce((
        select ((b.starts_at at time zone 'Europe/Paris')::date + 1)::timestamp at time zone 'Europe/Paris'
        from (${nth}) b), 'infinity'::timestamptz)`,
    )
    .select([
      ...pageColumns,
      parisDay.as('day'),
      // Per row read (those days' only), by the place's primary key.
      sql<number | null>`(select ${distanceKm(f.near)} from public.places p where p.id = s.place_id)`.as(
        'distanceKm',
      ),
    ]);
}

/**
 * The page's sessions (ids, start, activity, place, day, distance), in the list's order: by Paris day (each
 * day's on-site sessions nearest first, then the remote ones, when a point is given), then time, then id.
 * Without a point the day order is the time order: the partial index on public sessions (starts_at, id)
 * serves it and a page stops at its last row. With a point, the page's first `offset + limit` rows lie
 * among (a) the on-site sessions of the days up to that of the `offset + limit`-th on-site one in time
 * order, and (b) the first `offset + limit` remote ones in time order (remote sessions keep their time
 * order in the list): only those are read, and only (a) get their place's distance (decision 069).
 */
function pageSessions(tx: Tx, f: ResolvedFilters, page: { limit: number; offset: number }) {
  if (!f.near) {
    return filteredSessions(tx, f, 'all')
      .select([...pageColumns, parisDay.as('day'), sql<number | null>`null::float8`.as('distanceKm')])
      .orderBy('s.starts_at')
      .orderBy('s.id')
      .limit(page.limit)
      .offset(page.offset);
  }
  const n = page.offset + page.limit;
  const parts = kindsOf(f).map((kind) =>
    tx.selectFrom((kind === 'remote' ? firstRemote(tx, f, n) : onSiteDays(tx, f, n)).as('part')).selectAll(),
  );
  const [first, ...others] = parts;
  if (!first) throw new Error('a search near a point reads at least one kind of session');
  const both = others.reduce((union, part) => union.unionAll(part), first);
  return tx
    .selectFrom(both.as('k'))
    .selectAll()
    .orderBy('k.day')
    .orderBy(sql`k."distanceKm" asc nulls last`)
    .orderBy('k.startsAt')
    .orderBy('k.id')
    .limit(page.limit)
    .offset(page.offset);
}

/**
 * How many public sessions match, and when the first of them starts (the count is right until then, as
 * the search never lists a session that has begun): each kind's, on the sessions alone (see
 * filteredSessions). Without a filter, the partial index on public sessions answers by itself.
 */
async function countPublicSessions(
  tx: Tx,
  f: ResolvedFilters,
): Promise<{ n: number; firstStartsAtMs: number }> {
  const counts = kindsOf(f).map(
    (kind) =>
      sql`(${filteredSessions(tx, f, kind).select([
        sql`count(*)`.as('n'),
        sql`min(s.starts_at)`.as('first'),
      ])})`,
  );
  const { rows } = await sql<{ n: number; first: number | null }>`
    select sum(c.n)::int as n, (extract(epoch from min(c.first)) * 1000)::float8 as first
    from (${sql.join(counts, sql` union all `)}) c`.execute(tx);
  const row = rows[0];
  return {
    n: Number(row?.n ?? 0),
    firstStartsAtMs: row?.first == null ? Number.POSITIVE_INFINITY : Number(row.first),
  };
}

/**
 * The list's total: the same for every viewer (the visibility filters are explicit), so kept per instance
 * under the public figures' fingerprint, which moves with every write to activities and sessions (decision
 * 048), until the first match starts. A page then costs one statement; the count, which reads every match
 * (60,000 sessions in 30 days on the national map), is paid once a minute at most per search.
 */
function totalOf(tx: Tx, f: ResolvedFilters): Promise<number> {
  // The words are in the key; the activities they matched are what the words say under this fingerprint.
  const { after, matched: _, ...search } = f;
  return cachedPublicFigures(
    tx,
    `catalogueTotal:${JSON.stringify(search)}`,
    (t) => countPublicSessions(t, f),
    {
      at: Date.parse(after),
      validUntil: (count) => count.firstStartsAtMs,
    },
  ).then((count) => count.n);
}

/**
 * One page of the list, with what a card shows: the activity, the place and its commune, and the seats
 * taken, for the page's sessions only. Exported for the benchmarks' EXPLAIN.
 */
export function publicSessionsPageQuery(tx: Tx, f: ResolvedFilters, page: { limit: number; offset: number }) {
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
  const matched = f.words.length > 0 ? await cachedMatchingActivities(tx, f.words) : undefined;
  if (matched?.length === 0) return { total: 0, sessions: [] };
  const resolved: ResolvedFilters = matched ? { ...f, matched } : f;
  const rows = await publicSessionsPageQuery(tx, resolved, page).execute();
  // A page that is not full ends the list; a first page empty has nothing to count. Otherwise (a full page,
  // or past the last one, which still says how many there are) the cached total.
  const total =
    rows.length > 0 && rows.length < page.limit
      ? page.offset + rows.length
      : rows.length === 0 && page.offset === 0
        ? 0
        : await totalOf(tx, resolved);
  return {
    total,
    sessions: rows.map((row) => ({
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
