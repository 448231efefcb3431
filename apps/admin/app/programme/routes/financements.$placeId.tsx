import {
  closeAgreementInput,
  deleteDisbursementInput,
  disbursementInput,
  markDisbursementPaidInput,
} from '@rf/domain/programme/funding';
import { Alert, ButtonLink, PageHeader } from '@rf/ui';
import { type FormFailure, formIntent, parseForm, refusedForm } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { orNotFound, requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { AgreementSection } from '../agreement-section.tsx';
import { FundingYearsTable } from '../funding-years-table.tsx';
import { LabelHistory } from '../label-history.tsx';
import type { Route } from './+types/financements.$placeId';

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  const viewer = await requireViewer(request, { role: 'observer' });
  const { api, headers, t } = await requestScope(request);
  // An unknown fabrique is a 404; an outage is the "try again" page (503), never "not found".
  const overview = await orNotFound(api.programme.fundingOverview({ placeId: params.placeId }));
  const fabrique = overview?.fabriques[0];
  if (!fabrique) throw data(null, { status: 404, headers });
  const labels = await api.programme.labelHistory({ placeId: fabrique.placeId });
  const search = new URL(request.url).searchParams;
  const done = (['cree', 'enregistre', 'modifiee', 'cloturee', 'supprime'] as const).find((k) =>
    search.has(k),
  );
  return data(
    {
      fabrique,
      labels,
      canEdit: viewer.networkRole === 'network_admin',
      done: done ?? null,
      meta: metaOf(t, {
        title: ['programme.meta_title', { page: t('programme.place.title', { place: fabrique.placeName }) }],
      }),
    },
    { headers },
  );
});

export const meta = pageMeta;

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
export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  const formData = await request.formData();
  const intent: Intent = formIntent(formData, intents) ?? 'disburse';
  const invalid = (failure: FormFailure) => data({ intent, ...failure }, { status: 400 });
  const { api, headers } = await requestScope(request);
  const send = async (call: () => Promise<unknown>) => {
    try {
      await call();
      return redirect(`/financements/${params.placeId}?${outcome[intent]}`, { headers });
    } catch (error) {
      return refusedForm(error, formData, headers, { intent });
    }
  };
  if (intent === 'paid') {
    const form = parseForm(markDisbursementPaidInput, formData);
    return form.ok ? send(() => api.programme.markDisbursementPaid(form.data)) : invalid(form);
  }
  if (intent === 'delete') {
    const form = parseForm(deleteDisbursementInput, formData);
    return form.ok ? send(() => api.programme.deleteDisbursement(form.data)) : invalid(form);
  }
  if (intent === 'close') {
    const form = parseForm(closeAgreementInput, formData);
    return form.ok ? send(() => api.programme.closeAgreement(form.data)) : invalid(form);
  }
  const form = parseForm(disbursementInput, formData);
  return form.ok ? send(() => api.programme.recordDisbursement(form.data)) : invalid(form);
});

export default function FundingPlace({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
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
      {fabrique.agreements.map((a) => (
        <AgreementSection key={a.id} agreement={a} canEdit={canEdit} typed={typed} errorFor={errorFor} />
      ))}
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
