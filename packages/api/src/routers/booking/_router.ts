import { router } from '../../trpc.ts';
import { book } from './book.ts';
import { bookForMe } from './book-for-me.ts';
import { byToken } from './by-token.ts';
import { cancel } from './cancel.ts';
import { cancelMine } from './cancel-mine.ts';
import { confirmComing } from './confirm-coming.ts';
import { liveSeats } from './live-seats.ts';
import { mine } from './mine.ts';
import { move } from './move.ts';
import { moveMine } from './move-mine.ts';
import { sessionDetails } from './session-details.ts';
import { shortLink } from './short-link.ts';
import { smsReceipts } from './sms-receipts.ts';

export const bookingRouter = router({
  sessionDetails,
  liveSeats,
  book,
  bookForMe,
  byToken,
  cancel,
  confirmComing,
  move,
  shortLink,
  smsReceipts,
  mine,
  cancelMine,
  moveMine,
});
