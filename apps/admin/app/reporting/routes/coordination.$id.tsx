import {
  coordinationActivityIdInput,
  coordinationActivityUpdateInput,
} from '@rf/domain/reporting/coordination';
import { Alert, Button, PageHeader } from '@rf/ui';
import { formIntent, parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { CoordinationForm, coordinationToForm } from '../coordination-form.tsx';
import type { Route } from './+types/coordination.$id';

// One coordination activity: change or delete it (the fabrique's managers, network admins).

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  const id = coordinationActivityIdInput.safeParse({ id: params.id });
  if (!id.success) throw data(null, { status: 404, headers });
  // Not found → 404, not the viewer's → 403, an outage → 503 (withPageErrors).
  const activity = await api.reporting.coordinationGet(id.data);
  return data(
    {
      placeId: activity.placeId,
      values: coordinationToForm(activity),
      meta: metaOf(t, { title: ['coordination.meta_title', { page: t('coordination.edit.title') }] }),
    },
    { headers },
  );
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  const formData = await request.formData();
  const back = `/coordination?lieu=${encodeURIComponent(String(formData.get('placeId') ?? ''))}`;
  const { api, headers } = await requestScope(request);
  if (formIntent(formData, ['delete']) === 'delete') {
    try {
      await api.reporting.coordinationDelete({ id: params.id });
      return redirect(`${back}&supprime`, { headers });
    } catch (error) {
      return refusedForm(error, formData, headers);
    }
  }
  formData.set('id', params.id);
  const parsed = parseForm(coordinationActivityUpdateInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  try {
    await api.reporting.coordinationUpdate(parsed.data);
    return redirect(`${back}&enregistre`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

export default function CoordinationEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const failure = useFormFailure(actionData);
  const { placeId, values } = loaderData;
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('coordination.edit.title')} />
      <p>
        <a href={`/coordination?lieu=${encodeURIComponent(placeId)}`}>{t('coordination.back')}</a>
      </p>
      {failure.formError && failure.errors.length === 0 ? (
        <Alert kind="error" title={failure.formError} />
      ) : null}
      <CoordinationForm values={actionData?.values ?? values} failure={failure} />
      <Form method="post">
        <input type="hidden" name="intent" value="delete" />
        <input type="hidden" name="placeId" value={placeId} />
        <Button type="submit" variant="danger">
          {t('coordination.edit.delete')}
        </Button>
      </Form>
    </div>
  );
}
