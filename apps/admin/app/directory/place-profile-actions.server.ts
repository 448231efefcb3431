// The place page's forms besides the profile itself (lieux.$id.fiche.tsx): its photos, and "still correct".
import { confirmPlaceFreshInput } from '@rf/domain/directory/freshness';
import {
  addPhotoFields,
  checkPhotoFile,
  deletePhotoInput,
  movePhotoInput,
  PHOTO_MAX_BYTES,
} from '@rf/domain/directory/place-photo';
import { failureInit, formFailure, parseForm, refusedForm } from '@rf/web/forms';
import { requestScope } from '@rf/web/server';
import { data, redirect } from 'react-router';

// A photo of 5 MB, its description and the multipart framing; anything larger is refused unread.
export const MAX_POST_BYTES = PHOTO_MAX_BYTES + 64 * 1024;

export const photoFailure = (
  fieldErrors: Record<string, string>,
  altText: string,
  formError = 'errors.invalid_input',
  init: ResponseInit = { status: 400 },
) => data({ photo: { fieldErrors, altText, formError } }, init);

export const PHOTO_INTENTS = ['photo-add', 'photo-move', 'photo-delete'] as const;

/** The photo forms: add (multipart), move and delete; each answers with a redirect back to the photos. */
export async function photoAction(
  request: Request,
  placeId: string,
  formData: FormData,
  intent: (typeof PHOTO_INTENTS)[number],
) {
  const { api, headers } = await requestScope(request);
  const altText = String(formData.get('altText') ?? '');
  formData.set('placeId', placeId);
  try {
    if (intent === 'photo-add') {
      const file = formData.get('photo');
      const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
      const fields = parseForm(addPhotoFields, formData);
      const fieldErrors: Record<string, string> = fields.ok ? {} : { ...fields.fieldErrors };
      const checked = checkPhotoFile(bytes);
      if ('error' in checked) fieldErrors.photo = checked.error;
      if (!fields.ok || 'error' in checked) return photoFailure(fieldErrors, altText);
      await api.directoryAdmin.addPlacePhoto({ placeId, altText: fields.data.altText, file: bytes });
      return redirect(`/lieux/${placeId}/fiche?photo=ajoutee#photos`, { headers });
    }
    if (intent === 'photo-delete') {
      const parsed = parseForm(deletePhotoInput, formData);
      if (!parsed.ok) return photoFailure(parsed.fieldErrors, altText);
      await api.directoryAdmin.deletePlacePhoto(parsed.data);
    } else {
      const parsed = parseForm(movePhotoInput, formData);
      if (!parsed.ok) return photoFailure(parsed.fieldErrors, altText);
      await api.directoryAdmin.movePlacePhoto(parsed.data);
    }
    return redirect(`/lieux/${placeId}/fiche?photo=enregistree#photos`, { headers });
  } catch (error) {
    const failure = formFailure(error, formData);
    return photoFailure(
      failure.fieldErrors,
      altText,
      failure.formError ?? undefined,
      failureInit(failure, headers),
    );
  }
}

/** "Toujours à jour" (decision 063): one click dates the record today; a second click changes nothing more. */
export async function stillCorrectAction(request: Request, placeId: string, formData: FormData) {
  const lists: Record<string, string[]> = {};
  formData.set('placeId', placeId);
  const parsed = parseForm(confirmPlaceFreshInput, formData);
  if (!parsed.ok) return data({ ...parsed, lists }, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    await api.directoryAdmin.confirmStillCorrect(parsed.data);
    return redirect(`/lieux/${placeId}/fiche?a-jour#fraicheur`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers, { lists });
  }
}
