import {
  endLabelInput,
  grantLabelInput,
  hidePlaceInput,
  restorePlaceInput,
  setHubInput,
  setPlaceStatusInput,
} from '@rf/domain/directory/place-admin.schema';
import { Alert, Button, PageHeader, SelectField, TextField } from '@rf/ui';
import { formFailure, formValues } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { z } from 'zod';
import { PlaceLabels } from '../place-labels.tsx';
import type { Route } from './+types/lieux.$id';

export const meta = ({ loaderData }: Route.MetaArgs) => [
  { title: `Gérer ${loaderData?.view.place.name ?? 'un lieu'} — Réseau Fabriques` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api } = await requestScope(request);
  const viewer = await api.identity.me();
  if (!viewer) throw redirect(`/connexion?retour=${encodeURIComponent(`/lieux/${params.id}`)}`);
  if (viewer.networkRole !== 'network_admin') throw data(null, { status: 403 });
  try {
    const view = await api.directoryAdmin.placeAdmin({ placeId: params.id });
    const search = new URL(request.url).searchParams;
    return {
      view,
      created: search.has('cree'),
      saved: search.has('enregistre'),
      merged: search.has('fusionne'),
    };
  } catch (error) {
    const code = formFailure(error, new FormData()).formError;
    throw data(null, { status: code === 'errors.forbidden' ? 403 : 404 });
  }
}

const schemas = {
  status: setPlaceStatusInput,
  hide: hidePlaceInput,
  restore: restorePlaceInput,
  grant: grantLabelInput,
  end: endLabelInput,
  hub: setHubInput,
} as const;
type Intent = keyof typeof schemas;

/** One form per action, each a plain post with an `intent`; errors come back next to that form's fields. */
export async function action({ request, params }: Route.ActionArgs) {
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '') as Intent;
  const values = formValues(formData);
  const schema = schemas[intent];
  if (!schema)
    return data({ intent, formError: 'errors.invalid_input', fieldErrors: {}, values }, { status: 400 });
  const parsed = (schema as z.ZodType).safeParse({ ...Object.fromEntries(formData), placeId: params.id });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? '_form')] ??= issue.message;
    return data({ intent, formError: 'errors.invalid_input', fieldErrors, values }, { status: 400 });
  }
  const { api, headers } = await requestScope(request);
  const admin = api.directoryAdmin;
  try {
    const input = parsed.data as never;
    if (intent === 'status') await admin.setPlaceStatus(input);
    else if (intent === 'hide') await admin.hidePlace(input);
    else if (intent === 'restore') await admin.restorePlace(input);
    else if (intent === 'grant') await admin.grantLabel(input);
    else if (intent === 'end') await admin.endLabel(input);
    else await admin.setHub(input);
    return redirect(`/lieux/${params.id}?enregistre`, { headers });
  } catch (error) {
    return data({ intent, ...formFailure(error, formData) }, { status: 400, headers });
  }
}

export default function PlaceAdmin({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { view, created, saved, merged } = loaderData;
  const { place, options } = view;
  const errorOf = (intent: Intent, field: string) => {
    const fieldErrors: Record<string, string> = actionData?.fieldErrors ?? {};
    const key = actionData?.intent === intent ? fieldErrors[field] : undefined;
    return key ? message(key) : undefined;
  };
  const typedValue = (intent: Intent, field: string) =>
    actionData?.intent === intent ? (actionData.values[field] ?? '') : '';
  const hasFieldErrors = actionData ? Object.keys(actionData.fieldErrors).length > 0 : false;
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
      {actionData?.formError ? (
        <Alert kind="error" title={message(hasFieldErrors ? 'errors.invalid_input' : actionData.formError)} />
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
