// The appointment engine, for people without an account: each function runs inside a service-role
// transaction (`withServiceRole`), since RLS keeps appointments closed to anon. The SQL functions of
// supabase/migrations/20261123001900_appointment_engine.sql do the work in one statement each.
import type { AppointmentModality } from '@rf/domain/appointments/slots';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface NewAppointment {
  availabilityId: string;
  startsAt: string;
  modality: AppointmentModality;
  firstName: string;
  email: string | null;
  phone: string | null;
  prescriberName: string | null;
  prescriberOrganisation: string | null;
  motive: string | null;
  userId: string | null;
  manageTokenHash: string;
  idempotencyKey: string;
}

export type AppointmentOutcome =
  | { outcome: 'created' | 'replayed'; appointmentId: string }
  | { outcome: 'taken' }
  | { outcome: 'invalid' }
  | { outcome: 'not_bookable' };

/** The médiateur whose agenda an availability opens; undefined when there is no such availability. */
export async function findAvailabilityMediateur(tx: Tx, availabilityId: string): Promise<string | undefined> {
  const row = await tx
    .selectFrom('appointment_availabilities')
    .select('mediateur_id')
    .where('id', '=', availabilityId)
    .executeTakeFirst();
  return row?.mediateur_id;
}

/** Books a slot; says why not when the slot is taken meanwhile, not offered now, or not public. */
export async function bookAppointment(tx: Tx, a: NewAppointment): Promise<AppointmentOutcome> {
  try {
    const { rows } = await sql<{ appointment_id: string | null; outcome: string }>`
      select * from private.book_appointment(
        ${a.availabilityId}::uuid, ${a.startsAt}::timestamptz, ${a.modality}::public.appointment_modality,
        ${a.firstName}, ${a.email}, ${a.phone}, ${a.prescriberName}, ${a.prescriberOrganisation}, ${a.motive},
        ${a.userId}::uuid, ${a.manageTokenHash}, ${a.idempotencyKey}::uuid
      )`.execute(tx);
    const row = rows[0];
    if (row && (row.outcome === 'created' || row.outcome === 'replayed') && row.appointment_id)
      return { outcome: row.outcome, appointmentId: row.appointment_id };
    return { outcome: row?.outcome === 'taken' ? 'taken' : 'invalid' };
  } catch (error) {
    if ((error as { code?: string }).code === 'P0002') return { outcome: 'not_bookable' };
    throw error;
  }
}

export type AppointmentMoveOutcome =
  | { outcome: 'moved' | 'replayed'; appointmentId: string }
  | { outcome: 'taken' | 'invalid' | 'not_found' };

/**
 * Moves the booked appointment of a private link to another slot of its place, in one statement
 * (`private.move_appointment`: the booking's checks under the médiateur's lock; its news and reminder are
 * queued by the database in the same transaction).
 */
export async function moveAppointment(
  tx: Tx,
  move: { manageTokenHash: string; availabilityId: string; startsAt: string },
): Promise<AppointmentMoveOutcome> {
  const { rows } = await sql<{ appointment_id: string | null; outcome: string }>`
    select * from private.move_appointment(
      ${move.manageTokenHash}, ${move.availabilityId}::uuid, ${move.startsAt}::timestamptz
    )`.execute(tx);
  const row = rows[0];
  if (row && (row.outcome === 'moved' || row.outcome === 'replayed') && row.appointment_id)
    return { outcome: row.outcome, appointmentId: row.appointment_id };
  if (row?.outcome === 'taken' || row?.outcome === 'invalid') return { outcome: row.outcome };
  return { outcome: 'not_found' };
}

/** "Je viens", by private link: recorded once on a booked appointment (answering again changes nothing). */
export async function confirmAppointmentComing(tx: Tx, manageTokenHash: string): Promise<void> {
  await tx
    .updateTable('appointments')
    .set({ coming_confirmed_at: sql`now()` })
    .where('manage_token_hash', '=', manageTokenHash)
    .where('status', '=', 'booked')
    .where('coming_confirmed_at', 'is', null)
    .execute();
}

/** Cancels by private link; undefined when there is nothing left to cancel. */
export async function cancelAppointment(tx: Tx, manageTokenHash: string): Promise<string | undefined> {
  const { rows } = await sql<{ appointment_id: string }>`
    select * from private.cancel_appointment(${manageTokenHash})`.execute(tx);
  return rows[0]?.appointment_id;
}

