-- Pre-aggregates of activity records, so dashboards over years of a whole network (about 2 million records)
-- read a few thousand rows instead of unnesting every record's themes and counts. One row per place, month,
-- dimension and code; statement-level triggers with transition tables keep them exactly equal to a fresh
-- computation, one grouped upsert per statement (a bulk load of 10,000 records costs one statement, not
-- 10,000 row triggers). And the shareable read-only links to a dashboard.

create table public.activity_monthly_aggregates (
  -- No foreign key on purpose: the aggregates follow the records (which follow their place, deleted or
  -- merged), by the triggers only; a key would make a place merge move them a second time.
  place_id uuid not null,
  -- First day of the month of the records' date.
  month date not null check (extract(day from month) = 1),
  -- 'total' (code ''), or a breakdown: a theme, a genre, a tranche d'âge, a statut social — records without
  -- a breakdown count their participants under the code 'non_renseigne'.
  dimension text not null check (dimension in ('total', 'theme', 'genre', 'tranche_age', 'statut_social')),
  code text not null,
  -- Sums over the records of the place and month that fall under this code.
  records integer not null,
  individual integer not null,
  collective integer not null,
  participants integer not null,
  minutes integer not null,
  deja_accompagne integer not null,
  primary key (place_id, month, dimension, code)
);
-- Network and territory dashboards read a range of months of one dimension across places.
create index activity_monthly_aggregates_month_idx on public.activity_monthly_aggregates (dimension, month);
-- Rows whose records all went away are removed right after each change: find them without a scan.
create index activity_monthly_aggregates_empty_idx on public.activity_monthly_aggregates (place_id)
  where records = 0;

-- The signed aggregate rows of `source`, a query over activity records with a `sign` column (1 for rows
-- to add, -1 for rows to take away). Grouped, so each key appears once; keys whose sums all cancel out
-- (an update that changed nothing counted) are dropped.
create function private.activity_aggregate_deltas_sql(source text) returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select format($q$
    select s.place_id, date_trunc('month', s.date)::date as month, d.dimension, d.code,
      sum(s.sign)::integer as records,
      coalesce(sum(s.sign) filter (where s.type = 'individuel'), 0)::integer as individual,
      coalesce(sum(s.sign) filter (where s.type = 'collectif'), 0)::integer as collective,
      sum(s.sign * d.participants)::integer as participants,
      sum(s.sign * s.duration_minutes)::integer as minutes,
      sum(s.sign * s.deja_accompagne)::integer as deja_accompagne
    from (%s) s
    cross join lateral (
      select 'total'::text, ''::text, s.participants_total
      union all
      select 'theme', t.code, s.participants_total from (select distinct unnest(s.themes)) t (code)
      union all
      select 'genre', c.key, c.value::integer
      from jsonb_each_text(coalesce(s.counts_by_genre, jsonb_build_object('non_renseigne', s.participants_total))) c
      union all
      select 'tranche_age', c.key, c.value::integer
      from jsonb_each_text(
        coalesce(s.counts_by_tranche_age, jsonb_build_object('non_renseigne', s.participants_total))) c
      union all
      select 'statut_social', c.key, c.value::integer
      from jsonb_each_text(
        coalesce(s.counts_by_statut_social, jsonb_build_object('non_renseigne', s.participants_total))) c
    ) d (dimension, code, participants)
    group by 1, 2, 3, 4
    having sum(s.sign) <> 0 or sum(s.sign * d.participants) <> 0 or sum(s.sign * s.duration_minutes) <> 0
      or sum(s.sign * s.deja_accompagne) <> 0
      or coalesce(sum(s.sign) filter (where s.type = 'individuel'), 0) <> 0
    $q$, source)
$$;

-- The columns of a record the aggregates depend on, plus its sign.
create function private.activity_aggregate_source(relation text, sign integer) returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select format(
    'select place_id, date, type, duration_minutes, participants_total, deja_accompagne, themes, '
    'counts_by_genre, counts_by_tranche_age, counts_by_statut_social, %s as sign from %s', sign, relation)
$$;

-- After each statement on activity_records: add the new rows, take away the old ones (an update does both,
-- so a record moving place or month leaves one key and reaches another). Security definer: nobody else
-- writes the aggregates.
create function private.maintain_activity_aggregates() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  source text := case tg_op
    when 'INSERT' then private.activity_aggregate_source('new_table', 1)
    when 'DELETE' then private.activity_aggregate_source('old_table', -1)
    else private.activity_aggregate_source('new_table', 1) || ' union all '
      || private.activity_aggregate_source('old_table', -1)
  end;
  deltas text := private.activity_aggregate_deltas_sql(source);
begin
  if tg_op = 'DELETE' then
    -- Only keys that exist can lose records.
    execute format($q$
      update public.activity_monthly_aggregates a set
        records = a.records + d.records, individual = a.individual + d.individual,
        collective = a.collective + d.collective, participants = a.participants + d.participants,
        minutes = a.minutes + d.minutes, deja_accompagne = a.deja_accompagne + d.deja_accompagne
      from (%s) d
      where a.place_id = d.place_id and a.month = d.month and a.dimension = d.dimension and a.code = d.code
      $q$, deltas);
  else
    -- In key order, so two concurrent statements lock shared keys in the same order (no deadlock).
    execute format($q$
      insert into public.activity_monthly_aggregates as a
        (place_id, month, dimension, code, records, individual, collective, participants, minutes,
         deja_accompagne)
      select * from (%s) d order by place_id, month, dimension, code
      on conflict (place_id, month, dimension, code) do update set
        records = a.records + excluded.records, individual = a.individual + excluded.individual,
        collective = a.collective + excluded.collective, participants = a.participants + excluded.participants,
        minutes = a.minutes + excluded.minutes, deja_accompagne = a.deja_accompagne + excluded.deja_accompagne
      $q$, deltas);
  end if;
  if tg_op <> 'INSERT' then
    delete from public.activity_monthly_aggregates where records = 0;
  end if;
  return null;
