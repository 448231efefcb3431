-- Place merge: network admins fold a duplicate place into the place they keep. Everything that points to the
-- duplicate moves to the kept place in ONE transaction; the duplicate is archived with `merged_into_id` (a
-- column of the directory migration) so its old address can redirect to the kept place's page. The update of
-- the duplicate's row is the audit event (the places audit trigger records it with its actor).
--
-- What "points to a place" is read from the catalogue, not listed by hand, so a table added later is moved
-- too: every column with a foreign key to places.id, and, transitively, every column whose foreign key
-- targets such a column (bookings.place_id → sessions.place_id → activities.place_id → places.id).
--
-- place_photos already has row level security (select like its place; managers of the place and network
-- admins insert, update and delete): nothing to change for photos.

-- A validated report is locked (reporting migration); a merge of places is the one change it accepts from
-- the owner: moving it to the place kept, nothing else. Clients hold no update grant on place_id, and the
-- exception is for the owner only (the merge function below runs as the owner).
create or replace function private.report_workflow() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  client boolean := current_user in ('anon', 'authenticated');
  admin boolean := (select private.is_network_admin());
begin
  if old.status = 'validated' then
    if tg_op = 'UPDATE' and not client and new.place_id is distinct from old.place_id
       and (to_jsonb(new) - array['place_id', 'updated_at', 'period_end'])
         = (to_jsonb(old) - array['place_id', 'updated_at', 'period_end']) then
      return new;
    end if;
    -- Erasing an account sets its references to null (RGPD): the only change a locked report accepts.
    if tg_op = 'UPDATE'
       and (new.submitted_by is null or new.submitted_by = old.submitted_by)
       and (new.reviewed_by is null or new.reviewed_by = old.reviewed_by)
       and (to_jsonb(new) - array['submitted_by', 'reviewed_by', 'updated_at', 'period_end'])
         = (to_jsonb(old) - array['submitted_by', 'reviewed_by', 'updated_at', 'period_end']) then
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

-- The place-valued columns of the database (places.id itself excluded).
create function private.place_columns()
returns table (schema_name text, table_name text, column_name text)
language sql stable security definer set search_path = ''
as $$
  with recursive pairs as (
    select c.conrelid, u.col, c.confrelid, u.ref_col
    from pg_catalog.pg_constraint c
    cross join lateral unnest(c.conkey, c.confkey) as u (col, ref_col)
    where c.contype = 'f'
  ),
  valued (rel, col) as (
    select a.attrelid, a.attnum
    from pg_catalog.pg_attribute a
    where a.attrelid = 'public.places'::regclass and a.attname = 'id'
    union
    select p.conrelid, p.col
    from pairs p join valued v on v.rel = p.confrelid and v.col = p.ref_col
  )
  select n.nspname::text, r.relname::text, a.attname::text
  from valued v
  join pg_catalog.pg_class r on r.oid = v.rel
  join pg_catalog.pg_namespace n on n.oid = r.relnamespace
  join pg_catalog.pg_attribute a on a.attrelid = v.rel and a.attnum = v.col
  where not (v.rel = 'public.places'::regclass and a.attname = 'id')
  order by 1, 2, 3
$$;

-- How many rows of each place-valued column point to a place (the merge preview). Network admins only.
create function private.place_reference_counts(place uuid)
returns table (table_name text, column_name text, n bigint)
language plpgsql stable security definer set search_path = ''
as $$
declare
  col record;
begin
  if not (select private.is_network_admin()) then
    raise exception 'only network admins may preview a merge' using errcode = '42501';
  end if;
  for col in select * from private.place_columns() loop
    table_name := col.table_name;
    column_name := col.column_name;
    execute format('select count(*) from %I.%I where %I = $1', col.schema_name, col.table_name, col.column_name)
      into n using place;
    return next;
  end loop;
end
$$;

-- The slug a merged place's old address leads to (following merges of merges), when that place is public.
create function private.merged_place_slug(old_slug text) returns text
language plpgsql stable security definer set search_path = ''
as $$
declare
  target uuid;
  hops integer := 0;
  found_slug text;
begin
  select p.merged_into_id into target from public.places p where p.slug = old_slug and p.status = 'archived';
  while target is not null and hops < 10 loop
    select p.slug, p.merged_into_id into found_slug, target
    from public.places p where p.id = target and (p.merged_into_id is not null or p.id in (select private.published_place_ids()));
    if not found then
      return null;
    end if;
    hops := hops + 1;
  end loop;
  return case when target is null then found_slug end;
end
$$;

-- Folds `duplicate` into `kept`. Returns 'merged', or 'already_merged' when it was done before (a double
-- submit waits for the first on the row locks, then finds the merge done and changes nothing).
-- Conflicts a rule cannot settle (a loan between the two places, two reports of the same period) are
-- refused by the API before calling; the checks below are the last word.
create function private.merge_places(duplicate uuid, kept uuid) returns text
language plpgsql security definer set search_path = ''
as $$
declare
  dup record;
  keep record;
  tbl record;
  ctes text[] := '{}';
  sets text;
  matches text;
  i integer := 0;
