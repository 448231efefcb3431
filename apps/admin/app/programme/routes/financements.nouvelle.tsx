import { fundingAgreementFromForm, fundingAgreementInput } from '@rf/domain/programme/funding';
import { Alert, FormErrorSummary, PageHeader } from '@rf/ui';
import { formFailure, formValues } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, redirect } from 'react-router';
import { AgreementForm, byFormField } from '../agreement-form.tsx';
import type { Route } from './+types/financements.nouvelle';

export const meta = () => [{ title: 'Nouvelle convention de financement — Réseau Fabriques' }];

export async function loader({ request }: Route.LoaderArgs) {
  const { api } = await requestScope(request);
  const viewer = await api.identity.me();
  if (!viewer) throw redirect(`/connexion?retour=${encodeURIComponent('/financements/nouvelle')}`);
  if (viewer.networkRole !== 'network_admin') throw data(null, { status: 403 });
  const { fabriques, waves } = await api.programme.fundingOverview({});
  return {
    fabriques: fabriques.map((f) => ({ id: f.placeId, name: f.placeName })),
    waves,
    placeId: new URL(request.url).searchParams.get('lieu') ?? '',
  };
}

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
    return data({ ...failure, fieldErrors: byFormField(failure.fieldErrors) }, { status: 400, headers });
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
