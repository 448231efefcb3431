import { Button, fieldIds, TextField } from '@rf/ui';
import { useT } from '@rf/web/i18n';
import { Form } from 'react-router';

/**
 * The one upload form for a photo and its alternative text (places and tools), posting `intent` to the
 * route's action as multipart, without JavaScript; errors sit next to their field.
 */
export function PhotoUploadForm({
  intent,
  inputId,
  fileLabel,
  submitLabel,
  fileError,
  altTextError,
  altTextDefault,
}: {
  intent: string;
  /** Distinct from any section id on the page, so the label points at the input. */
  inputId: string;
  fileLabel: string;
  submitLabel: string;
  fileError: string | undefined;
  altTextError: string | undefined;
  altTextDefault: string;
}) {
  const t = useT();
  const ids = fieldIds('photo');
  return (
    <Form method="post" encType="multipart/form-data" noValidate>
      <input type="hidden" name="intent" value={intent} />
      <div className={fileError ? 'rf-field rf-field--error' : 'rf-field'}>
        <label className="rf-label" htmlFor={inputId}>
          {fileLabel} <span className="rf-label__marker">{t('form.required')}</span>
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
          id={inputId}
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
        defaultValue={altTextDefault}
        error={altTextError}
      />
      <Button type="submit">{submitLabel}</Button>
    </Form>
  );
}
