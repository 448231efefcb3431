-- Public at any scale (issue 15, decision 054): whether a row of the catalogue or of the sharing is public
-- depended on its place (published, not hidden), and for a session on its activity too. The read
-- policies said it with `place_id in (select private.published_place_ids())` or
-- `activity_id in (select private.public_activity_ids())`: every statement that touched these tables
-- built every public id first (20,000 places, 12,000 activities at national scale: 10–30 ms before the
-- first row). The place's and the activity's state are now copied onto their rows by triggers, in the
-- writing transaction, so the policies are per-row tests that cost nothing and let the planner use the
-- tables' own indexes. Who sees what does not change: rls-public-places.integration.test.ts compares every
-- actor's rows with the former predicates through hidden, unpublished, republished and merged places.

-- The flags ---------------------------------------------------------------------------------------------

-- `place_public`: the row's place is published and not hidden. `activity_public` (sessions): the session's
-- activity is public (published, not hidden) and so is its place. Nobody writes them but the triggers:
-- no column grant lets a role set them, and a write that names them (or moves the row to another place or
-- activity) has them recomputed.
alter table public.activities add column place_public boolean not null default false;
alter table public.tools add column place_public boolean not null default false;
alter table public.resources add column place_public boolean not null default false;
alter table public.appointment_availabilities add column place_public boolean not null default false;
alter table public.sessions add column activity_public boolean not null default false;

-- Whether a place is public now; the row is share-locked so that a place being unpublished at the same
-- moment waits for this write (or this write for it) and the copy is never stale.
create function private.place_is_public_locked(place uuid) returns boolean
language sql volatile security definer set search_path = ''
as $$
  select coalesce(
    (select p.status = 'published' and p.hidden_at is null from public.places p where p.id = place for share),
    false
  )
$$;

create function private.activity_is_public_locked(activity uuid) returns boolean
language sql volatile security definer set search_path = ''
as $$
  select coalesce(
    (select a.status = 'published' and a.hidden_at is null and a.place_public
     from public.activities a where a.id = activity for share),
    false
  )
$$;

create function private.copy_place_public() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  new.place_public := private.place_is_public_locked(new.place_id);
  return new;
end
$$;

create function private.copy_activity_public() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  new.activity_public := private.activity_is_public_locked(new.activity_id);
  return new;
end
$$;

create trigger activities_place_public before insert or update of place_id, place_public on public.activities
  for each row execute function private.copy_place_public();
create trigger tools_place_public before insert or update of place_id, place_public on public.tools
  for each row execute function private.copy_place_public();
create trigger resources_place_public before insert or update of place_id, place_public on public.resources
  for each row execute function private.copy_place_public();
create trigger appointment_availabilities_place_public before insert or update of place_id, place_public
  on public.appointment_availabilities
  for each row execute function private.copy_place_public();
create trigger sessions_activity_public before insert or update of activity_id, activity_public
  on public.sessions
  for each row execute function private.copy_activity_public();

-- A place published, unpublished, hidden or shown again: its rows follow (their own triggers recompute).
create function private.place_public_changed() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  now_public boolean := new.status = 'published' and new.hidden_at is null;
begin
  update public.activities set place_public = now_public
  where place_id = new.id and place_public is distinct from now_public;
  update public.tools set place_public = now_public
  where place_id = new.id and place_public is distinct from now_public;
  update public.resources set place_public = now_public
  where place_id = new.id and place_public is distinct from now_public;
  update public.appointment_availabilities set place_public = now_public
  where place_id = new.id and place_public is distinct from now_public;
  return null;
end
$$;

create trigger places_public_changed after update of status, hidden_at on public.places
  for each row
  when ((new.status = 'published' and new.hidden_at is null)
    is distinct from (old.status = 'published' and old.hidden_at is null))
  execute function private.place_public_changed();

