-- Public catalogue of workshops and trainings (`/ateliers`): text search over an activity's title and
-- description that forgives accents and typos, like the directory's (20261123001300).
--
-- The search document is a generated column: unlike a place's, it reads nothing outside its own row
-- (private.unaccent is immutable), so no trigger is needed.

alter table public.activities add column search_document text
  generated always as (
    private.unaccent(lower(coalesce(title, '') || ' ' || coalesce(description, '')))
  ) stored;
alter table public.activities add column search_vector tsvector
  generated always as (
    to_tsvector('french'::regconfig,
      private.unaccent(lower(coalesce(title, '') || ' ' || coalesce(description, ''))))
  ) stored;

-- At today's volume the planner scans the ~1,100 public activities; these serve a catalogue that grows.
create index activities_search_vector_idx on public.activities using gin (search_vector);
create index activities_search_document_trgm_idx on public.activities
  using gin (search_document extensions.gin_trgm_ops);
-- No other index: on the generated network (1,100 activities, 8,700 sessions; bench/results/booking-*),
-- EXPLAIN shows the date range served by `sessions_starts_at_idx` (partial on scheduled sessions) and a
-- theme by the existing GIN index on themes or a scan of the few activities.
