-- Job queue: what must happen outside a request or later — booking e-mails, reminders before a session,
-- the minimum-attendance warning to organisers. A job is a row committed in the SAME transaction as what
-- caused it (triggers below): a booking that rolls back leaves no e-mail behind, a committed one always has
-- its e-mail queued, whatever happens to the SMTP server or the worker afterwards. The worker (packages/jobs)
-- claims due jobs with `for update skip locked`, retries failures with backoff, and leaves a job `failed`
-- (with its last error) after its last attempt, visible instead of lost. Plain SQL: the same on the
-- embedded Postgres and on Supabase, created by `supabase db push` like the rest of the schema.

create type private.job_status as enum ('queued', 'running', 'done', 'failed');

create table private.jobs (
  id bigint generated always as identity primary key,
  task text not null check (task ~ '^[a-z][a-z0-9-]*$'),
  payload jsonb not null default '{}'::jsonb,
  -- At most one job per key (a booking's reminder, a session's attendance check): scheduling it again
  -- moves it instead of adding another.
  job_key text constraint jobs_job_key_key unique,
  run_at timestamptz not null default now(),
  status private.job_status not null default 'queued',
  attempts integer not null default 0,
  max_attempts integer not null default 25 check (max_attempts > 0),
  -- Bumped when a keyed job is rescheduled: a worker still running the old version does not mark it done.
  revision integer not null default 0,
  locked_by text,
  locked_at timestamptz,
  last_error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  done_at timestamptz,
  constraint jobs_running_check check ((status = 'running') = (locked_at is not null))
);
create index jobs_due_idx on private.jobs (run_at) where status = 'queued';
create index jobs_running_idx on private.jobs (locked_at) where status = 'running';
create index jobs_failed_idx on private.jobs (updated_at) where status = 'failed';
create index jobs_done_idx on private.jobs (done_at) where status = 'done';
create trigger jobs_updated_at before update on private.jobs
  for each row execute function private.set_updated_at();

alter table private.jobs enable row level security;
grant select, insert, update, delete on private.jobs to service_role;
create policy "the worker reads jobs" on private.jobs for select to service_role using (true);
create policy "the server queues jobs" on private.jobs for insert to service_role with check (true);
create policy "the worker updates jobs" on private.jobs for update to service_role using (true) with check (true);
create policy "the worker forgets old jobs" on private.jobs for delete to service_role using (true);

-- Wakes listening workers when a job becomes due (they also poll, for jobs scheduled later). Notifications
-- with the same payload are folded per transaction: 500 jobs in one commit wake a worker once.
create function private.notify_jobs() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  perform pg_notify('rf_jobs', '');
  return null;
end
$$;
create trigger jobs_notify after insert or update of status, run_at on private.jobs
  for each row when (new.status = 'queued') execute function private.notify_jobs();

-- Queues a job. A keyed job replaces the one with the same key only when its payload changed (the session
-- moved): scheduling the same thing twice — or again after it ran — changes nothing.
create function private.enqueue_job(
  task text,
  payload jsonb default '{}'::jsonb,
  run_at timestamptz default now(),
  job_key text default null,
  max_attempts integer default 25
)
returns bigint
language plpgsql
security definer
set search_path = ''
as $$
declare
  job_id bigint;
begin
  if enqueue_job.job_key is null then
    insert into private.jobs (task, payload, run_at, max_attempts)
    values (enqueue_job.task, enqueue_job.payload, enqueue_job.run_at, enqueue_job.max_attempts)
    returning id into job_id;
    return job_id;
  end if;
  insert into private.jobs as j (task, payload, run_at, job_key, max_attempts)
  values (enqueue_job.task, enqueue_job.payload, enqueue_job.run_at, enqueue_job.job_key, enqueue_job.max_attempts)
  on conflict on constraint jobs_job_key_key do update
    set task = excluded.task,
        payload = excluded.payload,
        run_at = excluded.run_at,
        max_attempts = excluded.max_attempts,
        status = 'queued',
        attempts = 0,
        revision = j.revision + 1,
        locked_by = null,
        locked_at = null,
        last_error = null,
        done_at = null
    where j.payload is distinct from excluded.payload
  returning id into job_id;
  return job_id;
end
$$;

