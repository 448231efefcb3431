import type { Caller } from '@rf/api';
import { loanStepInput } from '@rf/domain/sharing/sharing.schema';
import { Alert, Badge, Button, DescriptionList, EmptyState, PageHeader, TextAreaField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { type FormFailure, parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/prets';

// Loans of tools between places: the lending place's managers approve or decline, hand over and record
// the return (condition at each step); the borrowing place's team follows its requests and may cancel
// them before the hand-over; network admins see every loan. One form per loan, one button per step.

type Loan = Awaited<ReturnType<Caller['sharing']['loans']>>[number];

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  const loans = await api.sharing.loans();
  const done = new URL(request.url).searchParams.get('fait');
  return data({ loans, done, meta: metaOf(t, { title: 'sharing.loans.meta_title' }) }, { headers });
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const { api, headers } = await requestScope(request);
  const parsed = parseForm(loanStepInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400, headers });
  try {
    const { status } = await api.sharing.loanStep(parsed.data);
    return redirect(`/prets?fait=${status}`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

function LoanCard({ loan, failure }: { loan: Loan; failure: FormFailure | null }) {
  const t = useT();
  const format = useFormat();
  const id = loan.id;
  const mine = failure?.values.loanId === id ? failure : null;
  const { errorOf, value, formError } = useFormFailure(mine);
  const needsCondition = loan.actions.includes('hand_over') || loan.actions.includes('record_return');
  const unknown = t('sharing.loans.unknown_place');
  // The period is stored as [first day 00:00, day after the last 00:00) in Paris time.
  const lastDay = new Date(Date.parse(loan.to) - 1).toISOString();
  return (
    <li>
      <article aria-labelledby={`pret-${id}`} className="rf-card">
        <h3 id={`pret-${id}`}>
          {t('sharing.loans.summary', {
            tool: loan.toolName,
            lender: loan.lenderPlaceName ?? unknown,
            borrower: loan.borrowerPlaceName ?? unknown,
          })}
        </h3>
        <DescriptionList
          items={[
            {
              term: t('sharing.loans.status'),
              description: <Badge tone="info">{t(`sharing.loan_status.${loan.status}`)}</Badge>,
            },
            {
              term: t('sharing.loans.period_term'),
              description: t('sharing.loans.period', {
                from: format.date(loan.from),
                to: format.date(lastDay),
              }),
            },
            ...(loan.requestedByName
              ? [{ term: t('sharing.loans.requested_by'), description: loan.requestedByName }]
              : []),
            ...(loan.notes ? [{ term: t('sharing.loans.notes'), description: loan.notes }] : []),
            ...(loan.conditionOut
              ? [{ term: t('sharing.loans.condition_out'), description: loan.conditionOut }]
              : []),
            ...(loan.conditionIn
              ? [{ term: t('sharing.loans.condition_in'), description: loan.conditionIn }]
              : []),
          ]}
        />
        {formError && mine && Object.keys(mine.fieldErrors).length === 0 ? (
          <Alert kind="error" title={formError} headingLevel={4} />
        ) : null}
        {loan.actions.length > 0 ? (
          <Form method="post" noValidate>
            <input type="hidden" name="loanId" value={id} />
            {needsCondition ? (
              <TextAreaField
                id={`condition-${id}`}
                name="condition"
                label={t('sharing.loans.field.condition')}
                hint={t('sharing.loans.field.condition_hint')}
                defaultValue={value('condition')}
                error={errorOf('condition')}
              />
            ) : null}
            <TextAreaField
              id={`notes-${id}`}
              name="notes"
              label={t('sharing.loans.field.notes')}
              defaultValue={value('notes')}
              error={errorOf('notes')}
            />
            <p style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
              {loan.actions.map((action) => (
                <Button
                  key={action}
                  type="submit"
                  name="action"
                  value={action}
                  variant={action === 'decline' || action === 'cancel' ? 'secondary' : 'primary'}
                >
                  {t(`sharing.action.${action}`)}
                </Button>
              ))}
            </p>
          </Form>
        ) : null}
      </article>
    </li>
  );
}

export default function Loans({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { loans, done } = loaderData;
  const failure = actionData ?? null;
  const lending = loans.filter((l) => l.side === 'lender');
  const borrowing = loans.filter((l) => l.side === 'borrower');
  const doneStatus = loans.find((l) => l.status === done)?.status;
  return (
    <div className="rf-container">
      <PageHeader title={t('sharing.loans.title')} lead={t('sharing.loans.lead')} />
      {doneStatus ? (
        <Alert
          kind="success"
          title={t('sharing.loans.done', { status: t(`sharing.loan_status.${doneStatus}`) })}
        />
      ) : null}
      {loans.length === 0 ? <EmptyState title={t('sharing.loans.empty')} headingLevel={2} /> : null}
      {lending.length > 0 ? (
        <section aria-labelledby="prets-lieux">
          <h2 id="prets-lieux">{t('sharing.loans.lending')}</h2>
          <ul className="rf-stack" style={{ listStyle: 'none', padding: 0 }}>
            {lending.map((loan) => (
              <LoanCard key={loan.id} loan={loan} failure={failure} />
            ))}
          </ul>
        </section>
      ) : null}
      {borrowing.length > 0 ? (
        <section aria-labelledby="demandes-lieux">
          <h2 id="demandes-lieux">{t('sharing.loans.borrowing')}</h2>
          <ul className="rf-stack" style={{ listStyle: 'none', padding: 0 }}>
            {borrowing.map((loan) => (
              <LoanCard key={loan.id} loan={loan} failure={failure} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
