import {
  checkResourceFile,
  linkOrFileError,
  RESOURCE_KINDS,
  RESOURCE_LICENCES,
  RESOURCE_MAX_BYTES,
  resourceFields,
} from '@rf/domain/sharing/resource';
import { THEMATIQUES } from '@rf/domain/vocabulary/activity-records';
import { isMessageKey, type Translate } from '@rf/i18n';
import {
  Alert,
  Button,
  CheckboxGroup,
  DataTable,
  FormErrorSummary,
  fieldIds,
  PageHeader,
  SelectField,
  TextAreaField,
  TextField,
} from '@rf/ui';
import { type FormFailure, formValues, parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import type { Route } from './+types/ressources';

// Sharing a guide, kit or template in the network's library (site `/ressources`): a link or a file (PDF,
// ZIP or office document, PNG, JPEG; 20 MB at most, checked by its first bytes), with a licence and themes.

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  const viewer = await requireViewer(request, { role: 'member' });
  const { api, headers, t } = await requestScope(request);
  const places = viewer.memberships.map((m) => ({ id: m.placeId, name: m.placeName }));
  const search = new URL(request.url).searchParams;
  const saved = search.has('enregistre');
  const deleted = search.has('supprimee');
  const shared = await api.sharing.placeResources();
  const meta = metaOf(t, { title: 'sharing.resources.admin_title' });
  return data({ places, saved, deleted, shared, meta }, { headers });
});

export const meta = pageMeta;

// A file of 20 MB and the form's fields; anything larger is refused unread.
const MAX_POST_BYTES = RESOURCE_MAX_BYTES + 64 * 1024;

const refused = (fieldErrors: Record<string, string>, values: Record<string, string>): FormFailure => ({
  ok: false,
  formError: 'errors.invalid_input',
  fieldErrors,
  values,
});

export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_POST_BYTES)
    return data(refused({ file: 'validation.resource.too_large' }, {}), { status: 400 });
  const formData = await request.formData();
  const upload = formData.get('file');
  const bytes =
    upload instanceof File && upload.size > 0 ? new Uint8Array(await upload.arrayBuffer()) : undefined;
  const values = formValues(formData, ['file']);
  // The text fields through the form kit; then the file's bytes, and "a link or a file" (on `url`).
  const fields = parseForm(resourceFields, formData);
  const fieldErrors: Record<string, string> = fields.ok ? {} : { ...fields.fieldErrors };
  const checked = bytes ? checkResourceFile(bytes) : null;
  if (checked && 'error' in checked) fieldErrors.file = checked.error;
  const linkOrFile = fields.ok ? linkOrFileError({ url: fields.data.url, file: bytes }) : null;
  if (linkOrFile) fieldErrors.url ??= linkOrFile;
  if (!fields.ok || Object.keys(fieldErrors).length > 0)
    return data(refused(fieldErrors, values), { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    await api.sharing.addResource({ ...fields.data, file: bytes });
    return redirect('/ressources?enregistre', { headers });
  } catch (error) {
    return refusedForm(error, formData, headers);
  }
});

