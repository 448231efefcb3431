-- The catalogue near a point at the national map's scale (issue 15, decision 069).
--
-- A search near a commune lists, each day, the sessions nearest first, and keeps the remote ones (followed
-- from anywhere). On 20,000 places about one activity in five is remote: "near Concarneau, 50 km" matched
-- some 10,500 sessions, 10,300 of them remote, each read through its activity (2,400 index probes) before
-- 20 were shown. A session now carries whether its activity is remote, copied by triggers like
-- `activity_public` (decision 054), and one index orders the public sessions of each kind by time: the
-- page reads the near ones of its days and only the first remote ones it can show.

alter table public.sessions add column activity_remote boolean not null default false;

create function private.copy_activity_remote() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  new.activity_remote := coalesce(
    (select a.format = 'remote' from public.activities a where a.id = new.activity_id),
    false
  );
  return new;
end
$$;

create trigger sessions_activity_remote before insert or update of activity_id, activity_remote
  on public.sessions
  for each row execute function private.copy_activity_remote();

-- An activity that goes online or back on site: its sessions follow (their own trigger recomputes).
create function private.activity_remote_changed() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  update public.sessions set activity_remote = (new.format = 'remote')
  where activity_id = new.id and activity_remote is distinct from (new.format = 'remote');
  return null;
end
$$;

create trigger activities_remote_changed after update of format on public.activities
  for each row when ((new.format = 'remote') is distinct from (old.format = 'remote'))
  execute function private.activity_remote_changed();

revoke execute on function private.copy_activity_remote(), private.activity_remote_changed()
  from public, anon, authenticated;

-- The rows that exist today.
update public.sessions s set activity_remote = true
from public.activities a where a.id = s.activity_id and a.format = 'remote';

-- Public sessions by kind (on site or remote), in time order: the near ones of a day, the first remote ones.
create index sessions_public_kind_starts_idx on public.sessions (activity_remote, starts_at, id)
  include (activity_id, place_id)
  where activity_public and status = 'scheduled';

-- The directory's and the catalogue's totals, and the matches of their words, join the public figures cached
-- by fingerprint (decision 048): they depend on every column a search filters on, so the versions now move
-- with any change to a place or an activity (rare: their teams' edits, imports, geocoding), and with a
-- session's public flags.
drop trigger activities_public_figures_version on public.activities;
create trigger activities_public_figures_version after insert or delete or update on public.activities
  for each statement execute function private.bump_public_figures_version('catalogue');
drop trigger sessions_public_figures_version on public.sessions;
create trigger sessions_public_figures_version
  after insert or delete or update of status, starts_at, activity_id, activity_public, activity_remote
  on public.sessions
  for each statement execute function private.bump_public_figures_version('catalogue');
drop trigger places_public_figures_version on public.places;
create trigger places_public_figures_version after insert or delete or update on public.places
  for each statement execute function private.bump_public_figures_version('places');