end
$$;

-- Transition tables allow one event per trigger.
create trigger activity_records_aggregates_insert after insert on public.activity_records
  referencing new table as new_table
  for each statement execute function private.maintain_activity_aggregates();
create trigger activity_records_aggregates_update after update on public.activity_records
  referencing new table as new_table old table as old_table
  for each statement execute function private.maintain_activity_aggregates();
create trigger activity_records_aggregates_delete after delete on public.activity_records
  referencing old table as old_table
  for each statement execute function private.maintain_activity_aggregates();

create function private.clear_activity_aggregates() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  truncate public.activity_monthly_aggregates;
  return null;
end
$$;
create trigger activity_records_aggregates_truncate after truncate on public.activity_records
  for each statement execute function private.clear_activity_aggregates();

-- Recomputes every aggregate from the records: after a load with triggers disabled, or to repair.
create function private.rebuild_activity_aggregates() returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  truncate public.activity_monthly_aggregates;
  execute 'insert into public.activity_monthly_aggregates (place_id, month, dimension, code, records, '
    || 'individual, collective, participants, minutes, deja_accompagne) '
    || private.activity_aggregate_deltas_sql(
      private.activity_aggregate_source('public.activity_records', 1));
end
$$;

select private.rebuild_activity_aggregates();

-- The places of the hubs whose fabrique the current user manages: a fabrique follows its hub's activity.
create function private.managed_hub_place_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select p.id from public.places p where p.hub_fabrique_id in (select private.managed_place_ids())
$$;
grant execute on function private.managed_hub_place_ids() to authenticated, service_role;

create table public.dashboard_share_links (
  id uuid primary key default gen_random_uuid(),
  -- The link carries a random token; only its SHA-256 is kept.
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  scope_kind text not null check (scope_kind in ('network', 'region', 'departement', 'hub', 'place')),
  region_code text references public.regions (code),
  departement_code text references public.departements (code),
  -- The fabrique of a hub, or the place.
  place_id uuid references public.places (id) on delete cascade,
  range_from date not null check (extract(day from range_from) = 1),
  range_to date not null check (extract(day from range_to) = 1),
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz,
  constraint dashboard_share_links_range_check check (range_from < range_to),
  constraint dashboard_share_links_scope_check check (
    (scope_kind = 'region') = (region_code is not null)
    and (scope_kind = 'departement') = (departement_code is not null)
    and (scope_kind in ('hub', 'place')) = (place_id is not null)
  )
);
create index dashboard_share_links_place_id_idx on public.dashboard_share_links (place_id);
create index dashboard_share_links_region_code_idx on public.dashboard_share_links (region_code);
create index dashboard_share_links_departement_code_idx on public.dashboard_share_links (departement_code);
create index dashboard_share_links_created_by_idx on public.dashboard_share_links (created_by);

-- Row-level security ------------------------------------------------------------------------------------

alter table public.activity_monthly_aggregates enable row level security;
alter table public.dashboard_share_links enable row level security;

-- The months each place's validated reports cover: an observer's window on the aggregates. A set the policy
-- hashes once per query, rather than a look-up in reports for each of millions of aggregate rows.
create function private.validated_place_months() returns table (place_id uuid, month date)
language sql stable security definer set search_path = ''
as $$
  select r.place_id, m::date
  from public.reports r
  cross join lateral generate_series(r.period_start, r.period_end - 1, interval '1 month') m
  where r.status = 'validated'
$$;
grant execute on function private.validated_place_months() to authenticated, service_role;

-- activity_monthly_aggregates: read-only for everyone (the triggers write them). Counts, never people: the
-- place's managers (and its hub fabrique's) and network admins see them all; observers only the months a
-- validated report of the place covers.
grant select on public.activity_monthly_aggregates to authenticated;

create policy "select: managers and their hub, network admins, observers once validated"
  on public.activity_monthly_aggregates
  for select to authenticated
  using (
    place_id in (select private.managed_place_ids())
    or place_id in (select private.managed_hub_place_ids())
    or (select private.is_network_admin())
    or (
      (select private.is_observer())
      and (place_id, month) in (select v.place_id, v.month from private.validated_place_months() v)
    )
  );

-- dashboard_share_links: network admins share any scope; managers the dashboards of their places (a place,
-- or the hub of a fabrique they manage). A link is revoked, never edited.
grant select on public.dashboard_share_links to authenticated;
grant insert (token_hash, scope_kind, region_code, departement_code, place_id, range_from, range_to)
  on public.dashboard_share_links to authenticated;
grant update (revoked_at) on public.dashboard_share_links to authenticated;

create policy "select: network admins, managers of the place" on public.dashboard_share_links
  for select to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "insert: network admins, managers of the place" on public.dashboard_share_links
  for insert to authenticated
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "update: network admins, managers of the place" on public.dashboard_share_links
  for update to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()))
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));

revoke execute on all functions in schema private from public;
