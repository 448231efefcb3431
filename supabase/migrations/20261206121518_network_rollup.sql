-- A network-level monthly roll-up of activity (decision 045, issue 15): the network dashboard read a
-- month range of every place's pre-aggregates (20261123002800: about 35 rows per place and month, some
-- 700,000 rows for twelve months of 1,800 places); it now reads one row per month, dimension and code
-- (about 40 a month), split by validation state so that the observers' view — the place-months a
-- validated report covers — is one read too. Kept by the same statement-level triggers, from the deltas
-- they already group per key; the validation state of each place and month is kept in a small table,
-- maintained by triggers on reports, which move a place-month's aggregates from one state to the other
-- when a report covering it is validated or reopened.

-- The place-months a validated report covers (quarter and year both validated count once): the truth of
-- `exists (validated report of the place covering the month)`, kept by the triggers below.
create table private.validated_activity_months (
  place_id uuid not null,
  month date not null check (extract(day from month) = 1),
  primary key (place_id, month)
);
revoke all on private.validated_activity_months from public, anon, authenticated;

create table public.activity_network_monthly (
  -- Whether a validated report of the place covers the month: `true` rows are the observers' view, both
  -- states together the whole network's.
  validated boolean not null,
  month date not null check (extract(day from month) = 1),
  dimension text not null check (dimension in ('total', 'theme', 'genre', 'tranche_age', 'statut_social')),
  code text not null,
  -- Sums over every place's aggregates of that month, state, dimension and code.
  records integer not null,
  individual integer not null,
  collective integer not null,
  participants integer not null,
  minutes integer not null,
  deja_accompagne integer not null,
  -- Key order = lock order of the triggers' upserts.
  primary key (month, dimension, code, validated)
);
create index activity_network_monthly_empty_idx on public.activity_network_monthly (month)
  where records = 0;

-- Each place's monthly totals (the `total` rows of the place-level aggregates) with the state of its
-- place-month: the dashboards' places, map and territory kinds (read from `places` at query time) sum a
-- range of them — 1,800 places × 12 months, not the whole place-level table's pages.
create table public.activity_place_monthly_totals (
  month date not null check (extract(day from month) = 1),
  place_id uuid not null,
  validated boolean not null,
  records integer not null,
  individual integer not null,
  collective integer not null,
  participants integer not null,
  minutes integer not null,
  deja_accompagne integer not null,
  primary key (month, place_id)
);
create index activity_place_monthly_totals_place_idx on public.activity_place_monthly_totals (place_id, month);
create index activity_place_monthly_totals_empty_idx on public.activity_place_monthly_totals (month)
  where records = 0;

-- An upsert adding the sums of `source` (the key's columns, the six sums, then `extra` columns only set on
-- insert) to `target`, in key order.
create function private.activity_sums_upsert_sql(target text, key text, source text, extra text default '')
returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select format($q$
    insert into %1$s as a (%2$s, records, individual, collective, participants, minutes, deja_accompagne%4$s)
    select * from (%3$s) d order by %2$s
    on conflict (%2$s) do update set
      records = a.records + excluded.records, individual = a.individual + excluded.individual,
      collective = a.collective + excluded.collective, participants = a.participants + excluded.participants,
      minutes = a.minutes + excluded.minutes, deja_accompagne = a.deja_accompagne + excluded.deja_accompagne
    $q$, target, key, source, extra)
$$;

-- Place-level deltas (`source`: place_id, month, dimension, code and the sums) grouped into network-level
-- ones, each under the validation state of its place and month; keys whose sums cancel out are dropped.
create function private.activity_network_deltas_sql(source text) returns text
language sql
immutable
parallel safe
set search_path = ''
as $$
  select format($q$
    select (v.place_id is not null) as validated, d.month, d.dimension, d.code,
      sum(d.records)::integer as records, sum(d.individual)::integer as individual,
      sum(d.collective)::integer as collective, sum(d.participants)::integer as participants,
      sum(d.minutes)::integer as minutes, sum(d.deja_accompagne)::integer as deja_accompagne
    from (%s) d
    left join private.validated_activity_months v on v.place_id = d.place_id and v.month = d.month
    group by 1, 2, 3, 4
    having sum(d.records) <> 0 or sum(d.individual) <> 0 or sum(d.collective) <> 0
      or sum(d.participants) <> 0 or sum(d.minutes) <> 0 or sum(d.deja_accompagne) <> 0
    $q$, source)
$$;

