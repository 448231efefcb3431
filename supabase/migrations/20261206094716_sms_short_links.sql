-- Short private links for SMS (issue 14, decision 040): `/r/<token>`, 22 characters (128 random-looking
-- bits, an HMAC of the booking's or appointment's idempotency key under the private-links key), so that an
-- SMS of 160 characters holds its title, time and link. Only the token's SHA-256 is kept, set by the
-- worker when it first sends an SMS; the site resolves it to the full private link. Clients hold no grant on
-- these columns; erasing a person's data removes it with the rest (below).
alter table public.bookings add column sms_token_hash text unique;
alter table public.appointments add column sms_token_hash text unique;

-- SMS counted per place and month (cost control): one row per SMS handed to the provider, kept as a
-- counter only (no number, no text).
create table private.sms_usage (
  place_id uuid not null references public.places (id) on delete cascade,
  month date not null check (month = date_trunc('month', month)::date),
  sent integer not null default 0 check (sent >= 0),
  primary key (place_id, month)
);
alter table private.sms_usage enable row level security;
revoke all on private.sms_usage from public, anon, authenticated;
grant select, insert, update on private.sms_usage to service_role;
create policy "the server counts SMS" on private.sms_usage for all to service_role using (true) with check (true);

-- An erased booking or appointment keeps no way back to it by SMS.
create function private.clear_sms_token_on_erasure() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.erased_at is not null then
    new.sms_token_hash := null;
  end if;
  return new;
end
$$;
create trigger bookings_sms_token_erasure before update of erased_at on public.bookings
  for each row execute function private.clear_sms_token_on_erasure();
create trigger appointments_sms_token_erasure before update of erased_at on public.appointments
  for each row execute function private.clear_sms_token_on_erasure();

-- A booking's news and reminder are queued whatever contact it has: the worker sends the e-mail to an
-- address and the SMS to a mobile number (before, bookings without an e-mail address got nothing).
create or replace function private.schedule_session_reminder(booking_id uuid) returns void
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
    and b.status <> 'cancelled';
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

create or replace function private.queue_booking_jobs() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  kind text;
begin
  if tg_op = 'INSERT' then
    kind := new.status::text;
  elsif new.session_id is distinct from old.session_id and new.status <> 'cancelled' then
    kind := case when new.status = 'waitlisted' then 'moved_waitlisted' else new.status::text end;
  elsif new.status is distinct from old.status then
    kind := case
      when old.status = 'waitlisted' and new.status = 'confirmed' then 'promoted'
      when new.status = 'cancelled' then 'cancelled'
    end;
  end if;
  if tg_op = 'INSERT' and kind = 'cancelled' then
    kind := null;
  end if;
  if kind in ('confirmed', 'waitlisted', 'promoted', 'cancelled', 'moved_waitlisted') then
    perform private.enqueue_job('booking-mail', jsonb_build_object('bookingId', new.id, 'kind', kind));
  end if;
  perform private.schedule_session_reminder(new.id);
  return null;
end
$$;

-- Appointments likewise: their news and reminder whatever contact they have.
create or replace function private.schedule_appointment_reminder(appointment_id uuid) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  starts timestamptz;
  due timestamptz;
begin
  select ap.starts_at into starts
  from public.appointments ap
  where ap.id = schedule_appointment_reminder.appointment_id
    and ap.status = 'booked';
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
    'appointment-reminder',
    jsonb_build_object(
      'appointmentId', schedule_appointment_reminder.appointment_id,
      'startsAt', private.job_instant(starts)
    ),
    due,
    'appointment-reminder:' || schedule_appointment_reminder.appointment_id
  );
end
$$;

create or replace function private.queue_appointment_jobs() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  kind text;
begin
  if tg_op = 'INSERT' then
    kind := case when new.status = 'booked' then 'confirmed' end;
  elsif new.status is distinct from old.status then
    kind := case when new.status = 'cancelled' then 'cancelled' end;
  end if;
  if kind is not null then
    perform private.enqueue_job('appointment-mail', jsonb_build_object('appointmentId', new.id, 'kind', kind));
  end if;
  perform private.schedule_appointment_reminder(new.id);
  return null;
end
$$;

revoke execute on all functions in schema private from public;
