-- The publication's version (decision 064, following 048): one more counter in
-- `private.public_figures_versions`, bumped by statement-level triggers in the writing transaction whenever a
-- statement may change the one publication of activity (decision 038) or what its readers show with it.
-- Each server instance keeps the publication, and the published dashboards built from it, under
-- `private.publication_fingerprint()`, so a share page or an observer's dashboard reads one tiny statement
-- instead of recomputing the quarters' fingerprints and the places on every request.
--
-- What the publication reads, and so what bumps it:
-- - reports: which are validated, when (a report validated again is a new version), for which place and
--   period. Saving a draft's narrative or indicators does not bump it.
-- - places: the places it names and how (name, position, hub, public or not) and what places them in the
--   table (commune, QPV / rural). Contact details, opening hours and counters do not bump it.
-- - communes, départements, régions: a place's département and région, and their names.
-- - not the exact counts: the records of a validated period are frozen (decision 036), so what a validated
--   report covers changes only with the report (the server's per-quarter cache of 038 relies on the same).
-- Statement-level: a bulk load bumps once per statement.

insert into private.public_figures_versions (figures) values ('publication');

create trigger reports_publication_version
  after insert or delete or update of status, reviewed_at, place_id, period, period_start on public.reports
  for each statement execute function private.bump_public_figures_version('publication');
create trigger places_publication_version
  after insert or delete or update of id, name, latitude, longitude, commune_code, hub_fabrique_id, status,
    hidden_at, is_qpv, is_rural on public.places
  for each statement execute function private.bump_public_figures_version('publication');
create trigger communes_publication_version
  after insert or update or delete on public.communes
  for each statement execute function private.bump_public_figures_version('publication');
create trigger departements_publication_version
  after insert or update or delete on public.departements
  for each statement execute function private.bump_public_figures_version('publication');
create trigger regions_publication_version
  after insert or update or delete on public.regions
  for each statement execute function private.bump_public_figures_version('publication');

create trigger reports_truncate_publication_version
  after truncate on public.reports
  for each statement execute function private.bump_public_figures_version('publication');
create trigger places_truncate_publication_version
  after truncate on public.places
  for each statement execute function private.bump_public_figures_version('publication');
create trigger communes_truncate_publication_version
  after truncate on public.communes
  for each statement execute function private.bump_public_figures_version('publication');
create trigger departements_truncate_publication_version
  after truncate on public.departements
  for each statement execute function private.bump_public_figures_version('publication');
create trigger regions_truncate_publication_version
  after truncate on public.regions
  for each statement execute function private.bump_public_figures_version('publication');

-- The public figures of 048 do not read the publication: their fingerprint leaves its counter out, so a
-- validation or a place renamed does not empty the home page's and the directory's caches.
create or replace function private.public_figures_fingerprint() returns text
language sql stable security definer set search_path = ''
as $$
  select concat_ws(':', current_database(), pg_postmaster_start_time()::text,
    (select string_agg(v.figures || '=' || v.version, ',' order by v.figures)
      from private.public_figures_versions v where v.figures <> 'publication'),
    current_date::text)
$$;

-- What the server's copy of the publication is keyed by: the database (two databases never share an
-- entry; a restored one restarts) and the version. The service role only: the publication is read with it.
create function private.publication_fingerprint() returns text
language sql stable security definer set search_path = ''
as $$
  select concat_ws(':', current_database(), pg_postmaster_start_time()::text,
    (select v.version::text from private.public_figures_versions v where v.figures = 'publication'))
$$;
revoke execute on function private.publication_fingerprint() from public;
grant execute on function private.publication_fingerprint() to service_role;
