// The browser's part, without zod (decision 049).
import { catalogueSearchQuery } from '@rf/domain/booking/catalogue-query';
import { normaliseCatalogueSearch } from '@rf/domain/booking/catalogue-search';
import type { I18nHandle } from '@rf/i18n/core';
import { EmptyState, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import { CatalogueFilters } from '../catalogue/catalogue-filters.tsx';
import { useDayFormats } from '../catalogue/catalogue-words.ts';
import { CatalogueSessionCard } from '../catalogue/session-card.tsx';
import type { Route } from './+types/catalogue';

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { api, headers, t } = await requestScope(request);
  const search = normaliseCatalogueSearch(new URL(request.url).searchParams);
  const { results, facets } = await api.catalogue.searchPage(search);
  return data(
    {
      results,
      facets,
      meta: metaOf(t, { title: 'catalogue.meta_title', description: 'catalogue.meta_description' }),
    },
    { headers },
  );
});

/** The same page for every anonymous visitor: cached by CDNs and browsers, with an ETag (decision 042). */
export const handle = {
  cache: 'public',
  i18n: ['catalogue', 'catalogueThemes'],
} as const satisfies I18nHandle;

export const meta = pageMeta;

export default function Catalogue({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const when = useDayFormats();
  const { results, facets } = loaderData;
  const s = results.search;
  return (
    <>
      <PageHeader title={t('catalogue.title')} lead={t('catalogue.lead')} />

      <CatalogueFilters search={s} facets={facets} />

      <section aria-labelledby="resultats">
        <h2 id="resultats">{t('catalogue.results.title')}</h2>
        <p role="status">
          {t(
            format.plural(results.total, {
              one: 'catalogue.results.count.one',
              other: 'catalogue.results.count.other',
            }),
            { count: format.number(results.total) },
          )}
          {results.pageCount > 1
            ? ` — ${t('catalogue.results.page', { page: results.page, pages: results.pageCount })}`
            : ''}
        </p>
        <p>
          {t('catalogue.results.range', {
            from: format.date(results.range.from),
            to: format.date(results.range.to),
          })}
        </p>
        {results.near.status === 'found' ? (
          <p>{t('catalogue.results.near_found', { commune: results.near.commune })}</p>
        ) : null}
        {results.near.status === 'unknown' ? (
          <p>{t('catalogue.results.near_unknown', { query: results.near.query })}</p>
        ) : null}
        {results.days.length === 0 ? (
          <EmptyState title={t('catalogue.results.empty_title')} headingLevel={3}>
            <p>{t('catalogue.results.empty_body')}</p>
          </EmptyState>
        ) : (
          results.days.map(({ day, sessions }) => (
            <section key={day} aria-labelledby={`jour-${day}`}>
              <h3 id={`jour-${day}`}>
                <time dateTime={day}>{when.day(day)}</time>
              </h3>
              <ul className="rf-grid">
                {sessions.map((session) => (
                  <CatalogueSessionCard key={session.id} session={session} />
                ))}
              </ul>
            </section>
          ))
        )}
        {results.pageCount > 1 ? (
          <nav aria-label={t('catalogue.pagination')}>
            <ul style={{ display: 'flex', gap: '1rem', listStyle: 'none', padding: 0 }}>
              {results.page > 1 ? (
                <li>
                  <a href={`/ateliers${catalogueSearchQuery(s, results.page - 1)}`} rel="prev">
                    {t('catalogue.pagination.previous')}
                  </a>
                </li>
              ) : null}
              {results.page < results.pageCount ? (
                <li>
                  <a href={`/ateliers${catalogueSearchQuery(s, results.page + 1)}`} rel="next">
                    {t('catalogue.pagination.next')}
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </section>

      <p>
        {t('catalogue.feeds')} <a href="/ateliers/agenda.ics">{t('catalogue.network_feed')}</a>
      </p>
    </>
  );
}
