import { updateToolInput } from '@rf/domain/sharing/sharing.schema';
import { Alert, DataTable, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { parseForm, refusedForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { orNotFound, requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { ToolForm } from '../tool-form';
import { ToolPhoto } from '../tool-photo';
import { MAX_PHOTO_POST_BYTES, photoTooLarge, toolPhotoAction } from '../tool-photo.server';
import type { Route } from './+types/outils.$id';

// Editing one tool of a place the manager runs.

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'manager' });
  const { api, headers, t } = await requestScope(request);
  // A tool of a place this manager does not run is "not found", as before; an outage is the "try again" page.
  const current = await orNotFound(api.sharing.inventoryTool({ id: params.id }), [
    'not_found',
    'invalid_input',
    'forbidden',
  ]);
  if (!current) throw data(null, { status: 404, headers });
  const history = await api.sharing.toolLoans({ id: params.id });
  const trainings = (await api.sharing.inventory()).trainings.filter((a) => a.placeId === current.placeId);
  const photoSaved = new URL(request.url).searchParams.get('photo');
  const meta = metaOf(t, { title: 'sharing.inventory.edit_title' });
  return data({ current, history, trainings, photoSaved, meta }, { headers });
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_PHOTO_POST_BYTES) return photoTooLarge();
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  if (intent.startsWith('photo-')) return toolPhotoAction(request, params.id, formData, intent);
  formData.set('id', params.id);
  const { api, headers } = await requestScope(request);
  const parsed = parseForm(updateToolInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400, headers });
  try {
    await api.sharing.updateTool(parsed.data);
    return redirect('/outils?enregistre', { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

export default function ToolEdit({ loaderData, actionData: posted }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  const { current, history, trainings, photoSaved } = loaderData;
  const photoPosted = posted && 'photo' in posted ? posted.photo : undefined;
  const actionData = posted && !('photo' in posted) ? posted : undefined;
  const unknown = t('sharing.loans.unknown_place');
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('sharing.inventory.edit_title')} lead={current.name} />
      {actionData?.formError && Object.keys(actionData.fieldErrors).length === 0 ? (
        <Alert kind="error" title={message(actionData.formError)} />
      ) : null}
      <ToolForm current={current} trainings={trainings} state={actionData ?? null} />
      <ToolPhoto
        photo={
          current.photoUrl
            ? { url: current.photoUrl, srcSet: current.photoSrcSet, altText: current.photoAltText ?? '' }
            : null
        }
        posted={photoPosted}
        saved={photoSaved}
      />
      <p>
        <a href={`/outils/${current.id}/qualifications`}>{t('sharing.qualifications.link')}</a>
      </p>
      <section aria-labelledby="historique">
        <h2 id="historique">{t('sharing.history.title')}</h2>
        <DataTable
          caption={t('sharing.history.title')}
          captionHidden
          rows={history}
          rowKey={(row) => row.id}
          emptyMessage={t('sharing.history.empty')}
          columns={[
            {
              key: 'period',
              header: t('sharing.loans.period_term'),
              rowHeader: true,
              cell: (row) =>
                t('sharing.loans.period', {
                  from: format.date(row.from),
                  to: format.date(new Date(Date.parse(row.to) - 1).toISOString()),
                }),
            },
            {
              key: 'borrower',
              header: t('sharing.history.borrower'),
              cell: (row) => row.borrowerPlaceName ?? unknown,
            },
            {
              key: 'status',
              header: t('sharing.loans.status'),
              cell: (row) => t(`sharing.loan_status.${row.status}`),
            },
            { key: 'out', header: t('sharing.loans.condition_out'), cell: (row) => row.conditionOut ?? '—' },
            { key: 'in', header: t('sharing.loans.condition_in'), cell: (row) => row.conditionIn ?? '—' },
          ]}
        />
      </section>
      <p>
        <a href="/outils">{t('sharing.inventory.back')}</a>
      </p>
    </div>
  );
}
