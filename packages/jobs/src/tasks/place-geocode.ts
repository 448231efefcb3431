// `place-geocode` (decision 063): queued by the console after a place is created or its address changes,
// and by an import for the places it creates without coordinates, when GEOCODER_URL is set. Out of the
// request, so a slow geocoder never holds a form. First the commune's centre when the reference data has
// none or only its neighbours' mean (decision 067; the geocoder's `type=municipality` answer: the places
// standing on the centre follow, by trigger), then the address itself (`coordinates_precision =
// 'address'`). Coordinates given by hand are never replaced.
import {
  findPlaceToGeocode,
  setCommuneCentre,
  setPlaceAddressPoint,
} from '@rf/db/directory/place-coordinates.repository';
import { withServiceRole } from '@rf/db/service';
import { z } from 'zod';
import { geocode } from '../geocoder.ts';
import type { TaskHandler, TaskOutcome } from '../worker.ts';
import type { MailTaskDeps } from './deps.ts';

const payloadSchema = z.object({ placeId: z.uuid() });

export function placeGeocodeTask(deps: MailTaskDeps): TaskHandler {
  return async (payload): Promise<TaskOutcome> => {
    const { placeId } = payloadSchema.parse(payload);
    const geocoderUrl = deps.geocoderUrl;
    if (!geocoderUrl) return { skipped: 'no geocoder configured' };
    const place = await withServiceRole(deps.db, 'place geocode: read', (tx) =>
      findPlaceToGeocode(tx, placeId),
    );
    if (!place) return { skipped: 'the place is gone or has no commune' };
    let communeCentre = 0;
    if (place.communeCentreApproximate) {
      const centre = await geocode(geocoderUrl, {
        q: place.communeName,
        citycode: place.communeCode,
        type: 'municipality',
      });
      if (
        centre &&
        (await withServiceRole(deps.db, 'place geocode: commune centre', (tx) =>
          setCommuneCentre(tx, place.communeCode, centre),
        ))
      )
        communeCentre = 1;
    }
    if (!place.address || (place.hasCoordinates && place.precision === null))
      return { skipped: 'coordinates given by hand, or no address', counts: { communeCentre } };
    const point = await geocode(geocoderUrl, {
      q: `${place.address} ${place.postalCode ?? ''} ${place.communeName}`.replace(/\s+/g, ' ').trim(),
      citycode: place.communeCode,
      postcode: place.postalCode,
    });
    if (!point || point.type === 'municipality')
      return { skipped: 'address not found', counts: { communeCentre } };
    const written = await withServiceRole(deps.db, 'place geocode: address point', (tx) =>
      setPlaceAddressPoint(tx, place, point),
    );
    return { counts: { communeCentre, addressPoint: written ? 1 : 0 } };
  };
}
