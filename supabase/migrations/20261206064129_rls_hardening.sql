-- RLS is the last word on Supabase as well (decision 031). On a Supabase project anyone signed in can call
-- the Data API (/rest/v1) with their own JWT, as `authenticated` (or `anon` without one): whatever a grant
-- and a policy allow, they can do without our procedures. This migration takes away what the procedures
-- never allow, so a direct request cannot do more than the application does:
--   1. bookings and appointments are created (and their status changed) only by the engines' functions;
--   2. place memberships are created only by accepting an invitation (server side, service role);
--   3. a report's indicators are computed by the database when it is submitted; corrections keep a shape;
--   4. storage paths (photos, resource files) are written only by the upload procedures (service role);
--   5. idempotency keys (from which private links are derived) and token hashes are never readable;
--   6. a tool's required training is a training of the tool's own place;
--   7. qualifications are granted by training attendance or recorded by the server, and the look-ups
--      answer nothing about people outside the caller's place;
--   8. no function callable by anon/authenticated that they should not call, now or later.

-- 1. Bookings and appointments: written by the engines only ---------------------------------------------
-- Booking, cancelling and moving go through private.book_session / cancel_booking / move_booking /
-- cancel_session and private.book_appointment / cancel_appointment (security definer, service role or a
-- team check inside). What stays for clients is attendance: the place's managers (and an appointment's
-- médiateur) mark who came, through RLS and the guards of the booking migration.
revoke insert, update on public.bookings from anon, authenticated;
revoke insert, update on public.appointments from anon, authenticated;
grant update (attendance) on public.bookings to authenticated;
grant update (attendance) on public.appointments to authenticated;

drop policy "insert: self on a bookable session, the team, network admins" on public.bookings;
drop policy "insert: self on a bookable slot, the team, network admins" on public.appointments;

-- A person cancels through their private link (the engine promotes the waitlist and checks the cut-off,
-- which a direct update would skip): the update policies keep only who takes attendance.
drop policy "update: own, managers of the place, network admins" on public.bookings;
create policy "update: managers of the place, network admins" on public.bookings
  for update to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()))
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));

drop policy "update: own, médiateur, managers, network admins" on public.appointments;
create policy "update: médiateur, managers of the place, network admins" on public.appointments
  for update to authenticated
  using (
    mediateur_id = (select auth.uid())
    or place_id in (select private.managed_place_ids())
    or (select private.is_network_admin())
  )
  with check (
    mediateur_id = (select auth.uid())
    or place_id in (select private.managed_place_ids())
    or (select private.is_network_admin())
  );

-- The helpers of the dropped insert policies are no longer called as a client.
revoke execute on function private.bookable_session_ids(), private.bookable_availability_ids()
  from anon, authenticated;

-- 5. Secrets of the private links: every column but the idempotency key and the token hash ------------------
-- The private link's token is an HMAC of the idempotency key, and the engines answer a replay of a key
-- with the booking it made: whoever reads a key could get the link. Column grants, so a `select *` fails
-- loudly rather than leaking; the service role (engines, e-mails) still reads them.
revoke select on public.bookings from anon, authenticated;
grant select (id, session_id, place_id, status, arrival, first_name, email, phone, person_key, consent_at,
    prescriber_name, prescriber_organisation, prescriber_email, user_id, attendance, cancelled_at, promoted_at,
    created_at, updated_at)
  on public.bookings to authenticated;

revoke select on public.appointments from anon, authenticated;
grant select (id, availability_id, place_id, mediateur_id, starts_at, ends_at, modality, motive, themes,
    first_name, email, phone, person_key, consent_at, prescriber_name, prescriber_organisation, prescriber_email,
    user_id, status, attendance, cancelled_at, created_at, updated_at)
  on public.appointments to authenticated;

-- 2. Place memberships: created by accepting an invitation -------------------------------------------------
-- The invitation's link goes to the invited address; accepting it (packages/api invitations.accept) gives
-- the role with the service role. A direct insert let a manager add anyone to their place. Changing a
-- member's role (update of `role` only, managers of the place and network admins) and leaving or removing
-- someone (delete) stay as they were: that is the team page.
revoke insert on public.place_memberships from anon, authenticated;
drop policy "insert: managers of the place, network admins" on public.place_memberships;

