-- Directory: places (tiers-lieux) in the shape of the national standard "lieux de médiation numérique",
-- their labels (Fabrique de territoire, France Services…) granted in waves of the AMI, and their photos.
-- A fabrique is a place holding a current Fabrique de territoire label (numérique or not); the places of
-- its hub point to it with `hub_fabrique_id`.

create type public.publication_status as enum ('draft', 'published', 'archived');
create type public.wave_status as enum ('draft', 'open', 'closed');

-- Accent-insensitive text for search indexes (unaccent itself is only stable).
create function private.unaccent(value text) returns text
language sql immutable parallel safe strict set search_path = ''
as $$
  select extensions.unaccent('extensions.unaccent'::regdictionary, value)
$$;
grant execute on function private.unaccent(text) to anon, authenticated, service_role;

create table public.labels (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[a-z][a-z0-9_]*$'),
  name text not null check (char_length(name) between 1 and 120),
  description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Waves ("vagues") of the AMI Fabriques de territoire (programme context; created here because labels are
-- granted in a wave).
create table public.waves (
  id uuid primary key default gen_random_uuid(),
  name text not null unique check (char_length(name) between 1 and 120),
  opens_on date not null,
  closes_on date,
  announced_on date,
  status public.wave_status not null default 'draft',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint waves_dates_check check (closes_on is null or closes_on >= opens_on),
  constraint waves_announced_check check (announced_on is null or announced_on >= opens_on)
);

create table public.places (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 100),
  name text not null check (char_length(name) between 1 and 200),
  kinds text[] not null default '{}' check (kinds <@ private.vocabulary('typologie')),
  carrier_name text,
  carrier_legal_form text,
  pivot text check (pivot ~ '^[a-zA-Z0-9]{9,14}$'),
  address text,
  address_complement text,
  postal_code text check (postal_code ~ '^[0-9]{5}$'),
  commune_code text references public.communes (code),
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  is_qpv boolean not null default false,
  is_rural boolean not null default false,
  itinerance text[] not null default '{}' check (itinerance <@ private.vocabulary('itinerance')),
  opening_hours text check (char_length(opening_hours) <= 500),
  phone text check (phone ~ '^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)[0-9]{6,9}$'),
  email text check (email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  website text check (website ~ '^https?://'),
  summary text check (char_length(summary) <= 280),
  description text,
  services text[] not null default '{}' check (services <@ private.vocabulary('services')),
  publics text[] not null default '{}'
    check (publics <@ private.vocabulary('publics_specifiquement_adresses')),
  specific_support text[] not null default '{}'
    check (specific_support <@ private.vocabulary('prise_en_charge_specifique')),
  fees text[] not null default '{}' check (fees <@ private.vocabulary('frais_a_charge')),
  access_modes text[] not null default '{}' check (access_modes <@ private.vocabulary('modalites_acces')),
  support_modes text[] not null default '{}'
    check (support_modes <@ private.vocabulary('modalites_accompagnement')),
  national_programmes text[] not null default '{}'
    check (national_programmes <@ private.vocabulary('dispositif_programmes_nationaux')),
  accessibility_notes text,
  acces_libre_url text check (acces_libre_url ~ '^https?://'),
  booking_url text check (booking_url ~ '^https?://'),
  hub_fabrique_id uuid references public.places (id) on delete set null,
  status public.publication_status not null default 'draft',
  merged_into_id uuid references public.places (id) on delete set null,
  hidden_at timestamptz,
  hidden_reason text,
  external_id text unique,
  source text,
  date_maj date not null default current_date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint places_coordinates_check check ((latitude is null) = (longitude is null)),
  constraint places_hub_check check (hub_fabrique_id <> id),
  constraint places_merged_check check (merged_into_id <> id),
  constraint places_hidden_check check (hidden_at is null or hidden_reason is not null),
  -- What the national standard requires of a published place.
  constraint places_published_check check (
    status <> 'published' or (address is not null and postal_code is not null and commune_code is not null)
  )
);
create index places_commune_code_idx on public.places (commune_code);
create index places_hub_fabrique_id_idx on public.places (hub_fabrique_id);
create index places_merged_into_id_idx on public.places (merged_into_id);
create index places_status_idx on public.places (status) where hidden_at is null;
create index places_kinds_idx on public.places using gin (kinds);
create index places_services_idx on public.places using gin (services);
create index places_name_search_idx on public.places
  using gin (private.unaccent(lower(name)) extensions.gin_trgm_ops);
-- Distance searches ("near a commune or postcode") through earthdistance.
create index places_location_idx on public.places
  using gist (extensions.ll_to_earth(latitude, longitude)) where latitude is not null;

create table public.place_labels (
  id uuid primary key default gen_random_uuid(),
  place_id uuid not null references public.places (id) on delete cascade,
  label_id uuid not null references public.labels (id) on delete restrict,
  wave_id uuid references public.waves (id) on delete set null,
  granted_on date not null,
  ends_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint place_labels_dates_check check (ends_on is null or ends_on >= granted_on),
  unique (place_id, label_id, granted_on)
);
create index place_labels_label_id_idx on public.place_labels (label_id);
create index place_labels_wave_id_idx on public.place_labels (wave_id);

create table public.place_photos (
  id uuid primary key default gen_random_uuid(),
  place_id uuid not null references public.places (id) on delete cascade,
  storage_path text not null check (char_length(storage_path) between 1 and 500),
  -- Required for accessibility; an empty text marks a decorative photo.
  alt_text text not null check (char_length(alt_text) <= 300),
  position integer not null default 0 check (position >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index place_photos_place_id_idx on public.place_photos (place_id, position);

-- Teams hang on places (tables created by the identity migration).
alter table public.place_memberships
  add constraint place_memberships_place_id_fkey foreign key (place_id)
  references public.places (id) on delete cascade;
alter table public.invitations
  add constraint invitations_place_id_fkey foreign key (place_id)
  references public.places (id) on delete cascade;

create trigger labels_updated_at before update on public.labels
  for each row execute function private.set_updated_at();
create trigger waves_updated_at before update on public.waves
  for each row execute function private.set_updated_at();
create trigger place_labels_updated_at before update on public.place_labels
  for each row execute function private.set_updated_at();
create trigger place_photos_updated_at before update on public.place_photos
  for each row execute function private.set_updated_at();

-- The standard's date_maj follows every change of the place.
create function private.touch_place() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  new.date_maj := current_date;
  return new;
end
$$;
create trigger places_touch before update on public.places
  for each row execute function private.touch_place();
create trigger places_admin_only before update on public.places
  for each row execute function private.guard_admin_only_columns(
    'slug', 'status', 'hub_fabrique_id', 'merged_into_id', 'hidden_at', 'hidden_reason', 'external_id',
    'source', 'is_qpv', 'is_rural'
  );

-- The labels the programme's rules refer to; network admins may add others.
insert into public.labels (code, name, description) values
  ('fabrique_territoire', 'Fabrique de territoire',
   'Tiers-lieu tête de réseau labellisé par l''ANCT (programme Nouveaux lieux, nouveaux liens).'),
  ('fabrique_numerique_territoire', 'Fabrique numérique de territoire',
   'Fabrique de territoire dédiée à l''inclusion numérique, avec un financement complémentaire.'),
  ('france_services', 'France Services', 'Guichet d''accès aux services publics labellisé France Services.'),
  ('campus_connecte', 'Campus connecté', 'Lieu d''études supérieures à distance labellisé Campus connecté.'),
  ('micro_folie', 'Micro-Folie', 'Musée numérique et espace culturel du réseau Micro-Folie.'),
  ('manufacture_de_proximite', 'Manufacture de proximité',
   'Lieu de production partagé soutenu par le programme Manufactures de proximité.')
on conflict (code) do nothing;

-- Directory helpers ------------------------------------------------------------------------------------

-- Places anyone may see: published and not hidden by moderation.
create function private.published_place_ids() returns setof uuid
language sql stable security definer set search_path = ''
as $$
  select id from public.places where status = 'published' and hidden_at is null
$$;

create function private.has_current_label(place uuid, label_codes text[]) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1
    from public.place_labels pl
    join public.labels l on l.id = pl.label_id
    where pl.place_id = place
      and l.code = any (label_codes)
      and pl.granted_on <= current_date
      and (pl.ends_on is null or pl.ends_on >= current_date)
  )
$$;

create function private.is_fabrique(place uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select private.has_current_label(place, array['fabrique_territoire', 'fabrique_numerique_territoire'])
$$;

create function private.is_fabrique_numerique(place uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select private.has_current_label(place, array['fabrique_numerique_territoire'])
$$;

grant execute on function private.published_place_ids(), private.has_current_label(uuid, text[]),
  private.is_fabrique(uuid), private.is_fabrique_numerique(uuid)
  to anon, authenticated, service_role;

-- Row-level security ------------------------------------------------------------------------------------

alter table public.labels enable row level security;
alter table public.waves enable row level security;
alter table public.places enable row level security;
alter table public.place_labels enable row level security;
alter table public.place_photos enable row level security;

-- labels: public reference; network admins manage them.
grant select on public.labels to anon, authenticated;
grant insert (code, name, description), update (code, name, description), delete
  on public.labels to authenticated;

create policy "select: everyone (anon)" on public.labels for select to anon using (true);
create policy "select: everyone" on public.labels for select to authenticated using (true);
create policy "insert: network admins" on public.labels
  for insert to authenticated with check ((select private.is_network_admin()));
create policy "update: network admins" on public.labels
  for update to authenticated
  using ((select private.is_network_admin())) with check ((select private.is_network_admin()));
create policy "delete: network admins" on public.labels
  for delete to authenticated using ((select private.is_network_admin()));

-- waves: public once announced (not draft); observers and network admins see all; admins manage them.
grant select on public.waves to anon, authenticated;
grant insert (name, opens_on, closes_on, announced_on, status),
  update (name, opens_on, closes_on, announced_on, status), delete
  on public.waves to authenticated;

create policy "select: opened waves (anon)" on public.waves for select to anon using (status <> 'draft');
create policy "select: opened waves, observers, network admins" on public.waves
  for select to authenticated
  using (status <> 'draft' or (select private.is_network_admin()) or (select private.is_observer()));
create policy "insert: network admins" on public.waves
  for insert to authenticated with check ((select private.is_network_admin()));
create policy "update: network admins" on public.waves
  for update to authenticated
  using ((select private.is_network_admin())) with check ((select private.is_network_admin()));
create policy "delete: network admins" on public.waves
  for delete to authenticated using ((select private.is_network_admin()));

-- places: published ones are public; a team sees its own drafts; observers and admins see all. Managers
-- edit their place's profile (the trigger keeps status, moderation, hub and flags to network admins);
-- network admins create and delete places.
grant select on public.places to anon, authenticated;
grant insert (slug, name, kinds, carrier_name, carrier_legal_form, pivot, address, address_complement,
    postal_code, commune_code, latitude, longitude, is_qpv, is_rural, itinerance, opening_hours, phone, email,
    website, summary, description, services, publics, specific_support, fees, access_modes, support_modes,
    national_programmes, accessibility_notes, acces_libre_url, booking_url, hub_fabrique_id, status,
    merged_into_id, hidden_at, hidden_reason, external_id, source)
  on public.places to authenticated;
grant update (slug, name, kinds, carrier_name, carrier_legal_form, pivot, address, address_complement,
    postal_code, commune_code, latitude, longitude, is_qpv, is_rural, itinerance, opening_hours, phone, email,
    website, summary, description, services, publics, specific_support, fees, access_modes, support_modes,
    national_programmes, accessibility_notes, acces_libre_url, booking_url, hub_fabrique_id, status,
    merged_into_id, hidden_at, hidden_reason, external_id, source)
  on public.places to authenticated;
grant delete on public.places to authenticated;

create policy "select: published places (anon)" on public.places
  for select to anon using (status = 'published' and hidden_at is null);
create policy "select: published, the team, observers, network admins" on public.places
  for select to authenticated
  using (
    (status = 'published' and hidden_at is null)
    or id in (select private.member_place_ids())
    or (select private.is_network_admin())
    or (select private.is_observer())
  );
create policy "insert: network admins" on public.places
  for insert to authenticated with check ((select private.is_network_admin()));
create policy "update: managers of the place, network admins" on public.places
  for update to authenticated
  using (id in (select private.managed_place_ids()) or (select private.is_network_admin()))
  with check (id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "delete: network admins" on public.places
  for delete to authenticated using ((select private.is_network_admin()));

-- place_labels: public for public places; observers and admins see all; network admins grant labels.
grant select on public.place_labels to anon, authenticated;
grant insert (place_id, label_id, wave_id, granted_on, ends_on), update (wave_id, granted_on, ends_on), delete
  on public.place_labels to authenticated;

create policy "select: published places (anon)" on public.place_labels
  for select to anon using (place_id in (select private.published_place_ids()));
create policy "select: published places, the team, observers, network admins" on public.place_labels
  for select to authenticated
  using (
    place_id in (select private.published_place_ids())
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
    or (select private.is_observer())
  );
create policy "insert: network admins" on public.place_labels
  for insert to authenticated with check ((select private.is_network_admin()));
create policy "update: network admins" on public.place_labels
  for update to authenticated
  using ((select private.is_network_admin())) with check ((select private.is_network_admin()));
create policy "delete: network admins" on public.place_labels
  for delete to authenticated using ((select private.is_network_admin()));

-- place_photos: like the place; managers and network admins manage them.
grant select on public.place_photos to anon, authenticated;
grant insert (place_id, storage_path, alt_text, position), update (storage_path, alt_text, position), delete
  on public.place_photos to authenticated;

create policy "select: published places (anon)" on public.place_photos
  for select to anon using (place_id in (select private.published_place_ids()));
create policy "select: published places, the team, observers, network admins" on public.place_photos
  for select to authenticated
  using (
    place_id in (select private.published_place_ids())
    or place_id in (select private.member_place_ids())
    or (select private.is_network_admin())
    or (select private.is_observer())
  );
create policy "insert: managers of the place, network admins" on public.place_photos
  for insert to authenticated
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "update: managers of the place, network admins" on public.place_photos
  for update to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()))
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "delete: managers of the place, network admins" on public.place_photos
  for delete to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));

revoke execute on all functions in schema private from public;
