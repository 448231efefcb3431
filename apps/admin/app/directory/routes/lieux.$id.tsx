import {
  endLabelInput,
  grantLabelInput,
  hidePlaceInput,
  restorePlaceInput,
  setHubInput,
  setPlaceStatusInput,
} from '@rf/domain/directory/place-admin.schema';
import { Alert, Button, PageHeader, SelectField, TextField } from '@rf/ui';
import { formIntent, formValues, parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { z } from 'zod';
import { PlaceLabels } from '../place-labels.tsx';
import type { Route } from './+types/lieux.$id';

export const meta = pageMeta;

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const { api, headers, t } = await requestScope(request);
  const view = await api.directoryAdmin.placeAdmin({ placeId: params.id });
  const search = new URL(request.url).searchParams;
  return data(
    {
      view,
      created: search.has('cree'),
      saved: search.has('enregistre'),
      merged: search.has('fusionne'),
      meta: metaOf(t, { title: ['directory_admin.place.meta_title', { place: view.place.name }] }),
    },
    { headers },
  );
});

const INTENTS = ['status', 'hide', 'restore', 'grant', 'end', 'hub'] as const;
type Intent = (typeof INTENTS)[number];

/** One form per action, each a plain post with an `intent`; errors come back next to that form's fields. */
export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const formData = await request.formData();
  const intent = formIntent(formData, INTENTS);
  if (!intent)
    return data(
      { intent, formError: 'errors.invalid_input', fieldErrors: {}, values: formValues(formData) },
      { status: 400 },
    );
  formData.set('placeId', params.id);
  const { api, headers } = await requestScope(request);
  const admin = api.directoryAdmin;
  /** Parses the form with the intent's schema, then hands the output to its procedure. */
  const run = async <S extends z.ZodType>(schema: S, procedure: (input: z.output<S>) => Promise<unknown>) => {
    const parsed = parseForm(schema, formData);
    if (!parsed.ok) return data({ intent, ...parsed }, { status: 400 });
    try {
      await procedure(parsed.data);
      return redirect(`/lieux/${params.id}?enregistre`, { headers });
    } catch (error) {
      return refusedForm(error, formData, headers, { intent });
    }
  };
  switch (intent) {
    case 'status':
      return run(setPlaceStatusInput, (input) => admin.setPlaceStatus(input));
    case 'hide':
      return run(hidePlaceInput, (input) => admin.hidePlace(input));
    case 'restore':
      return run(restorePlaceInput, (input) => admin.restorePlace(input));
    case 'grant':
      return run(grantLabelInput, (input) => admin.grantLabel(input));
    case 'end':
      return run(endLabelInput, (input) => admin.endLabel(input));
    case 'hub':
      return run(setHubInput, (input) => admin.setHub(input));
  }
});

export default function PlaceAdmin({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { view, created, saved, merged } = loaderData;
  const { place, options } = view;
  const failure = useFormFailure(actionData);
  const errorOf = (intent: Intent, field: string) =>
    actionData?.intent === intent ? failure.errorOf(field) : undefined;
  const typedValue = (intent: Intent, field: string) =>
    actionData?.intent === intent ? failure.value(field) : '';
  const hasFieldErrors = failure.errors.length > 0;
  const status = t(`directory_admin.status.${place.status}`);
  return (
    <div className="rf-container">
      <PageHeader
        title={t('directory_admin.place.title', { place: place.name })}
        lead={[place.communeName, status].filter(Boolean).join(' — ')}
      />
      <p>
        <a href="/lieux">{t('directory_admin.place.back')}</a> ·{' '}
        <a href={`/lieux/${place.id}/fiche`}>{t('directory_admin.place.profile_link')}</a> ·{' '}
        <a href={`/lieux/${place.id}/fusion`}>{t('directory_admin.place.merge_link')}</a>
      </p>
      {merged && !actionData ? <Alert kind="success" title={t('directory_admin.place.merged')} /> : null}
      {view.mergedInto ? (
        <Alert kind="info" title={t('directory_admin.merge.already', { place: view.mergedInto.name })}>
          <a href={`/lieux/${view.mergedInto.id}`}>{view.mergedInto.name}</a>
        </Alert>
      ) : null}
      {created && !actionData ? <Alert kind="success" title={t('directory_admin.place.created')} /> : null}
      {saved && !actionData ? <Alert kind="success" title={t('directory_admin.place.saved')} /> : null}
      {failure.formError ? (
        <Alert kind="error" title={hasFieldErrors ? message('errors.invalid_input') : failure.formError} />
      ) : null}

      <section aria-labelledby="statut">
        <h2 id="statut">{t('directory_admin.place.status_title')}</h2>
        <p>{t('directory_admin.place.status_current', { status })}</p>
        <Form method="post" className="rf-button-group">
          <input type="hidden" name="intent" value="status" />
          {place.status !== 'published' ? (
            <Button type="submit" name="status" value="published">
              {t('directory_admin.place.publish')}
            </Button>
          ) : null}
          {place.status !== 'archived' ? (
            <Button type="submit" name="status" value="archived" variant="danger">
              {t('directory_admin.place.archive')}
            </Button>
          ) : null}
          {place.status !== 'draft' ? (
            <Button type="submit" name="status" value="draft" variant="secondary">
              {t('directory_admin.place.to_draft')}
            </Button>
          ) : null}
        </Form>
      </section>

      <section aria-labelledby="moderation">
        <h2 id="moderation">{t('directory_admin.place.moderation_title')}</h2>
        {place.hiddenAt ? (
          <>
            <p>
              {t('directory_admin.place.hidden_since', {
                date: place.hiddenAt.slice(0, 10),
                reason: place.hiddenReason ?? '',
              })}
            </p>
            <Form method="post">
              <input type="hidden" name="intent" value="restore" />
              <Button type="submit" variant="secondary">
                {t('directory_admin.place.restore')}
              </Button>
            </Form>
          </>
        ) : (
          <>
            <p>{t('directory_admin.place.visible')}</p>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="hide" />
              <TextField
                id="reason"
                name="reason"
                label={t('directory_admin.place.hide_reason')}
                required
                requiredLabel={t('form.required')}
                defaultValue={typedValue('hide', 'reason')}
                error={errorOf('hide', 'reason')}
              />
              <Button type="submit" variant="danger">
                {t('directory_admin.place.hide')}
              </Button>
            </Form>
          </>
        )}
      </section>

      <PlaceLabels labels={place.labels} options={options} typedValue={typedValue} errorOf={errorOf} />

      <section aria-labelledby="reseau">
        <h2 id="reseau">{t('directory_admin.place.hub_title')}</h2>
        {place.isFabrique ? <p>{t('directory_admin.place.is_fabrique')}</p> : null}
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="hub" />
          <SelectField
            id="hubFabriqueId"
            name="hubFabriqueId"
            label={t('directory_admin.place.hub')}
            placeholder={t('directory_admin.place.no_hub')}
            options={options.fabriques.map((f) => ({ value: f.id, label: f.name }))}
            defaultValue={
              actionData?.intent === 'hub' ? typedValue('hub', 'hubFabriqueId') : (place.hubFabriqueId ?? '')
            }
            error={errorOf('hub', 'hubFabriqueId')}
          />
          <Button type="submit">{t('directory_admin.place.hub_submit')}</Button>
        </Form>
      </section>
    </div>
  );
}
