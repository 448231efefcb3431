import { importCommitInput, importPreviewInput } from '@rf/domain/directory/place-import.schema';
import { decodeCsvBytes } from '@rf/domain/reporting/csv';
import type { MessageKey } from '@rf/i18n';
import { Alert, Button, CheckboxField, DataTable, FormErrorSummary, PageHeader, TextField } from '@rf/ui';
import { failureInit, formFailure, formIntent, parseForm } from '@rf/web/forms';
import { useFormFailure, useMessage, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form } from 'react-router';
import type { Route } from './+types/lieux.import';

export const meta = pageMeta;

export const loader = withPageErrors(async ({ request }: Route.LoaderArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const { headers, t } = await requestScope(request);
  return data({ meta: metaOf(t, { title: 'directory_admin.import.meta_title' }) }, { headers });
});

/**
 * Works without JavaScript: the file comes as a multipart post; the preview puts the file's text back in a
 * hidden field with its SHA-256, and the commit posts both. The server plans the import again from that
 * text inside the commit's transaction, so nothing the browser sends is trusted beyond an upload.
 */
export const action = withPageErrors(async ({ request }: Route.ActionArgs) => {
  await requireViewer(request, { role: 'network_admin' });
  const formData = await request.formData();
  const { api, headers } = await requestScope(request);
  try {
    if (formIntent(formData, ['commit']) === 'commit') {
      const input = parseForm(importCommitInput, formData);
      if (!input.ok)
        return data({ kind: 'error' as const, message: 'validation.import.hash' }, { status: 400 });
      const result = await api.directoryAdmin.importCommit(input.data);
      if (!result.ok)
        return data(
          { kind: 'error' as const, message: `directory_admin.import.commit_failed.${result.reason}` },
          { status: 400, headers },
        );
      return data({ kind: 'done' as const, counts: result.report.counts }, { headers });
    }
    const file = formData.get('file');
    // UTF-8, or Windows-1252 for a CSV saved by Excel: never `M�diath�que`.
    const decoded = file instanceof File ? decodeCsvBytes(new Uint8Array(await file.arrayBuffer())) : null;
    const content = decoded?.text ?? '';
    const fileName = file instanceof File ? file.name : '';
    const fields = new FormData();
    fields.set('fileName', fileName);
    fields.set('content', content);
    const input = parseForm(importPreviewInput, fields);
    // Said on the file's field; the file's text is not sent back.
    if (!input.ok) return data({ kind: 'refused' as const, ...input, values: {} }, { status: 400 });
    const preview = await api.directoryAdmin.importPreview(input.data);
    if (!preview.ok)
      return data(
        {
          kind: 'file_error' as const,
          message: `directory_admin.import.file_error.${preview.fileError}`,
          detail: preview.detail ?? '',
        },
        { status: 400, headers },
      );
    return data(
      {
        kind: 'preview' as const,
        fileName,
        content,
        encoding: decoded?.encoding ?? 'utf-8',
        sha256: preview.sha256,
        report: preview.report,
      },
      { headers },
    );
  } catch (error) {
    // A refusal is said above the form (429 or 503 with `Retry-After` when it asks to wait).
    const failure = formFailure(error, formData);
    return data(
      { kind: 'error' as const, message: failure.formError ?? 'errors.unexpected' },
      failureInit(failure, headers),
    );
  }
});

