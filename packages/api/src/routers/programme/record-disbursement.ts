import { agreementBalance, insertDisbursement } from '@rf/db/programme/funding.repository';
import { DomainError } from '@rf/domain/errors';
import { disbursementInput } from '@rf/domain/programme/funding';
import { networkAdminProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';
import { withFundingRules } from './funding-errors.ts';

/** Plans (or records as paid) an instalment of an agreement, never beyond what the agreement grants. */
export const recordDisbursement = networkAdminProcedure
  .input(disbursementInput)
  .mutation(async ({ ctx, input }) => {
    const balance = await agreementBalance(ctx.tx, input.agreementId);
    if (!balance) throw new DomainError('not_found');
    if (balance.disbursedCents + input.amountCents > balance.ceilingCents) {
      throw fieldError('amountCents', 'validation.funding.disbursement_exceeds');
    }
    return { id: await withFundingRules(() => insertDisbursement(ctx.tx, input)) };
  });
