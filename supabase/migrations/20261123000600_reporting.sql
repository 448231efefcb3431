-- Reporting: activity records in the shape of the national tools (compte-rendu d'activité: anonymous
-- counts, never names), a fabrique's coordination activities, and periodic reports that a network admin
-- validates — after which they are locked for everyone.

create type public.activity_record_type as enum ('individuel', 'collectif');
create type public.type_lieu as enum ('lieu_activite', 'domicile', 'a_distance', 'autre');
create type public.autonomie as enum ('entierement_accompagne', 'partiellement_autonome', 'autonome');
create type public.structure_de_redirection as enum (
  'administration', 'mediation_numerique', 'operateur_ou_organisme_en_charge', 'aide_sociale',
  'insertion_professionnelle', 'aide_aux_demarches_administratives', 'autre'
);
create type public.genre as enum ('masculin', 'feminin', 'non_communique');
create type public.tranche_age as enum (
  'moins_de_douze', 'douze_dix_huit', 'dix_huit_vingt_quatre', 'vingt_cinq_trente_neuf',
  'quarante_cinquante_neuf', 'soixante_soixante_neuf', 'soixante_dix_plus', 'non_communique'
);
create type public.statut_social as enum ('scolarise', 'sans_emploi', 'en_emploi', 'retraite', 'non_communique');
create type public.coordination_kind as enum ('animation', 'evenement', 'partenariat');
create type public.type_animation as enum (
  'assemblee', 'comite', 'groupe_de_travail', 'echange', 'reunion_coordination', 'webinaire', 'autre'
);
create type public.type_evenement as enum ('grand_public', 'national', 'inclusion_numerique', 'nec_local', 'autre');
create type public.nature_partenariat as enum (
  'parcours_usager', 'subvention', 'coordination_departementale', 'rdv_elu', 'autre'
);
create type public.report_period as enum ('quarter', 'year');
create type public.report_status as enum ('draft', 'submitted', 'sent_back', 'validated');

-- A breakdown of participants: an object whose keys are codes of `allowed` and values whole numbers ≥ 0
-- adding up to `total` (null when the breakdown is not given).
create function private.is_count_map(counts jsonb, allowed text[], total integer) returns boolean
language plpgsql
immutable
parallel safe
set search_path = ''
as $$
declare
  item record;
  sum numeric := 0;
begin
  if counts is null then
    return true;
  end if;
  if jsonb_typeof(counts) <> 'object' then
    return false;
  end if;
  for item in select key, value from jsonb_each(counts) loop
    if not (item.key = any (allowed)) or jsonb_typeof(item.value) <> 'number' then
      return false;
    end if;
    if (item.value)::numeric < 0 or (item.value)::numeric <> trunc((item.value)::numeric) then
      return false;
    end if;
    sum := sum + (item.value)::numeric;
  end loop;
  return sum = total;
end
$$;
grant execute on function private.is_count_map(jsonb, text[], integer) to anon, authenticated, service_role;

create table public.activity_records (
  id uuid primary key default gen_random_uuid(),
  place_id uuid not null references public.places (id) on delete cascade,
  type public.activity_record_type not null,
  date date not null,
  duration_minutes integer not null check (duration_minutes between 1 and 1440),
  type_lieu public.type_lieu not null default 'lieu_activite',
  -- The commune of the activity when it did not happen at the place (home, elsewhere).
  commune_code text references public.communes (code),
  themes text[] not null check (cardinality(themes) > 0 and themes <@ private.vocabulary('thematiques')),
  materiel text[] not null default '{}' check (materiel <@ private.vocabulary('materiel')),
  notes text check (char_length(notes) <= 2000),
  -- Individual support.
  autonomie public.autonomie,
  oriente_vers_structure boolean,
  structure_de_redirection public.structure_de_redirection,
  -- Collective workshop.
  titre_atelier text check (char_length(titre_atelier) <= 200),
  niveau public.niveau,
  -- Anonymous counts (an individual record counts one person).
  participants_total integer not null default 1 check (participants_total > 0),
  deja_accompagne integer not null default 0 check (deja_accompagne >= 0),
  counts_by_genre jsonb,
  counts_by_tranche_age jsonb,
  counts_by_statut_social jsonb,
  -- Where the record came from, when pre-filled from attendance.
  session_id uuid references public.sessions (id) on delete set null,
  booking_id uuid references public.bookings (id) on delete set null,
  appointment_id uuid references public.appointments (id) on delete set null,
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint activity_records_individuel_check check (
    type <> 'individuel' or (participants_total = 1 and titre_atelier is null and niveau is null)
  ),
  constraint activity_records_collectif_check check (
    type <> 'collectif'
    or (autonomie is null and oriente_vers_structure is null and structure_de_redirection is null)
  ),
  constraint activity_records_redirection_check check (
    structure_de_redirection is null or oriente_vers_structure
  ),
  constraint activity_records_deja_accompagne_total_check check (deja_accompagne <= participants_total),
  constraint activity_records_genre_check check (
    private.is_count_map(counts_by_genre, enum_range(null::public.genre)::text[], participants_total)
  ),
  constraint activity_records_tranche_age_check check (
    private.is_count_map(counts_by_tranche_age, enum_range(null::public.tranche_age)::text[], participants_total)
  ),
  constraint activity_records_statut_social_check check (
    private.is_count_map(
      counts_by_statut_social, enum_range(null::public.statut_social)::text[], participants_total
    )
  )
);
create index activity_records_place_id_idx on public.activity_records (place_id, date);
create index activity_records_date_idx on public.activity_records (date);
create index activity_records_commune_code_idx on public.activity_records (commune_code);
create index activity_records_session_id_idx on public.activity_records (session_id);
create index activity_records_booking_id_idx on public.activity_records (booking_id);
create index activity_records_appointment_id_idx on public.activity_records (appointment_id);
create index activity_records_created_by_idx on public.activity_records (created_by);

