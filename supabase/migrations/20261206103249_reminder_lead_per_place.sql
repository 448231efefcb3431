-- Reminders before a session or an appointment (issue 14, decision 040): two days before by default (48
-- hours: residents can still free the seat for someone on the waiting list), set per place by its managers
-- (2 hours to a week). Booked later than that, the reminder goes at once while the start is more than 2
-- hours off, as before. Reminders already queued keep their time until their booking or session changes.
alter table public.places
  add column reminder_hours integer not null default 48 check (reminder_hours between 2 and 168);
grant update (reminder_hours) on public.places to authenticated;

create or replace function private.schedule_session_reminder(booking_id uuid) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  starts timestamptz;
  lead_hours integer;
  due timestamptz;
begin
  select s.starts_at, p.reminder_hours into starts, lead_hours
  from public.bookings b
  join public.sessions s on s.id = b.session_id
  join public.places p on p.id = s.place_id
  where b.id = schedule_session_reminder.booking_id and s.status = 'scheduled'
    and b.status <> 'cancelled';
  if not found then
    return;
  end if;
  due := starts - make_interval(hours => lead_hours);
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

create or replace function private.schedule_appointment_reminder(appointment_id uuid) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  starts timestamptz;
  lead_hours integer;
  due timestamptz;
begin
  select ap.starts_at, p.reminder_hours into starts, lead_hours
  from public.appointments ap
  join public.places p on p.id = ap.place_id
  where ap.id = schedule_appointment_reminder.appointment_id
    and ap.status = 'booked';
  if not found then
    return;
  end if;
  due := starts - make_interval(hours => lead_hours);
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

revoke execute on all functions in schema private from public;
