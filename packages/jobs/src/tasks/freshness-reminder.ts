// `freshness-reminder` (weekly, decision 063): the managers of a place whose record (`date_maj`, the date the
// export writes) is older than six months get an e-mail asking them to check it, with the link to the
// place's page in the console and its one-click "Toujours à jour". At most once per 30 days per place:
// each reminder is recorded (`private.place_freshness_reminders`) right after its e-mails went out, so a
// retried run sends only what was not sent yet, with the same Message-IDs.
import { listPlacesToRemind, recordFreshnessReminder } from '@rf/db/directory/place-freshness.repository';
import { withServiceRole } from '@rf/db/service';
import { freshSince, REMINDER_INTERVAL_DAYS } from '@rf/domain/directory/freshness';
import { PARIS_TIME_ZONE, parisDay } from '@rf/domain/time/paris';
import type { TaskHandler } from '../worker.ts';
import { jobMessageId, type MailTaskDeps } from './deps.ts';

const LONG_DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: PARIS_TIME_ZONE });

/** Places handled by one run; the next run (a week later) takes the rest. */
const PLACES_PER_RUN = 500;

/** One run as of `now` (tests pass another clock instead of waiting six months). */
export async function sendFreshnessReminders(
  deps: MailTaskDeps,
  now: Date = new Date(),
  messageId: (placeIndex: number, part: number) => string | undefined = () => undefined,
): Promise<{ places: number; emails: number }> {
  const places = await withServiceRole(deps.db, 'freshness reminder: list', (tx) =>
    listPlacesToRemind(tx, {
      freshSince: freshSince(parisDay(now)),
      remindedBefore: new Date(now.getTime() - REMINDER_INTERVAL_DAYS * 86_400_000),
      limit: PLACES_PER_RUN,
    }),
  );
  let emails = 0;
  for (const [index, place] of places.entries()) {
    const params = {
      place: place.name,
      date: LONG_DATE.format(new Date(`${place.dateMaj}T12:00:00Z`)),
      link: new URL(`/lieux/${place.placeId}/fiche#fraicheur`, deps.adminUrl).toString(),
    };
    for (const [part, to] of place.managers.entries()) {
      await deps.mailer.send({
        to,
        subject: deps.t('mail.freshness.subject', params),
        text: `${deps.t('mail.freshness.body', params)}\n\n${deps.t('mail.signature')}`,
        messageId: messageId(index, part),
      });
      emails += 1;
    }
    await withServiceRole(deps.db, 'freshness reminder: record', (tx) =>
      recordFreshnessReminder(tx, { placeId: place.placeId, dateMaj: place.dateMaj, at: now }),
    );
  }
  return { places: places.length, emails };
}

export function freshnessReminderTask(deps: MailTaskDeps): TaskHandler {
  return async (_payload, job) => {
    const counts = await sendFreshnessReminders(deps, new Date(), (index, part) =>
      jobMessageId(deps, job, index * 1000 + part),
    );
    return { counts };
  };
}
