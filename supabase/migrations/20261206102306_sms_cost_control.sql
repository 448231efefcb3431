-- SMS cost control (issue 14, decision 040): an optional monthly cap per place, set by network admins (the
-- network pays). Beyond it, reminders are not sent by SMS (the e-mail still goes when there is an address);
-- confirmations, promotions and cancellations always are. Written by the server (service role) once the
-- procedure has checked the caller is a network admin; read with the counts of `private.sms_usage`.
create table private.sms_caps (
  place_id uuid primary key references public.places (id) on delete cascade,
  monthly_cap integer not null check (monthly_cap between 0 and 100000),
  updated_at timestamptz not null default now()
);
alter table private.sms_caps enable row level security;
revoke all on private.sms_caps from public, anon, authenticated;
grant select, insert, update, delete on private.sms_caps to service_role;
create policy "the server keeps the SMS caps" on private.sms_caps for all to service_role
  using (true) with check (true);
create trigger sms_caps_audit after insert or update or delete on private.sms_caps
  for each row execute function private.audit();