create table public.coordination_activities (
  id uuid primary key default gen_random_uuid(),
  place_id uuid not null references public.places (id) on delete cascade,
  kind public.coordination_kind not null,
  type_animation public.type_animation,
  type_evenement public.type_evenement,
  nature_partenariat public.nature_partenariat,
  date date not null,
  duration_minutes integer check (duration_minutes between 1 and 14400),
  participants integer check (participants >= 0),
  title text not null check (char_length(title) between 1 and 200),
  notes text,
  created_by uuid default auth.uid() references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- The subtype matching the kind, and only it.
  constraint coordination_activities_subtype_check check (
    (kind = 'animation') = (type_animation is not null)
    and (kind = 'evenement') = (type_evenement is not null)
    and (kind = 'partenariat') = (nature_partenariat is not null)
  )
);
create index coordination_activities_place_id_idx on public.coordination_activities (place_id, date);
create index coordination_activities_created_by_idx on public.coordination_activities (created_by);

create table public.reports (
  id uuid primary key default gen_random_uuid(),
  place_id uuid not null references public.places (id) on delete cascade,
  period public.report_period not null,
  period_start date not null,
  period_end date generated always as (
    (period_start + case period when 'quarter' then interval '3 months' else interval '1 year' end)::date
  ) stored,
  status public.report_status not null default 'draft',
  narrative text,
  -- Indicators computed from the records, and the manager's corrections (both keyed by indicator).
  indicators jsonb not null default '{}' check (jsonb_typeof(indicators) = 'object'),
  corrections jsonb not null default '{}' check (jsonb_typeof(corrections) = 'object'),
  submitted_by uuid references public.profiles (id) on delete set null,
  submitted_at timestamptz,
  reviewed_by uuid references public.profiles (id) on delete set null,
  reviewed_at timestamptz,
  review_comment text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint reports_period_start_check check (
    extract(day from period_start) = 1
    and case period
      when 'quarter' then extract(month from period_start) in (1, 4, 7, 10)
      else extract(month from period_start) = 1
    end
  ),
  constraint reports_submitted_check check (status = 'draft' or submitted_at is not null),
  constraint reports_reviewed_check check (status not in ('validated', 'sent_back') or reviewed_at is not null),
  unique (place_id, period, period_start)
);
create index reports_status_idx on public.reports (status, period_start);
create index reports_submitted_by_idx on public.reports (submitted_by);
create index reports_reviewed_by_idx on public.reports (reviewed_by);

create trigger activity_records_updated_at before update on public.activity_records
  for each row execute function private.set_updated_at();
create trigger coordination_activities_updated_at before update on public.coordination_activities
  for each row execute function private.set_updated_at();
create trigger reports_updated_at before update on public.reports
  for each row execute function private.set_updated_at();

-- Coordination activities and funding agreements belong to fabriques.
create function private.ensure_fabrique() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if not private.is_fabrique(new.place_id) then
    raise exception 'not_a_fabrique: the place % holds no Fabrique de territoire label', new.place_id
      using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger coordination_activities_fabrique before insert or update of place_id
  on public.coordination_activities
  for each row execute function private.ensure_fabrique();

