-- Signed webhooks (issue 17, decision 061): the network's other tools subscribe to events of the network
-- (network admins) or of one place (its managers). An event is written IN THE TRANSACTION of the change that
-- causes it, by the triggers below: one delivery row per matching active subscription, and a job
-- (`webhook-delivery`, packages/jobs) for each delivery that is first in its line. A rolled-back booking
-- leaves no delivery behind; a committed one always has its deliveries.
--
-- Ordering: deliveries of one subscription that share an `ordering_key` (`booking:<id>`, `session:<id>`,
-- `place:<id>`, `report:<id>`) go out one at a time, in the order they were written: a delivery waits
-- (`waiting`, no job) while an earlier one of its line is `pending`; when that one ends (delivered, or failed
-- after its last attempt, or cancelled) the next one is queued (`private.webhook_delivery_finished`). Both
-- sides take the line's advisory lock, so a delivery written while the previous one finishes is never
-- left waiting for nobody.
--
-- Payloads are minimal and carry no personal data: ids, statuses, counts, dates (no name, e-mail, phone).

create table public.webhook_subscriptions (
  id uuid primary key default gen_random_uuid(),
  -- null: the network's subscription (every event); else one place's (that place's events only).
  place_id uuid references public.places (id) on delete cascade,
  url text not null check (char_length(url) <= 2000 and url ~ '^https?://[^[:space:]]+$'),
  events text[] not null check (
    cardinality(events) between 1 and 7
    and events <@ array[
      'booking.confirmed', 'booking.waitlisted', 'booking.promoted', 'booking.cancelled',
      'attendance.taken', 'place.updated', 'report.validated'
    ]::text[]
  ),
  -- The signing key (HMAC-SHA256), generated here: a client never chooses it (no insert grant on it).
  -- Readable by the people who manage the subscription (they configure their receiver with it) and by
  -- the worker (service role), which signs with it.
  secret text not null
    default 'whsec_' || translate(encode(extensions.gen_random_bytes(32), 'base64'), '+/=', '-_')
    check (secret ~ '^whsec_[A-Za-z0-9_-]{40,}$'),
  active boolean not null default true,
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index webhook_subscriptions_place_id_idx on public.webhook_subscriptions (place_id);
create index webhook_subscriptions_active_idx on public.webhook_subscriptions (place_id) where active;
create index webhook_subscriptions_created_by_idx on public.webhook_subscriptions (created_by);
create trigger webhook_subscriptions_updated_at before update on public.webhook_subscriptions
  for each row execute function private.set_updated_at();

create table public.webhook_deliveries (
  id bigint generated always as identity primary key,
  subscription_id uuid not null references public.webhook_subscriptions (id) on delete cascade,
  -- The event's id (the same for every subscription it went to): receivers deduplicate with it.
  event_id uuid not null,
  event_type text not null,
  ordering_key text not null,
  payload jsonb not null check (jsonb_typeof(payload) = 'object'),
  -- pending: a job is queued or running; waiting: behind an earlier delivery of its line;
  -- delivered; failed (after its last attempt); cancelled (the subscription was deactivated).
  status text not null default 'pending'
    check (status in ('pending', 'waiting', 'delivered', 'failed', 'cancelled')),
  -- Bumped each time the delivery is queued (first time, after waiting, "send again"): the job's payload
  -- carries it, so a job of an earlier round does nothing.
  round integer not null default 1 check (round > 0),
  attempts integer not null default 0 check (attempts >= 0),
  last_status_code integer check (last_status_code between 100 and 599),
  last_error text check (char_length(last_error) <= 1000),
  next_attempt_at timestamptz,
  delivered_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (subscription_id, event_id)
);
create index webhook_deliveries_log_idx on public.webhook_deliveries (subscription_id, id desc);
create index webhook_deliveries_line_idx on public.webhook_deliveries (subscription_id, ordering_key, id)
  where status in ('pending', 'waiting');
create trigger webhook_deliveries_updated_at before update on public.webhook_deliveries
  for each row execute function private.set_updated_at();

-- Row-level security: network admins manage every subscription (the network's and the places'); a
-- place's managers manage their place's. Nobody deletes (the log stays); deactivating is an update.
-- Deliveries are written by triggers and the worker only; they are read by whoever sees the subscription.
alter table public.webhook_subscriptions enable row level security;
alter table public.webhook_deliveries enable row level security;
revoke all on public.webhook_subscriptions, public.webhook_deliveries from anon, authenticated;
grant select on public.webhook_subscriptions to authenticated;
grant insert (place_id, url, events) on public.webhook_subscriptions to authenticated;
grant update (active, events) on public.webhook_subscriptions to authenticated;
grant select on public.webhook_deliveries to authenticated;
grant select, insert, update, delete on public.webhook_subscriptions, public.webhook_deliveries to service_role;

create policy "select: managers of the place, network admins" on public.webhook_subscriptions
  for select to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "insert: managers of the place, network admins for any" on public.webhook_subscriptions
  for insert to authenticated
  with check (
    created_by = (select auth.uid())
    and (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()))
  );
create policy "update: managers of the place, network admins" on public.webhook_subscriptions
  for update to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()))
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "service role: everything" on public.webhook_subscriptions
  for all to service_role using (true) with check (true);

