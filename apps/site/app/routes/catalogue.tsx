// The browser's part, without zod (decision 049).
import {
  ACTIVITY_FORMATS,
  ACTIVITY_KINDS,
  ACTIVITY_LEVELS,
  CATALOGUE_RADII_KM,
  catalogueSearchQuery,
  hasCatalogueFilters,
} from '@rf/domain/booking/catalogue-query';
import { normaliseCatalogueSearch } from '@rf/domain/booking/catalogue-search';
import { type I18nHandle, isMessageKey, type Translate } from '@rf/i18n/core';
import { Badge, Button, Card, CheckboxField, EmptyState, PageHeader, SelectField, TextField } from '@rf/ui';
import { TIME_ZONE, useFormat } from '@rf/web/format';
import { useLocale, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, withPageErrors } from '@rf/web/server';
import { useMemo } from 'react';
import { data } from 'react-router';
import { FilterGrid } from '../filter-grid.tsx';
import type { Route } from './+types/catalogue';

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { api, headers, t } = await requestScope(request);
  const search = normaliseCatalogueSearch(new URL(request.url).searchParams);
  const [results, facets] = [await api.catalogue.search(search), await api.catalogue.facets()];
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
export const handle = { cache: 'public', i18n: ['catalogue'] } as const satisfies I18nHandle;

export const meta = pageMeta;

/** A theme code in words when the catalogue has it, else the code itself. */
function themeLabel(t: Translate, code: string): string {
  const key = `catalogue.theme.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

/** "mardi 24 novembre 2026" for a day heading, "10:00" for times, in Paris time. */
function useDayFormats() {
  const locale = useLocale();
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, dateStyle: 'full' });
    const time = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, timeStyle: 'short' });
    return {
      // A calendar day is read at noon UTC so no time zone moves it.
      day: (iso: string) => day.format(new Date(`${iso}T12:00:00Z`)),
      time: (iso: string) => time.format(new Date(iso)),
    };
  }, [locale]);
}

export default function Catalogue({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const when = useDayFormats();
  const { results, facets } = loaderData;
  const s = results.search;
  return (
    <>
      <PageHeader title={t('catalogue.title')} lead={t('catalogue.lead')} />

      <search aria-labelledby="recherche">
        <h2 id="recherche">{t('catalogue.form.title')}</h2>
        <form method="get" action="/ateliers">
          <FilterGrid>
            <TextField
              name="q"
              type="search"
              label={t('catalogue.form.q')}
              hint={t('catalogue.form.q_hint')}
              defaultValue={s.q ?? ''}
            />
            <SelectField
              name="theme"
              label={t('catalogue.form.theme')}
              placeholder={t('catalogue.form.any')}
              defaultValue={s.theme ?? ''}
              options={facets.themes.map((code) => ({ value: code, label: themeLabel(t, code) }))}
            />
            <TextField
              name="du"
              type="date"
              label={t('catalogue.form.from')}
              hint={t('catalogue.form.from_hint')}
              defaultValue={s.du ?? ''}
            />
            <TextField
              name="au"
              type="date"
              label={t('catalogue.form.to')}
              hint={t('catalogue.form.to_hint')}
              defaultValue={s.au ?? ''}
            />
            <TextField
              name="pres"
              label={t('catalogue.form.near')}
              hint={t('catalogue.form.near_hint')}
              defaultValue={s.pres ?? ''}
              autoComplete="postal-code"
            />
            <SelectField
              name="rayon"
              label={t('catalogue.form.radius')}
              placeholder={t('catalogue.form.radius_any')}
              defaultValue={s.rayon ? String(s.rayon) : ''}
              options={CATALOGUE_RADII_KM.map((km) => ({
                value: String(km),
                label: t('catalogue.form.radius_km', { km }),
              }))}
            />
            <SelectField
              name="niveau"
              label={t('catalogue.form.level')}
              placeholder={t('catalogue.form.any')}
              defaultValue={s.niveau ?? ''}
              options={ACTIVITY_LEVELS.map((v) => ({ value: v, label: t(`catalogue.level.${v}`) }))}
            />
            <SelectField
              name="format"
              label={t('catalogue.form.format')}
              placeholder={t('catalogue.form.any')}
              defaultValue={s.format ?? ''}
              options={ACTIVITY_FORMATS.map((v) => ({ value: v, label: t(`catalogue.format.${v}`) }))}
            />
            <SelectField
              name="type"
              label={t('catalogue.form.kind')}
              placeholder={t('catalogue.form.any')}
              defaultValue={s.type ?? ''}
              options={ACTIVITY_KINDS.map((v) => ({ value: v, label: t(`catalogue.kind.${v}`) }))}
            />
          </FilterGrid>
          <CheckboxField
            name="gratuit"
            value="1"
            label={t('catalogue.form.free')}
            defaultChecked={s.gratuit === '1'}
          />
          <CheckboxField
            name="accessible"
            value="1"
            label={t('catalogue.form.accessible')}
            defaultChecked={s.accessible === '1'}
          />
          <p>
            <Button>{t('catalogue.form.submit')}</Button>{' '}
            {hasCatalogueFilters(s) ? <a href="/ateliers">{t('catalogue.form.reset')}</a> : null}
          </p>
        </form>
      </search>

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
                  <Card
                    key={session.id}
                    as="li"
                    headingLevel={4}
                    title={session.title}
                    href={`/seances/${session.id}`}
                    meta={
                      <>
                        {session.seatsLeft > 0 ? (
                          <Badge tone="success">
                            {t(
                              format.plural(session.seatsLeft, {
                                one: 'catalogue.results.seats_left.one',
                                other: 'catalogue.results.seats_left.other',
                              }),
                              { count: format.number(session.seatsLeft) },
                            )}
                          </Badge>
                        ) : (
                          <Badge tone="warning">{t('catalogue.results.full')}</Badge>
                        )}{' '}
                        {session.free ? <Badge tone="info">{t('catalogue.results.free')}</Badge> : null}
                      </>
                    }
                    footer={
                      <a href={`/lieux/${session.placeSlug}/agenda.ics`}>
                        {t('catalogue.place_feed', { place: session.placeName })}
                      </a>
                    }
                  >
                    <p>
                      <time dateTime={session.startsAt}>
                        {t('catalogue.results.time', {
                          start: when.time(session.startsAt),
                          end: when.time(session.endsAt),
                        })}
                      </time>
                      {' — '}
                      {session.commune
                        ? t('catalogue.results.where', { place: session.placeName, commune: session.commune })
                        : session.placeName}
                      {session.distanceKm !== null
                        ? ` (${t('catalogue.results.distance', { km: format.number(session.distanceKm) })})`
                        : ''}
                    </p>
                    <p>
                      {[
                        t(`catalogue.kind.${session.kind}`),
                        t(`catalogue.format.${session.format}`),
                        session.level ? t(`catalogue.level.${session.level}`) : null,
                        ...session.themes.map((code) => themeLabel(t, code)),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                  </Card>
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

      <p>{t('catalogue.feeds')}</p>
    </>
  );
}
