import { coordinationActivityInput } from '@rf/domain/reporting/coordination';
import { parisDay } from '@rf/domain/time/paris';
import { Alert, Button, DataTable, EmptyState, PageHeader, SelectField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { CoordinationForm } from '../coordination-form.tsx';
import type { Route } from './+types/coordination';

// A fabrique's coordination activities (network animation, events, partnerships): the list, and the form
// to record a new one for its managers. Only fabriques have them (the API answers "not found" otherwise).

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  const meta = metaOf(t, { title: ['coordination.meta_title', { page: t('coordination.title') }] });
  const places = await api.reporting.coordinationPlaces();
  const url = new URL(request.url);
  const placeId = url.searchParams.get('lieu') || places[0]?.id;
  if (!placeId) return data({ kind: 'none' as const, meta }, { headers });
  // Not a fabrique → 404, not the viewer's → 403, an outage → 503 (withPageErrors).
  const list = await api.reporting.coordinationList({ placeId });
  const flash = url.searchParams.has('enregistre')
    ? 'saved'
    : url.searchParams.has('supprime')
      ? 'deleted'
      : null;
  return data({ kind: 'fabrique' as const, meta, places, list, flash, today: parisDay() }, { headers });
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const parsed = parseForm(coordinationActivityInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    await api.reporting.coordinationCreate(parsed.data);
    return redirect(`/coordination?lieu=${encodeURIComponent(parsed.data.placeId)}&enregistre`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

export default function Coordination({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const failure = useFormFailure(actionData);
  if (loaderData.kind === 'none') {
    return (
      <div className="rf-container">
        <PageHeader title={t('coordination.title')} />
        <EmptyState title={t('coordination.no_fabrique')} headingLevel={2} />
      </div>
    );
  }
  const { places, list, flash, today } = loaderData;
  const placeId = list.place.id;
  const subtype = (a: (typeof list.activities)[number]) =>
    a.typeAnimation
      ? t(`coordination.type_animation.${a.typeAnimation}`)
      : a.typeEvenement
        ? t(`coordination.type_evenement.${a.typeEvenement}`)
        : a.naturePartenariat
          ? t(`coordination.nature_partenariat.${a.naturePartenariat}`)
          : '';
  return (
    <div className="rf-container">
      <PageHeader title={t('coordination.title')} lead={t('coordination.lead')} />
      {flash === 'saved' ? <Alert kind="success" title={t('coordination.saved')} /> : null}
      {flash === 'deleted' ? <Alert kind="success" title={t('coordination.deleted')} /> : null}
      {failure.formError && failure.errors.length === 0 ? (
        <Alert kind="error" title={failure.formError} />
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
      <section aria-labelledby="actions">
        <h2 id="actions">{t('coordination.list.title')}</h2>
        <DataTable
          caption={t('coordination.list.caption', { place: list.place.name })}
          captionHidden
          rows={list.activities}
          rowKey={(a) => a.id}
          emptyMessage={t('coordination.list.empty')}
          columns={[
            {
              key: 'date',
              header: t('coordination.list.date'),
              cell: (a) => format.date(`${a.date}T12:00:00Z`),
            },
            {
              key: 'title',
              header: t('coordination.list.title_column'),
              rowHeader: true,
              cell: (a) => a.title,
            },
            {
              key: 'kind',
              header: t('coordination.list.kind'),
              cell: (a) => `${t(`coordination.kind.${a.kind}`)} — ${subtype(a)}`,
            },
            {
              key: 'participants',
              header: t('coordination.list.participants'),
              align: 'end',
              cell: (a) => (a.participants === null ? '—' : format.number(a.participants)),
            },
            ...(list.canWrite
              ? [
                  {
                    key: 'edit',
                    header: t('coordination.list.edit'),
                    cell: (a: (typeof list.activities)[number]) => (
                      <a
                        href={`/coordination/${a.id}`}
                        aria-label={`${t('coordination.list.edit')} ${t('coordination.list.edit_of', { title: a.title })}`}
                      >
                        {t('coordination.list.edit')}
                      </a>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </section>
      {list.canWrite ? (
        <section aria-labelledby="nouvelle-action">
          <h2 id="nouvelle-action">{t('coordination.new.title')}</h2>
          <CoordinationForm values={actionData?.values ?? { placeId, date: today }} failure={failure} />
        </section>
      ) : null}
    </div>
  );
}
