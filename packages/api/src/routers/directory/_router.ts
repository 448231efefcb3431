import { router } from '../../trpc.ts';
import { dataInclusion } from './data-inclusion.ts';
import { exportPlaces } from './export.ts';
import { facets } from './facets.ts';
import { map } from './map.ts';
import { place, placeMovedTo } from './place.ts';
import { search } from './search.ts';
import { searchPage } from './search-page.ts';

export const directoryRouter = router({
  search,
  facets,
  searchPage,
  map,
  place,
  placeMovedTo,
  export: exportPlaces,
  dataInclusion,
});
