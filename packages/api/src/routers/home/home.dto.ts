// What the home procedures return: plain data shaped for the pages, never database rows.
import type { CompletenessField } from '@rf/domain/directory/completeness';

export interface LabelDto {
  code: string;
  name: string;
}

// home.public ---------------------------------------------------------------------------------------------

export interface PublicHomeDto {
  totals: { places: number; fabriques: number; tiersLieux: number; regions: number };
  fabriques: {
    slug: string;
    name: string;
    commune: string | null;
    departement: { code: string; name: string } | null;
    labels: LabelDto[];
  }[];
  upcomingSessions: {
    id: string;
    title: string;
    placeName: string;
    placeSlug: string;
    startsAt: string;
    endsAt: string;
    seatsLeft: number;
  }[];
}

// home.space ----------------------------------------------------------------------------------------------

export interface PlaceSessionDto {
  id: string;
  title: string;
  /** A session of an activity still in draft is not visible to the public yet. */
  published: boolean;
  startsAt: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
  /** Begun, with someone confirmed not marked yet (the console flags it "présences à noter"). */
  attendancePending: boolean;
}

export interface SpaceHomeDto {
  homeRole: 'resident' | 'member' | 'manager' | 'network_admin' | 'observer';
  displayName: string;
  bookings: {
    id: string;
    status: 'confirmed' | 'waitlisted';
    title: string;
    placeName: string;
    startsAt: string;
    /** Whether it can still be cancelled online (the cut-off of the private link). */
    canCancel: boolean;
    /** Whether it can move now to another date of the same workshop. */
    canMove: boolean;
    /** A later session of a course booked as a whole: managed with the course's first session. */
    courseFollower: boolean;
  }[];
  /** The places the person belongs to, each with its next sessions (empty for a resident). */
  places: {
    id: string;
    name: string;
    role: 'member' | 'manager';
    upcomingSessions: PlaceSessionDto[];
  }[];
}

// home.console --------------------------------------------------------------------------------------------

export interface ManagedPlaceDto {
  id: string;
  slug: string;
  name: string;
  status: 'draft' | 'published' | 'archived';
  hidden: boolean;
  commune: string | null;
  labels: LabelDto[];
  completeness: { percent: number; missing: CompletenessField[] };
  upcomingSessions: PlaceSessionDto[];
  tools: {
    id: string;
    name: string;
    usage: 'on_site' | 'lendable';
    published: boolean;
    outOfService: boolean;
  }[];
  pendingLoanRequests: {
    id: string;
    toolName: string;
    borrowerPlaceName: string | null;
    from: string;
    to: string;
  }[];
  latestReport: {
    period: 'quarter' | 'year';
    periodStart: string;
    status: 'draft' | 'submitted' | 'sent_back' | 'validated';
  } | null;
}

export interface ManagerConsoleDto {
  homeRole: 'manager';
  places: ManagedPlaceDto[];
}

export interface NetworkAdminConsoleDto {
  homeRole: 'network_admin';
  totals: {
    places: number;
    publishedPlaces: number;
    fabriques: number;
    members: number;
    reportsToValidate: number;
    labelsGrantedThisYear: number;
    pendingInvitations: number;
  };
  year: number;
  recentAuditEvents: {
    id: number;
    at: string;
    action: 'insert' | 'update' | 'delete';
    table: string;
    actorName: string | null;
  }[];
  pendingInvitations: {
    id: string;
    email: string;
    placeName: string | null;
    role: 'member' | 'manager' | 'network_admin' | 'observer';
    expiresAt: string;
  }[];
}

/** Aggregates only: an observer never receives a name, an address, a booking or any personal field. */
export interface ObserverConsoleDto {
  homeRole: 'observer';
  totals: { publishedPlaces: number; fabriques: number; regions: number; validatedReports: number };
  placesByRegion: { code: string; name: string; places: number; fabriques: number }[];
  indicatorTotals: { code: string; total: number }[];
}

export type ConsoleHomeDto = ManagerConsoleDto | NetworkAdminConsoleDto | ObserverConsoleDto;
