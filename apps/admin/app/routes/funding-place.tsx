import {
  closeAgreementInput,
  deleteDisbursementInput,
  disbursementInput,
  eurosToCents,
  markDisbursementPaidInput,
} from '@rf/domain/programme/funding';
import {
  Alert,
  Button,
  ButtonLink,
  DataTable,
  DescriptionList,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
} from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { formFailure, formValues } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { FundingYearsTable } from '../programme/funding-years-table.tsx';
import { LabelHistory } from '../programme/label-history.tsx';
import { sumCents, useEuros } from '../programme/money.ts';
import type { Route } from './+types/funding-place';

export const meta = ({ loaderData }: Route.MetaArgs) => [
  { title: `Financement de ${loaderData?.fabrique.placeName ?? 'une fabrique'} — Réseau Fabriques` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api } = await requestScope(request);
  const viewer = await api.identity.me();
  if (!viewer) throw redirect(`/connexion?retour=${encodeURIComponent(`/financements/${params.placeId}`)}`);
  if (viewer.networkRole === null) throw data(null, { status: 403 });
  const { fabriques } = await api.programme.fundingOverview({ placeId: params.placeId }).catch(() => ({
    fabriques: [],
  }));
  const fabrique = fabriques[0];
  if (!fabrique) throw data(null, { status: 404 });
  const labels = await api.programme.labelHistory({ placeId: fabrique.placeId });
  const search = new URL(request.url).searchParams;
  const done = (['cree', 'enregistre', 'modifiee', 'cloturee', 'supprime'] as const).find((k) =>
    search.has(k),
  );
  return { fabrique, labels, canEdit: viewer.networkRole === 'network_admin', done: done ?? null };
}

const intents = ['paid', 'disburse', 'delete', 'close'] as const;
type Intent = (typeof intents)[number];
const outcome: Record<Intent, string> = {
  paid: 'enregistre',
  disburse: 'enregistre',
  delete: 'supprime',
  close: 'cloturee',
};

/**
 * Four forms: record a disbursement of an agreement, mark a planned one paid, delete a planned one, close
 * the agreement. Errors stay by the field of the form that was sent.
 */
export async function action({ request, params }: Route.ActionArgs) {
  const formData = await request.formData();
  const values = formValues(formData);
  const intent: Intent = intents.find((i) => i === values.intent) ?? 'disburse';
  const parsed =
    intent === 'paid'
      ? markDisbursementPaidInput.safeParse(values)
      : intent === 'delete'
        ? deleteDisbursementInput.safeParse(values)
        : intent === 'close'
          ? closeAgreementInput.safeParse(values)
          : disbursementInput.safeParse({ ...values, amountCents: eurosToCents(values.amount ?? '') });
  const failed = (fieldErrors: Record<string, string>, formError: string | null, headers?: Headers) =>
    data({ intent, formError, fieldErrors, values }, { status: 400, ...(headers ? { headers } : {}) });
  // The form's amount is in euros; the procedure's in cents.
  const field = (path: string) => (path === 'amountCents' ? 'amount' : path);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues)
      fieldErrors[field(issue.path.join('.') || '_form')] ??= issue.message;
    return failed(fieldErrors, 'errors.invalid_input');
  }
  const { api, headers } = await requestScope(request);
  try {
    if (intent === 'paid') await api.programme.markDisbursementPaid(parsed.data as never);
    else if (intent === 'delete') await api.programme.deleteDisbursement(parsed.data as never);
    else if (intent === 'close') await api.programme.closeAgreement(parsed.data as never);
    else await api.programme.recordDisbursement(parsed.data as never);
    return redirect(`/financements/${params.placeId}?${outcome[intent]}`, { headers });
  } catch (error) {
    const failure = formFailure(error, formData);
    const fieldErrors = Object.fromEntries(
      Object.entries(failure.fieldErrors).map(([k, v]) => [field(k), v]),
    );
    return failed(fieldErrors, failure.formError, headers);
  }
}

