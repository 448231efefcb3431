// The tool photo forms of the edit page: upload (multipart, checked before the API checks again) and
// removal. Each answers with a redirect back to the photo, or the errors to show next to the fields.
import { checkPhotoFile, PHOTO_MAX_BYTES, toolPhotoFields } from '@rf/domain/sharing/tool-photo';
import { type FormFailure, failureInit, formFailure, formValues, parseForm } from '@rf/web/forms';
import { requestScope } from '@rf/web/server';
import { data, redirect } from 'react-router';

/** A photo of 5 MB, its description and the multipart framing; anything larger is refused unread. */
export const MAX_PHOTO_POST_BYTES = PHOTO_MAX_BYTES + 64 * 1024;

/** What the photo form is shown again with: its field errors (`photo`, `altText`) and what was typed. */
export type ToolPhotoPosted = FormFailure;

/** The photo form refused (400; 429 past a limit; 503 with the database down), under `photo`. */
export const toolPhotoFailure = (failure: FormFailure, headers?: HeadersInit) =>
  data({ photo: failure }, failureInit(failure, headers));

/** The file refused before it was read: too large for the form. */
export const photoTooLarge = () =>
  toolPhotoFailure({ ...invalidPhoto({}), fieldErrors: { photo: 'validation.photo.too_large' } });

const invalidPhoto = (values: Record<string, string>): FormFailure => ({
  ok: false,
  formError: 'errors.invalid_input',
  fieldErrors: {},
  values,
});

export async function toolPhotoAction(request: Request, toolId: string, formData: FormData, intent: string) {
  const { api, headers } = await requestScope(request);
  // The form's text fields (not the file) with the tool of the address: what is checked and shown again.
  const fields = new FormData();
  fields.set('toolId', toolId);
  fields.set('altText', String(formData.get('altText') ?? ''));
  try {
    if (intent === 'photo-remove') {
      await api.sharing.removeToolPhoto({ toolId });
      return redirect(`/outils/${toolId}?photo=retiree#photo`, { headers });
    }
    const file = formData.get('photo');
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    // The description with the procedure's own schema; the file with the check the procedure makes too.
    const parsed = parseForm(toolPhotoFields, fields);
    const checked = checkPhotoFile(bytes);
    if (!parsed.ok || 'error' in checked) {
      const failure = parsed.ok ? invalidPhoto(formValues(fields)) : parsed;
      if ('error' in checked) failure.fieldErrors = { ...failure.fieldErrors, photo: checked.error };
      return toolPhotoFailure(failure, headers);
    }
    await api.sharing.setToolPhoto({ toolId, altText: parsed.data.altText, file: bytes });
    return redirect(`/outils/${toolId}?photo=ajoutee#photo`, { headers });
  } catch (error) {
    return toolPhotoFailure(formFailure(error, fields), headers);
  }
}
