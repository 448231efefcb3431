-- Public pages at the national map's scale (issue 15, decision 068): 20,000 places, 12,000 activities,
-- 240,000 sessions.
--
-- 1. The directory's text search scores its candidates set-wise. `private.public_place_matches` (20261206120855)
--    checked each candidate's similarity to each query word with a correlated subquery per (candidate, word):
--    a probe of the postings per similar word, under a sort and a memoize per candidate (1,761 candidates of
--    "atelir numerik": 8,000 probes, 32,000 buffers, 25 ms). The postings of every similar word are now read
--    once (one index-only scan of (word, place_id)), kept for the candidates by a hash, and aggregated per
--    candidate; a word without a
--    similar word falls back, as before, to the similarity on the document of a full-text match. The pivot's
--    count stops at 5,000 postings (it only chooses which word gives the candidates). Same rows, same
--    similarities.
-- 2. The catalogue's text search checks visibility on the activities that match every word only, by the
--    activity's own flag (`place_public`, decision 054), instead of joining each word's matches (2,900 rows for
--    "impresion 3d") to their activity and their place before grouping.
-- 3. Public sessions by activity: the catalogue's filters on the activity (theme, fees, words, remote) are a
--    set of activities whose upcoming public sessions are read by this index alone (index-only: id and place
--    are included), instead of joining every session of the period to its activity and its place.

-- 1. The directory's text search ------------------------------------------------------------------------

create or replace function private.public_place_matches(words text[])
returns table (place_id uuid, similarities real[])
language plpgsql stable security definer set search_path = '' rows 200
as $$
begin
  -- PL/pgSQL rather than SQL: its statement's plan is kept from one call to the next (~2 ms of planning).
  return query
  with q as materialized (
    select u.i, u.w, to_tsquery('french'::regconfig, u.w || ':*') as tsq
    from unnest(words) with ordinality as u (w, i)
  ),
  similar_words as materialized (
    select q.i, l.word, extensions.word_similarity(q.w, l.word) as sim
    from q join private.search_lexicon l on q.w operator(extensions.<%) l.word
  ),
  -- The word with the fewest places by trigrams gives the candidates; the others are checked on those.
  -- Counting past 5,000 postings would not change the choice much and costs a word like "numerique"
  -- (14,000 places) its whole list.
  pivot as materialized (
    select q.i from q
    order by (select count(*) from (select from private.place_search_words pw
      where pw.word = any (array(select sw.word from similar_words sw where sw.i = q.i)) limit 5000) n), q.i
    limit 1
  ),
  candidates as materialized (
    select pw.place_id from private.place_search_words pw
    where pw.word = any (array(select sw.word from similar_words sw where sw.i = (select i from pivot)))
    union
    select p.id from q join public.places p on p.search_vector @@ q.tsq
    where q.i = (select i from pivot)
  ),
  -- The candidates' postings of every similar word: the similar words' postings in one index-only scan of the
  -- primary key (word, place_id), hashed against the candidates. (With the candidates as an array too, the
  -- planner may pick the index on place_id instead, and recheck thousands of other words' postings.)
  postings as materialized (
    select pw.word, pw.place_id from private.place_search_words pw
    where pw.word = any (array(select sw.word from similar_words sw))
      and pw.place_id in (select c.place_id from candidates c)
  ),
  -- Per candidate, the query words it has a similar word for, each with its best similarity (a word may have
  -- several similar lexicon words), in the order given.
  by_trigrams as materialized (
    select w.place_id, array_agg(w.i order by w.i) as words, array_agg(w.sim order by w.i) as similarities
    from (select sw.i, po.place_id, max(sw.sim) as sim
      from postings po join similar_words sw on sw.word = po.word
      group by sw.i, po.place_id) w
    group by w.place_id
  ),
  -- The public candidates with each word's similarity: the lexicon's when every word has one (nearly all of
  -- them); else, per word, the lexicon's or, for a full-text match, computed on the document (null: no match).
  scored as (
    select p.id, case when cardinality(t.words) = (select count(*) from q) then t.similarities else array(
        select coalesce(t.similarities[array_position(t.words, q.i)],
          case when p.search_vector @@ q.tsq then extensions.word_similarity(q.w, p.search_document) end)
        from q order by q.i) end as similarities
    from candidates c join public.places p on p.id = c.place_id
      left join by_trigrams t on t.place_id = c.place_id
    where p.status = 'published' and p.hidden_at is null
  )
  select s.id, s.similarities from scored s where array_position(s.similarities, null) is null;
end
$$;

-- 2. The catalogue's text search ----------------------------------------------------------------------

create or replace function private.public_activity_matches(words text[])
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
  ),
  every_word as (
    select pw.id from per_word pw group by pw.id having count(*) = (select count(*) from q)
  )
  -- Public: published, not hidden, at a public place (the flag the triggers keep, decision 054).
  select a.id from every_word e join public.activities a on a.id = e.id
  where a.status = 'published' and a.hidden_at is null and a.place_public;
end
$$;

-- 3. Public sessions by activity ------------------------------------------------------------------------

create index sessions_public_activity_idx on public.sessions (activity_id, starts_at) include (id, place_id)
  where activity_public and status = 'scheduled';
