// Demo data for publishing: a weekly workshop at Konk Ar Lab, planned with the same recurrence the forms
// use (Tuesdays 14:00–16:00 Paris time, six sessions) by its member (membre@demo.test), with a minimum of
// three people — the first session, a few days ahead with nobody booked yet, shows the organiser's warning.
// Idempotent: stable ids, upserted; the sessions move with the calendar on each load.
import { recurrenceOccurrences } from '@rf/domain/catalogue/recurrence';
import { sessionRow } from '@rf/domain/catalogue/sessions';
import { addDays, isoWeekday } from '@rf/domain/time/local-time';
import { parisDay } from '@rf/domain/time/paris';
import type { Tx } from '../rls.ts';

/** The first Tuesday at least two days from today, on the Paris calendar (not the UTC one: late on a Monday
 * evening in UTC it is already Tuesday in Paris). */
function nextTuesday(now: Date): string {
  for (let day = addDays(parisDay(now), 2); ; day = addDays(day, 1)) if (isoWeekday(day) === 2) return day;
}

export async function loadDemoPublishing(
  tx: Tx,
  { placeId, creator, demoId }: { placeId: string; creator: string; demoId: (key: string) => string },
): Promise<void> {
  const activityId = demoId('activity:cafe-numerique');
  await tx
    .insertInto('activities')
    .values({
      id: activityId,
      place_id: placeId,
      kind: 'workshop',
      title: 'Café numérique du mardi',
      description:
        'Un café, vos questions sur le téléphone, l’ordinateur ou internet : on cherche ensemble, sans jugement.',
      themes: ['prendre_en_main_du_materiel', 'navigation_sur_internet'],
      level: 'debutant',
      audience: 'Tout public, débutants bienvenus',
      fees_kind: 'gratuit',
      facilitator_name: 'Morgane, membre de Konk Ar Lab',
      accessibility_notes: 'Salle de plain-pied',
      min_attendance: 3,
      min_attendance_notice_minutes: 48 * 60,
      recurrence_rule: null,
      status: 'published',
      created_by: creator,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();

  const occurrences = recurrenceOccurrences({
    firstDate: nextTuesday(new Date()),
    startTime: '14:00',
    endTime: '16:00',
    frequency: 'weekly',
    interval: 1,
    weekdays: [2],
    end: { kind: 'count', count: 6 },
  });
  const rules = {
    capacity: 10,
    bookingOpensDaysBefore: 21,
    cancellationCutoffHours: 24,
    locationNote: 'Le café',
  };
  // Latest first: moving a week later never lands on a start another session still holds (unique starts).
  for (const [index, occurrence] of [...occurrences.entries()].reverse()) {
    const row = sessionRow(occurrence, rules);
    await tx
      .insertInto('sessions')
      .values({
        id: demoId(`session:cafe-numerique:${index}`),
        activity_id: activityId,
        place_id: placeId,
        starts_at: row.startsAt,
        ends_at: row.endsAt,
        capacity: row.capacity,
        booking_opens_at: row.bookingOpensAt,
        booking_closes_at: row.bookingClosesAt,
        cancellation_cutoff_minutes: row.cancellationCutoffMinutes,
        location_note: row.locationNote,
      })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          starts_at: eb.ref('excluded.starts_at'),
          ends_at: eb.ref('excluded.ends_at'),
          booking_opens_at: eb.ref('excluded.booking_opens_at'),
          booking_closes_at: eb.ref('excluded.booking_closes_at'),
        })),
      )
      .execute();
  }
}