create policy "select: whoever sees the subscription" on public.webhook_deliveries
  for select to authenticated
  using (
    exists (
      select 1 from public.webhook_subscriptions s
      where s.id = subscription_id
        and (s.place_id in (select private.managed_place_ids()) or (select private.is_network_admin()))
    )
  );
create policy "service role: everything" on public.webhook_deliveries
  for all to service_role using (true) with check (true);

-- The line's lock: taken by whoever adds to a line or ends its head.
create function private.lock_webhook_line(subscription_id uuid, ordering_key text) returns void
language sql volatile set search_path = ''
as $$
  select pg_advisory_xact_lock(hashtextextended('webhook:' || subscription_id::text || ':' || ordering_key, 0))
$$;

-- Writes one event: a delivery per active subscription that wants it (the network's, and the place's),
-- queued at once unless an earlier delivery of its line is still pending or waiting. Nothing is read or
-- written when no subscription wants the event (most installations, most of the time).
create function private.emit_webhook_event(
  event_type text,
  place_id uuid,
  ordering_key text,
  data jsonb
) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  event_id uuid := gen_random_uuid();
  payload jsonb;
  subscription record;
  delivery_id bigint;
  behind boolean;
begin
  payload := jsonb_build_object(
    'version', 1,
    'id', event_id,
    'type', emit_webhook_event.event_type,
    'occurred_at', private.job_instant(clock_timestamp()),
    'data', emit_webhook_event.data
  );
  for subscription in
    select s.id from public.webhook_subscriptions s
    where s.active
      and emit_webhook_event.event_type = any (s.events)
      and (s.place_id is null or s.place_id = emit_webhook_event.place_id)
    order by s.id
  loop
    perform private.lock_webhook_line(subscription.id, emit_webhook_event.ordering_key);
    behind := exists (
      select 1 from public.webhook_deliveries d
      where d.subscription_id = subscription.id
        and d.ordering_key = emit_webhook_event.ordering_key
        and d.status in ('pending', 'waiting')
    );
    insert into public.webhook_deliveries (subscription_id, event_id, event_type, ordering_key, payload, status,
      next_attempt_at)
    values (subscription.id, event_id, emit_webhook_event.event_type, emit_webhook_event.ordering_key, payload,
      case when behind then 'waiting' else 'pending' end, case when behind then null else now() end)
    returning id into delivery_id;
    if not behind then
      perform private.enqueue_job('webhook-delivery', jsonb_build_object('deliveryId', delivery_id, 'round', 1),
        now(), 'webhook:' || delivery_id, 6);
    end if;
  end loop;
end
$$;

-- A delivery ended (delivered, failed for good, cancelled): the next waiting one of its line is queued.
create function private.webhook_delivery_finished(delivery_id bigint) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  finished record;
  next_id bigint;
  next_round integer;
begin
  select d.subscription_id, d.ordering_key into finished
  from public.webhook_deliveries d where d.id = webhook_delivery_finished.delivery_id;
  if not found then
    return;
  end if;
  perform private.lock_webhook_line(finished.subscription_id, finished.ordering_key);
  if exists (
    select 1 from public.webhook_deliveries d
    where d.subscription_id = finished.subscription_id and d.ordering_key = finished.ordering_key
      and d.status = 'pending'
  ) then
    return;
  end if;
  update public.webhook_deliveries d
  set status = 'pending', round = d.round + 1, next_attempt_at = now()
  where d.id = (
    select w.id from public.webhook_deliveries w
    where w.subscription_id = finished.subscription_id and w.ordering_key = finished.ordering_key
      and w.status = 'waiting'
    order by w.id
    limit 1
  )
  returning d.id, d.round into next_id, next_round;
  if next_id is not null then
    perform private.enqueue_job('webhook-delivery', jsonb_build_object('deliveryId', next_id, 'round', next_round),
      now(), 'webhook:' || next_id, 6);
  end if;
