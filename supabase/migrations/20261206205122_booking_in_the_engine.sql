-- The booking in the engine (issue 15, booking.book ≥ 0.7× the bare engine; decision 065).
--
-- 1. `private.book_session` checks the booking window itself, on the session row it already locks, and
--    answers every refusal as an outcome instead of an exception: `not_found` (not a public, scheduled
--    session), `booking_closed` (before it opens, or once it closes: `booking_closes_at`, or the start),
--    `course_booking_only` (a later session of a course, decision 044). Raising aborted the transaction,
--    so the procedure had to read the window in a statement of its own to let a refused attempt's
--    rate-limit counts commit. The checks keep the order the procedure had: session, window, course,
--    replay, one booking per person. The window is the domain's `bookingWindow` (packages/domain
--    booking/rules.ts), at the transaction's `now()`.
-- 2. `private.place_booking` is what `booking.book` sends, in one statement: the rate-limit counters (left
--    untouched when the form's key already booked: a replay), the seat, and what the page shows of the
--    booking (the former read-back). The verdict on the counts stays the domain's (the server judges them
--    and rolls the transaction back on a refusal, so nothing is counted — and nothing is booked).
-- 3. `private.count_rate_limit_hits` counts its hits in one statement instead of a loop of two per limit
--    (half of what the rate limits cost a booking, measured with track_functions): same answers, same
--    order of locking (bucket, subject), same refusal of a limit without a window. Its clean-up of expired
--    counters reads them in `expires_at` order, so the plan stays on the index.
--
-- Both are the server's alone: security definer with an empty search_path, executable by service_role only.

create or replace function private.count_rate_limit_hits(
  buckets text[],
  subjects text[],
  window_seconds integer[]
)
returns table (
  bucket text,
  subject text,
  window_start timestamptz,
  current_hits integer,
  previous_hits integer,
  elapsed_seconds double precision
)
language plpgsql
set search_path = ''
as $$
begin
  delete from private.rate_limit_counters c
  where c.ctid in (
    select old.ctid from private.rate_limit_counters old
    where old.expires_at < now()
    -- Ordered, the plan is the index's whatever the table's size when it was cached: unordered, a plan
    -- made while the table was small scanned every counter at each hit.
    order by old.expires_at
    limit 200
    for update skip locked
  );

  if exists (
    select 1 from unnest(count_rate_limit_hits.buckets, count_rate_limit_hits.window_seconds) as u (b, seconds)
    where u.seconds is null or u.seconds < 1
  ) then
    raise exception 'rate limit % has no window', (
      select u.b from unnest(count_rate_limit_hits.buckets, count_rate_limit_hits.window_seconds) as u (b, seconds)
      where u.seconds is null or u.seconds < 1 limit 1
    ) using errcode = '22023';
  end if;

  -- The upsert takes the counters' row locks in the order of its rows: (bucket, subject), as before. The
  -- previous windows are read from the statement's snapshot: this upsert never writes them.
  return query
  with items as (
    select distinct on (u.b, u.s) u.b, u.s, u.seconds,
      to_timestamp(floor(extract(epoch from now()) / u.seconds) * u.seconds) as started
    from unnest(
      count_rate_limit_hits.buckets, count_rate_limit_hits.subjects, count_rate_limit_hits.window_seconds
    ) as u (b, s, seconds)
    order by u.b, u.s
  ),
  counted as (
    insert into private.rate_limit_counters as c (bucket, subject, window_start, hits, expires_at)
    select i.b, i.s, i.started, 1, i.started + make_interval(secs => 2 * i.seconds)
    from items i
    order by i.b, i.s
    on conflict on constraint rate_limit_counters_pkey do update set hits = c.hits + 1
    returning c.bucket, c.subject, c.hits
  )
  select i.b, i.s, i.started, n.hits, coalesce(p.hits, 0),
    extract(epoch from now() - i.started)::double precision
  from items i
  join counted n on n.bucket = i.b and n.subject = i.s
  left join private.rate_limit_counters p
    on p.bucket = i.b and p.subject = i.s and p.window_start = i.started - make_interval(secs => i.seconds)
  order by i.b, i.s;
end
$$;

