import { appointmentBookingInput } from '@rf/domain/appointments/appointments.schema';
import type { AppointmentModality } from '@rf/domain/appointments/slots';
import type { I18nHandle } from '@rf/i18n/core';
import {
  Alert,
  Button,
  ButtonGroup,
  ButtonLink,
  CheckboxField,
  FormErrorSummary,
  PageHeader,
  RadioGroup,
  TextAreaField,
  TextField,
} from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { parseForm, refusedForm, retryAfterHeaders } from '@rf/web/forms';
import { useFormFailure, useLocale, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { orNotFound, requestScope, withPageErrors } from '@rf/web/server';
import { data, Form } from 'react-router';
import { slotFormatters } from '../appointments/appointment-words';
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

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(appointmentBookingInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const booked = await api.appointments.book(parsed.data);
    return data({ ok: true as const, booked }, { headers });
  } catch (error) {
    // A rate limit: 429 with `Retry-After`, and the form again saying how long to wait.
    return refusedForm(error, formData, headers);
  }
}

type Booked = Extract<NonNullable<Route.ComponentProps['actionData']>, { ok: true }>['booked'];

function Confirmation({ booked }: { booked: Booked }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader
        title={booked.token ? t('appointments.confirmed.title') : t('appointments.replayed.title')}
        lead={t('appointments.confirmed.summary', {
          date: format.dateTime(booked.startsAt),
          modality: t(`appointments.modality.${booked.modality}`).toLowerCase(),
          place: booked.placeName,
        })}
      />
      {booked.token ? (
        <>
          {booked.email ? <p>{t('appointments.confirmed.mail_sent', { email: booked.email })}</p> : null}
          <p>{t('appointments.confirmed.keep_link')}</p>
          <ButtonLink href={`/rendez-vous/${booked.token}`} block>
            {t('appointments.confirmed.link')}
          </ButtonLink>
        </>
      ) : (
        <Alert kind="info" title={t('appointments.replayed.body')} />
      )}
    </div>
  );
}

