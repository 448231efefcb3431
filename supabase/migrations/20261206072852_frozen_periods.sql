-- Frozen periods (decision 036): once a report of a place is validated, the activity records and
-- coordination activities of that place and period can no longer be inserted, changed or deleted — by
-- anyone, the service role included — until a network admin reopens the report (validated → sent_back,
-- with a reason in `review_comment`, audited like every transition). Both tables are audited too.

-- Whether a validated report of `p_place` covers `p_day`. Only the triggers below call it (the procedures
-- ask the `reports` table under the caller's row level security, decision 031).
create function private.period_is_frozen(p_place uuid, p_day date) returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.reports r
    where r.place_id = p_place and r.status = 'validated'
      and p_day >= r.period_start and p_day < r.period_end
  )
$$;

-- One check per statement (transition tables), so a bulk load pays one join, not one look-up per row.
-- Changes that say nothing about the activity stay possible: a source (session, booking, appointment)
-- or an author set to null by a deletion or an erasure (RGPD), and `updated_at`. A merge of places moves
-- records (and their validated reports) to the place kept: `private.merge_places` says so with a
-- transaction-local setting, and then a change of `place_id` alone is let through (clients hold no update
-- grant on `place_id`, so the setting gives them nothing).
create function private.refuse_frozen_period() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  exempt constant text[] := array['session_id', 'booking_id', 'appointment_id', 'created_by', 'updated_at'];
  merging boolean := coalesce(current_setting('rf.place_merge', true), '') = 'on';
  hit_place uuid;
  hit_date date;
begin
  if tg_op = 'INSERT' then
    select n.place_id, n.date into hit_place, hit_date from new_rows n
    where private.period_is_frozen(n.place_id, n.date) limit 1;
  elsif tg_op = 'DELETE' then
    select o.place_id, o.date into hit_place, hit_date from old_rows o
    where private.period_is_frozen(o.place_id, o.date) limit 1;
  else
    select o.place_id, o.date into hit_place, hit_date
    from old_rows o join new_rows n on n.id = o.id
    where (private.period_is_frozen(o.place_id, o.date) or private.period_is_frozen(n.place_id, n.date))
      and (
        (to_jsonb(n) - exempt - case when merging then 'place_id' else '' end)
          is distinct from (to_jsonb(o) - exempt - case when merging then 'place_id' else '' end)
        or exists (
          select 1 from jsonb_each(to_jsonb(n)) e
          where e.key = any (exempt) and e.key <> 'updated_at' and e.value <> 'null'::jsonb
            and e.value is distinct from to_jsonb(o) -> e.key
        )
      )
    limit 1;
  end if;
  if hit_place is not null then
    raise exception 'period_frozen: the report of place % covering % is validated', hit_place, hit_date
      using errcode = '55000';
  end if;
  return null;
end
$$;

create trigger activity_records_frozen_insert after insert on public.activity_records
  referencing new table as new_rows
  for each statement execute function private.refuse_frozen_period();
create trigger activity_records_frozen_update after update on public.activity_records
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.refuse_frozen_period();
create trigger activity_records_frozen_delete after delete on public.activity_records
  referencing old table as old_rows
  for each statement execute function private.refuse_frozen_period();
create trigger coordination_activities_frozen_insert after insert on public.coordination_activities
  referencing new table as new_rows
  for each statement execute function private.refuse_frozen_period();
create trigger coordination_activities_frozen_update after update on public.coordination_activities
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.refuse_frozen_period();
create trigger coordination_activities_frozen_delete after delete on public.coordination_activities
  referencing old table as old_rows
  for each statement execute function private.refuse_frozen_period();

-- The audit of tables written in bulk: the same events as private.audit() (one per row, an update that
-- changes nothing but `updated_at` left out), written with one insert per statement.
create function private.audit_statement() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    insert into public.audit_events (action, table_name, row_id, old, new)
    select 'insert', tg_table_name, n.id::text, null, to_jsonb(n) from new_rows n;
  elsif tg_op = 'DELETE' then
    insert into public.audit_events (action, table_name, row_id, old, new)
    select 'delete', tg_table_name, o.id::text, to_jsonb(o), null from old_rows o;
  else
    insert into public.audit_events (action, table_name, row_id, old, new)
    select 'update', tg_table_name, n.id::text, to_jsonb(o), to_jsonb(n)
    from old_rows o join new_rows n on n.id = o.id
    where (to_jsonb(o) - 'updated_at') is distinct from (to_jsonb(n) - 'updated_at');
  end if;
  return null;
end
$$;

