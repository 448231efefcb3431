-- Public pages at network scale (issue 15, decision 041): the directory's text search finds its candidates
-- through a lexicon instead of checking every place's whole document, and ranks only those candidates.
--
-- Before: each word ran private.public_places_matching (20261123001650), whose trigram half rechecked
-- word_similarity(word, search_document) on every place the GIN index proposed: a common word with a typo
-- ("numerik") proposes ~90% of the places, at ~25 µs per 200-character document (74 ms on 1,800 places,
-- ~800 ms on 20,000); the ranking then computed it again for every match.
--
-- Now: the distinct words of the places' documents (a lexicon of ~5,400 words for 1,800 places) carry the
-- trigram index; a query word finds its similar lexicon words (short strings, a few hundred checks), and the
-- postings (word → places) give the places and each one's best similarity, which is what the ranking used.
-- The match is the same except in one corner: word_similarity over a whole document may also match an
-- extent that straddles two words ("de" in "bellegarde du", 2 of 1,842 places for that two-letter word);
-- a word now matches a word. Full text (French stemming, prefix) is unchanged.

create table private.search_lexicon (
  word text primary key
);

-- No foreign key to places: a merge moves every place-valued column to the kept place (20261123001600),
-- which would give it the duplicate's words; a trigger keeps these rows instead, deletion included.
create table private.place_search_words (
  word text not null,
  place_id uuid not null,
  primary key (word, place_id)
);
create index place_search_words_place_id_idx on private.place_search_words (place_id);

-- Read and written only by the owner's functions and triggers below: RLS on, no policy, no grant.
alter table private.search_lexicon enable row level security;
alter table private.place_search_words enable row level security;
revoke all on private.search_lexicon, private.place_search_words from public, anon, authenticated;

-- The words of a search document as pg_trgm splits it: runs of letters and digits.
create function private.search_words_of(document text) returns setof text
language sql immutable set search_path = ''
as $$
  select distinct w from regexp_split_to_table(document, '[^[:alnum:]]+') as w where w <> ''
$$;

create function private.sync_place_search_words() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    delete from private.place_search_words where place_id = old.id;
  end if;
  if tg_op = 'DELETE' then
    return null;
  end if;
  insert into private.search_lexicon (word)
    select w from private.search_words_of(new.search_document) as w
    on conflict do nothing;
  insert into private.place_search_words (word, place_id)
    select w, new.id from private.search_words_of(new.search_document) as w;
  return null;
end
$$;

create trigger places_search_words_insert
  after insert on public.places
  for each row execute function private.sync_place_search_words();
create trigger places_search_words_update
  after update on public.places
  for each row when (old.search_document is distinct from new.search_document)
  execute function private.sync_place_search_words();
create trigger places_search_words_delete
  after delete on public.places
  for each row execute function private.sync_place_search_words();

insert into private.search_lexicon (word)
  select distinct w from public.places p cross join private.search_words_of(p.search_document) as w;
insert into private.place_search_words (word, place_id)
  select w, p.id from public.places p cross join private.search_words_of(p.search_document) as w;
-- After the load; no pending list (fastupdate), since a new word is rare and a search reads the index.
create index search_lexicon_word_trgm_idx on private.search_lexicon
  using gin (word extensions.gin_trgm_ops) with (fastupdate = off);

-- The public places matching every word (full text, prefix and stemmed; or a word of the document similar
-- by trigrams), each with, per word in the order given, word_similarity(word, document) as the ranking
-- used it: from the lexicon when a similar word was found, else computed (a full-text-only match).
-- Security definer: under row-level security Postgres may not use these operators' indexes (see
-- 20261123001650); it returns only published, visible places, which anyone may read anyway.
create function private.public_place_matches(words text[])
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
  pivot as materialized (
    select q.i from q
    order by (select count(*) from private.place_search_words pw
      where pw.word = any (array(select sw.word from similar_words sw where sw.i = q.i))), q.i
    limit 1
  ),
  candidates as materialized (
    select pw.place_id from private.place_search_words pw
    where pw.word = any (array(select sw.word from similar_words sw where sw.i = (select i from pivot)))
    union
    select p.id from q join public.places p on p.search_vector @@ q.tsq
    where q.i = (select i from pivot)
  ),
  scored as materialized (
    select p.id,
      array(
        select coalesce(
          (select max(sw.sim) from similar_words sw
            join private.place_search_words pw on pw.word = sw.word and pw.place_id = p.id
            where sw.i = q.i),
          case when p.search_vector @@ q.tsq then extensions.word_similarity(q.w, p.search_document) end)
        from q order by q.i) as similarities
    from candidates c join public.places p on p.id = c.place_id
    where p.status = 'published' and p.hidden_at is null
  )
  select s.id, s.similarities from scored s where array_position(s.similarities, null) is null;
end
$$;

revoke execute on function private.public_place_matches(text[]) from public;
grant execute on function private.public_place_matches(text[]) to anon, authenticated, service_role;
revoke execute on function private.search_words_of(text) from public;
revoke execute on function private.sync_place_search_words() from public;

drop function private.public_places_matching(text);

-- The catalogue's list walks upcoming scheduled sessions in time order and stops at its page (the day
-- order is the time order); this index serves both that walk and the tie on id.
create index sessions_scheduled_starts_at_id_idx on public.sessions (starts_at, id) where status = 'scheduled';
