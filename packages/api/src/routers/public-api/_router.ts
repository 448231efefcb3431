import { router } from '../../trpc.ts';
import { admit } from './admit.ts';
import { placeSessions } from './place-sessions.ts';

/** What only the public API (`/api/v1`, decision 062) needs; its other routes call the pages' procedures. */
export const publicApiRouter = router({
  admit,
  placeSessions,
});
