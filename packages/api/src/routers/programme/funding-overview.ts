import { listFabriqueFunding, listWaveOptions } from '@rf/db/programme/funding.repository';
import { z } from 'zod';
import { observerProcedure } from '../../trpc.ts';

const fundingOverviewInput = z.object({ placeId: z.uuid('validation.invalid').optional() }).default({});

/**
 * Each fabrique's agreements and disbursements next to its activity reports (network admins, observers);
 * one fabrique when `placeId` is given. The waves come along for the agreement form.
 */
export const fundingOverview = observerProcedure.input(fundingOverviewInput).query(async ({ ctx, input }) => {
  const [fabriques, waves] = await Promise.all([
    listFabriqueFunding(ctx.tx, input.placeId),
    listWaveOptions(ctx.tx),
  ]);
  return { fabriques, waves };
});
