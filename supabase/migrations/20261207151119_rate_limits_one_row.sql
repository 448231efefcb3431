-- Rate limits: one row per (bucket, subject) holding the current and the previous window (issue 15,
-- decision 075, amends 033). Before, each fixed window had its own row: counting a hit upserted this
-- window's row (a heap row and two index entries the first time) and looked the previous one up. Each of a
-- booking's three limits cost about 0.2–0.3 ms of Postgres time under contention, most of the gap between
-- `booking.book` and the bare engine. Now the one upsert rolls the row into the new window when it starts
-- (the current count becomes the previous one), so counting is one index probe and, for an existing subject,
-- an update that touches no index (a HOT update). The rules do not change: the domain's sliding window
-- (packages/domain/src/rate-limits/window.ts) still weighs the previous window's hits.
--
-- Expired rows are no longer deleted on the way (that needed an index on `expires_at`, which every upsert
-- then had to update): the worker's hourly `rate-limit-purge` deletes them (`private.forget_expired_rate_limits`).

-- Carry the counts over: each subject keeps its latest window, with the window before it as the previous.
alter table private.rate_limit_counters
  add column previous_hits integer not null default 0 check (previous_hits >= 0),
  add column window_seconds integer;
-- A window's length was half the time from its start to `expires_at` (the end of the window after it).
update private.rate_limit_counters c
set window_seconds = greatest(1, round(extract(epoch from c.expires_at - c.window_start) / 2)::integer);
update private.rate_limit_counters c set previous_hits = p.hits
from private.rate_limit_counters p
where p.bucket = c.bucket and p.subject = c.subject
  and p.window_start = c.window_start - make_interval(secs => c.window_seconds);
delete from private.rate_limit_counters c
where exists (
  select 1 from private.rate_limit_counters n
  where n.bucket = c.bucket and n.subject = c.subject and n.window_start > c.window_start
);
alter table private.rate_limit_counters
  alter column window_seconds set not null,
  add constraint rate_limit_counters_window_seconds_check check (window_seconds >= 1),
  drop constraint rate_limit_counters_pkey,
  add constraint rate_limit_counters_pkey primary key (bucket, subject);
drop index private.rate_limit_counters_expires_at_idx;
comment on column private.rate_limit_counters.window_start is
  'The start of the current window; `hits` counts it, `previous_hits` the window just before it.';

-- Counts one hit for each (bucket, subject) given, in a stable order (so two requests sharing counters
-- lock them in the same order and never deadlock), in one upsert; answers each counter's hits in the
-- current window (this one included), in the previous window, and the seconds since the current window
-- began. The row stays locked until the transaction ends, as before.
create or replace function private.count_rate_limit_hits(buckets text[], subjects text[], window_seconds integer[])
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
  missing text;
begin
  select u.bucket into missing
  from unnest(buckets, window_seconds) as u (bucket, seconds)
  where u.seconds is null or u.seconds < 1
  limit 1;
  if found then
    raise exception 'rate limit % has no window', missing using errcode = '22023';
  end if;
  return query
  with wanted as (
    select distinct on (u.bucket, u.subject) u.bucket, u.subject, u.seconds,
      to_timestamp(floor(extract(epoch from now()) / u.seconds) * u.seconds) as started
    from unnest(buckets, subjects, window_seconds) as u (bucket, subject, seconds)
    order by u.bucket, u.subject
  )
  insert into private.rate_limit_counters as c
    (bucket, subject, window_seconds, window_start, hits, previous_hits, expires_at)
  select w.bucket, w.subject, w.seconds, w.started, 1, 0, w.started + make_interval(secs => 2 * w.seconds)
  from wanted w
  order by w.bucket, w.subject
  on conflict on constraint rate_limit_counters_pkey do update set
    -- Every expression reads the row as it was. Still in its window (or a later one, counted by a
    -- transaction whose clock started after this one's): one more hit. Else the row rolls into this
    -- window, and its hits become the previous window's when that window was the one just before.
    previous_hits = case
      when c.window_start >= excluded.window_start then c.previous_hits
      when c.window_start = excluded.window_start - make_interval(secs => excluded.window_seconds) then c.hits
      else 0
    end,
    hits = case when c.window_start >= excluded.window_start then c.hits + 1 else 1 end,
    window_start = greatest(c.window_start, excluded.window_start),
    window_seconds = excluded.window_seconds,
    expires_at = greatest(c.window_start, excluded.window_start)
      + make_interval(secs => 2 * excluded.window_seconds)
  returning c.bucket, c.subject, c.window_start, c.hits, c.previous_hits,
    extract(epoch from now() - c.window_start)::double precision;
end
$$;

-- Gives back a hit counted in `window_start` (a password that turned out right is not a failure): from the
-- current window, or from the previous one when the row has rolled over since.
create or replace function private.release_rate_limit_hit(bucket text, subject text, window_start timestamptz)
returns void
language sql
set search_path = ''
as $$
  update private.rate_limit_counters c set
    hits = case when c.window_start = release_rate_limit_hit.window_start
      then greatest(c.hits - 1, 0) else c.hits end,
    previous_hits = case
      when c.window_start - make_interval(secs => c.window_seconds) = release_rate_limit_hit.window_start
      then greatest(c.previous_hits - 1, 0) else c.previous_hits end
  where c.bucket = release_rate_limit_hit.bucket
    and c.subject = release_rate_limit_hit.subject;
$$;

-- Deletes the counters that no longer count (past the end of the window after theirs): they name client
-- addresses and people, kept no longer than the limits need them. Run by the worker every hour.
create function private.forget_expired_rate_limits()
returns integer
language sql
set search_path = ''
as $$
  with gone as (
    delete from private.rate_limit_counters c where c.expires_at < now() returning 1
  )
  select count(*)::integer from gone;
$$;
revoke execute on function private.forget_expired_rate_limits() from public, anon, authenticated;
grant execute on function private.forget_expired_rate_limits() to service_role;
