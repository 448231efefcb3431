-- Residents' personal data: kept only as long as needed, erasable by them (docs/decisions/034).
--
-- * `private.retention_settings`: the network's retention periods (one row, defaults below; bounds checked
--   here and by the zod schema in packages/domain/src/privacy/retention.ts — keep them equal).
-- * `erased_at` on bookings and appointments, and `private.erase_personal_data`: the ONE erasure, used by
--   the nightly purge (packages/jobs, task `retention-purge`) and by the person's own "Effacer mes données".
--   It keeps what statistics need (status, attendance, dates, place, session, counts) and removes who it was.
-- * `private.purge_short_lived_data`: development e-mails, expired invitations and one-time sign-in links.
-- * `private.delete_account`: a member deletes their account from their space.
-- * `prescriber_email` is no longer collected (it was never used): existing values erased, new ones refused.

create table private.retention_settings (
  id boolean primary key default true check (id),
  -- Bookings confirmed (attended or not) and appointments booked: days after the session ended.
  attended_days integer not null default 90 check (attended_days between 30 and 1095),
  -- Bookings cancelled or left on the waitlist, appointments cancelled: days after the session ended.
  cancelled_days integer not null default 30 check (cancelled_days between 7 and 1095),
  -- Messages of the development mailbox (no SMTP configured): days after they were filed.
  dev_mailbox_days integer not null default 7 check (dev_mailbox_days between 1 and 90),
  -- Invitations never accepted: days after they expired (accepted ones are kept: they say who let whom in).
  invitation_days integer not null default 30 check (invitation_days between 1 and 365),
  -- One-time sign-in links (magic links, password resets): hours after they were sent.
  link_hours integer not null default 24 check (link_hours between 1 and 168),
  updated_at timestamptz not null default now()
);
insert into private.retention_settings default values;
create trigger retention_settings_updated_at before update on private.retention_settings
  for each row execute function private.set_updated_at();
alter table private.retention_settings enable row level security;
revoke all on private.retention_settings from public, anon, authenticated;
grant select, update on private.retention_settings to service_role;
create policy "the server reads the retention settings" on private.retention_settings
  for select to service_role using (true);
create policy "the server changes the retention settings" on private.retention_settings
  for update to service_role using (true) with check (true);

-- Erased rows ----------------------------------------------------------------------------------------------

alter table public.bookings add column erased_at timestamptz;
alter table public.appointments add column erased_at timestamptz;

alter table public.bookings drop constraint bookings_contact_check;
alter table public.bookings add constraint bookings_contact_check
  check (erased_at is not null or email is not null or phone is not null);
alter table public.appointments drop constraint appointments_contact_check;
alter table public.appointments add constraint appointments_contact_check
  check (erased_at is not null or email is not null or phone is not null);

-- prescriber_email: collected, never used. Erased, and refused from now on.
update public.bookings set prescriber_email = null where prescriber_email is not null;
update public.appointments set prescriber_email = null where prescriber_email is not null;
alter table public.bookings add constraint bookings_no_prescriber_email check (prescriber_email is null);
alter table public.appointments add constraint appointments_no_prescriber_email check (prescriber_email is null);

-- Rows still holding personal data, by the date their session ended (what the purge looks at).
create index bookings_not_erased_idx on public.bookings (session_id) where erased_at is null;
create index appointments_not_erased_idx on public.appointments (ends_at) where erased_at is null;

-- The erasure: who it was goes (first name replaced by a dash, contact, prescriber, account link, motive,
-- and the private link's hash — the link stops working); what happened stays (status, attendance, dates,
-- place, session, themes). Rows already erased are left alone: erasing twice changes nothing.
create function private.erase_personal_data(booking_ids uuid[], appointment_ids uuid[])
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  erased_bookings integer;
  erased_appointments integer;
begin
  update public.bookings b
  set first_name = '—', email = null, phone = null, prescriber_name = null, prescriber_organisation = null,
      prescriber_email = null, user_id = null, manage_token_hash = null, erased_at = now()
  where b.id = any(coalesce(erase_personal_data.booking_ids, '{}')) and b.erased_at is null;
  get diagnostics erased_bookings = row_count;
  update public.appointments a
  set first_name = '—', email = null, phone = null, prescriber_name = null, prescriber_organisation = null,
      prescriber_email = null, user_id = null, manage_token_hash = null, motive = null, erased_at = now()
  where a.id = any(coalesce(erase_personal_data.appointment_ids, '{}')) and a.erased_at is null;
  get diagnostics erased_appointments = row_count;
  return erased_bookings + erased_appointments;
end
$$;

-- Short-lived data past its delay (as of `at`): development e-mails, invitations never accepted, one-time
-- sign-in links. Returns how many of each went.
create function private.purge_short_lived_data(at timestamptz default now())
returns table (dev_mailbox integer, invitations integer, sign_in_links integer)
language plpgsql
security definer
set search_path = ''
as $$
declare
  settings private.retention_settings;
  mailbox integer;
  invites integer;
  links integer;
begin
  select * into settings from private.retention_settings where id;
  delete from public.dev_mailbox m
  where m.created_at < purge_short_lived_data.at - make_interval(days => settings.dev_mailbox_days);
  get diagnostics mailbox = row_count;
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
  return query select mailbox, invites, links;
end
$$;

-- A person deletes their own account (member space): their bookings' and appointments' identifying fields
-- are erased (seats still to come were given back through the engine first, by the API), then the account
-- goes — profile, memberships and sessions follow by cascade. Never the last manager of a place (refused
-- here, with the message of private.keep_a_place_manager, which lets the service role through) nor the
-- last network admin (refused by private.keep_a_network_admin when the profile goes).
create function private.delete_account(target uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform 1 from public.place_memberships m
  where m.place_id in (select place_id from public.place_memberships where user_id = delete_account.target)
    and m.role = 'manager'
  for update;
  if exists (
    select 1 from public.place_memberships m
    where m.user_id = delete_account.target and m.role = 'manager'
      and not exists (
        select 1 from public.place_memberships o
        where o.place_id = m.place_id and o.role = 'manager' and o.user_id <> delete_account.target
      )
  ) then
    raise exception 'the last manager of a place cannot be removed' using errcode = '42501';
  end if;
  perform private.erase_personal_data(
    array(select b.id from public.bookings b where b.user_id = delete_account.target),
    array(select a.id from public.appointments a where a.user_id = delete_account.target)
  );
  delete from auth.users u where u.id = delete_account.target;
end
$$;

revoke execute on function private.delete_account(uuid) from public;
grant execute on function private.delete_account(uuid) to service_role;
revoke execute on function private.erase_personal_data(uuid[], uuid[]) from public;
revoke execute on function private.purge_short_lived_data(timestamptz) from public;
grant execute on function private.erase_personal_data(uuid[], uuid[]) to service_role;
grant execute on function private.purge_short_lived_data(timestamptz) to service_role;