create trigger activity_records_audit_insert after insert on public.activity_records
  referencing new table as new_rows
  for each statement execute function private.audit_statement();
create trigger activity_records_audit_update after update on public.activity_records
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.audit_statement();
create trigger activity_records_audit_delete after delete on public.activity_records
  referencing old table as old_rows
  for each statement execute function private.audit_statement();
create trigger coordination_activities_audit_insert after insert on public.coordination_activities
  referencing new table as new_rows
  for each statement execute function private.audit_statement();
create trigger coordination_activities_audit_update after update on public.coordination_activities
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.audit_statement();
create trigger coordination_activities_audit_delete after delete on public.coordination_activities
  referencing old table as old_rows
  for each statement execute function private.audit_statement();

-- The report workflow, as in 20261123000600_reporting.sql, plus one way out of `validated`: a network
-- admin (signed in, not the service role) reopens the report — validated → sent_back — giving a new,
-- non-empty reason in `review_comment`, and changing nothing else. The manager corrects, submits again
-- (a fresh snapshot), and a network admin validates again.
create or replace function private.report_workflow() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  client boolean := current_user in ('anon', 'authenticated');
  admin boolean := (select private.is_network_admin());
begin
  if old.status = 'validated' then
    -- A merge of places moves the report to the place kept (20261123001600_place_merge.sql).
    if tg_op = 'UPDATE' and not client and new.place_id is distinct from old.place_id
       and (to_jsonb(new) - array['place_id', 'updated_at', 'period_end'])
         = (to_jsonb(old) - array['place_id', 'updated_at', 'period_end']) then
      return new;
    end if;
    -- Erasing an account sets its references to null (RGPD): a change a locked report accepts.
    if tg_op = 'UPDATE'
       and (new.submitted_by is null or new.submitted_by = old.submitted_by)
       and (new.reviewed_by is null or new.reviewed_by = old.reviewed_by)
       and (to_jsonb(new) - array['submitted_by', 'reviewed_by', 'updated_at', 'period_end'])
         = (to_jsonb(old) - array['submitted_by', 'reviewed_by', 'updated_at', 'period_end']) then
      return new;
    end if;
    -- Reopening by a network admin, with a reason.
    if tg_op = 'UPDATE' and client and admin
       and new.status = 'sent_back'
       and nullif(btrim(coalesce(new.review_comment, '')), '') is not null
       and new.review_comment is distinct from old.review_comment
       and (to_jsonb(new) - array['status', 'review_comment', 'reviewed_by', 'reviewed_at', 'updated_at',
              'period_end'])
         = (to_jsonb(old) - array['status', 'review_comment', 'reviewed_by', 'reviewed_at', 'updated_at',
              'period_end']) then
      new.reviewed_by := (select auth.uid());
      new.reviewed_at := now();
      return new;
    end if;
    raise exception 'report_locked: a validated report cannot be changed' using errcode = '42501';
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  if new.status is distinct from old.status then
    if not (
      (old.status in ('draft', 'sent_back') and new.status = 'submitted')
      or (old.status = 'submitted' and new.status in ('validated', 'sent_back'))
      or (old.status = 'sent_back' and new.status = 'draft')
    ) then
      raise exception 'invalid_report_transition: % → %', old.status, new.status using errcode = '23514';
    end if;
    if new.status in ('validated', 'sent_back') then
      if client and not admin then
        raise exception 'only a network admin reviews a report' using errcode = '42501';
      end if;
      new.reviewed_by := (select auth.uid());
      new.reviewed_at := now();
    elsif new.status = 'submitted' then
      new.submitted_by := (select auth.uid());
      new.submitted_at := now();
    end if;
  end if;
  if client and not admin and new.review_comment is distinct from old.review_comment then
    raise exception 'only a network admin comments a review' using errcode = '42501';
  end if;
  return new;
end
$$;

-- The merge of places (20261123001600_place_merge.sql), run with the setting that lets the freeze above
-- move frozen records to the place kept; the setting is cleared before returning.
alter function private.merge_places(uuid, uuid) rename to merge_places_moving;
revoke execute on function private.merge_places_moving(uuid, uuid) from authenticated;
create function private.merge_places(duplicate uuid, kept uuid) returns text
language plpgsql
security definer
set search_path = ''
as $$
declare
  outcome text;
begin
  perform set_config('rf.place_merge', 'on', true);
  outcome := private.merge_places_moving(duplicate, kept);
  perform set_config('rf.place_merge', '', true);
  return outcome;
end
$$;

revoke execute on all functions in schema private from public;
grant execute on function private.merge_places(uuid, uuid) to authenticated;
