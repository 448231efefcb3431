import { agreementUpdateInput } from '@rf/domain/programme/funding';
import { Alert, FormErrorSummary, PageHeader } from '@rf/ui';
import { parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { AgreementForm, agreementFieldId, agreementFormValues } from '../agreement-form.tsx';
import type { Route } from './+types/financements.conventions.$agreementId';

/** A network admin changes an agreement that is not closed (the procedure says what may still change). */
export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const { api, headers, t } = await requestScope(request);
  const { fabriques, waves } = await api.programme.fundingOverview({});
  for (const fabrique of fabriques) {
    const agreement = fabrique.agreements.find((a) => a.id === params.agreementId);
    if (!agreement) continue;
    if (agreement.status === 'closed') throw redirect(`/financements/${fabrique.placeId}`, { headers });
    return data(
      {
        placeId: fabrique.placeId,
        placeName: fabrique.placeName,
        waves,
        values: agreementFormValues({ ...agreement, placeId: fabrique.placeId }),
        termsLocked: agreement.disbursements.some((d) => d.status === 'paid'),
        meta: metaOf(t, {
          title: ['programme.meta_title', { page: t('programme.edit.title', { place: fabrique.placeName }) }],
        }),
      },
      { headers },
    );
  }
  throw data(null, { status: 404, headers });
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  const formData = await request.formData();
  formData.set('agreementId', params.agreementId);
  const parsed = parseForm(agreementUpdateInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    await api.programme.updateAgreement(parsed.data);
    return redirect(`/financements/${parsed.data.placeId}?modifiee`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

export default function FundingEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { placeId, placeName, waves, termsLocked } = loaderData;
  const failure = useFormFailure(actionData, { fieldId: agreementFieldId });
  const values: Record<string, string> = actionData?.values ?? loaderData.values;
  return (
    <div className="rf-container">
      <PageHeader title={t('programme.edit.title', { place: placeName })} lead={t('programme.edit.lead')} />
      <p>
        <a href={`/financements/${placeId}`}>{t('programme.edit.back', { place: placeName })}</a>
      </p>
      {termsLocked ? <Alert kind="info" title={t('programme.edit.locked')} /> : null}
      {failure.formError && failure.errors.length === 0 ? (
        <Alert kind="error" title={failure.formError} />
      ) : null}
      {failure.errors.length > 0 ? (
        <FormErrorSummary title={t('errors.invalid_input')} errors={failure.errors} />
      ) : null}
      <AgreementForm
        fabriques={null}
        waves={waves}
        values={{ ...values, placeId }}
        errorOf={failure.errorOf}
        submitLabel={t('programme.edit.submit')}
      />
    </div>
  );
}
