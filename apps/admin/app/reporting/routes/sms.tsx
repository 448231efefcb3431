import { describeError } from '@rf/api';
import { reminderHoursInput, smsCapInput } from '@rf/domain/contact/sms-cap';
import { Alert, Button, DataTable, PageHeader, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { formIntent, parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/sms';

// SMS sent per place, this month and last, and each place's monthly cap (decision 040): managers read their
// places', network admins every place's and set the caps (a plain form post per place, without JavaScript).
const PATH = '/sms';

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  const usage = await api.network.smsUsage();
  return data(
    {
      ...usage,
      saved: new URL(request.url).searchParams.has('enregistre'),
      meta: metaOf(t, { title: ['admin.meta_title', { page: t('sms.usage.title') }] }),
    },
    { headers },
  );
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  await requireViewer(request);
  const formData = await request.formData();
  const placeId = String(formData.get('placeId') ?? '');
  const intent = formIntent(formData, ['reminder']) ?? 'cap';
  const { api, headers } = await requestScope(request);
  try {
    if (intent === 'reminder') {
      const parsed = parseForm(reminderHoursInput, formData);
      if (!parsed.ok) return data({ ...parsed, placeId, intent }, { status: 400 });
      await api.network.reminderHoursSet(parsed.data);
    } else {
      const parsed = parseForm(smsCapInput, formData);
      if (!parsed.ok) return data({ ...parsed, placeId, intent }, { status: 400 });
      await api.network.smsCapSet(parsed.data);
    }
    return redirect(`${PATH}?enregistre`, { headers });
  } catch (error) {
    // Setting caps is the network admins': anyone else is refused the page (403), not the form.
    if (describeError(error).code === 'forbidden') throw data(null, { status: 403, headers });
    return refusedForm(error, formData, headers, { placeId, intent });
  }
});

export default function SmsUsage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { rows, canSetCaps, saved } = loaderData;
  // The error goes next to the field of the row (and form) that was sent.
  const failure = useFormFailure(actionData);
  const errorFor = (placeId: string, intent: 'cap' | 'reminder', field: 'cap' | 'hours') =>
    actionData?.placeId === placeId && actionData.intent === intent ? failure.errorOf(field) : undefined;
  return (
    <div className="rf-container">
      <PageHeader title={t('sms.usage.title')} lead={t('sms.usage.lead')} />
      {saved && !actionData ? <Alert kind="success" title={t('sms.usage.saved')} /> : null}
      <p>{t('sms.usage.cap_rule')}</p>
      <DataTable
        caption={t('sms.usage.caption')}
        rows={rows}
        rowKey={(row) => row.placeId}
        emptyMessage={t('sms.usage.empty')}
        columns={[
          { key: 'place', header: t('sms.usage.column.place'), cell: (row) => row.placeName },
          {
            key: 'this',
            header: t('sms.usage.column.this_month'),
            cell: (row) => format.number(row.thisMonth),
          },
          {
            key: 'failed',
            header: t('sms.usage.column.failed'),
            cell: (row) => format.number(row.failedThisMonth),
          },
          {
            key: 'last',
            header: t('sms.usage.column.last_month'),
            cell: (row) => format.number(row.lastMonth),
          },
          {
            key: 'reminder',
            header: t('sms.usage.column.reminder'),
            cell: (row) => (
              <Form method="post" noValidate className="rf-cluster">
                <input type="hidden" name="placeId" value={row.placeId} />
                <input type="hidden" name="intent" value="reminder" />
                <TextField
                  id={`reminder-${row.placeId}`}
                  name="hours"
                  inputMode="numeric"
                  label={t('sms.usage.reminder_label', { place: row.placeName })}
                  hint={t('sms.usage.reminder_hint')}
                  defaultValue={String(row.reminderHours)}
                  error={errorFor(row.placeId, 'reminder', 'hours')}
                />
                <Button type="submit" variant="secondary">
                  {t('sms.usage.reminder_save')}
                </Button>
              </Form>
            ),
          },
          {
            key: 'cap',
            header: t('sms.usage.column.cap'),
            cell: (row) =>
              canSetCaps ? (
                <Form method="post" noValidate className="rf-cluster">
                  <input type="hidden" name="placeId" value={row.placeId} />
                  <input type="hidden" name="intent" value="cap" />
                  <TextField
                    id={`cap-${row.placeId}`}
                    name="cap"
                    inputMode="numeric"
                    label={t('sms.usage.cap_label', { place: row.placeName })}
                    hint={t('sms.usage.cap_hint')}
                    defaultValue={row.cap === null ? '' : String(row.cap)}
                    error={errorFor(row.placeId, 'cap', 'cap')}
                  />
                  <Button type="submit" variant="secondary">
                    {t('sms.usage.cap_save')}
                  </Button>
                </Form>
              ) : row.cap === null ? (
                t('sms.usage.no_cap')
              ) : (
                format.number(row.cap)
              ),
          },
        ]}
      />
    </div>
  );
}