-- The report workflow: draft | sent_back → submitted (the place's managers); submitted → validated |
-- sent_back (network admins). A validated report is locked: no update, no delete, by anyone (only the
-- erasure of an account may blank who submitted or reviewed it).
create function private.report_workflow() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  client boolean := current_user in ('anon', 'authenticated');
  admin boolean := (select private.is_network_admin());
begin
  if old.status = 'validated' then
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
create trigger reports_workflow before update or delete on public.reports
  for each row execute function private.report_workflow();

-- Row-level security ------------------------------------------------------------------------------------

alter table public.activity_records enable row level security;
alter table public.coordination_activities enable row level security;
alter table public.reports enable row level security;

-- activity_records: a member sees and edits the records they wrote for their place; the place's managers
-- all of the place's; network admins all. Never anon, residents or observers.
grant select, delete on public.activity_records to authenticated;
grant insert (place_id, type, date, duration_minutes, type_lieu, commune_code, themes, materiel, notes,
    autonomie, oriente_vers_structure, structure_de_redirection, titre_atelier, niveau, participants_total,
    deja_accompagne, counts_by_genre, counts_by_tranche_age, counts_by_statut_social, session_id, booking_id,
    appointment_id)
  on public.activity_records to authenticated;
grant update (type, date, duration_minutes, type_lieu, commune_code, themes, materiel, notes, autonomie,
    oriente_vers_structure, structure_de_redirection, titre_atelier, niveau, participants_total,
    deja_accompagne, counts_by_genre, counts_by_tranche_age, counts_by_statut_social, session_id, booking_id,
    appointment_id)
  on public.activity_records to authenticated;

create policy "select: author in the team, managers, network admins" on public.activity_records
  for select to authenticated
  using (
    place_id in (select private.managed_place_ids())
    or (created_by = (select auth.uid()) and place_id in (select private.member_place_ids()))
    or (select private.is_network_admin())
  );
create policy "insert: members of the place, network admins" on public.activity_records
  for insert to authenticated
  with check (place_id in (select private.member_place_ids()) or (select private.is_network_admin()));
create policy "update: author in the team, managers, network admins" on public.activity_records
  for update to authenticated
  using (
    place_id in (select private.managed_place_ids())
    or (created_by = (select auth.uid()) and place_id in (select private.member_place_ids()))
    or (select private.is_network_admin())
  )
  with check (
    place_id in (select private.managed_place_ids())
    or (created_by = (select auth.uid()) and place_id in (select private.member_place_ids()))
    or (select private.is_network_admin())
  );
create policy "delete: author in the team, managers, network admins" on public.activity_records
  for delete to authenticated
  using (
    place_id in (select private.managed_place_ids())
    or (created_by = (select auth.uid()) and place_id in (select private.member_place_ids()))
    or (select private.is_network_admin())
  );

-- coordination_activities: the fabrique's team reads them; its managers record them.
grant select, delete on public.coordination_activities to authenticated;
grant insert (place_id, kind, type_animation, type_evenement, nature_partenariat, date, duration_minutes,
    participants, title, notes)
  on public.coordination_activities to authenticated;
grant update (kind, type_animation, type_evenement, nature_partenariat, date, duration_minutes, participants,
    title, notes)
  on public.coordination_activities to authenticated;

create policy "select: the team, network admins" on public.coordination_activities
  for select to authenticated
  using (place_id in (select private.member_place_ids()) or (select private.is_network_admin()));
create policy "insert: managers of the place, network admins" on public.coordination_activities
  for insert to authenticated
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "update: managers of the place, network admins" on public.coordination_activities
  for update to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()))
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "delete: managers of the place, network admins" on public.coordination_activities
  for delete to authenticated
  using (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));

-- reports: the place's managers draft and submit; network admins review; observers read validated ones.
grant select, delete on public.reports to authenticated;
grant insert (place_id, period, period_start, narrative, indicators, corrections)
  on public.reports to authenticated;
grant update (status, narrative, indicators, corrections, review_comment) on public.reports to authenticated;

create policy "select: managers, network admins, observers once validated" on public.reports
  for select to authenticated
  using (
    place_id in (select private.managed_place_ids())
    or (select private.is_network_admin())
    or (status = 'validated' and (select private.is_observer()))
  );
create policy "insert: managers of the place, network admins" on public.reports
  for insert to authenticated
  with check (place_id in (select private.managed_place_ids()) or (select private.is_network_admin()));
create policy "update: managers while editable, network admins" on public.reports
  for update to authenticated
  using (
    (place_id in (select private.managed_place_ids()) and status in ('draft', 'sent_back'))
    or (select private.is_network_admin())
  )
  with check (
    (place_id in (select private.managed_place_ids()) and status in ('draft', 'sent_back', 'submitted'))
    or (select private.is_network_admin())
  );
create policy "delete: managers while draft, network admins" on public.reports
  for delete to authenticated
  using (
    (place_id in (select private.managed_place_ids()) and status = 'draft')
    or (select private.is_network_admin())
  );

revoke execute on all functions in schema private from public;
