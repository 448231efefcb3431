import { Alert, Button, fieldIds, TextField } from '@rf/ui';
import { useMessage, useT } from '@rf/web/i18n';
import { Form } from 'react-router';
import type { ToolPhotoPosted } from './tool-photo.server';

/** A tool's one photo: shown with a remove button, and an upload form that sets or replaces it (no JS). */
export function ToolPhoto({
  photo,
  posted,
  saved,
}: {
  photo: { url: string; altText: string } | null;
  posted: ToolPhotoPosted | undefined;
  saved: string | null;
}) {
  const t = useT();
  const message = useMessage();
  const errorOf = (field: string) =>
    posted?.fieldErrors[field] ? message(posted.fieldErrors[field]) : undefined;
  const fileError = errorOf('photo');
  const ids = fieldIds('photo');
  const fieldErrorShown = fileError !== undefined || errorOf('altText') !== undefined;
  return (
    <section aria-labelledby="photo-outil" id="photo" className="rf-fieldset">
      <h2 id="photo-outil">{t('sharing.photo.title')}</h2>
      {saved && !posted ? (
        <Alert
          kind="success"
          title={t(saved === 'retiree' ? 'sharing.photo.removed' : 'sharing.photo.added')}
        />
      ) : null}
      {posted && !fieldErrorShown ? <Alert kind="error" title={message(posted.formError)} /> : null}
      {photo ? (
        <>
          <img
            src={photo.url}
            alt={photo.altText}
            decoding="async"
            style={{ width: '16rem', maxWidth: '100%', height: 'auto' }}
          />
          <p>{photo.altText}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="photo-remove" />
            <Button type="submit" variant="danger">
              {t('sharing.photo.remove')}
            </Button>
          </Form>
        </>
      ) : (
        <p>{t('sharing.photo.none')}</p>
      )}
      <Form method="post" encType="multipart/form-data" noValidate>
        <input type="hidden" name="intent" value="photo-set" />
        <div className={fileError ? 'rf-field rf-field--error' : 'rf-field'}>
          <label className="rf-label" htmlFor="photo-file">
            {t(photo ? 'sharing.photo.file_replace' : 'sharing.photo.file')}{' '}
            <span className="rf-label__marker">{t('form.required')}</span>
          </label>
          <div id={ids.hint} className="rf-hint">
            {t('place_photos.file_hint')}
          </div>
          {fileError ? (
            <p id={ids.error} className="rf-error-message">
              {fileError}
            </p>
          ) : null}
          <input
            className="rf-input"
            id="photo-file"
            name="photo"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            required
            aria-describedby={fileError ? `${ids.hint} ${ids.error}` : ids.hint}
            aria-invalid={fileError ? true : undefined}
          />
        </div>
        <TextField
          id="altText"
          name="altText"
          label={t('place_photos.alt')}
          hint={t('place_photos.alt_hint')}
          required
          requiredLabel={t('form.required')}
          maxLength={300}
          defaultValue={posted?.altText ?? ''}
          error={errorOf('altText')}
        />
        <Button type="submit">{t('sharing.photo.submit')}</Button>
      </Form>
    </section>
  );
}
