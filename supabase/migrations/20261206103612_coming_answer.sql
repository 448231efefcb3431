-- "Je viens" (issue 14, decision 040): a resident answers the reminder from their private link, and the
-- organisers see it on the attendance list. Written by the server (service role) from the private link;
-- clients hold no grant on it. Erasing a person's data keeps it (it names no one).
alter table public.bookings add column coming_confirmed_at timestamptz;
-- The place's team reads it on the attendance list (bookings are read column by column: rls_hardening).
grant select (coming_confirmed_at) on public.bookings to authenticated;
