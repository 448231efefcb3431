// Demo data for taking attendance: a drop-in help session at Konk Ar Lab later today, with three people
// booked, so its manager (gestionnaire@demo.test) can open the attendance sheet from the console and
// mark them. Idempotent: stable ids, upserted; the session is moved back to "later today" on each load.
import { randomBytes } from 'node:crypto';
import { parisDay } from '@rf/domain/time/paris';
import type { Tx } from '../rls.ts';

/** Ten minutes from now, unless that is already tomorrow in France: then an hour ago (still today). */
function laterToday(now: Date): Date {
  const soon = new Date(now.getTime() + 10 * 60_000);
  return parisDay(soon) === parisDay(now) ? soon : new Date(now.getTime() - 3_600_000);
}

export async function loadDemoAttendance(
  tx: Tx,
  { placeId, creator, demoId }: { placeId: string; creator: string; demoId: (key: string) => string },
): Promise<void> {
  const activityId = demoId('activity:permanence-demarches');
  await tx
    .insertInto('activities')
    .values({
      id: activityId,
      place_id: placeId,
      kind: 'workshop',
      title: 'Permanence : mes démarches en ligne',
      description:
        'Venez avec vos papiers : on vous aide pour vos démarches sur internet (CAF, impôts, ANTS).',
      themes: ['aide_aux_demarches_administratives'],
      level: 'debutant',
      fees_kind: 'gratuit',
      facilitator_name: 'Maël, médiateur numérique',
      status: 'published',
      created_by: creator,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();

  const starts = laterToday(new Date());
  const ends = new Date(starts.getTime() + 2 * 3_600_000);
  const sessionId = demoId('session:permanence-demarches:today');
  await tx
    .insertInto('sessions')
    .values({
      id: sessionId,
      activity_id: activityId,
      place_id: placeId,
      starts_at: starts.toISOString(),
      ends_at: ends.toISOString(),
      capacity: 6,
      booking_closes_at: starts.toISOString(),
      location_note: 'Salle de médiation',
    })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet((eb) => ({
        starts_at: eb.ref('excluded.starts_at'),
        ends_at: eb.ref('excluded.ends_at'),
        booking_closes_at: eb.ref('excluded.booking_closes_at'),
      })),
    )
    .execute();

  const people = [
    { key: 'josiane', first_name: 'Josiane', phone: '+33600000011' },
    { key: 'karim', first_name: 'Karim', email: 'karim@example.org' },
    { key: 'lucie', first_name: 'Lucie', phone: '+33600000012', prescriber: true },
  ];
  for (const person of people) {
    await tx
      .insertInto('bookings')
      .values({
        id: demoId(`booking:permanence:${person.key}`),
        session_id: sessionId,
        place_id: placeId,
        first_name: person.first_name,
        email: person.email ?? null,
        phone: person.phone ?? null,
        consent_at: new Date().toISOString(),
        manage_token_hash: randomBytes(32).toString('hex'),
        prescriber_name: person.prescriber ? 'Conseillère France Services' : null,
        prescriber_organisation: person.prescriber ? 'France Services de Concarneau' : null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}
