import type { Caller } from '@rf/api';
import { Button, DataTable, DescriptionList, SelectField, TextAreaField, TextField } from '@rf/ui';
import { useFormat } from '@rf/web/format';
import { useT } from '@rf/web/i18n';
import { Form } from 'react-router';
import { sumCents } from './money.ts';

export type FundedAgreement = Awaited<
  ReturnType<Caller['programme']['fundingOverview']>
>['fabriques'][number]['agreements'][number];

/**
 * One agreement of a fabrique on its funding page: its terms, its disbursements (mark one paid, delete a
 * planned one), and for network admins the forms to record a disbursement and to close it. `typed` and
 * `errorFor` give back what was sent and its errors, only for the form (intent and agreement or
 * disbursement) that was sent.
 */
export function AgreementSection({
  agreement: a,
  canEdit,
  typed,
  errorFor,
}: {
  agreement: FundedAgreement;
  canEdit: boolean;
  typed: (intent: string, key: string, field: string) => string | undefined;
  errorFor: (intent: string, key: string, field: string) => string | undefined;
}) {
  const t = useT();
  const format = useFormat();
  const { euros } = format;
  const title = a.reference
    ? t('programme.agreement.heading', { reference: a.reference })
    : t('programme.agreement.heading_undated', { date: format.date(a.startsOn) });
  const ceiling = sumCents(a.yearlyAmountsCents) + a.numeriqueBonusCents;
  const remaining = ceiling - sumCents(a.disbursements.map((d) => d.amountCents));
  return (
    <section aria-labelledby={`convention-${a.id}`}>
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
              .map((c, i) => t('programme.agreement.year_value', { year: String(i + 1), amount: euros(c) }))
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
              a.signedOn ? t('programme.agreement.signed_on_value', { date: format.date(a.signedOn) }) : '',
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
            name="amountCents"
            inputMode="decimal"
            label={t('programme.disbursement.amount')}
            required
            requiredLabel={t('form.required')}
            defaultValue={typed('disburse', a.id, 'amountCents') ?? ''}
            error={errorFor('disburse', a.id, 'amountCents')}
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
}