function themeLabel(t: Translate, code: string): string {
  const key = `catalogue.theme.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export default function ResourcesAdmin({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { places, saved, deleted, shared } = loaderData;
  const values = actionData?.values ?? {};
  const { errorOf, errors, formError } = useFormFailure(actionData);
  const fileError = errorOf('file');
  const ids = fieldIds('file');
  return (
    <div className="rf-container rf-container--narrow">
      <PageHeader title={t('sharing.resources.admin_title')} lead={t('sharing.resources.admin_lead')} />
      {saved ? <Alert kind="success" title={t('sharing.resources.saved')} /> : null}
      {deleted ? <Alert kind="success" title={t('sharing.resources.deleted')} /> : null}
      <section aria-labelledby="ressources-des-lieux">
        <h2 id="ressources-des-lieux">{t('sharing.resources.list_title')}</h2>
        <DataTable
          caption={t('sharing.resources.list_title')}
          captionHidden
          rows={shared}
          rowKey={(row) => row.id}
          emptyMessage={t('sharing.resources.list_empty')}
          columns={[
            {
              key: 'title',
              header: t('sharing.resources.field.title'),
              rowHeader: true,
              cell: (row) =>
                row.editable ? (
                  <a
                    href={`/ressources/${row.id}`}
                    aria-label={t('sharing.resources.edit', { title: row.title })}
                  >
                    {row.title}
                  </a>
                ) : (
                  row.title
                ),
            },
            { key: 'place', header: t('sharing.inventory.col.place'), cell: (row) => row.placeName },
            {
              key: 'status',
              header: t('sharing.inventory.col.status'),
              cell: (row) => t(`sharing.tool_status.${row.status}`),
            },
          ]}
        />
      </section>
      <h2>{t('sharing.resources.new_title')}</h2>
      {formError && errors.length === 0 ? <Alert kind="error" title={formError} /> : null}
      <Form method="post" encType="multipart/form-data" noValidate>
        {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
        <SelectField
          id="placeId"
          name="placeId"
          label={t('sharing.inventory.field.place')}
          required
          requiredLabel={t('form.required')}
          defaultValue={values.placeId ?? places[0]?.id ?? ''}
          options={places.map((p) => ({ value: p.id, label: p.name }))}
          error={errorOf('placeId')}
        />
        <TextField
          id="title"
          name="title"
          label={t('sharing.resources.field.title')}
          required
          requiredLabel={t('form.required')}
          defaultValue={values.title ?? ''}
          error={errorOf('title')}
        />
        <TextAreaField
          id="description"
          name="description"
          label={t('sharing.inventory.field.description')}
          defaultValue={values.description ?? ''}
          error={errorOf('description')}
        />
        <SelectField
          id="kind"
          name="kind"
          label={t('sharing.resources.form.kind')}
          defaultValue={values.kind ?? 'guide'}
          options={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`sharing.resource_kind.${k}`) }))}
          error={errorOf('kind')}
        />
        <SelectField
          id="licence"
          name="licence"
          label={t('sharing.resources.field.licence')}
          placeholder={t('sharing.resources.field.licence_none')}
          defaultValue={values.licence ?? 'CC-BY-SA-4.0'}
          options={RESOURCE_LICENCES.map((l) => ({ value: l, label: l }))}
          error={errorOf('licence')}
        />
        <CheckboxGroup
          id="themes"
          name="themes"
          legend={t('sharing.resources.form.theme')}
          defaultValue={[]}
          options={THEMATIQUES.slice(0, 12).map((code) => ({ value: code, label: themeLabel(t, code) }))}
          error={errorOf('themes')}
        />
        <TextField
          id="audience"
          name="audience"
          label={t('sharing.resources.field.audience')}
          defaultValue={values.audience ?? ''}
          error={errorOf('audience')}
        />
        <TextField
          id="url"
          name="url"
          type="url"
          label={t('sharing.resources.field.url')}
          hint={t('sharing.resources.field.url_hint')}
          defaultValue={values.url ?? ''}
          error={errorOf('url')}
        />
        <div className={fileError ? 'rf-field rf-field--error' : 'rf-field'}>
          <label className="rf-label" htmlFor="file">
            {t('sharing.resources.field.file')}
          </label>
          <div id={ids.hint} className="rf-hint">
            {t('sharing.resources.field.file_hint')}
          </div>
          {fileError ? (
            <p id={ids.error} className="rf-error-message">
              {fileError}
            </p>
          ) : null}
          <input
            className="rf-input"
            id="file"
            name="file"
            type="file"
            accept="application/pdf,application/zip,image/png,image/jpeg,.docx,.odt,.xlsx,.ods"
            aria-describedby={fileError ? `${ids.hint} ${ids.error}` : ids.hint}
            aria-invalid={fileError ? true : undefined}
          />
        </div>
        <Button type="submit">{t('sharing.resources.submit')}</Button>
      </Form>
    </div>
  );
}
