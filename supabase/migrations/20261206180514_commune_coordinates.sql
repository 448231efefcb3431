-- Commune centres and the precision of a place's coordinates (issue 17, docs/decisions/063-…).
--
-- `communes.latitude/longitude`: the commune's centre, from the reference data when a source provides it
-- (`centre_source = 'reference'`) or from the configured address geocoder (`'geocoder'`: the Base Adresse
-- Nationale answers `type=municipality` with the commune's centre). "Near a commune or a postcode" uses it.
--
-- `places.coordinates_precision`: `'commune'` when the point is the centre of the place's commune (a place
-- created without coordinates), `'address'` when the geocoder found the address, null when the coordinates
-- were given (by hand, by an import, by the source) or there are none.

alter table public.communes
  add column latitude double precision check (latitude between -90 and 90),
  add column longitude double precision check (longitude between -180 and 180),
  add column centre_source text check (centre_source in ('reference', 'geocoder')),
  add constraint communes_centre_check check ((latitude is null) = (longitude is null));

alter table public.places
  add column coordinates_precision text check (coordinates_precision in ('commune', 'address')),
  add constraint places_coordinates_precision_point_check
    check (coordinates_precision is null or latitude is not null);

-- The precision is the database's to keep (this trigger, the geocoding job as the service role): not granted.

-- Before a place is written: a place without coordinates takes its commune's centre; a centre follows the
-- commune when it changes; coordinates written by hand are "as given"; an address point no longer holds
-- once the address changes (the commune's centre stands in until the geocoder answers again). Writes of the
-- system itself (the geocoding job, a commune's new centre) say so with `rf.place_coordinates = 'system'`
-- and keep the precision they set.
create function private.place_coordinates() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    if new.latitude is not null and new.coordinates_precision is null then
      return new;
    end if;
  else
    if (new.latitude, new.longitude) is distinct from (old.latitude, old.longitude)
       and new.coordinates_precision is not distinct from old.coordinates_precision
       and coalesce(current_setting('rf.place_coordinates', true), '') <> 'system' then
      -- Moved by someone: as given, unless it was cleared (then the commune's centre below).
      new.coordinates_precision := null;
    elsif new.coordinates_precision = 'commune' and new.commune_code is distinct from old.commune_code then
      new.latitude := null;
      new.longitude := null;
    elsif new.coordinates_precision = 'address'
          and (new.address, new.postal_code, new.commune_code)
              is distinct from (old.address, old.postal_code, old.commune_code) then
      new.latitude := null;
      new.longitude := null;
    end if;
    if new.latitude is not null then
      return new;
    end if;
  end if;
  new.coordinates_precision := null;
  if new.commune_code is not null then
    select c.latitude, c.longitude, case when c.latitude is null then null else 'commune' end
      into new.latitude, new.longitude, new.coordinates_precision
      from public.communes c
      where c.code = new.commune_code;
  end if;
  return new;
end
$$;
create trigger places_coordinates before insert or update of latitude, longitude, commune_code, address,
    postal_code, coordinates_precision on public.places
  for each row execute function private.place_coordinates();

-- The geocoding job of a place (issue 17): queued by the console's procedures after a place is created or its
-- address changes, only when the network configures a geocoder (GEOCODER_URL, which the database does not
-- know). One job per place: queued again, it is reset to look up the address as it is then. The caller must
-- be one who may edit the place (a network admin, one of its managers); the job runs as the service role.
create function private.queue_place_geocoding(place_id uuid) returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  if not (coalesce(current_setting('role', true), '') in ('service_role', 'postgres', 'none')
          or private.is_network_admin() or private.is_manager_of(place_id)) then
    raise exception 'not allowed to queue the geocoding of this place' using errcode = '42501';
  end if;
  perform private.enqueue_job('place-geocode', jsonb_build_object('placeId', place_id), now(),
    'place-geocode:' || place_id::text, 5);
end
$$;
revoke all on function private.queue_place_geocoding(uuid) from public;
grant execute on function private.queue_place_geocoding(uuid) to authenticated, service_role;

-- When a commune gets (or changes) its centre, the places standing on its centre, or without coordinates,
-- follow. Their `date_maj` is kept: the producer changed nothing.
create function private.commune_centre_to_places() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  importing text := coalesce(current_setting('rf.place_import', true), '');
  previous_mode text := coalesce(current_setting('rf.place_coordinates', true), '');
begin
  perform set_config('rf.place_import', 'on', true);
  perform set_config('rf.place_coordinates', 'system', true);
  update public.places p
    set latitude = new.latitude, longitude = new.longitude,
        coordinates_precision = case when new.latitude is null then null else 'commune' end
    where p.commune_code = new.code
      and (p.coordinates_precision = 'commune' or (p.latitude is null and new.latitude is not null));
  perform set_config('rf.place_import', importing, true);
  perform set_config('rf.place_coordinates', previous_mode, true);
  return null;
end
$$;
create trigger communes_centre_to_places after update of latitude, longitude on public.communes
  for each row when ((old.latitude, old.longitude) is distinct from (new.latitude, new.longitude))
  execute function private.commune_centre_to_places();
