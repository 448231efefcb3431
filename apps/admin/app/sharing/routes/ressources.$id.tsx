import { RESOURCE_KINDS, RESOURCE_LICENCES, updateResourceInput } from '@rf/domain/sharing/resource';
import { THEMATIQUES } from '@rf/domain/vocabulary/activity-records';
import { isMessageKey, type Translate } from '@rf/i18n';
import {
  Alert,
  Button,
  CheckboxGroup,
  FormErrorSummary,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
} from '@rf/ui';
import { formIntent, parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/ressources.$id';

// Editing or deleting a shared resource (its place's managers, network admins). A link stays a link; a
// file is replaced by deleting the resource and sharing the new file. Deleting removes the stored file.

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  // Forbidden is a 403, an unknown resource a 404, an outage the "try again" page (withPageErrors).
  const resource = await api.sharing.editResource({ id: params.id });
  return data({ resource, meta: metaOf(t, { title: 'sharing.resources.edit_title' }) }, { headers });
});

export const meta = pageMeta;

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  const formData = await request.formData();
  const { api, headers } = await requestScope(request);
  if (formIntent(formData, ['delete'] as const) === 'delete') {
    try {
      await api.sharing.deleteResource({ id: params.id });
      return redirect('/ressources?supprimee', { headers });
    } catch (error) {
      return refusedForm(error, formData, headers);
    }
  }
  formData.set('id', params.id);
  const parsed = parseForm(updateResourceInput, formData);
  if (!parsed.ok) return data(parsed, { status: 400, headers });
  try {
    await api.sharing.updateResource(parsed.data);
    return redirect('/ressources?enregistre', { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

function themeLabel(t: Translate, code: string): string {
  const key = `catalogue.theme.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export default function ResourceEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { resource } = loaderData;
  const values = actionData?.values;
  const { errorOf, errors, formError } = useFormFailure(actionData);
  const value = (field: string, fallback: string) => values?.[field] ?? fallback;
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('sharing.resources.edit_title')} lead={resource.title} />
      {formError && errors.length === 0 ? <Alert kind="error" title={formError} /> : null}
      <Form method="post" noValidate>
        {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
        <TextField
          id="title"
          name="title"
          label={t('sharing.resources.field.title')}
          required
          requiredLabel={t('form.required')}
          defaultValue={value('title', resource.title)}
          error={errorOf('title')}
        />
        <TextAreaField
          id="description"
          name="description"
          label={t('sharing.inventory.field.description')}
          defaultValue={value('description', resource.description ?? '')}
          error={errorOf('description')}
        />
        <SelectField
          id="kind"
          name="kind"
          label={t('sharing.resources.form.kind')}
          defaultValue={value('kind', resource.kind)}
          options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`sharing.resource_kind.${k}`) }))}
          error={errorOf('kind')}
        />
        <SelectField
          id="licence"
          name="licence"
          label={t('sharing.resources.field.licence')}
          placeholder={t('sharing.resources.field.licence_none')}
          defaultValue={value('licence', resource.licence ?? '')}
          options={[...new Set([...RESOURCE_LICENCES, ...(resource.licence ? [resource.licence] : [])])].map(
            (l) => ({ value: l, label: l }),
          )}
          error={errorOf('licence')}
        />
        <CheckboxGroup
          id="themes"
          name="themes"
          legend={t('sharing.resources.form.theme')}
          defaultValue={resource.themes}
          options={THEMATIQUES.slice(0, 12).map((code) => ({ value: code, label: themeLabel(t, code) }))}
          error={errorOf('themes')}
        />
        <TextField
          id="audience"
          name="audience"
          label={t('sharing.resources.field.audience')}
          defaultValue={value('audience', resource.audience ?? '')}
          error={errorOf('audience')}
        />
        {resource.file ? (
          <p>
            {t('sharing.resources.file_kept')} <a href={resource.href}>{resource.title}</a>
          </p>
        ) : (
          <TextField
            id="url"
            name="url"
            type="url"
            label={t('sharing.resources.field.link')}
            required
            requiredLabel={t('form.required')}
            defaultValue={value('url', resource.url ?? '')}
            error={errorOf('url')}
          />
        )}
        <SelectField
          id="status"
          name="status"
          label={t('sharing.inventory.field.status')}
          defaultValue={value('status', resource.status === 'draft' ? 'draft' : 'published')}
          options={(['draft', 'published'] as const).map((s) => ({
            value: s,
            label: t(`sharing.tool_status.${s}`),
          }))}
          error={errorOf('status')}
        />
        <Button type="submit">{t('sharing.inventory.submit_update')}</Button>
      </Form>
      <section aria-labelledby="supprimer">
        <h2 id="supprimer">{t('sharing.resources.delete_title')}</h2>
        <p>{t('sharing.resources.delete_lead')}</p>
        <Form method="post">
          <input type="hidden" name="intent" value="delete" />
          <Button type="submit" variant="danger">
            {t('sharing.resources.delete', { title: resource.title })}
          </Button>
        </Form>
      </section>
      <p>
        <a href="/ressources">{t('sharing.resources.back')}</a>
      </p>
    </div>
  );
}
