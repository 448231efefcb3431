import { router } from '../../trpc.ts';
import { mailbox } from './mailbox.ts';
import { smsMailbox } from './sms-mailbox.ts';

export const networkRouter = router({ mailbox, smsMailbox });
