-- Identity: who someone is on the network (profile and network-wide role), which places they belong to
-- (memberships, invitations), and the helpers every later migration uses: updated_at, the controlled
-- vocabularies of the national tools, and the role checks that policies call.
--
-- Conventions for the whole schema (this file and the next ones):
--   * RLS on every table; nothing granted by default; explicit grants per role and, for writes, per column
--     where only some columns may ever be written by a client; ONE policy per operation and role.
--   * Policies call helpers of schema `private` (security definer, stable, empty search_path) wrapped in
--     `(select …)` so Postgres evaluates them once per statement, not once per row.
--   * Columns that only a network admin may change (moderation, status, labels…) are guarded by the
--     trigger `private.guard_admin_only_columns`, since column grants cannot tell an admin from a manager.
--   * Controlled vocabularies: single-valued codes are enums; multi-valued standard fields are text[]
--     checked against `private.vocabulary(name)`. Both are compared with @rf/domain by a test.

-- Functions of the private schema are executable only by the roles they are granted to: each migration ends
-- by revoking PUBLIC's execute (a per-schema `alter default privileges` cannot take away the global one).

-- Shared helpers ---------------------------------------------------------------------------------------

create function private.set_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

-- The code lists of VOCABULARIES.md used by text[] columns (codes exactly as the national tools use them).
create function private.vocabulary(name text) returns text[]
language plpgsql
immutable
parallel safe
set search_path = ''
as $$
begin
  case name
    when 'typologie' then return array[
      'ACI', 'ACIPHC', 'AFPA', 'AI', 'ASE', 'ASSO', 'ASSO_CHOMEUR', 'Autre', 'AVIP', 'BIB', 'CAARUD', 'CADA',
      'CAF', 'CAP_EMPLOI', 'CAVA', 'CC', 'CCAS', 'CCONS', 'CD', 'CDAS', 'CFP', 'CHRS', 'CHU', 'CIAS', 'CIDFF',
      'CITMET', 'CMP', 'CMS', 'CPAM', 'CPH', 'CS', 'CSAPA', 'CSC', 'DEETS', 'DEPT', 'DIPLP', 'E2C', 'EA', 'EATT',
      'EI', 'EITI', 'ENM', 'EPCI', 'EPI', 'EPIDE', 'EPN', 'ES', 'ESAT', 'ESS', 'ETTI', 'EVS', 'FABLAB',
      'FABRIQUE', 'FAIS', 'FT', 'GEIQ', 'HUDA', 'LA_POSTE', 'MDE', 'MDH', 'MDEF', 'MDPH', 'MDS', 'MJC', 'ML',
      'MQ', 'MSA', 'MSAP', 'MUNI', 'OACAS', 'ODC', 'OF', 'OIL', 'OPCS', 'PAD', 'PENSION', 'PI', 'PIJ_BIJ',
      'PIMMS', 'PJJ', 'PLIE', 'PREF', 'PREVENTION', 'REG', 'RELAIS_LECTURE', 'RESSOURCERIE', 'RFS', 'RS_FJT',
      'SCP', 'SPIP', 'TIERS_LIEUX', 'UDAF'];
    when 'services' then return array[
      'Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien',
      'Insertion professionnelle via le numérique', 'Utilisation sécurisée du numérique',
      'Parentalité et éducation avec le numérique', 'Loisirs et créations numériques',
      'Compréhension du monde numérique', 'Accès internet et matériel informatique',
      'Acquisition de matériel informatique à prix solidaire'];
    when 'publics_specifiquement_adresses' then return array[
      'Jeunes', 'Étudiants', 'Familles et/ou enfants', 'Seniors', 'Femmes'];
    when 'prise_en_charge_specifique' then return array[
      'Surdité', 'Handicaps moteurs', 'Handicaps mentaux', 'Illettrisme', 'Langues étrangères (anglais)',
      'Langues étrangères (autres)', 'Déficience visuelle'];
    when 'frais_a_charge' then return array['Gratuit', 'Gratuit sous condition', 'Payant'];
    when 'itinerance' then return array['Itinérant', 'Fixe'];
    when 'modalites_acces' then return array[
      'Se présenter', 'Téléphoner', 'Contacter par mail', 'Envoyer un mail avec une fiche de prescription',
      'Prendre un RDV en ligne', 'Ce lieu n''accueille pas de public'];
    when 'modalites_accompagnement' then return array[
      'En autonomie', 'Accompagnement individuel', 'Dans un atelier collectif', 'À distance'];
    when 'dispositif_programmes_nationaux' then return array[
      'Aidants Connect', 'Bibliothèques numérique de référence', 'Certification PIX', 'Conseillers numériques',
      'Emmaüs Connect', 'France Services', 'Grande école du numérique', 'La Croix Rouge',
      'Point d''accès numérique CAF', 'Promeneurs du net', 'Relais numérique (Emmaüs Connect)'];
    when 'thematiques' then return array[
      'diagnostic_numerique', 'prendre_en_main_du_materiel', 'maintenance_de_materiel',
      'gere_ses_contenus_numeriques', 'navigation_sur_internet', 'email', 'bureautique', 'reseaux_sociaux',
      'sante', 'banque_et_achats_en_ligne', 'entrepreneuriat', 'insertion_professionnelle',
      'securite_numerique', 'parentalite', 'scolarite_et_numerique', 'creer_avec_le_numerique',
      'culture_numerique', 'intelligence_artificielle', 'aide_aux_demarches_administratives',
      'papiers_elections_citoyennete', 'famille_scolarite', 'social_sante', 'travail_formation', 'logement',
      'transports_mobilite', 'argent_impots', 'justice', 'etrangers_europe', 'loisirs_sports_culture',
      'associations'];
    when 'materiel' then return array['ordinateur', 'telephone', 'tablette', 'autre', 'aucun'];
    else raise exception 'unknown vocabulary: %', name using errcode = '22023';
  end case;
