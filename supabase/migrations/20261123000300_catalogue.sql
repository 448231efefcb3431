-- Catalogue: what places offer to book — workshops and trainings (activities) with their dated sessions,
-- and médiateurs' availabilities from which individual appointment slots are generated.

create type public.activity_kind as enum ('workshop', 'training');
create type public.activity_status as enum ('draft', 'published', 'cancelled');
create type public.activity_format as enum ('on_site', 'remote', 'hybrid');
create type public.session_status as enum ('scheduled', 'cancelled');
-- data·inclusion "frais" codes, so activities can be published as services.
create type public.fees_kind as enum ('adhesion', 'gratuit', 'gratuit-sous-conditions', 'pass-numerique', 'payant');
create type public.niveau as enum ('debutant', 'intermediaire', 'avance');
create type public.appointment_modality as enum ('sur_place', 'telephone', 'domicile', 'visio');
create type public.who_may_book as enum ('agents', 'agents_and_prescribers', 'everyone');

create table public.activities (
  id uuid primary key default gen_random_uuid(),
  place_id uuid not null references public.places (id) on delete cascade,
  kind public.activity_kind not null default 'workshop',
  title text not null check (char_length(title) between 1 and 200),
  description text,
  themes text[] not null default '{}' check (themes <@ private.vocabulary('thematiques')),
  level public.niveau,
  audience text,
  publics text[] not null default '{}'
    check (publics <@ private.vocabulary('publics_specifiquement_adresses')),
  fees_kind public.fees_kind not null default 'gratuit',
  price_cents integer check (price_cents >= 0),
  accessibility_notes text,
  facilitator_name text,
  format public.activity_format not null default 'on_site',
  min_attendance integer check (min_attendance > 0),
  -- RFC 5545 RRULE the sessions were generated from (informative: sessions are the truth).
  recurrence_rule text check (char_length(recurrence_rule) <= 500),
  status public.activity_status not null default 'draft',
  hidden_at timestamptz,
  hidden_reason text,
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint activities_price_check check (price_cents is null or fees_kind in ('payant', 'adhesion')),
  constraint activities_published_themes_check check (status <> 'published' or cardinality(themes) > 0),
  constraint activities_hidden_check check (hidden_at is null or hidden_reason is not null),
  -- Target of the (id, place_id) foreign keys that keep sessions on their activity's place.
  unique (id, place_id)
);
create index activities_place_id_idx on public.activities (place_id, status);
create index activities_created_by_idx on public.activities (created_by);
create index activities_themes_idx on public.activities using gin (themes);

create table public.sessions (
  id uuid primary key default gen_random_uuid(),
  activity_id uuid not null,
  place_id uuid not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  capacity integer not null check (capacity > 0),
  booking_opens_at timestamptz,
  booking_closes_at timestamptz,
  cancellation_cutoff_minutes integer not null default 1440 check (cancellation_cutoff_minutes >= 0),
  location_note text,
  status public.session_status not null default 'scheduled',
  cancelled_at timestamptz,
  cancellation_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (activity_id, place_id) references public.activities (id, place_id)
    on update cascade on delete cascade,
  constraint sessions_time_check check (starts_at < ends_at),
  constraint sessions_booking_window_check check (
    (booking_opens_at is null or booking_closes_at is null or booking_opens_at < booking_closes_at)
    and (booking_closes_at is null or booking_closes_at <= ends_at)
  ),
  constraint sessions_cancelled_check check ((status = 'cancelled') = (cancelled_at is not null)),
  unique (id, place_id)
);
create index sessions_activity_id_idx on public.sessions (activity_id, place_id, starts_at);
create index sessions_place_id_idx on public.sessions (place_id, starts_at);
create index sessions_starts_at_idx on public.sessions (starts_at) where status = 'scheduled';

-- A médiateur's recurring availability at a place: on the listed ISO weekdays (1 = Monday) between
-- first_day and last_day (a single day when equal), from start_time to end_time, local time.
create table public.appointment_availabilities (
  id uuid primary key default gen_random_uuid(),
  place_id uuid not null references public.places (id) on delete cascade,
  mediateur_id uuid not null references public.profiles (id) on delete cascade,
  first_day date not null,
  last_day date,
  weekdays smallint[] not null default '{1,2,3,4,5}'
    check (cardinality(weekdays) > 0 and weekdays <@ '{1,2,3,4,5,6,7}'::smallint[]),
  start_time time not null,
  end_time time not null,
  time_zone text not null default 'Europe/Paris',
  slot_minutes integer not null default 30 check (slot_minutes in (30, 45, 60)),
  modalities public.appointment_modality[] not null default '{sur_place}'
    check (cardinality(modalities) > 0),
  buffer_minutes integer not null default 0 check (buffer_minutes between 0 and 240),
  min_notice_minutes integer not null default 120 check (min_notice_minutes >= 0),
  horizon_days integer not null default 30 check (horizon_days between 1 and 365),
  who_may_book public.who_may_book not null default 'everyone',
  location_note text,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- The médiateur belongs to the place's team (leaving it removes their availabilities).
  foreign key (place_id, mediateur_id) references public.place_memberships (place_id, user_id)
    on delete cascade,
  constraint appointment_availabilities_days_check check (last_day is null or last_day >= first_day),
  constraint appointment_availabilities_time_check check (start_time < end_time)
);
create index appointment_availabilities_place_id_idx on public.appointment_availabilities (place_id, mediateur_id);
create index appointment_availabilities_mediateur_id_idx on public.appointment_availabilities (mediateur_id);

create trigger activities_updated_at before update on public.activities
  for each row execute function private.set_updated_at();
