import { findLoan, updateLoanStatus } from '@rf/db/sharing/loans.repository';
import { DomainError } from '@rf/domain/errors';
import { decideLoanStep } from '@rf/domain/sharing/loan-workflow';
import { loanStepInput } from '@rf/domain/sharing/sharing.schema';
import { signedInProcedure } from '../../trpc.ts';
import { loanSideOf, withSharingErrors } from './sharing.server.ts';

/**
 * Moves a loan one step: approve, decline, hand over (condition going out), record the return (condition
 * coming back) or cancel, with a note written to the loan's history. The workflow refuses an illegal step
 * here with its reason; the database trigger refuses it again if two people act at once.
 */
export const loanStep = signedInProcedure
  .input(loanStepInput)
  .mutation(async ({ ctx, input }): Promise<{ status: string }> => {
    const row = await findLoan(ctx.tx, input.loanId);
    if (!row) throw new DomainError('not_found');
    const side = loanSideOf(ctx.viewer, row);
    if (!side) throw new DomainError('forbidden');
    const decision = decideLoanStep(row.status, input, side);
    if (!decision.ok) {
      throw new DomainError(
        decision.reason === 'sharing.loan_refused.lender_only' ? 'forbidden' : 'invalid_loan_transition',
        { reason: decision.reason },
      );
    }
    const updated = await withSharingErrors('tool_already_lent', () =>
      updateLoanStatus(ctx.tx, row.id, {
        to: decision.to,
        conditionOut: input.action === 'hand_over' ? input.condition : null,
        conditionIn: input.action === 'record_return' ? input.condition : null,
        notes: input.notes,
      }),
    );
    if (!updated) throw new DomainError('not_found');
    return { status: decision.to };
  });
