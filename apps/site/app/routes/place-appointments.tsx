import { appointmentBookingInput } from '@rf/domain/appointments/appointments.schema';
import type { AppointmentModality } from '@rf/domain/appointments/slots';
import type { I18nHandle } from '@rf/i18n/core';
import { Alert, ButtonLink, PageHeader } from '@rf/ui';
import { parseForm, refusedForm, retryAfterHeaders } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { orNotFound, requestScope, withPageErrors } from '@rf/web/server';
import { data } from 'react-router';
import { AppointmentConfirmation } from '../appointments/appointment-confirmation.tsx';
import { AppointmentForm } from '../appointments/appointment-form.tsx';
import { ModalityChoice, SlotDays, SlotTimes, stepHref } from '../appointments/slot-picker.tsx';
import { landlineCheck } from '../booking/landline-check.server.ts';
import type { Route } from './+types/place-appointments';

// Booking an appointment with a médiateur, in small steps that each work without JavaScript: a GET form
// chooses the modality, links choose the day then the time, and the details form posts to the action,
// which answers with the confirmation and the private link. The same form sent twice (a double tap, back
// and resend) books once; the second answer has no link (the API gives it only to who booked): the page
// then says the appointment is already booked and that the link is in the confirmation e-mail.

const MODALITIES = ['sur_place', 'telephone', 'domicile', 'visio'] as const;
const isModality = (value: string | null): value is AppointmentModality =>
  (MODALITIES as readonly string[]).includes(value ?? '');

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  const { api, headers, t } = await requestScope(request);
  const query = new URL(request.url).searchParams;
  const modalite = query.get('modalite');
  const modality = isModality(modalite) ? modalite : undefined;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(params.slug) || params.slug.length > 100)
    throw data(null, { status: 404, headers });
  // An unknown place says so in the page's words (404); an outage is the "try again" page (503).
  const slots = await orNotFound(api.appointments.placeSlots({ slug: params.slug, modality, days: 14 }));
  if (!slots) {
    return data(
      {
        slots: null,
        modality: null,
        day: null,
        chosen: { availabilityId: null, startsAt: null },
        idempotencyKey: '',
        meta: metaOf(t, { title: 'appointments.pick.not_found_title' }),
      },
      { status: 404, headers },
    );
  }
  return data(
    {
      slots,
      modality: modality ?? null,
      day: query.get('jour'),
      chosen: { availabilityId: query.get('dispo'), startsAt: query.get('debut') },
      idempotencyKey: crypto.randomUUID(),
      meta: metaOf(t, { title: ['appointments.pick.meta_title', { place: slots.place.name }] }),
    },
    { headers },
  );
});

/** A refusal by a rate limit says when to retry (`Retry-After`). */
export const headers = retryAfterHeaders;

export const meta = pageMeta;

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const parsed = parseForm(appointmentBookingInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  // Only a landline and no e-mail: nothing would reach the person. The form again, asking first.
  const landline = landlineCheck(parsed.data, formData);
  if (landline) return data(landline, { headers });
  try {
    const booked = await api.appointments.book(parsed.data);
    return data({ ok: true as const, booked }, { headers });
  } catch (error) {
    // A rate limit: 429 with `Retry-After`, and the form again saying how long to wait.
    return refusedForm(error, formData, headers);
  }
});

export default function PlaceAppointments({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = actionData && !('booked' in actionData) ? actionData : null;
  const { errors: summary, formError } = useFormFailure(failure);
  if (actionData && 'booked' in actionData) return <AppointmentConfirmation booked={actionData.booked} />;

  const { slots, modality, day, chosen, idempotencyKey } = loaderData;
  if (!slots) {
    return (
      <div className="rf-container rf-container--narrow">
        <PageHeader
          title={t('appointments.pick.not_found_title')}
          lead={t('appointments.pick.not_found_body')}
        />
        <ButtonLink href="/lieux">{t('appointments.pick.back_places')}</ButtonLink>
      </div>
    );
  }
  const { place } = slots;
  const daySlots = slots.days.find((d) => d.day === day);
  const slot = daySlots?.slots.find(
    (s) => s.availabilityId === chosen.availabilityId && s.startsAt === chosen.startsAt,
  );
  // A slot chosen from a link that is no longer offered (taken meanwhile, or past the notice).
  const gone = Boolean(chosen.availabilityId && !slot);

  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader
        title={t('appointments.pick.title')}
        lead={t('appointments.pick.lead', { place: place.name })}
      />
      {formError && summary.length === 0 ? (
        <Alert kind="error" title={formError} />
      ) : gone ? (
        <Alert kind="warning" title={t('errors.slot_unavailable')} />
      ) : null}

      {slot ? null : <ModalityChoice modality={modality} modalities={slots.modalities} />}

      {slots.days.length === 0 ? (
        <Alert
          kind="info"
          title={
            place.phone
              ? t('appointments.pick.none_phone', { phone: place.phone })
              : t('appointments.pick.none')
          }
        />
      ) : null}

      {!slot && daySlots ? <SlotTimes day={daySlots} modality={modality} /> : null}
      {!slot && slots.days.length > 0 ? <SlotDays days={slots.days} modality={modality} /> : null}

      {slot ? (
        <AppointmentForm
          slot={slot}
          modality={modality}
          idempotencyKey={idempotencyKey}
          failure={failure}
          changeHref={stepHref(modality, day ? { jour: day } : {})}
        />
      ) : null}
    </div>
  );
}

// The messages this page shows beyond the root's (decision 049).
export const handle = { i18n: ['appointments', 'booking'] } as const satisfies I18nHandle;
