import { router } from '../../trpc.ts';
import { book } from './book.ts';
import { byToken } from './by-token.ts';
import { cancel } from './cancel.ts';
import { sessionDetails } from './session-details.ts';

export const bookingRouter = router({
  sessionDetails,
  book,
  byToken,
  cancel,
});
