import { deletePlannedDisbursement } from '@rf/db/programme/funding.repository';
import { DomainError } from '@rf/domain/errors';
import { deleteDisbursementInput } from '@rf/domain/programme/funding';
import { networkAdminProcedure } from '../../trpc.ts';
import { withFundingRules } from './funding-errors.ts';

/** Deletes a planned disbursement (audited); a paid one is a fact and stays. */
export const deleteDisbursement = networkAdminProcedure
  .input(deleteDisbursementInput)
  .mutation(async ({ ctx, input }) => {
    const outcome = await withFundingRules(() => deletePlannedDisbursement(ctx.tx, input.disbursementId));
    if (outcome === 'paid') throw new DomainError('disbursement_paid');
    if (outcome === 'missing') throw new DomainError('not_found');
    return { id: input.disbursementId };
  });
