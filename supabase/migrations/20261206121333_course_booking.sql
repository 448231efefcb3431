-- A training that is a course is booked as a whole (issue 14, decision 044).
--
-- The organiser of a training says whether its sessions are booked one by one ('session', as before) or
-- together ('course'). A course booking is ONE booking of the course's first scheduled session (the
-- "lead": private link, idempotency key, e-mails, SMS, "Je viens") and, created with it by the engine in
-- the same transaction, one "follower" booking of every other scheduled session of the activity
-- (`course_booking_id` = the lead), with the same person and no link of its own. The capacity of the
-- first session is the course's: the capacity trigger decides the lead only; followers take the lead's
-- status, and every later change of the lead's status (cancelled, promoted, its session cancelled) reaches
-- them in the same transaction. Attendance stays per session: a follower is a real booking of its session.

alter table public.activities
  add column booking_scope text not null default 'session'
    check (booking_scope in ('session', 'course'));
alter table public.activities add constraint activities_course_is_training
  check (booking_scope = 'session' or kind = 'training');
grant insert (booking_scope), update (booking_scope) on public.activities to authenticated;

alter table public.bookings
  add column course_booking_id uuid references public.bookings (id) on delete cascade;
alter table public.bookings add constraint bookings_follower_has_no_link
  check (course_booking_id is null or (manage_token_hash is null and idempotency_key is null));
create index bookings_course_booking_id_idx on public.bookings (course_booking_id)
  where course_booking_id is not null;
grant select (course_booking_id) on public.bookings to authenticated;

-- The first scheduled session of an activity: the one a course is booked from. Past or not (once it has
-- started, its booking window is closed and so is the course's).
create function private.course_first_session_id(activity_id uuid) returns uuid
language sql stable security definer set search_path = ''
as $$
  select s.id from public.sessions s
  where s.activity_id = course_first_session_id.activity_id and s.status = 'scheduled'
  order by s.starts_at, s.id
  limit 1
$$;

-- Capacity decides a lead (or a booking of its own) only: a follower takes its lead's status, whatever the
-- count in its session (the first session's capacity is the course's).
create or replace function private.enforce_session_capacity() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  session_capacity integer;
  session_status public.session_status;
  confirmed integer;
begin
  if new.course_booking_id is not null then
    return new;
  end if;
  if tg_op = 'UPDATE' and not (new.status = 'confirmed' and old.status <> 'confirmed') then
    return new;
  end if;
  select s.capacity, s.status into session_capacity, session_status
  from public.sessions s where s.id = new.session_id
  for update;
  if tg_op = 'INSERT' and session_status = 'cancelled' then
    raise exception 'session_cancelled: the session % is cancelled', new.session_id using errcode = '23514';
  end if;
  if new.status <> 'confirmed' then
    return new;
  end if;
  select count(*) into confirmed
  from public.bookings b
  where b.session_id = new.session_id and b.status = 'confirmed' and b.id <> new.id;
  if confirmed >= session_capacity then
    if tg_op = 'INSERT' then
      new.status := 'waitlisted';
    else
      raise exception 'session_full: the session % is full', new.session_id using errcode = '23514';
    end if;
  elsif tg_op = 'UPDATE' and old.status = 'waitlisted' then
    new.promoted_at := now();
  end if;
  return new;
end
$$;

-- A lead's new status reaches its followers still sharing its old one (a follower cancelled with its own
-- session stays cancelled). Promoted with their lead, followers are stamped like it.
create function private.follow_course_lead() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.bookings f
  set status = new.status,
    promoted_at = case when old.status = 'waitlisted' and new.status = 'confirmed' then now() else f.promoted_at end
  where f.course_booking_id = new.id and f.status = old.status;
  return null;
end
$$;
create trigger bookings_course_followers after update of status on public.bookings
  for each row
  when (new.course_booking_id is null and new.status is distinct from old.status)
  execute function private.follow_course_lead();

-- Waiting followers are never promoted on their own: their lead is, in the first session.
create or replace function private.promote_waitlist(session_id uuid)
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
        and w.course_booking_id is null
      order by w.arrival
      limit 1
    )
    returning b.id into promoted;
  end if;
  return promoted;
end
$$;

