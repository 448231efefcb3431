import type { Db } from '@rf/db';
import {
  listPublicationPlaces,
  listPublicationQuarters,
  listPublicationRows,
} from '@rf/db/reporting/publication.repository';
import { withServiceRole } from '@rf/db/service';
import { type Publication, publishActivity, type QuarterPublication } from '@rf/domain/reporting/publication';
import type { Services } from '../../services.server.ts';

// Suppressing a quarter of a 1,800-place network takes about a second (decision 038), and its figures cannot
// change while its reports stay validated (decision 036): each process keeps the suppressed quarters under a
// fingerprint the database computes from what they depend on, and suppresses again only a quarter whose
// fingerprint moved. Several instances each keep their own copy; none can serve a stale quarter, since the
// fingerprint is read before the counts, in every request.
const caches = new WeakMap<Db, Map<string, { fingerprint: string; quarter: QuarterPublication }>>();

/**
 * The one publication of activity (decision 038), read from the exact counts with the service role and
 * suppressed before it is returned: what observers, share links and open data are all built from.
 */
export async function loadPublication(services: Services): Promise<Publication> {
  const cache = caches.get(services.db) ?? new Map();
  caches.set(services.db, cache);
  const { quarters, places, rows } = await withServiceRole(
    services.db,
    'publication: exact counts',
    async (tx) => {
      const quarters = await listPublicationQuarters(tx);
      const stale = quarters
        .filter((q) => cache.get(q.quarter)?.fingerprint !== q.fingerprint)
        .map((q) => q.quarter);
      const places = await listPublicationPlaces(tx);
      return { quarters, places, rows: await listPublicationRows(tx, stale) };
    },
  );
  const fresh = new Map(publishActivity(places, rows).quarters.map((q) => [q.quarter, q]));
  const current = new Set(quarters.map((q) => q.quarter));
  for (const key of cache.keys()) if (!current.has(key)) cache.delete(key);
  for (const { quarter, fingerprint } of quarters) {
    if (cache.get(quarter)?.fingerprint === fingerprint) continue;
    // A validated quarter without any activity is published as all zeros.
    cache.set(quarter, { fingerprint, quarter: fresh.get(quarter) ?? { quarter, figures: new Map() } });
  }
  return {
    places: new Map(places.map((p) => [p.placeId, p])),
    quarters: quarters.map((q) => cache.get(q.quarter)?.quarter as QuarterPublication),
  };
}
