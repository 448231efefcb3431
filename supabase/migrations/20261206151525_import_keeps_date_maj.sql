-- The places standard's `date_maj` is when the producer last updated the place (issue 16): an import keeps
-- the date its file gives (checked by packages/domain/src/directory/place-import.ts: a real date, not in
-- the future) instead of today's. Any other change of the place still dates it today, as before. The import
-- says so for its own transaction (`rf.place_import`, as the merge does with `rf.place_merge`): a date
-- written by anything else is replaced by today's.

grant insert (date_maj), update (date_maj) on public.places to authenticated;

create or replace function private.touch_place() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  if coalesce(current_setting('rf.place_import', true), '') <> 'on'
     or new.date_maj is null or new.date_maj > current_date then
    new.date_maj := current_date;
  end if;
  return new;
end
$$;

-- A place created by hand is dated today whatever the insert says; an import keeps its file's date.
create function private.date_new_place() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if coalesce(current_setting('rf.place_import', true), '') <> 'on'
     or new.date_maj is null or new.date_maj > current_date then
    new.date_maj := current_date;
  end if;
  return new;
end
$$;
create trigger places_date_new before insert on public.places
  for each row execute function private.date_new_place();