end
$$;
grant execute on function private.vocabulary(text) to anon, authenticated, service_role;

-- Network-wide roles ---------------------------------------------------------------------------------

create type public.network_role as enum ('network_admin', 'observer');
create type public.place_role as enum ('member', 'manager');

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email text check (email = lower(email)),
  display_name text not null check (char_length(display_name) between 1 and 120),
  locale text not null default 'fr' check (locale in ('fr', 'en')),
  network_role public.network_role,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index profiles_network_role_idx on public.profiles (network_role) where network_role is not null;

-- Who belongs to which place. The foreign key to places is added by the directory migration.
create table public.place_memberships (
  place_id uuid not null,
  user_id uuid not null references public.profiles (id) on delete cascade,
  role public.place_role not null default 'member',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (place_id, user_id)
);
create index place_memberships_user_id_idx on public.place_memberships (user_id);

-- An invitation to a place (member/manager) or to the network (network_admin/observer). Only the hash of
-- the token is stored; accepting it is done server-side, by the token, with the service role.
create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  email text not null check (email = lower(email) and email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  place_id uuid,
  place_role public.place_role,
  network_role public.network_role,
  token_hash text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
  invited_by uuid default auth.uid() references public.profiles (id) on delete set null,
  expires_at timestamptz not null default now() + interval '14 days',
  accepted_at timestamptz,
  accepted_by uuid references public.profiles (id) on delete set null,
  revoked_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint invitations_target_check check (
    (place_id is not null and place_role is not null and network_role is null)
    or (place_id is null and place_role is null and network_role is not null)
  ),
  constraint invitations_outcome_check check (accepted_at is null or revoked_at is null)
);
create index invitations_place_id_idx on public.invitations (place_id);
create index invitations_invited_by_idx on public.invitations (invited_by);
create index invitations_accepted_by_idx on public.invitations (accepted_by);
create unique index invitations_pending_key on public.invitations (email, place_id) nulls not distinct
  where accepted_at is null and revoked_at is null;

-- The inviter is whoever sends (or renews) the invitation, never what the client says.
create function private.stamp_inviter() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if current_user in ('anon', 'authenticated') then
    new.invited_by := (select auth.uid());
  end if;
  return new;
end
$$;
create trigger invitations_inviter before insert or update of token_hash, invited_by on public.invitations
  for each row execute function private.stamp_inviter();

create trigger profiles_updated_at before update on public.profiles
  for each row execute function private.set_updated_at();
create trigger place_memberships_updated_at before update on public.place_memberships
  for each row execute function private.set_updated_at();
create trigger invitations_updated_at before update on public.invitations
  for each row execute function private.set_updated_at();

-- Role helpers (for policies) ---------------------------------------------------------------------------

create function private.is_network_admin() returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.profiles where id = (select auth.uid()) and network_role = 'network_admin'
  )
$$;

create function private.is_observer() returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.profiles where id = (select auth.uid()) and network_role = 'observer')
$$;

-- The places the current user belongs to (any role), and those they manage.
create function private.member_place_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select place_id from public.place_memberships where user_id = (select auth.uid())
$$;

create function private.managed_place_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select place_id from public.place_memberships where user_id = (select auth.uid()) and role = 'manager'
$$;

create function private.is_member_of(place uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.place_memberships where place_id = place and user_id = (select auth.uid())
  )
$$;

create function private.is_manager_of(place uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.place_memberships
    where place_id = place and user_id = (select auth.uid()) and role = 'manager'
  )
$$;

-- People who share a place with the current user (a team sees its own members).
create function private.teammate_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select distinct other.user_id
  from public.place_memberships mine
  join public.place_memberships other on other.place_id = mine.place_id
  where mine.user_id = (select auth.uid())
$$;

grant execute on function private.is_network_admin(), private.is_observer(), private.member_place_ids(),
  private.managed_place_ids(), private.is_member_of(uuid), private.is_manager_of(uuid),
  private.teammate_ids()
  to anon, authenticated, service_role;

