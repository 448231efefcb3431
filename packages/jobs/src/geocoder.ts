// The address geocoder (decision 063): an HTTP API with the shape of the Base Adresse Nationale's
// `https://api-adresse.data.gouv.fr/search/` (GET `q`, `limit`, `type`, `citycode`, `postcode`; a GeoJSON
// FeatureCollection whose features carry `properties.score`, `type`, `citycode`). Configured by
// GEOCODER_URL; without it nothing is looked up and places keep their commune's centre.
import { z } from 'zod';

const responseSchema = z.object({
  features: z.array(
    z.object({
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.looseObject({
        score: z.number().optional(),
        type: z.string().optional(),
        citycode: z.string().optional(),
      }),
    }),
  ),
});

export interface GeocodedPoint {
  latitude: number;
  longitude: number;
  score: number;
  type: string | null;
}

/** Below this score the BAN's answer is a guess, not the address. */
export const MIN_GEOCODER_SCORE = 0.5;

export interface GeocodeQuery {
  q: string;
  citycode: string;
  postcode?: string | null;
  type?: 'municipality' | 'housenumber' | 'street';
}

/**
 * The best point for `query`, or null when the geocoder finds nothing sure in that commune. Throws on a
 * network error, a timeout or an unexpected answer: the job is then tried again later.
 */
export async function geocode(
  baseUrl: string,
  query: GeocodeQuery,
  timeoutMs = 10_000,
): Promise<GeocodedPoint | null> {
  const url = new URL(baseUrl);
  url.searchParams.set('q', query.q);
  url.searchParams.set('limit', '1');
  url.searchParams.set('citycode', query.citycode);
  if (query.postcode) url.searchParams.set('postcode', query.postcode);
  if (query.type) url.searchParams.set('type', query.type);
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`geocoder answered ${response.status}`);
  const { features } = responseSchema.parse(await response.json());
  const best = features[0];
  if (!best) return null;
  const score = best.properties.score ?? 0;
  if (score < MIN_GEOCODER_SCORE) return null;
  if (best.properties.citycode && best.properties.citycode !== query.citycode) return null;
  const [longitude, latitude] = best.geometry.coordinates;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude, score, type: best.properties.type ?? null };
}
