import {
  appointmentsDayInput,
  cancelAppointmentByPlaceInput,
} from '@rf/domain/appointments/appointments.schema';
import { addDays } from '@rf/domain/time/local-time';
import { Alert, Badge, Button, DataTable, EmptyState, PageHeader, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { parseForm, refusedForm } from '@rf/web/forms';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { PlaceCancelForm } from '../place-cancel-form';
import type { Route } from './+types/rendez-vous';

// A day of appointments at the places the viewer manages (today by default); a GET form picks the day.
// Each booked appointment still to come can be cancelled by the team, the person told (decision 071).

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'manager' });
  const { api, headers, t } = await requestScope(request);
  const asked = appointmentsDayInput.safeParse({
    day: new URL(request.url).searchParams.get('jour') || undefined,
  });
  const listed = await api.appointments.dayAppointments(asked.success ? asked.data : {});
  const done = new URL(request.url).searchParams.get('annule');
  return data(
    {
      ...listed,
      done: done === 'cancelled' || done === 'already_cancelled' ? done : null,
      meta: metaOf(t, { title: 'appointments.day.meta_title' }),
    },
    { headers },
  );
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const { api, headers } = await requestScope(request);
  const parsed = parseForm(cancelAppointmentByPlaceInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400, headers });
  try {
    const { outcome } = await api.appointments.cancelByPlace(parsed.data);
    // Back to the same day (POST-redirect-GET: reloading does not post again).
    const url = new URL(request.url);
    url.searchParams.set('annule', outcome);
    return redirect(`${url.pathname}${url.search}`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

export default function Appointments({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { day, appointments, done } = loaderData;
  const failure = actionData ?? null;
  const range = (row: { startsAt: string; endsAt: string }) =>
    `${format.time(row.startsAt)}–${format.time(row.endsAt)}`;
  return (
    <div className="rf-container">
      <PageHeader title={t('appointments.day.title')} lead={t('appointments.day.lead')} />
      {done ? (
        <Alert
          kind={done === 'cancelled' ? 'success' : 'info'}
          title={t(done === 'cancelled' ? 'appointments.day.cancel_done' : 'appointments.day.cancel_already')}
        />
      ) : null}
      <p>
        <a href="/disponibilites">{t('appointments.day.availabilities_link')}</a>
      </p>
      <Form method="get">
        <TextField
          id="jour"
          name="jour"
          type="date"
          label={t('appointments.day.day')}
          defaultValue={day}
          width="m"
        />
        <Button type="submit" variant="secondary">
          {t('appointments.day.show')}
        </Button>
      </Form>
      <p>
        <a href={`?jour=${addDays(day, -1)}`}>{t('appointments.day.previous')}</a>
        {' · '}
        <a href={`?jour=${addDays(day, 1)}`}>{t('appointments.day.next')}</a>
      </p>
      <h2>{format.date(day)}</h2>
      {appointments.length === 0 ? (
        <EmptyState title={t('appointments.day.none')} headingLevel={3} />
      ) : (
        <DataTable
          caption={t('appointments.day.caption', { date: format.date(day) })}
          captionHidden
          rows={appointments}
          rowKey={(row) => row.id}
          columns={[
            { key: 'time', header: t('appointments.day.column.time'), rowHeader: true, cell: range },
            {
              key: 'person',
              header: t('appointments.day.column.person'),
              cell: (row) => (
                <>
                  {row.firstName} — {[row.phone, row.email].filter(Boolean).join(', ')}
                  {row.prescriberName ? ` (${t('appointments.day.via', { name: row.prescriberName })})` : ''}
                  {row.motive ? (
                    <>
                      <br />
                      {row.motive}
                    </>
                  ) : null}
                </>
              ),
            },
            {
              key: 'mediateur',
              header: t('appointments.day.column.mediateur'),
              cell: (row) => row.mediateurName ?? '—',
            },
            {
              key: 'modality',
              header: t('appointments.day.column.modality'),
              cell: (row) => t(`appointments.modality.${row.modality}`),
            },
            {
              key: 'status',
              header: t('appointments.day.column.status'),
              cell: (row) =>
                row.status === 'cancelled' ? (
                  <>
                    <Badge>
                      {t(
                        row.cancelledByPlace
                          ? 'appointments.day.cancelled_by_place'
                          : 'appointments.manage.status.cancelled',
                      )}
                    </Badge>
                    {row.cancellationReason ? (
                      <>
                        <br />
                        {t('appointments.day.cancelled_reason', { reason: row.cancellationReason })}
                      </>
                    ) : null}
                  </>
                ) : (
                  <>
                    {t('appointments.manage.status.booked')}
                    {row.comingConfirmedAt ? (
                      <>
                        <br />
                        <Badge>{t('appointments.day.coming')}</Badge>
                      </>
                    ) : null}
                    {row.canCancel ? <PlaceCancelForm appointmentId={row.id} failure={failure} /> : null}
                  </>
                ),
            },
          ]}
        />
      )}
    </div>
  );
}
