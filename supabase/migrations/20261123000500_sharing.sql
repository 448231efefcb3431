-- Sharing: tools (machines, lendable items) with the trainings that unlock them, reservations that never
-- overlap, loans between places with their workflow and history, and the resource library.

create type public.tool_usage as enum ('on_site', 'lendable');
create type public.reservation_status as enum ('active', 'cancelled');
create type public.loan_status as enum (
  'requested', 'approved', 'declined', 'handed_over', 'returned', 'cancelled'
);
create type public.resource_kind as enum ('guide', 'kit', 'template', 'other');

create table public.tools (
  id uuid primary key default gen_random_uuid(),
  place_id uuid not null references public.places (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 200),
  description text,
  category text check (char_length(category) <= 100),
  photo_path text check (char_length(photo_path) <= 500),
  photo_alt_text text check (char_length(photo_alt_text) <= 300),
  usage public.tool_usage not null default 'on_site',
  deposit_cents integer check (deposit_cents >= 0),
  condition text,
  -- A training (activity) that unlocks the tool, and how long the qualification lasts.
  required_training_activity_id uuid references public.activities (id) on delete set null,
  qualification_validity_months integer check (qualification_validity_months > 0),
  out_of_service boolean not null default false,
  status public.publication_status not null default 'draft',
  hidden_at timestamptz,
  hidden_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint tools_photo_check check (photo_path is null or photo_alt_text is not null),
  constraint tools_hidden_check check (hidden_at is null or hidden_reason is not null),
  unique (id, place_id)
);
create index tools_place_id_idx on public.tools (place_id, status);
create index tools_required_training_activity_id_idx on public.tools (required_training_activity_id);

create table public.tool_qualifications (
  id uuid primary key default gen_random_uuid(),
  tool_id uuid not null,
  place_id uuid not null,
  user_id uuid not null references public.profiles (id) on delete cascade,
  granted_at timestamptz not null default now(),
  expires_at timestamptz,
  granted_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (tool_id, place_id) references public.tools (id, place_id) on update cascade on delete cascade,
  constraint tool_qualifications_expiry_check check (expires_at is null or expires_at > granted_at),
  unique (tool_id, user_id)
);
create index tool_qualifications_place_id_idx on public.tool_qualifications (place_id);
create index tool_qualifications_user_id_idx on public.tool_qualifications (user_id);
create index tool_qualifications_granted_by_idx on public.tool_qualifications (granted_by);

create table public.tool_reservations (
  id uuid primary key default gen_random_uuid(),
  tool_id uuid not null,
  place_id uuid not null,
  user_id uuid not null references public.profiles (id) on delete cascade,
  during tstzrange not null check (not isempty(during) and not lower_inf(during) and not upper_inf(during)),
  purpose text check (char_length(purpose) <= 500),
  status public.reservation_status not null default 'active',
  cancelled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (tool_id, place_id) references public.tools (id, place_id) on update cascade on delete cascade,
  constraint tool_reservations_cancelled_check check ((status = 'cancelled') = (cancelled_at is not null)),
  -- A tool is never reserved twice at the same time.
  constraint tool_reservations_no_overlap exclude using gist (tool_id with =, during with &&)
    where (status = 'active')
);
create index tool_reservations_place_id_idx on public.tool_reservations (place_id);
create index tool_reservations_user_id_idx on public.tool_reservations (user_id);

create table public.loans (
  id uuid primary key default gen_random_uuid(),
  tool_id uuid not null,
  lender_place_id uuid not null,
  borrower_place_id uuid not null references public.places (id) on delete restrict,
  requested_by uuid default auth.uid() references public.profiles (id) on delete set null,
  status public.loan_status not null default 'requested',
  period tstzrange not null check (not isempty(period) and not lower_inf(period) and not upper_inf(period)),
  notes text,
  condition_out text,
  condition_in text,
  decided_at timestamptz,
  handed_over_at timestamptz,
  returned_at timestamptz,
  cancelled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (tool_id, lender_place_id) references public.tools (id, place_id)
    on update cascade on delete restrict,
  constraint loans_places_check check (borrower_place_id <> lender_place_id),
  constraint loans_condition_out_check check (
    status not in ('handed_over', 'returned') or condition_out is not null
  ),
  constraint loans_condition_in_check check (status <> 'returned' or condition_in is not null),
  -- A tool is lent to one place at a time.
  constraint loans_no_overlap exclude using gist (tool_id with =, period with &&)
    where (status in ('approved', 'handed_over'))
);
create index loans_tool_id_idx on public.loans (tool_id, lender_place_id);
create index loans_lender_place_id_idx on public.loans (lender_place_id, status);
create index loans_borrower_place_id_idx on public.loans (borrower_place_id, status);
create index loans_requested_by_idx on public.loans (requested_by);

