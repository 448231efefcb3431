import { WEBHOOK_EVENTS, webhookSubscriptionInput } from '@rf/domain/integrations/webhooks';
import {
  Alert,
  Badge,
  Button,
  CheckboxGroup,
  DataTable,
  EmptyState,
  FormErrorSummary,
  PageHeader,
  SelectField,
  TextField,
} from '@rf/ui';
import { parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, Link, redirect } from 'react-router';
import { z } from 'zod';
import { canManageWebhooks } from '../webhooks.ts';
import type { Route } from './+types/integrations.webhooks';

// Signed webhooks (decision 061): the subscriptions the viewer manages — every one for a network admin,
// their places' for a manager — and the form that registers one (a plain post, Conform through the kit).
export const meta = pageMeta;

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request, { role: canManageWebhooks });
  const { api, headers, t } = await requestScope(request);
  const [subscriptions, options] = await Promise.all([api.webhooks.list(), api.webhooks.placeOptions()]);
  return data(
    {
      subscriptions,
      options,
      meta: metaOf(t, { title: ['admin.meta_title', { page: t('webhooks.meta_title') }] }),
    },
    { headers },
  );
});

/** The form's "Tout le réseau" option is the empty place: the network's subscription (null). */
const subscriptionForm = webhookSubscriptionInput.extend({
  placeId: z.preprocess((value) => (value === '' ? null : value), webhookSubscriptionInput.shape.placeId),
  events: z.preprocess(
    (value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
    webhookSubscriptionInput.shape.events,
  ),
});

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  await requireViewer(request, { role: canManageWebhooks });
  const formData = await request.formData();
  const events = formData.getAll('events').filter((value): value is string => typeof value === 'string');
  const parsed = parseForm(subscriptionForm, formData);
  if (!parsed.ok) return data({ ...parsed, events }, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    const created = await api.webhooks.create(parsed.data);
    return redirect(`/integrations/webhooks/${created.id}?cree`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers, { events });
  }
});

export default function Webhooks({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { subscriptions, options } = loaderData;
  const { errorOf, errors, value, formError } = useFormFailure(actionData);
  const checked = actionData?.events ?? [];
  const scopes = [
    ...(options.network ? [{ value: '', label: t('webhooks.scope_network') }] : []),
    ...options.places.map((place) => ({ value: place.id, label: place.name })),
  ];
  return (
    <div className="rf-container">
      <PageHeader title={t('webhooks.title')} lead={t('webhooks.lead')} />
      <h2 id="abonnements">{t('webhooks.list_title')}</h2>
      {subscriptions.length === 0 ? (
        <EmptyState title={t('webhooks.none')} headingLevel={3} />
      ) : (
        <DataTable
          caption={t('webhooks.list_title')}
          captionHidden
          rows={subscriptions}
          rowKey={(row) => row.id}
          columns={[
            {
              key: 'url',
              header: t('webhooks.column_url'),
              cell: (row) => <Link to={`/integrations/webhooks/${row.id}`}>{row.url}</Link>,
              rowHeader: true,
            },
            {
              key: 'scope',
              header: t('webhooks.column_scope'),
              cell: (row) => row.placeName ?? t('webhooks.scope_network'),
            },
            {
              key: 'events',
              header: t('webhooks.column_events'),
              cell: (row) =>
                row.events.map((event) => t(`webhooks.event.${event}` as Parameters<typeof t>[0])).join(', '),
            },
            {
              key: 'state',
              header: t('webhooks.column_state'),
              cell: (row) =>
                row.active ? (
                  <Badge tone="success">{t('webhooks.active')}</Badge>
                ) : (
                  <Badge>{t('webhooks.inactive')}</Badge>
                ),
            },
            {
              key: 'deliveries',
              header: t('webhooks.column_deliveries'),
              cell: (row) =>
                t('webhooks.deliveries_summary', {
                  delivered: row.delivered,
                  failed: row.failed,
                  pending: row.pending,
                }),
            },
          ]}
        />
      )}
      <h2 id="nouveau">{t('webhooks.new_title')}</h2>
      {formError && errors.length === 0 ? <Alert kind="error" title={formError} /> : null}
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      <Form method="post" noValidate aria-labelledby="nouveau" className="rf-stack">
        <SelectField
          id="placeId"
          name="placeId"
          label={t('webhooks.scope')}
          defaultValue={value('placeId', scopes[0]?.value ?? '')}
          options={scopes}
          error={errorOf('placeId')}
        />
        <TextField
          id="url"
          name="url"
          type="url"
          label={t('webhooks.url')}
          hint={t('webhooks.url_hint')}
          autoComplete="off"
          required
          requiredLabel={t('form.required')}
          defaultValue={value('url')}
          error={errorOf('url')}
        />
        <CheckboxGroup
          id="events"
          name="events"
          legend={t('webhooks.events')}
          options={WEBHOOK_EVENTS.map((event) => ({ value: event, label: t(`webhooks.event.${event}`) }))}
          defaultValue={checked}
          error={errorOf('events')}
        />
        <div>
          <Button type="submit">{t('webhooks.submit')}</Button>
        </div>
      </Form>
    </div>
  );
}