-- 3. Reports: indicators computed by the database ----------------------------------------------------------

-- The indicators of a place's activity records over [p_start, p_end): totals, breakdowns (participants by
-- theme, genre, age bracket, social status; activities by place type) and, for a fabrique, its coordination
-- activities. Security invoker: called by a client it adds up what RLS shows them (the live figures of a
-- draft); called by the submission trigger below, it adds up every record of the place.
create function private.report_indicators(p_place uuid, p_start date, p_end date)
returns table (key text, value double precision)
language sql
stable
set search_path = ''
as $$
  with r as (
    select * from public.activity_records
    where place_id = p_place and date >= p_start and date < p_end
  ),
  totals as (
    select count(*)::float8 as records,
      (count(*) filter (where type = 'individuel'))::float8 as accompagnements,
      (count(*) filter (where type = 'collectif'))::float8 as ateliers_collectifs,
      coalesce(sum(participants_total), 0)::float8 as participants,
      (round(coalesce(sum(duration_minutes), 0) / 60.0, 1))::float8 as heures,
      coalesce(sum(deja_accompagne), 0)::float8 as deja_accompagnes
    from r
  ),
  breakdowns as (
    select 'thematique.' || theme as key, sum(participants_total) as value
      from r cross join lateral (select distinct unnest(r.themes) as theme) t group by 1
    union all
    select 'genre.' || coalesce(e.key, 'non_renseigne'), sum(coalesce((e.value)::int, r.participants_total))
      from r left join lateral jsonb_each(r.counts_by_genre) e on true group by 1
    union all
    select 'tranche_age.' || coalesce(e.key, 'non_renseigne'),
        sum(coalesce((e.value)::int, r.participants_total))
      from r left join lateral jsonb_each(r.counts_by_tranche_age) e on true group by 1
    union all
    select 'statut_social.' || coalesce(e.key, 'non_renseigne'),
        sum(coalesce((e.value)::int, r.participants_total))
      from r left join lateral jsonb_each(r.counts_by_statut_social) e on true group by 1
    union all
    select 'type_lieu.' || type_lieu::text, count(*) from r group by 1
  )
  select t.key, t.value::float8
    from totals cross join lateral (values
      ('records', records), ('accompagnements', accompagnements),
      ('ateliers_collectifs', ateliers_collectifs), ('participants', participants), ('heures', heures),
      ('deja_accompagnes', deja_accompagnes)) as t (key, value)
  union all
  select b.key, b.value::float8 from breakdowns b where b.value <> 0
  union all
  select 'coordination', (select count(*) from public.coordination_activities c
      where c.place_id = p_place and c.date >= p_start and c.date < p_end)::float8
    where private.is_fabrique(p_place)
$$;

-- Submitting a report (draft or sent back → submitted) snapshots its figures: the reviewer validates, and
-- the network adds up, what the records said at that moment — never a number the client sent. The name
-- sorts after `reports_workflow`, so an illegal transition is refused before anything is computed.
create function private.snapshot_report_indicators() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.indicators := (
    select coalesce(jsonb_object_agg(i.key, i.value), '{}'::jsonb)
    from private.report_indicators(
      new.place_id,
      new.period_start,
      -- period_end is generated after BEFORE triggers: the same expression as the column's.
      (new.period_start + case new.period when 'quarter' then interval '3 months' else interval '1 year' end)::date
    ) i
  );
  return new;
end
$$;
create trigger reports_workflow_indicators before update on public.reports
  for each row
  when (new.status = 'submitted' and old.status is distinct from 'submitted')
  execute function private.snapshot_report_indicators();

