-- Rate limits that hold across app instances (docs/decisions/033-rate-limits.md). One way for every limit:
-- a counter per (bucket, subject, fixed window) in this table; the server asks for the current and the
-- previous window's counts and weighs them (a sliding window: rules and numbers in
-- packages/domain/src/rate-limits). The upsert that counts a hit locks the counter's row until the
-- transaction ends, so concurrent requests on any number of instances are counted one after the other;
-- a refused hit is rolled back with its transaction, so refusals do not push the window further.
-- Replaces private.booking_attempts (and private.record_booking_attempt) and private.sign_in_failures.

create table private.rate_limit_counters (
  -- Which limit (e.g. `bookings:address`), and who it counts: a client address (an IPv6 /64), an account
  -- id, an e-mail address, a person key, or one of those with the session or médiateur booked.
  bucket text not null,
  subject text not null,
  window_start timestamptz not null,
  hits integer not null check (hits >= 0),
  -- The end of the window after this one: past it, the counter counts for nothing and may be deleted.
  expires_at timestamptz not null,
  primary key (bucket, subject, window_start)
);
create index rate_limit_counters_expires_at_idx on private.rate_limit_counters (expires_at);
alter table private.rate_limit_counters enable row level security;
revoke all on private.rate_limit_counters from public, anon, authenticated;
grant select, insert, update, delete on private.rate_limit_counters to service_role;
create policy "the server reads rate-limit counters" on private.rate_limit_counters
  for select to service_role using (true);
create policy "the server starts rate-limit counters" on private.rate_limit_counters
  for insert to service_role with check (true);
create policy "the server counts on rate-limit counters" on private.rate_limit_counters
  for update to service_role using (true) with check (true);
create policy "the server forgets rate-limit counters" on private.rate_limit_counters
  for delete to service_role using (true);

-- Counts one hit for each (bucket, subject, window) given, in a stable order (so two requests sharing
-- counters lock them in the same order and never deadlock), and answers each counter's hits in the
-- current window (this one included), in the previous window, and the seconds since the current window
-- began. Counters expired for a while are deleted on the way, a few at a time, skipping any a concurrent
-- request holds.
create function private.count_rate_limit_hits(buckets text[], subjects text[], window_seconds integer[])
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
declare
  item record;
  started timestamptz;
begin
  delete from private.rate_limit_counters c
  where c.ctid in (
    select old.ctid from private.rate_limit_counters old
    where old.expires_at < now()
    limit 200
    for update skip locked
  );

  for item in
    select distinct on (u.bucket, u.subject) u.bucket, u.subject, u.seconds
    from unnest(buckets, subjects, window_seconds) as u (bucket, subject, seconds)
    order by u.bucket, u.subject
  loop
    if item.seconds is null or item.seconds < 1 then
      raise exception 'rate limit % has no window', item.bucket using errcode = '22023';
    end if;
    started := to_timestamp(floor(extract(epoch from now()) / item.seconds) * item.seconds);
    count_rate_limit_hits.bucket := item.bucket;
    count_rate_limit_hits.subject := item.subject;
    count_rate_limit_hits.window_start := started;
    insert into private.rate_limit_counters as c (bucket, subject, window_start, hits, expires_at)
    values (item.bucket, item.subject, started, 1, started + make_interval(secs => 2 * item.seconds))
    on conflict on constraint rate_limit_counters_pkey do update set hits = c.hits + 1
    returning c.hits into current_hits;
    select coalesce(max(c.hits), 0) into previous_hits
    from private.rate_limit_counters c
    where c.bucket = item.bucket
      and c.subject = item.subject
      and c.window_start = started - make_interval(secs => item.seconds);
    elapsed_seconds := extract(epoch from now() - started);
    return next;
  end loop;
end
$$;

-- Gives back a hit counted in `window_start` (a password that turned out right is not a failure).
create function private.release_rate_limit_hit(bucket text, subject text, window_start timestamptz)
returns void
language sql
set search_path = ''
as $$
  update private.rate_limit_counters c set hits = greatest(c.hits - 1, 0)
  where c.bucket = release_rate_limit_hit.bucket
    and c.subject = release_rate_limit_hit.subject
    and c.window_start = release_rate_limit_hit.window_start;
$$;

-- Forgets every window of a subject in a bucket (the person signed in: their failures are forgiven).
create function private.clear_rate_limit(bucket text, subject text)
returns void
language sql
set search_path = ''
as $$
  delete from private.rate_limit_counters c
  where c.bucket = clear_rate_limit.bucket and c.subject = clear_rate_limit.subject;
$$;

revoke execute on function private.count_rate_limit_hits(text[], text[], integer[]) from public;
revoke execute on function private.release_rate_limit_hit(text, text, timestamptz) from public;
revoke execute on function private.clear_rate_limit(text, text) from public;
grant execute on function private.count_rate_limit_hits(text[], text[], integer[]) to service_role;
grant execute on function private.release_rate_limit_hit(text, text, timestamptz) to service_role;
grant execute on function private.clear_rate_limit(text, text) to service_role;

-- The two tables this replaces: what they counted is an hour old at most, nothing to carry over.
drop function private.record_booking_attempt(text, text, integer);
drop table private.booking_attempts;
drop table private.sign_in_failures;
