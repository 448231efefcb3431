-- The public places within a radius, by the GiST index on their position, whoever asks (issue 15, decision
-- 069). Under row-level security Postgres evaluates the policies' conditions before any operator that is
-- not leakproof, and cube's `@>` is not: as `anon`, "within 50 km" read all 20,000 places of the national
-- map and computed each one's position (200 to 360 ms), where the owner's plan reads the index (1 ms). As
-- `private.public_activity_matches` does for the words, the search runs as its owner and returns only
-- public places, which everyone may see.
create function private.public_places_within(at_latitude float8, at_longitude float8, radius_m float8)
returns setof uuid
-- A radius holds tens of places, not the planner's default thousand: their activities are then read by index.
language sql stable security definer set search_path = '' rows 50
as $$
  select n.id from public.places n
  where n.status = 'published' and n.hidden_at is null and n.latitude is not null
    and extensions.earth_box(extensions.ll_to_earth(at_latitude, at_longitude), radius_m)
      operator(extensions.@>) extensions.ll_to_earth(n.latitude, n.longitude)
    and extensions.earth_distance(extensions.ll_to_earth(at_latitude, at_longitude),
      extensions.ll_to_earth(n.latitude, n.longitude)) <= radius_m
$$;

revoke execute on function private.public_places_within(float8, float8, float8) from public;
grant execute on function private.public_places_within(float8, float8, float8) to anon, authenticated, service_role;
