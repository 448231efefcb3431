-- The directory's text search at the national map's scale (issue 15, decision 070): "atelir numerik" on
-- 20,000 places, 2,005 candidates, 1,761 matches. Same rows, same similarities, same order.
--
-- 1. Each candidate's similarity per query word (`by_trigrams`) is one hash join of the similar words'
--    postings with the candidates and one aggregate per candidate, a `max(...) filter (where i = k)` per
--    word position (the search has at most 8 words, `MAX_SEARCH_WORDS`), instead of a postings CTE, a
--    sort and aggregate per (word, candidate), then a sort and two ordered array_agg per candidate. More than
--    8 words (no caller sends them) take the former statement.
-- 2. Publicness is checked in `places_public_id_idx` (public places' ids: 79 pages for 20,000 places),
--    index-only, instead of a probe of the places' heap per candidate (3 buffers each, 6,000 in all); the
--    heap is read only for the candidates a word matched by full text alone (the fallback on the document).
--    The candidates are the union's, already distinct: no second de-duplication before the join.

create index places_public_id_idx on public.places (id) where status = 'published' and hidden_at is null;

create or replace function private.public_place_matches(words text[])
returns table (place_id uuid, similarities real[])
language plpgsql stable security definer set search_path = '' rows 200
as $$
begin
  -- PL/pgSQL rather than SQL: its statements' plans are kept from one call to the next (~2 ms of planning).
  if cardinality(words) <= 8 then
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
    -- Per candidate, each query word's best similarity (a word may have several similar lexicon words), in
    -- the order given; null where the candidate has no similar word for it. The similar words' postings are
    -- read in one index-only scan of the primary key (word, place_id) and hashed against the candidates.
    by_trigrams as materialized (
      select c.place_id, (array[max(sw.sim) filter (where sw.i = 1), max(sw.sim) filter (where sw.i = 2),
          max(sw.sim) filter (where sw.i = 3), max(sw.sim) filter (where sw.i = 4),
          max(sw.sim) filter (where sw.i = 5), max(sw.sim) filter (where sw.i = 6),
          max(sw.sim) filter (where sw.i = 7), max(sw.sim) filter (where sw.i = 8)])
          [1:(select count(*)::int from q)] as similarities
      from private.place_search_words pw
        join candidates c on c.place_id = pw.place_id
        join similar_words sw on sw.word = pw.word
      where pw.word = any (array(select sw.word from similar_words sw))
      group by c.place_id
    ),
    -- The public candidates with each word's similarity: the lexicon's when every word has one (nearly all of
    -- them); else, per word, the lexicon's or, for a full-text match, computed on the document (null: no
    -- match), which alone reads the place's row.
    scored as (
      select c.place_id as id,
        case when t.similarities is not null and array_position(t.similarities, null) is null then t.similarities
        else (select array(
            select coalesce(t.similarities[q.i],
              case when p.search_vector @@ q.tsq then extensions.word_similarity(q.w, p.search_document) end)
            from q order by q.i)
          from public.places p where p.id = c.place_id) end as similarities
      from candidates c left join by_trigrams t on t.place_id = c.place_id
      where exists (select from public.places p
        where p.id = c.place_id and p.status = 'published' and p.hidden_at is null)
    )
    select s.id, s.similarities from scored s where array_position(s.similarities, null) is null;
    return;
  end if;
  -- The former statement (20261206211631), for any number of words.
  return query
  with q as materialized (
    select u.i, u.w, to_tsquery('french'::regconfig, u.w || ':*') as tsq
    from unnest(words) with ordinality as u (w, i)
  ),
  similar_words as materialized (
    select q.i, l.word, extensions.word_similarity(q.w, l.word) as sim
    from q join private.search_lexicon l on q.w operator(extensions.<%) l.word
  ),
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
  postings as materialized (
    select pw.word, pw.place_id from private.place_search_words pw
    where pw.word = any (array(select sw.word from similar_words sw))
      and pw.place_id in (select c.place_id from candidates c)
  ),
  by_trigrams as materialized (
    select w.place_id, array_agg(w.i order by w.i) as words, array_agg(w.sim order by w.i) as similarities
    from (select sw.i, po.place_id, max(sw.sim) as sim
      from postings po join similar_words sw on sw.word = po.word
      group by sw.i, po.place_id) w
    group by w.place_id
  ),
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
