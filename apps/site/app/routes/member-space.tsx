import { usesAdminConsole } from '@rf/domain/identity/roles';
import { Alert, Badge, Button, ButtonLink, DataTable, EmptyState, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { formFailure } from '@rf/web/forms';
import { useT } from '@rf/web/i18n';
import { PlaceSessionsTable } from '@rf/web/place-sessions-table';
import { requestScope } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { ERASED_PAGE } from '../privacy/own-data.tsx';
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

// Deleting one's account (docs/decisions/034): a form posting `intent=delete_account` shows the
// confirmation; `delete_account_confirmed` deletes it (bookings erased, memberships gone, signed out) —
// or says, in French, why not (the last manager of a place, the last network admin). No JavaScript needed.
const REFUSALS = {
  'errors.last_place_manager': 'privacy.account.refused.last_place_manager',
  'errors.last_network_admin': 'privacy.account.refused.last_network_admin',
  other: 'privacy.account.refused.other',
} as const;

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const intent = formData.get('intent');
  if (intent === 'delete_account') return data({ confirmingDelete: true as const });
  if (intent !== 'delete_account_confirmed') return data({ confirmingDelete: false as const });
  const { api, headers } = await requestScope(request);
  try {
    await api.privacy.deleteAccount();
    return redirect(`${ERASED_PAGE}?compte`, { headers });
  } catch (error) {
    const failure = formFailure(error, formData);
    const refusal: keyof typeof REFUSALS =
      failure.formError === 'errors.last_place_manager' || failure.formError === 'errors.last_network_admin'
        ? failure.formError
        : 'other';
    return data({ confirmingDelete: false as const, refusal }, { status: 409, headers });
  }
}

export const meta = ({ loaderData }: Route.MetaArgs) =>
  loaderData ? [{ title: loaderData.meta.title }] : [];

export default function MemberSpace({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { space, consoleUrl } = loaderData;
  const confirmingDelete = actionData?.confirmingDelete === true;
  const refusal =
    actionData && 'refusal' in actionData ? REFUSALS[actionData.refusal as keyof typeof REFUSALS] : null;
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

      <section aria-labelledby="supprimer-mon-compte">
        <h2 id="supprimer-mon-compte">
          {t(confirmingDelete ? 'privacy.account.confirm_title' : 'privacy.account.title')}
        </h2>
        {refusal ? <Alert kind="error" title={t(refusal)} /> : null}
        <p>{t(confirmingDelete ? 'privacy.account.confirm_body' : 'privacy.account.lead')}</p>
        <Form method="post">
          <input
            type="hidden"
            name="intent"
            value={confirmingDelete ? 'delete_account_confirmed' : 'delete_account'}
          />
          <Button type="submit" variant={confirmingDelete ? 'danger' : 'secondary'}>
            {t(confirmingDelete ? 'privacy.account.confirm_button' : 'privacy.account.button')}
          </Button>
        </Form>
        {confirmingDelete ? (
          <p>
            <a href="/espace">{t('privacy.account.keep')}</a>
          </p>
        ) : null}
      </section>
    </>
  );
}
