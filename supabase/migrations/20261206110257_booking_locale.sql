-- The language a person booked in (issue 14, decision 040): their e-mails and SMS go out in it. Set by the
-- server in the booking's own transaction (from the site's language switch), French by default.
alter table public.bookings add column locale text not null default 'fr' check (locale in ('fr', 'en'));
alter table public.appointments add column locale text not null default 'fr' check (locale in ('fr', 'en'));
