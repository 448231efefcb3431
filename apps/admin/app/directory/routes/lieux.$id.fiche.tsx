import {
  addPhotoFields,
  checkPhotoFile,
  deletePhotoInput,
  movePhotoInput,
  PHOTO_MAX_BYTES,
} from '@rf/domain/directory/place-photo';
import { placeProfileListFields, updatePlaceProfileInput } from '@rf/domain/directory/place-profile.schema';
import {
  FRAIS_A_CHARGE,
  MODALITES_ACCES,
  MODALITES_ACCOMPAGNEMENT,
  PUBLICS_SPECIFIQUEMENT_ADRESSES,
  SERVICES,
} from '@rf/domain/vocabulary/places';
import type { MessageKey } from '@rf/i18n';
import { Alert, Button, CheckboxGroup, FormErrorSummary, PageHeader, TextAreaField, TextField } from '@rf/ui';
import { failureInit, formFailure, formIntent, parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { PlacePhotos } from '../place-photos.tsx';
import type { Route } from './+types/lieux.$id.fiche';

export const meta = pageMeta;

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  const profile = await api.directoryAdmin.placeProfile({ placeId: params.id });
  const search = new URL(request.url).searchParams;
  return data(
    {
      profile,
      saved: search.has('enregistre'),
      photoSaved: search.get('photo'),
      meta: metaOf(t, { title: ['directory_admin.profile.meta_title', { place: profile.fields.name }] }),
    },
    { headers },
  );
});

// A photo of 5 MB, its description and the multipart framing; anything larger is refused unread.
const MAX_POST_BYTES = PHOTO_MAX_BYTES + 64 * 1024;

const photoFailure = (
  fieldErrors: Record<string, string>,
  altText: string,
  formError = 'errors.invalid_input',
  init: ResponseInit = { status: 400 },
) => data({ photo: { fieldErrors, altText, formError } }, init);

const PHOTO_INTENTS = ['photo-add', 'photo-move', 'photo-delete'] as const;

/** The photo forms: add (multipart), move and delete; each answers with a redirect back to the photos. */
async function photoAction(
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

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_POST_BYTES)
    return photoFailure({ photo: 'validation.photo.too_large' }, '');
  const formData = await request.formData();
  const photoIntent = formIntent(formData, PHOTO_INTENTS);
  if (photoIntent) return photoAction(request, params.id, formData, photoIntent);
  const lists = listsOf(formData);
  formData.set('placeId', params.id);
  const parsed = parseForm(updatePlaceProfileInput, formData);
  if (!parsed.ok) return data({ ...parsed, lists }, { status: 400 });
  const { api, headers } = await requestScope(request);
  try {
    await api.directoryAdmin.updateProfile(parsed.data);
    return redirect(`/lieux/${params.id}/fiche?enregistre`, { headers });
  } catch (error) {
    return refusedForm(error, formData, headers, { lists });
  }
});

/** The ticked boxes of the list fields, to tick them again when the form comes back. */
const listsOf = (formData: FormData): Record<string, string[]> => {
  const lists: Record<string, string[]> = {};
  for (const name of placeProfileListFields)
    lists[name] = formData.getAll(name).filter((v): v is string => typeof v === 'string');
  return lists;
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
  const { profile, saved, photoSaved } = loaderData;
  const photoData = posted && 'photo' in posted ? posted.photo : undefined;
  const actionData = posted && !('photo' in posted) ? posted : undefined;
  // An error on one ticked box (`services[2]`) is shown on its group, as the summary links to it.
  const groupOf = (name: string) => name.replace(/\[\d+\]$/, '');
  const { errors, formError } = useFormFailure(actionData, { fieldId: groupOf });
  const errorOf = (name: string) => errors.find((error) => error.fieldId === name)?.message;
  const missing = profile.completeness.missing.map((field) => t(`completeness.${field}` as MessageKey));
  const current = profile.fields as unknown as Record<string, string | string[] | null>;
  const textValue = (name: string) => actionData?.values[name] ?? (current[name] as string | null) ?? '';
  const listValue = (name: string) => actionData?.lists[name] ?? (current[name] as string[]) ?? [];
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
      {formError && errors.length === 0 ? <Alert kind="error" title={formError} /> : null}
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
                    error={errorOf(name)}
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
                    error={errorOf(name)}
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
              error={errorOf(name)}
            />
          ))}
        </fieldset>
        <Button type="submit">{t('directory_admin.profile.submit')}</Button>
      </Form>
    </div>
  );
}
