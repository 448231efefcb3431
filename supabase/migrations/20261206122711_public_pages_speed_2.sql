-- Public pages at network scale, continued (issue 15; decisions 041 and 048).
--
-- 1. Row-level security without a set per query. The anon (and authenticated) read policies of
--    place_labels and place_photos said `place_id in (select private.published_place_ids())`: a
--    security-definer set-returning function, which the planner cannot inline, so every read built the whole
--    set of public ids as a hashed subplan (~1 ms at 1,842 places, ~10 ms at 20,000) even to show one
--    place's labels. They now ask
--    `exists (select 1 from private.public_places v where v.id = <row>.place_id)`: a plain view (owned by the
--    migrations' role, so it reads `places` as its owner, as the security-definer function did) that the
--    planner inlines; the EXISTS becomes an index probe per row read, or one hashed set when a statement reads
--    many rows (Postgres picks per plan node, AlternativeSubPlan). Who sees what does not change: the view is
--    the function's query, the authenticated policies keep their other branches word for word, and
--    rls-public-places.integration.test.ts compares the rows each actor sees under the old and new rules.
-- 2. The catalogue's text search gets the directory's lexicon (20261206120855): the distinct words of the
--    activities' search documents carry the trigram index, and `private.public_activity_matches(words)` finds
--    the public activities matching every word from their similar words' postings, instead of checking
--    word_similarity(word, search_document) on every public activity.
-- 3. "Near a commune" without radius orders by the KNN operator on a GiST index of the public places' points,
--    which returns places without coordinates last, so a page reads about its own rows.
-- 4. Versions of what the public figures (network counts, directory and catalogue facets) read, bumped by
--    statement-level triggers, so each instance's short-lived cache of them is dropped by the first request
--    after a write (decision 048).

-- 1. Row-level security ---------------------------------------------------------------------------------

-- The places anyone may see. A view, not a function: inlined into the policies below. Not security invoker:
-- it reads `places` with its owner's rights, exactly as private.published_place_ids() (security definer) did.
create view private.public_places as
  select p.id from public.places p where p.status = 'published' and p.hidden_at is null;
revoke all on private.public_places from public, anon, authenticated;
grant select on private.public_places to anon, authenticated, service_role;

alter policy "select: published places (anon)" on public.place_labels
  using (exists (select 1 from private.public_places v where v.id = place_labels.place_id));
alter policy "select: published places, the team, observers, network admins" on public.place_labels
  using (
    exists (select 1 from private.public_places v where v.id = place_labels.place_id)
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
    or (select private.is_observer())
  );

alter policy "select: published places (anon)" on public.place_photos
  using (exists (select 1 from private.public_places v where v.id = place_photos.place_id));
alter policy "select: published places, the team, observers, network admins" on public.place_photos
  using (
    exists (select 1 from private.public_places v where v.id = place_photos.place_id)
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
    or (select private.is_observer())
  );

-- activities and sessions keep `place_id in (select private.published_place_ids())` and
-- `activity_id in (select private.public_activity_ids())`. Written as an EXISTS (on this view, and on a view
-- of the public activities), a page of 20 sessions probed 40 index entries instead of building ~1,100 ids,
-- but the catalogue's count and facets, which reach every upcoming session through its activity in a nested
-- loop, then probed indexes per row: Postgres chooses between the per-row and the hashed form of a subplan
-- from the estimated rows of one loop of the scan that holds it (~1 to 4), not of the statement (4,696
-- sessions, 1,094 activities), and picked per-row: the count went from 1,062 to 7,520 buffers (sessions:
-- 28,176). The list pages are not worth that. Left in decision 041: a trigger-kept table of public
-- activity ids, cheap to probe and to hash, or a session column saying it is public.

-- 2. The catalogue's text search ------------------------------------------------------------------------

create table private.activity_search_lexicon (
  word text primary key
);
-- No foreign key, as for the places' postings: a trigger keeps these rows, deletion included.
create table private.activity_search_words (
  word text not null,
  activity_id uuid not null,
  primary key (word, activity_id)
);
create index activity_search_words_activity_id_idx on private.activity_search_words (activity_id);
alter table private.activity_search_lexicon enable row level security;
alter table private.activity_search_words enable row level security;
revoke all on private.activity_search_lexicon, private.activity_search_words from public, anon, authenticated;

create function private.sync_activity_search_words() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    delete from private.activity_search_words where activity_id = old.id;
  end if;
  if tg_op = 'DELETE' then
    return null;
  end if;
  insert into private.activity_search_lexicon (word)
    select w from private.search_words_of(new.search_document) as w
    on conflict do nothing;
  insert into private.activity_search_words (word, activity_id)
    select w, new.id from private.search_words_of(new.search_document) as w;
  return null;
end
$$;
revoke execute on function private.sync_activity_search_words() from public;

create trigger activities_search_words_insert
  after insert on public.activities
  for each row execute function private.sync_activity_search_words();
create trigger activities_search_words_update
  after update on public.activities
  for each row when (old.search_document is distinct from new.search_document or old.id is distinct from new.id)
  execute function private.sync_activity_search_words();
create trigger activities_search_words_delete
  after delete on public.activities
  for each row execute function private.sync_activity_search_words();

insert into private.activity_search_lexicon (word)
  select distinct w from public.activities a cross join private.search_words_of(a.search_document) as w;
insert into private.activity_search_words (word, activity_id)
  select w, a.id from public.activities a cross join private.search_words_of(a.search_document) as w;
create index activity_search_lexicon_word_trgm_idx on private.activity_search_lexicon
  using gin (word extensions.gin_trgm_ops) with (fastupdate = off);

-- The public activities matching every word: by French full text (prefix, stemmed) or by a word of the
-- document similar by trigrams (`<%`, pg_trgm.word_similarity_threshold), the catalogue's rule. Each word's
-- activities come from the full-text index and from the postings of its similar lexicon words (a few hundred
-- lexicon words: activities' documents are short and alike), and an activity must be found for every word.
-- Security definer for the same reason as private.public_place_matches; it returns only public activities,
-- which anyone may read.
create function private.public_activity_matches(words text[])
returns table (activity_id uuid)
language plpgsql stable security definer set search_path = '' rows 100
as $$
begin
  return query
  with q as materialized (
    select u.i, u.w, to_tsquery('french'::regconfig, u.w || ':*') as tsq
    from unnest(words) with ordinality as u (w, i)
  ),
  per_word as materialized (
    select q.i, aw.activity_id as id
    from q join private.activity_search_lexicon l on q.w operator(extensions.<%) l.word
    join private.activity_search_words aw on aw.word = l.word
    union
    select q.i, a.id from q join public.activities a on a.search_vector @@ q.tsq
  )
  select pw.id from per_word pw
  join public.activities a on a.id = pw.id
  join public.places p on p.id = a.place_id
  where a.status = 'published' and a.hidden_at is null and p.status = 'published' and p.hidden_at is null
  group by pw.id
  having count(*) = (select count(*) from q);
end
$$;
revoke execute on function private.public_activity_matches(text[]) from public;
grant execute on function private.public_activity_matches(text[]) to anon, authenticated, service_role;

-- 3. Nearest places first -------------------------------------------------------------------------------

-- Public places only, coordinates or not (a GiST index keeps null keys and a KNN scan returns them last, as
-- `order by … nulls last` wants): a page ordered by `ll_to_earth(…) <-> point` reads about its own rows.
-- `<->` on cubes is the straight-line distance, which earth_distance turns into the great-circle one by an
-- increasing function: the same order.
create index places_public_location_idx on public.places
  using gist (extensions.ll_to_earth(latitude, longitude)) where status = 'published' and hidden_at is null;

-- 4. Public figures' version (decision 048) -------------------------------------------------------------

-- One row per group of figures; `version` moves (in the writing transaction, so a reader sees it with the
-- data) whenever a statement may have changed what they read. Statement-level: a bulk load bumps it once
-- per statement. Places: only the columns the figures read, so unrelated place updates (contact details,
-- counters) do not wait on this row.
create table private.public_figures_versions (
  figures text primary key,
  version bigint not null default 0
);
alter table private.public_figures_versions enable row level security;
revoke all on private.public_figures_versions from public, anon, authenticated;
insert into private.public_figures_versions (figures) values ('places'), ('catalogue');

create function private.bump_public_figures_version() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  update private.public_figures_versions set version = version + 1 where figures = tg_argv[0];
  return null;
end
$$;
revoke execute on function private.bump_public_figures_version() from public;

create trigger places_public_figures_version
  after insert or delete or update of status, hidden_at, kinds, commune_code, id on public.places
  for each statement execute function private.bump_public_figures_version('places');
create trigger place_labels_public_figures_version
  after insert or update or delete on public.place_labels
  for each statement execute function private.bump_public_figures_version('places');
create trigger labels_public_figures_version
  after insert or update or delete on public.labels
  for each statement execute function private.bump_public_figures_version('places');
create trigger communes_public_figures_version
  after insert or update or delete on public.communes
  for each statement execute function private.bump_public_figures_version('places');
create trigger truncate_public_figures_version
  after truncate on public.places
  for each statement execute function private.bump_public_figures_version('places');

-- The catalogue's facets (themes of public activities with upcoming sessions) also follow activities and
-- sessions. Sessions are written by publishing (schedule, edit, cancel), never by a booking.
create trigger activities_public_figures_version
  after insert or delete or update of status, hidden_at, themes, place_id on public.activities
  for each statement execute function private.bump_public_figures_version('catalogue');
create trigger sessions_public_figures_version
  after insert or delete or update of status, starts_at, activity_id on public.sessions
  for each statement execute function private.bump_public_figures_version('catalogue');

-- What a cache of the public figures is keyed by: the database (so two databases never share an entry), the
-- version, and the day (labels are current between two dates).
create function private.public_figures_fingerprint() returns text
language sql stable security definer set search_path = ''
as $$
  select concat_ws(':', current_database(), pg_postmaster_start_time()::text,
    (select string_agg(v.figures || '=' || v.version, ',' order by v.figures) from private.public_figures_versions v),
    current_date::text)
$$;
revoke execute on function private.public_figures_fingerprint() from public;
grant execute on function private.public_figures_fingerprint() to anon, authenticated, service_role;
