-- Booking: seats in sessions (with a waitlist) and individual appointments with a médiateur.
-- Residents without an account never reach these tables: the server acts for them with the service role,
-- found by the hash of their private link. The database guarantees what must hold under concurrency:
-- a session is never overbooked, a person books a session once, a médiateur is never booked twice.

create type public.booking_status as enum ('confirmed', 'waitlisted', 'cancelled');
create type public.appointment_status as enum ('booked', 'cancelled');
create type public.attendance as enum ('seen', 'excused', 'revoked', 'noshow');

-- One person, whatever the spelling: the e-mail lower-cased, else the phone's digits (0… read as +33…).
create function private.person_key(email text, phone text) returns text
language sql immutable parallel safe set search_path = ''
as $$
  select case
    when nullif(trim(email), '') is not null then 'email:' || lower(trim(email))
    when nullif(trim(phone), '') is not null
      then 'tel:' || regexp_replace(regexp_replace(phone, '[^0-9]', '', 'g'), '^0', '33')
  end
$$;
grant execute on function private.person_key(text, text) to anon, authenticated, service_role;

create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  session_id uuid not null,
  place_id uuid not null,
  status public.booking_status not null default 'confirmed',
  -- Order of arrival: the waitlist is served in this order.
  arrival bigint generated always as identity,
  first_name text not null check (char_length(first_name) between 1 and 100),
  email text check (email ~ '^[^@[:space:]]+@[^@[:space:]]+$' and char_length(email) <= 254),
  phone text check (phone ~ '^\+[1-9][0-9]{5,14}$'),
  person_key text generated always as (private.person_key(email, phone)) stored,
  consent_at timestamptz not null,
  -- A prescriber (social worker, France Services agent) booking for the resident, with their consent.
  prescriber_name text check (char_length(prescriber_name) <= 200),
  prescriber_organisation text check (char_length(prescriber_organisation) <= 200),
  prescriber_email text check (prescriber_email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  -- Set when someone books with their account.
  user_id uuid references public.profiles (id) on delete set null,
  manage_token_hash text unique check (manage_token_hash ~ '^[0-9a-f]{64}$'),
  idempotency_key uuid unique,
  attendance public.attendance,
  cancelled_at timestamptz,
  promoted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (session_id, place_id) references public.sessions (id, place_id)
    on update cascade on delete restrict,
  constraint bookings_contact_check check (email is not null or phone is not null),
  constraint bookings_prescriber_check check (
    (prescriber_organisation is null and prescriber_email is null) or prescriber_name is not null
  ),
  constraint bookings_cancelled_check check ((status = 'cancelled') = (cancelled_at is not null)),
  constraint bookings_attendance_check check (attendance is null or status = 'confirmed')
);
-- Never booked twice by the same person (a double click, a second tab).
create unique index bookings_once_per_person_key on public.bookings (session_id, person_key)
  where status <> 'cancelled';
create index bookings_session_id_idx on public.bookings (session_id, place_id, status);
create index bookings_waitlist_idx on public.bookings (session_id, arrival) where status = 'waitlisted';
create index bookings_place_id_idx on public.bookings (place_id);
create index bookings_user_id_idx on public.bookings (user_id);

alter table public.appointment_availabilities
  add constraint appointment_availabilities_id_place_id_key unique (id, place_id);

