import {
  closeAgreementInput,
  deleteDisbursementInput,
  disbursementInput,
  eurosToCents,
  markDisbursementPaidInput,
} from '@rf/domain/programme/funding';
import { Alert, ButtonLink, PageHeader } from '@rf/ui';
import { formFailure, formValues } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { AgreementSection } from '../agreement-section.tsx';
import { FundingYearsTable } from '../funding-years-table.tsx';
import { LabelHistory } from '../label-history.tsx';
import type { Route } from './+types/financements.$placeId';

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
