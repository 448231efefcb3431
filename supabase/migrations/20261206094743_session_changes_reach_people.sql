-- Every change to a session reaches the people it affects (issue 14, decision 039), in the same transaction
-- as the change, through the job queue (20261123001800):
--   * moved (`starts_at`/`ends_at`) or changed place (`place_id`, when its activity moves to another place,
--     or `location_note`, the room): one `session-change` job per live booking, confirmed or waitlisted and
--     not erased. Its reminder already follows the new time (`queue_session_jobs`);
--   * capacity raised: the people waiting take the new seats in arrival order (`promote_waitlist`), each
--     told by the `booking-mail` 'promoted' job that the booking trigger queues;
--   * minimum attendance unmet at its deadline: the activity says what the `min-attendance-check` task
--     does — cancel the session and tell everyone ('cancel', the default), or warn its organisers only.

-- What happens when a session's minimum is not reached: set per activity, next to the minimum itself.
alter table public.activities
  add column min_attendance_action text not null default 'cancel'
    check (min_attendance_action in ('cancel', 'warn'));
grant insert (min_attendance_action), update (min_attendance_action) on public.activities to authenticated;

-- One notice per booking and kind of change. The job's key is the booking's and the kind's; its payload
-- holds the session's new state: the same change queued again (a repeated update, a double submit) has
-- the same payload and changes nothing (`enqueue_job`), a further change replaces a notice not yet sent
-- (one e-mail with the latest state) or queues a new one after it went out.
create function private.queue_session_change_jobs() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  change text;
  state jsonb;
begin
  if new.starts_at is distinct from old.starts_at or new.ends_at is distinct from old.ends_at then
    -- Moved (perhaps elsewhere too): the notice says the new date and the place as they are now.
    change := 'moved';
    state := jsonb_build_object(
      'startsAt', private.job_instant(new.starts_at), 'endsAt', private.job_instant(new.ends_at)
    );
  else
    change := 'place_changed';
    state := jsonb_build_object(
      'startsAt', private.job_instant(new.starts_at), 'placeId', new.place_id, 'locationNote', new.location_note
    );
  end if;
  perform private.enqueue_job(
    'session-change',
    jsonb_build_object('bookingId', b.id, 'change', change) || state,
    now(),
    'session-change:' || change || ':' || b.id
  )
  from public.bookings b
  where b.session_id = new.id and b.status in ('confirmed', 'waitlisted') and b.erased_at is null;
  return null;
end
$$;
create trigger sessions_change_notices
  after update of starts_at, ends_at, place_id, location_note on public.sessions
  for each row
  when (
    new.status = 'scheduled' and new.ends_at > now()
    and (
      new.starts_at is distinct from old.starts_at
      or new.ends_at is distinct from old.ends_at
      or new.place_id is distinct from old.place_id
      or new.location_note is distinct from old.location_note
    )
  )
  execute function private.queue_session_change_jobs();

-- Seats added to a session go to the people waiting, first come first served, before any newcomer. The
-- session row is locked by the update itself (what `promote_waitlist` needs).
create function private.promote_into_new_seats() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  for i in 1..(new.capacity - old.capacity) loop
    exit when private.promote_waitlist(new.id) is null;
  end loop;
  return null;
end
$$;
create trigger sessions_capacity_raised after update of capacity on public.sessions
  for each row when (new.capacity > old.capacity and new.status = 'scheduled')
  execute function private.promote_into_new_seats();

-- Cancelling a session is also what the worker does (as the service role) when its minimum is not met.
create or replace function private.cancel_session(session_id uuid, reason text)
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
     or not (
       private.is_member_of(target.place_id)
       or (select private.is_network_admin())
       or coalesce(auth.role(), '') = 'service_role'
     ) then
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

-- The automatic cancellation, decided again under the session's lock so that a booking made meanwhile is
-- counted: the session is still scheduled at `starts_at`, its activity still asks to cancel, and fewer
-- people than the minimum are confirmed. Returns whether it cancelled (the booking trigger queues every
-- person's cancellation e-mail, with `reason`).
create function private.cancel_session_below_minimum(session_id uuid, starts_at timestamptz, reason text)
returns boolean
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform 1 from public.sessions s where s.id = cancel_session_below_minimum.session_id for update;
  if not exists (
    select 1
    from public.sessions s
    join public.activities a on a.id = s.activity_id
    where s.id = cancel_session_below_minimum.session_id
      and s.status = 'scheduled'
      and s.starts_at = cancel_session_below_minimum.starts_at
      and a.min_attendance_action = 'cancel'
      and a.min_attendance > (
        select count(*) from public.bookings b where b.session_id = s.id and b.status = 'confirmed'
      )
  ) then
    return false;
  end if;
  perform private.cancel_session(cancel_session_below_minimum.session_id, cancel_session_below_minimum.reason);
  return true;
end
$$;

revoke execute on all functions in schema private from public;
grant execute on function private.cancel_session(uuid, text) to authenticated, service_role;
grant execute on function private.cancel_session_below_minimum(uuid, timestamptz, text) to service_role;
