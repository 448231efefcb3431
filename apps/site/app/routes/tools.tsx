import { normaliseToolSearch } from '@rf/domain/sharing/sharing.schema';
// The browser's part, without zod (decision 049).
import { TOOL_RADII_KM, toolSearchQuery } from '@rf/domain/sharing/tool-query';
import type { I18nHandle } from '@rf/i18n/core';
import { Badge, Button, Card, CheckboxField, EmptyState, PageHeader, SelectField, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import { FilterGrid } from '../filter-grid.tsx';
import type { Route } from './+types/tools';

// The network's tool catalogue: a GET form (works without JavaScript, links can be shared) and the tools
// that match, nearest first when a commune is given.

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { api, headers, t } = await requestScope(request);
  const search = normaliseToolSearch(new URL(request.url).searchParams);
  const results = await api.sharing.catalogue(search);
  return data(
    {
      search,
      results,
      meta: metaOf(t, {
        title: 'sharing.catalogue.meta_title',
        description: 'sharing.catalogue.meta_description',
      }),
    },
    { headers },
  );
});

/** The same page for every anonymous visitor: cached by CDNs and browsers, with an ETag (decision 042). */
export const handle = { cache: 'public', i18n: ['sharingTools'] } as const satisfies I18nHandle;

export const meta = pageMeta;

export default function Tools({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { euros } = format;
  const { search: s, results } = loaderData;
  const filtered = Object.entries(s).some(([field, v]) => field !== 'page' && v !== undefined);
  return (
    <>
      <PageHeader title={t('sharing.catalogue.title')} lead={t('sharing.catalogue.lead')} />
      <search aria-labelledby="recherche-outils">
        <h2 id="recherche-outils">{t('sharing.catalogue.form.title')}</h2>
        <form method="get" action="/outils">
          <FilterGrid>
            <TextField
              name="q"
              type="search"
              label={t('sharing.catalogue.form.q')}
              defaultValue={s.q ?? ''}
            />
            <SelectField
              name="categorie"
              label={t('sharing.catalogue.form.category')}
              placeholder={t('sharing.catalogue.form.any')}
              defaultValue={s.categorie ?? ''}
              options={results.categories.map((c) => ({ value: c, label: c }))}
            />
            <SelectField
              name="lieu"
              label={t('sharing.catalogue.form.place')}
              placeholder={t('sharing.catalogue.form.any')}
              defaultValue={s.lieu ?? ''}
              options={results.places.map((p) => ({ value: p.id, label: p.name }))}
            />
            <TextField
              name="pres"
              label={t('sharing.catalogue.form.near')}
              hint={t('sharing.catalogue.form.near_hint')}
              defaultValue={s.pres ?? ''}
              autoComplete="postal-code"
            />
            <SelectField
              name="rayon"
              label={t('sharing.catalogue.form.radius')}
              placeholder={t('sharing.catalogue.form.radius_any')}
              defaultValue={s.rayon ? String(s.rayon) : ''}
              options={TOOL_RADII_KM.map((km) => ({
                value: String(km),
                label: t('sharing.catalogue.form.radius_km', { km }),
              }))}
            />
            <TextField
              name="du"
              type="date"
              label={t('sharing.catalogue.form.from')}
              hint={t('sharing.catalogue.form.dates_hint')}
              defaultValue={s.du ?? ''}
            />
            <TextField
              name="au"
              type="date"
              label={t('sharing.catalogue.form.to')}
              hint={t('sharing.catalogue.form.dates_hint')}
              defaultValue={s.au ?? ''}
            />
          </FilterGrid>
          <CheckboxField
            name="pret"
            value="1"
            label={t('sharing.catalogue.form.lendable')}
            defaultChecked={s.pret === '1'}
          />
          <p>
            <Button>{t('sharing.catalogue.form.submit')}</Button>{' '}
            {filtered ? <a href="/outils">{t('sharing.catalogue.form.reset')}</a> : null}
          </p>
        </form>
      </search>

      <section aria-labelledby="resultats-outils">
        <h2 id="resultats-outils">{t('sharing.catalogue.results.title')}</h2>
        <p role="status">
          {t(
            format.plural(results.total, {
              one: 'sharing.catalogue.results.count.one',
              other: 'sharing.catalogue.results.count.other',
            }),
            { count: format.number(results.total) },
          )}
          {results.pageCount > 1
            ? ` — ${t('sharing.catalogue.results.page', { page: results.page, pages: results.pageCount })}`
            : ''}
        </p>
        {results.nearCommune ? (
          <p>{t('sharing.catalogue.results.near_found', { commune: results.nearCommune })}</p>
        ) : null}
        {results.tools.length === 0 ? (
          <EmptyState title={t('sharing.catalogue.results.empty_title')} headingLevel={3}>
            <p>{t('sharing.catalogue.results.empty_body')}</p>
          </EmptyState>
        ) : (
          <ul className="rf-grid">
            {results.tools.map((tool) => (
              <Card
                key={tool.id}
                as="li"
                headingLevel={3}
                title={tool.name}
                href={`/outils/${tool.id}`}
                meta={
                  <>
                    <Badge tone={tool.usage === 'lendable' ? 'success' : 'info'}>
                      {t(`sharing.usage.${tool.usage}`)}
                    </Badge>{' '}
                    {tool.requiresTraining ? (
                      <Badge tone="warning">{t('sharing.catalogue.results.training')}</Badge>
                    ) : null}{' '}
                    {tool.outOfService ? (
                      <Badge tone="warning">{t('sharing.catalogue.results.out_of_service')}</Badge>
                    ) : null}
                  </>
                }
              >
                {tool.photoUrl ? (
                  <img
                    src={tool.photoUrl}
                    srcSet={tool.photoSrcSet ?? undefined}
                    sizes="(max-width: 40rem) 100vw, 24rem"
                    alt={tool.photoAltText ?? ''}
                    loading="lazy"
                    decoding="async"
                    style={{ width: '100%', height: 'auto', aspectRatio: '4 / 3', objectFit: 'cover' }}
                  />
                ) : null}
                <p>
                  {tool.commune
                    ? t('sharing.catalogue.results.where', { place: tool.placeName, commune: tool.commune })
                    : tool.placeName}
                  {tool.distanceKm !== null
                    ? ` (${t('sharing.catalogue.results.distance', { km: format.number(Math.round(tool.distanceKm)) })})`
                    : ''}
                </p>
                <p>
                  {[
                    tool.category,
                    tool.depositCents !== null
                      ? t('sharing.catalogue.results.deposit', { amount: euros(tool.depositCents) })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </Card>
            ))}
          </ul>
        )}
        {results.pageCount > 1 ? (
          <nav aria-label={t('sharing.catalogue.pagination')}>
            <ul style={{ display: 'flex', gap: '1rem', listStyle: 'none', padding: 0 }}>
              {results.page > 1 ? (
                <li>
                  <a href={`/outils${toolSearchQuery(s, results.page - 1)}`} rel="prev">
                    {t('sharing.catalogue.pagination.previous')}
                  </a>
                </li>
              ) : null}
              {results.page < results.pageCount ? (
                <li>
                  <a href={`/outils${toolSearchQuery(s, results.page + 1)}`} rel="next">
                    {t('sharing.catalogue.pagination.next')}
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </section>
    </>
  );
}
