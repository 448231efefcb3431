-- "Send again" once per click (the guide's double-click rule): the form now says which round of the delivery
-- the person saw. Before, a second click that arrived after the worker had already delivered the first
-- click's sending found the delivery `delivered` and queued it once more: two clicks, two more sendings (a
-- race the worker's speed decided; the jobs test caught it). Now a round other than the one seen means an
-- earlier click already sent it again: nothing more is queued, and the answer is the one that click had.
-- Without a round (the service role, tools), the function behaves as before.
drop function private.webhook_redeliver(bigint);

create function private.webhook_redeliver(delivery_id bigint, seen_round integer default null) returns text
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
  -- Sent again since the page was shown (a double click, a form posted twice): that sending stands.
  if webhook_redeliver.seen_round is not null and target.round <> webhook_redeliver.seen_round then
    return 'pending';
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
revoke execute on function private.webhook_redeliver(bigint, integer) from public, anon;
grant execute on function private.webhook_redeliver(bigint, integer) to authenticated, service_role;
