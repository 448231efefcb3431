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
import { formFailure, formValues } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/ressources.$id';

// Editing or deleting a shared resource (its place's managers, network admins). A link stays a link; a
// file is replaced by deleting the resource and sharing the new file. Deleting removes the stored file.

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api, t } = await requestScope(request);
  const viewer = await api.identity.me();
  if (!viewer) throw redirect(`/connexion?retour=${encodeURIComponent(`/ressources/${params.id}`)}`);
  const resource = await api.sharing.editResource({ id: params.id }).catch((error: unknown) => {
    const code = formFailure(error, new FormData()).formError;
    throw data(null, { status: code === 'errors.forbidden' ? 403 : 404 });
  });
  return { resource, metaTitle: t('sharing.resources.edit_title') };
}

export const meta = ({ loaderData }: Route.MetaArgs) => (loaderData ? [{ title: loaderData.metaTitle }] : []);

export async function action({ request, params }: Route.ActionArgs) {
  const formData = await request.formData();
  const { api, headers } = await requestScope(request);
  if (formData.get('intent') === 'delete') {
    try {
      await api.sharing.deleteResource({ id: params.id });
      return redirect('/ressources?supprimee', { headers });
    } catch (error) {
      return data(formFailure(error, formData), { status: 400, headers });
    }
  }
  const values = formValues(formData);
  const parsed = updateResourceInput.safeParse({
    ...values,
    id: params.id,
    themes: formData.getAll('themes').map(String),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? '_form')] ??= issue.message;
    return data(
      { ok: false as const, formError: 'errors.invalid_input', fieldErrors, values },
      { status: 400, headers },
    );
  }
  try {
    await api.sharing.updateResource(parsed.data);
    return redirect('/ressources?enregistre', { headers });
  } catch (error) {
    return data(formFailure(error, formData), { status: 400, headers });
  }
}

function themeLabel(t: Translate, code: string): string {
  const key = `catalogue.theme.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export default function ResourceEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { resource } = loaderData;
  const fieldErrors = actionData?.fieldErrors ?? {};
  const values = actionData?.values;
  const value = (field: string, fallback: string) => values?.[field] ?? fallback;
  const errorOf = (field: string) => (fieldErrors[field] ? message(fieldErrors[field]) : undefined);
  const errors = Object.entries(fieldErrors).map(([fieldId, key]) => ({ fieldId, message: message(key) }));
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('sharing.resources.edit_title')} lead={resource.title} />
      {actionData?.formError && errors.length === 0 ? (
        <Alert kind="error" title={message(actionData.formError)} />
      ) : null}
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