export default function PlacesImport({ actionData }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const field = (name: string) => t(`directory_admin.field.${name}` as MessageKey);
  // The file's refusals (`content`, `fileName`) are said on the file field, which the summary links to.
  const { errorOf, errors } = useFormFailure(actionData?.kind === 'refused' ? actionData : null, {
    fieldId: () => 'file',
  });
  return (
    <div className="rf-container">
      <PageHeader title={t('directory_admin.import.title')} lead={t('directory_admin.import.lead')} />
      {actionData?.kind === 'error' ? <Alert kind="error" title={message(actionData.message)} /> : null}
      {actionData?.kind === 'file_error' ? (
        <Alert kind="error" title={t(actionData.message as MessageKey, { detail: actionData.detail })} />
      ) : null}
      {actionData?.kind === 'done' ? (
        <Alert
          kind="success"
          title={t('directory_admin.import.done', {
            create: actionData.counts.create,
            update: actionData.counts.update,
            unchanged: actionData.counts.unchanged,
          })}
        />
      ) : null}

      {actionData?.kind === 'preview' ? (
        <section aria-labelledby="apercu">
          <h2 id="apercu">{t('directory_admin.import.preview_title', { file: actionData.fileName })}</h2>
          <p>
            {t('directory_admin.import.summary', {
              create: actionData.report.counts.create,
              update: actionData.report.counts.update,
              unchanged: actionData.report.counts.unchanged,
              rejected: actionData.report.counts.rejected,
            })}
          </p>
          <p>{t('directory_admin.import.fingerprint', { hash: actionData.sha256 })}</p>
          {actionData.encoding === 'windows-1252' ? (
            <p>{t('directory_admin.import.encoding_windows_1252')}</p>
          ) : null}
          {actionData.report.lines.length === 0 ? (
            <p>{t('directory_admin.import.no_line')}</p>
          ) : (
            <DataTable
              caption={t('directory_admin.import.lines_caption')}
              rows={actionData.report.lines}
              rowKey={(row) => String(row.line)}
              columns={[
                { key: 'line', header: t('directory_admin.import.column.line'), cell: (r) => r.line },
                { key: 'id', header: t('directory_admin.import.column.id'), cell: (r) => r.externalId },
                {
                  key: 'name',
                  header: t('directory_admin.import.column.name'),
                  cell: (r) => r.name,
                  rowHeader: true,
                },
                {
                  key: 'action',
                  header: t('directory_admin.import.column.action'),
                  cell: (r) =>
                    r.action === 'update'
                      ? t('directory_admin.import.action.update', {
                          fields: r.changedFields.map(field).join(', '),
                        })
                      : t(`directory_admin.import.action.${r.action}`),
                },
                {
                  key: 'duplicates',
                  header: t('directory_admin.import.column.duplicates'),
                  cell: (r) =>
                    r.duplicates.length === 0 ? null : (
                      <ul>
                        {r.duplicates.map((d) => (
                          <li key={d.id}>
                            <a href={`/lieux/${d.id}`}>{d.name}</a> (
                            {d.reasons
                              .map((reason) => t(`directory_admin.import.duplicate.${reason}`))
                              .join(', ')}
                            )
                          </li>
                        ))}
                      </ul>
                    ),
                },
              ]}
            />
          )}
          {actionData.report.lines.some((l) => l.duplicates.length > 0) ? (
            <p>{t('directory_admin.import.duplicates_note')}</p>
          ) : null}
          {actionData.report.rejected.length > 0 ? (
            <>
              <h3>{t('directory_admin.import.rejected_title')}</h3>
              <DataTable
                caption={t('directory_admin.import.rejected_caption')}
                captionHidden
                rows={actionData.report.rejected}
                rowKey={(row) => String(row.line)}
                columns={[
                  {
                    key: 'line',
                    header: t('directory_admin.import.column.line'),
                    cell: (r) => r.line,
                    rowHeader: true,
                  },
                  {
                    key: 'id',
                    header: t('directory_admin.import.column.id'),
                    cell: (r) => r.externalId ?? '',
                  },
                  { key: 'name', header: t('directory_admin.import.column.name'), cell: (r) => r.name ?? '' },
                  {
                    key: 'reasons',
                    header: t('directory_admin.import.column.reasons'),
                    cell: (r) => (
                      <ul>
                        {r.reasons.map((reason) => (
                          <li key={`${reason.code}-${reason.field}-${reason.detail ?? ''}`}>
                            {t(`directory_admin.import.reason.${reason.code}` as MessageKey, {
                              field: reason.field,
                              detail: reason.detail ?? '',
                            })}
                          </li>
                        ))}
                      </ul>
                    ),
                  },
                ]}
              />
            </>
          ) : null}
          {actionData.report.counts.create + actionData.report.counts.update === 0 ? (
            <p>{t('directory_admin.import.nothing_to_do')}</p>
          ) : (
            <Form method="post">
              <input type="hidden" name="intent" value="commit" />
              <input type="hidden" name="fileName" value={actionData.fileName} />
              <input type="hidden" name="content" value={actionData.content} />
              <input type="hidden" name="sha256" value={actionData.sha256} />
              {actionData.report.rejected.length > 0 ? (
                <CheckboxField name="skipRejected" label={t('directory_admin.import.skip_rejected')} />
              ) : null}
              <Button type="submit">{t('directory_admin.import.commit_submit')}</Button>
            </Form>
          )}
        </section>
      ) : null}

      <Form method="post" encType="multipart/form-data">
        {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
        <input type="hidden" name="intent" value="preview" />
        <TextField
          id="file"
          name="file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          label={t('directory_admin.import.file')}
          required
          requiredLabel={t('form.required')}
          error={errorOf('content') ?? errorOf('fileName')}
        />
        <Button type="submit">{t('directory_admin.import.preview_submit')}</Button>
      </Form>
    </div>
  );
}
