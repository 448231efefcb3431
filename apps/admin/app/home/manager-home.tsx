import type { MessageKey, Translate } from '@rf/i18n';
import { Badge, DataTable, DescriptionList, EmptyState, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { PlaceSessionsTable } from '@rf/web/place-sessions-table';
import { type ModerationNotice, ModerationNotices } from '../programme/moderation-notices.tsx';
import type { ManagerHomeData } from './console-home.ts';

type ManagedPlace = ManagerHomeData['places'][number];

function reportPeriod(t: Translate, period: 'quarter' | 'year', periodStart: string): string {
  const year = periodStart.slice(0, 4);
  if (period === 'year') return t('report.period.year', { year });
  const quarter = Math.floor((Number(periodStart.slice(5, 7)) - 1) / 3) + 1;
  return t('report.period.quarter', { quarter, year });
}

/** A place manager's home: what moderation hid, then each place (profile, sessions, loans, tools, report). */
export function ManagerHome({
  home,
  moderation,
}: {
  home: ManagerHomeData;
  moderation: readonly ModerationNotice[];
}) {
  const t = useT();
  return (
    <>
      <PageHeader title={t('admin.home.manager.title')} lead={t('admin.home.manager.lead')} />
      <ModerationNotices items={moderation} />
      {home.places.length === 0 ? (
        <EmptyState title={t('admin.home.manager.empty_title')}>
          <p>{t('admin.home.manager.empty_body')}</p>
        </EmptyState>
      ) : (
        home.places.map((place) => <ManagedPlaceSection key={place.id} place={place} />)
      )}
    </>
  );
}

function ManagedPlaceSection({ place }: { place: ManagedPlace }) {
  const t = useT();
  const format = useFormat();
  const headingId = `lieu-${place.id}`;
  const missing = place.completeness.missing.map((field) => t(`completeness.${field}` as MessageKey));
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{place.name}</h2>
      <DescriptionList
        layout="columns"
        items={[
          {
            key: 'status',
            term: t('admin.home.place.status'),
            description: (
              <>
                <Badge tone={place.status === 'published' ? 'success' : 'neutral'}>
                  {t(`admin.home.place.status.${place.status}`)}
                </Badge>
                {place.hidden ? (
                  <>
                    {' '}
                    <Badge tone="warning">{t('admin.home.place.hidden')}</Badge>
                  </>
                ) : null}
              </>
            ),
          },
          ...(place.commune
            ? [{ key: 'commune', term: t('admin.home.place.commune'), description: place.commune }]
            : []),
          {
            key: 'labels',
            term: t('admin.home.place.labels'),
            description:
              place.labels.length > 0
                ? place.labels.map((label) => label.name).join(', ')
                : t('admin.home.place.no_label'),
          },
          {
            key: 'completeness',
            term: t('admin.home.place.completeness'),
            description: (
              <>
                <strong>{format.percent(place.completeness.percent)}</strong>.{' '}
                {missing.length > 0
                  ? t('admin.home.place.missing', { fields: missing.join(', ') })
                  : t('admin.home.place.complete')}
              </>
            ),
          },
          {
            key: 'report',
            term: t('admin.home.place.report'),
            description: place.latestReport
              ? t('admin.home.place.report_line', {
                  period: reportPeriod(t, place.latestReport.period, place.latestReport.periodStart),
                  status: t(`report.status.${place.latestReport.status}`),
                })
              : t('admin.home.place.report_none'),
          },
        ]}
      />

      <p>
        <a href={`/lieux/${place.id}/fiche`}>
          {t('directory_admin.profile.edit_link', { place: place.name })}
        </a>
      </p>

      <h3>{t('admin.home.place.sessions')}</h3>
      {place.upcomingSessions.length === 0 ? (
        <p>{t('admin.home.place.sessions_empty')}</p>
      ) : (
        <PlaceSessionsTable
          caption={t('admin.home.place.sessions_caption', { place: place.name })}
          captionHidden
          sessions={place.upcomingSessions}
          attendanceLinks
        />
      )}

      <h3>{t('admin.home.place.loans')}</h3>
      {place.pendingLoanRequests.length === 0 ? (
        <p>{t('admin.home.place.loans_empty')}</p>
      ) : (
        <ul>
          {place.pendingLoanRequests.map((loan) => (
            <li key={loan.id}>
              {t('admin.home.place.loan', {
                tool: loan.toolName,
                place: loan.borrowerPlaceName ?? t('admin.home.place.loan_other_place'),
                from: format.date(loan.from),
                to: format.date(loan.to),
              })}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('admin.home.place.tools')}</h3>
      {place.tools.length === 0 ? (
        <p>{t('admin.home.place.tools_empty')}</p>
      ) : (
        <DataTable
          caption={t('admin.home.place.tools_caption', { place: place.name })}
          captionHidden
          rows={place.tools}
          rowKey={(tool) => tool.id}
          columns={[
            {
              key: 'name',
              header: t('admin.home.place.tool.name'),
              rowHeader: true,
              cell: (tool) => tool.name,
            },
            {
              key: 'usage',
              header: t('admin.home.place.tool.usage'),
              cell: (tool) => t(`admin.home.place.tool.usage.${tool.usage}`),
            },
            {
              key: 'state',
              header: t('admin.home.place.tool.state'),
              cell: (tool) =>
                [
                  t(
                    tool.outOfService
                      ? 'admin.home.place.tool.out_of_service'
                      : 'admin.home.place.tool.in_service',
                  ),
                  ...(tool.published ? [] : [t('admin.home.place.tool.unpublished')]),
                ].join(', '),
            },
          ]}
        />
      )}
    </section>
  );
}
