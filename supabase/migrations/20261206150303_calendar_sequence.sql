-- Calendar invitations (issue 16, decision 052): every e-mailed `.ics` of a booking or an appointment keeps
-- the UID of the first one and carries a SEQUENCE (RFC 5545 §3.8.7.4) that grows with each change, so that
-- a calendar application replaces the event it holds by a moved or cancelled one, and never the reverse.
--
-- The counters are kept by the database itself, in the same transaction as the change, whatever path made
-- it (resident, member, prescriber, organiser, engine function): a BEFORE trigger derives the new value from
-- the old row, so nobody can set it, and no booking function needed to change.
--
-- - A session's counter grows when its time, place, location note or status changes: a session move or a
--   session cancellation is a change of every booking's event (and of the place's public feed).
-- - A booking's counter grows when its status or its session changes (confirmed, promoted, cancelled,
--   moved to another session).
-- - A booking's event SEQUENCE is the sum of both: each counter only grows, so the sum does too, and each
--   change makes it grow. A move to another session (whose counter may be lower) adds the difference to the
--   booking's counter, so the sum still grows.
-- - An appointment's counter grows when its time, place, modality or status changes.

alter table public.sessions add column calendar_sequence integer not null default 0;
alter table public.bookings add column calendar_sequence integer not null default 0;
alter table public.appointments add column calendar_sequence integer not null default 0;

comment on column public.sessions.calendar_sequence is
  'Grows with each change of the session''s time, place, location note or status (iCalendar SEQUENCE, decision 052).';
comment on column public.bookings.calendar_sequence is
  'Grows with each change of the booking''s status or session; its event''s SEQUENCE adds the session''s (decision 052).';
comment on column public.appointments.calendar_sequence is
  'Grows with each change of the appointment''s time, place, modality or status (iCalendar SEQUENCE, decision 052).';

create function private.bump_session_calendar_sequence() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.calendar_sequence := 0;
  elsif (new.starts_at, new.ends_at, new.place_id, new.location_note, new.status)
        is distinct from (old.starts_at, old.ends_at, old.place_id, old.location_note, old.status) then
    new.calendar_sequence := old.calendar_sequence + 1;
  else
    new.calendar_sequence := old.calendar_sequence;
  end if;
  return new;
end
$$;
create trigger sessions_calendar_sequence before insert or update on public.sessions
  for each row execute function private.bump_session_calendar_sequence();

create function private.bump_booking_calendar_sequence() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  left_behind integer;
  joined integer;
begin
  if tg_op = 'INSERT' then
    new.calendar_sequence := 0;
  elsif new.session_id is distinct from old.session_id then
    -- Moved to another session: the sum (booking + session) must still grow.
    select s.calendar_sequence into left_behind from public.sessions s where s.id = old.session_id;
    select s.calendar_sequence into joined from public.sessions s where s.id = new.session_id;
    new.calendar_sequence := old.calendar_sequence + 1
      + greatest(0, coalesce(left_behind, 0) - coalesce(joined, 0));
  elsif new.status is distinct from old.status then
    new.calendar_sequence := old.calendar_sequence + 1;
  else
    new.calendar_sequence := old.calendar_sequence;
  end if;
  return new;
end
$$;
create trigger bookings_calendar_sequence before insert or update on public.bookings
  for each row execute function private.bump_booking_calendar_sequence();

create function private.bump_appointment_calendar_sequence() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.calendar_sequence := 0;
  elsif (new.starts_at, new.ends_at, new.place_id, new.modality, new.status)
        is distinct from (old.starts_at, old.ends_at, old.place_id, old.modality, old.status) then
    new.calendar_sequence := old.calendar_sequence + 1;
  else
    new.calendar_sequence := old.calendar_sequence;
  end if;
  return new;
end
$$;
create trigger appointments_calendar_sequence before insert or update on public.appointments
  for each row execute function private.bump_appointment_calendar_sequence();
