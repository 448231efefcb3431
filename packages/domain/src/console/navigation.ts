import type { HomeRole } from '../identity/roles.ts';

// The console's navigation, grouped by task (issue 16, "Navigation by task"): a place manager's as their
// week runs, a network admin's by network, programme and data, an observer's by what it may read. Each
// link says what waits there (a loan request to answer, a report to validate), from the counts of
// `console.awaiting`. Labels are catalogue keys: the app translates them.

/** What waits for the viewer, counted once per request (`console.awaiting`); zero when it is not theirs. */
export interface AwaitingCounts {
  /** Network admins: reports submitted, waiting for their validation. */
  reportsToValidate: number;
  /** Managers: their places' reports sent back for correction. */
  reportsToRevise: number;
  /** Loan requests the viewer decides on: their places' as the lender, every place's for a network admin. */
  loansToApprove: number;
  /** Managers: sessions begun in the last days whose attendance is still to be taken. */
  attendanceToTake: number;
  /** Managers: their places' sessions today (in France). */
  sessionsToday: number;
  /** Managers: their places' appointments today (in France). */
  appointmentsToday: number;
}

export const NOTHING_AWAITING: Readonly<AwaitingCounts> = Object.freeze({
  reportsToValidate: 0,
  reportsToRevise: 0,
  loansToApprove: 0,
  attendanceToTake: 0,
  sessionsToday: 0,
  appointmentsToday: 0,
});

export type NavGroupId =
  | 'week'
  | 'workshops'
  | 'sharing'
  | 'reporting'
  | 'place'
  | 'network'
  | 'programme'
  | 'data';

export type NavGroupLabelKey =
  | 'console_nav.group.week'
  | 'console_nav.group.workshops'
  | 'console_nav.group.sharing'
  | 'console_nav.group.reporting'
  | 'console_nav.group.place'
  | 'console_nav.group.places'
  | 'console_nav.group.network'
  | 'console_nav.group.programme'
  | 'console_nav.group.data';

export type NavLabelKey =
  | 'nav.home'
  | 'appointments.nav'
  | 'console_nav.availabilities'
  | 'publishing.nav'
  | 'sharing.inventory.nav'
  | 'sharing.loans.nav'
  | 'sharing.resources.nav'
  | 'activity_records.nav'
  | 'coordination.nav'
  | 'reports.nav'
  | 'dashboards.nav'
  | 'console_nav.place_profile'
  | 'team.nav'
  | 'invitations.nav'
  | 'sms.usage.nav'
  | 'directory_admin.nav.places'
  | 'directory_admin.nav.import'
  | 'directory_admin.stale.link'
  | 'webhooks.title'
  | 'people.nav'
  | 'programme.nav.moderation'
  | 'programme.nav.funding'
  | 'programme.nav.waves'
  | 'programme.nav.journal'
  | 'privacy.settings.nav'
  | 'admin.nav.mailbox';

/** What a badge counts: its words are a catalogue key with a singular and a plural form. */
export type NavBadgeCount = keyof AwaitingCounts;

export type NavBadgeLabelKey = `console_nav.badge.${NavBadgeCount}.${'one' | 'other'}`;

export interface NavBadge {
  count: number;
  counts: NavBadgeCount;
  labelKeys: { one: NavBadgeLabelKey; other: NavBadgeLabelKey };
  /** `awaiting`: something to do; `today`: what the day holds. */
  kind: 'awaiting' | 'today';
}

export interface NavItem {
  href: string;
  labelKey: NavLabelKey;
  labelParams?: Readonly<Record<string, string>>;
  /** Only counts above zero. */
  badges: readonly NavBadge[];
  /** Other addresses whose pages belong to this link (an attendance sheet to the workshops). */
  also?: readonly string[];
}

export interface NavGroup {
  id: NavGroupId;
  labelKey: NavGroupLabelKey;
  items: readonly NavItem[];
  /** The group's things to do (badges of kind `awaiting`), added up. */
  awaiting: number;
}

export interface ConsoleNavInput {
  /** The viewer's home role (`homeRole`), null when signed out. */
  role: HomeRole | null;
  /** The places the viewer manages, for a manager's links to their places' profiles. */
  managedPlaces: readonly { id: string; name: string }[];
  /** What waits, or null when unknown (nothing is shown then). */
  awaiting: AwaitingCounts | null;
}

const BADGE_KIND: Readonly<Record<NavBadgeCount, NavBadge['kind']>> = {
  reportsToValidate: 'awaiting',
  reportsToRevise: 'awaiting',
  loansToApprove: 'awaiting',
  attendanceToTake: 'awaiting',
  sessionsToday: 'today',
  appointmentsToday: 'today',
};

function badges(awaiting: AwaitingCounts | null, ...counts: NavBadgeCount[]): NavBadge[] {
  if (!awaiting) return [];
  return counts
    .filter((counted) => awaiting[counted] > 0)
    .map((counted) => ({
      count: awaiting[counted],
      counts: counted,
      labelKeys: { one: `console_nav.badge.${counted}.one`, other: `console_nav.badge.${counted}.other` },
      kind: BADGE_KIND[counted],
    }));
}

function link(href: string, labelKey: NavLabelKey, extra: Partial<NavItem> = {}): NavItem {
  return { href, labelKey, badges: [], ...extra };
}

function group(id: NavGroupId, labelKey: NavGroupLabelKey, items: NavItem[]): NavGroup {
  const awaiting = items
    .flatMap((item) => item.badges)
    .filter((badge) => badge.kind === 'awaiting')
    .reduce((sum, badge) => sum + badge.count, 0);
  return { id, labelKey, items, awaiting };
}

