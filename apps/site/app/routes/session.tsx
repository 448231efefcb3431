import { type BookingMode, bookForMeInput, bookingInput } from '@rf/domain/booking/booking.schema';
import type { I18nHandle } from '@rf/i18n/core';
import {
  Alert,
  Button,
  ButtonLink,
  CheckboxField,
  DescriptionList,
  FormErrorSummary,
  PageHeader,
  TextField,
} from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { type FormFailure, formIntent, parseForm, refusedForm, retryAfterHeaders } from '@rf/web/forms';
import { useFailureMessage, useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { currentViewer, orNotFound, requestScope, withPageErrors } from '@rf/web/server';
import { useEffect, useState } from 'react';
import { data, Form } from 'react-router';
import { CourseDates } from '../booking/course-dates.tsx';
import type { Route } from './+types/session';

// A session's page: what, where, when, seats left, and how to book. Three ways, one form component:
// a signed-in person books in one click; a resident fills the form; a prescriber (`?pour=autre`) books
// for a resident who agreed. When the session is full, the same forms join the waitlist. Works without
// JavaScript; with it, the seats left refresh by themselves (`/seances/:id/places`).

/** The query parameter that opens the form for booking on someone else's behalf. */
const PRESCRIBER_QUERY = 'pour=autre';
const SEATS_REFRESH_MS = 15_000;

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  const { api, headers, t } = await requestScope(request);
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
      meta: metaOf(t, { title: ['booking.session.meta_title', { title: session.title }] }),
    },
    { headers },
  );
});

/** A refusal by a rate limit says when to retry (`Retry-After`). */
export const headers = retryAfterHeaders;

export const meta = pageMeta;

export async function action({ request }: Route.ActionArgs) {
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
  try {
    return data({ ok: true as const, booked: await api.booking.book(parsed.data) }, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
}

type Booked = Extract<NonNullable<Route.ComponentProps['actionData']>, { ok: true }>['booked'];

function Confirmation({ booked }: { booked: Booked }) {
  const t = useT();
  const format = useFormat();
  const title =
    booked.outcome === 'existing'
      ? t('booking.existing.title')
      : booked.status === 'confirmed'
        ? t('booking.confirmed.title')
        : t('booking.waitlisted.title');
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader
        title={title}
        lead={t('booking.confirmation.summary', {
          title: booked.title,
          date: format.dateTime(booked.startsAt),
          place: booked.placeName,
        })}
      />
      {booked.waitlistPosition !== null ? (
        <p>{t('booking.waitlisted.position', { position: format.number(booked.waitlistPosition) })}</p>
      ) : null}
      {booked.courseDates.length > 0 ? (
        <CourseDates dates={booked.courseDates} lead={t('booking.course.booked_all')} />
      ) : null}
      {booked.token ? (
        <>
          {booked.email ? <p>{t('booking.confirmation.mail_sent', { email: booked.email })}</p> : null}
          {booked.sms === 'mobile' ? <p>{t('booking.confirmation.sms_sent')}</p> : null}
          {booked.prescriberEmail ? (
            <p>{t('booking.confirmation.prescriber_told', { email: booked.prescriberEmail })}</p>
          ) : null}
          {booked.noContact ? <Alert kind="warning" title={t('booking.confirmation.no_contact')} /> : null}
          {booked.sms === 'landline' ? (
            <Alert kind="warning" title={t('booking.confirmation.landline')} />
          ) : null}
          <p>{t('booking.confirmation.keep_link')}</p>
          <ButtonLink href={`/reservation/${booked.token}`} block>
            {t('booking.confirmation.link')}
          </ButtonLink>
        </>
      ) : (
        <Alert kind="info" title={t('booking.existing.body')} />
      )}
    </div>
  );
}

interface Seats {
  seatsLeft: number;
  capacity: number;
}

/**
 * The seats left, as the server rendered them; with JavaScript, asked again every 15 seconds and
 * announced politely by screen readers when the number changes.
 */
function SeatsLeft({ sessionId, initial }: { sessionId: string; initial: Seats }) {
  const t = useT();
  const format = useFormat();
  const [seats, setSeats] = useState(initial);
  // A fresher count from the server (after a form was sent) replaces the polled one.
  useEffect(() => {
    setSeats({ seatsLeft: initial.seatsLeft, capacity: initial.capacity });
  }, [initial.seatsLeft, initial.capacity]);
  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      try {
        const response = await fetch(`/seances/${sessionId}/places`, {
          headers: { accept: 'application/json' },
        });
        if (!response.ok || stopped) return;
        const next = (await response.json()) as Seats;
        setSeats((current) =>
          current.seatsLeft === next.seatsLeft && current.capacity === next.capacity ? current : next,
        );
      } catch {
        // Offline for a moment: the last count stays on screen.
      }
    };
    const timer = setInterval(refresh, SEATS_REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [sessionId]);
  return (
    <span aria-live="polite" data-testid="seats-left">
      {seats.seatsLeft === 0
        ? t('booking.session.full')
        : t(
            format.plural(seats.seatsLeft, {
              one: 'booking.session.seats_left.one',
              other: 'booking.session.seats_left.other',
            }),
            { count: format.number(seats.seatsLeft), capacity: format.number(seats.capacity) },
          )}
    </span>
  );
}

