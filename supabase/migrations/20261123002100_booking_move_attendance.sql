-- Moving a booking to another session of the same workshop, prescribers' e-mail, and when attendance may
-- be taken. Same rules as the booking engine (20261123001500): the server calls these functions as the
-- service role, sessions are locked before their bookings, and the cut-offs are domain rules checked by
-- the API before calling.

-- Promotes the first person waiting (earliest arrival) when the session has a free seat; the session row
-- must already be locked by the caller. Returns the promoted booking, or null.
create function private.promote_waitlist(session_id uuid)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  promoted uuid;
begin
  if (
    select count(*) from public.bookings b
    where b.session_id = promote_waitlist.session_id and b.status = 'confirmed'
  ) < (select s.capacity from public.sessions s where s.id = promote_waitlist.session_id) then
    update public.bookings b set status = 'confirmed'
    where b.id = (
      select w.id from public.bookings w
      where w.session_id = promote_waitlist.session_id and w.status = 'waitlisted'
      order by w.arrival
      limit 1
    )
    returning b.id into promoted;
  end if;
  return promoted;
end
$$;

-- Cancelling now shares the promotion with moving (same behaviour as before).
create or replace function private.cancel_booking(manage_token_hash text)
returns table (booking_id uuid, promoted_booking_id uuid)
language plpgsql
security definer
set search_path = ''
as $$
declare
  target record;
begin
  select b.id, b.session_id, b.status into target
  from public.bookings b
  where b.manage_token_hash = cancel_booking.manage_token_hash and b.status <> 'cancelled';
  if not found then
    return;
  end if;
  -- Same lock order as booking: the session first, then its bookings.
  perform 1 from public.sessions s where s.id = target.session_id for update;
  update public.bookings b set status = 'cancelled'
  where b.id = target.id and b.status <> 'cancelled';
  if not found then
    return;
  end if;
  return query select target.id, private.promote_waitlist(target.session_id);
end
$$;

-- Booking now also keeps the prescriber's e-mail (a prescriber books for a resident with their consent).
drop function private.book_session(uuid, text, text, text, text, text, uuid, text, uuid);
create function private.book_session(
  session_id uuid,
  first_name text,
  email text,
  phone text,
  prescriber_name text,
  prescriber_organisation text,
  prescriber_email text,
  user_id uuid,
  manage_token_hash text,
  idempotency_key uuid
)
returns table (booking_id uuid, status public.booking_status, arrival bigint, outcome text)
language plpgsql
security definer
set search_path = ''
as $$
declare
  target record;
  found_booking record;
  key text := private.person_key(book_session.email, book_session.phone);
begin
  -- The lock serialises bookings of this session (and waits for a concurrent double submit to commit).
  select s.id, s.place_id into target
  from public.sessions s
  where s.id = book_session.session_id
    and s.status = 'scheduled'
    and s.activity_id in (select private.public_activity_ids())
  for update;
  if not found then
    raise exception 'session_not_bookable: %', book_session.session_id using errcode = 'P0002';
  end if;

  if book_session.idempotency_key is not null then
    select b.id, b.status, b.arrival into found_booking
    from public.bookings b where b.idempotency_key = book_session.idempotency_key;
    if found then
      return query select found_booking.id, found_booking.status, found_booking.arrival, 'replayed'::text;
      return;
    end if;
  end if;

  select b.id, b.status, b.arrival into found_booking
  from public.bookings b
  where b.session_id = target.id and b.person_key = key and b.status <> 'cancelled';
  if found then
    return query select found_booking.id, found_booking.status, found_booking.arrival, 'existing'::text;
    return;
  end if;

  -- Confirmed by default; the capacity trigger turns it into a waitlisted booking when the session is full.
  insert into public.bookings as b (
    session_id, place_id, first_name, email, phone, consent_at, prescriber_name, prescriber_organisation,
    prescriber_email, user_id, manage_token_hash, idempotency_key
  )
  values (
    target.id, target.place_id, book_session.first_name, book_session.email, book_session.phone, now(),
    book_session.prescriber_name, book_session.prescriber_organisation, book_session.prescriber_email,
    book_session.user_id, book_session.manage_token_hash, book_session.idempotency_key
  )
  returning b.id, b.status, b.arrival into found_booking;
  return query select found_booking.id, found_booking.status, found_booking.arrival, 'created'::text;
end
$$;

