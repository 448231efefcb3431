import type { I18nHandle } from '@rf/i18n/core';
import { Badge, ButtonLink, Card, EmptyState, PageHeader, Stat, StatGrid } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, withPageErrors } from '@rf/web/server';
import { data, useRouteLoaderData } from 'react-router';
import type { loader as rootLoader } from '../root';
import type { Route } from './+types/home';

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const { api, headers, t } = await requestScope(request);
  const home = await api.home.public();
  return data(
    { home, meta: metaOf(t, { title: 'site.home.meta_title', description: 'site.home.meta_description' }) },
    { headers },
  );
});

/** The same page for every anonymous visitor: cached by CDNs and browsers, with an ETag (decision 042). */
export const handle = { cache: 'public', i18n: ['siteHome'] } as const satisfies I18nHandle;

export const meta = pageMeta;

const inlineList = {
  listStyle: 'none',
  margin: 0,
  padding: 0,
  display: 'flex',
  flexWrap: 'wrap',
  gap: '0.5rem',
} as const;

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { totals, fabriques, upcomingSessions } = loaderData.home;
  const signedIn = Boolean(useRouteLoaderData<typeof rootLoader>('root')?.viewer);
  return (
    <>
      <PageHeader title={t('site.home.title')} lead={t('site.home.lead')} />

      <section aria-labelledby="chiffres">
        <h2 id="chiffres">{t('site.home.figures')}</h2>
        <StatGrid>
          <Stat label={t('site.home.figure.places')} value={format.number(totals.places)} />
          <Stat label={t('site.home.figure.fabriques')} value={format.number(totals.fabriques)} />
          <Stat label={t('site.home.figure.tiers_lieux')} value={format.number(totals.tiersLieux)} />
          <Stat label={t('site.home.figure.regions')} value={format.number(totals.regions)} />
        </StatGrid>
      </section>

      <section aria-labelledby="prochains-ateliers">
        <h2 id="prochains-ateliers">{t('site.home.sessions.title')}</h2>
        {upcomingSessions.length === 0 ? (
          <EmptyState title={t('site.home.sessions.empty_title')} headingLevel={3}>
            <p>{t('site.home.sessions.empty_body')}</p>
          </EmptyState>
        ) : (
          <>
            <p>{t('site.home.sessions.lead')}</p>
            <ul className="rf-grid">
              {upcomingSessions.map((session) => (
                <Card
                  key={session.id}
                  as="li"
                  headingLevel={3}
                  title={session.title}
                  href={`/seances/${session.id}`}
                  meta={
                    session.seatsLeft > 0 ? (
                      <Badge tone="success">
                        {t(
                          format.plural(session.seatsLeft, {
                            one: 'site.home.sessions.seats_left.one',
                            other: 'site.home.sessions.seats_left.other',
                          }),
                          { count: format.number(session.seatsLeft) },
                        )}
                      </Badge>
                    ) : (
                      <Badge tone="warning">{t('site.home.sessions.full')}</Badge>
                    )
                  }
                >
                  <p>
                    <time dateTime={session.startsAt}>{format.dateTime(session.startsAt)}</time>
                    <br />
                    {t('site.home.sessions.place', { place: session.placeName })}
                  </p>
                </Card>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="fabriques">
        <h2 id="fabriques">{t('site.home.fabriques.title')}</h2>
        <p>{t('site.home.fabriques.lead')}</p>
        {fabriques.length === 0 ? (
          <EmptyState title={t('site.home.fabriques.empty_title')} headingLevel={3} />
        ) : (
          <ul className="rf-grid">
            {fabriques.map((fabrique) => (
              <Card
                key={fabrique.slug}
                as="li"
                headingLevel={3}
                title={fabrique.name}
                meta={
                  fabrique.labels.length > 0 ? (
                    <ul style={inlineList} aria-label={t('site.home.fabriques.labels')}>
                      {fabrique.labels.map((label) => (
                        <li key={label.code}>
                          <Badge tone="info">{label.name}</Badge>
                        </li>
                      ))}
                    </ul>
                  ) : null
                }
              >
                {fabrique.commune ? (
                  <p>
                    {fabrique.departement
                      ? t('site.home.fabriques.where', {
                          commune: fabrique.commune,
                          departement: `${fabrique.departement.name}, ${fabrique.departement.code}`,
                        })
                      : fabrique.commune}
                  </p>
                ) : null}
              </Card>
            ))}
          </ul>
        )}
      </section>

      {signedIn ? null : (
        <section aria-labelledby="equipes">
          <h2 id="equipes">{t('site.home.team.title')}</h2>
          <p>{t('site.home.team.body')}</p>
          <ButtonLink href="/connexion" variant="secondary">
            {t('nav.sign_in')}
          </ButtonLink>
        </section>
      )}
    </>
  );
}
