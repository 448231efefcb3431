import { appointmentsDayInput } from '@rf/domain/appointments/appointments.schema';
import { addDays } from '@rf/domain/appointments/local-time';
import { Badge, Button, DataTable, EmptyState, PageHeader, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useLocale, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form } from 'react-router';
import type { Route } from './+types/rendez-vous';

// A day of appointments at the places the viewer manages (today by default); a GET form picks the day.

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'manager' });
  const { api, headers, t } = await requestScope(request);
  const asked = appointmentsDayInput.safeParse({
    day: new URL(request.url).searchParams.get('jour') || undefined,
  });
  const listed = await api.appointments.dayAppointments(asked.success ? asked.data : {});
  return data({ ...listed, meta: metaOf(t, { title: 'appointments.day.meta_title' }) }, { headers });
});

export const meta = pageMeta;

export default function Appointments({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const format = useFormat();
  const { day, appointments } = loaderData;
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: 'Europe/Paris',
    hour: '2-digit',
    minute: '2-digit',
  });
  const range = (row: { startsAt: string; endsAt: string }) =>
    `${time.format(new Date(row.startsAt))}–${time.format(new Date(row.endsAt))}`;
  return (
    <div className="rf-container">
      <PageHeader title={t('appointments.day.title')} lead={t('appointments.day.lead')} />
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
                  <Badge>{t('appointments.manage.status.cancelled')}</Badge>
                ) : (
                  <>
                    {t('appointments.manage.status.booked')}
                    {row.comingConfirmedAt ? (
                      <>
                        <br />
                        <Badge>{t('appointments.day.coming')}</Badge>
                      </>
                    ) : null}
                  </>
                ),
            },
          ]}
        />
      )}
    </div>
  );
}
