// The public offer published to data·inclusion (decision 060): public places, and what anyone may book
// there — workshops and trainings with upcoming sessions, appointments, lendable tools. Every query says
// "public" itself (published, not hidden, of a public place) on top of row-level security, and the API runs
// them as `anon`: a signed-in member fetching the file gets the same rows as anybody.
import type {
  DataInclusionActivity,
  DataInclusionAppointments,
  DataInclusionOffer,
  DataInclusionPlace,
  DataInclusionTool,
} from '@rf/domain/open-data/data-inclusion';
import { sql } from 'kysely';
import { currentLabelsOf, isPublicPlace } from '../directory/network-overview.repository.ts';
import type { Tx } from '../rls.ts';

/** The whole network, or one place (its managers' quality signals). */
export interface DataInclusionFilter {
  placeId?: string;
}

/** `and <column> = <place>` when the filter names a place; nothing otherwise. */
const placeFilter = (column: string, filter: DataInclusionFilter) =>
  filter.placeId === undefined ? sql`` : sql`and ${sql.ref(column)} = ${filter.placeId}`;

async function listPlaces(tx: Tx, filter: DataInclusionFilter): Promise<DataInclusionPlace[]> {
  const rows = await tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select([
      'p.id',
      'p.slug',
      'p.name',
      'p.date_maj as dateMaj',
      'p.pivot',
      'p.address',
      'p.address_complement as addressComplement',
      'p.postal_code as postalCode',
      'c.name as commune',
      'p.commune_code as communeCode',
      'p.latitude',
      'p.longitude',
      'p.phone',
      'p.email',
      'p.website',
      'p.opening_hours as openingHours',
      'p.acces_libre_url as accesLibreUrl',
      'p.summary',
      'p.description',
      'p.national_programmes as nationalProgrammes',
      'p.kinds',
      'p.services',
      'p.publics',
      'p.fees',
    ])
    .where(isPublicPlace)
    .$if(filter.placeId !== undefined, (qb) => qb.where('p.id', '=', filter.placeId ?? ''))
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
  const labels = await currentLabelsOf(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    ...row,
    latitude: row.latitude === null ? null : Number(row.latitude),
    longitude: row.longitude === null ? null : Number(row.longitude),
    labelCodes: (labels.get(row.id) ?? []).map((l) => l.code),
  }));
}

/** Published public activities with at least one upcoming scheduled session, and that session. */
async function listActivities(tx: Tx, filter: DataInclusionFilter): Promise<DataInclusionActivity[]> {
  const { rows } = await sql<DataInclusionActivity>`
    select a.id, a.place_id as "placeId", a.kind::text as kind, a.title, a.description, a.themes,
      a.publics, a.fees_kind::text as fees, a.price_cents as "priceCents", a.format::text as format,
      next.id as "nextSessionId",
      greatest(a.updated_at, (select max(s.updated_at) from public.sessions s where s.activity_id = a.id))
        as "updatedAt"
    from public.activities a
    join lateral (
      select s.id from public.sessions s
      where s.activity_id = a.id and s.status = 'scheduled' and s.starts_at > now()
      order by s.starts_at, s.id
      limit 1
    ) next on true
    where a.status = 'published' and a.hidden_at is null and a.place_public ${placeFilter('a.place_id', filter)}
    order by a.id`.execute(tx);
  return rows;
}

/** Per public place, its active appointment availabilities open beyond the team (`agents`). */
async function listAppointments(tx: Tx, filter: DataInclusionFilter): Promise<DataInclusionAppointments[]> {
  const { rows } = await sql<DataInclusionAppointments>`
    select av.place_id as "placeId",
      array(select distinct m::text from public.appointment_availabilities a2, unnest(a2.modalities) m
        where a2.place_id = av.place_id and a2.is_active and a2.who_may_book <> 'agents'
          and (a2.last_day is null or a2.last_day >= current_date)
        order by 1) as modalities,
      array_agg(distinct av.who_may_book::text order by av.who_may_book::text) as "whoMayBook",
      max(av.updated_at) as "updatedAt"
    from public.appointment_availabilities av
    where av.is_active and av.who_may_book <> 'agents' and av.place_public
      and (av.last_day is null or av.last_day >= current_date) ${placeFilter('av.place_id', filter)}
    group by av.place_id
    order by av.place_id`.execute(tx);
  return rows;
}

/** Published lendable tools in working order. */
async function listTools(tx: Tx, filter: DataInclusionFilter): Promise<DataInclusionTool[]> {
  return tx
    .selectFrom('tools as t')
    .select([
      't.id',
      't.place_id as placeId',
      't.name',
      't.description',
      't.deposit_cents as depositCents',
      't.updated_at as updatedAt',
    ])
    .where('t.status', '=', 'published')
    .where('t.hidden_at', 'is', null)
    .where('t.place_public', '=', true)
    .where('t.usage', '=', 'lendable')
    .where('t.out_of_service', '=', false)
    .$if(filter.placeId !== undefined, (qb) => qb.where('t.place_id', '=', filter.placeId ?? ''))
    .orderBy('t.id')
    .execute();
}

/**
 * Everything the data·inclusion export publishes, read in the caller's transaction; with `placeId`, only
 * what it publishes of that place (nothing when the place is not public).
 */
export async function loadDataInclusionOffer(
  tx: Tx,
  filter: DataInclusionFilter = {},
): Promise<DataInclusionOffer> {
  const places = await listPlaces(tx, filter);
  const activities = await listActivities(tx, filter);
  const appointments = await listAppointments(tx, filter);
  const tools = await listTools(tx, filter);
  return { places, activities, appointments, tools };
}
