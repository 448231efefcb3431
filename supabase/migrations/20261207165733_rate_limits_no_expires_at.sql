-- Rate-limit counters without `expires_at` (decision 075): since one row holds a subject's current window
-- and its length (`window_seconds`), the end of the window after it is `window_start + 2 * window_seconds`.
-- Keeping it as a column as well was state two writers had to keep in step.

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
  insert into private.rate_limit_counters as c (bucket, subject, window_seconds, window_start, hits, previous_hits)
  select w.bucket, w.subject, w.seconds, w.started, 1, 0
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
    window_seconds = excluded.window_seconds
  returning c.bucket, c.subject, c.window_start, c.hits, c.previous_hits,
    extract(epoch from now() - c.window_start)::double precision;
end
$$;

-- Deletes the counters past the end of the window after theirs: they count for nothing any more.
create or replace function private.forget_expired_rate_limits()
returns integer
language sql
set search_path = ''
as $$
  with gone as (
    delete from private.rate_limit_counters c
    where c.window_start + make_interval(secs => 2 * c.window_seconds) < now()
    returning 1
  )
  select count(*)::integer from gone;
$$;

alter table private.rate_limit_counters drop column expires_at;
