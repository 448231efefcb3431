// `min-attendance-check`: at a session's decision deadline, when fewer people are confirmed than the
// activity's minimum, does what its organisers chose (decision 039): by default cancels the session —
// through `private.cancel_session`, so every person booked gets the cancellation e-mail with a plain reason —
// and tells its organisers it did; with "warn me only", warns them instead. Organisers are the activity's
// author and the place's managers, each with a link they can open: the session's attendance page in the
// admin console for managers, the activity in the member space (site) for an author who is only a member.
// Checked when it runs: a cancelled or moved session, a minimum removed or reached, gets nothing.
import { cancelSessionBelowMinimum, findAttendanceCheck } from '@rf/db/jobs/attendance-check.repository';
import { withServiceRole } from '@rf/db/service';
import { z } from 'zod';
import { mailDate } from '../booking-link.ts';
import type { TaskHandler } from '../worker.ts';
import { jobMessageId, type MailTaskDeps } from './deps.ts';

const payloadSchema = z.object({ sessionId: z.uuid(), startsAt: z.iso.datetime() });

export function minAttendanceCheckTask(deps: MailTaskDeps): TaskHandler {
  return async (payload, job) => {
    const { sessionId, startsAt } = payloadSchema.parse(payload);
    const check = await withServiceRole(deps.db, 'minimum attendance check', (tx) =>
      findAttendanceCheck(tx, sessionId),
    );
    if (!check) return { skipped: 'the session is gone' };
    if (new Date(check.startsAt).getTime() !== new Date(startsAt).getTime())
      return { skipped: 'the session moved' };
    if (check.minAttendance === null) return { skipped: 'no minimum attendance' };
    const reason = deps.t('mail.min_attendance.cancel_reason', { minimum: check.minAttendance });

    let cancelled: boolean;
    if (check.scheduled) {
      if (check.confirmed >= check.minAttendance) return { skipped: 'enough people booked' };
      cancelled =
        check.minAttendanceAction === 'cancel' &&
        (await withServiceRole(deps.db, 'minimum attendance cancellation', (tx) =>
          cancelSessionBelowMinimum(tx, sessionId, startsAt, reason),
        ));
      // Not cancelled while it should have been: someone booked meanwhile, or the choice changed.
      if (check.minAttendanceAction === 'cancel' && !cancelled)
        return { skipped: 'the minimum no longer calls for a cancellation' };
    } else if (check.cancellationReason === reason) {
      // Cancelled by an earlier attempt of this check, which failed before telling every organiser.
      cancelled = true;
    } else {
      return { skipped: 'the session is cancelled' };
    }
    if (check.organisers.length === 0) return cancelled ? undefined : { skipped: 'nobody to warn' };

    const shared = {
      title: check.title,
      date: mailDate(check.startsAt),
      place: check.placeName,
      confirmed: check.confirmed,
      minimum: check.minAttendance,
    };
    const managerLink = new URL(`/seances/${sessionId}/presences`, deps.adminUrl).toString();
    const memberLink = new URL(`/espace/ateliers/${check.activityId}`, deps.siteUrl).toString();
    for (const [index, organiser] of check.organisers.entries()) {
      const params = { ...shared, link: organiser.manager ? managerLink : memberLink };
      const subject = cancelled ? 'mail.min_attendance.cancelled_subject' : 'mail.min_attendance.subject';
      const body = cancelled
        ? 'mail.min_attendance.cancelled_body'
        : organiser.manager
          ? 'mail.min_attendance.body'
          : 'mail.min_attendance.body_member';
      await deps.mailer.send({
        to: organiser.email,
        subject: deps.t(subject, params),
        text: `${deps.t(body, params)}\n\n${deps.t('mail.signature')}`,
        messageId: jobMessageId(deps, job, index),
      });
    }
    return undefined;
  };
}
