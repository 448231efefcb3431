/**
 * The workflow of a loan between two places, as the people involved see it:
 *   requested → approved | declined | cancelled
 *   approved  → handed_over | cancelled
 *   handed_over → returned
 * The lending place's managers (and network admins) decide, hand over and take back; the borrowing place's
 * team may only cancel before the hand-over. Handing over records the condition of the tool going out,
 * the return the condition coming back. The database trigger `private.check_loan_transition` enforces the
 * same table and has the last word; this module lets the API refuse early with a sentence people understand
 * and lets the pages offer only the actions that can succeed.
 */

export const loanStatuses = [
  'requested',
  'approved',
  'declined',
  'handed_over',
  'returned',
  'cancelled',
] as const;
export type LoanStatus = (typeof loanStatuses)[number];

export const loanActions = ['approve', 'decline', 'hand_over', 'record_return', 'cancel'] as const;
export type LoanAction = (typeof loanActions)[number];

/** Which side of the loan the person acts for. Network admins act as the lender. */
export type LoanSide = 'lender' | 'borrower';

export const loanActionTarget: Record<LoanAction, LoanStatus> = {
  approve: 'approved',
  decline: 'declined',
  hand_over: 'handed_over',
  record_return: 'returned',
  cancel: 'cancelled',
};

/** The only moves of the workflow (the same table as the database trigger). */
export const loanTransitions: Record<LoanStatus, readonly LoanStatus[]> = {
  requested: ['approved', 'declined', 'cancelled'],
  approved: ['handed_over', 'cancelled'],
  declined: [],
  handed_over: ['returned'],
  returned: [],
  cancelled: [],
};

/** Statuses after which nothing happens any more. */
export function isLoanClosed(status: LoanStatus): boolean {
  return loanTransitions[status].length === 0;
}

/** Why an action is refused: keys of the i18n catalogue (packages/i18n/src/*\/sharing.ts). */
export const loanRefusals = [
  'sharing.loan_refused.closed',
  'sharing.loan_refused.already_decided',
  'sharing.loan_refused.not_approved',
  'sharing.loan_refused.not_handed_over',
  'sharing.loan_refused.already_handed_over',
  'sharing.loan_refused.lender_only',
  'sharing.loan_refused.condition_required',
] as const;
export type LoanRefusal = (typeof loanRefusals)[number];

export type LoanDecision = { ok: true; to: LoanStatus } | { ok: false; reason: LoanRefusal };

export interface LoanStep {
  action: LoanAction;
  /** Condition of the tool, required when it goes out (hand-over) and when it comes back (return). */
  condition?: string | null | undefined;
}

function refusalFor(from: LoanStatus, action: LoanAction): LoanRefusal {
  if (isLoanClosed(from)) return 'sharing.loan_refused.closed';
  if (action === 'approve' || action === 'decline') return 'sharing.loan_refused.already_decided';
  if (action === 'hand_over')
    return from === 'requested' ? 'sharing.loan_refused.not_approved' : 'sharing.loan_refused.closed';
  if (action === 'record_return') return 'sharing.loan_refused.not_handed_over';
  return 'sharing.loan_refused.already_handed_over';
}

/** Whether `side` may take `step` on a loan in status `from`, and the status it leads to. */
export function decideLoanStep(from: LoanStatus, step: LoanStep, side: LoanSide): LoanDecision {
  const to = loanActionTarget[step.action];
  if (!loanTransitions[from].includes(to)) return { ok: false, reason: refusalFor(from, step.action) };
  if (side === 'borrower' && step.action !== 'cancel')
    return { ok: false, reason: 'sharing.loan_refused.lender_only' };
  if ((step.action === 'hand_over' || step.action === 'record_return') && !step.condition?.trim())
    return { ok: false, reason: 'sharing.loan_refused.condition_required' };
  return { ok: true, to };
}

/** The actions a page offers to `side` on a loan in status `from` (those that can succeed). */
export function availableLoanActions(from: LoanStatus, side: LoanSide): LoanAction[] {
  return loanActions.filter(
    (action) =>
      loanTransitions[from].includes(loanActionTarget[action]) && (side === 'lender' || action === 'cancel'),
  );
}
