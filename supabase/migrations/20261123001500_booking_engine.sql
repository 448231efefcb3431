-- Booking engine: booking a seat and cancelling by private link, each in ONE transaction, for residents
-- without an account. The server calls these functions as the service role (never anon: RLS keeps the
-- bookings table closed to anon, and these functions are not exposed to it). The capacity trigger of the
-- booking migration stays the last word on capacity; here the session row is locked FIRST, so bookings of
-- a session are taken one at a time and `arrival` (drawn at insert) follows the order they were served in:
-- the first `capacity` arrivals are confirmed, the later ones wait in arrival order.

-- Attempts to book, counted per client address and per person over a sliding window (rules in
-- packages/domain/src/booking/rules.ts). Private: only the server's booking path reads and writes it.
create table private.booking_attempts (
  id bigint generated always as identity primary key,
  client text not null,
  person_key text not null,
  at timestamptz not null default now()
);
create index booking_attempts_client_at_idx on private.booking_attempts (client, at);
create index booking_attempts_person_key_at_idx on private.booking_attempts (person_key, at);
create index booking_attempts_at_idx on private.booking_attempts (at);
alter table private.booking_attempts enable row level security;
grant select, insert, delete on private.booking_attempts to service_role;
create policy "the booking server reads attempts" on private.booking_attempts
  for select to service_role using (true);
create policy "the booking server records attempts" on private.booking_attempts
  for insert to service_role with check (true);
create policy "the booking server forgets attempts" on private.booking_attempts
  for delete to service_role using (true);

-- Records an attempt and answers how many the client and the person made in the last `window_minutes`
-- (this one included); attempts older than a day are forgotten on the way.
create function private.record_booking_attempt(client text, person_key text, window_minutes integer)
returns table (for_client integer, for_person integer)
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from private.booking_attempts a where a.at < now() - interval '1 day';
  insert into private.booking_attempts (client, person_key)
  values (record_booking_attempt.client, record_booking_attempt.person_key);
  return query
    select
      (count(*) filter (where a.client = record_booking_attempt.client))::integer,
      (count(*) filter (where a.person_key = record_booking_attempt.person_key))::integer
    from private.booking_attempts a
    where (a.client = record_booking_attempt.client or a.person_key = record_booking_attempt.person_key)
      and a.at > now() - make_interval(mins => window_minutes);
end
$$;

-- Books a seat of a public, scheduled session, or a place on its waitlist when it is full.
--   outcome 'created'  : a new booking (confirmed, or waitlisted beyond capacity);
--   outcome 'replayed' : the same idempotency key was already used (a double submit): that booking;
--   outcome 'existing' : this person already holds a booking of this session: that booking.
-- Whether the booking window is open is checked by the API (domain rule) before calling.
create function private.book_session(
  session_id uuid,
  first_name text,
  email text,
  phone text,
  prescriber_name text,
  prescriber_organisation text,
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
    user_id, manage_token_hash, idempotency_key
  )
  values (
    target.id, target.place_id, book_session.first_name, book_session.email, book_session.phone, now(),
    book_session.prescriber_name, book_session.prescriber_organisation, book_session.user_id,
    book_session.manage_token_hash, book_session.idempotency_key
  )
  returning b.id, b.status, b.arrival into found_booking;
  return query select found_booking.id, found_booking.status, found_booking.arrival, 'created'::text;
end
$$;

-- Cancels the booking whose private link hashes to `manage_token_hash`; when it held a seat, the first
-- person on the waitlist (earliest arrival) takes it, in the same transaction. Whether the cut-off has
-- passed is checked by the API (domain rule) before calling. Returns nothing for an unknown or already
-- cancelled booking.
create function private.cancel_booking(manage_token_hash text)
returns table (booking_id uuid, promoted_booking_id uuid)
language plpgsql
security definer
set search_path = ''
as $$
declare
  target record;
  promoted uuid;
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
  -- Promote only when a seat was freed and one is now left (the capacity trigger checks it again).
  if (
    select count(*) from public.bookings b where b.session_id = target.session_id and b.status = 'confirmed'
  ) < (select s.capacity from public.sessions s where s.id = target.session_id) then
    update public.bookings b set status = 'confirmed'
    where b.id = (
      select w.id from public.bookings w
      where w.session_id = target.session_id and w.status = 'waitlisted'
      order by w.arrival
      limit 1
    )
    returning b.id into promoted;
  end if;
  return query select target.id, promoted;
end
$$;

revoke execute on all functions in schema private from public;
grant execute on function private.record_booking_attempt(text, text, integer) to service_role;
grant execute on function private.book_session(uuid, text, text, text, text, text, uuid, text, uuid)
  to service_role;
grant execute on function private.cancel_booking(text) to service_role;
