-- A booking in one transaction (issue 15, booking.book ≥ 0.7× the bare engine): the language the person
-- used is given to `private.book_session` instead of being set by a second statement after it, and the
-- followers of a course booking take it from their lead as they are created. The rest is unchanged from
-- 20261206121333_course_booking.sql.

drop function private.book_session(uuid, text, text, text, text, text, text, uuid, text, uuid);

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
  idempotency_key uuid,
  locale text default 'fr'
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
  select s.id, s.place_id, s.activity_id, a.booking_scope into target
  from public.sessions s
  join public.activities a on a.id = s.activity_id
  where s.id = book_session.session_id
    and s.status = 'scheduled'
    and s.activity_public
  for update of s;
  if not found then
    raise exception 'session_not_bookable: %', book_session.session_id using errcode = 'P0002';
  end if;
  if target.booking_scope = 'course' and target.id <> private.course_first_session_id(target.activity_id) then
    raise exception 'course_booking_only: %', book_session.session_id using errcode = 'P0001';
  end if;

  if book_session.idempotency_key is not null then
    select b.id, b.status, b.arrival into found_booking
    from public.bookings b where b.idempotency_key = book_session.idempotency_key;
    if found then
      return query select found_booking.id, found_booking.status, found_booking.arrival, 'replayed'::text;
      return;
    end if;
  end if;

  -- A person with neither e-mail nor phone has no key: only the idempotency key stops a double submit.
  if key is not null then
    select b.id, b.status, b.arrival into found_booking
    from public.bookings b
    where b.session_id = target.id and b.person_key = key and b.status <> 'cancelled';
    if found then
      return query select found_booking.id, found_booking.status, found_booking.arrival, 'existing'::text;
      return;
    end if;
  end if;

  -- Confirmed by default; the capacity trigger turns it into a waitlisted booking when the session is full.
  insert into public.bookings as b (
    session_id, place_id, first_name, email, phone, consent_at, prescriber_name, prescriber_organisation,
    prescriber_email, prescriber_consent_at, user_id, manage_token_hash, idempotency_key, locale
  )
  values (
    target.id, target.place_id, book_session.first_name, book_session.email, book_session.phone, now(),
    book_session.prescriber_name, book_session.prescriber_organisation, book_session.prescriber_email,
    case when book_session.prescriber_email is not null then now() end,
    book_session.user_id, book_session.manage_token_hash, book_session.idempotency_key, book_session.locale
  )
  returning b.id, b.status, b.arrival into found_booking;

  if target.booking_scope = 'course' then
    insert into public.bookings (
      session_id, place_id, status, first_name, email, phone, consent_at, prescriber_name,
      prescriber_organisation, prescriber_email, prescriber_consent_at, user_id, course_booking_id, locale
    )
    select s.id, s.place_id, found_booking.status, l.first_name, l.email, l.phone, l.consent_at,
      l.prescriber_name, l.prescriber_organisation, l.prescriber_email, l.prescriber_consent_at, l.user_id,
      l.id, l.locale
    from public.sessions s
    cross join public.bookings l
    where l.id = found_booking.id
      and s.activity_id = target.activity_id and s.status = 'scheduled' and s.id <> target.id
      and (
        l.person_key is null
        or not exists (
          select 1 from public.bookings o
          where o.session_id = s.id and o.person_key = l.person_key and o.status <> 'cancelled'
        )
      )
    order by s.starts_at, s.id;
  end if;
  return query select found_booking.id, found_booking.status, found_booking.arrival, 'created'::text;
end
$$;

revoke all on function private.book_session(uuid, text, text, text, text, text, text, uuid, text, uuid, text)
  from public, anon, authenticated;
grant execute on function private.book_session(uuid, text, text, text, text, text, text, uuid, text, uuid, text)
  to service_role;
