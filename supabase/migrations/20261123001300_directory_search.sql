-- Public directory search: French full-text search that forgives accents and typos, in any word order.
--
-- Each place keeps a search document (lower-case, unaccented) of its name, commune, carrier, summary,
-- description, services and kinds, maintained by a trigger because it reads the commune's name from the
-- reference table. Two indexes serve the search: full text (French stemming, so "ateliers" finds
-- "atelier") and trigrams (so "concarnau" finds "Concarneau" through word similarity).

alter table public.places add column search_document text not null default '';
alter table public.places add column search_vector tsvector
  generated always as (to_tsvector('french'::regconfig, search_document)) stored;

create function private.place_search_document(place public.places) returns text
language sql stable security definer set search_path = ''
as $$
  select private.unaccent(lower(concat_ws(' ',
    place.name,
    (select c.name from public.communes c where c.code = place.commune_code),
    place.postal_code,
    place.carrier_name,
    place.summary,
    place.description,
    array_to_string(place.services, ' '),
    array_to_string(place.kinds, ' ')
  )))
$$;

create function private.set_place_search_document() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.search_document := private.place_search_document(new);
  return new;
end
$$;

create trigger places_search_document
  before insert or update of name, commune_code, postal_code, carrier_name, summary, description, services, kinds
  on public.places
  for each row execute function private.set_place_search_document();

-- Existing places: fill the document without touching date_maj or the admin-only guard.
alter table public.places disable trigger places_touch;
alter table public.places disable trigger places_admin_only;
update public.places p set search_document = private.place_search_document(p);
alter table public.places enable trigger places_touch;
alter table public.places enable trigger places_admin_only;

create index places_search_vector_idx on public.places using gin (search_vector);
create index places_search_document_trgm_idx on public.places
  using gin (search_document extensions.gin_trgm_ops);
-- Filters of the public list.
create index places_fees_idx on public.places using gin (fees);
create index places_specific_support_idx on public.places using gin (specific_support);
create index places_public_name_idx on public.places (name, id) where status = 'published' and hidden_at is null;

revoke execute on all functions in schema private from public;
grant execute on function private.place_search_document(public.places) to anon, authenticated, service_role;
