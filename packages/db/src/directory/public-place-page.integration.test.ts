// A public place's page is read in one statement (issue 15). It must say exactly what the eight statements it
// replaced said, for every viewer under row-level security: the place, its label grants (current and past),
// its fabrique, its hub places, its next public sessions with their seats taken, its photos, its first public
// tools with their count, its latest public resources — and nothing for a draft, a hidden or an unknown place.
// Members of a place see its drafts through RLS: the page must not show them, to them or to anyone.
import { randomUUID } from 'node:crypto';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPublicUpcomingSessions } from '../catalogue/upcoming-sessions.repository.ts';
import { type Tx, withSession } from '../rls.ts';
import { searchPublicResources } from '../sharing/resources.repository.ts';
import { searchPublicTools } from '../sharing/tools.repository.ts';
import {
  type Actor,
  claimsFor,
  createRlsFixtures,
  createTestDatabase,
  type RlsFixtures,
  type TestDatabase,
} from '../testing/index.ts';
import { listPlacePhotos } from './place-photos.repository.ts';
import {
  findPublicPlaceBySlug,
  findPublicPlaceLink,
  listPlaceLabelGrants,
  listPublicHubPlaces,
} from './public-directory.repository.ts';
import { findPublicPlacePage, type PublicPlacePageLimits } from './public-place-page.repository.ts';

let t: TestDatabase;
let f: RlsFixtures;

/** The page's limits: 5 sessions, 6 tools, 7 resources (one more than shown). */
const limits: PublicPlacePageLimits = {
  sessionsFrom: new Date().toISOString(),
  sessions: 5,
  tools: 6,
  resources: 7,
};

/** The page as the former statements read it, one by one. */
async function reference(tx: Tx, slug: string) {
  const p = await findPublicPlaceBySlug(tx, slug);
  if (!p) return null;
  const tools = await searchPublicTools(tx, { placeId: p.id, page: 1, pageSize: limits.tools });
  const sessions = await listPublicUpcomingSessions(tx, {
    from: limits.sessionsFrom,
    limit: limits.sessions,
    placeId: p.id,
  });
  return {
    ...p,
    labelGrants: await listPlaceLabelGrants(tx, p.id),
    fabrique: p.hubFabriqueId ? await findPublicPlaceLink(tx, p.hubFabriqueId) : null,
    hubPlaces: p.isFabrique ? await listPublicHubPlaces(tx, p.id) : [],
    upcomingSessions: sessions.map(({ placeName: _n, placeSlug: _s, ...s }) => s),
    photos: await listPlacePhotos(tx, p.id),
    tools: tools.tools.map(({ id, name, usage, outOfService }) => ({ id, name, usage, outOfService })),
    toolCount: tools.total,
    resources: await searchPublicResources(tx, { placeId: p.id, limit: limits.resources }),
  };
}

