import { openReportInput } from '@rf/domain/reporting/report.schema';
import { REPORT_PERIODS } from '@rf/domain/reporting/report-period';
import { REPORT_STATUSES, type ReportStatus } from '@rf/domain/reporting/report-workflow';
import { Alert, Badge, Button, DataTable, PageHeader, SelectField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { parseForm, refusedForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, Link, redirect } from 'react-router';
import { periodText, statusText, statusTone } from '../report-labels.ts';
import type { Route } from './+types/rapports';

const pick = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  allowed.find((a) => a === value);

/** The console's reporting roles: network admins, observers, managers (their home role). */
const READERS: readonly string[] = ['network_admin', 'observer', 'manager'];

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const viewer = await requireViewer(request, { role: (v) => READERS.includes(v.homeRole) });
  const { api, headers, t } = await requestScope(request);
  const search = new URL(request.url).searchParams;
  const filter = {
    status: pick(REPORT_STATUSES, search.get('etat')),
    period: pick(REPORT_PERIODS, search.get('periode')),
  };
  const list = await api.reporting.listReports(filter);
  return data(
    {
      ...list,
      filter,
      isAdmin: viewer.networkRole === 'network_admin',
      meta: metaOf(t, { title: ['reports.meta_title', { page: t('reports.title') }] }),
    },
    { headers },
  );
});

export const meta = pageMeta;

/** Opens the report of a due period (a plain form post), then shows it. */
export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const parsed = parseForm(openReportInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const { id } = await api.reporting.openReport(parsed.data);
    return redirect(`/rapports/${id}`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

type Item = Route.ComponentProps['loaderData']['reports'][number];

export default function Reports({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  const { reports, toReview, openable, filter, isAdmin } = loaderData;
  const formError = actionData?.fieldErrors.periodStart ?? actionData?.formError;
  const columns = [
    { key: 'place', header: t('reports.column.place'), rowHeader: true, cell: (r: Item) => r.placeName },
    {
      key: 'period',
      header: t('reports.column.period'),
      cell: (r: Item) => periodText(t, r.period, r.periodStart),
    },
    {
      key: 'status',
      header: t('reports.column.status'),
      cell: (r: Item) => <Badge tone={statusTone[r.status]}>{statusText(t, r.status)}</Badge>,
    },
    {
      key: 'submitted',
      header: t('reports.column.submitted'),
      cell: (r: Item) => (r.submittedAt ? format.date(r.submittedAt) : '—'),
    },
    {
      key: 'link',
      header: t('reports.column.link'),
      cell: (r: Item) => (
        <Link to={`/rapports/${r.id}`}>
          {t('reports.view', { period: periodText(t, r.period, r.periodStart), place: r.placeName })}
        </Link>
      ),
    },
  ];
  return (
    <div className="rf-container">
      <PageHeader title={t('reports.title')} lead={t('reports.lead')} />
      {formError ? <Alert kind="error" title={message(formError)} /> : null}

      {openable.length > 0 ? (
        <section aria-labelledby="a-ouvrir">
          <h2 id="a-ouvrir">{t('reports.open.title')}</h2>
          <p>{t('reports.open.lead')}</p>
          <ul className="rf-stack">
            {openable.map((o) => (
              <li key={`${o.placeId}/${o.period}/${o.periodStart}`}>
                <Form method="post">
                  <input type="hidden" name="placeId" value={o.placeId} />
                  <input type="hidden" name="period" value={o.period} />
                  <input type="hidden" name="periodStart" value={o.periodStart} />
                  <Button type="submit" variant="secondary">
                    {t('reports.open.button', {
                      period: periodText(t, o.period, o.periodStart),
                      place: o.placeName,
                    })}
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {isAdmin ? (
        <section aria-labelledby="a-valider">
          <h2 id="a-valider">{t('reports.review.title')}</h2>
          <DataTable
            caption={t('reports.review.caption')}
            captionHidden
            columns={columns}
            rows={toReview}
            rowKey={(r) => r.id}
            emptyMessage={t('reports.review.none')}
          />
        </section>
      ) : null}

      <section aria-labelledby="tous">
        <h2 id="tous">{t('reports.all.title')}</h2>
        <Form method="get" className="rf-stack" role="search" aria-label={t('reports.filter.legend')}>
          <SelectField
            id="etat"
            name="etat"
            label={t('reports.filter.status')}
            placeholder={t('reports.filter.any')}
            defaultValue={filter.status ?? ''}
            options={REPORT_STATUSES.map((s: ReportStatus) => ({ value: s, label: statusText(t, s) }))}
          />
          <SelectField
            id="periode"
            name="periode"
            label={t('reports.filter.period')}
            placeholder={t('reports.filter.any')}
            defaultValue={filter.period ?? ''}
            options={REPORT_PERIODS.map((p) => ({ value: p, label: t(`reports.period_kind.${p}`) }))}
          />
          <Button type="submit" variant="secondary">
            {t('reports.filter.submit')}
          </Button>
        </Form>
        <DataTable
          caption={t('reports.all.caption')}
          captionHidden
          columns={columns}
          rows={reports}
          rowKey={(r) => r.id}
          emptyMessage={t('reports.none')}
        />
      </section>
    </div>
  );
}
