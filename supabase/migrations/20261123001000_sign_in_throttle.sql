-- Sign-in throttling.

-- Failed sign-ins, counted per address and per client over a sliding window (rules in packages/domain).
-- Private: only the server's auth path (service role) reads and writes it.
create table private.sign_in_failures (
  id bigint generated always as identity primary key,
  email text not null,
  client text not null,
  at timestamptz not null default now()
);
create index sign_in_failures_email_at_idx on private.sign_in_failures (email, at);
create index sign_in_failures_client_at_idx on private.sign_in_failures (client, at);
alter table private.sign_in_failures enable row level security;
grant select, insert, delete on private.sign_in_failures to service_role;
create policy "the auth server reads failures" on private.sign_in_failures for select to service_role using (true);
create policy "the auth server records failures" on private.sign_in_failures for insert to service_role with check (true);
create policy "the auth server forgets failures" on private.sign_in_failures for delete to service_role using (true);
