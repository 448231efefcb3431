// `min-attendance-check`: at a session's decision deadline, warns its organisers (the activity's author
// and the place's managers) when fewer people are confirmed than the activity's minimum, with a link each
// can open: the session's attendance page in the admin console for managers, the activity in the member
// space (site) for an author who is only a member. Checked when it runs: a cancelled or moved session, a minimum removed
// or reached, gets no warning.
import { findAttendanceCheck } from '@rf/db/jobs/attendance-check.repository';
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
    if (!check?.scheduled) return { skipped: 'the session is cancelled or gone' };
    if (new Date(check.startsAt).getTime() !== new Date(startsAt).getTime())
      return { skipped: 'the session moved' };
    if (check.minAttendance === null) return { skipped: 'no minimum attendance' };
    if (check.confirmed >= check.minAttendance) return { skipped: 'enough people booked' };
    if (check.organisers.length === 0) return { skipped: 'nobody to warn' };

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
      const body = organiser.manager ? 'mail.min_attendance.body' : 'mail.min_attendance.body_member';
      await deps.mailer.send({
        to: organiser.email,
        subject: deps.t('mail.min_attendance.subject', params),
        text: `${deps.t(body, params)}\n\n${deps.t('mail.signature')}`,
        messageId: jobMessageId(deps, job, index),
      });
    }
    return undefined;
  };
}
