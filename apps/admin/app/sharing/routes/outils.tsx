import { toolInput } from '@rf/domain/sharing/sharing.schema';
import { Alert, Badge, DataTable, EmptyState, PageHeader } from '@rf/ui';
import { parseForm, refusedForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { ToolForm } from '../tool-form';
import type { Route } from './+types/outils';

// The inventory of the places a manager runs: every tool (drafts too) and a form to add one. Published
// tools appear in the network's catalogue (site `/outils`).

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'manager' });
  const { api, headers, t } = await requestScope(request);
  const inventory = await api.sharing.inventory();
  const saved = new URL(request.url).searchParams.has('enregistre');
  return data(
    { ...inventory, saved, meta: metaOf(t, { title: 'sharing.inventory.meta_title' }) },
    { headers },
  );
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const { api, headers } = await requestScope(request);
  const parsed = parseForm(toolInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400, headers });
  try {
    await api.sharing.createTool(parsed.data);
    return redirect('/outils?enregistre', { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

export default function Tools({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { places, tools, trainings, saved } = loaderData;
  const placeName = (id: string) => places.find((p) => p.id === id)?.name ?? '';
  return (
    <div className="rf-container">
      <PageHeader title={t('sharing.inventory.title')} lead={t('sharing.inventory.lead')} />
      {saved ? <Alert kind="success" title={t('sharing.inventory.saved')} /> : null}
      {tools.length === 0 ? (
        <EmptyState title={t('sharing.inventory.empty')} headingLevel={2} />
      ) : (
        <DataTable
          caption={t('sharing.inventory.caption')}
          rows={tools}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'name',
              header: t('sharing.inventory.col.name'),
              rowHeader: true,
              cell: (row) => (
                <a href={`/outils/${row.id}`} aria-label={t('sharing.inventory.edit', { name: row.name })}>
                  {row.name}
                </a>
              ),
            },
            ...(places.length > 1
              ? [
                  {
                    key: 'place',
                    header: t('sharing.inventory.col.place'),
                    cell: (row: (typeof tools)[number]) => placeName(row.placeId),
                  },
                ]
              : []),
            {
              key: 'usage',
              header: t('sharing.inventory.col.usage'),
              cell: (row) => t(`sharing.usage.${row.usage}`),
            },
            {
              key: 'status',
              header: t('sharing.inventory.col.status'),
              cell: (row) => (
                <>
                  {t(`sharing.tool_status.${row.status}`)}{' '}
                  {row.outOfService ? (
                    <Badge tone="warning">{t('sharing.inventory.out_of_service')}</Badge>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      )}
      <section aria-labelledby="nouvel-outil" className="rf-container--narrow">
        <h2 id="nouvel-outil">{t('sharing.inventory.new_title')}</h2>
        {actionData?.formError && Object.keys(actionData.fieldErrors).length === 0 ? (
          <Alert kind="error" title={message(actionData.formError)} />
        ) : null}
        <ToolForm places={places} trainings={trainings} state={actionData ?? null} />
      </section>
    </div>
  );
}
