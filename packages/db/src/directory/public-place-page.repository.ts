// A public place's page in one statement (issue 15). It was eight: the place, its label grants, its fabrique,
// its hub places, its next sessions, its photos, its first tools with their count, its latest resources —
// each a round trip whose socket write and parse cost the Node process more than the query costs Postgres.
// Here each is a JSON column of the place's row (Kysely's `jsonArrayFrom` / `jsonObjectFrom`), under the
// caller's row-level security exactly as before, with the same rules as the functions it replaces
// (`findPublicPlaceBySlug`, `listPlaceLabelGrants`, `findPublicPlaceLink`, `listPublicHubPlaces`,
// `listPublicUpcomingSessions`, `listPlacePhotos`, `searchPublicTools`, `searchPublicResources`; the
// integration test holds the two ways equal). What the place's own publication decided there (`p.status`,
// `p.hidden_at`, `published_place_ids()`) is decided once here: the row is a public place or nothing.
// Dates and timestamps are read as `::text`, what the driver returns for a column (client.ts), since JSON
// would write timestamps in another format.
import { fabriqueLabelCodes } from '@rf/domain/directory/network';
import { type ExpressionBuilder, sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { PublicSession } from '../catalogue/upcoming-sessions.repository.ts';
import type { Tx } from '../rls.ts';
import type { DB } from '../schema.ts';
import { type ResourceRow, resourceColumns } from '../sharing/resources.repository.ts';
import type { ToolCard } from '../sharing/tools.repository.ts';
import { holdsCurrentLabel, isPublicPlace } from './network-overview.repository.ts';
import type { PlacePhotoRow } from './place-photos.repository.ts';
import {
  type PlaceLabelGrant,
  type PlaceLink,
  type PublicPlaceDetail,
  placeDetailColumns,
} from './public-directory.repository.ts';

export interface PublicPlacePage extends PublicPlaceDetail {
  labelGrants: PlaceLabelGrant[];
  fabrique: PlaceLink | null;
  /** For a fabrique, the public places of its hub; empty otherwise. */
  hubPlaces: PlaceLink[];
  /** The next public sessions (the place's name and slug are the page's own). */
  upcomingSessions: Omit<PublicSession, 'placeName' | 'placeSlug'>[];
  photos: PlacePhotoRow[];
  tools: Pick<ToolCard, 'id' | 'name' | 'usage' | 'outOfService'>[];
  /** How many public tools the place has in all. */
  toolCount: number;
  resources: ResourceRow[];
}

export interface PublicPlacePageLimits {
  /** Sessions starting after this instant (ISO). */
  sessionsFrom: string;
  sessions: number;
  tools: number;
  resources: number;
}

type PlaceScope = ExpressionBuilder<DB & { p: DB['places'] }, 'p'>;

/** Public places of a hub or a place's fabrique: a link to their page. */
function placeLinks(eb: PlaceScope) {
  return eb
    .selectFrom('places as l')
    .leftJoin('communes as lc', 'lc.code', 'l.commune_code')
    .select(['l.slug', 'l.name', 'lc.name as commune'])
    .where('l.status', '=', 'published')
    .where('l.hidden_at', 'is', null);
}

/** A public place's page by slug, in one statement, or `null` (a draft, a hidden or an unknown place). */
export async function findPublicPlacePage(
  tx: Tx,
  slug: string,
  limits: PublicPlacePageLimits,
): Promise<PublicPlacePage | null> {
  const row = await tx
    .selectFrom('places as p')
    .leftJoin('communes as c', 'c.code', 'p.commune_code')
    .leftJoin('departements as d', 'd.code', 'c.departement_code')
    .select((eb) => [
      ...placeDetailColumns,
      holdsCurrentLabel(fabriqueLabelCodes).as('isFabrique'),
      jsonArrayFrom(
        eb
          .selectFrom('place_labels as pl')
          .innerJoin('labels as lb', 'lb.id', 'pl.label_id')
          .leftJoin('waves as w', 'w.id', 'pl.wave_id')
          .select([
            'lb.code',
            'lb.name',
            sql<string>`pl.granted_on::text`.as('grantedOn'),
            sql<string | null>`pl.ends_on::text`.as('endsOn'),
            'w.name as wave',
          ])
          .whereRef('pl.place_id', '=', 'p.id')
          .orderBy('pl.granted_on', 'desc')
          .orderBy('lb.name'),
      ).as('labelGrants'),
      jsonObjectFrom(placeLinks(eb).whereRef('l.id', '=', 'p.hub_fabrique_id')).as('fabrique'),
      jsonArrayFrom(placeLinks(eb).whereRef('l.hub_fabrique_id', '=', 'p.id').orderBy('l.name')).as(
        'hubPlaces',
      ),
      jsonArrayFrom(
        eb
          .selectFrom('sessions as s')
          .innerJoin('activities as a', 'a.id', 's.activity_id')
          .select([
            's.id',
            'a.title',
            sql<string>`s.starts_at::text`.as('startsAt'),
            sql<string>`s.ends_at::text`.as('endsAt'),
            's.capacity',
            sql<number>`coalesce(private.public_session_seats_taken(s.id), 0)`.as('seatsTaken'),
          ])
          .whereRef('s.place_id', '=', 'p.id')
          .where('s.status', '=', 'scheduled')
          .where('s.starts_at', '>', limits.sessionsFrom)
          .where('a.status', '=', 'published')
          .where('a.hidden_at', 'is', null)
          .orderBy('s.starts_at')
          .orderBy('s.id')
          .limit(limits.sessions),
      ).as('upcomingSessions'),
      jsonArrayFrom(
        eb
          .selectFrom('place_photos as ph')
          .select(['ph.id', 'ph.storage_path as storagePath', 'ph.alt_text as altText', 'ph.position'])
          .whereRef('ph.place_id', '=', 'p.id')
          .orderBy('ph.position')
          .orderBy('ph.created_at'),
      ).as('photos'),
      // A public tool: its own flags (decision 054), as `searchPublicTools` reads them.
      jsonArrayFrom(
        eb
          .selectFrom('tools as t')
          .select(['t.id', 't.name', 't.usage', 't.out_of_service as outOfService'])
          .whereRef('t.place_id', '=', 'p.id')
          .where('t.status', '=', 'published')
          .where('t.hidden_at', 'is', null)
          .where('t.place_public', '=', true)
          .orderBy('t.name')
          .orderBy('t.id')
          .limit(limits.tools),
      ).as('tools'),
      eb
        .selectFrom('tools as t')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('t.place_id', '=', 'p.id')
        .where('t.status', '=', 'published')
        .where('t.hidden_at', 'is', null)
        .where('t.place_public', '=', true)
        .$asScalar()
        .$notNull()
        .as('toolCount'),
      jsonArrayFrom(
        eb
          .selectFrom('resources as r')
          .select(resourceColumns)
          .whereRef('r.place_id', '=', 'p.id')
          .where('r.status', '=', 'published')
          .where('r.hidden_at', 'is', null)
          .orderBy('r.created_at', 'desc')
          .orderBy('r.id')
          .limit(limits.resources),
      ).as('resources'),
    ])
    .where(isPublicPlace)
    .where('p.slug', '=', slug)
    .executeTakeFirst();
  if (!row) return null;
  const { departementCode, departementName, hubPlaces, ...rest } = row;
  return {
    ...rest,
    departement: departementCode && departementName ? { code: departementCode, name: departementName } : null,
    // Only a fabrique shows its hub (a place that lost its label keeps the links until they are edited).
    hubPlaces: row.isFabrique ? hubPlaces : [],
  };
}
