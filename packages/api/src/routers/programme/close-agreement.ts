import { closeAgreement as close, findAgreementState } from '@rf/db/programme/funding.repository';
import { DomainError } from '@rf/domain/errors';
import { closeAgreementInput } from '@rf/domain/programme/funding';
import { networkAdminProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';
import { withFundingRules } from './funding-errors.ts';

/**
 * Closes (terminates) a signed agreement with a date and a reason. Its planned disbursements go (they will
 * not be paid); paid ones stay. Closed is final: the database refuses any later change.
 */
export const closeAgreement = networkAdminProcedure
  .input(closeAgreementInput)
  .mutation(async ({ ctx, input }) => {
    const current = await findAgreementState(ctx.tx, input.agreementId);
    if (!current) throw new DomainError('not_found');
    if (current.status === 'closed') throw new DomainError('agreement_locked');
    if (current.status !== 'signed' || current.signedOn === null) {
      throw fieldError('closedOn', 'validation.funding.close_unsigned');
    }
    if (input.closedOn < current.signedOn)
      throw fieldError('closedOn', 'validation.funding.closed_before_signed');
    await withFundingRules(() => close(ctx.tx, input));
    return { id: input.agreementId };
  });
