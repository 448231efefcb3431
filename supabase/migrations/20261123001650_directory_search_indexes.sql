-- Directory search speed (issue 3), measured with EXPLAIN ANALYZE on the generated network dataset.
--
-- 1. Under row-level security, Postgres may not use a non-leakproof operator (full text `@@`, trigram
--    `<%`) as an index condition ahead of the policy's own condition: as `anon`, every word of a search
--    was checked by a sequential scan computing word_similarity on every place (~55 ms for one word on
--    1,842 places; 0.5 ms as the table owner with the same indexes). This function finds the public
--    places matching one word as its owner, where both GIN indexes (full text and trigrams) serve the
--    `or` as a BitmapOr. It returns only ids of published, visible places, which anyone may read anyway.
create function private.public_places_matching(word text) returns setof uuid
language sql stable security definer set search_path = '' rows 50
as $$
  select p.id from public.places p
  where p.status = 'published' and p.hidden_at is null
    and (p.search_vector @@ to_tsquery('french'::regconfig, word || ':*')
      or word operator(extensions.<%) p.search_document)
$$;

revoke execute on function private.public_places_matching(text) from public;
grant execute on function private.public_places_matching(text) to anon, authenticated, service_role;

-- 2. "Près de" looks a commune up by unaccented, lower-case name with trigram similarity: the existing
--    index is on the raw name, so each lookup scanned 35,000 communes (~110–170 ms); 1.4 ms with this one.
create index communes_name_unaccent_trgm_idx on public.communes
  using gin (private.unaccent(lower(name)) extensions.gin_trgm_ops);
