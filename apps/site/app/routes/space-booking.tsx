import { moveOwnBookingInput } from '@rf/domain/booking/booking.schema';
import type { I18nHandle } from '@rf/i18n/core';
import { Alert, ButtonLink, DescriptionList, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { parseForm, refusedForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { orNotFound, requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import { MoveForm } from '../booking/move-form.tsx';
import type { Route } from './+types/space-booking';

// Changing the date of one of one's own bookings, from the member space (/espace/inscriptions/:id, the
// "Changer de date" of its row): the other dates of the same workshop, as the private link offers them,
// with the same rules. A plain form; works without JavaScript. Cancelling is on the member space itself.

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  const meta = metaOf(t, { title: 'space.booking.meta_title', noindex: true });
  // Someone else's booking reads as an unknown one (404); an outage is the "try again" page (503).
  const booking = await orNotFound(api.booking.mine({ bookingId: params.id }));
  // Cancelled or past: nothing to change here any more.
  if (!booking || booking.status === 'cancelled')
    return data({ booking: null, meta }, { status: 404, headers });
  return data({ booking, meta }, { headers });
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  const formData = await request.formData();
  formData.set('bookingId', params.id);
  const parsed = parseForm(moveOwnBookingInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const moved = await api.booking.moveMine(parsed.data);
    return data({ ok: true as const, moved }, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

export default function SpaceBooking({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  const { booking } = loaderData;
  if (!booking) {
    return (
      <div className="rf-container rf-container--narrow">
        <PageHeader title={t('booking.manage.not_found_title')} lead={t('space.bookings.not_found')} />
        <ButtonLink href="/espace">{t('space.booking.back')}</ButtonLink>
      </div>
    );
  }
  const moved = actionData && actionData.ok === true ? actionData.moved : null;
  const failure = actionData && actionData.ok === false ? actionData : null;
  const fieldError = failure?.fieldErrors.sessionId;
  const status =
    booking.status === 'waitlisted'
      ? t('booking.manage.status.waitlisted', { position: format.number(booking.waitlistPosition ?? 1) })
      : t(`booking.manage.status.${booking.status}`);

  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('space.booking.title')} />
      {moved ? (
        <Alert
          kind="success"
          title={t(
            moved.status === 'confirmed' ? 'booking.move.done_confirmed' : 'booking.move.done_waitlisted',
            {
              date: format.dateTime(booking.startsAt),
            },
          )}
        />
      ) : null}
      {failure?.formError && !fieldError ? <Alert kind="error" title={message(failure.formError)} /> : null}
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
        ]}
      />
      {booking.canMove ? (
        <MoveForm targets={booking.moveTargets} error={fieldError ? message(fieldError) : undefined} />
      ) : (
        <p>{t(booking.canCancel ? 'space.booking.no_other_date' : 'space.booking.too_late')}</p>
      )}
      <p>
        <a href="/espace">{t('space.booking.back')}</a>
      </p>
    </div>
  );
}

// The messages this page shows beyond the root's (decision 049).
export const handle = { i18n: ['space', 'booking', 'bookingManage'] } as const satisfies I18nHandle;
