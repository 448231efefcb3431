-- Appointment e-mails through the job queue (20261123001800), like booking e-mails: the confirmation, the
-- cancellation and a reminder the day before are queued by a trigger in the appointment's own transaction,
-- so an SMTP outage or a crash after commit loses none of them, and whichever path changes an appointment
-- (the person's private link, the place's team) the e-mails follow. The worker writes them from the
-- appointment as it is when it runs (packages/jobs/src/tasks/appointment-*.ts).
--
-- Also: a booking moved into a full session (confirmed → waitlisted by private.move_booking) is told so.

-- The reminder of an appointment: the same rules as a session's (24 hours before; booked later than that,
-- right away while it is still more than 2 hours off, else none). Checked again when it runs.
create function private.schedule_appointment_reminder(appointment_id uuid) returns void
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
    and ap.status = 'booked' and ap.email is not null;
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

-- An appointment booked or cancelled queues its e-mail (only with an e-mail address: no SMS); booked or
-- moved, it (re)schedules its reminder.
create function private.queue_appointment_jobs() returns trigger
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
  if kind is not null and new.email is not null then
    perform private.enqueue_job('appointment-mail', jsonb_build_object('appointmentId', new.id, 'kind', kind));
  end if;
  perform private.schedule_appointment_reminder(new.id);
  return null;
end
$$;
create trigger appointments_queue_jobs after insert or update of status, starts_at on public.appointments
  for each row execute function private.queue_appointment_jobs();

-- Bookings: a move comes first. Moved into a session with a seat, the person gets a new confirmation (same
-- calendar UID: the event moves); moved onto its waitlist — also from a confirmed seat, which the status
-- change alone used to hide — they are told their booking moved and that they are waiting.
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
  if kind in ('confirmed', 'waitlisted', 'promoted', 'cancelled', 'moved_waitlisted') and new.email is not null then
    perform private.enqueue_job('booking-mail', jsonb_build_object('bookingId', new.id, 'kind', kind));
  end if;
  perform private.schedule_session_reminder(new.id);
  return null;
end
$$;

revoke execute on function private.schedule_appointment_reminder(uuid) from public;
revoke execute on function private.queue_appointment_jobs() from public;
revoke execute on function private.queue_booking_jobs() from public;

-- Appointments that exist already get their reminders.
select private.schedule_appointment_reminder(ap.id)
from public.appointments ap
where ap.status = 'booked' and ap.starts_at > now() and ap.email is not null;
