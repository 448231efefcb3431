// Demo data for appointments: the Konk Ar Lab manager (gestionnaire@demo.test) is also a médiateur, with
// weekday afternoons open to appointments on site, by phone or by video, and one appointment already
// booked, so the public slot picker and the console's day view both have something to show.
// Idempotent: stable ids, upserted; the booked appointment is moved to the next weekday on each load.
import { randomBytes } from 'node:crypto';
import { addDays, fromLocal, isoWeekday } from '@rf/domain/time/local-time';
import { PARIS_TIME_ZONE, parisDay } from '@rf/domain/time/paris';
import type { Tx } from '../rls.ts';

/** 14:00 in Paris on the first weekday at least two days from now. */
function nextWeekdayAfternoon(now: Date): { startsAt: string; endsAt: string } {
  let day = addDays(parisDay(now), 2);
  while (isoWeekday(day) > 5) day = addDays(day, 1);
  const start = fromLocal(day, 14 * 60, PARIS_TIME_ZONE);
  return { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 45 * 60_000).toISOString() };
}

export async function loadDemoAppointments(
  tx: Tx,
  { placeId, mediateur, demoId }: { placeId: string; mediateur: string; demoId: (key: string) => string },
): Promise<void> {
  const availabilityId = demoId('availability:konk-ar-lab:gwenn');
  await tx
    .insertInto('appointment_availabilities')
    .values({
      id: availabilityId,
      place_id: placeId,
      mediateur_id: mediateur,
      first_day: '2026-01-05',
      weekdays: [1, 2, 3, 4, 5],
      start_time: '14:00',
      end_time: '17:00',
      slot_minutes: 45,
      buffer_minutes: 15,
      min_notice_minutes: 120,
      horizon_days: 30,
      modalities: ['sur_place', 'telephone', 'visio'],
      who_may_book: 'everyone',
      location_note: 'Bureau de l’accueil, au rez-de-chaussée',
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();

  const { startsAt, endsAt } = nextWeekdayAfternoon(new Date());
  await tx
    .insertInto('appointments')
    .values({
      id: demoId('appointment:konk-ar-lab:annick'),
      availability_id: availabilityId,
      place_id: placeId,
      mediateur_id: mediateur,
      starts_at: startsAt,
      ends_at: endsAt,
      modality: 'telephone',
      motive: 'Déclarer mes revenus en ligne',
      first_name: 'Annick',
      phone: '+33600000001',
      consent_at: new Date().toISOString(),
      manage_token_hash: randomBytes(32).toString('hex'),
    })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({ starts_at: startsAt, ends_at: endsAt, status: 'booked' }),
    )
    .execute();
}
