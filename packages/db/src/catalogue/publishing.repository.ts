import { type ExpressionBuilder, sql } from 'kysely';
import type { Tx } from '../rls.ts';
import type { DB } from '../schema.ts';

// Publishing workshops and trainings. Every query runs as the signed-in person: RLS lets the place's team
// (and network admins) write its activities and sessions, and read their bookings.

export type ActivityStatus = 'draft' | 'published' | 'cancelled';

export interface ActivityValues {
  kind: 'workshop' | 'training';
  title: string;
  description: string | null;
  themes: string[];
  level: 'debutant' | 'intermediaire' | 'avance' | null;
  audience: string | null;
  feesKind: 'gratuit' | 'payant';
  priceCents: number | null;
  accessibilityNotes: string | null;
  facilitatorName: string | null;
  format: 'on_site' | 'remote' | 'hybrid';
  minAttendance: number | null;
  minAttendanceNoticeMinutes: number;
  /** A minimum not met at its deadline: cancel the session and tell everyone, or warn the organisers only. */
  minAttendanceAction: MinAttendanceAction;
  /** A training booked session by session, or as a whole course from its first session (decision 044). */
  bookingScope: BookingScope;
}

export type MinAttendanceAction = 'cancel' | 'warn';
export type BookingScope = 'session' | 'course';

const columns = (values: ActivityValues) => ({
  kind: values.kind,
  title: values.title,
  description: values.description,
  themes: values.themes,
  level: values.level,
  audience: values.audience,
  fees_kind: values.feesKind,
  price_cents: values.priceCents,
  accessibility_notes: values.accessibilityNotes,
  facilitator_name: values.facilitatorName,
  format: values.format,
  min_attendance: values.minAttendance,
  min_attendance_notice_minutes: values.minAttendanceNoticeMinutes,
  min_attendance_action: values.minAttendanceAction,
  booking_scope: values.bookingScope,
});

