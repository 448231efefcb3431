import type { IndicatorRow } from '@rf/domain/reporting/report-indicators';
import { DataTable, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { indicatorText } from './report-labels.ts';

/**
 * The name of an indicator row's field, the procedure's own (`corrections.participants.value`,
 * `corrections.genre.feminin.justification`), so that its errors are keyed by it.
 */
export const correctionField = (key: string, part: 'value' | 'justification') => `corrections.${key}.${part}`;

const GROUPS = ['total', 'thematique', 'genre', 'tranche_age', 'statut_social', 'type_lieu'] as const;

/**
 * A report's figures, one table per group of indicators: with a correction and its justification to type
 * when the report can still be edited, else the value kept (and what was computed, when corrected).
 */
export function ReportFigures({
  rows,
  editable,
  typed,
  errorOf,
}: {
  rows: readonly IndicatorRow[];
  editable: boolean;
  typed: (field: string, fallback: string) => string;
  errorOf: (field: string) => string | undefined;
}) {
  const t = useT();
  const format = useFormat();
  const figureColumns = editable
    ? [
        {
          key: 'indicator',
          header: t('reports.column.indicator'),
          rowHeader: true,
          cell: (r: IndicatorRow) => indicatorText(t, r),
        },
        {
          key: 'computed',
          header: t('reports.column.computed'),
          align: 'end' as const,
          cell: (r: IndicatorRow) => format.number(r.computed),
        },
        {
          key: 'correction',
          header: t('reports.column.correction'),
          cell: (r: IndicatorRow) => (
            <TextField
              id={`value-${r.key}`}
              name={correctionField(r.key, 'value')}
              label={
                <span className="visually-hidden">
                  {t('reports.correction_label', { indicator: indicatorText(t, r) })}
                </span>
              }
              inputMode="decimal"
              width="xs"
              defaultValue={typed(
                correctionField(r.key, 'value'),
                r.correction ? String(r.correction.value) : '',
              )}
              error={errorOf(correctionField(r.key, 'value'))}
            />
          ),
        },
        {
          key: 'justification',
          header: t('reports.column.justification'),
          cell: (r: IndicatorRow) => (
            <TextField
              id={`justification-${r.key}`}
              name={correctionField(r.key, 'justification')}
              label={
                <span className="visually-hidden">
                  {t('reports.justification_label', { indicator: indicatorText(t, r) })}
                </span>
              }
              defaultValue={typed(correctionField(r.key, 'justification'), r.correction?.justification ?? '')}
              error={errorOf(correctionField(r.key, 'justification'))}
            />
          ),
        },
      ]
    : [
        {
          key: 'indicator',
          header: t('reports.column.indicator'),
          rowHeader: true,
          cell: (r: IndicatorRow) => indicatorText(t, r),
        },
        {
          key: 'value',
          header: t('reports.column.value'),
          align: 'end' as const,
          cell: (r: IndicatorRow) =>
            r.correction
              ? t('reports.corrected', { value: format.number(r.value), computed: format.number(r.computed) })
              : format.number(r.value),
        },
        {
          key: 'justification',
          header: t('reports.column.justification'),
          cell: (r: IndicatorRow) => r.correction?.justification ?? '',
        },
      ];

  return GROUPS.map((group) => ({ group, rows: rows.filter((r) => r.group === group) }))
    .filter((g) => g.rows.length > 0)
    .map((g) => (
      <DataTable
        key={g.group}
        caption={t(`reports.group.${g.group}`)}
        columns={figureColumns}
        rows={g.rows}
        rowKey={(r) => r.key}
      />
    ));
}
