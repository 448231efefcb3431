import { listDevSmsMailbox } from '@rf/db/messaging/dev-sms-mailbox.repository';
import { networkAdminProcedure } from '../../trpc.ts';

/** The development SMS mailbox (no SMS provider configured): what the platform would have sent by SMS. */
export const smsMailbox = networkAdminProcedure.query(({ ctx }) => listDevSmsMailbox(ctx.tx, 50));
