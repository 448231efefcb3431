import {
  hideContentInput,
  MODERATED_KINDS,
  type ModeratedKind,
  moderationSearchInput,
  restoreContentInput,
} from '@rf/domain/programme/moderation.schema';
import { Alert, Button, DataTable, NavLinks, PageHeader, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { type FormFailure, formIntent, parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/moderation';

/** One content type at a time (`?type=`), searched by title (`?q=`); every hidden item below. */
export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const { api, headers, t } = await requestScope(request);
  const search = new URL(request.url).searchParams;
  const { kind, query } = moderationSearchInput.parse({
    kind: search.get('type') ?? undefined,
    query: search.get('q') ?? undefined,
  });
  const [{ items }, { items: candidates }] = await Promise.all([
    api.programme.hiddenContent(),
    api.programme.moderationSearch({ kind, query }),
  ]);
  return data(
    {
      kind,
      query,
      items,
      candidates,
      restored: search.has('restaure'),
      hidden: search.has('masque'),
      meta: metaOf(t, { title: ['programme.meta_title', { page: t('programme.moderation.page_title') }] }),
    },
    { headers },
  );
});

export const meta = pageMeta;

/** Hides one item with a reason, or restores one (a plain form post per row). */
export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const intent = formIntent(formData, ['hide']) ?? 'restore';
  const id = String(formData.get('id') ?? '');
  const back = new URL(request.url).searchParams;
  const invalid = (failure: FormFailure) =>
    data({ intent, id, formError: failure.formError, fieldErrors: failure.fieldErrors }, { status: 400 });
  const { api, headers } = await requestScope(request);
  const send = async (call: () => Promise<unknown>) => {
    try {
      await call();
      back.delete('masque');
      back.delete('restaure');
      back.set(intent === 'hide' ? 'masque' : 'restaure', '');
      return redirect(`/moderation?${back}`, { headers });
    } catch (error) {
      return refusedForm(error, formData, headers, { intent, id });
    }
  };
  if (intent === 'hide') {
    const form = parseForm(hideContentInput, formData);
    return form.ok ? send(() => api.programme.hideContent(form.data)) : invalid(form);
  }
  const form = parseForm(restoreContentInput, formData);
  return form.ok ? send(() => api.programme.restoreContent(form.data)) : invalid(form);
});

export default function Moderation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  const { kind, query, items, candidates, restored, hidden } = loaderData;
  const tabHref = (k: ModeratedKind) => `/moderation?type=${k}`;
  // The reason's error goes next to the row whose form was sent.
  const hiding = useFormFailure(actionData?.intent === 'hide' ? actionData : null);
  const reasonError = (id: string) => (actionData?.id === id ? hiding.errorOf('reason') : undefined);
  const hasFieldErrors = actionData ? Object.keys(actionData.fieldErrors).length > 0 : false;
  return (
    <div className="rf-container">
      <PageHeader title={t('programme.moderation.page_title')} lead={t('programme.moderation.lead')} />
      {restored && !actionData ? <Alert kind="success" title={t('programme.moderation.restored')} /> : null}
      {hidden && !actionData ? <Alert kind="success" title={t('programme.moderation.hidden_done')} /> : null}
      {actionData?.formError && !hasFieldErrors ? (
        <Alert kind="error" title={message(actionData.formError)} />
      ) : null}

      <section aria-labelledby="moderation-search">
        <h2 id="moderation-search">{t('programme.moderation.search_title')}</h2>
        <NavLinks
          label={t('programme.moderation.kinds_label')}
          items={MODERATED_KINDS.map((k) => ({
            href: tabHref(k),
            label: t(`programme.moderation.tab.${k}`),
            current: k === kind,
          }))}
        />
        <Form method="get" className="rf-stack">
          <input type="hidden" name="type" value={kind} />
          <TextField
            id="q"
            name="q"
            type="search"
            label={t(`programme.moderation.search_label.${kind}`)}
            defaultValue={query}
          />
          <Button type="submit" variant="secondary">
            {t('programme.moderation.search')}
          </Button>
        </Form>
        <DataTable
          caption={t(`programme.moderation.candidates_caption.${kind}`)}
          columns={[
            {
              key: 'title',
              header: t('programme.moderation.column.title'),
              rowHeader: true,
              cell: (c) => c.title,
            },
            { key: 'place', header: t('programme.moderation.column.place'), cell: (c) => c.placeName ?? '' },
            {
              key: 'hide',
              header: t('programme.moderation.column.action'),
              cell: (c) => (
                <Form method="post" noValidate className="rf-stack">
                  <input type="hidden" name="intent" value="hide" />
                  <input type="hidden" name="kind" value={kind} />
                  <input type="hidden" name="id" value={c.id} />
                  <TextField
                    id={`reason-${c.id}`}
                    name="reason"
                    label={t('programme.moderation.reason_label', { title: c.title })}
                    error={reasonError(c.id)}
                  />
                  <Button type="submit" variant="secondary">
                    {t('programme.moderation.hide', { title: c.title })}
                  </Button>
                </Form>
              ),
            },
          ]}
          rows={candidates}
          rowKey={(c) => c.id}
          emptyMessage={t('programme.moderation.no_candidate')}
        />
      </section>

      <section aria-labelledby="moderation-hidden">
        <h2 id="moderation-hidden">{t('programme.moderation.title')}</h2>
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
                  <input type="hidden" name="intent" value="restore" />
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
      </section>
    </div>
  );
}
