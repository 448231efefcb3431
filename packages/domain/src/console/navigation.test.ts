import { describe, expect, it } from 'vitest';
import type { HomeRole } from '../identity/roles.ts';
import {
  type AwaitingCounts,
  awaitingTotal,
  consoleNavigation,
  currentLink,
  type NavGroup,
  NOTHING_AWAITING,
} from './navigation.ts';

const konk = { id: 'a1b2', name: 'Konk Ar Lab' };
const machinerie = { id: 'c3d4', name: 'La Machinerie' };

const hrefs = (groups: readonly NavGroup[]) => groups.flatMap((g) => g.items.map((i) => i.href));

/**
 * Every link of the console's flat menu before issue 16 ("Navigation by task"), for each home role: the
 * grouped navigation must still reach each of them for the same roles.
 */
const LINKS_BEFORE: Readonly<Record<'manager' | 'network_admin' | 'observer', readonly string[]>> = {
  manager: [
    '/',
    '/invitations',
    '/ateliers',
    '/equipe',
    '/rendez-vous',
    '/outils',
    '/prets',
    '/ressources',
    '/activite',
    '/coordination',
    '/rapports',
    '/tableaux-de-bord',
    '/sms',
  ],
  network_admin: [
    '/',
    '/invitations',
    '/ateliers',
    '/lieux',
    '/lieux/import',
    '/personnes',
    '/prets',
    '/activite',
    '/coordination',
    '/rapports',
    '/tableaux-de-bord',
    '/financements',
    '/programme/vagues',
    '/moderation',
    '/journal',
    '/donnees-personnelles',
    '/sms',
    '/boite-mail',
  ],
  observer: ['/', '/rapports', '/tableaux-de-bord', '/financements'],
};

const counts = (some: Partial<AwaitingCounts>): AwaitingCounts => ({ ...NOTHING_AWAITING, ...some });

describe('consoleNavigation keeps every link of the flat menu', () => {
  for (const role of ['manager', 'network_admin', 'observer'] as const) {
    it(`for ${role}`, () => {
      const groups = consoleNavigation({ role, managedPlaces: [konk], awaiting: null });
      expect(hrefs(groups)).toEqual(expect.arrayContaining([...LINKS_BEFORE[role]]));
    });
  }

  it('gives no role a link another role had and it had not (nor a link twice)', () => {
    const before = new Set(Object.values(LINKS_BEFORE).flat());
    for (const role of ['manager', 'network_admin', 'observer'] as const) {
      const now = hrefs(consoleNavigation({ role, managedPlaces: [konk], awaiting: null }));
      expect(new Set(now).size).toBe(now.length);
      const gained = now.filter((href) => before.has(href) && !LINKS_BEFORE[role].includes(href));
      expect(gained).toEqual([]);
    }
  });

  it('gives no navigation to someone without a console (the brand still leads home)', () => {
    for (const role of ['member', 'resident', null] as (HomeRole | null)[]) {
      expect(consoleNavigation({ role, managedPlaces: [], awaiting: NOTHING_AWAITING })).toEqual([]);
    }
  });
});

describe('consoleNavigation groups', () => {
  it('groups a manager’s console as their week runs, their places’ profiles in the last group', () => {
    const groups = consoleNavigation({ role: 'manager', managedPlaces: [konk], awaiting: null });
    expect(groups.map((g) => [g.id, g.labelKey, g.items.map((i) => i.href)])).toEqual([
      ['week', 'console_nav.group.week', ['/', '/rendez-vous', '/disponibilites']],
      ['workshops', 'console_nav.group.workshops', ['/ateliers']],
      ['sharing', 'console_nav.group.sharing', ['/outils', '/prets', '/ressources']],
      [
        'reporting',
        'console_nav.group.reporting',
        ['/activite', '/coordination', '/rapports', '/tableaux-de-bord'],
      ],
      [
        'place',
        'console_nav.group.place',
        ['/lieux/a1b2/fiche', '/equipe', '/invitations', '/sms', '/integrations/webhooks'],
      ],
    ]);
    expect(groups[4]?.items[0]).toMatchObject({
      labelKey: 'console_nav.place_profile',
      labelParams: { place: 'Konk Ar Lab' },
    });
  });

  it('says "my places" to the manager of several', () => {
    const groups = consoleNavigation({ role: 'manager', managedPlaces: [konk, machinerie], awaiting: null });
    const place = groups.find((g) => g.id === 'place');
    expect(place?.labelKey).toBe('console_nav.group.places');
    expect(place?.items.slice(0, 2).map((i) => i.href)).toEqual(['/lieux/a1b2/fiche', '/lieux/c3d4/fiche']);
  });

  it('groups a network admin’s by network, programme and data', () => {
    const groups = consoleNavigation({ role: 'network_admin', managedPlaces: [], awaiting: null });
    expect(groups.map((g) => [g.id, g.items.map((i) => i.href)])).toEqual([
      [
        'network',
        [
          '/',
          '/lieux',
          '/lieux/import',
          '/lieux/a-mettre-a-jour',
          '/personnes',
          '/invitations',
          '/moderation',
          '/ateliers',
          '/prets',
        ],
      ],
      [
        'programme',
        ['/financements', '/programme/vagues', '/rapports', '/activite', '/coordination', '/journal'],
      ],
      [
        'data',
        ['/tableaux-de-bord', '/donnees-personnelles', '/sms', '/integrations/webhooks', '/boite-mail'],
      ],
    ]);
  });

  it('gives an observer only what it may read', () => {
    const groups = consoleNavigation({ role: 'observer', managedPlaces: [], awaiting: null });
    expect(groups.map((g) => [g.id, g.items.map((i) => i.href)])).toEqual([
      ['programme', ['/', '/financements', '/rapports']],
      ['data', ['/tableaux-de-bord']],
    ]);
  });
});