export default function PlaceAppointments({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const format = useFormat();
  const failure = actionData && !('booked' in actionData) ? actionData : null;
  // The contact issue (neither e-mail nor phone) links to the e-mail field, the first of the two.
  const {
    errorOf,
    errors: summary,
    formError,
  } = useFormFailure(failure, {
    fieldId: (name) => (name === 'contact' ? 'email' : name),
  });
  if (actionData && 'booked' in actionData) return <Confirmation booked={actionData.booked} />;

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
  const words = slotFormatters(locale);
  const { place } = slots;
  const link = (extra: Record<string, string>) => {
    const query = new URLSearchParams({ ...(modality ? { modalite: modality } : {}), ...extra });
    return `?${query.toString()}`;
  };
  const daySlots = slots.days.find((d) => d.day === day);
  const slot = daySlots?.slots.find(
    (s) => s.availabilityId === chosen.availabilityId && s.startsAt === chosen.startsAt,
  );
  const values = failure?.values ?? {};
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

      {slot ? null : (
        <Form method="get">
          <RadioGroup
            name="modalite"
            legend={t('appointments.pick.step_modality')}
            defaultValue={modality ?? ''}
            options={[
              { value: '', label: t('appointments.pick.any_modality') },
              ...slots.modalities.map((m) => ({ value: m, label: t(`appointments.modality.${m}`) })),
            ]}
          />
          <Button type="submit" variant="secondary" block>
            {t('appointments.pick.show')}
          </Button>
        </Form>
      )}

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

      {!slot && daySlots ? (
        <section aria-labelledby="heure">
          <h2 id="heure">
            {t('appointments.pick.step_slot')} — {words.day(daySlots.day)}
          </h2>
          <ButtonGroup>
            {daySlots.slots.map((s) => (
              <ButtonLink
                key={`${s.availabilityId}-${s.startsAt}`}
                href={link({ jour: daySlots.day, dispo: s.availabilityId, debut: s.startsAt })}
                variant="secondary"
              >
                <span aria-hidden="true">{words.time(s.startsAt)}</span>
                <span className="visually-hidden">
                  {t('appointments.pick.slot_label', { time: words.time(s.startsAt), minutes: s.minutes })}
                </span>
              </ButtonLink>
            ))}
          </ButtonGroup>
        </section>
      ) : null}

      {!slot && slots.days.length > 0 ? (
        <section aria-labelledby="jour">
          <h2 id="jour">{t('appointments.pick.step_day')}</h2>
          <ul className="rf-link-list">
            {slots.days.map((d) => (
              <li key={d.day}>
                <ButtonLink href={link({ jour: d.day })} variant="secondary" block>
                  {words.day(d.day)} —{' '}
                  {t(
                    format.plural(d.slots.length, {
                      one: 'appointments.pick.slot_count.one',
                      other: 'appointments.pick.slot_count.other',
                    }),
                    { count: format.number(d.slots.length) },
                  )}
                </ButtonLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {slot ? (
        <section aria-labelledby="coordonnees">
          <h2 id="coordonnees">{t('appointments.form.title')}</h2>
          <p>
            <strong>
              {t('appointments.pick.slot_label', {
                time: format.dateTime(slot.startsAt),
                minutes: slot.minutes,
              })}
            </strong>
            {slot.locationNote ? ` — ${slot.locationNote}` : ''}
          </p>
          <p>
            <a href={link(day ? { jour: day } : {})}>{t('appointments.pick.change')}</a>
          </p>
          <p>{t('appointments.form.lead')}</p>
          {slot.prescribersOnly ? <Alert kind="info" title={t('appointments.form.prescriber_only')} /> : null}
          {summary.length > 0 ? (
            <FormErrorSummary title={t('errors.invalid_input')} errors={summary} />
          ) : null}
          <Form method="post" noValidate>
            <input type="hidden" name="availabilityId" value={slot.availabilityId} />
            <input type="hidden" name="startsAt" value={slot.startsAt} />
            <input type="hidden" name="idempotencyKey" value={values.idempotencyKey ?? idempotencyKey} />
            <RadioGroup
              id="modality"
              name="modality"
              legend={t('appointments.form.modality')}
              required
              requiredLabel={t('form.required')}
              defaultValue={
                values.modality ??
                (modality && slot.modalities.includes(modality) ? modality : slot.modalities[0])
              }
              options={slot.modalities.map((m) => ({ value: m, label: t(`appointments.modality.${m}`) }))}
              error={errorOf('modality')}
            />
            <TextField
              id="firstName"
              name="firstName"
              label={t('appointments.form.first_name')}
              autoComplete="given-name"
              required
              requiredLabel={t('form.required')}
              defaultValue={values.firstName ?? ''}
              error={errorOf('firstName')}
              width="m"
            />
            <fieldset
              className="rf-fieldset"
              aria-describedby={errorOf('contact') ? 'contact-error' : undefined}
            >
              <legend className="rf-legend">{t('appointments.form.contact_legend')}</legend>
              {errorOf('contact') ? (
                <p id="contact-error" className="rf-error-message">
                  {errorOf('contact')}
                </p>
              ) : null}
              <TextField
                id="email"
                name="email"
                type="email"
                label={t('appointments.form.email')}
                hint={t('appointments.form.email_hint')}
                autoComplete="email"
                defaultValue={values.email ?? ''}
                error={errorOf('email')}
              />
              <TextField
                id="phone"
                name="phone"
                type="tel"
                label={t('appointments.form.phone')}
                hint={t('appointments.form.phone_hint')}
                autoComplete="tel"
                defaultValue={values.phone ?? ''}
                error={errorOf('phone')}
                width="m"
              />
            </fieldset>
            <TextAreaField
              id="motive"
              name="motive"
              label={t('appointments.form.motive')}
              hint={t('appointments.form.motive_hint')}
              defaultValue={values.motive ?? ''}
              error={errorOf('motive')}
            />
            <details
              open={Boolean(
                slot.prescribersOnly ||
                  values.prescriberName ||
                  values.prescriberOrganisation ||
                  errorOf('prescriberName'),
              )}
            >
              <summary>{t('appointments.form.prescriber_legend')}</summary>
              <TextField
                id="prescriberName"
                name="prescriberName"
                label={t('appointments.form.prescriber_name')}
                optionalLabel={t('appointments.form.optional')}
                autoComplete="name"
                defaultValue={values.prescriberName ?? ''}
                error={errorOf('prescriberName')}
              />
              <TextField
                id="prescriberOrganisation"
                name="prescriberOrganisation"
                label={t('appointments.form.prescriber_organisation')}
                optionalLabel={t('appointments.form.optional')}
                autoComplete="organization"
                defaultValue={values.prescriberOrganisation ?? ''}
                error={errorOf('prescriberOrganisation')}
              />
            </details>
            {/* Honeypot: people never see it; robots fill it. */}
            <div className="visually-hidden">
              <label htmlFor="website">{t('appointments.form.honeypot')}</label>
              <input
                id="website"
                name="website"
                type="text"
                tabIndex={-1}
                autoComplete="off"
                defaultValue=""
              />
            </div>
            <CheckboxField
              id="consent"
              name="consent"
              label={t('appointments.form.consent')}
              required
              requiredLabel={t('form.required')}
              defaultChecked={values.consent === 'on'}
              error={errorOf('consent')}
            />
            <Button type="submit" block>
              {t('appointments.form.submit')}
            </Button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

// The messages this page shows beyond the root's (decision 049).
export const handle = { i18n: ['appointments', 'booking'] } as const satisfies I18nHandle;
