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
import { useFormat } from '@rf/web/format';
import { formIntent, parseForm, refusedForm } from '@rf/web/forms';
import { useFormFailure, useT } from '@rf/web/i18n';
import { metaOf, pageMeta } from '@rf/web/page-meta';
import { requestScope, requireViewer, withPageErrors } from '@rf/web/server';
import { data, Form, redirect } from 'react-router';
import { DataInclusionQuality } from '../data-inclusion-quality.tsx';
import { PlacePhotos } from '../place-photos.tsx';
import {
  MAX_POST_BYTES,
  PHOTO_INTENTS,
  photoAction,
  photoFailure,
  stillCorrectAction,
} from '../place-profile-actions.server.ts';
import type { Route } from './+types/lieux.$id.fiche';

export const meta = pageMeta;

export const loader = withPageErrors(async ({ request, params }: Route.LoaderArgs) => {
  await requireViewer(request);
  const { api, headers, t } = await requestScope(request);
  const [profile, dataInclusion] = await Promise.all([
    api.directoryAdmin.placeProfile({ placeId: params.id }),
    api.directoryAdmin.dataInclusionQuality({ placeId: params.id }),
  ]);
  const search = new URL(request.url).searchParams;
  return data(
    {
      profile,
      dataInclusion,
      saved: search.has('enregistre'),
      confirmed: search.has('a-jour'),
      photoSaved: search.get('photo'),
      meta: metaOf(t, { title: ['directory_admin.profile.meta_title', { place: profile.fields.name }] }),
    },
    { headers },
  );
});

export const action = withPageErrors(async ({ request, params }: Route.ActionArgs) => {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_POST_BYTES)
    return photoFailure({ photo: 'validation.photo.too_large' }, '');
  const formData = await request.formData();
  const photoIntent = formIntent(formData, PHOTO_INTENTS);
  if (photoIntent) return photoAction(request, params.id, formData, photoIntent);
  if (formIntent(formData, ['still-correct'] as const))
    return stillCorrectAction(request, params.id, formData);
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
  const format = useFormat();
  const { profile, saved, confirmed, photoSaved } = loaderData;
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
      <section id="fraicheur" aria-labelledby="fraicheur-titre">
        <h2 id="fraicheur-titre">{t('directory_admin.freshness.title')}</h2>
        {confirmed && !actionData ? (
          <Alert kind="success" title={t('directory_admin.freshness.confirmed')} />
        ) : null}
        <p>
          {t('directory_admin.freshness.updated_on', {
            date: format.date(profile.dateMaj),
          })}{' '}
          {profile.stale ? t('directory_admin.freshness.stale') : t('directory_admin.freshness.fresh')}
        </p>
        {profile.coordinatesPrecision === 'commune' || profile.coordinatesPrecision === 'address' ? (
          <p>{t(`directory_admin.freshness.coordinates_${profile.coordinatesPrecision}`)}</p>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value="still-correct" />
          <Button type="submit" variant={profile.stale ? 'primary' : 'secondary'}>
            {t('directory_admin.freshness.confirm')}
          </Button>
        </Form>
      </section>
      <DataInclusionQuality quality={loaderData.dataInclusion} />
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
