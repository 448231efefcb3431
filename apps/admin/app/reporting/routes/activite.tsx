import { activityRecordListInput, activityRecordPrefillInput } from '@rf/domain/reporting/records';
import { ACTIVITY_RECORD_TYPES } from '@rf/domain/vocabulary/activity-records';
import { Alert, Button, ButtonLink, EmptyState, PageHeader, SelectField, TextField } from '@rf/ui';
import { refusedForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { ActivityRecordList } from '../activity-record-list.tsx';
import { ToCompleteItem } from '../record-to-complete.tsx';
import type { Route } from './+types/activite';

// A place's activity: first what is still to record (past sessions with attendance, seen appointments),
// each with its record already filled in — one button saves it, a link opens the form to complete it —
// then the saved records over a period. Plain forms and links: works without JavaScript.

const FLASHES = ['enregistre', 'deja', 'supprime'] as const;

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  const meta = metaOf(t, { title: ['activity_records.meta_title', { page: t('activity_records.title') }] });
  const places = await api.reporting.recordsPlaces();
  const url = new URL(request.url);
  const placeId = url.searchParams.get('lieu') || places[0]?.id;
  if (!placeId) return data({ kind: 'none' as const, meta }, { headers });
  // A filter typed wrong is ignored rather than refused: the list still shows.
  const asked = activityRecordListInput.safeParse({
    placeId,
    from: url.searchParams.get('du') ?? '',
    to: url.searchParams.get('au') ?? '',
    type: url.searchParams.get('type') ?? '',
    page: url.searchParams.get('page') ?? '1',
  });
  const filter = asked.success ? asked.data : { placeId };
  // An unknown place → 404, not the viewer's → 403, an outage → 503 (withPageErrors).
  const [list, toComplete] = await Promise.all([
    api.reporting.recordsList(filter),
    api.reporting.recordsToComplete({ placeId }),
  ]);
  const flash = FLASHES.find((key) => url.searchParams.has(key)) ?? null;
  return data(
    {
      kind: 'place' as const,
      meta,
      places,
      list,
      toComplete,
      flash,
      filter: {
        from: asked.success ? (asked.data.from ?? '') : '',
        to: asked.success ? (asked.data.to ?? '') : '',
        type: asked.success ? (asked.data.type ?? '') : '',
      },
    },
    { headers },
  );
});

export const meta = pageMeta;

/** "Enregistrer" on an item to complete: the pre-filled record, computed again by the API, saved as it is. */
export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const placeId = String(formData.get('placeId') ?? '');
  const source = formData.get('source');
  const sourceId = String(formData.get('sourceId') ?? '');
  const parsed = activityRecordPrefillInput.safeParse(
    source === 'appointment' ? { appointmentId: sourceId } : { sessionId: sourceId },
  );
  if (!parsed.success) return data({ formError: 'errors.invalid_input', sourceId }, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const { outcome } = await api.reporting.recordsCreateFromSource(parsed.data);
    const flash = outcome === 'created' ? 'enregistre' : 'deja';
    return redirect(`/activite?lieu=${encodeURIComponent(placeId)}&${flash}`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers, { sourceId });
  }
});

export default function ActivityRecords({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  if (loaderData.kind === 'none') {
    return (
      <div className="rf-container">
        <PageHeader title={t('activity_records.title')} />
        <EmptyState title={t('activity_records.no_place')} headingLevel={2} />
      </div>
    );
  }
  const { places, list, toComplete, flash, filter } = loaderData;
  const placeId = list.place.id;
  const pageHref = (page: number) => {
    const params = new URLSearchParams({ lieu: placeId });
    if (filter.from) params.set('du', filter.from);
    if (filter.to) params.set('au', filter.to);
    if (filter.type) params.set('type', filter.type);
    params.set('page', String(page));
    return `/activite?${params}`;
  };
  return (
    <div className="rf-container">
      <PageHeader title={t('activity_records.title')} lead={t('activity_records.lead')} />
      {flash === 'enregistre' ? <Alert kind="success" title={t('activity_records.saved')} /> : null}
      {flash === 'deja' ? <Alert kind="info" title={t('activity_records.already_saved')} /> : null}
      {flash === 'supprime' ? <Alert kind="success" title={t('activity_records.deleted')} /> : null}
      {actionData?.formError && !actionData.sourceId ? (
        <Alert kind="error" title={message(actionData.formError)} />
      ) : null}
      {places.length > 1 ? (
        <Form method="get">
          <SelectField
            id="lieu"
            name="lieu"
            label={t('activity_records.place')}
            options={places.map((p) => ({ value: p.id, label: p.name }))}
            defaultValue={placeId}
          />
          <Button type="submit" variant="secondary">
            {t('activity_records.place_submit')}
          </Button>
        </Form>
      ) : (
        <p>{list.place.name}</p>
      )}
      <p>
        <ButtonLink href={`/activite/nouveau?lieu=${encodeURIComponent(placeId)}`}>
          {t('activity_records.new')}
        </ButtonLink>
      </p>

      <section aria-labelledby="a-completer">
        <h2 id="a-completer">{t('activity_records.to_complete.title')}</h2>
        <p>{t('activity_records.to_complete.lead')}</p>
        {toComplete.length === 0 ? (
          <p>{t('activity_records.to_complete.empty')}</p>
        ) : (
          <ul className="rf-grid">
            {toComplete.map((item) => (
              <ToCompleteItem
                key={item.sourceId}
                item={item}
                placeId={placeId}
                error={actionData?.sourceId === item.sourceId ? actionData.formError : null}
              />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="fiches">
        <h2 id="fiches">{t('activity_records.list.title')}</h2>
        <Form method="get" aria-label={t('activity_records.list.filters')}>
          <input type="hidden" name="lieu" value={placeId} />
          <TextField
            id="du"
            name="du"
            type="date"
            label={t('activity_records.list.from')}
            defaultValue={filter.from}
            width="m"
          />
          <TextField
            id="au"
            name="au"
            type="date"
            label={t('activity_records.list.to')}
            defaultValue={filter.to}
            width="m"
          />
          <SelectField
            id="type-filtre"
            name="type"
            label={t('activity_records.list.type')}
            placeholder={t('activity_records.list.any_type')}
            options={ACTIVITY_RECORD_TYPES.map((type) => ({
              value: type,
              label: t(`activity_records.type.${type}`),
            }))}
            defaultValue={filter.type}
          />
          <Button type="submit" variant="secondary">
            {t('activity_records.list.submit')}
          </Button>
        </Form>
        <ActivityRecordList list={list} pageHref={pageHref} />
      </section>
    </div>
  );
}
