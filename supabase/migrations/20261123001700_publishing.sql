-- Publishing workshops and trainings: what members and managers need beyond the catalogue schema.
--   * a session plan submitted twice (a double click, a reload) creates its sessions once: a scheduled
--     session is unique per activity and start;
--   * the minimum attendance is decided some time before each session (the organiser is warned when too few
--     people booked, and may cancel in time): that notice is stored on the activity;
--   * cancelling a session cancels its bookings in the same transaction, also for a member (bookings are
--     otherwise updated by managers only) — through one function that checks the team.

-- Unique among scheduled sessions only: a cancelled session may be scheduled again at the same time.
create unique index sessions_activity_starts_at_key on public.sessions (activity_id, starts_at)
  where status = 'scheduled';

-- How long before each session the minimum attendance is checked: the organiser is warned when fewer than
-- `min_attendance` seats are confirmed at `starts_at - min_attendance_notice_minutes` (job queue, decision 014).
alter table public.activities
  add column min_attendance_notice_minutes integer not null default 2880
    check (min_attendance_notice_minutes between 60 and 20160);
grant insert (min_attendance_notice_minutes), update (min_attendance_notice_minutes)
  on public.activities to authenticated;

-- Cancels a scheduled session and every live booking of it, for the place's team or a network admin.
-- Returns the bookings cancelled, so the caller can tell the people (after commit). Cancelling an already
-- cancelled session returns nothing.
create function private.cancel_session(session_id uuid, reason text)
returns table (booking_id uuid)
language plpgsql
security definer
set search_path = ''
as $$
declare
  target record;
begin
  select s.id, s.place_id, s.status into target
  from public.sessions s where s.id = cancel_session.session_id
  for update;
  if not found
     or not (private.is_member_of(target.place_id) or (select private.is_network_admin())) then
    raise exception 'session_not_found: %', cancel_session.session_id using errcode = 'P0002';
  end if;
  if target.status = 'cancelled' then
    return;
  end if;
  update public.sessions s
  set status = 'cancelled', cancellation_reason = nullif(trim(cancel_session.reason), '')
  where s.id = target.id;
  return query
    update public.bookings b set status = 'cancelled'
    where b.session_id = target.id and b.status <> 'cancelled'
    returning b.id;
end
$$;

revoke execute on all functions in schema private from public;
grant execute on function private.cancel_session(uuid, text) to authenticated;
