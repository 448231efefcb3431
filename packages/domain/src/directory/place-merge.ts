import { z } from 'zod';

// Merging a duplicate place into the place to keep (network admins). Everything that points to the
// duplicate moves to the kept place; the duplicate is archived and its old address redirects. Some
// conflicts have no automatic answer and block the merge until someone settles them by hand.

const placeId = z.uuid('validation.invalid');

export const mergePreviewInput = z.object({ duplicateId: placeId, keptId: placeId });

export const mergePlacesInput = z
  .object({
    duplicateId: placeId,
    keptId: z.uuid('validation.place_merge.kept_required'),
  })
  .refine((v) => v.duplicateId !== v.keptId, {
    path: ['keptId'],
    message: 'validation.place_merge.same_place',
  });
export type MergePlacesInput = z.infer<typeof mergePlacesInput>;

export interface MergeSide {
  id: string;
  status: 'draft' | 'published' | 'archived';
  mergedIntoId: string | null;
}

export interface MergeFacts {
  duplicate: MergeSide;
  kept: MergeSide;
  /** Loans between the two places: one place cannot lend to itself. */
  loansBetween: number;
  /** Activity reports of the same period filed by both places: which one is right is for people to say. */
  reportPeriodsInBoth: number;
}

export const MERGE_BLOCKERS = [
  'same_place',
  'duplicate_merged_elsewhere',
  'kept_merged',
  'kept_archived',
  'loan_between',
  'reports_same_period',
] as const;
export type MergeBlocker = (typeof MERGE_BLOCKERS)[number];

export type MergeDecision =
  | { kind: 'ready' }
  | { kind: 'already_merged' }
  | { kind: 'blocked'; blockers: MergeBlocker[] };

/** Whether the merge may go ahead; a merge already done is a success that changes nothing (double submit). */
export function decideMerge(facts: MergeFacts): MergeDecision {
  const { duplicate, kept } = facts;
  if (duplicate.id === kept.id) return { kind: 'blocked', blockers: ['same_place'] };
  if (duplicate.mergedIntoId === kept.id) return { kind: 'already_merged' };
  const blockers: MergeBlocker[] = [];
  if (duplicate.mergedIntoId !== null) blockers.push('duplicate_merged_elsewhere');
  if (kept.mergedIntoId !== null) blockers.push('kept_merged');
  else if (kept.status === 'archived') blockers.push('kept_archived');
  if (facts.loansBetween > 0) blockers.push('loan_between');
  if (facts.reportPeriodsInBoth > 0) blockers.push('reports_same_period');
  return blockers.length > 0 ? { kind: 'blocked', blockers } : { kind: 'ready' };
}

/** How the preview names what moves: a catalogue subject per table (per column for places). */
export const MERGE_SUBJECTS = [
  'place_memberships',
  'invitations',
  'place_labels',
  'place_photos',
  'places_hub_fabrique_id',
  'places_merged_into_id',
  'activities',
  'sessions',
  'bookings',
  'appointment_availabilities',
  'appointments',
  'tools',
  'tool_qualifications',
  'tool_reservations',
  'loans',
  'resources',
  'activity_records',
  'coordination_activities',
  'reports',
  'funding_agreements',
] as const;
export type MergeSubject = (typeof MERGE_SUBJECTS)[number];

export interface ReferenceCount {
  table: string;
  column: string;
  n: number;
}

export interface MergeMove {
  /** A known subject, or null for a table the preview has no words for yet (shown by its name). */
  subject: MergeSubject | null;
  table: string;
  n: number;
}

/**
 * What moves, from the rows pointing to the duplicate (counted per column by the database): one line per
 * subject with rows, known subjects first in their order, then any other table by name.
 */
export function mergeMoves(counts: readonly ReferenceCount[]): MergeMove[] {
  const totals = new Map<string, number>();
  for (const c of counts) {
    if (c.n <= 0) continue;
    const key = c.table === 'places' ? `places_${c.column}` : c.table;
    totals.set(key, (totals.get(key) ?? 0) + c.n);
  }
  const known = MERGE_SUBJECTS.filter((s) => totals.has(s)).map((subject) => ({
    subject,
    table: subject,
    n: totals.get(subject) ?? 0,
  }));
  const others = [...totals.entries()]
    .filter(([key]) => !(MERGE_SUBJECTS as readonly string[]).includes(key))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([table, n]) => ({ subject: null, table, n }));
  return [...known, ...others];
}
