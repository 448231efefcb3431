import { router } from '../../trpc.ts';
import { mailbox } from './mailbox.ts';
import { reminderHoursSet } from './reminder-hours-set.ts';
import { smsCapSet } from './sms-cap-set.ts';
import { smsMailbox } from './sms-mailbox.ts';
import { smsUsage } from './sms-usage.ts';

export const networkRouter = router({ mailbox, smsMailbox, smsUsage, smsCapSet, reminderHoursSet });
