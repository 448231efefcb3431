-- The tool catalogue's filters as public figures (issue 15, decision 048): the categories of the public
-- tools and the places that share one are the same for every viewer, and change only when a tool or a
-- place does, so each instance keeps them under `private.public_figures_fingerprint()` instead of reading
-- every public tool on each request of /outils. A group of their own in `private.public_figures_versions`,
-- bumped by statement-level triggers in the writing transaction (a reader sees the new version with the new
-- data). The fingerprint takes every group but 'publication' (migration 20261206205118): it is left as it is,
-- and includes this one.

insert into private.public_figures_versions (figures) values ('tools');

-- Tools: what the two lists read (whether a tool is public, its category, its place). `place_public` is only
-- written by the triggers of decision 054 (migration 20261206150744): a place published, unpublished, hidden
-- or shown again updates its tools' `place_public`, and that statement bumps the version here. A place
-- deleted deletes its tools (on delete cascade), which bumps it too. Other columns (description, deposit,
-- photo, out of service…) do not wait on this row.
create trigger tools_public_figures_version
  after insert or delete or update of status, hidden_at, place_public, category, place_id on public.tools
  for each statement execute function private.bump_public_figures_version('tools');
create trigger tools_truncate_public_figures_version
  after truncate on public.tools
  for each statement execute function private.bump_public_figures_version('tools');

-- Places: the list shows their names, ordered by name, under their ids. Their publication reaches the lists
-- through `place_public` (above). The 'places' group already moves with any update of a place (migration
-- 20261207000951), but it was narrower before (20261206122711) and may be again: the tools' lists say what
-- they read themselves.
create trigger places_tools_public_figures_version
  after update of id, name on public.places
  for each statement execute function private.bump_public_figures_version('tools');
