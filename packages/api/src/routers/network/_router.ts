import { router } from '../../trpc.ts';
import { mailbox } from './mailbox.ts';

export const networkRouter = router({ mailbox });