-- The history of a loan, written only by the trigger on loans (append-only).
create table public.loan_events (
  id bigint generated always as identity primary key,
  loan_id uuid not null references public.loans (id) on delete cascade,
  from_status public.loan_status,
  to_status public.loan_status not null,
  actor uuid default auth.uid() references public.profiles (id) on delete set null,
  note text,
  at timestamptz not null default now()
);
create index loan_events_loan_id_idx on public.loan_events (loan_id, at);
create index loan_events_actor_idx on public.loan_events (actor);

create table public.resources (
  id uuid primary key default gen_random_uuid(),
  place_id uuid not null references public.places (id) on delete cascade,
  title text not null check (char_length(title) between 1 and 200),
  description text,
  kind public.resource_kind not null default 'guide',
  -- SPDX identifier or plain name, e.g. CC-BY-SA-4.0, Licence Ouverte 2.0.
  licence text check (char_length(licence) <= 100),
  themes text[] not null default '{}' check (themes <@ private.vocabulary('thematiques')),
  audience text,
  url text check (url ~ '^https?://'),
  storage_path text check (char_length(storage_path) <= 500),
  mime_type text check (mime_type ~ '^[a-z]+/[-+.a-zA-Z0-9]+$'),
  size_bytes bigint check (size_bytes > 0),
  status public.publication_status not null default 'draft',
  hidden_at timestamptz,
  hidden_reason text,
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- Either a link or a stored file.
  constraint resources_target_check check ((url is null) <> (storage_path is null)),
  constraint resources_file_check check (
    storage_path is null or (mime_type is not null and size_bytes is not null)
  ),
  constraint resources_hidden_check check (hidden_at is null or hidden_reason is not null)
);
create index resources_place_id_idx on public.resources (place_id, status);
create index resources_created_by_idx on public.resources (created_by);
create index resources_themes_idx on public.resources using gin (themes);

create trigger tools_updated_at before update on public.tools
  for each row execute function private.set_updated_at();
create trigger tool_qualifications_updated_at before update on public.tool_qualifications
  for each row execute function private.set_updated_at();
create trigger tool_reservations_updated_at before update on public.tool_reservations
  for each row execute function private.set_updated_at();
create trigger loans_updated_at before update on public.loans
  for each row execute function private.set_updated_at();
create trigger resources_updated_at before update on public.resources
  for each row execute function private.set_updated_at();
create trigger tool_reservations_cancellation before insert or update of status on public.tool_reservations
  for each row execute function private.stamp_cancellation();
create trigger tools_admin_only before insert or update on public.tools
  for each row execute function private.guard_admin_only_columns('hidden_at', 'hidden_reason');
create trigger resources_admin_only before insert or update on public.resources
  for each row execute function private.guard_admin_only_columns('hidden_at', 'hidden_reason');

-- Sharing helpers ---------------------------------------------------------------------------------------

-- Tools anyone may see: published, not hidden, at a published place.
create function private.public_tool_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select t.id from public.tools t
  where t.status = 'published' and t.hidden_at is null
    and t.place_id in (select private.published_place_ids())
$$;
grant execute on function private.public_tool_ids() to anon, authenticated, service_role;

-- A reservation needs a tool in service and, when the tool requires a training, a current qualification
-- (the place's own team is trusted to reserve for its public). The trigger runs as the person acting, so it
-- knows whether a client is; the helpers read tools and qualifications whatever RLS lets them see.
create function private.tool_is_in_service(tool uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.tools t where t.id = tool and not t.out_of_service)
$$;

create function private.is_qualified_for_tool(tool uuid, person uuid, during tstzrange) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.tools t
    where t.id = tool
      and (
        t.required_training_activity_id is null
        or exists (
          select 1 from public.tool_qualifications q
          where q.tool_id = t.id and q.user_id = person
            and q.granted_at <= lower(during)
            and (q.expires_at is null or q.expires_at >= upper(during))
        )
      )
  )
$$;
grant execute on function private.tool_is_in_service(uuid), private.is_qualified_for_tool(uuid, uuid, tstzrange)
  to anon, authenticated, service_role;