-- Columns only a network admin may change (TG_ARGV lists them). On insert they must be left null.
-- The service role and the database owner are not concerned: they act for the platform, not for a user.
create function private.guard_admin_only_columns() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  col text;
begin
  if current_user not in ('anon', 'authenticated') or (select private.is_network_admin()) then
    return new;
  end if;
  foreach col in array tg_argv loop
    if tg_op = 'INSERT' and (to_jsonb(new) -> col) is distinct from 'null'::jsonb then
      raise exception 'only a network admin may set %.%', tg_table_name, col using errcode = '42501';
    elsif tg_op = 'UPDATE' and (to_jsonb(new) -> col) is distinct from (to_jsonb(old) -> col) then
      raise exception 'only a network admin may change %.%', tg_table_name, col using errcode = '42501';
    end if;
  end loop;
  return new;
end
$$;

create trigger profiles_admin_only before update on public.profiles
  for each row execute function private.guard_admin_only_columns('network_role');

-- The network always keeps at least one network admin.
create function private.keep_a_network_admin() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if old.network_role is distinct from 'network_admin'
     or (tg_op = 'UPDATE' and new.network_role is not distinct from 'network_admin') then
    return coalesce(new, old);
  end if;
  -- Lock the admins so two admins cannot demote each other at the same time.
  perform 1 from public.profiles where network_role = 'network_admin' for update;
  if not exists (
    select 1 from public.profiles where network_role = 'network_admin' and id <> old.id
  ) then
    raise exception 'the last network admin cannot be removed' using errcode = '42501';
  end if;
  return coalesce(new, old);
end
$$;

create trigger profiles_keep_a_network_admin before update of network_role or delete on public.profiles
  for each row execute function private.keep_a_network_admin();

-- A profile for every account, created when Supabase Auth (GoTrue) creates the user; the e-mail follows.
create function private.handle_new_user() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.profiles (id, email, display_name, locale)
  values (
    new.id,
    lower(new.email),
    left(coalesce(
      nullif(trim(new.raw_user_meta_data ->> 'display_name'), ''),
      nullif(split_part(coalesce(new.email, ''), '@', 1), ''),
      'Utilisateur'
    ), 120),
    case when new.raw_user_meta_data ->> 'locale' = 'en' then 'en' else 'fr' end
  )
  on conflict (id) do nothing;
  return new;
end
$$;

create function private.handle_user_email_change() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.profiles set email = lower(new.email) where id = new.id;
  return new;
end
$$;

create trigger on_auth_user_created after insert on auth.users
  for each row execute function private.handle_new_user();
create trigger on_auth_user_email_changed after update of email on auth.users
  for each row when (old.email is distinct from new.email)
  execute function private.handle_user_email_change();

-- Row-level security ------------------------------------------------------------------------------------

alter table public.profiles enable row level security;
alter table public.place_memberships enable row level security;
alter table public.invitations enable row level security;

-- profiles: yourself, your teammates, network admins. Created by the trigger, deleted with the account.
grant select on public.profiles to authenticated;
grant update (display_name, locale, network_role) on public.profiles to authenticated;

create policy "select: self, teammates, network admins" on public.profiles
  for select to authenticated
  using (
    id = (select auth.uid())
    or (select private.is_network_admin())
    or id in (select private.teammate_ids())
  );
create policy "update: self, network admins" on public.profiles
  for update to authenticated
  using (id = (select auth.uid()) or (select private.is_network_admin()))
  with check (id = (select auth.uid()) or (select private.is_network_admin()));

-- place_memberships: the team sees itself; its managers and network admins manage it; anyone may leave.
grant select, delete on public.place_memberships to authenticated;
grant insert (place_id, user_id, role) on public.place_memberships to authenticated;
grant update (role) on public.place_memberships to authenticated;

create policy "select: the team, network admins" on public.place_memberships
  for select to authenticated
  using (
    user_id = (select auth.uid())
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
  );
create policy "insert: managers of the place, network admins" on public.place_memberships
  for insert to authenticated
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "update: managers of the place, network admins" on public.place_memberships
  for update to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()))
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "delete: the member, managers of the place, network admins" on public.place_memberships
  for delete to authenticated
  using (
    user_id = (select auth.uid())
    or place_id in (select private.managed_place_ids())
    or (select private.is_network_admin())
  );

-- invitations: a place's managers invite to their place; only network admins invite to the network.
grant select on public.invitations to authenticated;
grant insert (email, place_id, place_role, network_role, token_hash, expires_at)
  on public.invitations to authenticated;
-- Renewing a pending invitation sends a new token (and may change the role offered).
grant update (place_role, network_role, token_hash, invited_by, expires_at, revoked_at)
  on public.invitations to authenticated;
grant delete on public.invitations to authenticated;

create policy "select: managers of the place, network admins" on public.invitations
  for select to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "insert: managers of the place, network admins" on public.invitations
  for insert to authenticated
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "update: managers of the place, network admins" on public.invitations
  for update to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()))
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "delete: network admins" on public.invitations
  for delete to authenticated
  using ((select private.is_network_admin()));

revoke execute on all functions in schema private from public;
