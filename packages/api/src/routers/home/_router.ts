import { router } from '../../trpc.ts';
import { consoleHome } from './console.ts';
import { publicHome } from './public.ts';
import { space } from './space.ts';

export const homeRouter = router({
  public: publicHome,
  space,
  console: consoleHome,
});