/** The one-statement page, counting the statements sent to the database. */
async function onePage(tx: Tx, slug: string) {
  let statements = 0;
  const counter: KyselyPlugin = {
    transformQuery: (args) => {
      statements += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  const page = await findPublicPlacePage(tx.withPlugin(counter), slug, limits);
  return { page, statements };
}

function claimsOf(actor: Actor) {
  return actor === 'anon' ? null : claimsFor(f.users[actor]);
}

const viewers = ['anon', 'resident', 'memberA', 'managerA', 'managerB', 'admin'] as const;
const slugs = ['lieu-a', 'lieu-b', 'lieu-e', 'lieu-c', 'lieu-h', 'inconnu'] as const;

beforeAll(async () => {
  t = await createTestDatabase();
  f = await createRlsFixtures(t.db);
  const { db } = t;
  const A = f.places.A;
  // Hub places of fabrique A: B and E (public), C (a draft), H (hidden by moderation).
  const E = randomUUID();
  const H = randomUUID();
  await db
    .insertInto('places')
    .values([
      {
        id: E,
        slug: 'lieu-e',
        name: 'Atelier E',
        address: '3 quai Carnot',
        postal_code: '29900',
        commune_code: '29039',
        status: 'published',
        hub_fabrique_id: A,
      },
      {
        id: H,
        slug: 'lieu-h',
        name: 'Lieu H (masqué)',
        address: '5 rue Vauban',
        postal_code: '29900',
        commune_code: '29039',
        status: 'published',
        hidden_at: new Date().toISOString(),
        hidden_reason: 'Signalé',
        hub_fabrique_id: A,
      },
    ])
    .execute();
  await db
    .updateTable('places')
    .set({ hub_fabrique_id: A })
    .where('id', 'in', [f.places.B, f.places.C])
    .execute();

  // Labels of A: its current fabrique label (fixtures), one ended, one to come, one without a wave.
  await db
    .insertInto('place_labels')
    .values([
      {
        place_id: A,
        label_id: f.labels.extra,
        wave_id: f.waves.open,
        granted_on: '2018-05-01',
        ends_on: '2019-12-31',
      },
      { place_id: A, label_id: f.labels.franceServices, granted_on: '2021-06-01' },
      { place_id: A, label_id: f.labels.numerique, wave_id: f.waves.draft, granted_on: '2031-01-02' },
      { place_id: H, label_id: f.labels.franceServices, granted_on: '2021-06-01' },
    ])
    .execute();

  // Sessions of A: past, cancelled, of a draft activity, and eight to come (five shown), some booked.
  const sessions = Array.from({ length: 8 }, (_, i) => ({
    id: randomUUID(),
    activity_id: f.activities.A_pub,
    place_id: A,
    starts_at: f.inDays(i + 1, 9 + (i % 3)),
    ends_at: f.inDays(i + 1, 12),
    capacity: 3 + i,
  }));
  await db
    .insertInto('sessions')
    .values([
      ...sessions,
      {
        activity_id: f.activities.A_pub,
        place_id: A,
        starts_at: f.inDays(-2, 9),
        ends_at: f.inDays(-2, 11),
        capacity: 5,
      },
      {
        activity_id: f.activities.A_pub,
        place_id: A,
        starts_at: f.inDays(1, 8),
        ends_at: f.inDays(1, 9),
        capacity: 5,
        status: 'cancelled',
      },
      {
        activity_id: f.activities.A_draft,
        place_id: A,
        starts_at: f.inDays(1, 7),
        ends_at: f.inDays(1, 8),
        capacity: 5,
      },
    ])
    .execute();
  const booked = sessions[1];
  if (!booked) throw new Error('no session');
  await db
    .insertInto('bookings')
    .values(
      [1, 2, 3].map((n) => ({
        session_id: booked.id,
        place_id: A,
        first_name: `Personne ${n}`,
        email: `personne${n}@example.org`,
        consent_at: new Date().toISOString(),
        manage_token_hash: f.hex64(),
      })),
    )
    .execute();

  // Photos of A: three more, out of insertion order.
  await db
    .insertInto('place_photos')
    .values([
      { place_id: A, storage_path: 'places/a/3.jpg', alt_text: 'Troisième', position: 3 },
      { place_id: A, storage_path: 'places/a/2.jpg', alt_text: 'Deuxième', position: 2 },
      { place_id: A, storage_path: 'places/a/0.jpg', alt_text: 'Couverture', position: 0 },
    ])
    .execute();

  // Tools of A: nine published (one out of service, two with the same name), a draft, a hidden, an archived.
  await db
    .insertInto('tools')
    .values([
      ...['Scie', 'Perceuse', 'Brodeuse', 'Ponceuse', 'Fraiseuse', 'Scanner 3D', 'Perceuse', 'Tour'].map(
        (name, i) => ({
          place_id: A,
          name,
          usage: i % 2 === 0 ? ('lendable' as const) : ('on_site' as const),
          out_of_service: i === 3,
          status: 'published' as const,
        }),
      ),
      { place_id: A, name: 'Aspirateur (brouillon)' },
      {
        place_id: A,
        name: 'Agrafeuse',
        status: 'published',
        hidden_at: new Date().toISOString(),
        hidden_reason: 'Signalé',
      },
      { place_id: A, name: 'Ancienne presse', status: 'archived' },
    ])
    .execute();

  // Resources of A: eight more published (a link or a file, older than the fixtures' one), a hidden one, an
  // archived one; its draft comes from the fixtures.
  const day = (n: number) => new Date(Date.UTC(2020, 0, n, 12)).toISOString();
  await db
    .insertInto('resources')
    .values([
      ...Array.from({ length: 8 }, (_, i) => ({
        place_id: A,
        title: `Fiche ${i + 1}`,
        description: i % 2 ? `Description ${i + 1}` : null,
        themes: i % 3 ? ['creer_avec_le_numerique', 'email'] : [],
        status: 'published' as const,
        created_at: day(i + 1),
        ...(i % 2
          ? { storage_path: `resources/a/${i}.pdf`, mime_type: 'application/pdf', size_bytes: 1000 + i }
          : { url: `https://example.org/fiche-${i}` }),
      })),
      {
        place_id: A,
        title: 'Fiche masquée',
        url: 'https://example.org/m',
        status: 'published',
        hidden_at: day(20),
        hidden_reason: 'Signalé',
        created_at: day(20),
      },
      { place_id: A, title: 'Fiche archivée', url: 'https://example.org/a', status: 'archived' },
    ])
    .execute();
});
afterAll(() => t.drop());

describe('a public place’s page in one statement', () => {
  for (const viewer of viewers)
    it(`reads what the former statements read, as ${viewer}`, async () => {
      await withSession(t.db, claimsOf(viewer), async (tx) => {
        for (const slug of slugs) {
          const expected = await reference(tx, slug);
          const { page, statements } = await onePage(tx, slug);
          expect(statements).toBe(1);
          expect(page, slug).toEqual(expected);
        }
      });
    });

  it('fills every part of a fabrique’s page, up to its limits, with numbers and text dates', async () => {
    const page = await withSession(t.db, null, async (tx) => (await onePage(tx, 'lieu-a')).page);
    if (!page) throw new Error('no page');
    expect(page.isFabrique).toBe(true);
    expect(page.labelGrants.map((g) => [g.code, g.endsOn])).toEqual([
      ['fabrique_numerique_territoire', null],
      ['france_services', null],
      ['fabrique_territoire', null],
      ['label_de_test', '2019-12-31'],
    ]);
    expect(page.hubPlaces.map((h) => h.slug)).toEqual(['lieu-e', 'lieu-b']);
    expect(page.hubPlaces[0]).toEqual({ slug: 'lieu-e', name: 'Atelier E', commune: expect.any(String) });
    expect(page.upcomingSessions).toHaveLength(5);
    expect(page.upcomingSessions.map((s) => s.seatsTaken)).toEqual([0, 3, 0, 0, 0]);
    expect(typeof page.upcomingSessions[0]?.startsAt).toBe('string');
    expect(page.photos.map((p) => p.position)).toEqual([0, 0, 2, 3]);
    expect(page.tools).toHaveLength(6);
    expect(page.toolCount).toBe(9);
    expect(page.resources.map((r) => r.title)).toEqual([
      'Guide de la découpe laser',
      'Fiche 8',
      'Fiche 7',
      'Fiche 6',
      'Fiche 5',
      'Fiche 4',
      'Fiche 3',
    ]);
    expect(page.resources[1]?.sizeBytes).toBe(1007);
    expect(page.fabrique).toBeNull();

    const hub = await withSession(t.db, null, async (tx) => (await onePage(tx, 'lieu-b')).page);
    expect(hub?.fabrique).toEqual({ slug: 'lieu-a', name: 'Lieu A', commune: expect.any(String) });
    expect(hub?.hubPlaces).toEqual([]);
  });

  it('shows a place’s members none of its drafts, and nothing of a draft or hidden place', async () => {
    for (const viewer of ['memberA', 'managerA', 'managerB'] as const) {
      const [a, c, h] = await withSession(t.db, claimsOf(viewer), async (tx) => [
        (await onePage(tx, 'lieu-a')).page,
        (await onePage(tx, 'lieu-c')).page,
        (await onePage(tx, 'lieu-h')).page,
      ]);
      expect(c).toBeNull();
      expect(h).toBeNull();
      expect(a?.tools.map((x) => x.id)).not.toContain(f.tools.A_draft);
      expect(a?.tools.map((x) => x.name)).not.toContain('Aspirateur (brouillon)');
      expect(a?.toolCount).toBe(9);
      expect(a?.resources.map((r) => r.status)).toEqual(Array(7).fill('published'));
      expect(a?.upcomingSessions.map((s) => s.title)).not.toContain('Atelier en préparation A');
      expect(a?.hubPlaces.map((p) => p.slug)).toEqual(['lieu-e', 'lieu-b']);
    }
  });
});
