import { moveAppointmentInput, slotChoice } from '@rf/domain/appointments/appointments.schema';
import type { I18nHandle } from '@rf/i18n/core';
import { Alert, Button, ButtonLink, DescriptionList, PageHeader, RadioGroup } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { formIntent, parseForm, refusedForm, retryAfterHeaders } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { orNotFound, requestScope, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { ERASE_CONFIRMED_INTENT, ERASE_INTENT, ERASED_PAGE, OwnDataSection } from '../privacy/own-data.tsx';
import type { Route } from './+types/appointment';

// The private link of an appointment (/rendez-vous/<token>, sent by e-mail and shown after booking): see
// it, answer "Je viens", move it to another free slot of the place or cancel it until the cut-off;
// download or erase one's data (docs/decisions/034). Plain forms, each with its `intent`. Works without
// JavaScript.

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  const { api, headers, t } = await requestScope(request);
  const meta = metaOf(t, { title: 'appointments.manage.meta_title', noindex: true });
  // An unknown link says so in the page's words (404); an outage is the "try again" page (503).
  const appointment = await orNotFound(api.appointments.byToken({ token: params.token }));
  return data({ appointment, token: params.token, meta }, { status: appointment ? 200 : 404, headers });
});

/** A move refused by a rate limit says when to retry (`Retry-After`). */
export const headers = retryAfterHeaders;

export const meta = pageMeta;

const INTENTS = ['move', 'coming', 'cancel', ERASE_INTENT, ERASE_CONFIRMED_INTENT] as const;

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  const formData = await request.formData();
  // A form without a known intent is the cancel button's.
  const intent = formIntent(formData, INTENTS) ?? 'cancel';
  if (intent === ERASE_INTENT) return data({ intent: 'erase' as const, confirming: true as const });
  if (intent === 'move') {
    // The token is the page's own (its address), never a field of the form.
    formData.set('token', params.token);
    const parsed = parseForm(moveAppointmentInput, formData);
    if (!parsed.ok) return data({ intent: 'move' as const, ...parsed }, { status: 400 });
    const { api, headers } = await requestScope(request);
    try {
      const moved = await api.appointments.move(parsed.data);
      return data({ ok: true as const, intent: 'move' as const, moved }, { headers });
    } catch (error) {
      // A rate limit: 429 with `Retry-After`, and the form again saying how long to wait.
      return refusedForm(error, formData, headers, { intent: 'move' as const });
    }
  }
  const { api, headers } = await requestScope(request);
  if (intent === ERASE_CONFIRMED_INTENT) {
    try {
      await api.privacy.eraseAppointment({ token: params.token });
      return redirect(ERASED_PAGE, { headers });
    } catch (error) {
      return refusedForm(error, formData, headers, { intent: 'erase' as const });
    }
  }
  try {
    if (intent === 'coming') await api.appointments.confirmComing({ token: params.token });
    else await api.appointments.cancel({ token: params.token });
    return data({ ok: true as const, intent }, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers, { intent });
  }
});

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
  const confirming = actionData !== undefined && 'confirming' in actionData;
  const done = actionData && 'ok' in actionData && actionData.ok === true ? actionData : null;
  const justCancelled = done?.intent === 'cancel';
  const justMoved = done && 'moved' in done ? done.moved : null;
  const failure = actionData && 'formError' in actionData ? actionData : null;
  const moveFailure = failure?.intent === 'move' ? failure : null;
  const moveError = moveFailure?.fieldErrors.availabilityId ?? moveFailure?.fieldErrors.startsAt;
  const tooLate = appointment.placePhone
    ? t('appointments.move.too_late_phone', { phone: appointment.placePhone })
    : t('appointments.move.too_late');
  // Refused as too late, a move says so in its own words (the code is the cancellation's cut-off).
  const failureMessage = failure?.formError
    ? moveFailure?.formError === 'errors.cancellation_closed'
      ? tooLate
      : message(failure.formError)
    : null;
  const where = [appointment.placeName, appointment.address, appointment.locationNote]
    .filter(Boolean)
    .join(', ');

  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader
        title={justCancelled ? t('appointments.manage.cancelled_title') : t('appointments.manage.title')}
      />
      {justCancelled ? <Alert kind="success" title={t('appointments.manage.cancelled_body')} /> : null}
      {justMoved ? (
        <Alert
          kind="success"
          title={t('appointments.move.done', { date: format.dateTime(justMoved.startsAt) })}
        />
      ) : null}
      {failureMessage && !moveError ? <Alert kind="error" title={failureMessage} /> : null}
      {appointment.canSayComing && !justCancelled ? (
        appointment.comingConfirmedAt || done?.intent === 'coming' ? (
          <Alert kind="success" title={t('appointments.manage.coming_done')} />
        ) : (
          <section aria-labelledby="venue">
            <h2 id="venue">{t('appointments.manage.coming_title')}</h2>
            <Form method="post">
              <input type="hidden" name="intent" value="coming" />
              <Button type="submit" block>
                {t('appointments.manage.coming_button')}
              </Button>
            </Form>
            <p>{t('appointments.manage.coming_or_cancel')}</p>
          </section>
        )
      ) : null}
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
      {appointment.status === 'booked' && appointment.canCancel ? (
        <section aria-labelledby="changer">
          <h2 id="changer">{t('appointments.move.title')}</h2>
          {appointment.canMove ? (
            <>
              <p>{t('appointments.move.lead', { place: appointment.placeName })}</p>
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="move" />
                <RadioGroup
                  name="slot"
                  legend={t('appointments.move.legend')}
                  error={moveError ? message(moveError) : undefined}
                  options={appointment.moveSlots.map((slot) => ({
                    value: slotChoice(slot),
                    label: format.dateTime(slot.startsAt),
                  }))}
                />
                <Button type="submit" block>
                  {t('appointments.move.submit')}
                </Button>
              </Form>
            </>
          ) : (
            <p>{t('appointments.move.none')}</p>
          )}
        </section>
      ) : null}
      {appointment.status === 'booked' ? (
        <section aria-labelledby="annuler">
          <h2 id="annuler">{t('appointments.manage.cancel_title')}</h2>
          {appointment.canCancel && appointment.cancelUntil ? (
            <>
              <p>
                {t('appointments.manage.cancel_until', { date: format.dateTime(appointment.cancelUntil) })}
              </p>
              <Form method="post">
                <input type="hidden" name="intent" value="cancel" />
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

// The messages this page shows beyond the root's (decision 049).
export const handle = {
  i18n: ['appointments', 'booking', 'privacy', 'errors.cancellation_closed'],
} as const satisfies I18nHandle;
