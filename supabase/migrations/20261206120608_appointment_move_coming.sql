-- Appointments, like bookings (issue 14, "Reach every resident"): from their private link a resident can
-- answer "Je viens", and move their appointment to another free slot of the same place.
--
-- 1. `coming_confirmed_at`, written by the server (service role) from the private link; the place's team
--    reads it on its day of appointments (appointments are read column by column: rls_hardening). Erasing
--    a person's data keeps it (it names no one). A move clears it: the answer was for the former time.
-- 2. The slot checks of `private.book_appointment` in one function, `private.appointment_slot_outcome`,
--    which the booking and the move share: the same rules, the same per-médiateur lock, the exclusion
--    constraint still the last word.
-- 3. `private.move_appointment`: the move in one statement, by private link.
-- 4. A moved appointment tells the person (`appointment-mail` kind `moved`, and its SMS twin); its
--    reminder is rescheduled by the same trigger (its job key is the appointment's, its payload the start).

alter table public.appointments add column coming_confirmed_at timestamptz;
grant select (coming_confirmed_at) on public.appointments to authenticated;

-- Whether `starts_at` is a slot of availability `a` (a row of appointment_availabilities) that may be
-- booked now with this modality, and the médiateur is free then (buffer included), not counting the
-- appointment `except_id` (the one being moved):
--   'ok' | 'invalid' (not a slot of it now: time, notice, horizon, modality, who) | 'taken'.
-- The caller holds the médiateur's lock (`appointment:<mediateur_id>`).
create function private.appointment_slot_outcome(
  availability_id uuid,
  starts_at timestamptz,
  modality public.appointment_modality,
  prescriber_name text,
  except_id uuid
)
returns text
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  a record;
  local_start timestamp;
  local_end timestamp;
  slot_end timestamptz;
  step_minutes integer;
  offset_minutes numeric;
begin
  select av.* into a from public.appointment_availabilities av
  where av.id = appointment_slot_outcome.availability_id;
  if not found then
    return 'invalid';
  end if;
  slot_end := appointment_slot_outcome.starts_at + make_interval(mins => a.slot_minutes);
  local_start := appointment_slot_outcome.starts_at at time zone a.time_zone;
  local_end := slot_end at time zone a.time_zone;
  step_minutes := a.slot_minutes + a.buffer_minutes;
  -- Minutes from the day's window start (an instant, so a change of time does not shift the grid).
  offset_minutes := extract(epoch from (
    appointment_slot_outcome.starts_at - ((local_start::date + a.start_time) at time zone a.time_zone)
  )) / 60;
  if not (
    appointment_slot_outcome.modality = any (a.modalities)
    and local_start::date >= a.first_day
    and (a.last_day is null or local_start::date <= a.last_day)
    and extract(isodow from local_start)::smallint = any (a.weekdays)
    and offset_minutes >= 0
    and mod(offset_minutes, step_minutes) = 0
    and local_end::date = local_start::date
    and slot_end <= (local_start::date + a.end_time) at time zone a.time_zone
    and appointment_slot_outcome.starts_at >= now() + make_interval(mins => a.min_notice_minutes)
    and appointment_slot_outcome.starts_at <= now() + make_interval(days => a.horizon_days)
    and (a.who_may_book = 'everyone' or nullif(trim(appointment_slot_outcome.prescriber_name), '') is not null)
  ) then
    return 'invalid';
  end if;
  if exists (
    select 1 from public.appointments ap
    where ap.mediateur_id = a.mediateur_id and ap.status = 'booked'
      and ap.id is distinct from appointment_slot_outcome.except_id
      and tstzrange(ap.starts_at, ap.ends_at) && tstzrange(
        appointment_slot_outcome.starts_at - make_interval(mins => a.buffer_minutes),
        slot_end + make_interval(mins => a.buffer_minutes)
      )
  ) then
    return 'taken';
  end if;
  return 'ok';
end
$$;

-- The booking, with its checks now in `appointment_slot_outcome` (same outcomes as before).
create or replace function private.book_appointment(
  availability_id uuid,
  starts_at timestamptz,
  modality public.appointment_modality,
  first_name text,
  email text,
  phone text,
  prescriber_name text,
  prescriber_organisation text,
  motive text,
  user_id uuid,
  manage_token_hash text,
  idempotency_key uuid
)
returns table (appointment_id uuid, outcome text)
language plpgsql
security definer
set search_path = ''
as $$
declare
  a record;
  found_id uuid;
  checked text;
begin
  if book_appointment.idempotency_key is not null then
    select ap.id into found_id
    from public.appointments ap where ap.idempotency_key = book_appointment.idempotency_key;
    if found then
      return query select found_id, 'replayed'::text;
      return;
    end if;
  end if;

  select av.* into a
  from public.appointment_availabilities av
  where av.id = book_appointment.availability_id
    and av.id in (select private.bookable_availability_ids());
  if not found then
    raise exception 'availability_not_bookable: %', book_appointment.availability_id using errcode = 'P0002';
  end if;

  -- One booking at a time per médiateur (whatever the place), so the buffer check below cannot race; a
  -- concurrent double submit waits here and then finds its twin by idempotency key.
  perform pg_advisory_xact_lock(hashtextextended('appointment:' || a.mediateur_id::text, 0));
  if book_appointment.idempotency_key is not null then
    select ap.id into found_id
    from public.appointments ap where ap.idempotency_key = book_appointment.idempotency_key;
    if found then
      return query select found_id, 'replayed'::text;
      return;
    end if;
  end if;

  checked := private.appointment_slot_outcome(
    a.id, book_appointment.starts_at, book_appointment.modality, book_appointment.prescriber_name, null
  );
  if checked <> 'ok' then
    return query select null::uuid, checked;
    return;
  end if;

  begin
    insert into public.appointments as ap (
      availability_id, place_id, mediateur_id, starts_at, ends_at, modality, motive, first_name, email, phone,
      consent_at, prescriber_name, prescriber_organisation, user_id, manage_token_hash, idempotency_key
    )
    values (
      a.id, a.place_id, a.mediateur_id, book_appointment.starts_at,
      book_appointment.starts_at + make_interval(mins => a.slot_minutes), book_appointment.modality,
      book_appointment.motive, book_appointment.first_name, book_appointment.email, book_appointment.phone,
      now(), book_appointment.prescriber_name, book_appointment.prescriber_organisation,
      book_appointment.user_id, book_appointment.manage_token_hash, book_appointment.idempotency_key
    )
    returning ap.id into found_id;
  exception when exclusion_violation then
    -- The constraint saw a booking the check above did not (e.g. made outside this function).
    return query select null::uuid, 'taken'::text;
    return;
  end;
  return query select found_id, 'created'::text;
end
$$;

-- Moves the booked appointment whose private link hashes to `manage_token_hash` to the slot `starts_at`
-- of availability `availability_id`, which must be publicly bookable, at the same place, and free by the
-- booking's rules (same modality; a prescribers-only availability when a prescriber booked it). The
-- appointment keeps its row, its private link and its contact; its médiateur may change with the
-- availability. Whether its own cut-off has passed is checked by the API (domain rule) before calling.
--   outcome 'moved'     : moved (its e-mail/SMS and reminder are queued by the trigger);
--   outcome 'replayed'  : it is already at that slot (the same move sent twice): nothing changes;
--   outcome 'taken'     : the médiateur is no longer free then;
--   outcome 'invalid'   : not a slot offered now, or of another place;
--   outcome 'not_found' : no booked appointment has this link.
create function private.move_appointment(
  manage_token_hash text,
  availability_id uuid,
  starts_at timestamptz
)
returns table (appointment_id uuid, outcome text)
language plpgsql
security definer
set search_path = ''
as $$
declare
  ap record;
  a record;
  checked text;
begin
  -- The row lock serialises moves of this appointment: a twin of this move waits here, then finds it
  -- already done.
  select x.id, x.place_id, x.availability_id, x.starts_at, x.modality, x.prescriber_name, x.status into ap
  from public.appointments x
  where x.manage_token_hash = move_appointment.manage_token_hash
  for update;
  if not found or ap.status <> 'booked' then
    return query select null::uuid, 'not_found'::text;
    return;
  end if;
  if ap.availability_id = move_appointment.availability_id and ap.starts_at = move_appointment.starts_at then
    return query select ap.id, 'replayed'::text;
    return;
  end if;

  select av.id, av.mediateur_id, av.slot_minutes into a
  from public.appointment_availabilities av
  where av.id = move_appointment.availability_id
    and av.place_id = ap.place_id
    and av.id in (select private.bookable_availability_ids());
  if not found then
    return query select null::uuid, 'invalid'::text;
    return;
  end if;

  perform pg_advisory_xact_lock(hashtextextended('appointment:' || a.mediateur_id::text, 0));
  checked := private.appointment_slot_outcome(
    a.id, move_appointment.starts_at, ap.modality, ap.prescriber_name, ap.id
  );
  if checked <> 'ok' then
    return query select null::uuid, checked;
    return;
  end if;

  begin
    update public.appointments x
    set availability_id = a.id,
        mediateur_id = a.mediateur_id,
        starts_at = move_appointment.starts_at,
        ends_at = move_appointment.starts_at + make_interval(mins => a.slot_minutes),
        coming_confirmed_at = null
    where x.id = ap.id;
  exception when exclusion_violation then
    return query select null::uuid, 'taken'::text;
    return;
  end;
  return query select ap.id, 'moved'::text;
end
$$;

-- News of an appointment: booked, cancelled, or moved (its new time, in the payload: a later move has its
-- own message). Booked or moved, its reminder is (re)scheduled.
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

revoke execute on all functions in schema private from public;
grant execute on function private.book_appointment(
  uuid, timestamptz, public.appointment_modality, text, text, text, text, text, text, uuid, text, uuid
) to service_role;
grant execute on function private.move_appointment(text, uuid, timestamptz) to service_role;
