import { usesAdminConsole } from '@rf/domain/identity/roles';
import { Badge, ButtonLink, DataTable, EmptyState, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { PlaceSessionsTable } from '@rf/web/place-sessions-table';
import { requestScope } from '@rf/web/server';
import { data, redirect } from 'react-router';
import type { Route } from './+types/member-space';

export async function loader({ request }: Route.LoaderArgs) {
  const { api, headers, t } = await requestScope(request);
  const viewer = await api.identity.me();
  if (!viewer) throw redirect('/connexion?retour=/espace', { headers });
  const space = await api.home.space();
  return data(
    {
      space,
      // Managers and network roles also have the admin console (their home): the space links to it.
      consoleUrl: usesAdminConsole(viewer.homeRole) ? viewer.homeUrl : null,
      meta: { title: t('space.meta_title') },
    },
    { headers },
  );
}

export const meta = ({ loaderData }: Route.MetaArgs) =>
  loaderData ? [{ title: loaderData.meta.title }] : [];

export default function MemberSpace({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { space, consoleUrl } = loaderData;
  return (
    <>
      <PageHeader
        title={t('space.title')}
        lead={t(space.places.length > 0 ? 'space.greeting_member' : 'space.greeting', {
          name: space.displayName,
        })}
      >
        {space.places.length > 0 ? (
          <ButtonLink href="/espace/ateliers">{t('publishing.space_link')}</ButtonLink>
        ) : null}
        {space.places.length > 0 ? (
          <ButtonLink href="/espace/prets" variant="secondary">
            {t('sharing.space.link')}
          </ButtonLink>
        ) : null}
        {consoleUrl ? (
          <ButtonLink href={consoleUrl} variant="secondary">
            {t('space.places.console')}
          </ButtonLink>
        ) : null}
      </PageHeader>

      <section aria-labelledby="mes-inscriptions">
        <h2 id="mes-inscriptions">{t('space.bookings.title')}</h2>
        {space.bookings.length === 0 ? (
          <EmptyState
            title={t('space.bookings.empty_title')}
            headingLevel={3}
            action={<ButtonLink href="/#prochains-ateliers">{t('space.bookings.find')}</ButtonLink>}
          >
            <p>{t('space.bookings.empty_body')}</p>
          </EmptyState>
        ) : (
          <>
            <DataTable
              caption={t('space.bookings.caption')}
              captionHidden
              rows={space.bookings}
              rowKey={(booking) => booking.id}
              columns={[
                { key: 'title', header: t('session.column.title'), cell: (b) => b.title, rowHeader: true },
                {
                  key: 'date',
                  header: t('session.column.date'),
                  cell: (b) => <time dateTime={b.startsAt}>{format.dateTime(b.startsAt)}</time>,
                },
                { key: 'place', header: t('session.column.place'), cell: (b) => b.placeName },
                {
                  key: 'status',
                  header: t('session.column.status'),
                  cell: (b) =>
                    b.status === 'confirmed' ? (
                      <Badge tone="success">{t('space.bookings.status.confirmed')}</Badge>
                    ) : (
                      <Badge tone="warning">{t('space.bookings.status.waitlisted')}</Badge>
                    ),
                },
              ]}
            />
            <p>
              <a href="/#prochains-ateliers">{t('space.bookings.find')}</a>
            </p>
          </>
        )}
      </section>

      {space.places.length > 0 ? (
        <section aria-labelledby="mes-lieux">
          <h2 id="mes-lieux">{t('space.places.title')}</h2>
          {space.places.map((place) => (
            <section key={place.id} aria-labelledby={`lieu-${place.id}`}>
              <h3 id={`lieu-${place.id}`}>{place.name}</h3>
              <p>
                {t('space.places.role', {
                  role: t(place.role === 'manager' ? 'role.manager' : 'role.member'),
                })}
              </p>
              {place.upcomingSessions.length === 0 ? (
                <p>{t('space.places.sessions_empty')}</p>
              ) : (
                <PlaceSessionsTable
                  caption={t('space.places.sessions_caption', { place: place.name })}
                  sessions={place.upcomingSessions}
                />
              )}
            </section>
          ))}
        </section>
      ) : null}
    </>
  );
}
