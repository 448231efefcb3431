// `loan-mail`: tells the places of a loan about each step. A request or a cancellation goes to the lending
// place's managers (they decide, or stop waiting); a decision, the hand-over and the return go to the
// borrowing place's managers and the person who asked. Queued by the database in the step's own
// transaction (migration 20261123002600); skipped when the loan has moved on since, so it never tells
// something no longer true (the next step has its own e-mail).
import { findLoanNotice } from '@rf/db/jobs/loan-notice.repository';
import { withServiceRole } from '@rf/db/service';
import { z } from 'zod';
import type { TaskHandler } from '../worker.ts';
import { jobMessageId, type MailTaskDeps } from './deps.ts';
import { loanMailParams } from './loan-parts.ts';

const payloadSchema = z.object({
  loanId: z.uuid(),
  kind: z.enum(['requested', 'approved', 'declined', 'handed_over', 'returned', 'cancelled']),
});

const toLender = new Set(['requested', 'cancelled']);

export function loanMailTask(deps: MailTaskDeps): TaskHandler {
  return async (payload, job) => {
    const { loanId, kind } = payloadSchema.parse(payload);
    const loan = await withServiceRole(deps.db, 'loan e-mail', (tx) => findLoanNotice(tx, loanId));
    if (!loan) return { skipped: 'the loan is gone' };
    if (loan.status !== kind) return { skipped: `the loan is ${loan.status} now` };
    const recipients = toLender.has(kind) ? loan.lenderManagers : loan.borrowerContacts;
    if (recipients.length === 0) return { skipped: 'nobody to tell' };

    const params = loanMailParams(deps, loan);
    for (const [index, to] of recipients.entries()) {
      await deps.mailer.send({
        to,
        subject: deps.t(`mail.loan.${kind}.subject`, params),
        text: `${deps.t(`mail.loan.${kind}.body`, params)}\n\n${deps.t('mail.signature')}`,
        messageId: jobMessageId(deps, job, index),
      });
    }
    return undefined;
  };
}
