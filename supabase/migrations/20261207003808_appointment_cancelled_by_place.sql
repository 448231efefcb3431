-- Issue 14, decision 071: the place's team cancels an appointment from the console (a médiateur falls ill),
-- and the person is told that the PLACE cancelled it, why if the team said, and where to book another time.
--
-- 1. Who cancelled and why, on the appointment: the job reads them when it runs (it never tells something
--    no longer true), and the day's list shows them. The reason is the team's words, short (an SMS is not
--    the place for it: the e-mail carries it), and erased with the rest of the person's data.
-- 2. `private.cancel_appointment_by_place`: the only way a signed-in person cancels an appointment (the
--    table stays closed to their updates, 20261206064129). The team check is inside, under the row's lock,
--    so a direct call by a member of another place is refused whatever the client; a second call finds the
--    appointment cancelled and changes nothing, so nothing more is queued (a double click sends one notice).
-- 3. The news trigger queues `place_cancelled` instead of `cancelled` for it, in the same transaction.
--    The slot is free again as soon as the row is cancelled: the slots and the no-overlap constraint only
--    count booked appointments.

alter table public.appointments
  add column cancelled_by_place boolean not null default false,
  add column cancellation_reason text,
  add constraint appointments_cancellation_reason_length check (char_length(cancellation_reason) <= 200),
  add constraint appointments_cancelled_by_place_status check (not cancelled_by_place or status = 'cancelled');

-- Read by the place's team on its day of appointments (column grants, 20261206064129).
grant select (cancelled_by_place, cancellation_reason) on public.appointments to authenticated;

create function private.cancel_appointment_by_place(appointment_id uuid, reason text)
returns table (outcome text)
language plpgsql
security definer
set search_path = ''
as $$
declare
  target record;
begin
  select ap.id, ap.place_id, ap.status, ap.starts_at into target
  from public.appointments ap where ap.id = cancel_appointment_by_place.appointment_id
  for update;
  if not found then
    return query select 'not_found'::text;
    return;
  end if;
  if not (
    target.place_id in (select private.managed_place_ids())
    or (select private.is_network_admin())
    or coalesce(auth.role(), '') = 'service_role'
  ) then
    raise exception 'not a manager of the appointment''s place' using errcode = '42501';
  end if;
  if target.status = 'cancelled' then
    return query select 'already_cancelled'::text;
    return;
  end if;
  -- Past its start, it happened or the person did not come: attendance says which, not a cancellation.
  if target.starts_at <= now() then
    return query select 'past'::text;
    return;
  end if;
  update public.appointments ap
  set status = 'cancelled', cancelled_by_place = true,
      cancellation_reason = left(nullif(trim(cancel_appointment_by_place.reason), ''), 200)
  where ap.id = target.id;
  return query select 'cancelled'::text;
end
$$;

-- News of an appointment: booked, cancelled (by the person, or by the place: its own message), or moved.
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
    kind := case
      when new.status = 'cancelled' and new.cancelled_by_place then 'place_cancelled'
      when new.status = 'cancelled' then 'cancelled'
    end;
  elsif new.status = 'booked' and new.starts_at is distinct from old.starts_at then
    kind := 'moved';
  end if;
  if kind = 'moved' then
    perform private.enqueue_job(
      'appointment-mail',
      jsonb_build_object('appointmentId', new.id, 'kind', kind, 'startsAt', private.job_instant(new.starts_at))
    );
  elsif kind is not null then
    perform private.enqueue_job('appointment-mail', jsonb_build_object('appointmentId', new.id, 'kind', kind));
  end if;
  perform private.schedule_appointment_reminder(new.id);
  return null;
end
$$;

-- The erasure (20261206080000) also takes the reason: the team may have named someone in it.
create or replace function private.erase_personal_data(booking_ids uuid[], appointment_ids uuid[])
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  erased_bookings integer;
  erased_appointments integer;
begin
  update public.bookings b
  set first_name = '—', email = null, phone = null, prescriber_name = null, prescriber_organisation = null,
      prescriber_email = null, user_id = null, manage_token_hash = null, erased_at = now()
  where b.id = any(coalesce(erase_personal_data.booking_ids, '{}')) and b.erased_at is null;
  get diagnostics erased_bookings = row_count;
  update public.appointments a
  set first_name = '—', email = null, phone = null, prescriber_name = null, prescriber_organisation = null,
      prescriber_email = null, user_id = null, manage_token_hash = null, motive = null,
      cancellation_reason = null, erased_at = now()
  where a.id = any(coalesce(erase_personal_data.appointment_ids, '{}')) and a.erased_at is null;
  get diagnostics erased_appointments = row_count;
  return erased_bookings + erased_appointments;
end
$$;

revoke execute on function private.cancel_appointment_by_place(uuid, text) from public;
grant execute on function private.cancel_appointment_by_place(uuid, text) to authenticated, service_role;
