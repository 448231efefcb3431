import { Alert, Button } from '@rf/ui';
import { useFormFailure, useT } from '@rf/web/i18n';
import { Form } from 'react-router';
import { PhotoUploadForm } from '../directory/photo-upload-form';
import type { ToolPhotoPosted } from './tool-photo.server';

/** A tool's one photo: shown with a remove button, and an upload form that sets or replaces it (no JS). */
export function ToolPhoto({
  photo,
  posted,
  saved,
}: {
  photo: { url: string; srcSet: string | null; altText: string } | null;
  posted: ToolPhotoPosted | undefined;
  saved: string | null;
}) {
  const t = useT();
  const { errorOf, value, formError } = useFormFailure(posted);
  const fileError = errorOf('photo');
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
      {formError && !fieldErrorShown ? <Alert kind="error" title={formError} /> : null}
      {photo ? (
        <>
          <img
            src={photo.url}
            srcSet={photo.srcSet ?? undefined}
            sizes="16rem"
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
      <PhotoUploadForm
        intent="photo-set"
        inputId="photo-file"
        fileLabel={t(photo ? 'sharing.photo.file_replace' : 'sharing.photo.file')}
        submitLabel={t('sharing.photo.submit')}
        fileError={fileError}
        altTextError={errorOf('altText')}
        altTextDefault={value('altText')}
      />
    </section>
  );
}
