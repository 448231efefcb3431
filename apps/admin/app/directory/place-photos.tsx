import { Alert, Badge, Button } from '@rf/ui';
import { useMessage, useT } from '@rf/web/i18n';
import { Form } from 'react-router';
import { PhotoUploadForm } from './photo-upload-form';

export interface PhotoPosted {
  fieldErrors: Record<string, string>;
  altText: string;
  formError: string;
}

/** The place's photos, cover first, each with its own small forms, and the upload form (works without JS). */
export function PlacePhotos({
  photos,
  posted,
  saved,
}: {
  photos: { id: string; url: string; srcSet: string | null; altText: string }[];
  posted: PhotoPosted | undefined;
  saved: string | null;
}) {
  const t = useT();
  const message = useMessage();
  const errorOf = (field: string) =>
    posted?.fieldErrors[field] ? message(posted.fieldErrors[field]) : undefined;
  const fileError = errorOf('photo');
  const fieldErrorShown = fileError !== undefined || errorOf('altText') !== undefined;
  return (
    <section aria-labelledby="photos" className="rf-fieldset">
      <h2 id="photos">{t('place_photos.title')}</h2>
      <p>{t('place_photos.lead')}</p>
      {saved && !posted ? (
        <Alert kind="success" title={t(saved === 'ajoutee' ? 'place_photos.added' : 'place_photos.saved')} />
      ) : null}
      {posted && !fieldErrorShown ? <Alert kind="error" title={message(posted.formError)} /> : null}
      {photos.length === 0 ? (
        <p>{t('place_photos.none')}</p>
      ) : (
        <ol
          aria-label={t('place_photos.list_label')}
          style={{ listStyle: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '1rem' }}
        >
          {photos.map((photo, index) => {
            const which = t('place_photos.which', { alt: photo.altText });
            const move = (value: 'up' | 'down' | 'cover', label: string) => (
              <Form method="post">
                <input type="hidden" name="intent" value="photo-move" />
                <input type="hidden" name="photoId" value={photo.id} />
                <input type="hidden" name="move" value={value} />
                <Button type="submit" variant="secondary">
                  {label} <span className="visually-hidden">{which}</span>
                </Button>
              </Form>
            );
            return (
              <li key={photo.id}>
                <img
                  src={photo.url}
                  srcSet={photo.srcSet ?? undefined}
                  sizes="12rem"
                  alt={photo.altText}
                  loading="lazy"
                  decoding="async"
                  style={{ width: '12rem', maxWidth: '100%', height: 'auto' }}
                />
                <p>
                  {photo.altText} {index === 0 ? <Badge>{t('place_photos.cover')}</Badge> : null}
                </p>
                <div className="rf-button-group">
                  {index > 0 ? move('cover', t('place_photos.make_cover')) : null}
                  {index > 0 ? move('up', t('place_photos.up')) : null}
                  {index < photos.length - 1 ? move('down', t('place_photos.down')) : null}
                  <Form method="post">
                    <input type="hidden" name="intent" value="photo-delete" />
                    <input type="hidden" name="photoId" value={photo.id} />
                    <Button type="submit" variant="danger">
                      {t('place_photos.delete')} <span className="visually-hidden">{which}</span>
                    </Button>
                  </Form>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <PhotoUploadForm
        intent="photo-add"
        inputId="photo"
        fileLabel={t('place_photos.file')}
        submitLabel={t('place_photos.add')}
        fileError={fileError}
        altTextError={errorOf('altText')}
        altTextDefault={posted?.altText ?? ''}
      />
    </section>
  );
}
