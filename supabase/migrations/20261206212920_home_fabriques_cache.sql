-- The home page's fabriques (their names, slugs, communes and labels) join the public figures cached by
-- fingerprint (decision 048, issue 15): the places' version now also moves when a place is renamed or its
-- address slug changes, so no instance shows a fabrique under its former name once the change is committed.
drop trigger places_public_figures_version on public.places;
create trigger places_public_figures_version
  after insert or delete or update of status, hidden_at, kinds, commune_code, id, name, slug on public.places
  for each statement execute function private.bump_public_figures_version('places');