describe('consoleNavigation badges', () => {
  it('puts each count on the link where it is acted on, and nothing at zero', () => {
    const groups = consoleNavigation({
      role: 'manager',
      managedPlaces: [konk],
      awaiting: counts({
        loansToApprove: 2,
        reportsToRevise: 1,
        sessionsToday: 3,
        attendanceToTake: 1,
        reportsToValidate: 9,
      }),
    });
    const badgesOf = (href: string) =>
      groups
        .flatMap((g) => g.items)
        .find((i) => i.href === href)
        ?.badges.map((b) => [b.counts, b.count, b.kind]);
    expect(badgesOf('/')).toEqual([
      ['sessionsToday', 3, 'today'],
      ['attendanceToTake', 1, 'awaiting'],
    ]);
    expect(badgesOf('/rendez-vous')).toEqual([]);
    expect(badgesOf('/prets')).toEqual([['loansToApprove', 2, 'awaiting']]);
    // A manager validates nothing: only their reports sent back show.
    expect(badgesOf('/rapports')).toEqual([['reportsToRevise', 1, 'awaiting']]);
    expect(groups.map((g) => [g.id, g.awaiting])).toEqual([
      ['week', 1],
      ['workshops', 0],
      ['sharing', 2],
      ['reporting', 1],
      ['place', 0],
    ]);
    expect(awaitingTotal(groups)).toBe(4);
  });

  it('names each badge with a singular and a plural catalogue key', () => {
    const [network] = consoleNavigation({
      role: 'network_admin',
      managedPlaces: [],
      awaiting: counts({ loansToApprove: 1 }),
    });
    expect(network?.items.find((i) => i.href === '/prets')?.badges[0]?.labelKeys).toEqual({
      one: 'console_nav.badge.loansToApprove.one',
      other: 'console_nav.badge.loansToApprove.other',
    });
  });

  it('shows a network admin the reports to validate and the loans to decide', () => {
    const groups = consoleNavigation({
      role: 'network_admin',
      managedPlaces: [],
      awaiting: counts({ reportsToValidate: 3, loansToApprove: 1 }),
    });
    expect(groups.map((g) => [g.id, g.awaiting])).toEqual([
      ['network', 1],
      ['programme', 3],
      ['data', 0],
    ]);
  });

  it('shows nothing when the counts are unknown', () => {
    const groups = consoleNavigation({ role: 'manager', managedPlaces: [konk], awaiting: null });
    expect(groups.flatMap((g) => g.items).every((i) => i.badges.length === 0)).toBe(true);
    expect(awaitingTotal(groups)).toBe(0);
  });
});

describe('currentLink', () => {
  const admin = consoleNavigation({ role: 'network_admin', managedPlaces: [], awaiting: null });
  const manager = consoleNavigation({ role: 'manager', managedPlaces: [konk], awaiting: null });

  it('marks the page itself, or the section the page belongs to', () => {
    expect(currentLink(admin, '/')).toEqual({ href: '/', kind: 'page' });
    expect(currentLink(admin, '/lieux')).toEqual({ href: '/lieux', kind: 'page' });
    expect(currentLink(admin, '/lieux/konk-ar-lab')).toEqual({ href: '/lieux', kind: 'section' });
    expect(currentLink(admin, '/lieux/import')).toEqual({ href: '/lieux/import', kind: 'page' });
    expect(currentLink(admin, '/financements/conventions/x')).toEqual({
      href: '/financements',
      kind: 'section',
    });
    expect(currentLink(admin, '/rapports/')).toEqual({ href: '/rapports', kind: 'page' });
  });

  it('knows the pages reached from a link (attendance sheets are the workshops’)', () => {
    expect(currentLink(manager, '/seances/s1/presences')).toEqual({ href: '/ateliers', kind: 'section' });
    expect(currentLink(manager, '/lieux/a1b2/fiche')).toEqual({ href: '/lieux/a1b2/fiche', kind: 'page' });
    expect(currentLink(manager, '/disponibilites/d1')).toEqual({ href: '/disponibilites', kind: 'section' });
  });

  it('marks nothing for a page no link holds, and never the home for another page', () => {
    expect(currentLink(manager, '/connexion')).toBeNull();
    expect(currentLink(manager, '/programme/vagues')).toBeNull();
    expect(currentLink(manager, '/ateliers-bis')).toBeNull();
  });
});