create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  availability_id uuid,
  place_id uuid not null references public.places (id) on delete restrict,
  mediateur_id uuid,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  modality public.appointment_modality not null default 'sur_place',
  motive text check (char_length(motive) <= 500),
  themes text[] not null default '{}' check (themes <@ private.vocabulary('thematiques')),
  first_name text not null check (char_length(first_name) between 1 and 100),
  email text check (email ~ '^[^@[:space:]]+@[^@[:space:]]+$' and char_length(email) <= 254),
  phone text check (phone ~ '^\+[1-9][0-9]{5,14}$'),
  person_key text generated always as (private.person_key(email, phone)) stored,
  consent_at timestamptz not null,
  prescriber_name text check (char_length(prescriber_name) <= 200),
  prescriber_organisation text check (char_length(prescriber_organisation) <= 200),
  prescriber_email text check (prescriber_email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  user_id uuid references public.profiles (id) on delete set null,
  manage_token_hash text unique check (manage_token_hash ~ '^[0-9a-f]{64}$'),
  idempotency_key uuid unique,
  status public.appointment_status not null default 'booked',
  attendance public.attendance,
  cancelled_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (availability_id, place_id) references public.appointment_availabilities (id, place_id)
    on delete set null (availability_id),
  foreign key (place_id, mediateur_id) references public.place_memberships (place_id, user_id)
    on delete set null (mediateur_id),
  constraint appointments_time_check check (starts_at < ends_at),
  constraint appointments_contact_check check (email is not null or phone is not null),
  constraint appointments_prescriber_check check (
    (prescriber_organisation is null and prescriber_email is null) or prescriber_name is not null
  ),
  constraint appointments_cancelled_check check ((status = 'cancelled') = (cancelled_at is not null)),
  constraint appointments_attendance_check check (attendance is null or status = 'booked'),
  -- A médiateur is never in two appointments at once.
  constraint appointments_no_overlap exclude using gist (
    mediateur_id with =, tstzrange(starts_at, ends_at) with &&
  ) where (status = 'booked')
);
create index appointments_availability_id_idx on public.appointments (availability_id, place_id);
create index appointments_place_id_idx on public.appointments (place_id, starts_at);
create index appointments_mediateur_id_idx on public.appointments (place_id, mediateur_id);
create index appointments_user_id_idx on public.appointments (user_id);

create trigger bookings_updated_at before update on public.bookings
  for each row execute function private.set_updated_at();
create trigger appointments_updated_at before update on public.appointments
  for each row execute function private.set_updated_at();
create trigger bookings_cancellation before insert or update of status on public.bookings
  for each row execute function private.stamp_cancellation();
create trigger appointments_cancellation before insert or update of status on public.appointments
  for each row execute function private.stamp_cancellation();

-- Capacity: the session row is locked, so concurrent bookings of the last seat are served one at a time;
-- a booking beyond capacity joins the waitlist, and nobody is confirmed into a full session.
create function private.enforce_session_capacity() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  session_capacity integer;
  session_status public.session_status;
  confirmed integer;
begin
  if tg_op = 'UPDATE' and not (new.status = 'confirmed' and old.status <> 'confirmed') then
    return new;
  end if;
  select s.capacity, s.status into session_capacity, session_status
  from public.sessions s where s.id = new.session_id
  for update;
  if tg_op = 'INSERT' and session_status = 'cancelled' then
    raise exception 'session_cancelled: the session % is cancelled', new.session_id using errcode = '23514';
  end if;
  if new.status <> 'confirmed' then
    return new;
  end if;
  select count(*) into confirmed
  from public.bookings b
  where b.session_id = new.session_id and b.status = 'confirmed' and b.id <> new.id;
  if confirmed >= session_capacity then
    if tg_op = 'INSERT' then
      new.status := 'waitlisted';
    else
      raise exception 'session_full: the session % is full', new.session_id using errcode = '23514';
    end if;
  elsif tg_op = 'UPDATE' and old.status = 'waitlisted' then
    new.promoted_at := now();
  end if;
  return new;
end
$$;
create trigger bookings_capacity before insert or update of status on public.bookings
  for each row execute function private.enforce_session_capacity();

create function private.keep_capacity_above_bookings() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.capacity < (
    select count(*) from public.bookings b where b.session_id = new.id and b.status = 'confirmed'
  ) then
    raise exception 'session_capacity_below_bookings: % seats are already confirmed', new.capacity
      using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger sessions_capacity before update of capacity on public.sessions
  for each row when (new.capacity < old.capacity)
  execute function private.keep_capacity_above_bookings();