/** One form for the resident and for the prescriber: the words change, the fields and the rules do not. */
function BookingForm({
  mode,
  sessionId,
  idempotencyKey,
  full,
  failure,
}: {
  mode: BookingMode;
  sessionId: string;
  idempotencyKey: string;
  full: boolean;
  failure: FormFailure | null;
}) {
  const t = useT();
  // The contact issue (neither e-mail nor phone) links to the e-mail field, the first of the two.
  const {
    errorOf,
    value,
    errors: summary,
    formError,
  } = useFormFailure(failure, {
    fieldId: (name) => (name === 'contact' ? 'email' : name),
  });
  const forOther = mode === 'prescriber';
  const words = forOther ? 'booking.prescriber' : 'booking.form';
  return (
    <>
      {formError && summary.length === 0 ? <Alert kind="error" title={formError} /> : null}
      {summary.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={summary} /> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="mode" value={mode} />
        <input type="hidden" name="idempotencyKey" value={value('idempotencyKey', idempotencyKey)} />
        {forOther ? (
          <fieldset className="rf-fieldset">
            <legend className="rf-legend">{t('booking.prescriber.you_legend')}</legend>
            <TextField
              id="prescriberName"
              name="prescriberName"
              label={t('booking.form.prescriber_name')}
              autoComplete="name"
              required
              requiredLabel={t('form.required')}
              defaultValue={value('prescriberName')}
              error={errorOf('prescriberName')}
            />
            <TextField
              id="prescriberOrganisation"
              name="prescriberOrganisation"
              label={t('booking.form.prescriber_organisation')}
              hint={t('booking.prescriber.organisation_hint')}
              autoComplete="organization"
              required
              requiredLabel={t('form.required')}
              defaultValue={value('prescriberOrganisation')}
              error={errorOf('prescriberOrganisation')}
            />
          </fieldset>
        ) : null}
        <TextField
          id="firstName"
          name="firstName"
          label={t(`${words}.first_name`)}
          autoComplete={forOther ? 'off' : 'given-name'}
          required
          requiredLabel={t('form.required')}
          defaultValue={value('firstName')}
          error={errorOf('firstName')}
          width="m"
        />
        <fieldset className="rf-fieldset" aria-describedby={errorOf('contact') ? 'contact-error' : undefined}>
          <legend className="rf-legend">{t(`${words}.contact_legend`)}</legend>
          {errorOf('contact') ? (
            <p id="contact-error" className="rf-error-message">
              {errorOf('contact')}
            </p>
          ) : null}
          <TextField
            id="email"
            name="email"
            type="email"
            label={t(`${words}.email`)}
            hint={t(`${words}.email_hint`)}
            autoComplete={forOther ? 'off' : 'email'}
            defaultValue={value('email')}
            error={errorOf('email')}
          />
          <TextField
            id="phone"
            name="phone"
            type="tel"
            label={t(`${words}.phone`)}
            hint={t('booking.form.phone_hint')}
            autoComplete={forOther ? 'off' : 'tel'}
            defaultValue={value('phone')}
            error={errorOf('phone')}
            width="m"
          />
          {forOther ? <p className="rf-hint">{t('booking.prescriber.no_contact_warning')}</p> : null}
        </fieldset>
        {forOther ? (
          <fieldset className="rf-fieldset">
            <legend className="rf-legend">{t('booking.prescriber.news_legend')}</legend>
            <TextField
              id="prescriberEmail"
              name="prescriberEmail"
              type="email"
              label={t('booking.prescriber.email_self')}
              hint={t('booking.prescriber.email_self_hint')}
              autoComplete="work email"
              defaultValue={value('prescriberEmail')}
              error={errorOf('prescriberEmail')}
            />
            <CheckboxField
              id="prescriberNews"
              name="prescriberNews"
              label={t('booking.prescriber.news_consent')}
              defaultChecked={value('prescriberNews') === 'on'}
              error={errorOf('prescriberNews')}
            />
          </fieldset>
        ) : null}
        {/* Honeypot: people never see it; robots fill it. */}
        <div className="visually-hidden">
          <label htmlFor="website">{t('booking.form.honeypot')}</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <CheckboxField
          id="consent"
          name="consent"
          label={t(`${words}.consent`)}
          required
          requiredLabel={t('form.required')}
          defaultChecked={value('consent') === 'on'}
          error={errorOf('consent')}
        />
        <Button type="submit" block>
          {full ? t(`${words}.submit_waitlist`) : t(`${words}.submit`)}
        </Button>
      </Form>
    </>
  );
}

/** A signed-in person books with their account: their name and e-mail, one button. */
function OneClickBooking({
  account,
  sessionId,
  idempotencyKey,
  full,
  failure,
}: {
  account: { name: string; email: string };
  sessionId: string;
  idempotencyKey: string;
  full: boolean;
  failure: FormFailure | null;
}) {
  const t = useT();
  const failureMessage = useFailureMessage();
  return (
    <>
      {failure?.formError ? <Alert kind="error" title={failureMessage(failure)} /> : null}
      <p>{t('booking.one_click.as', { name: account.name, email: account.email })}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="book-for-me" />
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="idempotencyKey" value={failure?.values.idempotencyKey ?? idempotencyKey} />
        <Button type="submit" block>
          {full ? t('booking.form.submit_waitlist') : t('booking.form.submit')}
        </Button>
      </Form>
    </>
  );
}

/** The messages this page shows, besides the layout's (decision 049). */
// Shared by caches for anonymous visitors (decision 042): the form key it carries is bound to what each
// person types before a booking is stored under it (place-booking.server.ts), so two people holding the
// same cached page never share a booking. Signed-in visitors get a private page (their one-click booking).
export const handle = { cache: 'public', i18n: ['booking', 'courses'] } as const satisfies I18nHandle;

export default function Session({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  if (actionData && 'booked' in actionData) return <Confirmation booked={actionData.booked} />;

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
  const forOther = mode === 'prescriber';
  const pageUrl = `/seances/${session.id}`;
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
        <section aria-labelledby="inscription">
          <h2 id="inscription">
            {forOther
              ? t('booking.prescriber.title')
              : full
                ? t('booking.form.waitlist_title')
                : t('booking.form.title')}
          </h2>
          {forOther ? (
            <>
              <p>{t('booking.prescriber.lead')}</p>
              <BookingForm
                mode="prescriber"
                sessionId={session.id}
                idempotencyKey={idempotencyKey}
                full={full}
                failure={failure}
              />
              <p>
                <a href={pageUrl}>{t('booking.prescriber.back_to_self')}</a>
              </p>
            </>
          ) : account ? (
            <OneClickBooking
              account={account}
              sessionId={session.id}
              idempotencyKey={idempotencyKey}
              full={full}
              failure={failure}
            />
          ) : (
            <>
              <p>{t('booking.form.lead')}</p>
              <BookingForm
                mode="resident"
                sessionId={session.id}
                idempotencyKey={idempotencyKey}
                full={full}
                failure={failure}
              />
            </>
          )}
          {forOther ? null : (
            <p>
              <a href={`${pageUrl}?${PRESCRIBER_QUERY}`}>{t('booking.prescriber.switch')}</a>
            </p>
          )}
        </section>
      ) : null}
    </div>
  );
}
