import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface PlacePhotoRow {
  id: string;
  storagePath: string;
  altText: string;
  position: number;
}

/** A place's photos as RLS lets the viewer see them, cover first. */
export async function listPlacePhotos(tx: Tx, placeId: string): Promise<PlacePhotoRow[]> {
  return tx
    .selectFrom('place_photos')
    .select(['id', 'storage_path as storagePath', 'alt_text as altText', 'position'])
    .where('place_id', '=', placeId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

/**
 * Adds a photo after the others. Storage paths are written by the server only (the service role: clients
 * hold no insert grant on place_photos), after it checked that the viewer manages the place.
 */
export async function insertPlacePhoto(
  tx: Tx,
  photo: { placeId: string; storagePath: string; altText: string },
): Promise<string> {
  const row = await tx
    .insertInto('place_photos')
    .values({
      place_id: photo.placeId,
      storage_path: photo.storagePath,
      alt_text: photo.altText,
      position: sql<number>`(select count(*)::int from public.place_photos where place_id = ${photo.placeId})`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Deletes a photo of this place; returns its storage path (to delete the file), or null when none. */
export async function deletePlacePhoto(tx: Tx, placeId: string, photoId: string): Promise<string | null> {
  const row = await tx
    .deleteFrom('place_photos')
    .where('id', '=', photoId)
    .where('place_id', '=', placeId)
    .returning('storage_path')
    .executeTakeFirst();
  if (!row) return null;
  await setPhotoOrder(
    tx,
    placeId,
    (await listPlacePhotos(tx, placeId)).map((p) => p.id),
  );
  return row.storage_path;
}

/** Numbers the place's photos 0, 1, 2… in the given order (0 is the cover); only changed rows are written. */
export async function setPhotoOrder(tx: Tx, placeId: string, ids: readonly string[]): Promise<void> {
  for (const [position, id] of ids.entries())
    await tx
      .updateTable('place_photos')
      .set({ position })
      .where('id', '=', id)
      .where('place_id', '=', placeId)
      .where('position', '<>', position)
      .execute();
}
