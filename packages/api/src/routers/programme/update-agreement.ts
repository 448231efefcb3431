import {
  findAgreementState,
  fundingEligibility,
  updateAgreement as save,
} from '@rf/db/programme/funding.repository';
import { DomainError } from '@rf/domain/errors';
import {
  agreementUpdateInput,
  fundingRuleMessage,
  fundingViolations,
  termsChanged,
} from '@rf/domain/programme/funding';
import { networkAdminProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';
import { withFundingRules } from './funding-errors.ts';

/**
 * Changes an agreement under the same rules as recording it. A closed agreement is final; once a
 * disbursement was paid the terms (start, duration, amounts, bonus) stay as signed and only the reference,
 * wave, co-funders, status and notes change; the amounts never fall below what is already disbursed.
 */
export const updateAgreement = networkAdminProcedure
  .input(agreementUpdateInput)
  .mutation(async ({ ctx, input }) => {
    const current = await findAgreementState(ctx.tx, input.agreementId);
    if (!current || current.placeId !== input.placeId) throw new DomainError('not_found');
    if (current.status === 'closed') throw new DomainError('agreement_locked');
    if (current.anyPaid && termsChanged(current, input)) throw new DomainError('agreement_locked');
    const eligibility = await fundingEligibility(ctx.tx, input.placeId);
    const [violation] = fundingViolations(input, { isFabriqueNumerique: eligibility.isFabriqueNumerique });
    if (violation) throw fieldError(String(violation.path[0]), fundingRuleMessage(violation.rule));
    const ceiling = input.yearlyAmountsCents.reduce((a, b) => a + b, 0) + input.numeriqueBonusCents;
    if (ceiling < current.disbursedCents) {
      throw fieldError('yearlyAmountsCents', 'validation.funding.below_disbursed');
    }
    await withFundingRules(() => save(ctx.tx, input.agreementId, input));
    return { id: input.agreementId };
  });
