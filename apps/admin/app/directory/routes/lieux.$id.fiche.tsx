import { addPhotoFields, checkPhotoFile, PHOTO_MAX_BYTES } from '@rf/domain/directory/place-photo';
import { placeProfileFromForm, updatePlaceProfileInput } from '@rf/domain/directory/place-profile.schema';
import {
  FRAIS_A_CHARGE,
  MODALITES_ACCES,
  MODALITES_ACCOMPAGNEMENT,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  SERVICES,
} from '@rf/domain/vocabulary/places';
import type { MessageKey } from '@rf/i18n';
import { Alert, Button, CheckboxGroup, FormErrorSummary, PageHeader, TextAreaField, TextField } from '@rf/ui';
import { formFailure, formValues } from '@rf/web/forms';
import { useMessage, useT } from '@rf/web/i18n';
import { requestScope } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { PlacePhotos } from '../place-photos.tsx';
import type { Route } from './+types/lieux.$id.fiche';

export const meta = ({ loaderData }: Route.MetaArgs) => [
  { title: `Fiche de ${loaderData?.profile.fields.name ?? 'lieu'} — Réseau Fabriques` },
];

export async function loader({ request, params }: Route.LoaderArgs) {
  const { api } = await requestScope(request);
  const viewer = await api.identity.me();
  const here = `/lieux/${params.id}/fiche`;
  if (!viewer) throw redirect(`/connexion?retour=${encodeURIComponent(here)}`);
  try {
    const profile = await api.directoryAdmin.placeProfile({ placeId: params.id });
    const search = new URL(request.url).searchParams;
    return { profile, saved: search.has('enregistre'), photoSaved: search.get('photo') };
  } catch (error) {
    const code = formFailure(error, new FormData()).formError;
    throw data(null, { status: code === 'errors.forbidden' ? 403 : 404 });
  }
}

// A photo of 5 MB, its description and the multipart framing; anything larger is refused unread.
const MAX_POST_BYTES = PHOTO_MAX_BYTES + 64 * 1024;

const photoFailure = (
  fieldErrors: Record<string, string>,
  altText: string,
  formError = 'errors.invalid_input',
) => data({ photo: { fieldErrors, altText, formError } }, { status: 400 });

/** The photo forms: add (multipart), move and delete; each answers with a redirect back to the photos. */
async function photoAction(request: Request, placeId: string, formData: FormData, intent: string) {
  const { api, headers } = await requestScope(request);
  const altText = String(formData.get('altText') ?? '');
  try {
    if (intent === 'photo-add') {
      const file = formData.get('photo');
      const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
      const fieldErrors: Record<string, string> = {};
      const fields = addPhotoFields.safeParse({ placeId, altText });
      for (const issue of fields.error?.issues ?? []) fieldErrors[String(issue.path[0])] ??= issue.message;
      const checked = checkPhotoFile(bytes);
      if ('error' in checked) fieldErrors.photo = checked.error;
      if (!fields.success || 'error' in checked) return photoFailure(fieldErrors, altText);
      await api.directoryAdmin.addPlacePhoto({ placeId, altText: fields.data.altText, file: bytes });
      return redirect(`/lieux/${placeId}/fiche?photo=ajoutee#photos`, { headers });
    }
    const photoId = String(formData.get('photoId') ?? '');
    if (intent === 'photo-delete') await api.directoryAdmin.deletePlacePhoto({ placeId, photoId });
    else
      await api.directoryAdmin.movePlacePhoto({
        placeId,
        photoId,
        move: String(formData.get('move') ?? '') as 'up',
      });
    return redirect(`/lieux/${placeId}/fiche?photo=enregistree#photos`, { headers });
  } catch (error) {
    const failure = formFailure(error, formData);
    return photoFailure(failure.fieldErrors ?? {}, altText, failure.formError ?? undefined);
  }
}

export async function action({ request, params }: Route.ActionArgs) {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_POST_BYTES)
    return photoFailure({ photo: 'validation.photo.too_large' }, '');
  const formData = await request.formData();
  const intent = String(formData.get('intent') ?? '');
  if (intent.startsWith('photo-')) return photoAction(request, params.id, formData, intent);
  const values = formValues(formData);
  const parsed = updatePlaceProfileInput.safeParse({ ...placeProfileFromForm(formData), placeId: params.id });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? '_form')] ??= issue.message;
    return data(
      { formError: 'errors.invalid_input', fieldErrors, values, lists: listsOf(formData) },
      { status: 400 },
    );
  }
  const { api, headers } = await requestScope(request);
  try {
    await api.directoryAdmin.updateProfile(parsed.data);
    return redirect(`/lieux/${params.id}/fiche?enregistre`, { headers });
  } catch (error) {
    return data({ ...formFailure(error, formData), lists: listsOf(formData) }, { status: 400, headers });
  }
}

const listsOf = (formData: FormData) => {
  const { services, publics, fees, accessModes, supportModes } = placeProfileFromForm(formData) as Record<
    string,
    string[]
  >;
  return { services, publics, fees, accessModes, supportModes };
};