create trigger sessions_updated_at before update on public.sessions
  for each row execute function private.set_updated_at();
create trigger appointment_availabilities_updated_at before update on public.appointment_availabilities
  for each row execute function private.set_updated_at();
-- cancelled_at follows the status (sessions, bookings, appointments).
create function private.stamp_cancellation() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.status = 'cancelled' then
    new.cancelled_at := coalesce(new.cancelled_at, now());
  else
    new.cancelled_at := null;
  end if;
  return new;
end
$$;
create trigger sessions_cancellation before insert or update of status on public.sessions
  for each row execute function private.stamp_cancellation();
create trigger activities_admin_only before insert or update on public.activities
  for each row execute function private.guard_admin_only_columns('hidden_at', 'hidden_reason');

-- Activities anyone may see: published, not hidden, at a published place.
create function private.public_activity_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select a.id
  from public.activities a
  join public.places p on p.id = a.place_id
  where a.status = 'published' and a.hidden_at is null and p.status = 'published' and p.hidden_at is null
$$;
grant execute on function private.public_activity_ids() to anon, authenticated, service_role;

-- Row-level security ------------------------------------------------------------------------------------

alter table public.activities enable row level security;
alter table public.sessions enable row level security;
alter table public.appointment_availabilities enable row level security;

-- activities: published ones public; the place's members write its catalogue; network admins moderate.
grant select on public.activities to anon, authenticated;
grant insert (place_id, kind, title, description, themes, level, audience, publics, fees_kind, price_cents,
    accessibility_notes, facilitator_name, format, min_attendance, recurrence_rule, status, hidden_at,
    hidden_reason)
  on public.activities to authenticated;
grant update (kind, title, description, themes, level, audience, publics, fees_kind, price_cents,
    accessibility_notes, facilitator_name, format, min_attendance, recurrence_rule, status, hidden_at,
    hidden_reason)
  on public.activities to authenticated;
grant delete on public.activities to authenticated;

create policy "select: published (anon)" on public.activities
  for select to anon
  using (status = 'published' and hidden_at is null and place_id in (select private.published_place_ids()));
create policy "select: published, the team, network admins" on public.activities
  for select to authenticated
  using (
    (status = 'published' and hidden_at is null and place_id in (select private.published_place_ids()))
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "insert: members of the place, network admins" on public.activities
  for insert to authenticated
  with check (place_id in (select private.member_place_ids()) or (select private.is_network_admin()));
create policy "update: members of the place, network admins" on public.activities
  for update to authenticated
  using (place_id in (select private.member_place_ids()) or (select private.is_network_admin()))
  with check (place_id in (select private.member_place_ids()) or (select private.is_network_admin()));
create policy "delete: members of the place, network admins" on public.activities
  for delete to authenticated
  using (place_id in (select private.member_place_ids()) or (select private.is_network_admin()));

-- sessions: public with their activity; the place's members schedule them.
grant select on public.sessions to anon, authenticated;
grant insert (activity_id, place_id, starts_at, ends_at, capacity, booking_opens_at, booking_closes_at,
    cancellation_cutoff_minutes, location_note, status, cancellation_reason)
  on public.sessions to authenticated;
grant update (starts_at, ends_at, capacity, booking_opens_at, booking_closes_at, cancellation_cutoff_minutes,
    location_note, status, cancellation_reason)
  on public.sessions to authenticated;
grant delete on public.sessions to authenticated;

create policy "select: of public activities (anon)" on public.sessions
  for select to anon using (activity_id in (select private.public_activity_ids()));
create policy "select: of public activities, the team, network admins" on public.sessions
  for select to authenticated
  using (
    activity_id in (select private.public_activity_ids())
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "insert: members of the place, network admins" on public.sessions
  for insert to authenticated
  with check (place_id in (select private.member_place_ids()) or (select private.is_network_admin()));
create policy "update: members of the place, network admins" on public.sessions
  for update to authenticated
  using (place_id in (select private.member_place_ids()) or (select private.is_network_admin()))
  with check (place_id in (select private.member_place_ids()) or (select private.is_network_admin()));
create policy "delete: members of the place, network admins" on public.sessions
  for delete to authenticated
  using (place_id in (select private.member_place_ids()) or (select private.is_network_admin()));

-- appointment_availabilities: bookable ones are public (slots are computed from them); the place's managers
-- open them.
grant select on public.appointment_availabilities to anon, authenticated;
grant insert (place_id, mediateur_id, first_day, last_day, weekdays, start_time, end_time, time_zone,
    slot_minutes, modalities, buffer_minutes, min_notice_minutes, horizon_days, who_may_book, location_note,
    is_active)
  on public.appointment_availabilities to authenticated;
grant update (first_day, last_day, weekdays, start_time, end_time, time_zone, slot_minutes, modalities,
    buffer_minutes, min_notice_minutes, horizon_days, who_may_book, location_note, is_active)
  on public.appointment_availabilities to authenticated;
grant delete on public.appointment_availabilities to authenticated;

create policy "select: bookable ones (anon)" on public.appointment_availabilities
  for select to anon
  using (
    is_active and who_may_book <> 'agents' and place_id in (select private.published_place_ids())
  );
create policy "select: bookable ones, the team, network admins" on public.appointment_availabilities
  for select to authenticated
  using (
    (is_active and who_may_book <> 'agents' and place_id in (select private.published_place_ids()))
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "insert: managers of the place, network admins" on public.appointment_availabilities
  for insert to authenticated
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "update: managers of the place, network admins" on public.appointment_availabilities
  for update to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()))
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "delete: managers of the place, network admins" on public.appointment_availabilities
  for delete to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));

revoke execute on all functions in schema private from public;
