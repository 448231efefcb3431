import {
  activityRecordIdInput,
  activityRecordToForm,
  activityRecordUpdateInput,
} from '@rf/domain/reporting/records';
import { Button, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { formIntent } from '@rf/web/forms';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { parseActivityRecordForm, refusedActivityRecord } from '../activity-record-form.server.ts';
import { ActivityRecordForm } from '../activity-record-form.tsx';
import type { Route } from './+types/activite.$id';

// One activity record: change it (same form as a new one) or delete it. Who sees it may change it: its
// author in the place's team, the place's managers, network admins (RLS).

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  const id = activityRecordIdInput.safeParse({ id: params.id });
  if (!id.success) throw data(null, { status: 404, headers });
  // Not found → 404, not the viewer's → 403, an outage → 503 (withPageErrors).
  const record = await api.reporting.recordsGet(id.data);
  const state = activityRecordToForm(record);
  return data(
    {
      record: {
        id: record.id,
        placeId: record.placeId,
        placeName: record.placeName,
        date: record.date,
        authorName: record.authorName,
      },
      state,
      meta: metaOf(t, {
        title: [
          'activity_records.meta_title',
          { page: t('activity_records.edit.title', { date: record.date }) },
        ],
      }),
    },
    { headers },
  );
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  const formData = await request.formData();
  const placeId = String(formData.get('placeId') ?? '');
  const back = `/activite?lieu=${encodeURIComponent(placeId)}`;
  const { api, headers } = await requestScope(request);
  if (formIntent(formData, ['delete']) === 'delete') {
    try {
      await api.reporting.recordsDelete({ id: params.id });
      return redirect(`${back}&supprime`, { headers });
    } catch (error) {
      return refusedActivityRecord(error, formData, headers);
    }
  }
  formData.set('id', params.id);
  const parsed = parseActivityRecordForm(activityRecordUpdateInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400, headers });
  try {
    await api.reporting.recordsUpdate(parsed.data);
    return redirect(`${back}&enregistre`, { headers });
  } catch (error) {
    return refusedActivityRecord(error, formData, headers);
  }
});

export default function ActivityRecord({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { record, state } = loaderData;
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader
        title={t('activity_records.edit.title', { date: format.date(`${record.date}T12:00:00Z`) })}
        lead={t('activity_records.edit.lead', {
          place: record.placeName,
          author: record.authorName ?? t('activity_records.edit.author_unknown'),
        })}
      />
      <p>
        <a href={`/activite?lieu=${encodeURIComponent(record.placeId)}`}>{t('activity_records.back')}</a>
      </p>
      <ActivityRecordForm
        state={actionData ? { values: actionData.values, ...actionData.lists } : state}
        failure={actionData}
      />
      <Form method="post">
        <input type="hidden" name="intent" value="delete" />
        <input type="hidden" name="placeId" value={record.placeId} />
        <p className="rf-hint">{t('activity_records.edit.delete_hint')}</p>
        <Button type="submit" variant="danger">
          {t('activity_records.edit.delete')}
        </Button>
      </Form>
    </div>
  );
}
