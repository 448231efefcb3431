import { normaliseDirectorySearch } from '@rf/domain/directory/search';
// The browser's part, without zod (decision 049).
import { directorySearchQuery, hasDirectoryFilters } from '@rf/domain/directory/search-query';
import type { I18nHandle } from '@rf/i18n/core';
import { Badge, Card, EmptyState, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, services, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import { PlaceFilters } from '../directory/place-filters.tsx';
import { kindLabel } from '../directory-words';
import { DirectoryMap, type MapConfig } from '../map/directory-map';
import type { Route } from './+types/places';

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { api, headers, t } = await requestScope(request);
  const search = normaliseDirectorySearch(new URL(request.url).searchParams);
  const { results, facets } = await api.directory.searchPage(search);
  const { env } = services();
  const map: MapConfig = {
    tilesUrl: env.MAP_TILES_URL === 'off' ? null : env.MAP_TILES_URL,
    attribution: env.MAP_TILES_ATTRIBUTION,
  };
  return data(
    {
      results,
      facets,
      map,
      meta: metaOf(t, { title: 'directory.meta_title', description: 'directory.meta_description' }),
    },
    { headers },
  );
});

/** The same page for every anonymous visitor: cached by CDNs and browsers, with an ETag (decision 042). */
export const handle = { cache: 'public', i18n: ['directory', 'directoryMap'] } as const satisfies I18nHandle;

export const meta = pageMeta;

export default function Places({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { results, facets, map } = loaderData;
  const s = results.search;
  return (
    <>
      <PageHeader title={t('directory.title')} lead={t('directory.lead')} />

      <PlaceFilters search={s} facets={facets} />

      <DirectoryMap
        config={map}
        query={directorySearchQuery(s, 1)}
        fitToPlaces={hasDirectoryFilters(s)}
        resultsId="resultats"
      />

      <section aria-labelledby="resultats">
        <h2 id="resultats">{t('directory.results.title')}</h2>
        <p role="status">
          {t(
            format.plural(results.total, {
              one: 'directory.results.count.one',
              other: 'directory.results.count.other',
            }),
            {
              count: format.number(results.total),
            },
          )}
          {results.pageCount > 1
            ? ` — ${t('directory.results.page', { page: results.page, pages: results.pageCount })}`
            : ''}
        </p>
        {results.near.status === 'found' ? (
          <p>{t('directory.results.near_found', { commune: results.near.commune })}</p>
        ) : null}
        {results.near.status === 'unknown' ? (
          <p>{t('directory.results.near_unknown', { query: results.near.query })}</p>
        ) : null}
        {results.places.length === 0 ? (
          <EmptyState title={t('directory.results.empty_title')} headingLevel={3}>
            <p>{t('directory.results.empty_body')}</p>
          </EmptyState>
        ) : (
          <ul className="rf-grid">
            {results.places.map((place) => (
              <Card
                key={place.slug}
                as="li"
                headingLevel={3}
                title={place.name}
                href={`/lieux/${place.slug}${directorySearchQuery(s) ? `?retour=${encodeURIComponent(directorySearchQuery(s))}` : ''}`}
                meta={
                  <>
                    {place.labels.map((l) => (
                      <Badge key={l.code} tone="info">
                        {l.name}
                      </Badge>
                    ))}{' '}
                    {place.openNow === true ? (
                      <Badge tone="success">{t('directory.results.open')}</Badge>
                    ) : null}
                    {place.openNow === false ? (
                      <Badge tone="neutral">{t('directory.results.closed')}</Badge>
                    ) : null}
                  </>
                }
              >
                <p>
                  {[place.commune, place.departementCode ? `(${place.departementCode})` : null]
                    .filter(Boolean)
                    .join(' ')}
                  {place.distanceKm !== null
                    ? ` — ${t('directory.results.distance', { km: format.number(place.distanceKm) })}`
                    : ''}
                </p>
                {place.kinds.length > 0 ? <p>{place.kinds.map((k) => kindLabel(t, k)).join(', ')}</p> : null}
                {place.summary ? <p>{place.summary}</p> : null}
              </Card>
            ))}
          </ul>
        )}
        {results.pageCount > 1 ? (
          <nav aria-label={t('directory.pagination')}>
            <ul style={{ display: 'flex', gap: '1rem', listStyle: 'none', padding: 0 }}>
              {results.page > 1 ? (
                <li>
                  <a href={`/lieux${directorySearchQuery(s, results.page - 1)}`} rel="prev">
                    {t('directory.pagination.previous')}
                  </a>
                </li>
              ) : null}
              {results.page < results.pageCount ? (
                <li>
                  <a href={`/lieux${directorySearchQuery(s, results.page + 1)}`} rel="next">
                    {t('directory.pagination.next')}
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </section>

      <p>
        {t('directory.open_data')} <a href="/donnees/lieux.csv">{t('directory.open_data.csv')}</a>,{' '}
        <a href="/donnees/lieux.json">{t('directory.open_data.json')}</a>.
      </p>
    </>
  );
}
