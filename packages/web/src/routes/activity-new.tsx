import { Button, PageHeader, SelectField } from '@rf/ui';
import { Form, useActionData, useLoaderData } from 'react-router';
import { useMessage, useT } from '../i18n.tsx';
import { ActivityFields, PublishingErrors } from './activity-fields.tsx';
import type { action, loader } from './activity-new.server.ts';
import { PublishingForbidden } from './activity-parts.tsx';

export const meta = ({ loaderData }: { loaderData?: { title: string } }) =>
  loaderData ? [{ title: loaderData.title }] : [];

/** Step 1 of publishing: the description, saved as a draft. */
export default function ActivityNew() {
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const message = useMessage();
  if (loaderData.kind === 'forbidden') return <PublishingForbidden />;
  const { base, places } = loaderData;
  const fieldErrors = actionData?.fieldErrors ?? {};
  const values = actionData?.values ?? {};
  return (
    <div className="rf-container rf-container--narrow">
      <p>
        <a href={base}>{t('publishing.edit.back')}</a>
      </p>
      <PageHeader title={t('publishing.new.title')} lead={t('publishing.new.lead')} />
      <PublishingErrors fieldErrors={fieldErrors} formError={actionData?.formError ?? null} />
      <Form method="post" noValidate>
        <SelectField
          id="placeId"
          name="placeId"
          label={t('publishing.form.place')}
          required
          requiredLabel={t('form.required')}
          defaultValue={values.placeId ?? places[0]?.id ?? ''}
          options={places.map((place) => ({ value: place.id, label: place.name }))}
          error={fieldErrors.placeId ? message(fieldErrors.placeId) : undefined}
        />
        <ActivityFields values={values} lists={actionData?.lists ?? {}} fieldErrors={fieldErrors} />
        <Button type="submit">{t('publishing.form.create')}</Button>
      </Form>
    </div>
  );
}