-- An activity becoming public or not (its state, or its place's): its sessions follow.
create function private.activity_public_changed() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  now_public boolean := new.status = 'published' and new.hidden_at is null and new.place_public;
begin
  update public.sessions set activity_public = now_public
  where activity_id = new.id and activity_public is distinct from now_public;
  return null;
end
$$;

create trigger activities_public_changed after update on public.activities
  for each row
  when ((new.status = 'published' and new.hidden_at is null and new.place_public)
    is distinct from (old.status = 'published' and old.hidden_at is null and old.place_public))
  execute function private.activity_public_changed();

-- The rows that exist today.
update public.activities a set place_public = (p.status = 'published' and p.hidden_at is null)
from public.places p where p.id = a.place_id;
update public.tools t set place_public = (p.status = 'published' and p.hidden_at is null)
from public.places p where p.id = t.place_id;
update public.resources r set place_public = (p.status = 'published' and p.hidden_at is null)
from public.places p where p.id = r.place_id;
update public.appointment_availabilities v set place_public = (p.status = 'published' and p.hidden_at is null)
from public.places p where p.id = v.place_id;
update public.sessions s set activity_public = (a.status = 'published' and a.hidden_at is null and a.place_public)
from public.activities a where a.id = s.activity_id;

-- What the public reads, by index.
create index sessions_public_starts_idx on public.sessions (starts_at, id)
  where activity_public and status = 'scheduled';
create index activities_public_place_idx on public.activities (place_id)
  where place_public and status = 'published' and hidden_at is null;
create index tools_public_place_idx on public.tools (place_id)
  where place_public and status = 'published' and hidden_at is null;
create index resources_public_place_idx on public.resources (place_id)
  where place_public and status = 'published' and hidden_at is null;

-- The policies, per row ---------------------------------------------------------------------------------

alter policy "select: published (anon)" on public.activities
  using (status = 'published' and hidden_at is null and place_public);
alter policy "select: published, the team, network admins" on public.activities
  using (
    (status = 'published' and hidden_at is null and place_public)
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );

alter policy "select: of public activities (anon)" on public.sessions
  using (activity_public);
alter policy "select: of public activities, the team, network admins" on public.sessions
  using (
    activity_public
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );

alter policy "select: bookable ones (anon)" on public.appointment_availabilities
  using (is_active and who_may_book <> 'agents' and place_public);
alter policy "select: bookable ones, the team, network admins" on public.appointment_availabilities
  using (
    (is_active and who_may_book <> 'agents' and place_public)
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );

alter policy "select: published (anon)" on public.tools
  using (status = 'published' and hidden_at is null and place_public);
alter policy "select: published, the team, network admins" on public.tools
  using (
    (status = 'published' and hidden_at is null and place_public)
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );

alter policy "select: published (anon)" on public.resources
  using (status = 'published' and hidden_at is null and place_public);
alter policy "select: published, the team, network admins" on public.resources
  using (
    (status = 'published' and hidden_at is null and place_public)
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );

-- The helpers other functions still call read the flags too.
create or replace function private.public_activity_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select a.id from public.activities a
  where a.status = 'published' and a.hidden_at is null and a.place_public
$$;

create or replace function private.public_tool_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select t.id from public.tools t
  where t.status = 'published' and t.hidden_at is null and t.place_public
$$;

create or replace function private.public_session_seats_taken(session uuid) returns integer
language sql stable security definer set search_path = ''
as $$
  select case
    when exists (
      select 1 from public.sessions s where s.id = session and s.status = 'scheduled' and s.activity_public
    )
    then (
      select count(*)::integer from public.bookings b where b.session_id = session and b.status = 'confirmed'
    )
  end
$$;

revoke execute on function private.place_is_public_locked(uuid), private.activity_is_public_locked(uuid),
  private.copy_place_public(), private.copy_activity_public(), private.place_public_changed(),
  private.activity_public_changed()
  from public, anon, authenticated;
