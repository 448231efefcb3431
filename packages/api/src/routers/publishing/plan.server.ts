import type { Tx } from '@rf/db';
import {
  type ActivityDetails,
  findActivity,
  listActivitySessions,
} from '@rf/db/catalogue/publishing.repository';
import { recurrenceOf, type SessionPlanInput } from '@rf/domain/catalogue/publishing.schema';
import { type Occurrence, recurrenceOccurrences, toRRule } from '@rf/domain/catalogue/recurrence';
import { minimumFitsCapacity } from '@rf/domain/catalogue/sessions';
import { DomainError } from '@rf/domain/errors';
import type { Viewer } from '@rf/domain/identity/roles';
import { fieldError } from '../directory-admin/field-error.ts';
import { assertMayPublishFor } from './access.ts';

export interface PlannedSessions {
  activity: ActivityDetails;
  occurrences: (Occurrence & { alreadyPlanned: boolean })[];
  rrule: string;
}

/**
 * The sessions a plan gives, checked against the activity (preview and creation share it): the person
 * may publish for its place, the minimum fits the capacity, sessions are in the future.
 */
export async function planSessions(tx: Tx, viewer: Viewer, plan: SessionPlanInput): Promise<PlannedSessions> {
  const activity = await findActivity(tx, plan.activityId);
  if (!activity) throw new DomainError('not_found');
  assertMayPublishFor(viewer, activity.placeId);
  if (!minimumFitsCapacity(activity.minAttendance, plan.capacity))
    throw fieldError('capacity', 'publishing.validation.capacity_below_minimum');
  const recurrence = recurrenceOf(plan);
  const occurrences = recurrenceOccurrences(recurrence);
  if (occurrences.length === 0) throw fieldError('firstDate', 'publishing.validation.no_sessions');
  const first = occurrences[0];
  if (first && new Date(first.startsAt).getTime() <= Date.now())
    throw fieldError('firstDate', 'publishing.validation.first_in_past');
  const existing = new Set(
    (await listActivitySessions(tx, activity.id))
      .filter((s) => s.status === 'scheduled')
      .map((s) => new Date(s.startsAt).getTime()),
  );
  return {
    activity,
    occurrences: occurrences.map((o) => ({
      ...o,
      alreadyPlanned: existing.has(new Date(o.startsAt).getTime()),
    })),
    rrule: toRRule(recurrence),
  };
}
