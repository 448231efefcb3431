-- The development mailbox.
-- E-mails kept instead of sent when no SMTP server is configured (the embedded default).
create table public.dev_mailbox (
  id uuid primary key default gen_random_uuid(),
  created_at timestamptz not null default now(),
  from_address text not null,
  to_address text not null,
  subject text not null,
  text_body text not null,
  html_body text,
  attachment_names text[] not null default '{}'
);
create index dev_mailbox_to_address_created_at_idx on public.dev_mailbox (lower(to_address), created_at desc);
alter table public.dev_mailbox enable row level security;
grant select on public.dev_mailbox to authenticated;
grant select, insert on public.dev_mailbox to service_role;
create policy "network admins read the development mailbox" on public.dev_mailbox
  for select to authenticated using ((select private.is_network_admin()));
create policy "the server files development e-mails" on public.dev_mailbox
  for insert to service_role with check (true);
