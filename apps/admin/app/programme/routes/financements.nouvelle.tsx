import { fundingAgreementFromForm, fundingAgreementInput } from '@rf/domain/programme/funding';
import { Alert, FormErrorSummary, PageHeader } from '@rf/ui';
import { failureInit, formFailure, formValues } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { AgreementForm, byFormField } from '../agreement-form.tsx';
import type { Route } from './+types/financements.nouvelle';

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const { api, headers, t } = await requestScope(request);
  const { fabriques, waves } = await api.programme.fundingOverview({});
  return data(
    {
      fabriques: fabriques.map((f) => ({ id: f.placeId, name: f.placeName })),
      waves,
      placeId: new URL(request.url).searchParams.get('lieu') ?? '',
      meta: metaOf(t, { title: ['programme.meta_title', { page: t('programme.new.title') }] }),
    },
    { headers },
  );
});

export const meta = pageMeta;

/** Records the agreement; a broken programme rule comes back next to its field, with the rule in words. */
export async function action({ request }: Route.ActionArgs) {
  const formData = await request.formData();
  const values = formValues(formData);
  const parsed = fundingAgreementInput.safeParse(fundingAgreementFromForm(values));
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
    await api.programme.createAgreement(parsed.data);
    return redirect(`/financements/${parsed.data.placeId}?cree`, { headers });
  } catch (error) {
    const failure = formFailure(error, formData);
    return data({ ...failure, fieldErrors: byFormField(failure.fieldErrors) }, failureInit(failure, headers));
  }
}

export default function FundingNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { fabriques, waves, placeId } = loaderData;
  const fieldErrors: Record<string, string> = actionData?.fieldErrors ?? {};
  const values: Record<string, string> = actionData?.values ?? {
    placeId,
    durationYears: '3',
    status: 'draft',
  };
  const errors = Object.entries(fieldErrors).map(([field, key]) => ({
    fieldId: field === 'years' ? 'year1' : field,
    message: message(key),
  }));
  return (
    <div className="rf-container">
      <PageHeader title={t('programme.new.title')} lead={t('programme.new.lead')} />
      <p>
        <a href="/financements">{t('programme.place.back')}</a>
      </p>
      {actionData?.formError && errors.length === 0 ? (
        <Alert kind="error" title={message(actionData.formError)} />
      ) : null}
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      <AgreementForm
        fabriques={fabriques}
        waves={waves}
        values={values}
        fieldErrors={fieldErrors}
        submitLabel={t('programme.new.submit')}
      />
    </div>
  );
}
