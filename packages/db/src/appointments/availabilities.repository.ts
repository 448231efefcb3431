// Managers' side of appointments, under RLS (the request's session): availabilities of their places'
// médiateurs, and the appointments booked with them. RLS lets only a place's managers write
// availabilities and only its team read its appointments.
import type { AppointmentModality, WhoMayBook } from '@rf/domain/appointments/slots';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface AvailabilityFields {
  mediateurId: string;
  firstDay: string;
  lastDay: string | null;
  weekdays: number[];
  startTime: string;
  endTime: string;
  slotMinutes: number;
  modalities: AppointmentModality[];
  bufferMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  whoMayBook: WhoMayBook;
  locationNote: string | null;
}

export interface AvailabilityRow extends AvailabilityFields {
  id: string;
  placeId: string;
  placeName: string;
  mediateurName: string | null;
  isActive: boolean;
}

export interface TeamMember {
  placeId: string;
  userId: string;
  name: string;
}

/** The team of these places (who may hold appointments), by name. */
export function listPlaceTeams(tx: Tx, placeIds: string[]): Promise<TeamMember[]> {
  if (placeIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('place_memberships as pm')
    .innerJoin('profiles as pr', 'pr.id', 'pm.user_id')
    .select(['pm.place_id as placeId', 'pm.user_id as userId', 'pr.display_name as name'])
    .where('pm.place_id', 'in', placeIds)
    .orderBy('pr.display_name')
    .execute();
}

export function listAvailabilities(tx: Tx, placeIds: string[]): Promise<AvailabilityRow[]> {
  if (placeIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('appointment_availabilities as av')
    .innerJoin('places as p', 'p.id', 'av.place_id')
    .leftJoin('profiles as m', 'm.id', 'av.mediateur_id')
    .select([
      'av.id',
      'av.place_id as placeId',
      'p.name as placeName',
      'av.mediateur_id as mediateurId',
      'm.display_name as mediateurName',
      'av.first_day as firstDay',
      'av.last_day as lastDay',
      'av.weekdays',
      'av.start_time as startTime',
      'av.end_time as endTime',
      'av.slot_minutes as slotMinutes',
      // Enum arrays come back as text unless cast: read them as text[].
      sql<AppointmentModality[]>`av.modalities::text[]`.as('modalities'),
      'av.buffer_minutes as bufferMinutes',
      'av.min_notice_minutes as minNoticeMinutes',
      'av.horizon_days as horizonDays',
      'av.who_may_book as whoMayBook',
      'av.location_note as locationNote',
      'av.is_active as isActive',
    ])
    .where('av.place_id', 'in', placeIds)
    .orderBy('av.is_active', 'desc')
    .orderBy('p.name')
    .orderBy('av.created_at')
    .execute() as Promise<AvailabilityRow[]>;
}

const columns = (f: Omit<AvailabilityFields, 'mediateurId'>) => ({
  first_day: f.firstDay,
  last_day: f.lastDay,
  weekdays: f.weekdays,
  start_time: f.startTime,
  end_time: f.endTime,
  slot_minutes: f.slotMinutes,
  modalities: f.modalities,
  buffer_minutes: f.bufferMinutes,
  min_notice_minutes: f.minNoticeMinutes,
  horizon_days: f.horizonDays,
  who_may_book: f.whoMayBook,
  location_note: f.locationNote,
});

export async function insertAvailability(
  tx: Tx,
  placeId: string,
  fields: AvailabilityFields,
): Promise<string> {
  const row = await tx
    .insertInto('appointment_availabilities')
    .values({ place_id: placeId, mediateur_id: fields.mediateurId, ...columns(fields) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Updates what RLS lets the caller update; false when the availability is not theirs to change. */
export async function updateAvailability(
  tx: Tx,
  id: string,
  fields: Omit<AvailabilityFields, 'mediateurId'>,
): Promise<boolean> {
  const result = await tx
    .updateTable('appointment_availabilities')
    .set(columns(fields))
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function setAvailabilityActive(tx: Tx, id: string, active: boolean): Promise<boolean> {
  const result = await tx
    .updateTable('appointment_availabilities')
    .set({ is_active: active })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface PlaceAppointmentRow {
  id: string;
  placeName: string;
  mediateurName: string | null;
  startsAt: string;
  endsAt: string;
  modality: AppointmentModality;
  status: 'booked' | 'cancelled';
  firstName: string;
  email: string | null;
  phone: string | null;
  prescriberName: string | null;
  motive: string | null;
  /** When the person answered "Je viens" from their private link. */
  comingConfirmedAt: string | null;
  /** Cancelled by the place's team (decision 071), with the reason it gave the person. */
  cancelledByPlace: boolean;
  cancellationReason: string | null;
}

/** Appointments of these places starting in [from, to), booked first then cancelled, by time. */
export function listPlaceAppointments(
  tx: Tx,
  placeIds: string[],
  from: string,
  to: string,
): Promise<PlaceAppointmentRow[]> {
  if (placeIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('appointments as ap')
    .innerJoin('places as p', 'p.id', 'ap.place_id')
    .leftJoin('profiles as m', 'm.id', 'ap.mediateur_id')
    .select([
      'ap.id',
      'p.name as placeName',
      'm.display_name as mediateurName',
      'ap.starts_at as startsAt',
      'ap.ends_at as endsAt',
      'ap.modality',
      'ap.status',
      'ap.first_name as firstName',
      'ap.email',
      'ap.phone',
      'ap.prescriber_name as prescriberName',
      'ap.motive',
      'ap.coming_confirmed_at as comingConfirmedAt',
      'ap.cancelled_by_place as cancelledByPlace',
      'ap.cancellation_reason as cancellationReason',
    ])
    .where('ap.place_id', 'in', placeIds)
    .where('ap.starts_at', '>=', from)
    .where('ap.starts_at', '<', to)
    .orderBy('ap.starts_at')
    .execute();
}
