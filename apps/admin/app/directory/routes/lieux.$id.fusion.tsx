import { mergePlacesInput } from '@rf/domain/directory/place-merge';
import type { MessageKey } from '@rf/i18n';
import { Alert, Button, DataTable, PageHeader, TextField } from '@rf/ui';
import { failureInit, formFailure, parseForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/lieux.$id.fusion';

export const meta = pageMeta;

/** Network admins: find the place to keep (a GET search), see what would move, then merge (a post). */
export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const { api, headers, t } = await requestScope(request);
  const search = new URL(request.url).searchParams;
  const q = (search.get('q') ?? '').slice(0, 200);
  const view = await api.directoryAdmin.mergePreview({
    duplicateId: params.id,
    q,
    keptId: search.get('garder') ?? undefined,
  });
  return data(
    { view, q, meta: metaOf(t, { title: ['directory_admin.merge.meta_title', { place: view.place.name }] }) },
    { headers },
  );
});

/** The merge says what went wrong in one sentence, above the page (the place to keep is its only field). */
export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const formData = await request.formData();
  formData.set('duplicateId', params.id);
  if (!formData.has('keptId')) formData.set('keptId', '');
  const parsed = parseForm(mergePlacesInput, formData);
  if (!parsed.ok)
    return data(
      { ...parsed, formError: Object.values(parsed.fieldErrors)[0] ?? 'errors.invalid_input' },
      { status: 400 },
    );
  const { api, headers } = await requestScope(request);
  try {
    const result = await api.directoryAdmin.mergePlaces(parsed.data);
    return redirect(`/lieux/${result.keptId}?fusionne`, { headers });
  } catch (error) {
    const failure = formFailure(error, formData);
    const refused = { ...failure, formError: failure.fieldErrors.keptId ?? failure.formError };
    return data(refused, failureInit(failure, headers));
  }
});

export default function PlaceMerge({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { formError } = useFormFailure(actionData);
  const { view, q } = loaderData;
  const { place, mergedInto, candidates, kept } = view;
  const subjectLabel = (move: { subject: string | null; table: string }) =>
    move.subject
      ? t(`directory_admin.merge.subject.${move.subject}` as MessageKey)
      : t('directory_admin.merge.subject_other', { table: move.table });
  return (
    <div className="rf-container">
      <PageHeader
        title={t('directory_admin.merge.title', { place: place.name })}
        lead={t('directory_admin.merge.lead')}
      />
      <p>
        <a href={`/lieux/${place.id}`}>{t('directory_admin.merge.back')}</a>
      </p>
      {formError ? <Alert kind="error" title={formError} /> : null}
      {mergedInto ? (
        <Alert kind="info" title={t('directory_admin.merge.already', { place: mergedInto.name })}>
          <a href={`/lieux/${mergedInto.id}`}>{mergedInto.name}</a>
        </Alert>
      ) : (
        <>
          <Form method="get" role="search">
            <TextField
              id="q"
              name="q"
              type="search"
              label={t('directory_admin.merge.search')}
              defaultValue={q}
            />
            <Button type="submit" variant="secondary">
              {t('directory_admin.merge.search_submit')}
            </Button>
          </Form>
          {q !== '' ? (
            <section aria-labelledby="resultats">
              <h2 id="resultats">{t('directory_admin.merge.results_title')}</h2>
              {candidates.length === 0 ? (
                <p>{t('directory_admin.merge.no_result')}</p>
              ) : (
                <ul>
                  {candidates.map((c) => (
                    <li key={c.id}>
                      <a href={`?${new URLSearchParams({ q, garder: c.id })}#apercu`}>
                        {t('directory_admin.merge.choose', { place: c.name })}
                      </a>
                      {c.communeName ? ` — ${[c.postalCode, c.communeName].filter(Boolean).join(' ')}` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}
          {kept ? (
            <section aria-labelledby="apercu">
              <h2 id="apercu">
                {t('directory_admin.merge.preview_title', { duplicate: place.name, kept: kept.name })}
              </h2>
              {kept.moves.length === 0 ? (
                <p>{t('directory_admin.merge.nothing_moves')}</p>
              ) : (
                <DataTable
                  caption={t('directory_admin.merge.moves_caption')}
                  columns={[
                    {
                      key: 'what',
                      header: t('directory_admin.merge.column.what'),
                      rowHeader: true,
                      cell: (m) => subjectLabel(m),
                    },
                    {
                      key: 'count',
                      header: t('directory_admin.merge.column.count'),
                      cell: (m) => String(m.n),
                    },
                  ]}
                  rows={kept.moves}
                  rowKey={(m) => m.table}
                />
              )}
              <p>{t('directory_admin.merge.conflicts')}</p>
              {kept.decision.kind === 'blocked' ? (
                <Alert kind="error" title={t('directory_admin.merge.blocked')}>
                  <ul>
                    {kept.decision.blockers.map((b) => (
                      <li key={b}>{t(`validation.place_merge.blocker.${b}`)}</li>
                    ))}
                  </ul>
                </Alert>
              ) : kept.decision.kind === 'already_merged' ? (
                <Alert kind="info" title={t('directory_admin.merge.done_before')} />
              ) : (
                <Form method="post">
                  <input type="hidden" name="keptId" value={kept.id} />
                  <Button type="submit" variant="danger">
                    {t('directory_admin.merge.submit', { kept: kept.name })}
                  </Button>
                </Form>
              )}
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
