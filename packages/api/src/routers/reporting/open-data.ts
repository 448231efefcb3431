import { type OpenDataRow, openDataFromPublication } from '@rf/domain/reporting/open-data';
import { publicProcedure } from '../../trpc.ts';
import { fromPublication } from './publication.server.ts';

/**
 * The anonymised open-data figures of activity (`/donnees/activite.csv`), for anyone: validated quarters of
 * public places and their sums, read from the one publication of decision 038 (the cells observers and share
 * links read too), suppressed on the server before anything leaves it. The exact counts are read with the
 * service role: no client may read them itself. The rows are built once per version of the publication
 * (decision 064).
 */
export const openData = publicProcedure.query(
  ({ ctx }): Promise<OpenDataRow[]> => fromPublication(ctx.services, 'open data', openDataFromPublication),
);
