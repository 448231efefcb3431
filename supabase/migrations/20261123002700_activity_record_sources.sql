-- Activity records written from what already happened on the platform (issue 6): a session with
-- attendance becomes one collective record, a seen appointment one individual record. This migration makes
-- "save the pre-filled record" safe to repeat (a double click, a second tab) and lists what is still to
-- record, whoever in the team wrote the records already there.

-- At most one collective record per session, one record per booking and per appointment. Records typed by
-- hand (no source) are not concerned.
create unique index activity_records_session_collectif_key on public.activity_records (session_id)
  where session_id is not null and type = 'collectif';
create unique index activity_records_booking_key on public.activity_records (booking_id)
  where booking_id is not null;
create unique index activity_records_appointment_key on public.activity_records (appointment_id)
  where appointment_id is not null;

-- An appointment or a booking is one person: its record is individual.
alter table public.activity_records
  add constraint activity_records_person_source_check check (
    (appointment_id is null and booking_id is null) or type = 'individuel'
  );

-- A record's source belongs to the record's place (a record of place A never points to B's session).
create function private.check_activity_record_source() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.session_id is not null
     and not exists (select 1 from public.sessions s where s.id = new.session_id and s.place_id = new.place_id) then
    raise exception 'activity_record_source: session % is not of place %', new.session_id, new.place_id
      using errcode = '23514';
  end if;
  if new.booking_id is not null
     and not exists (select 1 from public.bookings b where b.id = new.booking_id and b.place_id = new.place_id) then
    raise exception 'activity_record_source: booking % is not of place %', new.booking_id, new.place_id
      using errcode = '23514';
  end if;
  if new.appointment_id is not null
     and not exists (
       select 1 from public.appointments a where a.id = new.appointment_id and a.place_id = new.place_id
     ) then
    raise exception 'activity_record_source: appointment % is not of place %', new.appointment_id, new.place_id
      using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger activity_records_source before insert or update of place_id, session_id, booking_id, appointment_id
  on public.activity_records
  for each row execute function private.check_activity_record_source();

-- What a place still has to record: its sessions that started before now with at least one person marked
-- seen and no collective record, and its appointments marked seen with no record. Security definer so that
-- a member, who sees only the records they wrote, is not offered a session a teammate already recorded;
-- it answers only for the caller's places (or any place for a network admin) and returns no personal data.
create function private.activity_record_sources_to_complete(p_place_id uuid)
returns table (
  source text,
  source_id uuid,
  starts_at timestamptz,
  ends_at timestamptz,
  title text,
  seen integer
)
language sql
stable
security definer
set search_path = ''
as $$
  select * from (
    select 'session'::text as source, s.id as source_id, s.starts_at, s.ends_at, a.title,
      (select count(*)::int from public.bookings b
        where b.session_id = s.id and b.status = 'confirmed' and b.attendance = 'seen') as seen
    from public.sessions s
    join public.activities a on a.id = s.activity_id
    where s.place_id = p_place_id
      and s.status = 'scheduled'
      and s.starts_at < now()
      and exists (
        select 1 from public.bookings b
        where b.session_id = s.id and b.status = 'confirmed' and b.attendance = 'seen'
      )
      and not exists (
        select 1 from public.activity_records r where r.session_id = s.id and r.type = 'collectif'
      )
    union all
    select 'appointment', ap.id, ap.starts_at, ap.ends_at, coalesce(ap.motive, ''), 1
    from public.appointments ap
    where ap.place_id = p_place_id
      and ap.status = 'booked'
      and ap.attendance = 'seen'
      and ap.starts_at < now()
      and not exists (select 1 from public.activity_records r where r.appointment_id = ap.id)
  ) pending
  where p_place_id in (select private.member_place_ids()) or (select private.is_network_admin())
  order by pending.starts_at desc
$$;

revoke execute on all functions in schema private from public;
grant execute on function private.activity_record_sources_to_complete(uuid) to authenticated;