export default function FundingPlace({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const format = useFormat();
  const euros = useEuros();
  const { fabrique, labels, canEdit, done } = loaderData;
  // Errors belong to the form that was sent: this agreement's, or this disbursement's.
  const sentFor = (intent: string) =>
    intent === 'paid' || intent === 'delete'
      ? actionData?.values.disbursementId
      : actionData?.values.agreementId;
  const errorFor = (intent: string, key: string, field: string) => {
    if (!actionData || actionData.intent !== intent) return undefined;
    const fieldErrors: Record<string, string> = actionData.fieldErrors;
    return sentFor(intent) === key && fieldErrors[field] ? message(fieldErrors[field]) : undefined;
  };
  const typed = (intent: string, key: string, field: string) => {
    if (!actionData || actionData.intent !== intent) return undefined;
    return sentFor(intent) === key ? actionData.values[field] : undefined;
  };
  const doneMessage = {
    cree: 'programme.place.created',
    enregistre: 'programme.place.saved',
    modifiee: 'programme.place.updated',
    cloturee: 'programme.place.closed',
    supprime: 'programme.place.disbursement_deleted',
  } as const;
  const hasFieldErrors = actionData ? Object.keys(actionData.fieldErrors).length > 0 : false;
  return (
    <div className="rf-container">
      <PageHeader
        title={t('programme.place.title', { place: fabrique.placeName })}
        lead={t(fabrique.isFabriqueNumerique ? 'programme.place.numerique' : 'programme.place.not_numerique')}
      />
      <p>
        <a href="/financements">{t('programme.place.back')}</a>
      </p>
      {done && !actionData ? <Alert kind="success" title={t(doneMessage[done])} /> : null}
      {actionData?.formError ? (
        <Alert kind="error" title={message(hasFieldErrors ? 'errors.invalid_input' : actionData.formError)} />
      ) : null}
      {fabrique.agreements.length === 0 ? <p>{t('programme.place.no_agreement')}</p> : null}
      {canEdit ? (
        <p>
          <ButtonLink href={`/financements/nouvelle?lieu=${fabrique.placeId}`} variant="secondary">
            {t('programme.funding.new')}
          </ButtonLink>
        </p>
      ) : null}
      {fabrique.agreements.map((a) => {
        const title = a.reference
          ? t('programme.agreement.heading', { reference: a.reference })
          : t('programme.agreement.heading_undated', { date: format.date(a.startsOn) });
        const ceiling = sumCents(a.yearlyAmountsCents) + a.numeriqueBonusCents;
        const remaining = ceiling - sumCents(a.disbursements.map((d) => d.amountCents));
        return (
          <section key={a.id} aria-labelledby={`convention-${a.id}`}>
            <h2 id={`convention-${a.id}`}>{title}</h2>
            <DescriptionList
              layout="columns"
              items={[
                {
                  term: t('programme.agreement.period'),
                  description: t('programme.agreement.period_value', {
                    years: String(a.durationYears),
                    date: format.date(a.startsOn),
                  }),
                },
                ...(a.waveName ? [{ term: t('programme.agreement.wave'), description: a.waveName }] : []),
                {
                  term: t('programme.agreement.yearly'),
                  description: a.yearlyAmountsCents
                    .map((c, i) =>
                      t('programme.agreement.year_value', { year: String(i + 1), amount: euros(c) }),
                    )
                    .join(' · '),
                },
                { term: t('programme.agreement.bonus'), description: euros(a.numeriqueBonusCents) },
                { term: t('programme.agreement.total'), description: euros(ceiling) },
                {
                  term: t('programme.agreement.co_funders'),
                  description:
                    a.coFunders.length === 0
                      ? t('programme.agreement.co_funders_none')
                      : a.coFunders.map((c) => `${c.name} (${euros(c.amountCents)})`).join(', '),
                },
                {
                  term: t('programme.agreement.status'),
                  description: [
                    t(`programme.agreement.status.${a.status}`),
                    a.signedOn
                      ? t('programme.agreement.signed_on_value', { date: format.date(a.signedOn) })
                      : '',
                  ]
                    .filter(Boolean)
                    .join(' — '),
                },
                ...(a.closedOn
                  ? [
                      {
                        term: t('programme.agreement.closing'),
                        description: t('programme.agreement.closed_value', {
                          date: format.date(a.closedOn),
                          reason: a.closingReason ?? '',
                        }),
                      },
                    ]
                  : []),
                ...(a.notes ? [{ term: t('programme.agreement.notes'), description: a.notes }] : []),
              ]}
            />
            {canEdit && a.status !== 'closed' ? (
              <p>
                <a href={`/financements/conventions/${a.id}`}>
                  {t('programme.agreement.edit', { reference: a.reference ?? format.date(a.startsOn) })}
                </a>
                {a.disbursements.some((d) => d.status === 'paid') ? (
                  <> {t('programme.agreement.locked_hint')}</>
                ) : null}
              </p>
            ) : null}
            <DataTable
              caption={t('programme.disbursement.caption', {
                reference: a.reference ?? format.date(a.startsOn),
              })}
              columns={[
                {
                  key: 'planned',
                  header: t('programme.disbursement.planned_on'),
                  rowHeader: true,
                  cell: (d) => format.date(d.plannedOn),
                },
                {
                  key: 'amount',
                  header: t('programme.disbursement.amount'),
                  cell: (d) => euros(d.amountCents),
                },
                {
                  key: 'status',
                  header: t('programme.disbursement.status'),
                  cell: (d) => t(`programme.disbursement.status.${d.status}`),
                },
                {
                  key: 'paid',
                  header: t('programme.disbursement.paid_on'),
                  cell: (d) =>
                    d.paidOn ? (
                      format.date(d.paidOn)
                    ) : canEdit ? (
                      <Form method="post" noValidate>
                        <input type="hidden" name="intent" value="paid" />
                        <input type="hidden" name="disbursementId" value={d.id} />
                        <TextField
                          id={`paidOn-${d.id}`}
                          name="paidOn"
                          type="date"
                          label={t('programme.disbursement.mark_paid_label', {
                            date: format.date(d.plannedOn),
                          })}
                          defaultValue={typed('paid', d.id, 'paidOn') ?? ''}
                          error={errorFor('paid', d.id, 'paidOn')}
                        />
                        <Button type="submit" variant="secondary">
                          {t('programme.disbursement.mark_paid')}
                        </Button>
                      </Form>
                    ) : (
                      ''
                    ),
                },
                ...(canEdit
                  ? [
                      {
                        key: 'action',
                        header: t('programme.disbursement.action'),
                        cell: (d: (typeof a.disbursements)[number]) =>
                          d.status === 'planned' ? (
                            <Form method="post">
                              <input type="hidden" name="intent" value="delete" />
                              <input type="hidden" name="disbursementId" value={d.id} />
                              <Button type="submit" variant="secondary">
                                {t('programme.disbursement.delete', { date: format.date(d.plannedOn) })}
                              </Button>
                            </Form>
                          ) : (
                            ''
                          ),
                      },
                    ]
                  : []),
              ]}
              rows={a.disbursements}
              rowKey={(d) => d.id}
              emptyMessage={t('programme.disbursement.none')}
            />
            <p>{t('programme.agreement.remaining', { amount: euros(remaining) })}</p>
            {canEdit && a.status !== 'closed' ? (
              <Form method="post" noValidate aria-labelledby={`versement-${a.id}`} className="rf-stack">
                <h3 id={`versement-${a.id}`}>{t('programme.disbursement.new_title')}</h3>
                <input type="hidden" name="intent" value="disburse" />
                <input type="hidden" name="agreementId" value={a.id} />
                <TextField
                  id={`plannedOn-${a.id}`}
                  name="plannedOn"
                  type="date"
                  label={t('programme.disbursement.planned_on')}
                  required
                  requiredLabel={t('form.required')}
                  defaultValue={typed('disburse', a.id, 'plannedOn') ?? ''}
                  error={errorFor('disburse', a.id, 'plannedOn')}
                />
                <TextField
                  id={`amount-${a.id}`}
                  name="amount"
                  inputMode="decimal"
                  label={t('programme.disbursement.amount')}
                  required
                  requiredLabel={t('form.required')}
                  defaultValue={typed('disburse', a.id, 'amount') ?? ''}
                  error={errorFor('disburse', a.id, 'amount')}
                />
                <SelectField
                  id={`status-${a.id}`}
                  name="status"
                  label={t('programme.disbursement.status')}
                  options={(['planned', 'paid'] as const).map((s) => ({
                    value: s,
                    label: t(`programme.disbursement.status.${s}`),
                  }))}
                  defaultValue={typed('disburse', a.id, 'status') ?? 'planned'}
                  error={errorFor('disburse', a.id, 'status')}
                />
                <TextField
                  id={`paidOn-new-${a.id}`}
                  name="paidOn"
                  type="date"
                  label={t('programme.disbursement.paid_on')}
                  hint={t('programme.disbursement.paid_on_hint')}
                  defaultValue={typed('disburse', a.id, 'paidOn') ?? ''}
                  error={errorFor('disburse', a.id, 'paidOn')}
                />
                <Button type="submit">{t('programme.disbursement.submit')}</Button>
              </Form>
            ) : null}
            {canEdit && a.status === 'signed' ? (
              <Form method="post" noValidate aria-labelledby={`cloture-${a.id}`} className="rf-stack">
                <h3 id={`cloture-${a.id}`}>{t('programme.close.title')}</h3>
                <p>{t('programme.close.help')}</p>
                <input type="hidden" name="intent" value="close" />
                <input type="hidden" name="agreementId" value={a.id} />
                <TextField
                  id={`closedOn-${a.id}`}
                  name="closedOn"
                  type="date"
                  label={t('programme.close.closed_on')}
                  required
                  requiredLabel={t('form.required')}
                  defaultValue={typed('close', a.id, 'closedOn') ?? ''}
                  error={errorFor('close', a.id, 'closedOn')}
                />
                <TextAreaField
                  id={`reason-${a.id}`}
                  name="reason"
                  label={t('programme.close.reason')}
                  required
                  requiredLabel={t('form.required')}
                  defaultValue={typed('close', a.id, 'reason') ?? ''}
                  error={errorFor('close', a.id, 'reason')}
                />
                <Button type="submit" variant="secondary">
                  {t('programme.close.submit')}
                </Button>
              </Form>
            ) : null}
          </section>
        );
      })}
      <section aria-labelledby="annees">
        <h2 id="annees">{t('programme.indicators.title')}</h2>
        <FundingYearsTable
          caption={t('programme.indicators.caption_place', { place: fabrique.placeName })}
          rows={fabrique.years.map((y) => ({ ...y, key: String(y.year), placeId: fabrique.placeId }))}
        />
      </section>
      <LabelHistory
        placeId={fabrique.placeId}
        placeName={fabrique.placeName}
        history={labels}
        canEdit={canEdit}
      />
    </div>
  );
}