end
$$;

-- "Send again" (the console's button): a delivered, failed or cancelled delivery is queued again with a
-- fresh set of attempts — behind its line if an earlier one is still out. A pending or waiting one is left
-- as it is, so a double click sends once. Allowed to whoever may manage the subscription (checked here,
-- as the caller: the same rule as the subscriptions' policies). Returns the delivery's status after, or
-- `not_found` (no such delivery, or not the caller's), or `inactive` (the subscription is deactivated).
create function private.webhook_redeliver(delivery_id bigint) returns text
language plpgsql
security definer
set search_path = ''
as $$
declare
  target record;
  behind boolean;
begin
  select d.id, d.status, d.round, d.subscription_id, d.ordering_key, s.place_id, s.active into target
  from public.webhook_deliveries d
  join public.webhook_subscriptions s on s.id = d.subscription_id
  where d.id = webhook_redeliver.delivery_id;
  if not found or not (
    coalesce(auth.role(), '') = 'service_role'
    or (select private.is_network_admin())
    or target.place_id in (select private.managed_place_ids())
  ) then
    return 'not_found';
  end if;
  if target.status in ('pending', 'waiting') then
    return target.status;
  end if;
  if not target.active then
    return 'inactive';
  end if;
  perform private.lock_webhook_line(target.subscription_id, target.ordering_key);
  behind := exists (
    select 1 from public.webhook_deliveries d
    where d.subscription_id = target.subscription_id and d.ordering_key = target.ordering_key
      and d.status in ('pending', 'waiting') and d.id <> target.id
  );
  update public.webhook_deliveries d
  set status = case when behind then 'waiting' else 'pending' end,
    round = d.round + 1, attempts = 0, last_status_code = null, last_error = null, delivered_at = null,
    next_attempt_at = case when behind then null else now() end
  where d.id = target.id;
  if not behind then
    perform private.enqueue_job('webhook-delivery',
      jsonb_build_object('deliveryId', target.id, 'round', target.round + 1), now(), 'webhook:' || target.id, 6);
  end if;
  return case when behind then 'waiting' else 'pending' end;
end
$$;

-- Bookings: confirmed (booked, or moved onto a seat), waitlisted, promoted from the waitlist, cancelled.
-- The payload says the session's seats and the booking's place on the waitlist; nothing about the person.
create function private.webhook_booking_events() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  event_type text;
  session record;
begin
  if not exists (select 1 from public.webhook_subscriptions s where s.active) then
    return null;
  end if;
  if tg_op = 'INSERT' then
    event_type := case new.status when 'confirmed' then 'booking.confirmed' when 'waitlisted' then 'booking.waitlisted' end;
  elsif new.session_id is distinct from old.session_id and new.status <> 'cancelled' then
    event_type := case new.status when 'confirmed' then 'booking.confirmed' else 'booking.waitlisted' end;
  elsif new.status is distinct from old.status then
    event_type := case
      when old.status = 'waitlisted' and new.status = 'confirmed' then 'booking.promoted'
      when new.status = 'cancelled' then 'booking.cancelled'
      when new.status = 'confirmed' then 'booking.confirmed'
      when new.status = 'waitlisted' then 'booking.waitlisted'
    end;
  end if;
  if event_type is null then
    return null;
  end if;
  select s.activity_id, s.capacity,
    (select count(*) from public.bookings b where b.session_id = s.id and b.status = 'confirmed') as confirmed
  into session
  from public.sessions s where s.id = new.session_id;
  perform private.emit_webhook_event(event_type, new.place_id, 'booking:' || new.id, jsonb_build_object(
    'booking_id', new.id,
    'session_id', new.session_id,
    'activity_id', session.activity_id,
    'place_id', new.place_id,
    'status', new.status,
    'previous_session_id', case when tg_op = 'UPDATE' and new.session_id is distinct from old.session_id
      then old.session_id end,
    'seats', jsonb_build_object('capacity', session.capacity, 'confirmed', session.confirmed),
    'waitlist_position', case when new.status = 'waitlisted' then (
      select count(*) from public.bookings b
      where b.session_id = new.session_id and b.status = 'waitlisted' and b.arrival <= new.arrival
    ) end
  ));
  return null;
end
$$;
create trigger bookings_webhooks after insert or update of status, session_id on public.bookings
  for each row execute function private.webhook_booking_events();

-- Attendance: one event per session and transaction, however many bookings were marked, written when the
-- transaction commits (a deferred trigger) with the session's final counts.
create function private.webhook_attendance_event() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  marker text := 'rf_webhooks.attendance_' || replace(new.session_id::text, '-', '');
  counts record;
  activity_id uuid;
begin
  if coalesce(current_setting(marker, true), '') = '1' then
    return null;
  end if;
  perform set_config(marker, '1', true);
  if not exists (select 1 from public.webhook_subscriptions s where s.active) then
    return null;
  end if;
  select s.activity_id into activity_id from public.sessions s where s.id = new.session_id;
  select
    count(*) filter (where b.attendance = 'seen') as seen,
    count(*) filter (where b.attendance = 'excused') as excused,
    count(*) filter (where b.attendance = 'revoked') as revoked,
    count(*) filter (where b.attendance = 'noshow') as noshow,
    count(*) filter (where b.attendance is null) as unmarked
  into counts
  from public.bookings b where b.session_id = new.session_id and b.status = 'confirmed';
  perform private.emit_webhook_event('attendance.taken', new.place_id, 'session:' || new.session_id,
    jsonb_build_object(
      'session_id', new.session_id,
      'activity_id', activity_id,
      'place_id', new.place_id,
      'attendance', jsonb_build_object('seen', counts.seen, 'excused', counts.excused,
        'revoked', counts.revoked, 'noshow', counts.noshow, 'unmarked', counts.unmarked)
    ));
  return null;
end
$$;
create constraint trigger bookings_webhooks_attendance after update of attendance on public.bookings
  deferrable initially deferred
  for each row when (new.attendance is distinct from old.attendance)
  execute function private.webhook_attendance_event();

-- A place's page changed: one event per place and transaction, at commit. Receivers read the public page or
-- the public API for the details; the payload says which place and its state.
create function private.webhook_place_event() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  marker text := 'rf_webhooks.place_' || replace(new.id::text, '-', '');
  place record;
begin
  if coalesce(current_setting(marker, true), '') = '1' then
    return null;
  end if;
  perform set_config(marker, '1', true);
  if not exists (select 1 from public.webhook_subscriptions s where s.active) then
    return null;
  end if;
  select p.id, p.slug, p.status, p.updated_at, p.merged_into_id, p.hidden_at is not null as hidden
  into place from public.places p where p.id = new.id;
  if not found then
    return null;
  end if;
  perform private.emit_webhook_event('place.updated', place.id, 'place:' || place.id, jsonb_build_object(
    'place_id', place.id,
    'slug', place.slug,
    'status', place.status,
    'hidden', place.hidden,
    'merged_into_id', place.merged_into_id,
    'updated_at', private.job_instant(place.updated_at)
  ));
  return null;
end
$$;
create constraint trigger places_webhooks after update on public.places
  deferrable initially deferred
  for each row when (old.* is distinct from new.*)
  execute function private.webhook_place_event();

-- A periodic report validated by the network.
create function private.webhook_report_event() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if not exists (select 1 from public.webhook_subscriptions s where s.active) then
    return null;
  end if;
  perform private.emit_webhook_event('report.validated', new.place_id, 'report:' || new.id, jsonb_build_object(
    'report_id', new.id,
    'place_id', new.place_id,
    'period', new.period,
    'period_start', new.period_start,
    'period_end', new.period_end,
    'validated_at', private.job_instant(coalesce(new.reviewed_at, now()))
  ));
  return null;
end
$$;
create trigger reports_webhooks after update of status on public.reports
  for each row when (new.status = 'validated' and old.status is distinct from 'validated')
  execute function private.webhook_report_event();

revoke execute on function private.lock_webhook_line(uuid, text) from public;
revoke execute on function private.emit_webhook_event(text, uuid, text, jsonb) from public;
revoke execute on function private.webhook_delivery_finished(bigint) from public;
revoke execute on function private.webhook_booking_events() from public;
revoke execute on function private.webhook_attendance_event() from public;
revoke execute on function private.webhook_place_event() from public;
revoke execute on function private.webhook_report_event() from public;
revoke execute on function private.webhook_redeliver(bigint) from public, anon;
grant execute on function private.webhook_delivery_finished(bigint) to service_role;
-- Called by the procedure as the caller (it checks the caller itself); in `private`, so the Data API does not
-- expose it (decision 031).
grant execute on function private.webhook_redeliver(bigint) to authenticated, service_role;
