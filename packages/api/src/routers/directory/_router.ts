import { router } from '../../trpc.ts';
import { exportPlaces } from './export.ts';
import { facets } from './facets.ts';
import { place } from './place.ts';
import { search } from './search.ts';

export const directoryRouter = router({
  search,
  facets,
  place,
  export: exportPlaces,
});
