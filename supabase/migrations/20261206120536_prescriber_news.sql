-- Prescribers hear about the bookings they make (issue 14, decision 043).
--
-- A prescriber (a social worker, a France Services agent) who books a session for a resident may give
-- their work e-mail, when the resident agrees that they be kept informed: they then receive the same news
-- as the resident (confirmation, waitlist, promotion, cancellation) and, after the session, whether the
-- person came. Decision 034 had stopped collecting `prescriber_email` because nothing used it; it is
-- collected again, only with that consent, and erased with the rest of the booking (same retention).
--
-- A resident with no e-mail and no phone can now be booked when the prescriber gave theirs: the prescriber
-- is then the only one told, and the form says so before sending.

alter table public.bookings drop constraint bookings_no_prescriber_email;
alter table public.bookings add column prescriber_consent_at timestamptz;
alter table public.bookings add constraint bookings_prescriber_email_consent
  check (prescriber_email is null or prescriber_consent_at is not null);
alter table public.bookings drop constraint bookings_contact_check;
alter table public.bookings add constraint bookings_contact_check
  check (erased_at is not null or email is not null or phone is not null or prescriber_email is not null);

grant select (prescriber_consent_at) on public.bookings to authenticated;

-- The booking engine takes the prescriber's consent with their e-mail.
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
    prescriber_email, prescriber_consent_at, user_id, manage_token_hash, idempotency_key
  )
  values (
    target.id, target.place_id, book_session.first_name, book_session.email, book_session.phone, now(),
    book_session.prescriber_name, book_session.prescriber_organisation, book_session.prescriber_email,
    case when book_session.prescriber_email is not null then now() end,
    book_session.user_id, book_session.manage_token_hash, book_session.idempotency_key
  )
  returning b.id, b.status, b.arrival into found_booking;
  return query select found_booking.id, found_booking.status, found_booking.arrival, 'created'::text;
end
$$;
revoke all on function private.book_session(uuid, text, text, text, text, text, text, uuid, text, uuid)
  from public, anon, authenticated;
grant execute on function private.book_session(uuid, text, text, text, text, text, text, uuid, text, uuid)
  to service_role;

-- After the session, the prescriber is told whether the person came: queued when attendance is taken, an
-- hour later so a mark corrected straight away is the one told, and once per booking (the job key; the
-- job reads the mark as it is when it runs).
create function private.queue_prescriber_attendance() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.prescriber_email is not null and new.attendance is not null
    and new.attendance is distinct from old.attendance then
    perform private.enqueue_job(
      'prescriber-mail',
      jsonb_build_object('bookingId', new.id, 'kind', 'attendance'),
      now() + interval '1 hour',
      'prescriber-attendance:' || new.id
    );
  end if;
  return null;
end
$$;
create trigger bookings_prescriber_attendance after update of attendance on public.bookings
  for each row execute function private.queue_prescriber_attendance();
