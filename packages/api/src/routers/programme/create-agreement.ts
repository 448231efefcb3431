import { fundingEligibility, insertAgreement } from '@rf/db/programme/funding.repository';
import { fundingAgreementInput, fundingRuleMessage, fundingViolations } from '@rf/domain/programme/funding';
import { networkAdminProcedure } from '../../trpc.ts';
import { fieldError } from '../directory-admin/field-error.ts';

/**
 * Records a fabrique's funding agreement. The schema checks the amounts; the place's labels decide whether
 * it may be funded at all and receive the Fabrique numérique bonus (the database checks both again).
 */
export const createAgreement = networkAdminProcedure
  .input(fundingAgreementInput)
  .mutation(async ({ ctx, input }) => {
    const eligibility = await fundingEligibility(ctx.tx, input.placeId);
    if (!eligibility.isFabrique) throw fieldError('placeId', 'validation.funding.not_a_fabrique');
    const [violation] = fundingViolations(input, { isFabriqueNumerique: eligibility.isFabriqueNumerique });
    if (violation) throw fieldError(String(violation.path[0]), fundingRuleMessage(violation.rule));
    return { id: await insertAgreement(ctx.tx, input) };
  });
