// What the activity-record procedures return: plain data shaped for the pages, never database rows.
import type { ActivityRecordRow, ActivityRecordSummary } from '@rf/db/reporting/records.repository';
import type { ActivityRecordInput } from '@rf/domain/reporting/records';

export type ActivityRecordDto = ActivityRecordRow & {
  /** Whether the viewer may change it (RLS showed it: the author, a manager, a network admin). */
  editable: boolean;
};

export interface ActivityRecordListDto {
  place: { id: string; name: string };
  records: ActivityRecordSummary[];
  total: number;
  page: number;
  pages: number;
}

export interface SourceToCompleteDto {
  source: 'session' | 'appointment';
  sourceId: string;
  startsAt: string;
  endsAt: string;
  title: string;
  seen: number;
  /** The record it writes by itself. */
  prefill: ActivityRecordInput;
  /** Whether the pre-filled record can be saved in one click (otherwise the form asks for a theme). */
  complete: boolean;
}

export interface ActivityRecordCreatedDto {
  id: string;
  /** `existing` when the source already had a record (a double submit): nothing was written twice. */
  outcome: 'created' | 'existing';
}
