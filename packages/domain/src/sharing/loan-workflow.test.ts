import { describe, expect, it } from 'vitest';
import {
  availableLoanActions,
  decideLoanStep,
  type LoanAction,
  type LoanStatus,
  loanActions,
  loanActionTarget,
  loanRefusals,
  loanStatuses,
} from './loan-workflow.ts';

// The transition table of `private.check_loan_transition` (supabase/migrations/20261123000500_sharing.sql),
// written out again on purpose: if either side changes, this test says so.
const databaseAllows: Record<LoanStatus, LoanStatus[]> = {
  requested: ['approved', 'declined', 'cancelled'],
  approved: ['handed_over', 'cancelled'],
  declined: [],
  handed_over: ['returned'],
  returned: [],
  cancelled: [],
};

const withCondition = (action: LoanAction) => ({ action, condition: 'Bon état, buse propre' });

describe('loan workflow', () => {
  for (const from of loanStatuses) {
    for (const action of loanActions) {
      const to = loanActionTarget[action];
      const legal = databaseAllows[from].includes(to);
      it(`${legal ? 'lets the lender' : 'refuses to'} ${action} a ${from} loan`, () => {
        const decision = decideLoanStep(from, withCondition(action), 'lender');
        if (legal) expect(decision).toEqual({ ok: true, to });
        else {
          expect(decision.ok).toBe(false);
          if (!decision.ok) expect(loanRefusals).toContain(decision.reason);
        }
      });
    }
  }

  it('says why in words that fit the case', () => {
    const reason = (from: LoanStatus, action: LoanAction) => {
      const decision = decideLoanStep(from, withCondition(action), 'lender');
      return decision.ok ? null : decision.reason;
    };
    expect(reason('returned', 'approve')).toBe('sharing.loan_refused.closed');
    expect(reason('declined', 'hand_over')).toBe('sharing.loan_refused.closed');
    expect(reason('cancelled', 'cancel')).toBe('sharing.loan_refused.closed');
    expect(reason('approved', 'approve')).toBe('sharing.loan_refused.already_decided');
    expect(reason('handed_over', 'decline')).toBe('sharing.loan_refused.already_decided');
    expect(reason('requested', 'hand_over')).toBe('sharing.loan_refused.not_approved');
    expect(reason('approved', 'record_return')).toBe('sharing.loan_refused.not_handed_over');
    expect(reason('handed_over', 'cancel')).toBe('sharing.loan_refused.already_handed_over');
  });

  it('lets the borrowing place only cancel, and only before the hand-over', () => {
    expect(decideLoanStep('requested', { action: 'cancel' }, 'borrower')).toEqual({
      ok: true,
      to: 'cancelled',
    });
    expect(decideLoanStep('approved', { action: 'cancel' }, 'borrower')).toEqual({
      ok: true,
      to: 'cancelled',
    });
    for (const action of ['approve', 'decline'] as const)
      expect(decideLoanStep('requested', { action }, 'borrower')).toEqual({
        ok: false,
        reason: 'sharing.loan_refused.lender_only',
      });
    expect(decideLoanStep('approved', withCondition('hand_over'), 'borrower')).toEqual({
      ok: false,
      reason: 'sharing.loan_refused.lender_only',
    });
    expect(decideLoanStep('handed_over', { action: 'cancel' }, 'borrower').ok).toBe(false);
  });

  it('needs the condition of the tool when it goes out and when it comes back', () => {
    for (const condition of [undefined, null, '', '   '])
      expect(decideLoanStep('approved', { action: 'hand_over', condition }, 'lender')).toEqual({
        ok: false,
        reason: 'sharing.loan_refused.condition_required',
      });
    expect(decideLoanStep('handed_over', { action: 'record_return' }, 'lender')).toEqual({
      ok: false,
      reason: 'sharing.loan_refused.condition_required',
    });
    expect(decideLoanStep('requested', { action: 'approve' }, 'lender').ok).toBe(true);
  });

  it('offers only the actions that can succeed', () => {
    expect(availableLoanActions('requested', 'lender')).toEqual(['approve', 'decline', 'cancel']);
    expect(availableLoanActions('approved', 'lender')).toEqual(['hand_over', 'cancel']);
    expect(availableLoanActions('handed_over', 'lender')).toEqual(['record_return']);
    expect(availableLoanActions('handed_over', 'borrower')).toEqual([]);
    expect(availableLoanActions('requested', 'borrower')).toEqual(['cancel']);
    expect(availableLoanActions('returned', 'lender')).toEqual([]);
  });
});
