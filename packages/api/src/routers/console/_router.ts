import { router } from '../../trpc.ts';
import { awaiting } from './awaiting.ts';

/** The console's chrome: what its navigation shows beside the links. */
export const consoleRouter = router({
  awaiting,
});
