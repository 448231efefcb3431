import { listOpenDataActivity } from '@rf/db/reporting/open-data.repository';
import { withServiceRole } from '@rf/db/service';
import { type OpenDataRow, openDataRows } from '@rf/domain/reporting/open-data';
import { publicProcedure } from '../../trpc.ts';

/**
 * The anonymised open-data figures of activity (`/donnees/activite.csv`), for anyone: validated quarters of
 * public places, with the statistical secrecy applied here, on the server, before anything leaves it. The
 * exact counts are read with the service role: no client may call `private.open_data_activity` itself.
 */
export const openData = publicProcedure.query(
  async ({ ctx }): Promise<OpenDataRow[]> =>
    openDataRows(await withServiceRole(ctx.services.db, 'open data: exact counts', listOpenDataActivity)),
);
