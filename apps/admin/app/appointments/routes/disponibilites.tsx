import { createAvailabilityInput } from '@rf/domain/appointments/appointments.schema';
import { Alert, Badge, Button, DataTable, EmptyState, PageHeader } from '@rf/ui';
import { formIntent, refusedForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { AvailabilityForm } from '../availability-form';
import { parseAvailabilityForm, withLists } from '../availability-form.server';
import type { Route } from './+types/disponibilites';

// Managers open médiateurs' availabilities (days, times, slot length, modalities, buffer, notice,
// horizon); residents book slots from them on the place's page. Forms post to the action (no JS needed).

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'manager' });
  const { api, headers, t } = await requestScope(request);
  const listed = await api.appointments.availabilities();
  const saved = new URL(request.url).searchParams.has('enregistre');
  return data({ ...listed, saved, meta: metaOf(t, { title: 'availabilities.meta_title' }) }, { headers });
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const { api, headers } = await requestScope(request);
  try {
    if (formIntent(formData, ['toggle'] as const) === 'toggle') {
      await api.appointments.setAvailabilityActive({
        id: String(formData.get('id')),
        active: formData.get('active') === 'true',
      });
      return redirect('/disponibilites?enregistre', { headers });
    }
    const parsed = parseAvailabilityForm(createAvailabilityInput, formData);
    if (!parsed.ok) return data(parsed, { status: 400, headers });
    await api.appointments.createAvailability(parsed.data);
    return redirect('/disponibilites?enregistre', { headers });
  } catch (error) {
    return refusedForm(error, formData, headers, withLists(formData));
  }
});

export default function Availabilities({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { places, availabilities, saved } = loaderData;
  const mediateurs = places.flatMap((place) =>
    place.team.map((member) => ({
      value: `${place.id}:${member.userId}`,
      label: places.length > 1 ? `${member.name} — ${place.name}` : member.name,
    })),
  );
  const weekdays = (days: number[]) =>
    days.map((d) => t(`appointments.weekday.${d}` as 'appointments.weekday.1')).join(', ');
  return (
    <div className="rf-container">
      <PageHeader title={t('availabilities.title')} lead={t('availabilities.lead')} />
      {saved ? <Alert kind="success" title={t('availabilities.saved')} /> : null}
      {actionData?.formError && Object.keys(actionData.fieldErrors).length === 0 ? (
        <Alert kind="error" title={message(actionData.formError)} />
      ) : null}
      <p>
        <a href="/rendez-vous">{t('appointments.day.title')}</a>
      </p>
      <h2>{t('availabilities.list_title')}</h2>
      {availabilities.length === 0 ? (
        <EmptyState title={t('availabilities.none')} headingLevel={3} />
      ) : (
        <DataTable
          caption={t('availabilities.list_title')}
          captionHidden
          rows={availabilities}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'mediateur',
              header: t('availabilities.column.mediateur'),
              rowHeader: true,
              cell: (row) => (
                <>
                  {row.mediateurName ?? '—'}
                  {places.length > 1 ? ` — ${row.placeName}` : ''}{' '}
                  {row.isActive ? null : <Badge>{t('availabilities.inactive')}</Badge>}
                </>
              ),
            },
            {
              key: 'when',
              header: t('availabilities.column.when'),
              cell: (row) =>
                t('availabilities.summary', {
                  weekdays: weekdays(row.weekdays),
                  start: row.startTime,
                  end: row.endTime,
                }),
            },
            {
              key: 'slots',
              header: t('availabilities.column.slots'),
              cell: (row) =>
                `${t('availabilities.slots_summary', {
                  minutes: row.slotMinutes,
                  buffer: row.bufferMinutes,
                  notice: Math.round((row.minNoticeMinutes / 60) * 10) / 10,
                })} — ${row.modalities.map((m) => t(`appointments.modality.${m}`)).join(', ')}`,
            },
            {
              key: 'actions',
              header: t('availabilities.column.actions'),
              cell: (row) => (
                <>
                  <a href={`/disponibilites/${row.id}`}>{t('availabilities.edit')}</a>
                  <Form method="post">
                    <input type="hidden" name="intent" value="toggle" />
                    <input type="hidden" name="id" value={row.id} />
                    <input type="hidden" name="active" value={row.isActive ? 'false' : 'true'} />
                    <Button type="submit" variant="secondary">
                      {row.isActive ? t('availabilities.deactivate') : t('availabilities.activate')}
                    </Button>
                  </Form>
                </>
              ),
            },
          ]}
        />
      )}
      <h2>{t('availabilities.new_title')}</h2>
      <AvailabilityForm intent="create" mediateurs={mediateurs} state={actionData ?? null} />
    </div>
  );
}
