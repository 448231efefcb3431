import {
  activityRecordInput,
  activityRecordPrefillInput,
  activityRecordToForm,
} from '@rf/domain/reporting/records';
import { parisDay } from '@rf/domain/time/paris';
import { PageHeader } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { parseActivityRecordForm, refusedActivityRecord } from '../activity-record-form.server.ts';
import { ActivityRecordForm } from '../activity-record-form.tsx';
import type { Route } from './+types/activite.nouveau';

// A new activity record: blank (today, at the place), or pre-filled from a past session with attendance
// (`?seance=`) or a seen appointment (`?rdv=`) — the médiateur checks, completes and saves.

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  const url = new URL(request.url);
  const meta = metaOf(t, {
    title: ['activity_records.meta_title', { page: t('activity_records.new.title') }],
  });
  const places = await api.reporting.recordsPlaces();
  const sessionId = url.searchParams.get('seance');
  const appointmentId = url.searchParams.get('rdv');
  const source = activityRecordPrefillInput.safeParse(
    sessionId ? { sessionId } : appointmentId ? { appointmentId } : null,
  );
  if (source.success) {
    // An unknown session or appointment → 404, someone else's → 403, an outage → 503 (withPageErrors).
    const prefill = await api.reporting.recordsPrefill(source.data);
    const place = places.find((p) => p.id === prefill.placeId);
    return data(
      {
        meta,
        placeId: prefill.placeId,
        placeName: place?.name ?? '',
        sourceTitle: prefill.titreAtelier ?? t('activity_records.to_complete.appointment_title'),
        state: activityRecordToForm(prefill),
      },
      { headers },
    );
  }
  const place = places.find((p) => p.id === url.searchParams.get('lieu')) ?? places[0];
  if (!place) throw data(null, { status: 403, headers });
  return data(
    {
      meta,
      placeId: place.id,
      placeName: place.name,
      sourceTitle: null,
      state: activityRecordToForm({
        placeId: place.id,
        type: 'individuel',
        date: parisDay(),
        typeLieu: 'lieu_activite',
      }),
    },
    { headers },
  );
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const parsed = parseActivityRecordForm(activityRecordInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const { outcome } = await api.reporting.recordsCreate(parsed.data);
    const flash = outcome === 'created' ? 'enregistre' : 'deja';
    return redirect(`/activite?lieu=${encodeURIComponent(parsed.data.placeId)}&${flash}`, { headers });
  } catch (error) {
    return refusedActivityRecord(error, formData, headers);
  }
});

export default function ActivityRecordNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { placeId, placeName, sourceTitle, state } = loaderData;
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader
        title={t('activity_records.new.title')}
        lead={
          sourceTitle
            ? t('activity_records.new.lead_prefilled', { title: sourceTitle })
            : t('activity_records.new.lead', { place: placeName })
        }
      />
      <p>
        <a href={`/activite?lieu=${encodeURIComponent(placeId)}`}>{t('activity_records.back')}</a>
      </p>
      <ActivityRecordForm
        state={actionData ? { values: actionData.values, ...actionData.lists } : state}
        failure={actionData}
      />
    </div>
  );
}