create function private.check_tool_reservation() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.status <> 'active' then
    return new;
  end if;
  if not private.tool_is_in_service(new.tool_id) then
    raise exception 'tool_out_of_service: the tool % is out of service', new.tool_id using errcode = '23514';
  end if;
  if current_user in ('anon', 'authenticated')
     and not private.is_member_of(new.place_id)
     and not private.is_qualified_for_tool(new.tool_id, new.user_id, new.during) then
    raise exception 'qualification_required: the tool % requires a training', new.tool_id
      using errcode = '42501';
  end if;
  return new;
end
$$;
create trigger tool_reservations_check before insert or update of during, status on public.tool_reservations
  for each row execute function private.check_tool_reservation();

-- Only published, lendable tools in service are lent (as the requester sees them); a loan starts as a
-- request.
create function private.check_loan_request() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not exists (
    select 1 from public.tools t
    where t.id = new.tool_id and t.usage = 'lendable' and not t.out_of_service and t.status = 'published'
  ) then
    raise exception 'tool_not_lendable: the tool % cannot be lent', new.tool_id using errcode = '23514';
  end if;
  if current_user in ('anon', 'authenticated') and new.status <> 'requested' then
    raise exception 'a loan starts as a request' using errcode = '42501';
  end if;
  return new;
end
$$;
create trigger loans_check_request before insert on public.loans
  for each row execute function private.check_loan_request();

-- The loan workflow: requested → approved | declined | cancelled; approved → handed_over | cancelled;
-- handed_over → returned. The lender's managers decide, hand over and take back; the borrower's team may
-- only cancel (and annotate) before the hand-over.
create function private.check_loan_transition() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  lender boolean := current_user not in ('anon', 'authenticated')
    or (select private.is_network_admin()) or private.is_manager_of(old.lender_place_id);
begin
  if new.status is distinct from old.status then
    if not (
      (old.status = 'requested' and new.status in ('approved', 'declined', 'cancelled'))
      or (old.status = 'approved' and new.status in ('handed_over', 'cancelled'))
      or (old.status = 'handed_over' and new.status = 'returned')
    ) then
      raise exception 'invalid_loan_transition: % → %', old.status, new.status using errcode = '23514';
    end if;
    if not lender and new.status <> 'cancelled' then
      raise exception 'only the lending place decides on a loan' using errcode = '42501';
    end if;
    case new.status
      when 'approved', 'declined' then new.decided_at := now();
      when 'handed_over' then new.handed_over_at := now();
      when 'returned' then new.returned_at := now();
      when 'cancelled' then new.cancelled_at := now();
      else null;
    end case;
  end if;
  if not lender and (
    new.period is distinct from old.period
    or new.condition_out is distinct from old.condition_out
    or new.condition_in is distinct from old.condition_in
  ) then
    raise exception 'only the lending place records a loan''s period and condition' using errcode = '42501';
  end if;
  return new;
end
$$;
create trigger loans_transition before update on public.loans
  for each row execute function private.check_loan_transition();

create function private.log_loan_event() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    insert into public.loan_events (loan_id, from_status, to_status, note)
    values (new.id, null, new.status, new.notes);
  elsif new.status is distinct from old.status then
    insert into public.loan_events (loan_id, from_status, to_status, note)
    values (new.id, old.status, new.status,
            case when new.notes is distinct from old.notes then new.notes end);
  end if;
  return null;
end
$$;
create trigger loans_history after insert or update of status on public.loans
  for each row execute function private.log_loan_event();

-- Row-level security ------------------------------------------------------------------------------------

alter table public.tools enable row level security;
alter table public.tool_qualifications enable row level security;
alter table public.tool_reservations enable row level security;
alter table public.loans enable row level security;
alter table public.loan_events enable row level security;
alter table public.resources enable row level security;

-- tools: published ones public; the place's managers manage them; network admins moderate.
grant select on public.tools to anon, authenticated;
grant insert (place_id, name, description, category, photo_path, photo_alt_text, usage, deposit_cents,
    condition, required_training_activity_id, qualification_validity_months, out_of_service, status,
    hidden_at, hidden_reason)
  on public.tools to authenticated;
grant update (name, description, category, photo_path, photo_alt_text, usage, deposit_cents, condition,
    required_training_activity_id, qualification_validity_months, out_of_service, status, hidden_at,
    hidden_reason)
  on public.tools to authenticated;
grant delete on public.tools to authenticated;

create policy "select: published (anon)" on public.tools
  for select to anon using (id in (select private.public_tool_ids()));
create policy "select: published, the team, network admins" on public.tools
  for select to authenticated
  using (
    id in (select private.public_tool_ids())
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "insert: managers of the place, network admins" on public.tools
  for insert to authenticated
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "update: managers of the place, network admins" on public.tools
  for update to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()))
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "delete: managers of the place, network admins" on public.tools
  for delete to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));