begin
  if not (select private.is_network_admin()) then
    raise exception 'only network admins may merge places' using errcode = '42501';
  end if;
  if duplicate = kept then
    raise exception 'a place cannot be merged into itself' using errcode = '22023';
  end if;
  -- Both rows locked in one order, so two merges of the same places run one after the other.
  perform 1 from public.places p where p.id in (duplicate, kept) order by p.id for update;
  select * into dup from public.places p where p.id = duplicate;
  select * into keep from public.places p where p.id = kept;
  if dup.id is null or keep.id is null then
    raise exception 'no such place' using errcode = 'P0002';
  end if;
  if dup.merged_into_id = kept then
    return 'already_merged';
  end if;
  if dup.merged_into_id is not null or keep.merged_into_id is not null or keep.status = 'archived' then
    raise exception 'a merged or archived place cannot take part in a merge' using errcode = '22023';
  end if;
  if exists (
    select 1 from public.loans l
    where (l.lender_place_id = duplicate and l.borrower_place_id = kept)
       or (l.lender_place_id = kept and l.borrower_place_id = duplicate)
  ) then
    raise exception 'a loan between the two places prevents the merge' using errcode = '23514';
  end if;

  -- Team: every member of the duplicate joins the kept place, with the higher of their two roles.
  insert into public.place_memberships (place_id, user_id, role)
  select kept, m.user_id, m.role from public.place_memberships m where m.place_id = duplicate
  on conflict (place_id, user_id) do update
    set role = greatest(public.place_memberships.role, excluded.role);
  -- Labels granted to both on the same day: the kept place's grant stays. Labels move first: a fabrique's
  -- coordination activities and funding agreements may only move to a place that is a fabrique.
  delete from public.place_labels d
  where d.place_id = duplicate
    and exists (
      select 1 from public.place_labels k
      where k.place_id = kept and k.label_id = d.label_id and k.granted_on = d.granted_on
    );
  update public.place_labels l set place_id = kept where l.place_id = duplicate;
  -- Pending invitations of the same person to both places: the kept place's one stays.
  update public.invitations d set revoked_at = now()
  where d.place_id = duplicate and d.accepted_at is null and d.revoked_at is null
    and exists (
      select 1 from public.invitations k
      where k.place_id = kept and k.email = d.email and k.accepted_at is null and k.revoked_at is null
    );
  -- Photos come after the kept place's own (its cover stays its cover).
  update public.place_photos ph
  set position = ph.position + (select coalesce(max(k.position) + 1, 0) from public.place_photos k where k.place_id = kept)
  where ph.place_id = duplicate;
  -- The kept place cannot be in its own hub.
  update public.places p set hub_fabrique_id = null where p.id = kept and p.hub_fabrique_id = duplicate;

  -- Every other place-valued column, all in ONE statement: composite foreign keys ((session_id, place_id)
  -- → sessions (id, place_id)…) are checked at the end of the statement, when parent and children agree.
  for tbl in
    select c.schema_name, c.table_name, array_agg(c.column_name order by c.column_name) as columns
    from private.place_columns() c
    where not (c.schema_name = 'public' and c.table_name in ('place_memberships', 'place_labels')
      and c.column_name = 'place_id')
    group by c.schema_name, c.table_name
  loop
    i := i + 1;
    select string_agg(format('%1$I = case when %1$I = $1 then $2 else %1$I end', col), ', '),
           string_agg(format('%I = $1', col), ' or ')
      into sets, matches
    from unnest(tbl.columns) as col;
    if tbl.schema_name = 'public' and tbl.table_name = 'places' then
      matches := format('(%s) and id <> $1', matches);
    end if;
    ctes := ctes || format('m%s as (update %I.%I set %s where %s returning 1)', i, tbl.schema_name,
      tbl.table_name, sets, matches);
  end loop;
  if i > 0 then
    execute format('with %s select 1', array_to_string(ctes, ', ')) using duplicate, kept;
  end if;

  -- Nothing refers to the duplicate's team any more (availabilities and appointments moved above).
  delete from public.place_memberships m where m.place_id = duplicate;

  update public.places p
  set status = 'archived', merged_into_id = kept, hub_fabrique_id = null
  where p.id = duplicate;
  return 'merged';
end
$$;

grant execute on function private.place_columns() to authenticated, service_role;
grant execute on function private.place_reference_counts(uuid) to authenticated;
grant execute on function private.merged_place_slug(text) to anon, authenticated, service_role;
grant execute on function private.merge_places(uuid, uuid) to authenticated;

revoke execute on all functions in schema private from public;
