import { listFabriqueFunding, listWaveOptions } from '@rf/db/programme/funding.repository';
import { listYearlyActivity } from '@rf/db/programme/funding-indicators.repository';
import { listLatestReports } from '@rf/db/reporting/report-status.repository';
import { fundingIndicatorsByYear } from '@rf/domain/programme/funding-indicators';
import { z } from 'zod';
import { observerProcedure } from '../../trpc.ts';

const fundingOverviewInput = z.object({ placeId: z.uuid('validation.invalid').optional() }).default({});

/**
 * Each fabrique's agreements and disbursements next to its activity (network admins, observers): per year,
 * what was paid, the people accompanied, records and hours, the cost per person; and its latest report (an
 * observer sees validated reports only). One fabrique when `placeId` is given. The waves come along for
 * the agreement form.
 */
export const fundingOverview = observerProcedure.input(fundingOverviewInput).query(async ({ ctx, input }) => {
  const [fabriques, waves] = await Promise.all([
    listFabriqueFunding(ctx.tx, input.placeId),
    listWaveOptions(ctx.tx),
  ]);
  const placeIds = fabriques.map((f) => f.placeId);
  const [activity, reports] = await Promise.all([
    listYearlyActivity(ctx.tx, placeIds),
    listLatestReports(ctx.tx, placeIds),
  ]);
  return {
    fabriques: fabriques.map((f) => ({
      ...f,
      latestReport: reports.find((r) => r.placeId === f.placeId) ?? null,
      years: fundingIndicatorsByYear(
        f.agreements.flatMap((a) =>
          a.disbursements.flatMap((d) =>
            d.paidOn ? [{ paidOn: d.paidOn, amountCents: d.amountCents }] : [],
          ),
        ),
        activity.filter((a) => a.placeId === f.placeId),
      ),
    })),
    waves,
  };
});