-- A manager's corrections: indicator key → { value: a number ≥ 0, justification: 1 to 500 characters },
-- nothing else — the shape the report procedures write (packages/domain's rules), so a direct write cannot
-- correct a figure without saying why.
create function private.is_report_corrections(corrections jsonb) returns boolean
language plpgsql
immutable
parallel safe
set search_path = ''
as $$
declare
  item record;
begin
  if jsonb_typeof(corrections) <> 'object' then
    return false;
  end if;
  for item in select c.key, c.value from jsonb_each(corrections) c loop
    if item.key !~ '^[a-z_]+(\.[a-z0-9_]+)?$' or jsonb_typeof(item.value) <> 'object'
       or (select count(*) from jsonb_object_keys(item.value)) <> 2
       or jsonb_typeof(item.value -> 'value') is distinct from 'number'
       or jsonb_typeof(item.value -> 'justification') is distinct from 'string' then
      return false;
    end if;
    if (item.value ->> 'value')::numeric < 0
       or char_length(btrim(item.value ->> 'justification')) not between 1 and 500 then
      return false;
    end if;
  end loop;
  return true;
end
$$;
-- Checked when a client writes them (older rows and the server's own writes are left as they are: a bare
-- number was once accepted, and a check constraint would refuse every later change of such a row). The
-- name sorts after `reports_workflow`, so a locked report says so first.
create function private.check_report_corrections() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user in ('anon', 'authenticated')
     and (tg_op = 'INSERT' or new.corrections is distinct from old.corrections)
     and not private.is_report_corrections(new.corrections) then
    raise exception 'report_corrections_invalid: a correction is { value: a number ≥ 0, justification }'
      using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger reports_workflow_corrections before insert or update of corrections on public.reports
  for each row execute function private.check_report_corrections();

-- Clients write the narrative, corrections, status and review comment; never the indicators.
revoke insert, update on public.reports from anon, authenticated;
grant insert (place_id, period, period_start, narrative, corrections) on public.reports to authenticated;
grant update (status, narrative, corrections, review_comment) on public.reports to authenticated;

-- 4. Storage paths: written by the upload procedures only --------------------------------------------------
-- A path a client could write would let them point their record at someone else's file (and have it
-- deleted with theirs). The procedures store the file under a new key, then record it with the service
-- role; clients keep the rest of the row (alt text, order, the resource's text…). There are no
-- storage.objects policies in our migrations: the Supabase bucket is written with the service key only.
revoke insert, update on public.place_photos from anon, authenticated;
grant update (alt_text, position) on public.place_photos to authenticated;
drop policy "insert: managers of the place, network admins" on public.place_photos;

revoke insert, update on public.tools from anon, authenticated;
grant insert (place_id, name, description, category, photo_alt_text, usage, deposit_cents, condition,
    required_training_activity_id, qualification_validity_months, out_of_service, status, hidden_at,
    hidden_reason)
  on public.tools to authenticated;
grant update (name, description, category, photo_alt_text, usage, deposit_cents, condition,
    required_training_activity_id, qualification_validity_months, out_of_service, status, hidden_at,
    hidden_reason)
  on public.tools to authenticated;

revoke insert, update on public.resources from anon, authenticated;
grant insert (place_id, title, description, kind, licence, themes, audience, url, status, hidden_at,
    hidden_reason)
  on public.resources to authenticated;
grant update (title, description, kind, licence, themes, audience, url, status, hidden_at, hidden_reason)
  on public.resources to authenticated;

-- 6. A tool's required training is one of its own place's ---------------------------------------------------
-- Attendance at the training grants qualifications for the tools that require it, and the tool's managers
-- read their holders' names: pointing a tool at another place's training would hand its trainees' names to
-- that tool's managers. There is no network-wide training in the schema (every activity has a place), so
-- "its own place" is the rule. A constraint trigger (AFTER, at the end of the statement) so that a merge of
-- places, which moves tools and activities in one statement, is checked once both have moved.
create function private.check_tool_training() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.required_training_activity_id is not null and not exists (
    select 1 from public.activities a
    where a.id = new.required_training_activity_id and a.place_id = new.place_id
  ) then
    raise exception 'tool_training_other_place: the training % is not an activity of the place %',
      new.required_training_activity_id, new.place_id
      using errcode = '23514';
  end if;
  return null;
end
$$;
create constraint trigger tools_training_of_the_place
  after insert or update of required_training_activity_id, place_id on public.tools
  for each row execute function private.check_tool_training();

-- Tools that already point at another place's training (left as they are: clearing the pointer would
-- unlock them for everyone) no longer receive that training's trainees.
create or replace function private.grant_training_qualifications() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- Security definer: the manager taking attendance may not write qualifications themselves; the grant
  -- follows from the attendance, for the tools of the training's own place.
  insert into public.tool_qualifications as q (tool_id, place_id, user_id, granted_at, expires_at, granted_by)
  select t.id, t.place_id, new.user_id, s.starts_at,
         case when t.qualification_validity_months is not null
              then s.starts_at + make_interval(months => t.qualification_validity_months) end,
         auth.uid()
  from public.sessions s
  join public.tools t on t.required_training_activity_id = s.activity_id and t.place_id = s.place_id
  where s.id = new.session_id
  on conflict (tool_id, user_id) do update set
    granted_at = least(q.granted_at, excluded.granted_at),
    expires_at = case
      when q.expires_at is null or excluded.expires_at is null then null
      else greatest(q.expires_at, excluded.expires_at)
    end;
  return null;