export async function insertActivity(tx: Tx, placeId: string, values: ActivityValues): Promise<string> {
  const row = await tx
    .insertInto('activities')
    .values({ place_id: placeId, status: 'draft', ...columns(values) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** False when the activity does not exist or the person may not change it (RLS hides it). */
export async function updateActivity(tx: Tx, activityId: string, values: ActivityValues): Promise<boolean> {
  const result = await tx
    .updateTable('activities')
    .set(columns(values))
    .where('id', '=', activityId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function setActivityStatus(
  tx: Tx,
  activityId: string,
  status: ActivityStatus,
  recurrenceRule?: string,
): Promise<boolean> {
  const result = await tx
    .updateTable('activities')
    .set({ status, ...(recurrenceRule === undefined ? {} : { recurrence_rule: recurrenceRule }) })
    .where('id', '=', activityId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface ActivityDetails extends ActivityValues {
  id: string;
  placeId: string;
  placeName: string;
  status: ActivityStatus;
  hidden: boolean;
  recurrenceRule: string | null;
}

export async function findActivity(tx: Tx, activityId: string): Promise<ActivityDetails | undefined> {
  return tx
    .selectFrom('activities as a')
    .innerJoin('places as p', 'p.id', 'a.place_id')
    .select([
      'a.id',
      'a.place_id as placeId',
      'p.name as placeName',
      'a.kind',
      'a.title',
      'a.description',
      'a.themes',
      'a.level',
      'a.audience',
      'a.fees_kind as feesKind',
      'a.price_cents as priceCents',
      'a.accessibility_notes as accessibilityNotes',
      'a.facilitator_name as facilitatorName',
      'a.format',
      'a.min_attendance as minAttendance',
      'a.min_attendance_notice_minutes as minAttendanceNoticeMinutes',
      sql<MinAttendanceAction>`a.min_attendance_action`.as('minAttendanceAction'),
      sql<BookingScope>`a.booking_scope`.as('bookingScope'),
      'a.status',
      sql<boolean>`a.hidden_at is not null`.as('hidden'),
      'a.recurrence_rule as recurrenceRule',
    ])
    .where('a.id', '=', activityId)
    .executeTakeFirst();
}

const countBookings = (
  eb: ExpressionBuilder<DB & { s: DB['sessions'] }, 's'>,
  status: 'confirmed' | 'waitlisted',
) =>
  eb
    .selectFrom('bookings as b')
    .select(sql<number>`count(*)::int`.as('n'))
    .whereRef('b.session_id', '=', 's.id')
    .where('b.status', '=', status)
    .$asScalar()
    .$notNull();

export interface ActivitySummary {
  id: string;
  placeId: string;
  placeName: string;
  kind: 'workshop' | 'training';
  title: string;
  status: ActivityStatus;
  minAttendance: number | null;
  minAttendanceNoticeMinutes: number;
  upcomingSessions: number;
  nextStartsAt: string | null;
}

/**
 * The activities of the given places (all places RLS shows when `placeIds` is undefined: a network admin),
 * drafts included, those with the next session first.
 */
export async function listPlacesActivities(
  tx: Tx,
  { placeIds, from, limit }: { placeIds: string[] | undefined; from: string; limit: number },
): Promise<ActivitySummary[]> {
  if (placeIds?.length === 0) return [];
  return tx
    .selectFrom('activities as a')
    .innerJoin('places as p', 'p.id', 'a.place_id')
    .select((eb) => [
      'a.id',
      'a.place_id as placeId',
      'p.name as placeName',
      'a.kind',
      'a.title',
      'a.status',
      'a.min_attendance as minAttendance',
      'a.min_attendance_notice_minutes as minAttendanceNoticeMinutes',
      eb
        .selectFrom('sessions as s')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('s.activity_id', '=', 'a.id')
        .where('s.status', '=', 'scheduled')
        .where('s.starts_at', '>', from)
        .$asScalar()
        .$notNull()
        .as('upcomingSessions'),
      eb
        .selectFrom('sessions as s')
        .select(sql<string>`min(s.starts_at)`.as('m'))
        .whereRef('s.activity_id', '=', 'a.id')
        .where('s.status', '=', 'scheduled')
        .where('s.starts_at', '>', from)
        .$asScalar()
        .as('nextStartsAt'),
    ])
    .$if(placeIds !== undefined, (q) => q.where('a.place_id', 'in', placeIds ?? []))
    .orderBy(sql`"nextStartsAt" asc nulls last`)
    .orderBy('a.created_at', 'desc')
    .limit(limit)
    .execute();
}

export interface ActivitySession {
  id: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  bookingOpensAt: string | null;
  bookingClosesAt: string | null;
  cancellationCutoffMinutes: number;
  locationNote: string | null;
  status: 'scheduled' | 'cancelled';
  cancellationReason: string | null;
  confirmed: number;
  waitlisted: number;
}

const sessionColumns = [
  's.id',
  's.starts_at as startsAt',
  's.ends_at as endsAt',
  's.capacity',
  's.booking_opens_at as bookingOpensAt',
  's.booking_closes_at as bookingClosesAt',
  's.cancellation_cutoff_minutes as cancellationCutoffMinutes',
  's.location_note as locationNote',
  's.status',
  's.cancellation_reason as cancellationReason',
] as const;

export async function listActivitySessions(tx: Tx, activityId: string): Promise<ActivitySession[]> {
  return tx
    .selectFrom('sessions as s')
    .select((eb) => [
      ...sessionColumns,
      countBookings(eb, 'confirmed').as('confirmed'),
      countBookings(eb, 'waitlisted').as('waitlisted'),
    ])
    .where('s.activity_id', '=', activityId)
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .execute();
}

export interface NewSession {
  startsAt: string;
  endsAt: string;
  capacity: number;
  bookingOpensAt: string | null;
  bookingClosesAt: string | null;
  cancellationCutoffMinutes: number;
  locationNote: string | null;
}

/**
 * Adds the sessions; one already scheduled at the same start is left as it is (a plan submitted twice adds
 * its sessions once). Answers how many were added.
 */
export async function insertSessions(
  tx: Tx,
  activity: { id: string; placeId: string },
  sessions: NewSession[],
): Promise<number> {
  if (sessions.length === 0) return 0;
  const rows = await tx
    .insertInto('sessions')
    .values(
      sessions.map((s) => ({
        activity_id: activity.id,
        place_id: activity.placeId,
        starts_at: s.startsAt,
        ends_at: s.endsAt,
        capacity: s.capacity,
        booking_opens_at: s.bookingOpensAt,
        booking_closes_at: s.bookingClosesAt,
        cancellation_cutoff_minutes: s.cancellationCutoffMinutes,
        location_note: s.locationNote,
      })),
    )
    .onConflict((oc) =>
      oc.columns(['activity_id', 'starts_at']).where('status', '=', 'scheduled').doNothing(),
    )
    .returning('id')
    .execute();
  return rows.length;
}

export interface SessionDetails extends ActivitySession {
  activityId: string;
  placeId: string;
  title: string;
}

export async function findSession(tx: Tx, sessionId: string): Promise<SessionDetails | undefined> {
  return tx
    .selectFrom('sessions as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select((eb) => [
      ...sessionColumns,
      's.activity_id as activityId',
      's.place_id as placeId',
      'a.title',
      countBookings(eb, 'confirmed').as('confirmed'),
      countBookings(eb, 'waitlisted').as('waitlisted'),
    ])
    .where('s.id', '=', sessionId)
    .executeTakeFirst();
}

export async function updateSession(tx: Tx, sessionId: string, values: NewSession): Promise<boolean> {
  const result = await tx
    .updateTable('sessions')
    .set({
      starts_at: values.startsAt,
      ends_at: values.endsAt,
      capacity: values.capacity,
      booking_opens_at: values.bookingOpensAt,
      booking_closes_at: values.bookingClosesAt,
      cancellation_cutoff_minutes: values.cancellationCutoffMinutes,
      location_note: values.locationNote,
    })
    .where('id', '=', sessionId)
    .where('status', '=', 'scheduled')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Cancels the session and its bookings (private.cancel_session checks the team); the bookings cancelled. */
export async function cancelSession(tx: Tx, sessionId: string, reason: string | null): Promise<string[]> {
  const { rows } = await sql<{ booking_id: string }>`
    select booking_id from private.cancel_session(${sessionId}::uuid, ${reason})`.execute(tx);
  return rows.map((row) => row.booking_id);
}

export interface CancelledBookingContact {
  id: string;
  firstName: string;
  email: string | null;
  title: string;
  startsAt: string;
  placeName: string;
}

/** Who to tell about a cancelled session (the team reads its place's bookings). */
export async function listBookingContacts(tx: Tx, bookingIds: string[]): Promise<CancelledBookingContact[]> {
  if (bookingIds.length === 0) return [];
  return tx
    .selectFrom('bookings as b')
    .innerJoin('sessions as s', 's.id', 'b.session_id')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .innerJoin('places as p', 'p.id', 's.place_id')
    .select([
      'b.id',
      'b.first_name as firstName',
      'b.email',
      'a.title',
      's.starts_at as startsAt',
      'p.name as placeName',
    ])
    .where('b.id', 'in', bookingIds)
    .execute();
}

export interface SessionShortOfMinimum {
  sessionId: string;
  activityId: string;
  title: string;
  startsAt: string;
  confirmed: number;
  minAttendance: number;
  minAttendanceNoticeMinutes: number;
}

/**
 * Upcoming scheduled sessions with fewer confirmed seats than their activity's minimum, whose deadline
 * (start − notice) falls before `until`: the ones the organiser should look at now.
 */
export async function listSessionsShortOfMinimum(
  tx: Tx,
  { placeIds, from, until }: { placeIds: string[] | undefined; from: string; until: string },
): Promise<SessionShortOfMinimum[]> {
  if (placeIds?.length === 0) return [];
  const confirmed = sql<number>`(select count(*)::int from bookings b where b.session_id = s.id and b.status = 'confirmed')`;
  return tx
    .selectFrom('sessions as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select([
      's.id as sessionId',
      'a.id as activityId',
      'a.title',
      's.starts_at as startsAt',
      confirmed.as('confirmed'),
      sql<number>`a.min_attendance`.as('minAttendance'),
      'a.min_attendance_notice_minutes as minAttendanceNoticeMinutes',
    ])
    .where('s.status', '=', 'scheduled')
    .where('a.status', '<>', 'cancelled')
    .where('a.min_attendance', 'is not', null)
    .where('s.starts_at', '>', from)
    .where(
      sql<boolean>`s.starts_at - make_interval(mins => a.min_attendance_notice_minutes) <= ${until}::timestamptz`,
    )
    .where(sql<boolean>`${confirmed} < a.min_attendance`)
    .$if(placeIds !== undefined, (q) => q.where('s.place_id', 'in', placeIds ?? []))
    .orderBy('s.starts_at')
    .limit(50)
    .execute();
}
