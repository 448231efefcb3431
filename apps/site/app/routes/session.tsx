import { bookingInput } from '@rf/domain/booking/booking.schema';
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
import { formFailure, parseForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, Form } from 'react-router';
import type { Route } from './+types/session';

// A session's page: what, where, when, seats left, and the booking form (or the waitlist form when full).
// Works without JavaScript: the form posts to the action, which answers with the confirmation.

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api, headers, t } = await requestScope(request);
  try {
    const session = await api.booking.sessionDetails({ sessionId: params.id });
    return data(
      {
        session,
        // One per displayed form: sending it twice (double tap, back and resend) books once.
        idempotencyKey: crypto.randomUUID(),
        metaTitle: t('booking.session.meta_title', { title: session.title }),
      },
      { headers },
    );
  } catch {
    return data(
      { session: null, idempotencyKey: '', metaTitle: t('booking.session.not_found_title') },
      { status: 404, headers },
    );
  }
}

export const meta = ({ loaderData }: Route.MetaArgs) => (loaderData ? [{ title: loaderData.metaTitle }] : []);

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(bookingInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const booked = await api.booking.book(parsed.data);
    return data({ ok: true as const, booked }, { headers });
  } catch (error) {
    return data(formFailure(error, formData), { status: 400, headers });
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
      {booked.token ? (
        <>
          {booked.email ? <p>{t('booking.confirmation.mail_sent', { email: booked.email })}</p> : null}
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

export default function Session({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  if (actionData && 'booked' in actionData) return <Confirmation booked={actionData.booked} />;

  const { session, idempotencyKey } = loaderData;
  if (!session) {
    return (
      <div className="rf-container rf-container--narrow">
        <PageHeader title={t('booking.session.not_found_title')} lead={t('booking.session.not_found_body')} />
        <ButtonLink href="/">{t('booking.session.back_home')}</ButtonLink>
      </div>
    );
  }

  const failure = actionData && !('booked' in actionData) ? actionData : null;
  const fieldErrors = failure?.fieldErrors ?? {};
  const values = failure?.values ?? {};
  const errorOf = (field: string) => (fieldErrors[field] ? message(fieldErrors[field]) : undefined);
  const summary = Object.entries(fieldErrors).map(([field, key]) => ({
    fieldId: field === 'contact' ? 'email' : field,
    message: message(key),
  }));
  const full = session.seatsLeft === 0;
  const where = [session.placeName, session.address, session.locationNote].filter(Boolean).join(', ');

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
            description: full
              ? t('booking.session.full')
              : t(
                  format.plural(session.seatsLeft, {
                    one: 'booking.session.seats_left.one',
                    other: 'booking.session.seats_left.other',
                  }),
                  { count: format.number(session.seatsLeft), capacity: format.number(session.capacity) },
                ),
          },
        ]}
      />

      {session.booking === 'not_yet_open' && session.bookingOpensAt ? (
        <Alert
          kind="info"
          title={t('booking.session.not_yet_open', { date: format.dateTime(session.bookingOpensAt) })}
        />
      ) : null}
      {session.booking === 'closed' ? <Alert kind="info" title={t('booking.session.closed')} /> : null}

      {session.booking === 'open' ? (
        <section aria-labelledby="inscription">
          <h2 id="inscription">{full ? t('booking.form.waitlist_title') : t('booking.form.title')}</h2>
          <p>{t('booking.form.lead')}</p>
          {failure?.formError && summary.length === 0 ? (
            <Alert kind="error" title={message(failure.formError)} />
          ) : null}
          {summary.length > 0 ? (
            <FormErrorSummary title={t('errors.invalid_input')} errors={summary} />
          ) : null}
          <Form method="post" noValidate>
            <input type="hidden" name="sessionId" value={session.id} />
            <input type="hidden" name="idempotencyKey" value={values.idempotencyKey ?? idempotencyKey} />
            <TextField
              id="firstName"
              name="firstName"
              label={t('booking.form.first_name')}
              autoComplete="given-name"
              required
              requiredLabel={t('form.required')}
              defaultValue={values.firstName ?? ''}
              error={errorOf('firstName')}
              width="m"
            />
            <fieldset
              className="rf-fieldset"
              aria-describedby={fieldErrors.contact ? 'contact-error' : undefined}
            >
              <legend className="rf-legend">{t('booking.form.contact_legend')}</legend>
              {fieldErrors.contact ? (
                <p id="contact-error" className="rf-error-message">
                  {message(fieldErrors.contact)}
                </p>
              ) : null}
              <TextField
                id="email"
                name="email"
                type="email"
                label={t('booking.form.email')}
                hint={t('booking.form.email_hint')}
                autoComplete="email"
                defaultValue={values.email ?? ''}
                error={errorOf('email')}
              />
              <TextField
                id="phone"
                name="phone"
                type="tel"
                label={t('booking.form.phone')}
                hint={t('booking.form.phone_hint')}
                autoComplete="tel"
                defaultValue={values.phone ?? ''}
                error={errorOf('phone')}
                width="m"
              />
            </fieldset>
            <details
              open={Boolean(
                values.prescriberName || values.prescriberOrganisation || fieldErrors.prescriberName,
              )}
            >
              <summary>{t('booking.form.prescriber_legend')}</summary>
              <TextField
                id="prescriberName"
                name="prescriberName"
                label={t('booking.form.prescriber_name')}
                optionalLabel={t('booking.form.optional')}
                autoComplete="name"
                defaultValue={values.prescriberName ?? ''}
                error={errorOf('prescriberName')}
              />
              <TextField
                id="prescriberOrganisation"
                name="prescriberOrganisation"
                label={t('booking.form.prescriber_organisation')}
                optionalLabel={t('booking.form.optional')}
                autoComplete="organization"
                defaultValue={values.prescriberOrganisation ?? ''}
                error={errorOf('prescriberOrganisation')}
              />
            </details>
            {/* Honeypot: people never see it; robots fill it. */}
            <div className="visually-hidden">
              <label htmlFor="website">{t('booking.form.honeypot')}</label>
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
              label={t('booking.form.consent')}
              required
              requiredLabel={t('form.required')}
              defaultChecked={values.consent === 'on'}
              error={errorOf('consent')}
            />
            <Button type="submit" block>
              {full ? t('booking.form.submit_waitlist') : t('booking.form.submit')}
            </Button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
