-- Trainings unlock tools (decision 027). When a place's manager marks someone "seen" at a session of the
-- training a tool requires (`tools.required_training_activity_id`), the person — if they booked with an
-- account — holds a qualification for that tool until the session's date plus the tool's
-- `qualification_validity_months` (no expiry when the tool sets none). A trigger in the same transaction
-- as the attendance sheet, rather than a job: the grant is a few rows, must never be lost, and the person
-- can reserve the tool as soon as the sheet is saved.
--
-- Idempotent and extending: one row per (tool, person) (the table's unique key); a later session moves the
-- expiry forward, an earlier or repeated one never shortens it, and "no expiry" stays.

create function private.grant_training_qualifications() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- Security definer: the manager taking attendance at the training's place may not manage the tools of
  -- other places the training unlocks; the grant follows from the attendance, not from their rights.
  insert into public.tool_qualifications as q (tool_id, place_id, user_id, granted_at, expires_at, granted_by)
  select t.id, t.place_id, new.user_id, s.starts_at,
         case when t.qualification_validity_months is not null
              then s.starts_at + make_interval(months => t.qualification_validity_months) end,
         auth.uid()
  from public.sessions s
  join public.tools t on t.required_training_activity_id = s.activity_id
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

create trigger bookings_grant_qualifications
  after insert or update of attendance on public.bookings
  for each row
  when (new.attendance = 'seen' and new.user_id is not null)
  execute function private.grant_training_qualifications();

revoke execute on function private.grant_training_qualifications() from public;

-- The qualified people of a tool, with their name and e-mail, for the tool's managers: profiles are
-- private to teammates under RLS, and a qualified person is usually from elsewhere. Only the tool's
-- place's managers and network admins get rows.
create function private.tool_qualification_holders(tool uuid)
returns table (
  id uuid, user_id uuid, display_name text, email text, granted_at timestamptz, expires_at timestamptz
)
language sql stable security definer set search_path = ''
as $$
  select q.id, q.user_id, p.display_name, p.email, q.granted_at, q.expires_at
  from public.tool_qualifications q
  join public.tools t on t.id = q.tool_id
  join public.profiles p on p.id = q.user_id
  where q.tool_id = tool
    and (private.is_manager_of(t.place_id) or private.is_network_admin())
  order by q.expires_at desc nulls first, p.display_name
$$;
revoke execute on function private.tool_qualification_holders(uuid) from public;
grant execute on function private.tool_qualification_holders(uuid) to authenticated, service_role;
