import { moveBookingInput } from '@rf/domain/booking/booking.schema';
import type { I18nHandle } from '@rf/i18n/core';
import { Alert, Button, ButtonLink, DescriptionList, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { formIntent, parseForm, refusedForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { orNotFound, requestScope, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { CourseDates } from '../booking/course-dates.tsx';
import { MoveForm } from '../booking/move-form.tsx';
import { ERASE_CONFIRMED_INTENT, ERASE_INTENT, ERASED_PAGE, OwnDataSection } from '../privacy/own-data.tsx';
import type { Route } from './+types/booking';

// The private link of a booking (/reservation/<token>, sent by e-mail and shown after booking): see the
// booking, move it to another date of the same workshop, or cancel it, within the cut-off. Two plain
// forms, each with its `intent`. Works without JavaScript. Also "Télécharger mes données" (the file at
// ./donnees.json) and "Effacer mes données" (confirmed in a second form; docs/decisions/034).

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  const { api, headers, t } = await requestScope(request);
  const meta = metaOf(t, { title: 'booking.manage.meta_title', noindex: true });
  // An unknown link says so in the page's words (404); an outage is the "try again" page (503).
  const booking = await orNotFound(api.booking.byToken({ token: params.token }));
  return data({ booking, token: params.token, meta }, { status: booking ? 200 : 404, headers });
});

export const meta = pageMeta;

const INTENTS = ['move', 'coming', 'cancel', ERASE_INTENT, ERASE_CONFIRMED_INTENT] as const;

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  const formData = await request.formData();
  // A form without a known intent is the cancel button's (its first version had none).
  const intent = formIntent(formData, INTENTS) ?? 'cancel';
  if (intent === ERASE_INTENT) return data({ intent: 'erase' as const, confirming: true as const });
  if (intent === 'move') {
    const parsed = parseForm(moveBookingInput, formData);
    if (!parsed.ok) return data({ intent: 'move' as const, ...parsed }, { status: 400 });
    const { api, headers } = await requestScope(request);
    try {
      const moved = await api.booking.move(parsed.data);
      return data({ ok: true as const, intent: 'move' as const, moved }, { headers });
    } catch (error) {
      return refusedForm(error, formData, headers, { intent: 'move' as const });
    }
  }
  const { api, headers } = await requestScope(request);
  if (intent === ERASE_CONFIRMED_INTENT) {
    try {
      await api.privacy.eraseBooking({ token: params.token });
      return redirect(ERASED_PAGE, { headers });
    } catch (error) {
      return refusedForm(error, formData, headers, { intent: 'erase' as const });
    }
  }
  try {
    if (intent === 'coming') await api.booking.confirmComing({ token: params.token });
    else await api.booking.cancel({ token: params.token });
    return data({ ok: true as const, intent }, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers, { intent });
  }
});

/** The messages this page shows, besides the layout's (decision 049). */
export const handle = {
  i18n: ['booking', 'bookingManage', 'courses', 'privacy'],
} as const satisfies I18nHandle;

