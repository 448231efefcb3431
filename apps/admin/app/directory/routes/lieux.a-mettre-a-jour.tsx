// Network admins: the places whose record is older than six months, the oldest first (decision 063). Their
// managers are reminded weekly by the worker; this list is where the network team follows up.
import { DataTable, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import type { Route } from './+types/lieux.a-mettre-a-jour';

export const meta = pageMeta;

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const { api, headers, t } = await requestScope(request);
  const page = new URL(request.url).searchParams.get('page') ?? '1';
  const list = await api.directoryAdmin.stalePlaces({ page: Number(page) || 1 });
  return data({ list, meta: metaOf(t, { title: 'directory_admin.stale.meta_title' }) }, { headers });
});

export default function StalePlaces({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { list } = loaderData;
  return (
    <div className="rf-container">
      <PageHeader
        title={t('directory_admin.stale.title')}
        lead={t('directory_admin.stale.lead', { date: format.date(list.freshSince) })}
      />
      <p>
        <a href="/lieux">{t('directory_admin.place.back')}</a>
      </p>
      <DataTable
        caption={t('directory_admin.stale.caption', { total: String(list.total) })}
        columns={[
          {
            key: 'name',
            header: t('directory_admin.places.column.name'),
            rowHeader: true,
            cell: (p) => <a href={`/lieux/${p.id}/fiche`}>{p.name}</a>,
          },
          {
            key: 'commune',
            header: t('directory_admin.places.column.commune'),
            cell: (p) => p.communeName ?? '',
          },
          {
            key: 'status',
            header: t('directory_admin.places.column.status'),
            cell: (p) => t(`directory_admin.status.${p.status}`),
          },
          {
            key: 'date',
            header: t('directory_admin.stale.column.date'),
            cell: (p) => <time dateTime={p.dateMaj}>{format.date(p.dateMaj)}</time>,
          },
        ]}
        rows={list.items}
        rowKey={(p) => p.id}
        emptyMessage={t('directory_admin.stale.none')}
      />
      <nav aria-label={t('directory_admin.places.pagination')}>
        <p>
          {list.page > 1 ? (
            <a href={`/lieux/a-mettre-a-jour?page=${list.page - 1}`}>
              {t('directory_admin.places.previous')}
            </a>
          ) : null}{' '}
          {t('directory_admin.places.page', { page: String(list.page), count: String(list.pageCount) })}{' '}
          {list.page < list.pageCount ? (
            <a href={`/lieux/a-mettre-a-jour?page=${list.page + 1}`}>{t('directory_admin.places.next')}</a>
          ) : null}
        </p>
      </nav>
    </div>
  );
}
