import { toolInput } from '@rf/domain/sharing/sharing.schema';
import { Alert, Badge, DataTable, EmptyState, PageHeader } from '@rf/ui';
import { formFailure, parseForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { ToolForm } from '../tool-form';
import { typedDeposit } from '../tool-form.server';
import type { Route } from './+types/outils';

// The inventory of the places a manager runs: every tool (drafts too) and a form to add one. Published
// tools appear in the network's catalogue (site `/outils`).

export async function loader({ request }: Route.LoaderArgs) {
  const { api, t } = await requestScope(request);
  const viewer = await api.identity.me();
  if (!viewer) throw redirect(`/connexion?retour=${encodeURIComponent('/outils')}`);
  if (!viewer.memberships.some((m) => m.role === 'manager')) throw data(null, { status: 403 });
  const inventory = await api.sharing.inventory();
  const saved = new URL(request.url).searchParams.has('enregistre');
  return { ...inventory, saved, metaTitle: t('sharing.inventory.meta_title') };
}

export const meta = ({ loaderData }: Route.MetaArgs) => (loaderData ? [{ title: loaderData.metaTitle }] : []);

export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const { api, headers } = await requestScope(request);
  const parsed = parseForm(toolInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400, headers });
  try {
    await api.sharing.createTool({ ...parsed.data, deposit: typedDeposit(formData) });
    return redirect('/outils?enregistre', { headers });
  } catch (error) {
    return data(formFailure(error, formData), { status: 400, headers });
  }
}

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