export interface AppointmentView {
  id: string;
  placeId: string;
  availabilityId: string | null;
  status: 'booked' | 'cancelled';
  firstName: string;
  email: string | null;
  phone: string | null;
  prescriberName: string | null;
  modality: AppointmentModality;
  motive: string | null;
  startsAt: string;
  endsAt: string;
  placeName: string;
  placeSlug: string;
  placePhone: string | null;
  address: string | null;
  postalCode: string | null;
  commune: string | null;
  locationNote: string | null;
  mediateurName: string | null;
  /** The availability's minimum notice, which is also the online cancellation cut-off. */
  noticeMinutes: number | null;
  /** Derives the private link again (e-mails sent later by the worker); null for one made by the team. */
  idempotencyKey: string | null;
  /** The language it was booked in: its messages go out in it. */
  locale: 'fr' | 'en';
  /** When the person answered "Je viens" (for this time: a move clears it). */
  comingConfirmedAt: string | null;
  /** The reason the place's team gave when it cancelled (decision 071). */
  cancellationReason: string | null;
}

function appointmentView(tx: Tx) {
  return tx
    .selectFrom('appointments as ap')
    .innerJoin('places as p', 'p.id', 'ap.place_id')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .leftJoin('appointment_availabilities as av', 'av.id', 'ap.availability_id')
    .leftJoin('profiles as m', 'm.id', 'ap.mediateur_id')
    .select([
      'ap.id',
      'ap.place_id as placeId',
      'ap.availability_id as availabilityId',
      'ap.status',
      'ap.first_name as firstName',
      'ap.email',
      'ap.phone',
      'ap.prescriber_name as prescriberName',
      'ap.modality',
      'ap.motive',
      'ap.starts_at as startsAt',
      'ap.ends_at as endsAt',
      'p.name as placeName',
      'p.slug as placeSlug',
      'p.phone as placePhone',
      'p.address',
      'p.postal_code as postalCode',
      'c.name as commune',
      'av.location_note as locationNote',
      'm.display_name as mediateurName',
      'av.min_notice_minutes as noticeMinutes',
      'ap.idempotency_key as idempotencyKey',
      sql<'fr' | 'en'>`ap.locale`.as('locale'),
      'ap.coming_confirmed_at as comingConfirmedAt',
      'ap.cancellation_reason as cancellationReason',
    ]);
}

export function findAppointmentByTokenHash(
  tx: Tx,
  manageTokenHash: string,
): Promise<AppointmentView | undefined> {
  return appointmentView(tx).where('ap.manage_token_hash', '=', manageTokenHash).executeTakeFirst();
}

export function findAppointmentById(tx: Tx, appointmentId: string): Promise<AppointmentView | undefined> {
  return appointmentView(tx).where('ap.id', '=', appointmentId).executeTakeFirst();
}

/** The language the appointment was booked in (set in its own transaction, before any message goes out). */
export async function setAppointmentLocale(
  tx: Tx,
  appointmentId: string,
  locale: 'fr' | 'en',
): Promise<void> {
  await tx.updateTable('appointments').set({ locale }).where('id', '=', appointmentId).execute();
}

export type PlaceCancellationOutcome = 'cancelled' | 'already_cancelled' | 'past' | 'not_found';

/**
 * The place's team cancels an appointment (`private.cancel_appointment_by_place`, decision 071): the team
 * check is in the function, under the row's lock; the person's notice is queued by the news trigger in the
 * same transaction. Cancelling again answers `already_cancelled` and queues nothing.
 */
export async function cancelAppointmentByPlace(
  tx: Tx,
  appointmentId: string,
  reason: string | null,
): Promise<PlaceCancellationOutcome> {
  const { rows } = await sql<{ outcome: PlaceCancellationOutcome }>`
    select outcome from private.cancel_appointment_by_place(${appointmentId}::uuid, ${reason})`.execute(tx);
  return rows[0]?.outcome ?? 'not_found';
}

/** The place of an appointment, as the caller may read it (RLS); undefined when unknown or hidden. */
export async function findAppointmentPlace(tx: Tx, appointmentId: string): Promise<string | undefined> {
  const row = await tx
    .selectFrom('appointments')
    .select('place_id')
    .where('id', '=', appointmentId)
    .executeTakeFirst();
  return row?.place_id;
}
