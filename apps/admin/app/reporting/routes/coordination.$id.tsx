import {
  coordinationActivityFromForm,
  coordinationActivityIdInput,
  coordinationActivityUpdateInput,
} from '@rf/domain/reporting/coordination';
import { Alert, Button, PageHeader } from '@rf/ui';
import { formValues, refusedForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
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

export async function action({ request, params }: Route.ActionArgs) {
  const formData = await request.formData();
  const values = formValues(formData);
  const back = `/coordination?lieu=${encodeURIComponent(values.placeId ?? '')}`;
  const { api, headers } = await requestScope(request);
  if (values.intent === 'delete') {
    try {
      await api.reporting.coordinationDelete({ id: params.id });
      return redirect(`${back}&supprime`, { headers });
    } catch (error) {
      return refusedForm(error, formData, headers);
    }
  }
  const parsed = coordinationActivityUpdateInput.safeParse({
    ...coordinationActivityFromForm(values),
    id: params.id,
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.') || '_form'] ??= issue.message;
    return data({ formError: 'errors.invalid_input', fieldErrors, values }, { status: 400 });
  }
  try {
    await api.reporting.coordinationUpdate(parsed.data);
    return redirect(`${back}&enregistre`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
}

export default function CoordinationEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { placeId, values } = loaderData;
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('coordination.edit.title')} />
      <p>
        <a href={`/coordination?lieu=${encodeURIComponent(placeId)}`}>{t('coordination.back')}</a>
      </p>
      {actionData?.formError && Object.keys(actionData.fieldErrors).length === 0 ? (
        <Alert kind="error" title={message(actionData.formError)} />
      ) : null}
      <CoordinationForm values={actionData?.values ?? values} fieldErrors={actionData?.fieldErrors ?? {}} />
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
