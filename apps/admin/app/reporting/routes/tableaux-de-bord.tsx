import {
  DASHBOARD_QUERY,
  DEFAULT_SHARE_LINK_DAYS,
  dashboardQueryString,
  lastMonthOf,
  SHARE_LINK_DAYS,
} from '@rf/domain/reporting/dashboard.schema';
import { isPublished } from '@rf/domain/reporting/publication';
import { Alert, Button, DataTable, PageHeader, SelectField, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useMessage, useT } from '@rf/web/i18n';
import { pageMeta } from '@rf/web/page-meta';
import { withPageErrors } from '@rf/web/server';
import { Form } from 'react-router';
import { dashboardPageAction, loadDashboardPage } from '../dashboard-page.server.ts';
import { DashboardView, scopeKindLabel, useMonthLabel } from '../dashboard-view.tsx';
import type { Route } from './+types/tableaux-de-bord';

export const loader = withPageErrors(({ request }: Route.LoaderArgs) => loadDashboardPage(request));

export const meta = pageMeta;
export const action = withPageErrors(({ request }: Route.ActionArgs) => dashboardPageAction(request));

export default function Dashboards({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  const monthLabel = useMonthLabel();
  const { options, scope, range, errors, dto, revoked } = loaderData;
  const { dashboard } = dto;
  const here = `/tableaux-de-bord?${dashboardQueryString(scope, range)}`;
  const errorOf = (field: string) => (errors[field] ? message(errors[field]) : undefined);
  // A published dashboard shows whole validated quarters: the heading says which.
  const shown = isPublished(dashboard) ? dashboard.range : range;
  const lastMonth = `${lastMonthOf(shown)}-01`;
  return (
    <div className="rf-container">
      <PageHeader title={t('dashboards.title')} lead={t('dashboards.lead')} />
      <Form
        method="get"
        action="/tableaux-de-bord"
        className="rf-stack"
        role="search"
        aria-label={t('dashboards.filters')}
      >
        <SelectField
          id={DASHBOARD_QUERY.kind}
          name={DASHBOARD_QUERY.kind}
          label={t('dashboards.scope')}
          options={options.kinds.map((kind) => ({ value: kind, label: scopeKindLabel(t, kind) }))}
          defaultValue={scope.kind}
          error={errorOf(DASHBOARD_QUERY.kind)}
        />
        {options.regions.length > 0 ? (
          <SelectField
            id={DASHBOARD_QUERY.region}
            name={DASHBOARD_QUERY.region}
            label={t('dashboards.region')}
            placeholder={t('dashboards.choose')}
            options={options.regions}
            defaultValue={scope.kind === 'region' ? scope.code : ''}
            error={errorOf(DASHBOARD_QUERY.region)}
          />
        ) : null}
        {options.departements.length > 0 ? (
          <SelectField
            id={DASHBOARD_QUERY.departement}
            name={DASHBOARD_QUERY.departement}
            label={t('dashboards.departement')}
            placeholder={t('dashboards.choose')}
            options={options.departements}
            defaultValue={scope.kind === 'departement' ? scope.code : ''}
            error={errorOf(DASHBOARD_QUERY.departement)}
          />
        ) : null}
        {options.hubs.length > 0 ? (
          <SelectField
            id={DASHBOARD_QUERY.hub}
            name={DASHBOARD_QUERY.hub}
            label={t('dashboards.hub')}
            placeholder={t('dashboards.choose')}
            options={options.hubs}
            defaultValue={scope.kind === 'hub' ? scope.fabriqueId : ''}
            error={errorOf(DASHBOARD_QUERY.hub)}
          />
        ) : null}
        <SelectField
          id={DASHBOARD_QUERY.place}
          name={DASHBOARD_QUERY.place}
          label={t('dashboards.place')}
          placeholder={t('dashboards.choose')}
          options={options.places}
          defaultValue={scope.kind === 'place' ? scope.placeId : ''}
          error={errorOf(DASHBOARD_QUERY.place)}
        />
        <TextField
          id={DASHBOARD_QUERY.from}
          name={DASHBOARD_QUERY.from}
          label={t('dashboards.from')}
          hint={t('dashboards.month_hint')}
          width="s"
          defaultValue={range.from.slice(0, 7)}
          error={errorOf(DASHBOARD_QUERY.from)}
        />
        <TextField
          id={DASHBOARD_QUERY.to}
          name={DASHBOARD_QUERY.to}
          label={t('dashboards.to')}
          hint={t('dashboards.month_hint')}
          width="s"
          defaultValue={lastMonthOf(range)}
          error={errorOf(DASHBOARD_QUERY.to)}
        />
        <Button type="submit" variant="secondary">
          {t('dashboards.submit')}
        </Button>
      </Form>

      <h2>
        {t('dashboards.heading', {
          scope: dashboard.title,
          from: monthLabel(shown.from),
          to: monthLabel(lastMonth),
        })}
      </h2>
      {dto.validatedOnly ? <Alert kind="info" title={t('dashboards.validated_only')} /> : null}
      <DashboardView dashboard={dashboard} />

      {dto.canShare ? (
        <section aria-labelledby="dashboard-share" className="rf-stack">
          <h2 id="dashboard-share">{t('dashboards.share.title')}</h2>
          <p>{t('dashboards.share.lead')}</p>
          {actionData?.shareUrl ? (
            <Alert kind="success" title={t('dashboards.share.created')}>
              <p>{t('dashboards.share.created_hint')}</p>
              <p className="rf-dashboard__share-url">
                <a href={actionData.shareUrl}>{actionData.shareUrl}</a>
              </p>
            </Alert>
          ) : null}
          {actionData?.formError ? <Alert kind="error" title={message(actionData.formError)} /> : null}
          {revoked ? <Alert kind="success" title={t('dashboards.share.revoked')} /> : null}
          <Form method="post" action={here}>
            <input type="hidden" name="intent" value="share" />
            <div className="rf-cluster">
              <SelectField
                id="share-days"
                name="days"
                label={t('dashboards.share.days')}
                hint={t('dashboards.share.days_hint')}
                options={SHARE_LINK_DAYS.map((days) => ({
                  value: String(days),
                  label: t('dashboards.share.days_option', { days: String(days) }),
                }))}
                defaultValue={String(DEFAULT_SHARE_LINK_DAYS)}
              />
              <Button type="submit">{t('dashboards.share.submit')}</Button>
            </div>
          </Form>
          <DataTable
            caption={t('dashboards.share.links')}
            columns={[
              {
                key: 'created',
                header: t('dashboards.share.column.created'),
                rowHeader: true,
                cell: (l) => format.shortDateTime(l.createdAt),
              },
              {
                key: 'period',
                header: t('dashboards.share.column.period'),
                cell: (l) =>
                  `${monthLabel(l.from)} – ${monthLabel(`${lastMonthOf({ from: l.from, to: l.to })}-01`)}`,
              },
              {
                key: 'expires',
                header: t('dashboards.share.column.expires'),
                cell: (l) => format.shortDateTime(l.expiresAt),
              },
              {
                key: 'action',
                header: t('dashboards.share.column.action'),
                cell: (l) => (
                  <Form method="post" action={here}>
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="id" value={l.id} />
                    <Button
                      type="submit"
                      variant="secondary"
                      aria-label={t('dashboards.share.revoke_label', {
                        date: format.shortDateTime(l.createdAt),
                      })}
                    >
                      {t('dashboards.share.revoke')}
                    </Button>
                  </Form>
                ),
              },
            ]}
            rows={dto.shareLinks}
            rowKey={(l) => l.id}
            emptyMessage={t('dashboards.share.none')}
          />
        </section>
      ) : null}
    </div>
  );
}
