import { listDevMailbox } from '@rf/db/mail/dev-mailbox.repository';
import { networkAdminProcedure } from '../../trpc.ts';

/** The development mailbox (embedded default): what the platform would have sent. */
export const mailbox = networkAdminProcedure.query(({ ctx }) => listDevMailbox(ctx.tx, 50));
