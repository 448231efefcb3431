-- `booking.book` as one autocommit statement (issue 15, decision 074, amends 065): `private.place_booking`
-- now judges the rate limits itself, so the procedure no longer needs a transaction around it to roll a
-- refusal back. Sent alone, the statement is its own transaction: one round trip instead of three
-- (`begin` with the role and claims, the statement, `commit`), and the session's row lock is released as
-- the statement ends instead of one round trip later.

-- The domain's sliding window (`slidingHits(limit, counts) <= limit.max`, packages/domain/src/rate-limits/
-- window.ts), operation for operation in double precision: the previous window weighed by the part of it
-- still inside the last `window_seconds`, plus the current one. `rate-limit-window.integration.test.ts`
-- holds the two to the same answers on random counts.
create function private.rate_limit_within(
  current_hits integer,
  previous_hits integer,
  elapsed_seconds double precision,
  window_seconds integer,
  max_hits integer
) returns boolean
language sql immutable parallel safe set search_path = ''
as $$
  select (previous_hits::double precision
      * (window_seconds - least(greatest(elapsed_seconds, 0), window_seconds::double precision)))
    / window_seconds + current_hits <= max_hits
$$;
revoke execute on function private.rate_limit_within(integer, integer, double precision, integer, integer)
  from public;
grant execute on function private.rate_limit_within(integer, integer, double precision, integer, integer)
  to service_role;

drop function private.place_booking(
  uuid, text, text, text, text, text, text, uuid, text, uuid, text, text[], text[], integer[], uuid
);

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
  limit_maxes integer[],
  replay_key uuid
)
returns table (
  -- The counts, one element per distinct (bucket, subject); empty for a replay.
  counted_buckets text[],
  counted_subjects text[],
  current_hits integer[],
  previous_hits integer[],
  elapsed_seconds double precision[],
  -- The engine's answer (private.book_session), or 'limited': the limits refused the attempt, which then
  -- counts nothing and books nothing (the counts above are those it would have made, for the wait).
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
  window_starts timestamptz[];
  within boolean := true;
  booked record;
begin
  -- Counted first, as before: an attempt on a closed or unknown session still counts.
  if not replayed then
    if cardinality(coalesce(place_booking.limit_maxes, '{}'))
       <> cardinality(coalesce(place_booking.limit_buckets, '{}')) then
      raise exception 'every rate limit needs its maximum' using errcode = '22023';
    end if;
    select array_agg(c.bucket), array_agg(c.subject), array_agg(c.current_hits),
      array_agg(c.previous_hits), array_agg(c.elapsed_seconds), array_agg(c.window_start),
      coalesce(bool_and(private.rate_limit_within(c.current_hits, c.previous_hits, c.elapsed_seconds,
        l.seconds, l.max_hits)), true)
    into counted_buckets, counted_subjects, current_hits, previous_hits, elapsed_seconds, window_starts,
      within
    from private.count_rate_limit_hits(
      coalesce(place_booking.limit_buckets, '{}'), coalesce(place_booking.limit_subjects, '{}'),
      coalesce(place_booking.limit_windows, '{}')
    ) c
    join lateral (
      -- A bucket given twice for one subject is counted once (count_rate_limit_hits), under its first limit.
      select u.seconds, u.max_hits
      from unnest(place_booking.limit_buckets, place_booking.limit_subjects, place_booking.limit_windows,
        place_booking.limit_maxes) with ordinality as u (b, s, seconds, max_hits, n)
      where u.b = c.bucket and u.s = c.subject
      order by u.n
      limit 1
    ) l on true;
  end if;
  counted_buckets := coalesce(counted_buckets, '{}');
  counted_subjects := coalesce(counted_subjects, '{}');
  current_hits := coalesce(current_hits, '{}');
  previous_hits := coalesce(previous_hits, '{}');
  elapsed_seconds := coalesce(elapsed_seconds, '{}');

  if within then
    select * into booked from private.book_session(
      place_booking.session_id, place_booking.first_name, place_booking.email, place_booking.phone,
      place_booking.prescriber_name, place_booking.prescriber_organisation, place_booking.prescriber_email,
      place_booking.user_id, place_booking.manage_token_hash, place_booking.idempotency_key,
      place_booking.locale
    );
    booking_id := booked.booking_id;
    outcome := booked.outcome;
  else
    outcome := 'limited';
  end if;

  -- Refused by the limits, or a later session of a course (booked only with the course's first one):
  -- nothing counted, as when the procedure rolled its transaction back. The engine wrote nothing then.
  if outcome in ('limited', 'course_booking_only') and cardinality(window_starts) > 0 then
    update private.rate_limit_counters c set hits = c.hits - 1
    from unnest(counted_buckets, counted_subjects, window_starts) as w (b, s, started)
    where c.bucket = w.b and c.subject = w.s and c.window_start = w.started;
  end if;

  if booking_id is not null then
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

-- The server's alone. It sends the statement as its login role (the functions' owner), outside any
-- transaction of its own; `service_role` keeps it for the tests and tools that book inside one.
revoke all on function private.place_booking(
  uuid, text, text, text, text, text, text, uuid, text, uuid, text, text[], text[], integer[], integer[], uuid
) from public, anon, authenticated;
grant execute on function private.place_booking(
  uuid, text, text, text, text, text, text, uuid, text, uuid, text, text[], text[], integer[], integer[], uuid
) to service_role;
