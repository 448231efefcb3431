-- Fresh data (issue 17, docs/decisions/063-commune-coordinates-and-freshness.md): managers are reminded when
-- their place's record (`date_maj`, the standard's date of last update, what the export writes) is older
-- than six months, at most once per 30 days per place. This table remembers when each place was last
-- reminded, and about which `date_maj`. The server's (the weekly `freshness-reminder` job, as the service
-- role); nobody else reads it. "Toujours à jour" needs nothing new: any update of the place dates it today
-- (`private.touch_place`), and managers may already update their place.

create table private.place_freshness_reminders (
  place_id uuid primary key references public.places (id) on delete cascade,
  reminded_at timestamptz not null,
  date_maj date not null
);
alter table private.place_freshness_reminders enable row level security;
revoke all on private.place_freshness_reminders from public, anon, authenticated;
grant select, insert, update, delete on private.place_freshness_reminders to service_role;
create policy "the server keeps the freshness reminders" on private.place_freshness_reminders
  for all to service_role using (true) with check (true);

-- The stale places are read by date: the reminder and the network admins' list.
create index places_date_maj_idx on public.places (date_maj) where status <> 'archived' and merged_into_id is null;
