// What slot generation needs, read with the service role (appointments are closed to anon): the
// médiateurs' availabilities and the times they are booked — when, never who.
import type { AppointmentModality, Availability, BusyInterval } from '@rf/domain/appointments/slots';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface BookablePlace {
  id: string;
  slug: string;
  name: string;
  phone: string | null;
  address: string | null;
  postalCode: string | null;
  commune: string | null;
}

/** A published, visible place by its slug. */
export function findBookablePlace(tx: Tx, slug: string): Promise<BookablePlace | undefined> {
  return tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select([
      'p.id',
      'p.slug',
      'p.name',
      'p.phone',
      'p.address',
      'p.postal_code as postalCode',
      'c.name as commune',
    ])
    .where('p.slug', '=', slug)
    .where('p.status', '=', 'published')
    .where('p.hidden_at', 'is', null)
    .executeTakeFirst();
}

function availabilityColumns(tx: Tx) {
  return tx.selectFrom('appointment_availabilities as av').select([
    'av.id',
    'av.place_id as placeId',
    'av.mediateur_id as mediateurId',
    'av.first_day as firstDay',
    'av.last_day as lastDay',
    'av.weekdays',
    'av.start_time as startTime',
    'av.end_time as endTime',
    'av.time_zone as timeZone',
    'av.slot_minutes as slotMinutes',
    // Enum arrays come back as text unless cast: read them as text[].
    sql<AppointmentModality[]>`av.modalities::text[]`.as('modalities'),
    'av.buffer_minutes as bufferMinutes',
    'av.min_notice_minutes as minNoticeMinutes',
    'av.horizon_days as horizonDays',
    'av.who_may_book as whoMayBook',
    'av.is_active as isActive',
  ]);
}

export interface SlotSources {
  /** Every active availability of the médiateurs of this place's bookable availabilities, oldest first. */
  availabilities: Availability[];
  busy: BusyInterval[];
  locationNotes: Record<string, string | null>;
}

/**
 * The sources of a place's public slots between now and `until`: its médiateurs' availabilities at every
 * place (a médiateur is at one place at a time) and their booked appointments in that period — all but
 * `exceptAppointmentId`, the appointment being moved (the slots around it are free for it).
 */
export async function findSlotSources(
  tx: Tx,
  placeId: string,
  until: Date,
  exceptAppointmentId?: string,
): Promise<SlotSources> {
  const here = await tx
    .selectFrom('appointment_availabilities as av')
    .select(['av.mediateur_id as mediateurId'])
    .where('av.place_id', '=', placeId)
    .where('av.is_active', '=', true)
    .where('av.who_may_book', '<>', 'agents')
    .execute();
  const mediateurs = [...new Set(here.map((row) => row.mediateurId))];
  if (mediateurs.length === 0) return { availabilities: [], busy: [], locationNotes: {} };
  const [availabilities, busy, notes] = await Promise.all([
    availabilityColumns(tx)
      .where('av.mediateur_id', 'in', mediateurs)
      .where('av.is_active', '=', true)
      .orderBy('av.created_at')
      .orderBy('av.id')
      .execute(),
    tx
      .selectFrom('appointments as ap')
      .select(['ap.mediateur_id as mediateurId', 'ap.starts_at as startsAt', 'ap.ends_at as endsAt'])
      .where('ap.mediateur_id', 'in', mediateurs)
      .where('ap.status', '=', 'booked')
      .where('ap.ends_at', '>', sql<string>`now() - interval '1 day'`)
      .where('ap.starts_at', '<', until.toISOString())
      .$if(exceptAppointmentId !== undefined, (q) => q.where('ap.id', '<>', exceptAppointmentId as string))
      .execute(),
    tx
      .selectFrom('appointment_availabilities as av')
      .select(['av.id', 'av.location_note as locationNote'])
      .where('av.place_id', '=', placeId)
      .execute(),
  ]);
  return {
    availabilities: availabilities as Availability[],
    busy: busy.filter((b): b is BusyInterval => b.mediateurId !== null),
    locationNotes: Object.fromEntries(notes.map((n) => [n.id, n.locationNote])),
  };
}

/** The sources to check one availability's slot: the same, for the médiateur of that availability. */
export async function findAvailabilityPlace(tx: Tx, availabilityId: string): Promise<string | undefined> {
  const row = await tx
    .selectFrom('appointment_availabilities')
    .select('place_id')
    .where('id', '=', availabilityId)
    .executeTakeFirst();
  return row?.place_id;
}
