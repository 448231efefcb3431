import type { PlaceProfileFacts } from '@rf/domain/directory/completeness';
import type { PlaceProfileFields } from '@rf/domain/directory/place-profile.schema';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';

export interface PlaceProfile {
  id: string;
  status: 'draft' | 'published' | 'archived';
  communeName: string | null;
  /** The standard's date of last update (`YYYY-MM-DD`). */
  dateMaj: string;
  /** `commune`: the map shows the commune's centre; `address`: the geocoder's point; null: as given. */
  coordinatesPrecision: string | null;
  fields: PlaceProfileFields;
  /** What the completeness rule reads. */
  facts: PlaceProfileFacts;
}

/** A place's profile as RLS lets the viewer see it, or null. */
export async function findPlaceProfile(tx: Tx, placeId: string): Promise<PlaceProfile | null> {
  const row = await tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select((eb) => [
      'p.id',
      'p.status',
      'c.name as communeName',
      sql<string>`p.date_maj::text`.as('dateMaj'),
      'p.coordinates_precision',
      'p.name',
      'p.summary',
      'p.description',
      'p.carrier_name',
      'p.pivot',
      'p.address',
      'p.address_complement',
      'p.postal_code',
      'p.commune_code',
      'p.opening_hours',
      'p.phone',
      'p.email',
      'p.website',
      'p.booking_url',
      'p.accessibility_notes',
      'p.services',
      'p.publics',
      'p.fees',
      'p.access_modes',
      'p.support_modes',
      eb
        .selectFrom('place_photos as ph')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('ph.place_id', '=', 'p.id')
        .$asScalar()
        .$notNull()
        .as('photoCount'),
    ])
    .where('p.id', '=', placeId)
    .executeTakeFirst();
  if (!row) return null;
  const fields: PlaceProfileFields = {
    name: row.name,
    summary: row.summary,
    description: row.description,
    carrierName: row.carrier_name,
    pivot: row.pivot,
    address: row.address,
    addressComplement: row.address_complement,
    postalCode: row.postal_code,
    communeCode: row.commune_code,
    openingHours: row.opening_hours,
    phone: row.phone,
    email: row.email,
    website: row.website,
    bookingUrl: row.booking_url,
    accessibilityNotes: row.accessibility_notes,
    services: row.services as PlaceProfileFields['services'],
    publics: row.publics as PlaceProfileFields['publics'],
    fees: row.fees as PlaceProfileFields['fees'],
    accessModes: row.access_modes as PlaceProfileFields['accessModes'],
    supportModes: row.support_modes as PlaceProfileFields['supportModes'],
  };
  return {
    id: row.id,
    status: row.status,
    communeName: row.communeName,
    dateMaj: row.dateMaj,
    coordinatesPrecision: row.coordinates_precision,
    fields,
    facts: {
      summary: row.summary,
      address: row.address,
      communeCode: row.commune_code,
      openingHours: row.opening_hours,
      phone: row.phone,
      email: row.email,
      website: row.website,
      services: row.services,
      publics: row.publics,
      accessibilityNotes: row.accessibility_notes,
      photoCount: row.photoCount,
    },
  };
}

export async function communeExists(tx: Tx, code: string): Promise<boolean> {
  const row = await tx.selectFrom('communes').select('code').where('code', '=', code).executeTakeFirst();
  return row !== undefined;
}

/**
 * Saves the profile fields; RLS lets only the place's managers and network admins through. Returns null
 * when no row was updated (no such place, or not theirs), else whether the address changed.
 */
export async function updatePlaceProfile(
  tx: Tx,
  placeId: string,
  fields: PlaceProfileFields,
): Promise<{ addressChanged: boolean } | null> {
  const before = await tx
    .selectFrom('places')
    .select(['address', 'postal_code', 'commune_code'])
    .where('id', '=', placeId)
    .executeTakeFirst();
  const result = await tx
    .updateTable('places')
    .set({
      name: fields.name,
      summary: fields.summary,
      description: fields.description,
      carrier_name: fields.carrierName,
      pivot: fields.pivot,
      address: fields.address,
      address_complement: fields.addressComplement,
      postal_code: fields.postalCode,
      commune_code: fields.communeCode,
      opening_hours: fields.openingHours,
      phone: fields.phone,
      email: fields.email,
      website: fields.website,
      booking_url: fields.bookingUrl,
      accessibility_notes: fields.accessibilityNotes,
      services: fields.services,
      publics: fields.publics,
      fees: fields.fees,
      access_modes: fields.accessModes,
      support_modes: fields.supportModes,
    })
    .where('id', '=', placeId)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return null;
  return {
    addressChanged:
      !before ||
      before.address !== fields.address ||
      before.postal_code !== fields.postalCode ||
      before.commune_code !== fields.communeCode,
  };
}
