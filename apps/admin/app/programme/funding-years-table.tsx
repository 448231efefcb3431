import { minutesToHours } from '@rf/domain/programme/funding-indicators';
import { DataTable, type DataTableColumn } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';

export interface FundingYearRow {
  key: string;
  placeId: string;
  /** Shown (and linked) on the network-wide table; left out on a fabrique's own page. */
  placeName?: string;
  year: number;
  paidCents: number;
  participants: number;
  records: number;
  minutes: number;
  costPerParticipantCents: number | null;
}

/** Each year's money paid next to the activity recorded and the cost per person accompanied. */
export function FundingYearsTable({ caption, rows }: { caption: string; rows: readonly FundingYearRow[] }) {
  const t = useT();
  const format = useFormat();
  const { euros } = format;
  const withPlace = rows.some((r) => r.placeName !== undefined);
  const columns: DataTableColumn<FundingYearRow>[] = [
    ...(withPlace
      ? [
          {
            key: 'fabrique',
            header: t('programme.indicators.column.fabrique'),
            rowHeader: true,
            cell: (r: FundingYearRow) => <a href={`/financements/${r.placeId}`}>{r.placeName}</a>,
          },
        ]
      : []),
    {
      key: 'year',
      header: t('programme.indicators.column.year'),
      rowHeader: !withPlace,
      cell: (r) => String(r.year),
    },
    { key: 'paid', header: t('programme.indicators.column.paid'), cell: (r) => euros(r.paidCents) },
    {
      key: 'participants',
      header: t('programme.indicators.column.participants'),
      cell: (r) => format.number(r.participants),
    },
    {
      key: 'records',
      header: t('programme.indicators.column.records'),
      cell: (r) => format.number(r.records),
    },
    {
      key: 'hours',
      header: t('programme.indicators.column.hours'),
      cell: (r) => t('programme.indicators.hours_value', { hours: format.number(minutesToHours(r.minutes)) }),
    },
    {
      key: 'cost',
      header: t('programme.indicators.column.cost'),
      cell: (r) =>
        r.costPerParticipantCents === null
          ? t('programme.indicators.no_cost')
          : euros(r.costPerParticipantCents),
    },
  ];
  return (
    <>
      <DataTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.key}
        emptyMessage={t('programme.indicators.none')}
      />
      <p>{t('programme.indicators.note')}</p>
    </>
  );
}
