-- Appointment engine: booking a médiateur's slot and cancelling it by private link, each in ONE
-- transaction, for residents without an account. The server calls these functions as the service role
-- (RLS keeps appointments closed to anon). Which slots are offered is computed by the domain
-- (packages/domain/src/appointments/slots.ts); here the slot is checked again under a per-médiateur lock,
-- and the exclusion constraint `appointments_no_overlap` stays the last word.

-- Books the slot [starts_at, starts_at + slot length) of a publicly bookable availability.
--   outcome 'created'  : a new appointment;
--   outcome 'replayed' : the same idempotency key was already used (a double submit): that appointment;
--   outcome 'taken'    : the médiateur is no longer free then (booked meanwhile, buffer included);
--   outcome 'invalid'  : not a slot of this availability now (time, notice, horizon, modality, who).
-- Attempts are throttled by the API with private.record_booking_attempt, shared with session bookings.
create function private.book_appointment(
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
  local_start timestamp;
  local_end timestamp;
  slot_end timestamptz;
  step_minutes integer;
  offset_minutes numeric;
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

  slot_end := book_appointment.starts_at + make_interval(mins => a.slot_minutes);
  local_start := book_appointment.starts_at at time zone a.time_zone;
  local_end := slot_end at time zone a.time_zone;
  step_minutes := a.slot_minutes + a.buffer_minutes;
  -- Minutes from the day's window start (an instant, so a change of time does not shift the grid).
  offset_minutes := extract(epoch from (
    book_appointment.starts_at - ((local_start::date + a.start_time) at time zone a.time_zone)
  )) / 60;
  if not (
    book_appointment.modality = any (a.modalities)
    and local_start::date >= a.first_day
    and (a.last_day is null or local_start::date <= a.last_day)
    and extract(isodow from local_start)::smallint = any (a.weekdays)
    and offset_minutes >= 0
    and mod(offset_minutes, step_minutes) = 0
    and local_end::date = local_start::date
    and slot_end <= (local_start::date + a.end_time) at time zone a.time_zone
    and book_appointment.starts_at >= now() + make_interval(mins => a.min_notice_minutes)
    and book_appointment.starts_at <= now() + make_interval(days => a.horizon_days)
    and (a.who_may_book = 'everyone' or nullif(trim(book_appointment.prescriber_name), '') is not null)
  ) then
    return query select null::uuid, 'invalid'::text;
    return;
  end if;

  if exists (
    select 1 from public.appointments ap
    where ap.mediateur_id = a.mediateur_id and ap.status = 'booked'
      and tstzrange(ap.starts_at, ap.ends_at) && tstzrange(
        book_appointment.starts_at - make_interval(mins => a.buffer_minutes),
        slot_end + make_interval(mins => a.buffer_minutes)
      )
  ) then
    return query select null::uuid, 'taken'::text;
    return;
  end if;

  begin
    insert into public.appointments as ap (
      availability_id, place_id, mediateur_id, starts_at, ends_at, modality, motive, first_name, email, phone,
      consent_at, prescriber_name, prescriber_organisation, user_id, manage_token_hash, idempotency_key
    )
    values (
      a.id, a.place_id, a.mediateur_id, book_appointment.starts_at, slot_end, book_appointment.modality,
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

-- Cancels the appointment whose private link hashes to `manage_token_hash`. Whether the cut-off has
-- passed is checked by the API (domain rule) before calling. Returns nothing for an unknown or already
-- cancelled appointment.
create function private.cancel_appointment(manage_token_hash text)
returns table (appointment_id uuid)
language sql
security definer
set search_path = ''
as $$
  update public.appointments ap set status = 'cancelled'
  where ap.manage_token_hash = cancel_appointment.manage_token_hash and ap.status = 'booked'
  returning ap.id
$$;

revoke execute on all functions in schema private from public;
grant execute on function private.book_appointment(
  uuid, timestamptz, public.appointment_modality, text, text, text, text, text, text, uuid, text, uuid
) to service_role;
grant execute on function private.cancel_appointment(text) to service_role;