-- What a client may change: the booking's own person may only cancel; attendance is taken by the place's
-- managers (and, for an appointment, its médiateur); network admins may do both.
create function private.guard_booking_update() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user not in ('anon', 'authenticated')
     or (select private.is_network_admin())
     or private.is_manager_of(new.place_id)
     or (to_jsonb(new) ->> 'mediateur_id')::uuid = (select auth.uid()) then
    return new;
  end if;
  if new.attendance is distinct from old.attendance then
    raise exception 'only the place''s managers take attendance' using errcode = '42501';
  end if;
  if new.status is distinct from old.status and new.status <> 'cancelled' then
    raise exception 'a booking may only be cancelled by its owner' using errcode = '42501';
  end if;
  return new;
end
$$;
create trigger bookings_guard before update on public.bookings
  for each row execute function private.guard_booking_update();
create trigger appointments_guard before update on public.appointments
  for each row execute function private.guard_booking_update();

-- Booking helpers ---------------------------------------------------------------------------------------

-- Sessions a person may book with their account: scheduled, of a public activity.
create function private.bookable_session_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select s.id from public.sessions s
  where s.status = 'scheduled' and s.activity_id in (select private.public_activity_ids())
$$;

-- Availabilities open to the public (everyone, or prescribers booking for someone).
create function private.bookable_availability_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select a.id from public.appointment_availabilities a
  where a.is_active and a.who_may_book <> 'agents'
    and a.place_id in (select private.published_place_ids())
$$;
grant execute on function private.bookable_session_ids(), private.bookable_availability_ids()
  to anon, authenticated, service_role;

-- Row-level security ------------------------------------------------------------------------------------

alter table public.bookings enable row level security;
alter table public.appointments enable row level security;

-- bookings: personal data. The person (with an account) sees theirs; the place's team sees the place's;
-- managers take attendance; network admins see all. Never anon, never observers.
grant select on public.bookings to authenticated;
grant insert (session_id, place_id, first_name, email, phone, consent_at, prescriber_name,
    prescriber_organisation, prescriber_email, user_id, manage_token_hash, idempotency_key)
  on public.bookings to authenticated;
grant update (status, attendance) on public.bookings to authenticated;
grant delete on public.bookings to authenticated;

create policy "select: own, the team, network admins" on public.bookings
  for select to authenticated
  using (
    user_id = (select auth.uid())
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "insert: self on a bookable session, the team, network admins" on public.bookings
  for insert to authenticated
  with check (
    (user_id = (select auth.uid()) and session_id in (select private.bookable_session_ids()))
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "update: own, managers of the place, network admins" on public.bookings
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
create policy "delete: network admins" on public.bookings
  for delete to authenticated using ((select private.is_network_admin()));

-- appointments: as bookings; the médiateur also sees and updates theirs.
grant select on public.appointments to authenticated;
grant insert (availability_id, place_id, mediateur_id, starts_at, ends_at, modality, motive, themes,
    first_name, email, phone, consent_at, prescriber_name, prescriber_organisation, prescriber_email, user_id,
    manage_token_hash, idempotency_key)
  on public.appointments to authenticated;
grant update (status, attendance) on public.appointments to authenticated;
grant delete on public.appointments to authenticated;

create policy "select: own, the team, network admins" on public.appointments
  for select to authenticated
  using (
    user_id = (select auth.uid())
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "insert: self on a bookable slot, the team, network admins" on public.appointments
  for insert to authenticated
  with check (
    (user_id = (select auth.uid()) and availability_id in (select private.bookable_availability_ids()))
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "update: own, médiateur, managers, network admins" on public.appointments
  for update to authenticated
  using (
    user_id = (select auth.uid())
    or mediateur_id = (select auth.uid())
    or place_id in (select private.managed_place_ids())
    or (select private.is_network_admin())
  )
  with check (
    user_id = (select auth.uid())
    or mediateur_id = (select auth.uid())
    or place_id in (select private.managed_place_ids())
    or (select private.is_network_admin())
  );
create policy "delete: network admins" on public.appointments
  for delete to authenticated using ((select private.is_network_admin()));

revoke execute on all functions in schema private from public;
