import { listWaves as list } from '@rf/db/programme/waves.repository';
import { networkAdminProcedure } from '../../trpc.ts';

/** The AMI waves with their dates, status and the places labelled in each. */
export const listWaves = networkAdminProcedure.query(async ({ ctx }) => ({ waves: await list(ctx.tx) }));
