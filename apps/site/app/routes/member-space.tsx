import { ownBookingInput } from '@rf/domain/booking/booking.schema';
import { usesAdminConsole } from '@rf/domain/identity/roles';
import type { I18nHandle } from '@rf/i18n/core';
import { Alert, ButtonLink, EmptyState, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { failureInit, formFailure, formIntent, parseForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { PlaceSessionsTable } from '@rf/web/place-sessions-table';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { type AccountRefusal, DeleteAccount } from '../privacy/delete-account.tsx';
import { ERASED_PAGE } from '../privacy/own-data.tsx';
import { CancelBookingConfirmation, OwnBookingsTable } from '../space/own-bookings.tsx';
import type { Route } from './+types/member-space';

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const viewer = await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  const space = await api.home.space();
  return data(
    {
      space,
      // Managers and network roles also have the admin console (their home): the space links to it.
      consoleUrl: usesAdminConsole(viewer.homeRole) ? viewer.homeUrl : null,
      meta: metaOf(t, { title: 'space.meta_title' }),
    },
    { headers },
  );
});

// Deleting one's account (docs/decisions/034): a form posting `intent=delete_account` shows the
// confirmation; `delete_account_confirmed` deletes it (bookings erased, memberships gone, signed out) —
// or says why not (the last manager of a place, the last network admin). No JavaScript needed.

/** What the action answers, one shape for every intent (so the page reads it without casts). */
interface SpaceActionData {
  confirmingDelete: boolean;
  refusal?: AccountRefusal;
  /** The booking whose cancellation the page asks to confirm. */
  confirmingCancel?: string;
  cancelled?: { title: string; startsAt: string };
  /** Why a booking could not be cancelled, as a catalogue key. */
  bookingError?: string;
}

// Cancelling one of one's own bookings (issue 14): "Annuler" on its row posts `intent=cancel_booking`,
// which shows the confirmation; `cancel_booking_confirmed` cancels it with the private link's rules (the
// seat to the first person waiting, the e-mails) — or says, in French, why not. No JavaScript needed.
// Changing the date is on the booking's own page (/espace/inscriptions/:id), which lists the other dates.
async function cancelOwnBooking(request: Request, formData: FormData) {
  const parsed = parseForm(ownBookingInput, formData);
  if (!parsed.ok)
    return data<SpaceActionData>(
      { confirmingDelete: false, bookingError: 'space.bookings.not_found' },
      { status: 400 },
    );
  const { api, headers } = await requestScope(request);
  try {
    const cancelled = await api.booking.cancelMine(parsed.data);
    return data<SpaceActionData>({ confirmingDelete: false, cancelled }, { headers });
  } catch (error) {
    const failure = formFailure(error, formData);
    const { formError } = failure;
    const bookingError = formError === 'errors.not_found' ? 'space.bookings.not_found' : (formError ?? '');
    // 409, or 503 in an outage (429 for a rate limit), with `Retry-After`.
    return data<SpaceActionData>(
      { confirmingDelete: false, bookingError },
      failureInit(failure, headers, 409),
    );
  }
}

const SPACE_INTENTS = [
  'cancel_booking',
  'cancel_booking_confirmed',
  'delete_account',
  'delete_account_confirmed',
] as const;

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const intent = formIntent(formData, SPACE_INTENTS);
  if (intent === 'cancel_booking') {
    const bookingId = formData.get('bookingId');
    return data<SpaceActionData>({
      confirmingDelete: false,
      confirmingCancel: typeof bookingId === 'string' ? bookingId : '',
    });
  }
  if (intent === 'cancel_booking_confirmed') return cancelOwnBooking(request, formData);
  if (intent === 'delete_account') return data<SpaceActionData>({ confirmingDelete: true });
  if (intent !== 'delete_account_confirmed') return data<SpaceActionData>({ confirmingDelete: false });
  const { api, headers } = await requestScope(request);
  try {
    await api.privacy.deleteAccount();
    return redirect(`${ERASED_PAGE}?compte`, { headers });
  } catch (error) {
    const failure = formFailure(error, formData);
    const refusal: AccountRefusal =
      failure.formError === 'errors.last_place_manager' || failure.formError === 'errors.last_network_admin'
        ? failure.formError
        : 'other';
    return data<SpaceActionData>({ confirmingDelete: false, refusal }, failureInit(failure, headers, 409));
  }
});

export const meta = pageMeta;

export default function MemberSpace({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  const { space, consoleUrl } = loaderData;
  const confirmingDelete = actionData?.confirmingDelete === true;
  const cancelled = actionData?.cancelled ?? null;
  const bookingError = actionData?.bookingError ?? null;
  const confirmingCancelId = actionData?.confirmingCancel ?? null;
  const toConfirm = confirmingCancelId
    ? space.bookings.find((booking) => booking.id === confirmingCancelId)
    : undefined;
  const confirmingCancel = toConfirm?.canCancel ? toConfirm : undefined;
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
        {cancelled ? (
          <Alert
            kind="success"
            title={t('space.bookings.cancelled', {
              title: cancelled.title,
              date: format.dateTime(cancelled.startsAt),
            })}
          />
        ) : null}
        {bookingError ? <Alert kind="error" title={message(bookingError)} /> : null}
        {confirmingCancelId !== null && !confirmingCancel ? (
          <Alert
            kind="error"
            title={t(toConfirm ? 'errors.cancellation_closed' : 'space.bookings.not_found')}
          />
        ) : null}
        {confirmingCancel ? <CancelBookingConfirmation booking={confirmingCancel} /> : null}
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
            <OwnBookingsTable bookings={space.bookings} />
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

      <DeleteAccount confirmingDelete={confirmingDelete} refusal={actionData?.refusal ?? null} />
    </>
  );
}

// The messages this page shows beyond the root's (decision 049).
export const handle = {
  i18n: [
    'space',
    'sessionTable',
    'people',
    'privacy',
    'publishing',
    'sharing',
    'booking',
    'errors.cancellation_closed',
    'roles',
    'attendance',
  ],
} as const satisfies I18nHandle;
