import { fundingAgreementInput } from '@rf/domain/programme/funding';
import { Alert, FormErrorSummary, PageHeader } from '@rf/ui';
import { parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { AgreementForm, agreementFieldId } from '../agreement-form.tsx';
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
export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  const formData = await request.formData();
  const parsed = parseForm(fundingAgreementInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    await api.programme.createAgreement(parsed.data);
    return redirect(`/financements/${parsed.data.placeId}?cree`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

export default function FundingNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { fabriques, waves, placeId } = loaderData;
  const failure = useFormFailure(actionData, { fieldId: agreementFieldId });
  const values: Record<string, string> = actionData?.values ?? {
    placeId,
    durationYears: '3',
    status: 'draft',
  };
  return (
    <div className="rf-container">
      <PageHeader title={t('programme.new.title')} lead={t('programme.new.lead')} />
      <p>
        <a href="/financements">{t('programme.place.back')}</a>
      </p>
      {failure.formError && failure.errors.length === 0 ? (
        <Alert kind="error" title={failure.formError} />
      ) : null}
      {failure.errors.length > 0 ? (
        <FormErrorSummary title={t('errors.invalid_input')} errors={failure.errors} />
      ) : null}
      <AgreementForm
        fabriques={fabriques}
        waves={waves}
        values={values}
        errorOf={failure.errorOf}
        submitLabel={t('programme.new.submit')}
      />
    </div>
  );
}
