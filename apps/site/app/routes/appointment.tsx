import { Alert, Button, ButtonLink, DescriptionList, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { formFailure } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { ERASE_CONFIRMED_INTENT, ERASE_INTENT, ERASED_PAGE, OwnDataSection } from '../privacy/own-data.tsx';
import type { Route } from './+types/appointment';

// The private link of an appointment (/rendez-vous/<token>, sent by e-mail and shown after booking): see
// it, and cancel it until the cut-off; download or erase one's data (docs/decisions/034). Works without
// JavaScript.

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api, headers, t } = await requestScope(request);
  const metaTitle = t('appointments.manage.meta_title');
  try {
    const appointment = await api.appointments.byToken({ token: params.token });
    return data({ appointment, token: params.token, metaTitle }, { headers });
  } catch {
    return data({ appointment: null, token: params.token, metaTitle }, { status: 404, headers });
  }
}

export const meta = ({ loaderData }: Route.MetaArgs) =>
  loaderData ? [{ title: loaderData.metaTitle }, { name: 'robots', content: 'noindex' }] : [];

export async function action({ request, params }: Route.ActionArgs) {
  const formData = await request.formData();
  const intent = formData.get('intent');
  if (intent === ERASE_INTENT) return data({ confirming: true as const });
  const { api, headers } = await requestScope(request);
  if (intent === ERASE_CONFIRMED_INTENT) {
    try {
      await api.privacy.eraseAppointment({ token: params.token });
      return redirect(ERASED_PAGE, { headers });
    } catch (error) {
      return data(formFailure(error, formData), { status: 400, headers });
    }
  }
  try {
    await api.appointments.cancel({ token: params.token });
    return data({ ok: true as const }, { headers });
  } catch (error) {
    return data(formFailure(error, formData), { status: 400, headers });
  }
}

export default function Appointment({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  const { appointment, token } = loaderData;
  if (!appointment) {
    return (
      <div className="rf-container rf-container--narrow">
        <PageHeader
          title={t('appointments.manage.not_found_title')}
          lead={t('appointments.manage.not_found_body')}
        />
        <ButtonLink href="/lieux">{t('appointments.pick.back_places')}</ButtonLink>
      </div>
    );
  }
  const justCancelled = actionData !== undefined && 'ok' in actionData && actionData.ok;
  const confirming = actionData !== undefined && 'confirming' in actionData;
  const failure = actionData && 'formError' in actionData ? actionData : null;
  const where = [appointment.placeName, appointment.address, appointment.locationNote]
    .filter(Boolean)
    .join(', ');

  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader
        title={justCancelled ? t('appointments.manage.cancelled_title') : t('appointments.manage.title')}
      />
      {justCancelled ? <Alert kind="success" title={t('appointments.manage.cancelled_body')} /> : null}
      {failure?.formError ? <Alert kind="error" title={message(failure.formError)} /> : null}
      <DescriptionList
        items={[
          {
            term: t('appointments.manage.status'),
            description: t(`appointments.manage.status.${appointment.status}`),
          },
          {
            term: t('appointments.manage.when'),
            description: <time dateTime={appointment.startsAt}>{format.dateTime(appointment.startsAt)}</time>,
          },
          {
            term: t('appointments.form.modality'),
            description: t(`appointments.modality.${appointment.modality}`),
          },
          { term: t('appointments.pick.where'), description: where },
          ...(appointment.mediateurName
            ? [{ term: t('appointments.manage.with'), description: appointment.mediateurName }]
            : []),
          { term: t('appointments.manage.name'), description: appointment.firstName },
          {
            term: t('appointments.manage.contact'),
            description: [appointment.email, appointment.phone].filter(Boolean).join(', '),
          },
          ...(appointment.prescriberName
            ? [{ term: t('appointments.manage.prescriber'), description: appointment.prescriberName }]
            : []),
        ]}
      />
      {appointment.status === 'booked' ? (
        <section aria-labelledby="annuler">
          <h2 id="annuler">{t('appointments.manage.cancel_title')}</h2>
          {appointment.canCancel && appointment.cancelUntil ? (
            <>
              <p>
                {t('appointments.manage.cancel_until', { date: format.dateTime(appointment.cancelUntil) })}
              </p>
              <Form method="post">
                <Button type="submit" variant="danger" block>
                  {t('appointments.manage.cancel_button')}
                </Button>
              </Form>
            </>
          ) : (
            <p>
              {appointment.placePhone
                ? t('appointments.manage.cancel_closed_phone', { phone: appointment.placePhone })
                : t('appointments.manage.cancel_closed')}
            </p>
          )}
        </section>
      ) : null}
      <OwnDataSection downloadHref={`/rendez-vous/${token}/donnees.json`} confirming={confirming} />
      <p>
        <a href={`/lieux/${appointment.placeSlug}/rendez-vous`}>{t('appointments.manage.book_again')}</a>
      </p>
    </div>
  );
}
