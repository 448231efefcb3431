import type { Correction, IndicatorRow } from '@rf/domain/reporting/report-indicators';
import type { ReportPeriod } from '@rf/domain/reporting/report-period';
import type { ReportAction, ReportStatus } from '@rf/domain/reporting/report-workflow';

export interface ReportListItemDto {
  id: string;
  placeId: string;
  placeName: string;
  period: ReportPeriod;
  periodStart: string;
  status: ReportStatus;
  submittedAt: string | null;
  reviewedAt: string | null;
}

export interface OpenablePeriodDto {
  placeId: string;
  placeName: string;
  period: ReportPeriod;
  periodStart: string;
}

export interface ReportListDto {
  reports: ReportListItemDto[];
  /** Network admins: the submitted reports waiting for a review ("À valider"). */
  toReview: ReportListItemDto[];
  /** Managers: the due periods of their places that have no report yet. */
  openable: OpenablePeriodDto[];
}

export interface ReportHistoryDto {
  at: string;
  action: 'insert' | 'update' | 'delete';
  actorName: string | null;
  statusBefore: ReportStatus | null;
  statusAfter: ReportStatus | null;
  changed: string[];
  reviewComment: string | null;
}

export interface ReportDto {
  id: string;
  placeId: string;
  placeName: string;
  period: ReportPeriod;
  periodStart: string;
  periodEnd: string;
  status: ReportStatus;
  narrative: string | null;
  /** Figures computed now while the report is editable, the submitted snapshot afterwards. */
  figuresAreLive: boolean;
  rows: IndicatorRow[];
  corrections: Record<string, Correction>;
  submittedAt: string | null;
  submittedByName: string | null;
  reviewedAt: string | null;
  reviewedByName: string | null;
  reviewComment: string | null;
  /** What the viewer may do now (managers: save, submit; network admins: validate, send back). */
  actions: ReportAction[];
  /** The audit trail (the place's managers and network admins only; null for observers). */
  history: ReportHistoryDto[] | null;
}
