import { router } from '../../trpc.ts';
import { facets } from './facets.ts';
import { placeFeed } from './place-feed.ts';
import { search } from './search.ts';

export const catalogueRouter = router({
  search,
  facets,
  placeFeed,
});
