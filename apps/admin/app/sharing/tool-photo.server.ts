// The tool photo forms of the edit page: upload (multipart, checked before the API checks again) and
// removal. Each answers with a redirect back to the photo, or the errors to show next to the fields.
import { checkPhotoFile, PHOTO_MAX_BYTES, toolPhotoFields } from '@rf/domain/sharing/tool-photo';
import { formFailure } from '@rf/web/forms';
import { requestScope } from '@rf/web/server';
import { data, redirect } from 'react-router';

/** A photo of 5 MB, its description and the multipart framing; anything larger is refused unread. */
export const MAX_PHOTO_POST_BYTES = PHOTO_MAX_BYTES + 64 * 1024;

export interface ToolPhotoPosted {
  fieldErrors: Record<string, string>;
  altText: string;
  formError: string;
}

export const toolPhotoFailure = (
  fieldErrors: Record<string, string>,
  altText: string,
  formError = 'errors.invalid_input',
) => data({ photo: { fieldErrors, altText, formError } satisfies ToolPhotoPosted }, { status: 400 });

export async function toolPhotoAction(request: Request, toolId: string, formData: FormData, intent: string) {
  const { api, headers } = await requestScope(request);
  const altText = String(formData.get('altText') ?? '');
  try {
    if (intent === 'photo-remove') {
      await api.sharing.removeToolPhoto({ toolId });
      return redirect(`/outils/${toolId}?photo=retiree#photo`, { headers });
    }
    const file = formData.get('photo');
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
    const fieldErrors: Record<string, string> = {};
    const fields = toolPhotoFields.safeParse({ toolId, altText });
    for (const issue of fields.error?.issues ?? []) fieldErrors[String(issue.path[0])] ??= issue.message;
    const checked = checkPhotoFile(bytes);
    if ('error' in checked) fieldErrors.photo = checked.error;
    if (!fields.success || 'error' in checked) return toolPhotoFailure(fieldErrors, altText);
    await api.sharing.setToolPhoto({ toolId, altText: fields.data.altText, file: bytes });
    return redirect(`/outils/${toolId}?photo=ajoutee#photo`, { headers });
  } catch (error) {
    const failure = formFailure(error, formData);
    return toolPhotoFailure(failure.fieldErrors ?? {}, altText, failure.formError ?? undefined);
  }
}
