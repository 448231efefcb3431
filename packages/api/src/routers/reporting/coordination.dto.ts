// What the coordination procedures return: plain data shaped for the pages.
import type { CoordinationActivityRow } from '@rf/db/reporting/coordination.repository';

export type CoordinationActivityDto = CoordinationActivityRow;

export interface CoordinationListDto {
  place: { id: string; name: string };
  /** Whether the viewer records activities for this fabrique (its managers, network admins). */
  canWrite: boolean;
  activities: CoordinationActivityDto[];
}