revoke execute on function private.count_rate_limit_hits(text[], text[], integer[]) from public;
grant execute on function private.count_rate_limit_hits(text[], text[], integer[]) to service_role;

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
  select s.id, s.place_id, s.activity_id, s.starts_at, s.booking_opens_at, s.booking_closes_at,
    a.booking_scope
  into target
  from public.sessions s
  join public.activities a on a.id = s.activity_id
  where s.id = book_session.session_id
    and s.status = 'scheduled'
    and s.activity_public
  for update of s;
  if not found then
    return query select null::uuid, null::public.booking_status, null::bigint, 'not_found'::text;
    return;
  end if;
  -- Not yet open, or closed: refused alike (the page says when it opens).
  if now() >= coalesce(target.booking_closes_at, target.starts_at)
    or (target.booking_opens_at is not null and now() < target.booking_opens_at) then
    return query select null::uuid, null::public.booking_status, null::bigint, 'booking_closed'::text;
    return;
  end if;
  if target.booking_scope = 'course' and target.id <> private.course_first_session_id(target.activity_id) then
    return query select null::uuid, null::public.booking_status, null::bigint, 'course_booking_only'::text;
    return;
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

create function private.place_booking(
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
  locale text,
  -- The rate limits to count (private.count_rate_limit_hits), unless a booking already holds `replay_key`.
  limit_buckets text[],
  limit_subjects text[],
  limit_windows integer[],
  replay_key uuid
)
returns table (
  -- The counts, one element per distinct (bucket, subject); empty for a replay.
  counted_buckets text[],
  counted_subjects text[],
  current_hits integer[],
  previous_hits integer[],
  elapsed_seconds double precision[],
  -- The engine's answer (private.book_session).
  booking_id uuid,
  outcome text,
  -- What the page shows of the booking, read after the seat was taken (null when refused).
  status public.booking_status,
  title text,
  place_name text,
  starts_at timestamptz,
  booked_email text,
  booked_phone text,
  booked_prescriber_email text,
  waiting_before integer,
  course boolean
)
language plpgsql
security definer
set search_path = ''
as $$
declare
  replayed boolean := place_booking.replay_key is not null
    and exists (select 1 from public.bookings r where r.idempotency_key = place_booking.replay_key);
  booked record;
begin
  -- Counted first, as before: an attempt on a closed or unknown session still counts.
  if not replayed then
    select array_agg(c.bucket), array_agg(c.subject), array_agg(c.current_hits),
      array_agg(c.previous_hits), array_agg(c.elapsed_seconds)
    into counted_buckets, counted_subjects, current_hits, previous_hits, elapsed_seconds
    from private.count_rate_limit_hits(
      coalesce(place_booking.limit_buckets, '{}'), coalesce(place_booking.limit_subjects, '{}'),
      coalesce(place_booking.limit_windows, '{}')
    ) c;
  end if;
  counted_buckets := coalesce(counted_buckets, '{}');
  counted_subjects := coalesce(counted_subjects, '{}');
  current_hits := coalesce(current_hits, '{}');
  previous_hits := coalesce(previous_hits, '{}');
  elapsed_seconds := coalesce(elapsed_seconds, '{}');

  select * into booked from private.book_session(
    place_booking.session_id, place_booking.first_name, place_booking.email, place_booking.phone,
    place_booking.prescriber_name, place_booking.prescriber_organisation, place_booking.prescriber_email,
    place_booking.user_id, place_booking.manage_token_hash, place_booking.idempotency_key,
    place_booking.locale
  );
  booking_id := booked.booking_id;
  outcome := booked.outcome;

  if booked.booking_id is not null then
    -- The same fields as the repository's booking view (findBookingById) gives the page.
    select b.status, a.title, p.name, s.starts_at, b.email, b.phone, b.prescriber_email,
      case when b.status = 'waitlisted' then (
        select count(*)::integer from public.bookings w
        where w.session_id = b.session_id and w.status = 'waitlisted' and w.arrival < b.arrival
      ) else 0 end,
      a.booking_scope = 'course' or b.course_booking_id is not null
        or exists (select 1 from public.bookings f where f.course_booking_id = b.id)
    into status, title, place_name, starts_at, booked_email, booked_phone, booked_prescriber_email,
      waiting_before, course
    from public.bookings b
    join public.sessions s on s.id = b.session_id
    join public.activities a on a.id = s.activity_id
    join public.places p on p.id = s.place_id
    where b.id = booked.booking_id;
  end if;
  return next;
end
$$;

revoke all on function private.place_booking(
  uuid, text, text, text, text, text, text, uuid, text, uuid, text, text[], text[], integer[], uuid
) from public, anon, authenticated;
grant execute on function private.place_booking(
  uuid, text, text, text, text, text, text, uuid, text, uuid, text, text[], text[], integer[], uuid
) to service_role;
