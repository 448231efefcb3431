-- When a tool is busy (reserved or lent), for its public availability calendar and the catalogue's
-- "available on dates" filter. Reservations and loans are private to the people and places involved (RLS),
-- so this security-definer helper returns only the periods and their kind, never who or why, and only for
-- tools the caller may see.

create function private.tool_busy_periods(tool uuid, during tstzrange)
returns table (starts_at timestamptz, ends_at timestamptz, kind text)
language sql stable security definer set search_path = ''
as $$
  select p.starts_at, p.ends_at, p.kind
  from (
    select lower(r.during) as starts_at, upper(r.during) as ends_at, 'reservation'::text as kind
    from public.tool_reservations r
    where r.tool_id = tool and r.status = 'active' and r.during && during
    union all
    select lower(l.period), upper(l.period), 'loan'::text
    from public.loans l
    where l.tool_id = tool and l.status in ('approved', 'handed_over') and l.period && during
  ) p
  where exists (
    select 1 from public.tools t
    where t.id = tool
      and (
        t.id in (select private.public_tool_ids())
        or t.place_id in (select private.member_place_ids())
        or private.is_network_admin()
      )
  )
  order by p.starts_at
$$;

create function private.tool_is_free(tool uuid, during tstzrange) returns boolean
language sql stable security definer set search_path = ''
as $$
  select not exists (
    select 1 from public.tool_reservations r
    where r.tool_id = tool and r.status = 'active' and r.during && during
  ) and not exists (
    select 1 from public.loans l
    where l.tool_id = tool and l.status in ('approved', 'handed_over') and l.period && during
  )
$$;

revoke execute on function private.tool_busy_periods(uuid, tstzrange), private.tool_is_free(uuid, tstzrange)
  from public;
grant execute on function private.tool_busy_periods(uuid, tstzrange), private.tool_is_free(uuid, tstzrange)
  to anon, authenticated, service_role;