-- After each statement on activity_records (replaces 20261123002800's): the place-level deltas, computed
-- once, are applied to the place-level aggregates and, grouped by validation state, to the roll-up — each
-- in key order, place level first, so concurrent statements lock in one order. The places concerned are
-- locked `for key share` first (what a foreign-key check takes on insert): a report's validation, which
-- locks its place `for update`, waits for them, and they for it, so a place-month never changes state
-- between a delta's computation and its commit.
create or replace function private.maintain_activity_aggregates() returns trigger
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
  execute format(
    'select count(*) from (select 1 from public.places p where p.id in (select s.place_id from (%s) s) '
    'order by p.id for key share of p) l', source);
  execute format($q$
    with d as materialized (%s),
    place_level as (%s),
    place_totals as (%s),
    network as (%s)
    select 1
    $q$,
    deltas,
    case when tg_op = 'DELETE' then
      -- Only keys that exist can lose records.
      $u$
      update public.activity_monthly_aggregates a set
        records = a.records + d.records, individual = a.individual + d.individual,
        collective = a.collective + d.collective, participants = a.participants + d.participants,
        minutes = a.minutes + d.minutes, deja_accompagne = a.deja_accompagne + d.deja_accompagne
      from d
      where a.place_id = d.place_id and a.month = d.month and a.dimension = d.dimension and a.code = d.code
      $u$
    else
      private.activity_sums_upsert_sql('public.activity_monthly_aggregates', 'place_id, month, dimension, code',
        'select * from d')
    end,
    -- A new place-month takes its current state; an existing one keeps it (the report trigger moves it).
    private.activity_sums_upsert_sql('public.activity_place_monthly_totals', 'month, place_id',
      'select d.month, d.place_id, d.records, d.individual, d.collective, d.participants, d.minutes, '
      || 'd.deja_accompagne, (v.place_id is not null) as validated from d '
      || 'left join private.validated_activity_months v on v.place_id = d.place_id and v.month = d.month '
      || 'where d.dimension = ''total''', ', validated'),
    private.activity_sums_upsert_sql('public.activity_network_monthly', 'month, dimension, code, validated',
      'select month, dimension, code, validated, records, individual, collective, participants, minutes, '
      || 'deja_accompagne from (' || private.activity_network_deltas_sql('select * from d') || ') n'));
  if tg_op <> 'INSERT' then
    delete from public.activity_monthly_aggregates where records = 0;
    delete from public.activity_place_monthly_totals where records = 0;
    delete from public.activity_network_monthly where records = 0;
  end if;
  return null;
end
$$;

create or replace function private.clear_activity_aggregates() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  truncate public.activity_monthly_aggregates, public.activity_place_monthly_totals,
    public.activity_network_monthly;
  return null;
end
$$;

-- After each statement on reports: the place-months covered by a validated report before or after it are
-- looked at again; those whose state flipped enter or leave `validated_activity_months`, and their
-- place-level aggregates move from one state of the roll-up to the other. Their places are locked first
-- (see maintain_activity_aggregates).
create function private.maintain_validated_activity_months() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  changed text := case tg_op
    when 'INSERT' then 'select place_id, status, period_start, period_end from new_table'
    when 'DELETE' then 'select place_id, status, period_start, period_end from old_table'
    else 'select place_id, status, period_start, period_end from new_table union all '
      || 'select place_id, status, period_start, period_end from old_table'
  end;
  moved text;
begin
  execute format(
    'select count(*) from (select 1 from public.places p where p.id in ('
    '  select c.place_id from (%s) c where c.status = ''validated'') order by p.id for update of p) l', changed);
  moved := format($q$
    with affected as (
      select distinct c.place_id, m::date as month
      from (%s) c
      cross join lateral generate_series(c.period_start, c.period_end - 1, interval '1 month') m
      where c.status = 'validated'
    ),
    flipped as (
      select a.place_id, a.month, s.now
      from affected a
      cross join lateral (select
        exists (select 1 from public.reports r
          where r.place_id = a.place_id and r.status = 'validated'
            and r.period_start <= a.month and a.month < r.period_end) as now,
        exists (select 1 from private.validated_activity_months v
          where v.place_id = a.place_id and v.month = a.month) as before) s
      where s.now <> s.before
    ),
    added as (
      insert into private.validated_activity_months (place_id, month)
      select place_id, month from flipped where now
    ),
    removed as (
      delete from private.validated_activity_months v using flipped f
      where not f.now and v.place_id = f.place_id and v.month = f.month
    ),
    totals as (
      update public.activity_place_monthly_totals t set validated = f.now
      from flipped f where t.place_id = f.place_id and t.month = f.month
    ),
    -- The flipped place-months' aggregates, added to their new state and taken from the old one.
    sums as (
      select f.now as validated, a.month, a.dimension, a.code, sum(a.records)::integer as records,
        sum(a.individual)::integer as individual, sum(a.collective)::integer as collective,
        sum(a.participants)::integer as participants, sum(a.minutes)::integer as minutes,
        sum(a.deja_accompagne)::integer as deja_accompagne
      from flipped f
      join public.activity_monthly_aggregates a on a.place_id = f.place_id and a.month = f.month
      group by 1, 2, 3, 4
    )
    %s
    $q$, changed, private.activity_sums_upsert_sql('public.activity_network_monthly',
      'month, dimension, code, validated',
      -- One place-month may enter a state while another leaves it (a merge moves a report): one delta a key.
      'select month, dimension, code, validated, sum(records)::integer, sum(individual)::integer, '
      || 'sum(collective)::integer, sum(participants)::integer, sum(minutes)::integer, '
      || 'sum(deja_accompagne)::integer '
      || 'from (select month, dimension, code, validated, records, individual, collective, participants, '
      || 'minutes, deja_accompagne from sums union all '
      || 'select month, dimension, code, not validated, -records, -individual, -collective, -participants, '
      || '-minutes, -deja_accompagne from sums) s group by 1, 2, 3, 4'));
  execute moved;
  delete from public.activity_network_monthly where records = 0;
  return null;
end
$$;

create trigger reports_validated_months_insert after insert on public.reports
  referencing new table as new_table
  for each statement execute function private.maintain_validated_activity_months();
create trigger reports_validated_months_update after update on public.reports
  referencing new table as new_table old table as old_table
  for each statement execute function private.maintain_validated_activity_months();
create trigger reports_validated_months_delete after delete on public.reports
  referencing old table as old_table
  for each statement execute function private.maintain_validated_activity_months();

-- Recomputes the validation states and the roll-up from the reports and the place-level aggregates.
create function private.rebuild_activity_network_monthly() returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  truncate private.validated_activity_months, public.activity_place_monthly_totals,
    public.activity_network_monthly;
  insert into private.validated_activity_months (place_id, month)
  select distinct r.place_id, m::date
  from public.reports r
  cross join lateral generate_series(r.period_start, r.period_end - 1, interval '1 month') m
  where r.status = 'validated';
  insert into public.activity_place_monthly_totals (month, place_id, validated, records, individual,
    collective, participants, minutes, deja_accompagne)
  select a.month, a.place_id, (v.place_id is not null), a.records, a.individual, a.collective,
    a.participants, a.minutes, a.deja_accompagne
  from public.activity_monthly_aggregates a
  left join private.validated_activity_months v on v.place_id = a.place_id and v.month = a.month
  where a.dimension = 'total';
  execute 'insert into public.activity_network_monthly (validated, month, dimension, code, records, '
    || 'individual, collective, participants, minutes, deja_accompagne) '
    || private.activity_network_deltas_sql(
      'select place_id, month, dimension, code, records, individual, collective, participants, minutes, '
      || 'deja_accompagne from public.activity_monthly_aggregates');
end
$$;

create function private.rebuild_activity_network_monthly_on_truncate() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.rebuild_activity_network_monthly();
  return null;
end
$$;
create trigger reports_validated_months_truncate after truncate on public.reports
  for each statement execute function private.rebuild_activity_network_monthly_on_truncate();

-- Recomputes every aggregate from the records (replaces 20261123002800's), the roll-up included.
create or replace function private.rebuild_activity_aggregates() returns void
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
  perform private.rebuild_activity_network_monthly();
end
$$;

select private.rebuild_activity_network_monthly();

-- The observers' window on the place-level aggregates now reads the kept states (the same set).
create or replace function private.validated_place_months() returns table (place_id uuid, month date)
language sql stable security definer set search_path = ''
-- A network's validated place-months are tens of thousands: planned as 1,000, the policy's semi-join ran as
-- a nested loop of index look-ups.
rows 50000
as $$
  select v.place_id, v.month from private.validated_activity_months v
$$;

-- What the current reader of activity sees of the network: 'all' (network admins, and the server's roles,
-- which RLS does not restrict), 'validated' (an observer who manages no place: the validated place-months
-- of every place), or 'scoped' (anyone else: their places and hubs). The dashboards read the roll-up for
-- the first two. Security invoker: `current_user` is the caller's role.
create function private.activity_reading() returns text
language sql
stable
set search_path = ''
as $$
  select case
    when current_user not in ('anon', 'authenticated') or (select private.is_network_admin()) then 'all'
    when (select private.is_observer())
      and not exists (select 1 from private.managed_place_ids())
      and not exists (select 1 from private.managed_hub_place_ids()) then 'validated'
    else 'scoped'
  end
$$;

-- Row-level security: read-only (the triggers write it); network admins read it all, observers the
-- validated place-months (which they read place by place already).
alter table public.activity_network_monthly enable row level security;
grant select on public.activity_network_monthly to authenticated;
create policy "select: network admins, observers the validated months" on public.activity_network_monthly
  for select to authenticated
  using ((select private.is_network_admin()) or (validated and (select private.is_observer())));

alter table public.activity_place_monthly_totals enable row level security;
grant select on public.activity_place_monthly_totals to authenticated;
create policy "select: network admins, observers the validated months" on public.activity_place_monthly_totals
  for select to authenticated
  using ((select private.is_network_admin()) or (validated and (select private.is_observer())));

revoke execute on all functions in schema private from public;
grant execute on function private.activity_reading() to authenticated, service_role;
