import { ButtonLink, DataTable, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import { FundingYearsTable } from '../funding-years-table.tsx';
import { sumCents } from '../money.ts';
import type { Route } from './+types/financements';

/** Network admins manage the funding; observers (funders) read it. */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const viewer = await requireViewer(request, { role: 'observer' });
  const { api, headers, t } = await requestScope(request);
  const { fabriques } = await api.programme.fundingOverview({});
  return data(
    {
      fabriques,
      canEdit: viewer.networkRole === 'network_admin',
      meta: metaOf(t, { title: ['programme.meta_title', { page: t('programme.nav.funding') }] }),
    },
    { headers },
  );
});

export const meta = pageMeta;

export default function Funding({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { euros } = format;
  const { fabriques, canEdit } = loaderData;
  const disbursed = (f: (typeof fabriques)[number], status: 'planned' | 'paid') =>
    sumCents(
      f.agreements.flatMap((a) =>
        a.disbursements.filter((d) => d.status === status).map((d) => d.amountCents),
      ),
    );
  return (
    <div className="rf-container">
      <PageHeader title={t('programme.funding.title')} lead={t('programme.funding.lead')} />
      <p className="rf-button-group">
        {canEdit ? <ButtonLink href="/financements/nouvelle">{t('programme.funding.new')}</ButtonLink> : null}
        {/* A plain link: the CSV is a file, not a page of the app. */}
        <a href="/financements/export.csv" download>
          {t('programme.funding.export')}
        </a>
        <a href="/financements/indicateurs.csv" download>
          {t('programme.indicators.export')}
        </a>
      </p>
      {canEdit ? null : <p>{t('programme.funding.read_only')}</p>}
      <DataTable
        caption={t('programme.funding.caption')}
        columns={[
          {
            key: 'fabrique',
            header: t('programme.funding.column.fabrique'),
            rowHeader: true,
            cell: (f) => <a href={`/financements/${f.placeId}`}>{f.placeName}</a>,
          },
          {
            key: 'agreements',
            header: t('programme.funding.column.agreements'),
            cell: (f) =>
              f.agreements.length === 0
                ? t('programme.funding.no_agreement')
                : t('programme.funding.agreements_count', { count: String(f.agreements.length) }),
          },
          {
            key: 'granted',
            header: t('programme.funding.column.granted'),
            cell: (f) =>
              euros(
                sumCents(f.agreements.map((a) => sumCents(a.yearlyAmountsCents) + a.numeriqueBonusCents)),
              ),
          },
          {
            key: 'paid',
            header: t('programme.funding.column.paid'),
            cell: (f) => euros(disbursed(f, 'paid')),
          },
          {
            key: 'planned',
            header: t('programme.funding.column.planned'),
            cell: (f) => euros(disbursed(f, 'planned')),
          },
          {
            key: 'reports',
            header: t('programme.funding.column.reports'),
            cell: (f) =>
              f.lastReportPeriodStart
                ? t('programme.funding.reports_value', {
                    count: String(f.reportsSent),
                    date: format.date(f.lastReportPeriodStart),
                  })
                : t('programme.funding.reports_none'),
          },
          {
            key: 'latest',
            header: t('programme.funding.column.latest_report'),
            cell: (f) =>
              f.latestReport
                ? t('programme.funding.latest_report_value', {
                    period:
                      f.latestReport.period === 'year'
                        ? t('report.period.year', { year: f.latestReport.periodStart.slice(0, 4) })
                        : t('report.period.quarter', {
                            quarter: String(
                              Math.floor((Number(f.latestReport.periodStart.slice(5, 7)) - 1) / 3) + 1,
                            ),
                            year: f.latestReport.periodStart.slice(0, 4),
                          }),
                    status: t(`report.status.${f.latestReport.status}`),
                  })
                : t('programme.funding.latest_report_none'),
          },
        ]}
        rows={fabriques}
        rowKey={(f) => f.placeId}
        emptyMessage={t('programme.funding.none')}
      />
      <section aria-labelledby="annees">
        <h2 id="annees">{t('programme.indicators.title')}</h2>
        <FundingYearsTable
          caption={t('programme.indicators.caption')}
          rows={fabriques.flatMap((f) =>
            f.years.map((y) => ({
              ...y,
              key: `${f.placeId}:${y.year}`,
              placeId: f.placeId,
              placeName: f.placeName,
            })),
          )}
        />
      </section>
    </div>
  );
}
