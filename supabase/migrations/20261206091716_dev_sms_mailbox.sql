-- The development SMS mailbox (docs/decisions/037).
-- SMS kept instead of sent when no SMS provider is configured (SMS_TRANSPORT=mailbox, the default outside
-- production), read by network admins like the development e-mails (20261123001100_dev_mailbox.sql), and
-- purged after the same delay (`dev_mailbox_days`, 20261206080000_retention.sql).
create table public.dev_sms_mailbox (
  id uuid primary key default gen_random_uuid(),
  created_at timestamptz not null default now(),
  -- E.164 (+33612345678), as a provider would be given it.
  to_number text not null check (to_number ~ '^\+[1-9][0-9]{5,14}$'),
  text_body text not null,
  -- The sender's own reference for the message (a job's key): the same SMS filed twice shows it.
  reference text not null
);
create index dev_sms_mailbox_to_number_created_at_idx on public.dev_sms_mailbox (to_number, created_at desc);
alter table public.dev_sms_mailbox enable row level security;
revoke all on public.dev_sms_mailbox from public, anon, authenticated;
grant select on public.dev_sms_mailbox to authenticated;
grant select, insert on public.dev_sms_mailbox to service_role;
create policy "network admins read the development SMS mailbox" on public.dev_sms_mailbox
  for select to authenticated using ((select private.is_network_admin()));
create policy "the server files development SMS" on public.dev_sms_mailbox
  for insert to service_role with check (true);

-- The purge of short-lived data now also empties the development SMS mailbox, after `dev_mailbox_days`
-- like the development e-mails. Same signature and columns (callers read them by name): `dev_mailbox`
-- counts the development messages of both mailboxes, e-mails and SMS.
create or replace function private.purge_short_lived_data(at timestamptz default now())
returns table (dev_mailbox integer, invitations integer, sign_in_links integer)
language plpgsql
security definer
set search_path = ''
as $$
declare
  settings private.retention_settings;
  mailbox integer;
  sms integer;
  invites integer;
  links integer;
begin
  select * into settings from private.retention_settings where id;
  delete from public.dev_mailbox m
  where m.created_at < purge_short_lived_data.at - make_interval(days => settings.dev_mailbox_days);
  get diagnostics mailbox = row_count;
  delete from public.dev_sms_mailbox s
  where s.created_at < purge_short_lived_data.at - make_interval(days => settings.dev_mailbox_days);
  get diagnostics sms = row_count;
  delete from public.invitations i
  where i.accepted_at is null
    and i.expires_at < purge_short_lived_data.at - make_interval(days => settings.invitation_days);
  get diagnostics invites = row_count;
  -- The embedded provider's one-time links. On a Supabase project, auth.users belongs to Supabase Auth
  -- (which expires its own tokens): without the right to write it, this part is skipped, not the purge.
  begin
    update auth.users u set recovery_token = ''
    where u.recovery_token <> ''
      and u.recovery_sent_at < purge_short_lived_data.at - make_interval(hours => settings.link_hours);
    get diagnostics links = row_count;
  exception when insufficient_privilege then
    links := 0;
  end;
  return query select mailbox + sms, invites, links;
end
$$;

-- `create or replace` keeps the function's grants; restated so this file reads on its own.
revoke execute on function private.purge_short_lived_data(timestamptz) from public;
grant execute on function private.purge_short_lived_data(timestamptz) to service_role;
