import { listOpenDataActivity } from '@rf/db/reporting/open-data.repository';
import { type OpenDataRow, openDataRows } from '@rf/domain/reporting/open-data';
import { publicProcedure } from '../../trpc.ts';

/**
 * The anonymised open-data figures of activity (`/donnees/activite.csv`), for anyone: validated quarters of
 * public places, with the statistical secrecy applied here, on the server, before anything leaves it.
 */
export const openData = publicProcedure.query(
  async ({ ctx }): Promise<OpenDataRow[]> => openDataRows(await listOpenDataActivity(ctx.tx)),
);
