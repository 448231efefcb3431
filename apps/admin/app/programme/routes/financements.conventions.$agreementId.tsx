import { agreementUpdateInput, fundingAgreementFromForm } from '@rf/domain/programme/funding';
import { Alert, FormErrorSummary, PageHeader } from '@rf/ui';
import { failureInit, formFailure, formValues } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { AgreementForm, agreementFormValues, byFormField } from '../agreement-form.tsx';
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

export async function action({ request, params }: Route.ActionArgs) {
  const formData = await request.formData();
  const values = formValues(formData);
  const parsed = agreementUpdateInput.safeParse({
    ...fundingAgreementFromForm(values),
    agreementId: params.agreementId,
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join('.') || '_form'] ??= issue.message;
    return data(
      { formError: 'errors.invalid_input', fieldErrors: byFormField(fieldErrors), values },
      { status: 400 },
    );
  }
  const { api, headers } = await requestScope(request);
  try {
    await api.programme.updateAgreement(parsed.data);
    return redirect(`/financements/${parsed.data.placeId}?modifiee`, { headers });
  } catch (error) {
    const failure = formFailure(error, formData);
    return data({ ...failure, fieldErrors: byFormField(failure.fieldErrors) }, failureInit(failure, headers));
  }
}

export default function FundingEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { placeId, placeName, waves, termsLocked } = loaderData;
  const fieldErrors: Record<string, string> = actionData?.fieldErrors ?? {};
  const values: Record<string, string> = actionData?.values ?? loaderData.values;
  const errors = Object.entries(fieldErrors).map(([field, key]) => ({
    fieldId: field === 'years' ? 'year1' : field,
    message: message(key),
  }));
  return (
    <div className="rf-container">
      <PageHeader title={t('programme.edit.title', { place: placeName })} lead={t('programme.edit.lead')} />
      <p>
        <a href={`/financements/${placeId}`}>{t('programme.edit.back', { place: placeName })}</a>
      </p>
      {termsLocked ? <Alert kind="info" title={t('programme.edit.locked')} /> : null}
      {actionData?.formError && errors.length === 0 ? (
        <Alert kind="error" title={message(actionData.formError)} />
      ) : null}
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      <AgreementForm
        fabriques={null}
        waves={waves}
        values={{ ...values, placeId }}
        fieldErrors={fieldErrors}
        submitLabel={t('programme.edit.submit')}
      />
    </div>
  );
}
