// `loan-overdue`: a tool not returned after the loan's last day. The borrowing place (its managers and the
// person who asked) is reminded to bring it back, the lending place's managers are told it is late; then
// the next reminder is queued 3 days later under the same job key, until the return. Checked when it runs:
// a loan returned meanwhile gets nothing (and no next reminder); a period extended has its own job
// (migration 20261123002600).
import { findLoanNotice } from '@rf/db/jobs/loan-notice.repository';
import { withServiceRole } from '@rf/db/service';
import { z } from 'zod';
import { enqueueJob } from '../queue.ts';
import type { TaskHandler } from '../worker.ts';
import { jobMessageId, type MailTaskDeps } from './deps.ts';
import { loanMailParams } from './loan-parts.ts';

const payloadSchema = z.object({
  loanId: z.uuid(),
  dueAt: z.iso.datetime(),
  reminder: z.number().int().positive(),
});

export const LOAN_REMINDER_INTERVAL_MS = 3 * 24 * 3_600_000;

export function loanOverdueTask(deps: MailTaskDeps): TaskHandler {
  return async (payload, job) => {
    const { loanId, dueAt, reminder } = payloadSchema.parse(payload);
    const loan = await withServiceRole(deps.db, 'loan overdue', (tx) => findLoanNotice(tx, loanId));
    if (!loan) return { skipped: 'the loan is gone' };
    if (loan.status !== 'handed_over') return { skipped: `the loan is ${loan.status}` };
    const due = new Date(loan.endsAt).getTime();
    if (due !== new Date(dueAt).getTime()) return { skipped: 'the loan period changed' };
    if (due > Date.now()) return { skipped: 'not due yet' };

    const params = loanMailParams(deps, loan);
    const mails = [
      ...loan.borrowerContacts.map((to) => ({ to, side: 'borrower' as const })),
      ...loan.lenderManagers.map((to) => ({ to, side: 'lender' as const })),
    ];
    for (const [index, { to, side }] of mails.entries()) {
      await deps.mailer.send({
        to,
        subject: deps.t('mail.loan.overdue.subject', params),
        text: `${deps.t(`mail.loan.overdue.body_${side}`, params)}\n\n${deps.t('mail.signature')}`,
        messageId: jobMessageId(deps, job, index),
      });
    }
    // Sent: the next one, under the same key (a new payload: the queue runs it again instead of closing it).
    await withServiceRole(deps.db, 'loan overdue: next reminder', (tx) =>
      enqueueJob(tx, {
        task: 'loan-overdue',
        payload: { loanId, dueAt, reminder: reminder + 1 },
        runAt: new Date(Date.now() + LOAN_REMINDER_INTERVAL_MS),
        jobKey: `loan-overdue:${loanId}`,
      }),
    );
    return undefined;
  };
}
