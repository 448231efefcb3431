import { restoreContentInput } from '@rf/domain/programme/moderation.schema';
import { Alert, Button, DataTable, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { formFailure } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/moderation';

export const meta = () => [{ title: 'Contenus masqués — Réseau Fabriques' }];

export async function loader({ request }: Route.LoaderArgs) {
  const { api } = await requestScope(request);
  const viewer = await api.identity.me();
  if (!viewer) throw redirect(`/connexion?retour=${encodeURIComponent('/moderation')}`);
  if (viewer.networkRole !== 'network_admin') throw data(null, { status: 403 });
  const { items } = await api.programme.hiddenContent();
  return { items, restored: new URL(request.url).searchParams.has('restaure') };
}

/** Restores one hidden item (a plain form post per row). */
export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const parsed = restoreContentInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return data({ formError: 'errors.invalid_input' }, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    await api.programme.restoreContent(parsed.data);
    return redirect('/moderation?restaure', { headers });
  } catch (error) {
    return data({ formError: formFailure(error, formData).formError }, { status: 400, headers });
  }
}

export default function Moderation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  const { items, restored } = loaderData;
  return (
    <div className="rf-container">
      <PageHeader title={t('programme.moderation.title')} lead={t('programme.moderation.lead')} />
      {restored && !actionData ? <Alert kind="success" title={t('programme.moderation.restored')} /> : null}
      {actionData?.formError ? <Alert kind="error" title={message(actionData.formError)} /> : null}
      <DataTable
        caption={t('programme.moderation.caption')}
        captionHidden
        columns={[
          {
            key: 'title',
            header: t('programme.moderation.column.title'),
            rowHeader: true,
            cell: (i) => (i.kind === 'place' ? <a href={`/lieux/${i.id}`}>{i.title}</a> : i.title),
          },
          {
            key: 'kind',
            header: t('programme.moderation.column.kind'),
            cell: (i) => t(`programme.moderation.kind.${i.kind}`),
          },
          { key: 'place', header: t('programme.moderation.column.place'), cell: (i) => i.placeName ?? '' },
          {
            key: 'hidden',
            header: t('programme.moderation.column.hidden'),
            cell: (i) => format.shortDateTime(i.hiddenAt),
          },
          {
            key: 'reason',
            header: t('programme.moderation.column.reason'),
            cell: (i) => i.hiddenReason ?? '',
          },
          {
            key: 'action',
            header: t('programme.moderation.column.action'),
            cell: (i) => (
              <Form method="post">
                <input type="hidden" name="kind" value={i.kind} />
                <input type="hidden" name="id" value={i.id} />
                <Button type="submit" variant="secondary">
                  {t('programme.moderation.restore', { title: i.title })}
                </Button>
              </Form>
            ),
          },
        ]}
        rows={items}
        rowKey={(i) => `${i.kind}:${i.id}`}
        emptyMessage={t('programme.moderation.none')}
      />
      <p>{t('programme.moderation.hide_help')}</p>
    </div>
  );
}