end
$$;

do $$
declare
  n integer;
begin
  select count(*) into n
  from public.tools t join public.activities a on a.id = t.required_training_activity_id
  where a.place_id <> t.place_id;
  if n > 0 then
    raise notice '% tool(s) require a training of another place: it no longer qualifies anyone for them', n;
  end if;
end
$$;

-- 7. Qualifications ----------------------------------------------------------------------------------------
-- Granted by attendance (trigger above) or recorded by a tool's manager for an account they name by e-mail
-- (packages/api sharing.recordQualification, service role). A direct insert let a manager attach any
-- account id to their tool, then read its name and e-mail through private.tool_qualification_holders.
-- Withdrawing one (delete) stays with the tool's managers.
revoke insert, update on public.tool_qualifications from anon, authenticated;
drop policy "insert: managers of the place, network admins" on public.tool_qualifications;
drop policy "update: managers of the place, network admins" on public.tool_qualifications;

-- Whether a person holds a current qualification for a tool: answered for oneself, for the tool's team,
-- for network admins and for the server; null (unknown) to anyone else, so it is no oracle on other
-- places' people. The reservation check only asks it of the person reserving (or for a network admin).
create or replace function private.is_qualified_for_tool(tool uuid, person uuid, during tstzrange)
returns boolean
language sql stable security definer set search_path = ''
as $$
  select case
    when coalesce(auth.role(), '') in ('anon', 'authenticated')
      and person is distinct from auth.uid()
      and not private.is_network_admin()
      and not exists (select 1 from public.tools t where t.id = tool and private.is_member_of(t.place_id))
    then null
    else exists (
      select 1 from public.tools t
      where t.id = tool
        and (
          t.required_training_activity_id is null
          or exists (
            select 1 from public.tool_qualifications q
            where q.tool_id = t.id and q.user_id = person
              and q.granted_at <= lower(during)
              and (q.expires_at is null or q.expires_at >= upper(during))
          )
        )
    )
  end
$$;

-- 8. Functions -------------------------------------------------------------------------------------------
-- PostgREST serves /rest/v1/rpc/<name> for every function of an exposed schema (here `public` only) that
-- the caller may execute. `public` holds none; functions live in `private`, which is not exposed, and each
-- migration grants what each role needs. Two defaults still handed functions to everyone:
--   * Postgres grants EXECUTE to PUBLIC on every new function; the per-schema `alter default privileges` of
--     the foundation migration cannot take that away. This one does, for every function the migration role
--     creates from now on, in any schema: a function a client must call is granted explicitly.
--   * Whatever may already be in `public` (an extension installed there on a Supabase project) is closed.
alter default privileges revoke execute on functions from public;
alter default privileges in schema public revoke execute on functions from anon, authenticated;
revoke execute on all functions in schema public from public, anon, authenticated;

-- Security-definer functions no client calls: the open-data figures are exact (small cells included) and
-- are read by the server, which applies the statistical secrecy, with the service role; the catalogue of
-- place-valued columns serves the merge functions, which run as their owner.
revoke execute on function private.open_data_activity() from anon, authenticated;
revoke execute on function private.place_columns() from authenticated;
-- Only the reservation check calls these, as a signed-in person.
revoke execute on function private.is_qualified_for_tool(uuid, uuid, tstzrange), private.tool_is_in_service(uuid)
  from anon;

revoke execute on all functions in schema private from public;
grant execute on function private.report_indicators(uuid, date, date) to authenticated, service_role;
grant execute on function private.is_report_corrections(jsonb) to authenticated, service_role;
grant execute on function private.is_qualified_for_tool(uuid, uuid, tstzrange) to authenticated, service_role;
