-- Share links expire (decision 036): each link has an end chosen at creation (90 days unless said otherwise,
-- a year at most), after which its page answers 410. Links made before this migration end 90 days after
-- their creation. Creating and revoking a link are audited (the token hash left out), and a revoked link
-- stays revoked.

alter table public.dashboard_share_links add column expires_at timestamptz;
update public.dashboard_share_links set expires_at = created_at + interval '90 days';
alter table public.dashboard_share_links
  alter column expires_at set not null,
  alter column expires_at set default now() + interval '90 days',
  add constraint dashboard_share_links_expiry_check
    check (expires_at > created_at and expires_at <= created_at + interval '366 days');

grant insert (expires_at) on public.dashboard_share_links to authenticated;

create function private.share_link_revocation_final() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if old.revoked_at is not null and new.revoked_at is distinct from old.revoked_at then
    raise exception 'a revoked share link stays revoked' using errcode = '42501';
  end if;
  return new;
end
$$;
create trigger dashboard_share_links_revocation_final before update on public.dashboard_share_links
  for each row execute function private.share_link_revocation_final();

create trigger dashboard_share_links_audit after insert or update or delete on public.dashboard_share_links
  for each row execute function private.audit('token_hash');

revoke execute on all functions in schema private from public;
