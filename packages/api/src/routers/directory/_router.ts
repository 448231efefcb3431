import { router } from '../../trpc.ts';
import { dataInclusion } from './data-inclusion.ts';
import { exportPlaces } from './export.ts';
import { facets } from './facets.ts';
import { map } from './map.ts';
import { place, placeMovedTo } from './place.ts';
import { search } from './search.ts';

export const directoryRouter = router({
  search,
  facets,
  map,
  place,
  placeMovedTo,
  export: exportPlaces,
  dataInclusion,
});
