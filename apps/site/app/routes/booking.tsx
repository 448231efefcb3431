import { Alert, Button, ButtonLink, DescriptionList, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { formFailure } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, Form } from 'react-router';
import type { Route } from './+types/booking';

// The private link of a booking (/reservation/<token>, sent by e-mail and shown after booking): see the
// booking, and cancel it within the cut-off. Works without JavaScript.

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api, headers, t } = await requestScope(request);
  const metaTitle = t('booking.manage.meta_title');
  try {
    const booking = await api.booking.byToken({ token: params.token });
    return data({ booking, metaTitle }, { headers });
  } catch {
    return data({ booking: null, metaTitle }, { status: 404, headers });
  }
}

export const meta = ({ loaderData }: Route.MetaArgs) =>
  loaderData ? [{ title: loaderData.metaTitle }, { name: 'robots', content: 'noindex' }] : [];

export async function action({ request, params }: Route.ActionArgs) {
  const formData = await request.formData();
  const { api, headers } = await requestScope(request);
  try {
    await api.booking.cancel({ token: params.token });
    return data({ ok: true as const }, { headers });
  } catch (error) {
    return data(formFailure(error, formData), { status: 400, headers });
  }
}

export default function Booking({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  const { booking } = loaderData;
  if (!booking) {
    return (
      <div className="rf-container rf-container--narrow">
        <PageHeader title={t('booking.manage.not_found_title')} lead={t('booking.manage.not_found_body')} />
        <ButtonLink href="/">{t('booking.session.back_home')}</ButtonLink>
      </div>
    );
  }
  const justCancelled = actionData !== undefined && 'ok' in actionData && actionData.ok;
  const failure = actionData && !('ok' in actionData && actionData.ok) ? actionData : null;
  const status =
    booking.status === 'waitlisted'
      ? t('booking.manage.status.waitlisted', { position: format.number(booking.waitlistPosition ?? 1) })
      : t(`booking.manage.status.${booking.status}`);

  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={justCancelled ? t('booking.manage.cancelled_title') : t('booking.manage.title')} />
      {justCancelled ? <Alert kind="success" title={t('booking.manage.cancelled_body')} /> : null}
      {failure?.formError ? <Alert kind="error" title={message(failure.formError)} /> : null}
      {booking.sessionCancelled ? (
        <Alert kind="warning" title={t('booking.manage.session_cancelled')} />
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
            ? [{ term: t('booking.manage.prescriber'), description: booking.prescriberName }]
            : []),
        ]}
      />
      {booking.status !== 'cancelled' ? (
        <section aria-labelledby="annuler">
          <h2 id="annuler">{t('booking.manage.cancel_title')}</h2>
          {booking.canCancel && booking.cancelUntil ? (
            <>
              <p>{t('booking.manage.cancel_until', { date: format.dateTime(booking.cancelUntil) })}</p>
              <Form method="post">
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
      <p>
        <a href={`/seances/${booking.sessionId}`}>{t('booking.manage.session_page')}</a>
      </p>
    </div>
  );
}
