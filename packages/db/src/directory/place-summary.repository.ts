import type { PlaceProfileFacts } from '@rf/domain/directory/completeness';
import { sql } from 'kysely';
import type { Tx } from '../rls.ts';
import { currentLabelsOf, type PlaceLabel } from './network-overview.repository.ts';

export interface PlaceSummary {
  id: string;
  slug: string;
  name: string;
  status: 'draft' | 'published' | 'archived';
  hidden: boolean;
  commune: string | null;
  labels: PlaceLabel[];
  /** What the completeness rule reads (packages/domain/directory/completeness). */
  profile: PlaceProfileFacts;
}

/** The places asked for that RLS lets the viewer see, by name. */
export async function listPlaceSummaries(tx: Tx, placeIds: readonly string[]): Promise<PlaceSummary[]> {
  if (placeIds.length === 0) return [];
  const rows = await tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .select((eb) => [
      'p.id',
      'p.slug',
      'p.name',
      'p.status',
      'p.hidden_at',
      'c.name as commune',
      'p.summary',
      'p.address',
      'p.commune_code',
      'p.opening_hours',
      'p.phone',
      'p.email',
      'p.website',
      'p.services',
      'p.publics',
      'p.accessibility_notes',
      eb
        .selectFrom('place_photos as ph')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('ph.place_id', '=', 'p.id')
        .$asScalar()
        .$notNull()
        .as('photoCount'),
    ])
    .where('p.id', 'in', placeIds)
    .orderBy('p.name')
    .execute();
  const labels = await currentLabelsOf(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    hidden: row.hidden_at !== null,
    commune: row.commune,
    labels: labels.get(row.id) ?? [],
    profile: {
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
  }));
}
