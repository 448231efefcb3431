-- Signed webhooks, what a mature product has (issue 17, decision 061, amendment of 2026-12-06):
--
-- 1. Rotating a subscription's secret without downtime. The database generates the new secret (a client
--    never chooses one); for 24 hours the worker signs every delivery with BOTH the new and the previous
--    secret (`Webhook-Signature: v1=<new> v1=<old>`, which receivers following Standard Webhooks, and our
--    own `verifyWebhookSignature`, accept), so a receiver keeps verifying while its owner pastes the new
--    secret in; after 24 hours, the new one only.
-- 2. Retention of the delivery logs: ended webhook deliveries after 30 days, SMS deliveries after 13 months.
-- 3. "Send again" refused a manager the network's deliveries only by accident of `null`: now explicitly.

-- 1. Rotation --------------------------------------------------------------------------------------------

alter table public.webhook_subscriptions
  add column previous_secret text check (previous_secret ~ '^whsec_[A-Za-z0-9_-]{40,}$'),
  add column previous_secret_expires_at timestamptz,
  add constraint webhook_subscriptions_previous_secret_pair
    check ((previous_secret is null) = (previous_secret_expires_at is null));

-- The previous secret is the worker's only (it signs with it): column grants instead of the table-wide
-- select, so no client reads it — not even the people who manage the subscription, who saw it before the
-- change and have no use for it after. Its expiry is not secret: the page says until when the old one is
-- still accepted. A column added later is NOT readable by clients until granted here.
revoke select on public.webhook_subscriptions from authenticated;
grant select (id, place_id, url, events, secret, active, created_by, created_at, updated_at,
  previous_secret_expires_at) on public.webhook_subscriptions to authenticated;

-- A new secret for a subscription, the current one kept as the previous one for 24 hours (a previous one
-- still running is dropped: receivers have had the current one since the last change). Allowed to whoever
-- may manage the subscription — the same rule as the table's update policy, checked here as the caller
-- because the function writes columns clients may not (`secret`, `previous_secret`). Returns the new
-- secret, or null when there is no such subscription or the caller may not manage it (the same answer for
-- both: nothing is said about other places' subscriptions). The row is locked, so two concurrent calls
-- rotate one after the other; the procedure makes a double click rotate once (decision 061, amendment).
create function private.rotate_webhook_secret(subscription_id uuid) returns text
language plpgsql
security definer
set search_path = ''
as $$
declare
  target record;
  fresh text := 'whsec_' || translate(encode(extensions.gen_random_bytes(32), 'base64'), '+/=', '-_');
begin
  select s.id, s.place_id into target
  from public.webhook_subscriptions s
  where s.id = rotate_webhook_secret.subscription_id
  for update;
  -- `coalesce`: a network subscription (place_id null) makes `in` null, which must read as "no".
  if not found or not coalesce(
    coalesce(auth.role(), '') = 'service_role'
    or (select private.is_network_admin())
    or target.place_id in (select private.managed_place_ids()),
    false
  ) then
    return null;
  end if;
  update public.webhook_subscriptions s
  set previous_secret = s.secret, previous_secret_expires_at = now() + interval '24 hours', secret = fresh
  where s.id = target.id;
  return fresh;
end
$$;
revoke execute on function private.rotate_webhook_secret(uuid) from public, anon;
-- Called by the procedure as the caller (it checks the caller itself); in `private`, so the Data API does not
-- expose it (decision 031).
grant execute on function private.rotate_webhook_secret(uuid) to authenticated, service_role;

-- 2. Retention of the delivery logs -----------------------------------------------------------------------

-- The nightly purge's look-ups: ended deliveries by their last change, SMS by when they were sent.
create index webhook_deliveries_ended_idx on public.webhook_deliveries (updated_at)
  where status in ('delivered', 'failed', 'cancelled');
create index sms_deliveries_sent_at_idx on private.sms_deliveries (sent_at);

-- Run by `retention-purge` (packages/jobs) every night with the other short-lived data:
-- - webhook deliveries that ended (delivered, failed for good, cancelled) more than 30 days ago: the log
--   serves to see and resend recent events, and a pending or waiting delivery is never touched (its line
--   would lose its place). `updated_at` is when it ended (or was last sent again).
-- - SMS deliveries sent more than 13 months ago: they hold no personal data but grow for ever, and what
--   managers see of them is this month's failures (the monthly counts live in `private.sms_usage`).
-- - previous webhook secrets past their 24 hours: the worker no longer signs with them; erased so a
--   secret a receiver has retired does not linger in the database.
create function private.purge_delivery_logs(at timestamptz default now())
returns table (webhook_deliveries integer, sms_deliveries integer, webhook_secrets integer)
language plpgsql
security definer
set search_path = ''
as $$
declare
  webhooks integer;
  sms integer;
  secrets integer;
begin
  delete from public.webhook_deliveries d
  where d.status in ('delivered', 'failed', 'cancelled')
    and d.updated_at < purge_delivery_logs.at - interval '30 days';
  get diagnostics webhooks = row_count;
  delete from private.sms_deliveries s
  where s.sent_at < purge_delivery_logs.at - interval '13 months';
  get diagnostics sms = row_count;
  update public.webhook_subscriptions s
  set previous_secret = null, previous_secret_expires_at = null
  where s.previous_secret_expires_at <= purge_delivery_logs.at;
  get diagnostics secrets = row_count;
  return query select webhooks, sms, secrets;
end
$$;
revoke execute on function private.purge_delivery_logs(timestamptz) from public, anon, authenticated;
grant execute on function private.purge_delivery_logs(timestamptz) to service_role;

-- 3. "Send again": the same check as the rotation's, `null` included ------------------------------------

-- Unchanged but for the `coalesce`: without it, a manager's call on a delivery of the NETWORK's
-- subscription (place_id null) evaluated `not (false or false or null)`, i.e. null, and went through.
create or replace function private.webhook_redeliver(delivery_id bigint) returns text
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
  if not found or not coalesce(
    coalesce(auth.role(), '') = 'service_role'
    or (select private.is_network_admin())
    or target.place_id in (select private.managed_place_ids()),
    false
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
-- `create or replace` keeps the function's grants; restated so this file reads on its own.
revoke execute on function private.webhook_redeliver(bigint) from public, anon;
grant execute on function private.webhook_redeliver(bigint) to authenticated, service_role;