-- The booking engine: a session of a course activity is booked from the first session only, and books the
-- whole course (the lead, then one follower per other scheduled session, in the same transaction). The
-- lock on the first session serialises the course's bookings. A session the person already holds a live
-- booking of (booked before the activity became a course) gets no follower.
create or replace function private.book_session(
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
  select s.id, s.place_id, s.activity_id, a.booking_scope into target
  from public.sessions s
  join public.activities a on a.id = s.activity_id
  where s.id = book_session.session_id
    and s.status = 'scheduled'
    and s.activity_id in (select private.public_activity_ids())
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
    prescriber_email, prescriber_consent_at, user_id, manage_token_hash, idempotency_key
  )
  values (
    target.id, target.place_id, book_session.first_name, book_session.email, book_session.phone, now(),
    book_session.prescriber_name, book_session.prescriber_organisation, book_session.prescriber_email,
    case when book_session.prescriber_email is not null then now() end,
    book_session.user_id, book_session.manage_token_hash, book_session.idempotency_key
  )
  returning b.id, b.status, b.arrival into found_booking;

  if target.booking_scope = 'course' then
    insert into public.bookings (
      session_id, place_id, status, first_name, email, phone, consent_at, prescriber_name,
      prescriber_organisation, prescriber_email, prescriber_consent_at, user_id, course_booking_id
    )
    select s.id, s.place_id, found_booking.status, l.first_name, l.email, l.phone, l.consent_at,
      l.prescriber_name, l.prescriber_organisation, l.prescriber_email, l.prescriber_consent_at, l.user_id,
      l.id
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
    -- The locale is set on the lead after this (place-booking.server.ts): followers copy it then.
  end if;
  return query select found_booking.id, found_booking.status, found_booking.arrival, 'created'::text;
end
$$;

-- Followers speak their lead's language (the booking's locale is set just after it is made).
create function private.follow_course_lead_locale() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.bookings f set locale = new.locale
  where f.course_booking_id = new.id and f.locale is distinct from new.locale;
  return null;
end
$$;
create trigger bookings_course_followers_locale after update of locale on public.bookings
  for each row
  when (new.course_booking_id is null and new.locale is distinct from old.locale)
  execute function private.follow_course_lead_locale();

-- Erasing a course booking's person (from its private link, or by the retention purge) erases them from
-- every session of the course: the followers hold the same data and have no link of their own.
create function private.erase_course_followers() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.erase_personal_data(
    array(select f.id from public.bookings f where f.course_booking_id = new.id), null
  );
  return null;
end
$$;
create trigger bookings_course_followers_erasure after update of erased_at on public.bookings
  for each row
  when (new.course_booking_id is null and new.erased_at is not null and old.erased_at is null)
  execute function private.erase_course_followers();

-- A course booking does not move: its dates are the course's.
create or replace function private.move_booking(manage_token_hash text, target_session_id uuid)
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
  if exists (
    select 1 from public.bookings f where f.course_booking_id = held.id
  ) or exists (
    select 1 from public.sessions s join public.activities a on a.id = s.activity_id
    where s.id = held.session_id and a.booking_scope = 'course'
  ) then
    return query select held.id, null::public.booking_status, null::uuid, 'course_not_movable'::text;
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

-- A follower's news is its lead's (one e-mail, one SMS for the course), except when its own session is
-- cancelled while the course goes on: that date's cancellation notice. Its reminder is its own: each
-- session of the course is recalled, with the lead's private link (the jobs read the lead's key).
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
  if new.course_booking_id is not null and not (
    kind = 'cancelled'
    and exists (select 1 from public.sessions s where s.id = new.session_id and s.status = 'cancelled')
    and exists (select 1 from public.bookings l where l.id = new.course_booking_id and l.status <> 'cancelled')
  ) then
    kind := null;
  end if;
  if kind in ('confirmed', 'waitlisted', 'promoted', 'cancelled', 'moved_waitlisted') then
    perform private.enqueue_job('booking-mail', jsonb_build_object('bookingId', new.id, 'kind', kind));
  end if;
  perform private.schedule_session_reminder(new.id);
  return null;
end
$$;

revoke execute on all functions in schema private from public;
revoke all on function private.book_session(uuid, text, text, text, text, text, text, uuid, text, uuid)
  from public, anon, authenticated;
grant execute on function private.book_session(uuid, text, text, text, text, text, text, uuid, text, uuid)
  to service_role;
grant execute on function private.course_first_session_id(uuid) to service_role;