-- Moves the booking whose private link hashes to `manage_token_hash` to another session of the same
-- workshop, in one transaction: the booking row itself moves (same private link, same calendar UID), with
-- a new arrival number in the target session: a seat if one is left, else a place at the end of its
-- waitlist; its old seat goes to the first person waiting there.
--   outcome 'moved'          : done; `promoted_booking_id` is who took the freed seat, if anyone;
--   outcome 'replayed'       : the booking is already in the target session (a double submit);
--   outcome 'already_booked' : the person already holds another booking of the target session.
-- Nothing is returned for an unknown or cancelled booking; a target that is not a public, scheduled
-- session of the same workshop raises 'session_not_bookable' (P0002).
create function private.move_booking(manage_token_hash text, target_session_id uuid)
returns table (booking_id uuid, status public.booking_status, promoted_booking_id uuid, outcome text)
language plpgsql
security definer
set search_path = ''
as $$
declare
  held record;
  target record;
  new_status public.booking_status;
  moved record;
begin
  select b.id, b.session_id into held
  from public.bookings b
  where b.manage_token_hash = move_booking.manage_token_hash and b.status <> 'cancelled';
  if not found then
    return;
  end if;
  if held.session_id = move_booking.target_session_id then
    return query select b.id, b.status, null::uuid, 'replayed'::text
      from public.bookings b where b.id = held.id;
    return;
  end if;

  -- Both sessions locked in one order (by id), so two moves in opposite directions cannot deadlock.
  perform 1 from public.sessions s
  where s.id in (held.session_id, move_booking.target_session_id)
  order by s.id
  for update;

  select s.id, s.place_id, s.capacity into target
  from public.sessions s
  where s.id = move_booking.target_session_id
    and s.status = 'scheduled'
    and s.activity_id in (select private.public_activity_ids())
    and s.activity_id = (select o.activity_id from public.sessions o where o.id = held.session_id);
  if not found then
    raise exception 'session_not_bookable: %', move_booking.target_session_id using errcode = 'P0002';
  end if;

  -- Read again under the locks: a concurrent move of the same booking may have committed meanwhile.
  select b.id, b.session_id, b.person_key into held
  from public.bookings b
  where b.manage_token_hash = move_booking.manage_token_hash and b.status <> 'cancelled'
  for update;
  if not found then
    return;
  end if;
  if held.session_id = target.id then
    return query select b.id, b.status, null::uuid, 'replayed'::text
      from public.bookings b where b.id = held.id;
    return;
  end if;

  if exists (
    select 1 from public.bookings b
    where b.session_id = target.id and b.person_key = held.person_key and b.status <> 'cancelled'
  ) then
    return query select b.id, b.status, null::uuid, 'already_booked'::text
      from public.bookings b where b.id = held.id;
    return;
  end if;

  -- The target is locked: counting its seats here is exact (the capacity trigger checks a promotion too).
  new_status := case
    when (
      select count(*) from public.bookings b where b.session_id = target.id and b.status = 'confirmed'
    ) < target.capacity then 'confirmed'::public.booking_status
    else 'waitlisted'::public.booking_status
  end;
  update public.bookings b
  set session_id = target.id, place_id = target.place_id, status = new_status, arrival = default,
    attendance = null
  where b.id = held.id
  returning b.id, b.status into moved;

  return query select moved.id, moved.status, private.promote_waitlist(held.session_id), 'moved'::text;
end
$$;

-- Attendance is taken from the day of the session (Paris time) onwards, never for a cancelled session:
-- nobody can be marked "seen" at a workshop that has not happened yet. RLS and the booking guard decide
-- who (the place's managers, network admins); this trigger decides when, for everyone. Its name sorts
-- after `bookings_guard`, so someone who may not take attendance at all is told that first.
create function private.guard_attendance_window() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.attendance is not distinct from old.attendance or new.attendance is null then
    return new;
  end if;
  if not exists (
    select 1 from public.sessions s
    where s.id = new.session_id
      and s.status = 'scheduled'
      and (s.starts_at at time zone 'Europe/Paris')::date <= (now() at time zone 'Europe/Paris')::date
  ) then
    raise exception 'attendance_not_open: the session % has not started', new.session_id
      using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger bookings_when_attendance before update of attendance on public.bookings
  for each row execute function private.guard_attendance_window();

revoke execute on all functions in schema private from public;
grant execute on function private.book_session(uuid, text, text, text, text, text, text, uuid, text, uuid)
  to service_role;
grant execute on function private.move_booking(text, uuid) to service_role;
