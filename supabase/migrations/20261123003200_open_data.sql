-- The anonymised open-data export of activity (/donnees/activite.csv): participants per public place and
-- quarter, by tranche d'âge, genre, statut social and theme, from the months that a VALIDATED report of the
-- place covers — nothing a place has not had validated leaves the platform.
--
-- Anyone may download the file, but the pre-aggregates it reads are for managers, admins and observers
-- only (RLS), hence security definer. The function returns the exact counts: the API applies the
-- statistical secrecy (small cells and their partners hidden) before anything is written out, so it lives
-- in `private` (not exposed by the Data API) and is only called by the server.

create function private.open_data_activity()
returns table (
  quarter date,
  place_id uuid,
  place_name text,
  departement_code text,
  departement_name text,
  dimension text,
  code text,
  participants bigint
)
language sql
stable
security definer
set search_path = ''
as $$
  select date_trunc('quarter', a.month)::date, p.id, p.name, d.code, d.name, a.dimension, a.code,
    sum(a.participants)::bigint
  from public.activity_monthly_aggregates a
  join public.places p on p.id = a.place_id
  join public.communes c on c.code = p.commune_code
  join public.departements d on d.code = c.departement_code
  where p.status = 'published' and p.hidden_at is null
    and a.dimension in ('total', 'theme', 'genre', 'tranche_age', 'statut_social')
    -- A quarter and the year that contains it may both be validated: `exists`, never a join, so nothing
    -- counts twice.
    and exists (
      select 1 from public.reports r
      where r.place_id = a.place_id and r.status = 'validated'
        and r.period_start <= a.month and a.month < r.period_end
    )
  group by 1, 2, 3, 4, 5, 6, 7
$$;
grant execute on function private.open_data_activity() to anon, authenticated, service_role;

revoke execute on all functions in schema private from public;
