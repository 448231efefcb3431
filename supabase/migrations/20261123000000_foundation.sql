-- Foundation: extensions, the private schema for RLS helpers, least-privilege defaults and the
-- territorial reference (régions, départements, communes from the INSEE code, loaded from a package).

create extension if not exists pg_trgm with schema extensions;
create extension if not exists unaccent with schema extensions;
create extension if not exists btree_gist with schema extensions;
create extension if not exists cube with schema extensions;
create extension if not exists earthdistance with schema extensions;
create extension if not exists pgcrypto with schema extensions;

-- Helpers used by policies live outside the exposed schema.
create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to anon, authenticated, service_role;

-- Nothing is granted by default: each table grants exactly what each role needs, and RLS decides rows.
alter default privileges in schema public revoke all on tables from anon, authenticated, public;
alter default privileges in schema public revoke all on functions from anon, authenticated, public;
alter default privileges in schema public revoke all on sequences from anon, authenticated, public;
alter default privileges in schema public grant all on tables to service_role;
alter default privileges in schema public grant all on sequences to service_role;
alter default privileges in schema public grant execute on functions to service_role;

create table public.regions (
  code text primary key check (code ~ '^[0-9]{2,3}$'),
  name text not null
);

create table public.departements (
  code text primary key check (code ~ '^([0-9]{2,3}|2A|2B)$'),
  name text not null,
  region_code text not null references public.regions (code)
);
create index departements_region_code_idx on public.departements (region_code);

create table public.communes (
  code text primary key check (code ~ '^[0-9AB]{5}$'),
  name text not null,
  departement_code text not null references public.departements (code),
  region_code text not null references public.regions (code),
  postal_codes text[] not null default '{}',
  population integer
);
create index communes_departement_code_idx on public.communes (departement_code);
create index communes_name_trgm_idx on public.communes using gin (name extensions.gin_trgm_ops);
create index communes_postal_codes_idx on public.communes using gin (postal_codes);

alter table public.regions enable row level security;
alter table public.departements enable row level security;
alter table public.communes enable row level security;

grant select on public.regions, public.departements, public.communes to anon, authenticated;

create policy "regions are public" on public.regions for select to anon, authenticated using (true);
create policy "departements are public" on public.departements for select to anon, authenticated using (true);
create policy "communes are public" on public.communes for select to anon, authenticated using (true);
