import { webhookDeliveryId } from '@rf/domain/integrations/webhooks';
import { Alert, Badge, type BadgeTone, Button, DataTable, EmptyState, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { formIntent, parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, Link, redirect } from 'react-router';
import { WebhookSecretSection } from '../webhook-secret.tsx';
import { canManageWebhooks, REDELIVERABLE, rotateSecretForm } from '../webhooks.ts';
import type { Route } from './+types/integrations.webhooks.$id';

// One webhook subscription (decision 061): its secret and "Changer le secret" (webhook-secret.tsx),
// deactivating it, and its delivery log with "Renvoyer" (send again) on each delivery that is over — plain
// form posts, idempotent.
export const meta = pageMeta;

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request, { role: canManageWebhooks });
  const { api, headers, t } = await requestScope(request);
  const subscription = await api.webhooks.get({ id: params.id });
  const search = new URL(request.url).searchParams;
  return data(
    {
      subscription,
      created: search.has('cree'),
      done: search.get('fait'),
      redelivered: search.get('envoi'),
      // After "Changer le secret": `nouveau` (changed now) or `inchange` (it had been already).
      rotation: search.get('secret'),
      meta: metaOf(t, { title: ['admin.meta_title', { page: t('webhooks.detail_title') }] }),
    },
    { headers },
  );
});

const INTENTS = ['redeliver', 'deactivate', 'activate', 'rotate'] as const;

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  await requireViewer(request, { role: canManageWebhooks });
  const formData = await request.formData();
  const intent = formIntent(formData, INTENTS);
  const { api, headers } = await requestScope(request);
  const path = `/integrations/webhooks/${params.id}`;
  try {
    if (intent === 'redeliver') {
      const parsed = parseForm(webhookDeliveryId, formData);
      if (!parsed.ok) return data(parsed, { status: 400 });
      await api.webhooks.redeliver(parsed.data);
      return redirect(`${path}?envoi=${parsed.data.deliveryId}#journal`, { headers });
    }
    if (intent === 'rotate') {
      const parsed = parseForm(rotateSecretForm, formData);
      if (!parsed.ok) return data(parsed, { status: 400 });
      const { rotated } = await api.webhooks.rotateSecret({ id: params.id, ...parsed.data });
      return redirect(`${path}?secret=${rotated ? 'nouveau' : 'inchange'}#secret`, { headers });
    }
    if (intent === 'deactivate' || intent === 'activate') {
      await api.webhooks.setActive({ id: params.id, active: intent === 'activate' });
      return redirect(`${path}?fait=${intent}`, { headers });
    }
    return data(null, { status: 400, headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

const STATUS_TONE: Record<string, BadgeTone> = {
  pending: 'info',
  waiting: 'neutral',
  delivered: 'success',
  failed: 'error',
  cancelled: 'neutral',
};

export default function WebhookSubscription({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { subscription, created, done, redelivered, rotation } = loaderData;
  const { formError } = useFormFailure(actionData ?? null);
  const inactiveConflict = formError === 'errors.conflict' || formError === t('errors.conflict');
  return (
    <div className="rf-container">
      <p>
        <Link to="/integrations/webhooks">{t('webhooks.back')}</Link>
      </p>
      <PageHeader
        title={t('webhooks.detail_title')}
        lead={`${subscription.url} — ${subscription.placeName ?? t('webhooks.scope_network')}`}
      />
      {created ? (
        <Alert kind="success" title={t('webhooks.created')}>
          <p>{t('webhooks.created_body')}</p>
        </Alert>
      ) : null}
      {rotation === 'nouveau' ? (
        <Alert kind="success" title={t('webhooks.rotated')}>
          <p>{t('webhooks.rotated_body')}</p>
        </Alert>
      ) : null}
      {rotation === 'inchange' ? <Alert kind="info" title={t('webhooks.rotation_unchanged')} /> : null}
      {done === 'deactivate' ? <Alert kind="success" title={t('webhooks.deactivated')} /> : null}
      {done === 'activate' ? <Alert kind="success" title={t('webhooks.activated')} /> : null}
      {redelivered && !actionData ? (
        <Alert kind="success" title={t('webhooks.redelivered', { id: redelivered })} />
      ) : null}
      {formError ? (
        <Alert kind="error" title={inactiveConflict ? t('webhooks.inactive_conflict') : formError} />
      ) : null}
      <p>
        {subscription.active ? (
          <Badge tone="success">{t('webhooks.active')}</Badge>
        ) : (
          <Badge>{t('webhooks.inactive')}</Badge>
        )}{' '}
        {subscription.events
          .map((event) => t(`webhooks.event.${event}` as Parameters<typeof t>[0]))
          .join(', ')}
      </p>
      <WebhookSecretSection
        subscription={subscription}
        shown={created || rotation === 'nouveau' || rotation === 'inchange'}
      />
      <Form method="post">
        <input type="hidden" name="intent" value={subscription.active ? 'deactivate' : 'activate'} />
        <Button type="submit" variant="secondary">
          {subscription.active ? t('webhooks.deactivate') : t('webhooks.activate')}
        </Button>
      </Form>
      <h2 id="journal">{t('webhooks.log_title')}</h2>
      <p>{t('webhooks.log_lead')}</p>
      {subscription.deliveries.length === 0 ? (
        <EmptyState title={t('webhooks.log_none')} headingLevel={3} />
      ) : (
        <DataTable
          caption={t('webhooks.log_title')}
          captionHidden
          rows={subscription.deliveries}
          rowKey={(row) => String(row.id)}
          columns={[
            {
              key: 'event',
              header: t('webhooks.column_event'),
              cell: (row) => t(`webhooks.event.${row.eventType}` as Parameters<typeof t>[0]),
              rowHeader: true,
            },
            { key: 'date', header: t('webhooks.column_date'), cell: (row) => format.dateTime(row.createdAt) },
            {
              key: 'status',
              header: t('webhooks.column_status'),
              cell: (row) => (
                <Badge tone={STATUS_TONE[row.status] ?? 'neutral'}>
                  {t(`webhooks.status.${row.status}`)}
                </Badge>
              ),
            },
            {
              key: 'attempts',
              header: t('webhooks.column_attempts'),
              cell: (row) => format.number(row.attempts),
              align: 'end',
            },
            {
              key: 'last',
              header: t('webhooks.column_last'),
              cell: (row) =>
                [
                  row.lastStatusCode ? t('webhooks.http_status', { code: row.lastStatusCode }) : null,
                  row.lastError && !row.lastError.startsWith('HTTP ') ? row.lastError : null,
                  row.status === 'pending' && row.nextAttemptAt && row.attempts > 0
                    ? t('webhooks.next_attempt', { date: format.dateTime(row.nextAttemptAt) })
                    : null,
                ]
                  .filter(Boolean)
                  .join(' — '),
            },
            {
              key: 'action',
              header: t('webhooks.column_action'),
              cell: (row) =>
                (REDELIVERABLE as readonly string[]).includes(row.status) ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="redeliver" />
                    <input type="hidden" name="deliveryId" value={row.id} />
                    <input type="hidden" name="round" value={row.round} />
                    <Button
                      type="submit"
                      variant="secondary"
                      aria-label={t('webhooks.redeliver_label', { id: row.id })}
                    >
                      {t('webhooks.redeliver')}
                    </Button>
                  </Form>
                ) : null,
            },
          ]}
        />
      )}
    </div>
  );
}
