import type { IndicatorRow } from '@rf/domain/reporting/report-indicators';
import { periodLabel, type ReportPeriod } from '@rf/domain/reporting/report-period';
import type { ReportStatus } from '@rf/domain/reporting/report-workflow';
import { isMessageKey, type Translate } from '@rf/i18n';

// Words of the report pages: a period's name, an indicator's name, a status and its badge tone.

const known = (t: Translate, key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);

/** "1er trimestre 2026", "Année 2025". */
export function periodText(t: Translate, period: ReportPeriod, periodStart: string): string {
  const label = periodLabel({ period, start: periodStart });
  return isMessageKey(label.key) ? t(label.key, label.params) : periodStart;
}

/** A total ("Participants") or a breakdown code ("Femme", "Naviguer sur internet"). */
export function indicatorText(t: Translate, row: Pick<IndicatorRow, 'group' | 'code'>): string {
  if (row.group === 'total') return known(t, `indicator.${row.code}`, row.code);
  if (row.group === 'thematique') return known(t, `catalogue.theme.${row.code}`, row.code);
  return known(t, `reports.code.${row.code}`, row.code);
}

export function statusText(t: Translate, status: ReportStatus): string {
  return known(t, `report.status.${status}`, status);
}

export const statusTone = {
  draft: 'neutral',
  submitted: 'info',
  sent_back: 'warning',
  validated: 'success',
} as const satisfies Record<ReportStatus, string>;
