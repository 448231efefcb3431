import { Alert, Badge, ButtonLink, DataTable, EmptyState, PageHeader } from '@rf/ui';
import { useLoaderData } from 'react-router';
import { useFormat } from '../format.ts';
import { useT } from '../i18n.tsx';
import type { loader } from './activity-list.server.ts';
import { PublishingForbidden, StatusBadge } from './activity-parts.tsx';

export const meta = ({ loaderData }: { loaderData?: { title: string } }) =>
  loaderData ? [{ title: loaderData.title }] : [];

/** The organiser's workshops and trainings, and the sessions short of their minimum to decide on. */
export default function ActivityList() {
  const loaderData = useLoaderData<typeof loader>();
  const t = useT();
  const format = useFormat();
  if (loaderData.kind === 'forbidden') return <PublishingForbidden />;
  const { base, list } = loaderData;
  return (
    <div className="rf-container">
      <PageHeader title={t('publishing.list.title')} lead={t('publishing.list.lead')}>
        <ButtonLink href={`${base}/nouveau`}>{t('publishing.list.new')}</ButtonLink>
      </PageHeader>

      {list.warnings.length > 0 ? (
        <Alert kind="warning" title={t('publishing.warnings.title')}>
          <ul>
            {list.warnings.map((w) => (
              <li key={w.sessionId}>
                {t(`publishing.warnings.${w.state}`, {
                  title: w.title,
                  date: format.dateTime(w.startsAt),
                  confirmed: format.number(w.confirmed),
                  minimum: format.number(w.minAttendance),
                  deadline: format.dateTime(w.deadline),
                })}{' '}
                <a href={`${base}/${w.activityId}#seances`}>
                  {t('publishing.warnings.link', { title: w.title })}
                </a>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}

      {list.activities.length === 0 ? (
        <EmptyState
          title={t('publishing.list.empty_title')}
          action={<ButtonLink href={`${base}/nouveau`}>{t('publishing.list.new')}</ButtonLink>}
        >
          <p>{t('publishing.list.empty_body')}</p>
        </EmptyState>
      ) : (
        <DataTable
          caption={t('publishing.list.caption')}
          rows={list.activities}
          rowKey={(a) => a.id}
          columns={[
            {
              key: 'title',
              header: t('publishing.column.title'),
              rowHeader: true,
              cell: (a) => <a href={`${base}/${a.id}`}>{a.title}</a>,
            },
            { key: 'kind', header: t('publishing.column.kind'), cell: (a) => t(`catalogue.kind.${a.kind}`) },
            ...(list.places.length > 1
              ? [
                  {
                    key: 'place',
                    header: t('publishing.column.place'),
                    cell: (a: (typeof list.activities)[number]) => a.placeName,
                  },
                ]
              : []),
            {
              key: 'status',
              header: t('publishing.column.status'),
              cell: (a) => <StatusBadge status={a.status} />,
            },
            {
              key: 'sessions',
              header: t('publishing.column.sessions'),
              align: 'end',
              cell: (a) => format.number(a.upcomingSessions),
            },
            {
              key: 'next',
              header: t('publishing.column.next'),
              cell: (a) =>
                a.nextStartsAt ? (
                  <time dateTime={a.nextStartsAt}>{format.dateTime(a.nextStartsAt)}</time>
                ) : (
                  <Badge tone="neutral">{t('publishing.list.no_next')}</Badge>
                ),
            },
          ]}
        />
      )}
    </div>
  );
}
