import { type BookingMode, bookForMeInput, bookingInput } from '@rf/domain/booking/booking.schema';
import type { I18nHandle } from '@rf/i18n/core';
import { Alert, ButtonLink, DescriptionList, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { formIntent, parseForm, refusedForm, retryAfterHeaders } from '@rf/web/forms';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { currentViewer, orNotFound, requestScope, services, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import { BookingConfirmation } from '../booking/booking-confirmation.tsx';
import { CourseDates } from '../booking/course-dates.tsx';
import { landlineCheck } from '../booking/landline-check.server.ts';
import { SeatsLeft } from '../booking/seats-left.tsx';
import { SessionBooking } from '../booking/session-booking.tsx';
import { sessionJsonLd } from '../booking/session-json-ld.ts';
import type { Route } from './+types/session';

// A session's page: what, where, when, seats left, and how to book. Three ways, one form component:
// a signed-in person books in one click; a resident fills the form; a prescriber (`?pour=autre`) books
// for a resident who agreed. When the session is full, the same forms join the waitlist. Works without
// JavaScript; with it, the seats left refresh by themselves (`/seances/:id/places`).

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  const { api, headers, t, locale } = await requestScope(request);
  const mode: BookingMode =
    new URL(request.url).searchParams.get('pour') === 'autre' ? 'prescriber' : 'resident';
  // An unknown session says so in the page's words (404); an outage is the "try again" page (503).
  const session = await orNotFound(api.booking.sessionDetails({ sessionId: params.id }));
  if (!session) {
    const meta = metaOf(t, { title: 'booking.session.not_found_title' });
    return data({ session: null, mode, account: null, idempotencyKey: '', meta }, { status: 404, headers });
  }
  // The layout's look-up, shared: who is signed in is asked once per request.
  const viewer = await currentViewer(request);
  return data(
    {
      session,
      mode,
      // The account a signed-in person books with in one click.
      account: viewer?.email ? { name: viewer.displayName ?? viewer.email, email: viewer.email } : null,
      // One per displayed form: sending it twice (double tap, back and resend) books once. A cached page
      // hands the same key to several people: the booking binds it to each one's details.
      idempotencyKey: crypto.randomUUID(),
      meta: metaOf(t, {
        title: ['booking.session.meta_title', { title: session.title }],
        jsonLd: sessionJsonLd(session, services().env.SITE_URL, locale),
      }),
    },
    { headers },
  );
});

/** A refusal by a rate limit says when to retry (`Retry-After`). */
export const headers = retryAfterHeaders;

export const meta = pageMeta;

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const { api, headers } = await requestScope(request);
  // A rate limit: 429 with `Retry-After`, and the form again saying how long to wait.
  if (formIntent(formData, ['book-for-me']) === 'book-for-me') {
    const parsed = parseForm(bookForMeInput, formData);
    if (!parsed.ok) return data(parsed, { status: 400 });
    try {
      return data({ ok: true as const, booked: await api.booking.bookForMe(parsed.data) }, { headers });
    } catch (error) {
      return refusedForm(error, formData, headers);
    }
  }
  const parsed = parseForm(bookingInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  // Only a landline and no e-mail: nothing would reach the person (a prescriber's e-mail reaches them
  // through the prescriber). The form again, asking first.
  const { phone, email, prescriberEmail } = parsed.data;
  const landline = landlineCheck({ phone, email: email ?? prescriberEmail }, formData);
  if (landline) return data(landline, { headers });
  try {
    return data({ ok: true as const, booked: await api.booking.book(parsed.data) }, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

/** The messages this page shows, besides the layout's (decision 049). */
// Shared by caches for anonymous visitors (decision 042): the form key it carries is bound to what each
// person types before a booking is stored under it (place-booking.server.ts), so two people holding the
// same cached page never share a booking. Signed-in visitors get a private page (their one-click booking).
export const handle = { cache: 'public', i18n: ['booking', 'courses'] } as const satisfies I18nHandle;

export default function Session({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  if (actionData && 'booked' in actionData) return <BookingConfirmation booked={actionData.booked} />;

  const { session, idempotencyKey, mode, account } = loaderData;
  if (!session) {
    return (
      <div className="rf-container rf-container--narrow">
        <PageHeader title={t('booking.session.not_found_title')} lead={t('booking.session.not_found_body')} />
        <ButtonLink href="/">{t('booking.session.back_home')}</ButtonLink>
      </div>
    );
  }

  const failure = actionData && !('booked' in actionData) ? actionData : null;
  const full = session.seatsLeft === 0;
  const where = [session.placeName, session.address, session.locationNote].filter(Boolean).join(', ');
  // A later session of a course booked as a whole: booked from the first session only (decision 044).
  const laterCourseSession = session.course !== null && !session.course.isFirstSession;

  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={session.title} lead={session.description ?? undefined} />
      <DescriptionList
        items={[
          {
            term: t('booking.session.when'),
            description: <time dateTime={session.startsAt}>{format.dateTime(session.startsAt)}</time>,
          },
          { term: t('booking.session.where'), description: where },
          {
            term: t('booking.session.price'),
            description: session.free ? t('booking.session.free') : t('booking.session.not_free'),
          },
          ...(session.facilitatorName
            ? [{ term: t('booking.session.facilitator'), description: session.facilitatorName }]
            : []),
          {
            term: t('booking.session.seats'),
            description: <SeatsLeft sessionId={session.id} initial={session} />,
          },
        ]}
      />

      {session.course ? <CourseDates dates={session.course.dates} lead={t('booking.course.whole')} /> : null}
      {session.course && laterCourseSession ? (
        <>
          <Alert kind="info" title={t('errors.course_booking_only')} />
          <p>
            <ButtonLink href={`/seances/${session.course.firstSessionId}`}>
              {t('booking.course.book_from_first')}
            </ButtonLink>
          </p>
        </>
      ) : null}

      {!laterCourseSession && session.booking === 'not_yet_open' && session.bookingOpensAt ? (
        <Alert
          kind="info"
          title={t('booking.session.not_yet_open', { date: format.dateTime(session.bookingOpensAt) })}
        />
      ) : null}
      {!laterCourseSession && session.booking === 'closed' ? (
        <Alert kind="info" title={t('booking.session.closed')} />
      ) : null}

      {!laterCourseSession && session.booking === 'open' ? (
        <SessionBooking
          sessionId={session.id}
          mode={mode}
          account={account}
          idempotencyKey={idempotencyKey}
          full={full}
          failure={failure}
        />
      ) : null}
    </div>
  );
}
