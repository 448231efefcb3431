import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

// Coordinates of places and centres of communes (decision 063). The `places_coordinates` trigger gives a
// place without coordinates its commune's centre; the geocoding job below, run as the service role, writes
// what the configured geocoder found. Neither changes the place's `date_maj`: the producer changed nothing.

export interface PlaceToGeocode {
  id: string;
  address: string | null;
  postalCode: string | null;
  communeCode: string;
  communeName: string;
  /** No centre yet, or only the neighbours' mean (decision 067): the geocoder's answer is better. */
  communeCentreApproximate: boolean;
  /** `commune`, `address`, or null (coordinates as given, or none). */
  precision: string | null;
  hasCoordinates: boolean;
}

export async function findPlaceToGeocode(tx: Tx, placeId: string): Promise<PlaceToGeocode | null> {
  const row = await tx
    .selectFrom('places as p')
    .innerJoin('communes as c', 'c.code', 'p.commune_code')
    .select([
      'p.id',
      'p.address',
      'p.postal_code',
      'p.commune_code',
      'c.name as communeName',
      'c.centre_source as communeCentreSource',
      'p.coordinates_precision',
      'p.latitude',
    ])
    .where('p.id', '=', placeId)
    .executeTakeFirst();
  if (!row?.commune_code) return null;
  return {
    id: row.id,
    address: row.address,
    postalCode: row.postal_code,
    communeCode: row.commune_code,
    communeName: row.communeName,
    communeCentreApproximate: row.communeCentreSource === null || row.communeCentreSource === 'neighbours',
    precision: row.coordinates_precision,
    hasCoordinates: row.latitude !== null,
  };
}

/**
 * Sets a commune's centre found by the geocoder, unless a published list or the gazetteer already gives the
 * commune's own point (only the neighbours' mean is replaced).
 */
export async function setCommuneCentre(
  tx: Tx,
  code: string,
  point: { latitude: number; longitude: number },
): Promise<boolean> {
  const result = await tx
    .updateTable('communes')
    .set({ latitude: point.latitude, longitude: point.longitude, centre_source: 'geocoder' })
    .where('code', '=', code)
    .where((eb) =>
      eb.or([eb('centre_source', 'is', null), eb('centre_source', 'in', ['geocoder', 'neighbours'])]),
    )
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Writes the point of the place's address, unless someone gave the place its coordinates meanwhile (only a
 * commune's centre, or nothing, is replaced) or the address changed since it was looked up.
 */
export async function setPlaceAddressPoint(
  tx: Tx,
  place: { id: string; address: string | null; postalCode: string | null; communeCode: string },
  point: { latitude: number; longitude: number },
): Promise<boolean> {
  await sql`select set_config('rf.place_import', 'on', true), set_config('rf.place_coordinates', 'system', true)`.execute(
    tx,
  );
  const result = await tx
    .updateTable('places')
    .set({ latitude: point.latitude, longitude: point.longitude, coordinates_precision: 'address' })
    .where('id', '=', place.id)
    .where('commune_code', '=', place.communeCode)
    .where(sql<boolean>`address is not distinct from ${place.address}`)
    .where(sql<boolean>`postal_code is not distinct from ${place.postalCode}`)
    .where((eb) => eb.or([eb('coordinates_precision', '=', 'commune'), eb('latitude', 'is', null)]))
    .executeTakeFirst();
  await sql`select set_config('rf.place_import', '', true), set_config('rf.place_coordinates', '', true)`.execute(
    tx,
  );
  return result.numUpdatedRows > 0n;
}

/** Queues the geocoding of a place (`private.queue_place_geocoding`, one job per place). */
export async function queuePlaceGeocoding(tx: Tx, placeId: string): Promise<void> {
  await sql`select private.queue_place_geocoding(${placeId}::uuid)`.execute(tx);
}

/**
 * Queues the geocoding of those of these places that stand on their commune's centre (or have no point) and
 * have an address: what an import created or changed without coordinates. One statement.
 */
export async function queueGeocodingOfApproximatePlaces(
  tx: Tx,
  placeIds: readonly string[],
): Promise<number> {
  if (placeIds.length === 0) return 0;
  const result = await sql<{ id: string }>`
    select p.id, private.queue_place_geocoding(p.id)
    from public.places p
    where p.id = any(${[...placeIds]}::uuid[])
      and p.address is not null
      and (p.coordinates_precision = 'commune' or p.latitude is null)`.execute(tx);
  return result.rows.length;
}
