import { Button, ButtonLink, DataTable, EmptyState, PageHeader, TextField } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, Link } from 'react-router';
import type { Route } from './+types/personnes';

export const meta = pageMeta;

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const url = new URL(request.url);
  const { api, headers, t } = await requestScope(request);
  const query = (url.searchParams.get('q') ?? '').slice(0, 120);
  const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10);
  const people = await api.people.list({
    query,
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
  });
  return data({ query, people, meta: metaOf(t, { title: 'people.meta_title' }) }, { headers });
});

export default function People({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { query, people } = loaderData;
  const pageHref = (page: number) => `/personnes?${new URLSearchParams({ q: query, page: String(page) })}`;
  return (
    <div className="rf-container">
      <PageHeader title={t('people.title')} lead={t('people.lead')} />
      <p>
        <ButtonLink href="/invitations" variant="secondary">
          {t('people.invite')}
        </ButtonLink>
      </p>
      <Form method="get" className="rf-stack" role="search" aria-label={t('people.search_region')}>
        <TextField id="q" name="q" type="search" label={t('people.search')} defaultValue={query} />
        <Button type="submit" variant="secondary">
          {t('people.search_submit')}
        </Button>
      </Form>
      <p>{t('people.total', { count: String(people.total) })}</p>
      {people.items.length === 0 ? (
        <EmptyState title={t('people.none')} headingLevel={2} />
      ) : (
        <DataTable
          caption={t('people.caption')}
          captionHidden
          rows={people.items}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'name',
              header: t('people.column_name'),
              cell: (row) => <Link to={`/personnes/${row.id}`}>{row.displayName}</Link>,
              rowHeader: true,
            },
            { key: 'email', header: t('people.column_email'), cell: (row) => row.email ?? '' },
            {
              key: 'networkRole',
              header: t('people.column_network_role'),
              cell: (row) => (row.networkRole ? t(`role.${row.networkRole}`) : t('people.no_network_role')),
            },
            { key: 'places', header: t('people.column_places'), cell: (row) => String(row.placeCount) },
          ]}
        />
      )}
      <nav aria-label={t('people.pagination')}>
        {people.page > 1 ? <a href={pageHref(people.page - 1)}>{t('people.previous')}</a> : null}{' '}
        {t('people.page', { page: String(people.page), count: String(people.pageCount) })}{' '}
        {people.page < people.pageCount ? <a href={pageHref(people.page + 1)}>{t('people.next')}</a> : null}
      </nav>
    </div>
  );
}
