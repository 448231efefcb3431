import { loanStepInput } from '@rf/domain/sharing/sharing.schema';
import type { I18nHandle } from '@rf/i18n/core';
import { Alert, Badge, Button, ButtonLink, DataTable, EmptyState, PageHeader } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { parseForm, refusedForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { hasRole, requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/space-loans';

// A member's loan requests for their places (member space): which tool, from which place, for which days,
// where each request stands; a request not yet handed over can be cancelled. Requests start on a tool's
// page (`/outils/:id`, "Emprunter cet outil"). Works without JavaScript.

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const viewer = await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  // A person with no place has no loans to list (the procedure is the members'): the page says so.
  const hasPlaces = hasRole(viewer, 'member');
  const loans = hasPlaces ? await api.sharing.borrowedLoans() : [];
  const cancelled = new URL(request.url).searchParams.has('annulee');
  return data(
    { loans, cancelled, hasPlaces, meta: metaOf(t, { title: 'sharing.space.meta_title' }) },
    { headers },
  );
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  formData.set('action', 'cancel');
  const { api, headers } = await requestScope(request);
  const parsed = parseForm(loanStepInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400, headers });
  try {
    await api.sharing.loanStep(parsed.data);
    return redirect('/espace/prets?annulee', { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

const TONES = {
  requested: 'warning',
  approved: 'success',
  handed_over: 'info',
  returned: 'neutral',
  declined: 'error',
  cancelled: 'neutral',
} as const;

export default function SpaceLoans({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  const { loans, cancelled, hasPlaces } = loaderData;
  const unknown = t('sharing.loans.unknown_place');
  return (
    <>
      <PageHeader title={t('sharing.space.title')} lead={t('sharing.space.lead')}>
        <ButtonLink href="/outils?pret=1">{t('sharing.space.find')}</ButtonLink>
      </PageHeader>
      {cancelled ? <Alert kind="success" title={t('sharing.space.cancelled')} /> : null}
      {actionData?.formError ? <Alert kind="error" title={message(actionData.formError)} /> : null}
      {!hasPlaces ? (
        <p>{t('sharing.space.no_place')}</p>
      ) : loans.length === 0 ? (
        <EmptyState title={t('sharing.space.empty_title')} headingLevel={2}>
          <p>{t('sharing.space.empty_body')}</p>
        </EmptyState>
      ) : (
        <DataTable
          caption={t('sharing.space.caption')}
          rows={loans}
          rowKey={(loan) => loan.id}
          columns={[
            {
              key: 'tool',
              header: t('sharing.space.col.tool'),
              rowHeader: true,
              cell: (loan) => <a href={`/outils/${loan.toolId}`}>{loan.toolName}</a>,
            },
            {
              key: 'lender',
              header: t('sharing.space.col.lender'),
              cell: (loan) => loan.lenderPlaceName ?? unknown,
            },
            {
              key: 'borrower',
              header: t('sharing.space.col.borrower'),
              cell: (loan) => loan.borrowerPlaceName ?? unknown,
            },
            {
              key: 'period',
              header: t('sharing.loans.period_term'),
              // Stored as [first day 00:00, day after the last 00:00) in Paris time.
              cell: (loan) =>
                t('sharing.loans.period', {
                  from: format.date(loan.from),
                  to: format.date(new Date(Date.parse(loan.to) - 1).toISOString()),
                }),
            },
            {
              key: 'status',
              header: t('sharing.loans.status'),
              cell: (loan) => (
                <Badge tone={TONES[loan.status]}>{t(`sharing.loan_status.${loan.status}`)}</Badge>
              ),
            },
            {
              key: 'actions',
              header: t('sharing.space.col.actions'),
              cell: (loan) =>
                loan.actions.includes('cancel') ? (
                  <Form method="post">
                    <input type="hidden" name="loanId" value={loan.id} />
                    <Button type="submit" variant="secondary">
                      {t('sharing.space.cancel', { tool: loan.toolName })}
                    </Button>
                  </Form>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      )}
      <p>
        <a href="/espace">{t('sharing.space.back')}</a>
      </p>
    </>
  );
}

// The messages this page shows beyond the root's (decision 049).
export const handle = { i18n: ['sharing'] } as const satisfies I18nHandle;
