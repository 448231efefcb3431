-- Programme: funding agreements (conventions de subvention) of the fabriques and their disbursements,
-- checked against the AMI's rules: 2 or 3 years, at most 50,000 € a year, 75,000 to 150,000 € in all,
-- plus at most 100,000 € for a Fabrique numérique de territoire. Amounts are in euro cents.
-- Funding is seen by network admins and observers (funders) only.

create type public.agreement_status as enum ('draft', 'signed', 'closed');
create type public.disbursement_status as enum ('planned', 'paid');

create function private.int_array_sum(amounts integer[]) returns bigint
language sql immutable parallel safe set search_path = ''
as $$
  select coalesce(sum(a), 0)::bigint from unnest(amounts) a
$$;
grant execute on function private.int_array_sum(integer[]) to anon, authenticated, service_role;

create table public.funding_agreements (
  id uuid primary key default gen_random_uuid(),
  place_id uuid not null references public.places (id) on delete restrict,
  wave_id uuid references public.waves (id) on delete set null,
  reference text unique check (char_length(reference) <= 100),
  starts_on date not null,
  duration_years integer not null check (duration_years in (2, 3)),
  yearly_amounts_cents integer[] not null,
  numerique_bonus_cents integer not null default 0 check (numerique_bonus_cents between 0 and 10000000),
  -- Other funders: [{"name": "Région …", "amount_cents": 1000000}, …]
  co_funders jsonb not null default '[]' check (jsonb_typeof(co_funders) = 'array'),
  status public.agreement_status not null default 'draft',
  signed_on date,
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint funding_agreements_years_check check (cardinality(yearly_amounts_cents) = duration_years),
  constraint funding_agreements_yearly_check check (
    array_position(yearly_amounts_cents, null) is null
    and 0 < all (yearly_amounts_cents)
    and 5000000 >= all (yearly_amounts_cents)
  ),
  constraint funding_agreements_total_check check (
    private.int_array_sum(yearly_amounts_cents) between 7500000 and 15000000
  ),
  constraint funding_agreements_signed_check check (status = 'draft' or signed_on is not null)
);
create index funding_agreements_place_id_idx on public.funding_agreements (place_id);
create index funding_agreements_wave_id_idx on public.funding_agreements (wave_id);

create table public.disbursements (
  id uuid primary key default gen_random_uuid(),
  agreement_id uuid not null references public.funding_agreements (id) on delete cascade,
  planned_on date not null,
  amount_cents integer not null check (amount_cents > 0),
  status public.disbursement_status not null default 'planned',
  paid_on date,
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint disbursements_paid_check check ((status = 'paid') = (paid_on is not null))
);
create index disbursements_agreement_id_idx on public.disbursements (agreement_id, planned_on);

create trigger funding_agreements_updated_at before update on public.funding_agreements
  for each row execute function private.set_updated_at();
create trigger disbursements_updated_at before update on public.disbursements
  for each row execute function private.set_updated_at();

-- Only a fabrique is funded, and only a Fabrique numérique receives the bonus.
create function private.check_funding_agreement() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.is_fabrique(new.place_id) then
    raise exception 'not_a_fabrique: the place % holds no Fabrique de territoire label', new.place_id
      using errcode = '23514';
  end if;
  if new.numerique_bonus_cents > 0 and not private.is_fabrique_numerique(new.place_id) then
    raise exception 'bonus_requires_numerique: the place % is not a Fabrique numérique de territoire',
      new.place_id using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger funding_agreements_check before insert or update of place_id, numerique_bonus_cents
  on public.funding_agreements
  for each row execute function private.check_funding_agreement();

-- Disbursements never exceed the agreement (yearly amounts plus bonus).
create function private.check_disbursements_total() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  ceiling bigint;
  planned bigint;
begin
  select private.int_array_sum(a.yearly_amounts_cents) + a.numerique_bonus_cents into ceiling
  from public.funding_agreements a where a.id = new.agreement_id
  for update;
  select coalesce(sum(d.amount_cents), 0) into planned
  from public.disbursements d where d.agreement_id = new.agreement_id and d.id <> new.id;
  if planned + new.amount_cents > ceiling then
    raise exception 'disbursements_exceed_agreement: % cents planned for at most %', planned + new.amount_cents,
      ceiling using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger disbursements_total before insert or update of amount_cents, agreement_id on public.disbursements
  for each row execute function private.check_disbursements_total();

-- Row-level security ------------------------------------------------------------------------------------

alter table public.funding_agreements enable row level security;
alter table public.disbursements enable row level security;

grant select, delete on public.funding_agreements to authenticated;
grant insert (place_id, wave_id, reference, starts_on, duration_years, yearly_amounts_cents,
    numerique_bonus_cents, co_funders, status, signed_on, notes),
  update (wave_id, reference, starts_on, duration_years, yearly_amounts_cents, numerique_bonus_cents,
    co_funders, status, signed_on, notes)
  on public.funding_agreements to authenticated;

-- The carrier's managers see their own agreement (they signed it); members and residents never do.
create policy "select: network admins, observers, managers of the place" on public.funding_agreements
  for select to authenticated
  using (
    (select private.is_network_admin())
    or (select private.is_observer())
    or place_id in (select private.managed_place_ids())
  );
create policy "insert: network admins" on public.funding_agreements
  for insert to authenticated with check ((select private.is_network_admin()));
create policy "update: network admins" on public.funding_agreements
  for update to authenticated
  using ((select private.is_network_admin())) with check ((select private.is_network_admin()));
create policy "delete: network admins" on public.funding_agreements
  for delete to authenticated using ((select private.is_network_admin()));

grant select, delete on public.disbursements to authenticated;
grant insert (agreement_id, planned_on, amount_cents, status, paid_on, notes),
  update (planned_on, amount_cents, status, paid_on, notes)
  on public.disbursements to authenticated;

create policy "select: network admins, observers, managers of the place" on public.disbursements
  for select to authenticated
  using (
    (select private.is_network_admin())
    or (select private.is_observer())
    or agreement_id in (
      select id from public.funding_agreements where place_id in (select private.managed_place_ids())
    )
  );
create policy "insert: network admins" on public.disbursements
  for insert to authenticated with check ((select private.is_network_admin()));
create policy "update: network admins" on public.disbursements
  for update to authenticated
  using ((select private.is_network_admin())) with check ((select private.is_network_admin()));
create policy "delete: network admins" on public.disbursements
  for delete to authenticated using ((select private.is_network_admin()));

revoke execute on all functions in schema private from public;