-- Timestamps in payloads are written in one stable form (UTC, to the microsecond), so "did it change"
-- compares instants whatever the session's time zone.
create function private.job_instant(value timestamptz) returns text
language sql immutable parallel safe set search_path = ''
as $$ select to_char(value at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') $$;

-- The reminder of a booking: 24 hours before the session; booked (or moved) later than that, right away
-- while the session is still more than 2 hours off, else none. Who gets it is decided again when it runs
-- (packages/jobs: still confirmed, session still scheduled at that time).
create function private.schedule_session_reminder(booking_id uuid) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  starts timestamptz;
  due timestamptz;
begin
  select s.starts_at into starts
  from public.bookings b
  join public.sessions s on s.id = b.session_id
  where b.id = schedule_session_reminder.booking_id and s.status = 'scheduled'
    and b.status <> 'cancelled' and b.email is not null;
  if not found then
    return;
  end if;
  due := starts - interval '24 hours';
  if due < now() then
    if now() > starts - interval '2 hours' then
      return;
    end if;
    due := now();
  end if;
  perform private.enqueue_job(
    'session-reminder',
    jsonb_build_object('bookingId', schedule_session_reminder.booking_id, 'startsAt', private.job_instant(starts)),
    due,
    'session-reminder:' || schedule_session_reminder.booking_id
  );
end
$$;

-- The minimum-attendance check of a session, at its activity's decision deadline
-- (`min_attendance_notice_minutes` before, 48 hours by default: publishing migration); none when the
-- activity has no minimum or the deadline has already passed.
create function private.schedule_min_attendance_check(session_id uuid) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  target record;
  due timestamptz;
begin
  select s.starts_at, a.min_attendance, a.min_attendance_notice_minutes as minutes into target
  from public.sessions s
  join public.activities a on a.id = s.activity_id
  where s.id = schedule_min_attendance_check.session_id and s.status = 'scheduled';
  if not found or target.min_attendance is null then
    return;
  end if;
  due := target.starts_at - make_interval(mins => target.minutes);
  if due < now() then
    return;
  end if;
  perform private.enqueue_job(
    'min-attendance-check',
    jsonb_build_object(
      'sessionId', schedule_min_attendance_check.session_id,
      'startsAt', private.job_instant(target.starts_at),
      'noticeMinutes', target.minutes
    ),
    due,
    'min-attendance-check:' || schedule_min_attendance_check.session_id
  );
end
$$;

-- A booking made, promoted, moved or cancelled queues its e-mail (only with an e-mail address: no SMS) and
-- (re)schedules its reminder — whichever path changed it (resident, member, prescriber, organiser).
create function private.queue_booking_jobs() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  kind text;
begin
  if tg_op = 'INSERT' then
    kind := new.status::text;
  elsif new.status is distinct from old.status then
    kind := case
      when old.status = 'waitlisted' and new.status = 'confirmed' then 'promoted'
      when new.status = 'cancelled' then 'cancelled'
    end;
  elsif new.session_id is distinct from old.session_id then
    -- Moved to another session: a new confirmation with the new date (same calendar UID: it updates).
    kind := new.status::text;
  end if;
  if tg_op = 'INSERT' and kind = 'cancelled' then
    kind := null;
  end if;
  if kind in ('confirmed', 'waitlisted', 'promoted', 'cancelled') and new.email is not null then
    perform private.enqueue_job('booking-mail', jsonb_build_object('bookingId', new.id, 'kind', kind));
  end if;
  perform private.schedule_session_reminder(new.id);
  return null;
end
$$;
create trigger bookings_queue_jobs after insert or update of status, session_id on public.bookings
  for each row execute function private.queue_booking_jobs();

-- A session created, moved or cancelled: its attendance check and its bookings' reminders follow.
create function private.queue_session_jobs() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.schedule_min_attendance_check(new.id);
  if tg_op = 'UPDATE' and new.starts_at is distinct from old.starts_at then
    perform private.schedule_session_reminder(b.id)
    from public.bookings b
    where b.session_id = new.id and b.status <> 'cancelled' and b.email is not null;
  end if;
  return null;
end
$$;
create trigger sessions_queue_jobs after insert or update of starts_at, status on public.sessions
  for each row execute function private.queue_session_jobs();

-- An activity's minimum or decision deadline changed: its upcoming sessions' checks follow.
create function private.queue_activity_jobs() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.schedule_min_attendance_check(s.id)
  from public.sessions s
  where s.activity_id = new.id and s.status = 'scheduled' and s.starts_at > now();
  return null;
end
$$;
create trigger activities_queue_jobs
  after update of min_attendance, min_attendance_notice_minutes on public.activities
  for each row
  when (
    new.min_attendance is distinct from old.min_attendance
    or new.min_attendance_notice_minutes is distinct from old.min_attendance_notice_minutes
  )
  execute function private.queue_activity_jobs();

revoke execute on function private.enqueue_job(text, jsonb, timestamptz, text, integer) from public;
revoke execute on function private.schedule_session_reminder(uuid) from public;
revoke execute on function private.schedule_min_attendance_check(uuid) from public;
revoke execute on function private.queue_booking_jobs() from public;
revoke execute on function private.queue_session_jobs() from public;
revoke execute on function private.queue_activity_jobs() from public;
revoke execute on function private.notify_jobs() from public;
grant execute on function private.enqueue_job(text, jsonb, timestamptz, text, integer) to service_role;

-- Sessions and bookings that exist already get their checks and reminders.
select private.schedule_min_attendance_check(s.id)
from public.sessions s
where s.status = 'scheduled' and s.starts_at > now();
select private.schedule_session_reminder(b.id)
from public.bookings b
join public.sessions s on s.id = b.session_id
where s.status = 'scheduled' and s.starts_at > now() and b.status <> 'cancelled' and b.email is not null;