function managerNavigation({ managedPlaces, awaiting }: ConsoleNavInput): NavGroup[] {
  return [
    group('week', 'console_nav.group.week', [
      // The home lists the week's sessions with their attendance sheets.
      link('/', 'nav.home', { badges: badges(awaiting, 'sessionsToday', 'attendanceToTake') }),
      link('/rendez-vous', 'appointments.nav', { badges: badges(awaiting, 'appointmentsToday') }),
      link('/disponibilites', 'console_nav.availabilities'),
    ]),
    group('workshops', 'console_nav.group.workshops', [
      link('/ateliers', 'publishing.nav', { also: ['/seances'] }),
    ]),
    group('sharing', 'console_nav.group.sharing', [
      link('/outils', 'sharing.inventory.nav'),
      link('/prets', 'sharing.loans.nav', { badges: badges(awaiting, 'loansToApprove') }),
      link('/ressources', 'sharing.resources.nav'),
    ]),
    group('reporting', 'console_nav.group.reporting', [
      link('/activite', 'activity_records.nav'),
      link('/coordination', 'coordination.nav'),
      link('/rapports', 'reports.nav', { badges: badges(awaiting, 'reportsToRevise') }),
      link('/tableaux-de-bord', 'dashboards.nav'),
    ]),
    group('place', managedPlaces.length > 1 ? 'console_nav.group.places' : 'console_nav.group.place', [
      ...managedPlaces.map((place) =>
        link(`/lieux/${encodeURIComponent(place.id)}/fiche`, 'console_nav.place_profile', {
          labelParams: { place: place.name },
        }),
      ),
      link('/equipe', 'team.nav'),
      link('/invitations', 'invitations.nav'),
      link('/sms', 'sms.usage.nav'),
      link('/integrations/webhooks', 'webhooks.title'),
    ]),
  ];
}

function networkAdminNavigation({ awaiting }: ConsoleNavInput): NavGroup[] {
  return [
    group('network', 'console_nav.group.network', [
      link('/', 'nav.home'),
      link('/lieux', 'directory_admin.nav.places'),
      link('/lieux/import', 'directory_admin.nav.import'),
      link('/lieux/a-mettre-a-jour', 'directory_admin.stale.link'),
      link('/personnes', 'people.nav'),
      link('/invitations', 'invitations.nav'),
      link('/moderation', 'programme.nav.moderation'),
      link('/ateliers', 'publishing.nav', { also: ['/seances'] }),
      link('/prets', 'sharing.loans.nav', { badges: badges(awaiting, 'loansToApprove') }),
    ]),
    group('programme', 'console_nav.group.programme', [
      link('/financements', 'programme.nav.funding'),
      link('/programme/vagues', 'programme.nav.waves'),
      link('/rapports', 'reports.nav', { badges: badges(awaiting, 'reportsToValidate') }),
      link('/activite', 'activity_records.nav'),
      link('/coordination', 'coordination.nav'),
      link('/journal', 'programme.nav.journal'),
    ]),
    group('data', 'console_nav.group.data', [
      link('/tableaux-de-bord', 'dashboards.nav'),
      link('/donnees-personnelles', 'privacy.settings.nav'),
      link('/sms', 'sms.usage.nav'),
      link('/integrations/webhooks', 'webhooks.title'),
      link('/boite-mail', 'admin.nav.mailbox'),
    ]),
  ];
}

function observerNavigation(): NavGroup[] {
  return [
    group('programme', 'console_nav.group.programme', [
      link('/', 'nav.home'),
      link('/financements', 'programme.nav.funding'),
      link('/rapports', 'reports.nav'),
    ]),
    group('data', 'console_nav.group.data', [link('/tableaux-de-bord', 'dashboards.nav')]),
  ];
}

/**
 * The console's navigation for the viewer, in order. Someone without a console (signed out, a resident,
 * a member) gets none: the brand's link leads home, and the home says where their space is.
 */
export function consoleNavigation(input: ConsoleNavInput): NavGroup[] {
  switch (input.role) {
    case 'manager':
      return managerNavigation(input);
    case 'network_admin':
      return networkAdminNavigation(input);
    case 'observer':
      return observerNavigation();
    default:
      return [];
  }
}

/** What waits in all the groups (badges of kind `awaiting`): the phone's "Menu" shows it while closed. */
export function awaitingTotal(groups: readonly NavGroup[]): number {
  return groups.reduce((sum, g) => sum + g.awaiting, 0);
}

function within(pathname: string, path: string): boolean {
  if (path === '/') return pathname === '/';
  return pathname === path || pathname.startsWith(`${path}/`);
}

/**
 * The link of the page at `pathname`: the one whose address (or one of its `also`) is the longest that
 * holds the path, so `/lieux/import` is the import's, `/lieux/konk-ar-lab` the places'. `page` when the
 * path is the link's own address, `section` when the page is inside it. Null when no link holds it.
 */
export function currentLink(
  groups: readonly NavGroup[],
  pathname: string,
): { href: string; kind: 'page' | 'section' } | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  let best: { href: string; length: number } | null = null;
  for (const item of groups.flatMap((g) => g.items)) {
    for (const candidate of [item.href, ...(item.also ?? [])]) {
      if (within(path, candidate) && (!best || candidate.length > best.length)) {
        best = { href: item.href, length: candidate.length };
      }
    }
  }
  if (!best) return null;
  return { href: best.href, kind: path === best.href ? 'page' : 'section' };
}
