-- Seats taken in a session anyone may book: a number, never who booked. Bookings stay readable only by
-- their owner, the place's team and network admins (RLS of the booking migration); the public pages still
-- need to say how many seats are left. Null for a session that is not public (draft, hidden, cancelled).

create function private.public_session_seats_taken(session uuid) returns integer
language sql stable security definer set search_path = ''
as $$
  select case
    when exists (
      select 1
      from public.sessions s
      join public.activities a on a.id = s.activity_id
      join public.places p on p.id = a.place_id
      where s.id = session
        and s.status = 'scheduled'
        and a.status = 'published' and a.hidden_at is null
        and p.status = 'published' and p.hidden_at is null
    )
    then (
      select count(*)::integer from public.bookings b where b.session_id = session and b.status = 'confirmed'
    )
  end
$$;
grant execute on function private.public_session_seats_taken(uuid) to anon, authenticated, service_role;
