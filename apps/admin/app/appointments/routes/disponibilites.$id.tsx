import { updateAvailabilityInput } from '@rf/domain/appointments/appointments.schema';
import { Alert, PageHeader } from '@rf/ui';
import { refusedForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { AvailabilityForm } from '../availability-form';
import { parseAvailabilityForm, withLists } from '../availability-form.server';
import type { Route } from './+types/disponibilites.$id';

// Changing an availability (not its médiateur): slots offered from now on follow; booked ones stay.

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'manager' });
  const { api, headers, t } = await requestScope(request);
  const listed = await api.appointments.availabilities();
  const current = listed.availabilities.find((a) => a.id === params.id);
  if (!current) throw data(null, { status: 404, headers });
  return data({ current, meta: metaOf(t, { title: 'availabilities.meta_title' }) }, { headers });
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  const formData = await request.formData();
  formData.set('id', params.id);
  const { api, headers } = await requestScope(request);
  const parsed = parseAvailabilityForm(updateAvailabilityInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400, headers });
  try {
    await api.appointments.updateAvailability(parsed.data);
    return redirect('/disponibilites?enregistre', { headers });
  } catch (error) {
    return refusedForm(error, formData, headers, withLists(formData));
  }
});

export default function AvailabilityEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { current } = loaderData;
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader
        title={t('availabilities.edit_title')}
        lead={[current.mediateurName, current.placeName].filter(Boolean).join(' — ')}
      />
      {actionData?.formError && Object.keys(actionData.fieldErrors).length === 0 ? (
        <Alert kind="error" title={message(actionData.formError)} />
      ) : null}
      <AvailabilityForm intent="update" current={current} state={actionData ?? null} />
      <p>
        <a href="/disponibilites">{t('availabilities.back')}</a>
      </p>
    </div>
  );
}