const textFields = [
  ['identity', 'name', 'directory_admin.profile.name', 'input'],
  ['identity', 'summary', 'directory_admin.profile.summary', 'textarea'],
  ['identity', 'description', 'directory_admin.profile.description', 'textarea'],
  ['identity', 'carrierName', 'directory_admin.profile.carrier_name', 'input'],
  ['identity', 'pivot', 'directory_admin.profile.pivot', 'input'],
  ['address', 'address', 'directory_admin.profile.address', 'input'],
  ['address', 'addressComplement', 'directory_admin.profile.address_complement', 'input'],
  ['address', 'postalCode', 'directory_admin.profile.postal_code', 'input'],
  ['address', 'communeCode', 'directory_admin.profile.commune_code', 'input'],
  ['contact', 'openingHours', 'directory_admin.profile.opening_hours', 'input'],
  ['contact', 'phone', 'directory_admin.profile.phone', 'tel'],
  ['contact', 'email', 'directory_admin.profile.email', 'email'],
  ['contact', 'website', 'directory_admin.profile.website', 'url'],
  ['contact', 'bookingUrl', 'directory_admin.profile.booking_url', 'url'],
  ['contact', 'accessibilityNotes', 'directory_admin.profile.accessibility', 'textarea'],
] as const;

const listFields = [
  ['services', 'directory_admin.profile.services', SERVICES],
  ['publics', 'directory_admin.profile.publics', PUBLICS_SPECIFIQUEMENT_ADRESSES],
  ['fees', 'directory_admin.profile.fees', FRAIS_A_CHARGE],
  ['accessModes', 'directory_admin.profile.access_modes', MODALITES_ACCES],
  ['supportModes', 'directory_admin.profile.support_modes', MODALITES_ACCOMPAGNEMENT],
] as const;

const sections = ['identity', 'address', 'contact'] as const;

export default function PlaceProfile({ loaderData, actionData: posted }: Route.ComponentProps) {
  const t = useT();
  const message = useMessage();
  const { profile, saved, photoSaved } = loaderData;
  const photoData = posted && 'photo' in posted ? posted.photo : undefined;
  const actionData = posted && !('photo' in posted) ? posted : undefined;
  const fieldErrors: Record<string, string> = actionData?.fieldErrors ?? {};
  const errors = Object.entries(fieldErrors).map(([field, key]) => ({
    fieldId: field,
    message: message(key),
  }));
  const missing = profile.completeness.missing.map((field) => t(`completeness.${field}` as MessageKey));
  const current = profile.fields as unknown as Record<string, string | string[] | null>;
  const textValue = (name: string) => actionData?.values[name] ?? (current[name] as string | null) ?? '';
  const listValue = (name: string) =>
    (actionData?.lists as Record<string, string[]> | undefined)?.[name] ?? (current[name] as string[]) ?? [];
  return (
    <div className="rf-container">
      <PageHeader
        title={t('directory_admin.profile.title', { place: profile.fields.name })}
        lead={t('directory_admin.profile.lead')}
      />
      {saved && !actionData ? <Alert kind="success" title={t('directory_admin.profile.saved')} /> : null}
      <p id="completude">
        <strong>
          {t('directory_admin.profile.completeness', { percent: `${profile.completeness.percent} %` })}
        </strong>{' '}
        {missing.length > 0
          ? t('admin.home.place.missing', { fields: missing.join(', ') })
          : t('admin.home.place.complete')}
      </p>
      <PlacePhotos photos={profile.photos} posted={photoData} saved={photoSaved} />
      {actionData?.formError && errors.length === 0 ? (
        <Alert kind="error" title={message(actionData.formError)} />
      ) : null}
      {errors.length > 0 ? <FormErrorSummary title={t('errors.invalid_input')} errors={errors} /> : null}
      <Form method="post" noValidate>
        {sections.map((section) => (
          <fieldset key={section} className="rf-fieldset">
            <legend>{t(`directory_admin.profile.section.${section}`)}</legend>
            {textFields
              .filter(([s]) => s === section)
              .map(([, name, label, kind]) =>
                kind === 'textarea' ? (
                  <TextAreaField
                    key={name}
                    id={name}
                    name={name}
                    label={t(label)}
                    defaultValue={textValue(name)}
                    error={fieldErrors[name] ? message(fieldErrors[name]) : undefined}
                  />
                ) : (
                  <TextField
                    key={name}
                    id={name}
                    name={name}
                    type={kind === 'input' ? 'text' : kind}
                    label={t(label)}
                    required={name === 'name'}
                    requiredLabel={t('form.required')}
                    defaultValue={textValue(name)}
                    error={fieldErrors[name] ? message(fieldErrors[name]) : undefined}
                  />
                ),
              )}
          </fieldset>
        ))}
        <fieldset className="rf-fieldset">
          <legend>{t('directory_admin.profile.section.offer')}</legend>
          {listFields.map(([name, label, values]) => (
            <CheckboxGroup
              key={name}
              id={name}
              name={name}
              legend={t(label)}
              options={values.map((value) => ({ value, label: value }))}
              defaultValue={listValue(name)}
              error={fieldErrors[name] ? message(fieldErrors[name]) : undefined}
            />
          ))}
        </fieldset>
        <Button type="submit">{t('directory_admin.profile.submit')}</Button>
      </Form>
    </div>
  );
}
