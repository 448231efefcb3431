-- Programme administration, second part (decision 028): closing a funding agreement with a reason, the
-- rules that keep paid money untouched, a place that never loses its last manager through its own team, and
-- each fabrique's yearly activity counts for the funding view (counts, never people).

-- Closing (terminating) an agreement -------------------------------------------------------------------

alter table public.funding_agreements
  add column closed_on date,
  add column closing_reason text check (char_length(closing_reason) between 1 and 2000);
alter table public.funding_agreements
  add constraint funding_agreements_closed_check check (
    (status = 'closed') = (closed_on is not null and closing_reason is not null)
  );
grant update (closed_on, closing_reason) on public.funding_agreements to authenticated;

-- A closed agreement is final; once money was paid its terms (dates, duration, amounts, bonus) stay as
-- signed; and its amounts never fall below what is already planned or paid. Messages start with a stable
-- code the API reads (SQLSTATE 23514 is shared with every check).
create function private.guard_agreement_change() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  disbursed bigint;
begin
  -- Merging places moves agreements (place_id) whatever their state.
  if old.status = 'closed'
     and (to_jsonb(new) - 'place_id' - 'updated_at') is distinct from (to_jsonb(old) - 'place_id' - 'updated_at') then
    raise exception 'agreement_locked: the agreement % is closed', old.id using errcode = '23514';
  end if;
  if (new.starts_on, new.duration_years, new.yearly_amounts_cents, new.numerique_bonus_cents)
       is distinct from (old.starts_on, old.duration_years, old.yearly_amounts_cents, old.numerique_bonus_cents)
     and exists (select 1 from public.disbursements d where d.agreement_id = old.id and d.status = 'paid') then
    raise exception 'agreement_locked: the agreement % has paid disbursements', old.id using errcode = '23514';
  end if;
  select coalesce(sum(d.amount_cents), 0) into disbursed
  from public.disbursements d where d.agreement_id = old.id;
  if private.int_array_sum(new.yearly_amounts_cents) + new.numerique_bonus_cents < disbursed then
    raise exception 'disbursements_exceed_agreement: % cents planned for at most %', disbursed,
      private.int_array_sum(new.yearly_amounts_cents) + new.numerique_bonus_cents using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger funding_agreements_guard before update on public.funding_agreements
  for each row execute function private.guard_agreement_change();

-- A paid disbursement is a fact: it is neither changed nor deleted (unless its agreement itself is deleted,
-- which the audit log keeps); a closed agreement takes no new disbursement and pays no planned one.
create function private.guard_disbursement_change() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op in ('UPDATE', 'DELETE') and old.status = 'paid' then
    if (tg_op = 'DELETE'
        and exists (select 1 from public.funding_agreements a where a.id = old.agreement_id))
       or (tg_op = 'UPDATE' and (new.planned_on, new.amount_cents, new.status, new.paid_on, new.agreement_id)
         is distinct from (old.planned_on, old.amount_cents, old.status, old.paid_on, old.agreement_id)) then
      raise exception 'disbursement_paid: the disbursement % was paid', old.id using errcode = '23514';
    end if;
  end if;
  if tg_op in ('INSERT', 'UPDATE')
     and exists (select 1 from public.funding_agreements a where a.id = new.agreement_id and a.status = 'closed') then
    raise exception 'agreement_locked: the agreement % is closed', new.agreement_id using errcode = '23514';
  end if;
  return coalesce(new, old);
end
$$;
create trigger disbursements_guard before insert or update or delete on public.disbursements
  for each row execute function private.guard_disbursement_change();

-- A place keeps a manager --------------------------------------------------------------------------------

-- A place's own team cannot remove or demote its last manager (themselves included): it would be left with
-- nobody to run it. Network admins may (a departed manager), and so may the service role and the owner
-- (erasing an account, merging places). Same SQLSTATE as RLS; the API tells it apart by the message.
create function private.keep_a_place_manager() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if old.role <> 'manager' or (tg_op = 'UPDATE' and new.role = 'manager' and new.place_id = old.place_id)
     or auth.role() is distinct from 'authenticated' or private.is_network_admin() then
    return coalesce(new, old);
  end if;
  -- Lock the place's managers so two managers cannot remove each other at the same time.
  perform 1 from public.place_memberships m
  where m.place_id = old.place_id and m.role = 'manager' for update;
  if not exists (
    select 1 from public.place_memberships m
    where m.place_id = old.place_id and m.role = 'manager' and m.user_id <> old.user_id
  ) then
    raise exception 'the last manager of a place cannot be removed' using errcode = '42501';
  end if;
  return coalesce(new, old);
end
$$;
create trigger place_memberships_keep_a_manager before update or delete on public.place_memberships
  for each row execute function private.keep_a_place_manager();

-- Activity next to funding -------------------------------------------------------------------------------

-- Each fabrique's activity records per calendar year: records, people accompanied (participants), minutes.
-- Observers (funders) do not read the records themselves, only these counts; others get nothing.
create function private.fabrique_yearly_activity(place_ids uuid[])
returns table (place_id uuid, year integer, records bigint, participants bigint, minutes bigint)
language sql
stable
security definer
set search_path = ''
as $$
  select r.place_id, extract(year from r.date)::integer, count(*), sum(r.participants_total),
         sum(r.duration_minutes)
  from public.activity_records r
  where r.place_id = any (place_ids)
    and ((select private.is_network_admin()) or (select private.is_observer()))
  group by r.place_id, extract(year from r.date)
$$;
grant execute on function private.fabrique_yearly_activity(uuid[]) to authenticated, service_role;

revoke execute on all functions in schema private from public;
