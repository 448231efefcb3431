import type { Tx } from '@rf/db';
import { listSessionsShortOfMinimum } from '@rf/db/catalogue/publishing.repository';
import {
  MINIMUM_WARNING_LEAD_DAYS,
  minimumAttendanceDeadline,
  minimumAttendanceState,
} from '@rf/domain/catalogue/sessions';
import type { SessionMinimumWarningDto } from './publishing.dto.ts';

/** Sessions short of their minimum whose deadline is within the warning lead, or already past. */
export async function listMinimumWarnings(
  tx: Tx,
  placeIds: string[] | undefined,
  now: Date,
): Promise<SessionMinimumWarningDto[]> {
  const until = new Date(now.getTime() + MINIMUM_WARNING_LEAD_DAYS * 86_400_000).toISOString();
  const rows = await listSessionsShortOfMinimum(tx, { placeIds, from: now.toISOString(), until });
  const warnings: SessionMinimumWarningDto[] = [];
  for (const row of rows) {
    const state = minimumAttendanceState(row, row, now);
    if (state !== 'short_soon' && state !== 'short_past_deadline') continue;
    warnings.push({
      sessionId: row.sessionId,
      activityId: row.activityId,
      title: row.title,
      startsAt: row.startsAt,
      confirmed: row.confirmed,
      minAttendance: row.minAttendance,
      deadline: minimumAttendanceDeadline(row.startsAt, row.minAttendanceNoticeMinutes).toISOString(),
      state,
    });
  }
  return warnings;
}
