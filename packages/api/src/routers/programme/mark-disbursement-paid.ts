import { markDisbursementPaid as markPaid } from '@rf/db/programme/funding.repository';
import { DomainError } from '@rf/domain/errors';
import { markDisbursementPaidInput } from '@rf/domain/programme/funding';
import { networkAdminProcedure } from '../../trpc.ts';
import { withFundingRules } from './funding-errors.ts';

/** Records that a planned disbursement was paid, on which date. */
export const markDisbursementPaid = networkAdminProcedure
  .input(markDisbursementPaidInput)
  .mutation(async ({ ctx, input }) => {
    const paid = await withFundingRules(() => markPaid(ctx.tx, input.disbursementId, input.paidOn));
    if (!paid) throw new DomainError('not_found');
    return { id: input.disbursementId };
  });
