-- Audit: every change to who may do what (roles, teams, invitations), to the programme (labels, waves,
-- funding, disbursements, reports) and every moderation of published content, with its actor. Written only
-- by the trigger function below; nobody may insert, change or delete an event, not even the service role.

create table public.audit_events (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor uuid default auth.uid(),
  -- authenticated, service_role, or null for the database owner (migrations, maintenance).
  actor_role text default auth.role(),
  action text not null check (action in ('insert', 'update', 'delete')),
  table_name text not null,
  row_id text not null,
  old jsonb,
  new jsonb
);
create index audit_events_at_idx on public.audit_events (at);
create index audit_events_row_idx on public.audit_events (table_name, row_id, at);
create index audit_events_actor_idx on public.audit_events (actor, at);

-- TG_ARGV lists columns left out of the record (secrets such as token hashes).
create function private.audit() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  old_row jsonb;
  new_row jsonb;
  row_key jsonb;
  left_out text[] := coalesce(tg_argv, '{}');
begin
  if tg_op in ('UPDATE', 'DELETE') then
    old_row := to_jsonb(old) - left_out;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    new_row := to_jsonb(new) - left_out;
  end if;
  if tg_op = 'UPDATE' and (old_row - 'updated_at' - 'date_maj') = (new_row - 'updated_at' - 'date_maj') then
    return null;
  end if;
  row_key := coalesce(new_row, old_row);
  insert into public.audit_events (action, table_name, row_id, old, new)
  values (
    lower(tg_op),
    tg_table_name,
    coalesce(row_key ->> 'id', concat_ws('/', row_key ->> 'place_id', row_key ->> 'user_id')),
    old_row,
    new_row
  );
  return null;
end
$$;

create function private.refuse_audit_change() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'audit events are append-only' using errcode = '42501';
end
$$;
create trigger audit_events_append_only before update or delete on public.audit_events
  for each row execute function private.refuse_audit_change();
create trigger audit_events_no_truncate before truncate on public.audit_events
  for each statement execute function private.refuse_audit_change();

create trigger places_audit after insert or update or delete on public.places
  for each row execute function private.audit();
create trigger labels_audit after insert or update or delete on public.labels
  for each row execute function private.audit();
create trigger place_labels_audit after insert or update or delete on public.place_labels
  for each row execute function private.audit();
create trigger waves_audit after insert or update or delete on public.waves
  for each row execute function private.audit();
create trigger place_memberships_audit after insert or update or delete on public.place_memberships
  for each row execute function private.audit();
create trigger invitations_audit after insert or update or delete on public.invitations
  for each row execute function private.audit('token_hash');
create trigger profiles_audit after update of network_role on public.profiles
  for each row execute function private.audit();
create trigger funding_agreements_audit after insert or update or delete on public.funding_agreements
  for each row execute function private.audit();
create trigger disbursements_audit after insert or update or delete on public.disbursements
  for each row execute function private.audit();
create trigger reports_audit after insert or update or delete on public.reports
  for each row execute function private.audit();
-- Moderation of published content.
create trigger activities_audit after update of hidden_at, hidden_reason on public.activities
  for each row execute function private.audit();
create trigger tools_audit after update of hidden_at, hidden_reason on public.tools
  for each row execute function private.audit();
create trigger resources_audit after update of hidden_at, hidden_reason on public.resources
  for each row execute function private.audit();

alter table public.audit_events enable row level security;

revoke all on public.audit_events from anon, authenticated, service_role;
grant select on public.audit_events to authenticated, service_role;

create policy "select: network admins" on public.audit_events
  for select to authenticated using ((select private.is_network_admin()));

revoke execute on all functions in schema private from public;