-- tool_qualifications: the person sees theirs; the place's team sees the place's; managers grant them.
grant select on public.tool_qualifications to authenticated;
grant insert (tool_id, place_id, user_id, granted_at, expires_at), update (granted_at, expires_at), delete
  on public.tool_qualifications to authenticated;

create policy "select: own, the team, network admins" on public.tool_qualifications
  for select to authenticated
  using (
    user_id = (select auth.uid())
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "insert: managers of the place, network admins" on public.tool_qualifications
  for insert to authenticated
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "update: managers of the place, network admins" on public.tool_qualifications
  for update to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()))
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "delete: managers of the place, network admins" on public.tool_qualifications
  for delete to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));

-- tool_reservations: a person reserves a public tool for themselves; the place's team reserves for anyone.
grant select on public.tool_reservations to authenticated;
grant insert (tool_id, place_id, user_id, during, purpose), update (during, purpose, status), delete
  on public.tool_reservations to authenticated;

create policy "select: own, the team, network admins" on public.tool_reservations
  for select to authenticated
  using (
    user_id = (select auth.uid())
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "insert: self on a public tool, the team, network admins" on public.tool_reservations
  for insert to authenticated
  with check (
    (user_id = (select auth.uid()) and tool_id in (select private.public_tool_ids()))
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "update: own, managers of the place, network admins" on public.tool_reservations
  for update to authenticated
  using (
    user_id = (select auth.uid())
    or place_id in (select private.managed_place_ids())
    or (select private.is_network_admin())
  )
  with check (
    user_id = (select auth.uid())
    or place_id in (select private.managed_place_ids())
    or (select private.is_network_admin())
  );
create policy "delete: managers of the place, network admins" on public.tool_reservations
  for delete to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));

-- loans: both places' teams see them; a borrower's member requests; the lender's managers decide.
grant select on public.loans to authenticated;
grant insert (tool_id, lender_place_id, borrower_place_id, period, notes) on public.loans to authenticated;
grant update (status, period, notes, condition_out, condition_in) on public.loans to authenticated;
grant delete on public.loans to authenticated;

create policy "select: both places' teams, network admins" on public.loans
  for select to authenticated
  using (
    lender_place_id in (select private.member_place_ids())
    or borrower_place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "insert: members of the borrowing place, network admins" on public.loans
  for insert to authenticated
  with check (
    borrower_place_id in (select private.member_place_ids()) or (select private.is_network_admin())
  );
create policy "update: lender's managers, borrower's team, network admins" on public.loans
  for update to authenticated
  using (
    lender_place_id in (select private.managed_place_ids())
    or borrower_place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  )
  with check (
    lender_place_id in (select private.managed_place_ids())
    or borrower_place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "delete: network admins" on public.loans
  for delete to authenticated using ((select private.is_network_admin()));

-- loan_events: readable with their loan; written only by the trigger, never changed.
revoke insert, update, delete, truncate on public.loan_events from service_role;
grant select on public.loan_events to authenticated;

create policy "select: with the loan" on public.loan_events
  for select to authenticated using (loan_id in (select l.id from public.loans l));

-- resources: published ones public; the place's members share them; network admins moderate.
grant select on public.resources to anon, authenticated;
grant insert (place_id, title, description, kind, licence, themes, audience, url, storage_path, mime_type,
    size_bytes, status, hidden_at, hidden_reason)
  on public.resources to authenticated;
grant update (title, description, kind, licence, themes, audience, url, storage_path, mime_type, size_bytes,
    status, hidden_at, hidden_reason)
  on public.resources to authenticated;
grant delete on public.resources to authenticated;

create policy "select: published (anon)" on public.resources
  for select to anon
  using (status = 'published' and hidden_at is null and place_id in (select private.published_place_ids()));
create policy "select: published, the team, network admins" on public.resources
  for select to authenticated
  using (
    (status = 'published' and hidden_at is null and place_id in (select private.published_place_ids()))
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "insert: members of the place, network admins" on public.resources
  for insert to authenticated
  with check (place_id in (select private.member_place_ids()) or (select private.is_network_admin()));
create policy "update: members of the place, network admins" on public.resources
  for update to authenticated
  using (place_id in (select private.member_place_ids()) or (select private.is_network_admin()))
  with check (place_id in (select private.member_place_ids()) or (select private.is_network_admin()));
create policy "delete: members of the place, network admins" on public.resources
  for delete to authenticated
  using (place_id in (select private.member_place_ids()) or (select private.is_network_admin()));

revoke execute on all functions in schema private from public;