export default function Booking({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  const { booking, token } = loaderData;
  if (!booking) {
    return (
      <div className="rf-container rf-container--narrow">
        <PageHeader title={t('booking.manage.not_found_title')} lead={t('booking.manage.not_found_body')} />
        <ButtonLink href="/">{t('booking.session.back_home')}</ButtonLink>
      </div>
    );
  }
  const confirming = actionData !== undefined && 'confirming' in actionData;
  const done = actionData && 'ok' in actionData && actionData.ok === true ? actionData : null;
  const justCancelled = done?.intent === 'cancel';
  const justMoved = done && 'moved' in done ? done.moved : null;
  const failure = actionData && 'ok' in actionData && actionData.ok === false ? actionData : null;
  const moveError = failure?.intent === 'move' ? failure.fieldErrors.sessionId : undefined;
  const status =
    booking.status === 'waitlisted'
      ? t('booking.manage.status.waitlisted', { position: format.number(booking.waitlistPosition ?? 1) })
      : t(`booking.manage.status.${booking.status}`);

  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={justCancelled ? t('booking.manage.cancelled_title') : t('booking.manage.title')} />
      {justCancelled ? <Alert kind="success" title={t('booking.manage.cancelled_body')} /> : null}
      {justMoved ? (
        <Alert
          kind="success"
          title={t(
            justMoved.status === 'confirmed' ? 'booking.move.done_confirmed' : 'booking.move.done_waitlisted',
            { date: format.dateTime(booking.startsAt) },
          )}
        />
      ) : null}
      {failure?.formError && !moveError ? <Alert kind="error" title={message(failure.formError)} /> : null}
      {booking.sessionCancelled ? (
        <Alert kind="warning" title={t('booking.manage.session_cancelled')} />
      ) : null}
      {booking.canSayComing && !justCancelled ? (
        booking.comingConfirmedAt || done?.intent === 'coming' ? (
          <Alert kind="success" title={t('booking.manage.coming_done')} />
        ) : (
          <section aria-labelledby="venue">
            <h2 id="venue">{t('booking.manage.coming_title')}</h2>
            <Form method="post">
              <input type="hidden" name="intent" value="coming" />
              <Button type="submit" block>
                {t('booking.manage.coming_button')}
              </Button>
            </Form>
            <p>{t('booking.manage.coming_or_cancel')}</p>
          </section>
        )
      ) : null}
      <h2>{booking.title}</h2>
      <DescriptionList
        items={[
          { term: t('booking.manage.status'), description: status },
          {
            term: t('booking.session.when'),
            description: <time dateTime={booking.startsAt}>{format.dateTime(booking.startsAt)}</time>,
          },
          {
            term: t('booking.session.where'),
            description: [booking.placeName, booking.address].filter(Boolean).join(', '),
          },
          { term: t('booking.manage.name'), description: booking.firstName },
          {
            term: t('booking.manage.contact'),
            description: [booking.email, booking.phone].filter(Boolean).join(', '),
          },
          ...(booking.prescriberName
            ? [
                {
                  term: t('booking.manage.prescriber'),
                  description: [booking.prescriberName, booking.prescriberOrganisation]
                    .filter(Boolean)
                    .join(', '),
                },
              ]
            : []),
        ]}
      />
      {booking.courseDates.length > 0 ? (
        <CourseDates dates={booking.courseDates} lead={t('booking.course.booked_all')} />
      ) : null}
      {booking.status !== 'cancelled' && booking.canMove ? (
        <MoveForm
          targets={booking.moveTargets}
          error={moveError ? message(moveError) : undefined}
          hidden={
            <>
              <input type="hidden" name="intent" value="move" />
              <input type="hidden" name="token" value={token} />
            </>
          }
        />
      ) : null}
      {booking.status !== 'cancelled' ? (
        <section aria-labelledby="annuler">
          <h2 id="annuler">{t('booking.manage.cancel_title')}</h2>
          {booking.canCancel && booking.cancelUntil ? (
            <>
              <p>{t('booking.manage.cancel_until', { date: format.dateTime(booking.cancelUntil) })}</p>
              {booking.courseDates.length > 0 ? <p>{t('booking.course.cancel_all')}</p> : null}
              <Form method="post">
                <input type="hidden" name="intent" value="cancel" />
                <Button type="submit" variant="danger" block>
                  {t('booking.manage.cancel_button')}
                </Button>
              </Form>
            </>
          ) : (
            <p>{t('booking.manage.cancel_closed')}</p>
          )}
        </section>
      ) : null}
      <OwnDataSection downloadHref={`/reservation/${token}/donnees.json`} confirming={confirming} />
      <p>
        <a href={`/seances/${booking.sessionId}`}>{t('booking.manage.session_page')}</a>
      </p>
    </div>
  );
}
