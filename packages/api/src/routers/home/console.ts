import type { Tx } from '@rf/db';
import { listRecentAuditEvents } from '@rf/db/audit/recent-events.repository';
import { listPlaceUpcomingSessions } from '@rf/db/catalogue/upcoming-sessions.repository';
import {
  countLabelsGrantedSince,
  countNetwork,
  countPublicPlacesByRegion,
} from '@rf/db/directory/network-overview.repository';
import { listPlaceSummaries } from '@rf/db/directory/place-summary.repository';
import { countPlaceMembers, listPendingInvitations } from '@rf/db/identity/network-people.repository';
import {
  countReportsByStatus,
  listLatestReports,
  sumValidatedIndicators,
} from '@rf/db/reporting/report-status.repository';
import { listPendingLoanRequests, listPlaceTools } from '@rf/db/sharing/place-tools.repository';
import { placeCompleteness } from '@rf/domain/directory/completeness';
import { DomainError } from '@rf/domain/errors';
import { homeRole, managedPlaceIds, type Viewer } from '@rf/domain/identity/roles';
import { parisDay } from '@rf/domain/time/paris';
import { signedInProcedure } from '../../trpc.ts';
import type {
  ConsoleHomeDto,
  ManagerConsoleDto,
  NetworkAdminConsoleDto,
  ObserverConsoleDto,
} from './home.dto.ts';
import { consoleSessionsWindow, SESSIONS_PER_PLACE, toPlaceSessionDto } from './place-sessions.ts';

const AUDIT_EVENTS_SHOWN = 8;
const INVITATIONS_SHOWN = 5;

/** The calendar year in France, whatever the server's time zone. */
function yearInFrance(now: Date): number {
  return Number(parisDay(now).slice(0, 4));
}

async function managerConsole(tx: Tx, viewer: Viewer, now: Date): Promise<ManagerConsoleDto> {
  const placeIds = managedPlaceIds(viewer);
  const summaries = await listPlaceSummaries(tx, placeIds);
  const tools = await listPlaceTools(tx, placeIds);
  const loans = await listPendingLoanRequests(tx, placeIds);
  const reports = await listLatestReports(tx, placeIds);
  const places: ManagerConsoleDto['places'] = [];
  for (const place of summaries) {
    const sessions = await listPlaceUpcomingSessions(tx, place.id, {
      ...consoleSessionsWindow(now),
      limit: SESSIONS_PER_PLACE,
    });
    const report = reports.find((r) => r.placeId === place.id);
    places.push({
      id: place.id,
      slug: place.slug,
      name: place.name,
      status: place.status,
      hidden: place.hidden,
      commune: place.commune,
      labels: place.labels,
      completeness: placeCompleteness(place.profile),
      upcomingSessions: sessions.map(toPlaceSessionDto),
      tools: tools
        .filter((tool) => tool.placeId === place.id)
        .map((tool) => ({
          id: tool.id,
          name: tool.name,
          usage: tool.usage,
          published: tool.status === 'published',
          outOfService: tool.outOfService,
        })),
      pendingLoanRequests: loans
        .filter((loan) => loan.lenderPlaceId === place.id)
        .map(({ id, toolName, borrowerPlaceName, from, to }) => ({
          id,
          toolName,
          borrowerPlaceName,
          from,
          to,
        })),
      latestReport: report
        ? { period: report.period, periodStart: report.periodStart, status: report.status }
        : null,
    });
  }
  return { homeRole: 'manager', places };
}

async function networkAdminConsole(tx: Tx, now: Date): Promise<NetworkAdminConsoleDto> {
  const year = yearInFrance(now);
  const all = await countNetwork(tx, 'visible');
  const published = await countNetwork(tx, 'public');
  const members = await countPlaceMembers(tx);
  const reports = await countReportsByStatus(tx);
  const labelsGranted = await countLabelsGrantedSince(tx, `${year}-01-01`);
  const invitations = await listPendingInvitations(tx, { now: now.toISOString(), limit: INVITATIONS_SHOWN });
  const events = await listRecentAuditEvents(tx, AUDIT_EVENTS_SHOWN);
  return {
    homeRole: 'network_admin',
    year,
    totals: {
      places: all.places,
      publishedPlaces: published.places,
      fabriques: all.fabriques,
      members,
      reportsToValidate: reports.submitted,
      labelsGrantedThisYear: labelsGranted,
      pendingInvitations: invitations.total,
    },
    recentAuditEvents: events,
    pendingInvitations: invitations.items,
  };
}

async function observerConsole(tx: Tx): Promise<ObserverConsoleDto> {
  const published = await countNetwork(tx, 'public');
  const reports = await countReportsByStatus(tx);
  return {
    homeRole: 'observer',
    totals: {
      publishedPlaces: published.places,
      fabriques: published.fabriques,
      regions: published.regions,
      validatedReports: reports.validated,
    },
    placesByRegion: await countPublicPlacesByRegion(tx),
    indicatorTotals: await sumValidatedIndicators(tx),
  };
}

/**
 * The admin console's home, by the widest role the person holds. Residents and members have no console:
 * they are refused (the page says so kindly and points to the site).
 */
export const consoleHome = signedInProcedure.query(async ({ ctx }): Promise<ConsoleHomeDto> => {
  const now = new Date();
  switch (homeRole(ctx.viewer)) {
    case 'manager':
      return managerConsole(ctx.tx, ctx.viewer, now);
    case 'network_admin':
      return networkAdminConsole(ctx.tx, now);
    case 'observer':
      return observerConsole(ctx.tx);
    default:
      throw new DomainError('forbidden');
  }
});
