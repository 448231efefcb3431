-- Delivery of SMS (issue 14, decision 040): one row per SMS handed to the provider — its id at the
-- provider, the place, the kind of message and what the provider's receipts say (sent, delivered, failed) —
-- and nothing about the person (no number, no text). Written by the server only: the worker when it
-- sends, the receipts route (`booking.smsReceipts`, checked with the shared secret) when Brevo reports.
create table private.sms_deliveries (
  provider_id text primary key check (char_length(provider_id) between 1 and 100),
  place_id uuid references public.places (id) on delete cascade,
  kind text not null check (char_length(kind) between 1 and 40),
  status text not null default 'sent' check (status in ('sent', 'delivered', 'failed', 'other')),
  sent_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index sms_deliveries_place_sent_at_idx on private.sms_deliveries (place_id, sent_at);
alter table private.sms_deliveries enable row level security;
revoke all on private.sms_deliveries from public, anon, authenticated;
grant select, insert, update, delete on private.sms_deliveries to service_role;
create policy "the server follows SMS deliveries" on private.sms_deliveries for all to service_role
  using (true) with check (true);
