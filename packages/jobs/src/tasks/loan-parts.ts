// What every loan e-mail says the same way: the tool, both places, the days of the loan (whole days, Paris
// time: decision 019) and the link to the admin console's loans page, where each step is taken.
import type { LoanNotice } from '@rf/db/jobs/loan-notice.repository';
import { PARIS_TIME_ZONE } from '@rf/domain/time/paris';
import type { MailTaskDeps } from './deps.ts';

const frenchDay = new Intl.DateTimeFormat('fr-FR', { timeZone: PARIS_TIME_ZONE, dateStyle: 'full' });

/** The period ends at midnight after its last day: the last day is the instant just before. */
export function loanDays(loan: Pick<LoanNotice, 'startsAt' | 'endsAt'>): { from: string; to: string } {
  return {
    from: frenchDay.format(new Date(loan.startsAt)),
    to: frenchDay.format(new Date(new Date(loan.endsAt).getTime() - 1)),
  };
}

export function loanMailParams(deps: MailTaskDeps, loan: LoanNotice): Record<string, string> {
  return {
    tool: loan.toolName,
    lender: loan.lenderName,
    borrower: loan.borrowerName,
    ...loanDays(loan),
    note: loan.note ? deps.t('mail.loan.note', { note: loan.note }) : '',
    link: new URL('/prets', deps.adminUrl).toString(),
  };
}
