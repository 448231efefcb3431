import { router } from '../../trpc.ts';
import { facets } from './facets.ts';
import { networkFeed } from './network-feed.ts';
import { placeFeed } from './place-feed.ts';
import { search } from './search.ts';
import { searchPage } from './search-page.ts';

export const catalogueRouter = router({
  search,
  facets,
  searchPage,
  placeFeed,
  networkFeed,
});
